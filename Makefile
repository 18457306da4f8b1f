# Two entry points for a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLE  = seeds/open-source-ai.argmap.json
DEV     = $(VENV)/.dev-tools

.PHONY: run test setup dev lint check clean bench

# `make run`: the app and its runtime dependencies only.
$(BIN)/argmap: pyproject.toml
	.ci/timed setup sh -c '$(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet --upgrade pip && $(BIN)/python -m pip install --quiet -e .'
	touch $@

# `make test`: adds the dev tools (pytest, ruff, mypy, import-linter, build).
$(DEV): $(BIN)/argmap
	.ci/timed dev-tools $(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

setup: $(BIN)/argmap

dev: $(DEV)

run: setup
	$(BIN)/argmap $(SAMPLE)

lint: dev
	.ci/timed ruff $(BIN)/ruff check .
	.ci/timed mypy $(BIN)/mypy
	.ci/timed import-linter $(BIN)/lint-imports

test: lint
	.ci/timed pytest $(BIN)/python -m pytest $(PYTEST_ARGS)
	.ci/timed wheel env PYTHON=$(BIN)/python .ci/wheel-check

bench: dev
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
