"""For developers: the local server, the benchmark, how Chromium is started."""
