# Two commands a newcomer needs: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SAMPLES := services/jointwatch/ingest/samples/articles.jsonl

.PHONY: install run test lint format schemas clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Start the embedded broker and the whole pipeline, publish the samples, print alerts. Ctrl-C stops.
run: install
	$(BIN)/jointwatch up --publish $(SAMPLES) --show-alerts

## Lint, type-check, then the whole test suite (integration and slow tests included).
test: install lint
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check services tests
	$(BIN)/ruff format --check services tests
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
