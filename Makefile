# Two commands a newcomer needs: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SAMPLES := services/jointwatch/ingest/samples/articles.jsonl
# The classifier's hot modules are compiled with mypyc by setup.py (see jointwatch/core/compiled.py);
# the manifest it writes is newer than their sources until one of them is edited.
CORE     := services/jointwatch/core
COMPILED := $(CORE)/compiled-sources.json
COMPILED_SOURCES := $(CORE)/classifier.py $(CORE)/matcher.py $(CORE)/geo.py $(CORE)/compiled.py setup.py

.PHONY: install build run test chaos lint format schemas clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Compile the classifier again after its sources changed (pip install -e . runs setup.py).
build: $(COMPILED)

$(COMPILED): $(COMPILED_SOURCES) | $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(COMPILED)

## Start the embedded broker and the whole pipeline, publish the samples, print alerts. Ctrl-C stops.
run: install build
	$(BIN)/jointwatch up --publish $(SAMPLES) --show-alerts

## Lint, type-check, then the whole test suite (integration and slow tests included).
test: install build lint
	$(BIN)/python -m pytest

# Partition moves under load, five times (tests/integration/test_scale_out.py, marker chaos).
chaos: install build
	for i in 1 2 3 4 5; do $(BIN)/python -m pytest -m chaos -q || exit 1; done

lint: install
	$(BIN)/ruff check services tests setup.py
	$(BIN)/ruff format --check services tests setup.py
	$(BIN)/mypy
	$(BIN)/bandit -q -c pyproject.toml -r services
	$(BIN)/python .ci/pip_audit_check.py  # fails on known vulnerabilities; warns when offline

format: install
	$(BIN)/ruff format services tests
	$(BIN)/ruff check --fix services tests

## Regenerate schemas/*.json from the pydantic models.
schemas: install
	$(BIN)/jointwatch schemas --write

clean:
	rm -rf $(VENV) build *.egg-info services/*.egg-info .pytest_cache .mypy_cache .ruff_cache
	rm -f services/*.so $(CORE)/*.so $(COMPILED)
