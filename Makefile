# Quotebook: `make report` and `make test` work on a fresh clone (python3 with venv needed).
# The CPython .venv is made from: the fastest one installed, as bench/pick_python.py measures it
# (a pyenv build without profile-guided optimisation runs the extraction about a fifth slower
# than a distribution's build), or the one you name: make PYTHON=python3.12 setup
PYTHON ?= $(or $(shell python3 bench/pick_python.py),python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= seeds
SHOW_CODE ?=

.PHONY: setup parse report test unit slow nbval lab lint check-complexity bench snapshots clean browser screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dask,excel,lab,test,dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (Quotebook)" >/dev/null
	touch $(STAMP)

setup: $(STAMP)  ## create .venv and install the project

parse: $(STAMP)  ## parse ARTICLES into data/processed/statements.{parquet,csv}
	$(BIN)/quotebook parse $(ARTICLES)

report: $(STAMP)  ## parse ARTICLES (as `make parse`), execute every notebook against them, render reports/<corpus>/*.html
	$(BIN)/quotebook report $(ARTICLES) $(if $(SHOW_CODE),--show-code,)

test: lint check-complexity unit slow nbval  ## the whole suite: lint and the style limits, fast unit tests, the slow ones, then nbval on every notebook

unit: $(STAMP)  ## the fast unit tests (under 20 s): what to run while you work
	$(BIN)/python -m pytest tests -q -m "not slow"

slow: $(STAMP)  ## the tests marked slow: notebooks on the fixture corpus, the browser, Dask, large inputs
	$(BIN)/python -m pytest tests -q -m slow

nbval: $(STAMP)
	$(BIN)/python -m pytest -p nbval -p analysis.nbval_kernels --nbval-lax --nbval-current-env notebooks/ -q -p no:cacheprovider

# Jupyter refuses to start as root unless told to (containers and CI often run as root)
ALLOW_ROOT := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

lab: $(STAMP)  ## JupyterLab on the notebooks with the project's kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks $(ALLOW_ROOT)

lint: $(STAMP)  ## ruff: pyflakes, pycodestyle errors and the complexity limit (configured in pyproject.toml)
	$(BIN)/ruff check analysis tests bench

check-complexity: $(STAMP)  ## the style limits CI is to enforce: complexity 25 (ruff C901), functions of 80 lines, modules of 600 (.ci/sizes.py)
	@rc=0; $(BIN)/ruff check analysis --select C901 || rc=1; $(BIN)/python .ci/sizes.py analysis || rc=1; exit $$rc

bench: $(STAMP)  ## benchmarks; figures go to docs/benchmarks.md
	$(BIN)/python bench/run_all.py

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

browser:  ## headless Chromium and chromedriver for tests/test_browser.py (Debian/Ubuntu; installed only when missing)
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then /usr/bin/chromium --version 2>/dev/null; \
	else $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; fi

screenshots: browser $(STAMP)  ## render the seed reports, screenshot the first one into docs/img/ (docs/tutorial.md)
	$(BIN)/quotebook report seeds --no-parse
	$(BIN)/python tests/test_browser.py screenshots reports/seeds docs/img Trump overview

snapshots: $(STAMP)  ## after a deliberate extraction change: refresh the outputs nbval checks
	$(BIN)/python -c "from analysis.report import refresh_checked_outputs as r; print(r() or 'unchanged')"

clean:
	rm -rf data/processed reports .pytest_cache
