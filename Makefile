# Set-up and everyday commands. A fresh machine needs only Python 3.11+:
#   make run   - create .venv, install, start the application on its bundled data
#   make test  - create .venv, install with test extras, run the whole suite headless
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: postgres-server run test bench demo-data db-build clean package check-package install-desktop uninstall-desktop bench-startup

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,team]'
	touch $@ $(APP_STAMP)

# Opens the explorer window; ARGS are passed on (e.g. ARGS="--db build/demo-100k.sqlite").
run: $(APP_STAMP)
	$(BIN)/ukjp-desktop $(ARGS) run

# The suite includes the frozen bundle: it is built first (skipped when nothing changed) and
# its self-test must pass within the size budget (see README, Packaging). The tests start
# their own throw-away PostgreSQL server (tests/pg_server.py), so its programs must be here.
test: $(TEST_STAMP) check-package postgres-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# PostgreSQL's server programs for the tests, from Debian's package when missing and we are
# root (as on a fresh CI machine). The package would create and start a cluster of its own:
# createcluster.d tells it not to (the tests make theirs in a temporary folder).
postgres-server:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing PostgreSQL for the tests: apt-get install postgresql"; \
	    mkdir -p /etc/postgresql-common/createcluster.d && \
	    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/ukjp-tests.conf; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -q postgresql >/dev/null 2>&1 || \
	      { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }; \
	  else \
	    echo "PostgreSQL is not installed: install the 'postgresql' package to run the tests" >&2; exit 1; \
	  fi; }

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/bench_queries.py --initiatives 100000

demo-data: $(APP_STAMP)
	$(BIN)/ukjp-desktop demo-data --initiatives 100000 --output build/demo-100k.sqlite

db-build: $(APP_STAMP)
	$(BIN)/ukjp-desktop db build --output build/ukjp.sqlite

clean:
	rm -rf build dist .pytest_cache .hypothesis

# ---- Packaging (README, Packaging) -------------------------------------------------------
# A onedir PyInstaller bundle in dist/ukjp-desktop/, built from a clean build/package-venv;
# rebuilt only when sources, dataset, resources or the spec changed (FORCE=1 rebuilds).
package: | $(BIN)/python
	$(BIN)/python packaging/build.py $(if $(FORCE),--force)

# The bundle's --self-test offscreen (fresh user-data folder, then demo data), a table dry run, and
# the size budget (BUDGET_MB in packaging/build.py).
check-package: package
	$(BIN)/python packaging/check_bundle.py

install-desktop: package
	packaging/install_desktop.sh install

uninstall-desktop:
	packaging/install_desktop.sh uninstall

# Frozen start-up to first paint: median of five, warm (and cold when caches can be dropped).
bench-startup: package
	$(BIN)/python benchmarks/bench_startup.py
