# Two commands on a fresh machine: `make run` and `make test`. Both install the pinned
# dependencies (requirements.lock) into .venv/ first, once, through `make setup`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false

.PHONY: setup run test bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: setup
	$(BIN)/newscurate run --input examples/corpus --warehouse warehouse

test: setup
	$(BIN)/python -m pytest -q

# Figures, not a test: a 2,000-document corpus through newscurate and, in its own venv, datatrove.
bench: setup .bench/venv/.installed
	test -d .bench/corpus || $(BIN)/newscurate bench generate --docs 2000 --seed 1 --out .bench/corpus
	$(BIN)/newscurate bench run --input .bench/corpus --work .bench/work

.bench/venv/.installed: src/newscurate/bench/datatrove-requirements.txt
	test -x .bench/venv/bin/python || $(PYTHON) -m venv .bench/venv
	.bench/venv/bin/python -m pip install --quiet --disable-pip-version-check -r src/newscurate/bench/datatrove-requirements.txt
	touch $@

lock: setup
	$(BIN)/python -m pip freeze --exclude-editable | sed '1i # Pinned dependencies: `make setup` installs exactly these (pip -c/-r). Regenerate with `make lock`.' > requirements.lock

clean:
	rm -rf $(VENV) .bench
