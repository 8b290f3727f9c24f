# Two commands for a fresh machine: `make serve` (build and serve the site) and `make test`
# (every test: unit, data, Pyodide in Node, browser). Both install what they need, idempotently.
SHELL := /bin/bash
.DEFAULT_GOAL := serve
PYTHON ?= python3
PY := .venv/bin/python
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup setup-build setup-browser site serve test bench extract lock clean

setup: setup-build setup-browser

# Python environment and the pinned npm packages (Pyodide, axe-core): enough to build the site.
setup-build: .venv/.installed node_modules/.installed

.venv/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv .venv
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
setup-browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

site: setup-build
	$(PY) -m generator site

serve: site
	@echo "Serving site/ at http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(PY) -m generator serve --port $(PORT)

test: setup site
	$(PY) -m pytest

bench: setup site
	$(PY) -m generator bench

# Rebuild data/*.yaml from data/source/ and the recorded corrections.
extract: setup-build
	$(PY) -m generator extract

# Re-pin Python dependencies after editing requirements.in.
lock: setup-build
	$(PY) -m piptools compile --quiet --generate-hashes --allow-unsafe -o requirements.lock requirements.in

clean:
	rm -rf site build .venv node_modules docs/assets/pyodide
