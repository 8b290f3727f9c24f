"""The built site around the pages: the calculator runtime, MkDocs, fixes to its output,
the service worker, pre-compression, the CSP."""
