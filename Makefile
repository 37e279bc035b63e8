# Two commands do all the set-up on a fresh machine with Python 3.11 and make:
#   make run    install (once) and run the whole pipeline on the bundled corpus
#   make test   install (once) and run the tests
#   make quick  the tests without the end-to-end runs (pytest -m "not slow"), for the edit-test loop
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PARAMS ?= params.yaml
ARGS ?=

.PHONY: install run test quick lint lab release serve bench bench-scale browser-deps clean help lock

help:
	@echo "make run      install if needed, run the whole pipeline on the bundled corpus"
	@echo "make test     install if needed, check lint and format (ruff), run the tests"
	@echo "make quick    the tests without the end-to-end runs (pytest -m 'not slow')"
	@echo "make lab      open the notebooks in JupyterLab"
	@echo "make release  write a dated archive of the published dataset to releases/"
	@echo "make serve    browse the published database with Datasette on localhost"
	@echo "make bench    run the benchmarks under benchmarks/"
	@echo "make bench-scale  the whole run at 1k and 10k synthetic articles, stage by stage (ARGS=--large: 100k)"

install: $(STAMP)

# The lock pins every package with its hash; the project itself is installed editable, without deps.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

run: $(STAMP)
	$(PY) -m analysis run --params $(PARAMS) $(ARGS)

# Chromium (Debian's) for the browser test; skipped with a warning where it cannot be installed.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	    apt-get update -qq >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; } \
	  || echo "warning: Chromium could not be installed; the browser test will be skipped"; }

# ruff, pinned in the lock: lint and format are checked before the tests (about a second).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: lint browser-deps
	$(PY) -m pytest $(ARGS)

quick: lint
	$(PY) -m pytest -m "not slow" $(ARGS)

lab: $(STAMP)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements-lab.lock
	$(VENV)/bin/jupyter lab notebooks/

release: $(STAMP)
	$(PY) -m analysis release --params $(PARAMS)

# Datasette on the published SQLite database (data/processed/asn_neutrality.db), localhost only.
serve: $(STAMP)
	$(PY) -m analysis serve --params $(PARAMS) $(ARGS)

bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py $(ARGS)

bench-scale: $(STAMP)
	nice -n 19 $(PY) benchmarks/bench_scale.py $(ARGS)

clean:
	rm -rf build .pytest_cache test-artifacts

# Regenerate the pinned locks from pyproject.toml (maintainers; needs the package index).
# pip itself (datasette and sqlite-utils name it, for their plugin installers) stays the venv's own: a pinned pip
# would replace itself in the middle of the install.
UV_COMPILE = $(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11 --python-platform x86_64-manylinux_2_28 --generate-hashes --no-header -q --no-emit-package pip
lock: $(STAMP)
	$(PY) -m pip install --quiet uv==0.13.9
	$(UV_COMPILE) --extra dev -o requirements.lock
	$(UV_COMPILE) --extra dev --extra lab -o requirements-lab.lock
