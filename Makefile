# Two entry points for a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLE  = seeds/open-source-ai.argmap.json

.PHONY: run test setup lint check clean bench

$(BIN)/argmap: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/argmap

run: setup
	$(BIN)/argmap $(SAMPLE)

lint: setup
	$(BIN)/ruff check argmap ui tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
