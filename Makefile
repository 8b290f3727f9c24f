# Two commands for a fresh machine: `make serve` (build and serve the site) and `make test`
# (every test: unit, data, Pyodide in Node, browser). Both install what they need, idempotently.
SHELL := /bin/bash
.DEFAULT_GOAL := serve
PYTHON ?= python3
PY := .venv/bin/python
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# pip, npm and apt install side by side on a fresh machine (each target's own steps stay in order).
MAKEFLAGS += --jobs=2

.PHONY: setup setup-build setup-browser site serve dist test bench extract lock clean

setup: setup-build setup-browser

# Python environment and the pinned npm packages (Pyodide; axe-core, pa11y, Biome, Lighthouse for
# the tests): enough to build the site. pa11y's Puppeteer downloads no browser: it drives Debian's.
setup-build: .venv/.installed node_modules/.installed

.venv/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv .venv
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	touch $@

node_modules/.installed: package-lock.json
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; no browser download) and
# Debian's nginx with its Brotli module, which the tests run with the shipped deploy/ configuration.
setup-browser:
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	  test -x /usr/sbin/nginx || missing="$$missing nginx"; \
	  test -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so || missing="$$missing libnginx-mod-http-brotli-static"; \
	  if [ -n "$$missing" ]; then echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

site: setup-build
	$(PY) -m generator site

serve: site
	@echo "Serving site/ at http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(PY) -m generator serve --port $(PORT)

# A release for the public address SITE_URL (https://host/ or https://host/sub-path/): the site
# built for it and its nginx configuration in dist/zher-aktileri.tar.gz, with dist/SHA256SUMS
# (docs/dev/deploying.md). Refused, in one line, without SITE_URL or with a development address.
dist: setup-build
	$(PY) -m generator dist --site-url "$(SITE_URL)"

# The tests serve the site where it was built for (absolute hreflang links): a port of their own.
TEST_SITE_URL ?= http://127.0.0.1:8765/

test: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	node_modules/.bin/biome ci --colors=off .
	SITE_URL=$(TEST_SITE_URL) $(PY) -m generator site
	SITE_URL=$(TEST_SITE_URL) $(PY) -m pytest -n auto --dist loadfile

bench: setup site
	$(PY) -m generator bench

# Rebuild data/*.yaml from data/source/ and the recorded corrections.
extract: setup-build
	$(PY) -m generator extract

# Re-pin Python dependencies after editing requirements.in.
lock: setup-build
	$(PY) -m pip install --quiet pip-tools==7.6.2
	$(PY) -m piptools compile --quiet --generate-hashes --allow-unsafe -o requirements.lock requirements.in

clean:
	rm -rf site build dist .venv node_modules docs/assets/runtime-* docs/assets/pyodide-*
