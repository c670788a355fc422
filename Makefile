# The two commands of the README: `make run` and `make test`. Only Python 3.11 and make needed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test lint bench browser translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

## run: set up, build the sample database if absent, start the dashboard on $(PORT)
run: $(VENV)/.installed
	$(BIN)/python -m pantau.store.build_database
	$(BIN)/python serve.py --server.port $(PORT)

## browser: make sure a Chromium exists for the browser tests
browser: $(VENV)/.installed-dev
	$(BIN)/python tests/support/browser_setup.py

## test: set up everything (Chromium included) and run the whole test suite
test: $(VENV)/.installed-dev browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

## bench: time the core paths against a baseline in the same run
bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks

LOCALE := pantau/i18n/locale
# the functions whose first argument is a key: t(), ui's tr(), the N_ mark (N_(key, key) marks
# a plural text) and every error of pantau/errors.py
KEYWORDS := -k t -k tr -k N_ -k N_:1,2,2t -k PantauError -k DatabaseUnavailable -k QueryFailed \
	-k WriteFailed -k RollbackRefused -k UploadRejected -k ExportUnavailable -k SettingInvalid

## translations: extract every key the code uses, update each catalog (.po), compile the .mo
translations: $(VENV)/.installed
	$(BIN)/pybabel --quiet extract --no-default-keywords $(KEYWORDS) --add-location=file --sort-output \
		--project=Pantau --version=0.1.0 --copyright-holder="the Pantau authors" \
		-o $(LOCALE)/pantau.pot pantau ui pages dashboard.py
	$(BIN)/pybabel update -i $(LOCALE)/pantau.pot -d $(LOCALE) -D pantau --no-fuzzy-matching \
		--ignore-pot-creation-date --ignore-obsolete
	$(BIN)/python tools/translator_notes.py
	$(BIN)/pybabel compile -d $(LOCALE) -D pantau --statistics

clean:
	rm -rf $(VENV) data/pantau.duckdb data/pantau.duckdb.wal test-artifacts
