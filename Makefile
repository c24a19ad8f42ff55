# Two commands for a newcomer: `make demo` (translate the seed article with the bundled demo
# model and glossary) and `make test` (the whole test suite). Both create .venv and install first.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
WB := $(VENV)/bin/workbench
STAMP := $(VENV)/.installed-stamp
RAY_STAMP := $(VENV)/.ray-stamp
SEED := seeds/000_d27c7cbd74673f90.txt

.PHONY: demo test install bench clean

install: $(STAMP)

# setup.py and the .pyx files: an editable install compiles them in place (setup.py's COMPILED), so a
# changed one means installing again.
$(STAMP): pyproject.toml setup.py glossary/_scan.pyx glossary/_bulk.pyx workbench/terms/_similar.pyx
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== $(SEED) -> Korean (demo model) =="
	$(WB) translate $(SEED) --to ko --model demo
	@echo
	@echo "== $(SEED) -> Russian (demo model) =="
	$(WB) translate $(SEED) --to ru --model demo

# The tests also cover the optional Ray executor, so `make test` installs that extra too.
$(RAY_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[test,ray]'
	touch $(RAY_STAMP)

test: $(RAY_STAMP)
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/bench_engine.py

clean:
	rm -rf $(VENV) .pytest_cache
