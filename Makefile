# Two entry points for a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLE  = seeds/open-source-ai.argmap.json

.PHONY: run test setup lint check clean bench

$(BIN)/argmap: pyproject.toml
	.ci/timed setup sh -c '$(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet --upgrade pip && $(BIN)/python -m pip install --quiet -e ".[dev]"'
	touch $@

setup: $(BIN)/argmap

run: setup
	$(BIN)/argmap $(SAMPLE)

lint: setup
	.ci/timed ruff $(BIN)/ruff check .
	.ci/timed mypy $(BIN)/mypy
	.ci/timed import-linter $(BIN)/lint-imports

test: lint
	.ci/timed pytest $(BIN)/python -m pytest $(PYTEST_ARGS)
	.ci/timed wheel env PYTHON=$(BIN)/python .ci/wheel-check

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
