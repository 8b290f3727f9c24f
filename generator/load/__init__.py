"""Read and validate data/ and build the calculator bundle from it; never write."""
