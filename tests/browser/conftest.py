"""The browser tests' fixtures (`browser`, `page`) are in tests/conftest.py: one Chromium for the
whole session, shared with tests/deploy/."""
