# Quotebook: `make report` and `make test` work on a fresh clone (python3 with venv needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= seeds
SHOW_CODE ?=

.PHONY: setup parse report test unit nbval lab bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dask,excel]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (Quotebook)" >/dev/null
	touch $(STAMP)

setup: $(STAMP)  ## create .venv and install the project

parse: $(STAMP)  ## parse ARTICLES into data/processed/statements.{parquet,csv}
	$(BIN)/quotebook parse $(ARTICLES)

report: parse  ## execute every notebook against ARTICLES, render reports/<corpus>/*.html
	$(BIN)/quotebook report $(ARTICLES) $(if $(SHOW_CODE),--show-code,)

test: unit nbval  ## the whole suite: unit tests, then nbval on every notebook

unit: $(STAMP)
	$(BIN)/python -m pytest tests -q

nbval: $(STAMP)
	$(BIN)/python -m pytest --nbval-lax --nbval-current-env notebooks/ -q -p no:cacheprovider

lab: $(STAMP)  ## JupyterLab on the notebooks with the project's kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: $(STAMP)  ## benchmarks; figures go to docs/benchmarks.md
	$(BIN)/python bench/run_all.py

clean:
	rm -rf data/processed reports .pytest_cache
