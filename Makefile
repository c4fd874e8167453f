# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
FEED ?=

.PHONY: run test bench package install-desktop clean

$(VENV)/.stamp-base: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml $(VENV)/.stamp-base
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.stamp-base
	$(PY) -m agenda $(FEED)

test: $(VENV)/.stamp-test
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.stamp-test
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
