# Two commands matter:  make site  (build the website)  and  make test  (run every test).
# Both create .venv and install the pinned dependencies the first time.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test kiosk lint format clean help

help:
	@echo "make site   - build the website into site/ (strict; the old site is kept on failure)"
	@echo "make serve  - preview at http://127.0.0.1:8000 while you edit"
	@echo "make test   - run every test"
	@echo "make kiosk  - offline bundle for a kiosk or USB stick: dist/kiosk.zip"
	@echo "make lint   - check code style"
	@echo "make clean  - remove site/, caches and generated pages (keeps .venv)"

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.build-deps: requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.test-deps: requirements.txt requirements-test.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	@touch $@ $(VENV)/.build-deps

site: $(VENV)/.build-deps
	$(PY) scripts/build_site.py

serve: $(VENV)/.build-deps
	$(PY) -m mkdocs serve --livereload

kiosk: $(VENV)/.build-deps
	$(PY) scripts/build_kiosk.py

test: $(VENV)/.test-deps
	$(PY) -m pytest

lint: $(VENV)/.test-deps
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests

format: $(VENV)/.test-deps
	$(BIN)/ruff format scripts tests
	$(BIN)/ruff check --fix scripts tests

clean:
	rm -rf site site.tmp-* site.old-* dist .cache docs/exhibitions .pytest_cache
