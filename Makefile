# Set-up and everyday commands. A fresh machine needs only Python 3.11+:
#   make run   - create .venv, install, start the application on its bundled data
#   make test  - create .venv, install with test extras, run the whole suite headless
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench demo-data db-build clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(APP_STAMP)

# Opens the explorer window; ARGS are passed on (e.g. ARGS="--db build/demo-100k.sqlite").
run: $(APP_STAMP)
	$(BIN)/ukjp-desktop $(ARGS) run

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/bench_queries.py --initiatives 100000

demo-data: $(APP_STAMP)
	$(BIN)/ukjp-desktop demo-data --initiatives 100000 --output build/demo-100k.sqlite

db-build: $(APP_STAMP)
	$(BIN)/ukjp-desktop db build --output build/ukjp.sqlite

clean:
	rm -rf build dist .pytest_cache .hypothesis
