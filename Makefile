# Two commands matter:  make site  (build the website)  and  make test  (run every test).
# Both create .venv and install the pinned dependencies the first time.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve photos test test-unit test-build test-browser test-tools kiosk audit links lint format clean help update-kit

help:
	@echo "make site   - build the website into site/ (strict; the old site is kept on failure)"
	@echo "make serve  - preview at http://127.0.0.1:8000 while you edit"
	@echo "make photos - add the lines of new photos to exhibition.yml (EXHIBITION=exhibitions/x for one)"
	@echo "make test   - run every test (test-unit: the fast ones, in seconds; test-build; test-browser)"
	@echo "make kiosk  - offline bundle for a kiosk or USB stick: dist/kiosk.zip"
	@echo "make links  - check the built site in site/ for broken links and images"
	@echo "make audit  - Lighthouse scores (speed, accessibility, ...) of each page type"
	@echo "make lint   - check code style"
	@echo "make update-kit - bring in the kit's latest improvements (KIT=folder or git address)"
	@echo "make clean  - remove site/, caches and generated pages (keeps .venv, node_modules)"

$(PY):
	$(PYTHON) -m venv $(VENV)

# The pinned packages, then the kit itself (scripts/kit, in editable mode: an edited module
# is used at once; pyproject.toml registers its MkDocs plugin).
KIT_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check --no-deps \
	--no-build-isolation --editable .

$(VENV)/.build-deps: requirements.txt pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(KIT_INSTALL)
	@touch $@

$(VENV)/.test-deps: requirements.txt requirements-test.txt pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	$(KIT_INSTALL)
	@touch $@ $(VENV)/.build-deps

# The checking tools from npm (axe-core, vnu-jar, lighthouse), exact versions from
# package-lock.json; reinstalled when the lock file changes. Install scripts are skipped:
# vnu-jar's would download a Java runtime, and the system's Java is used instead.
node_modules/.installed: package.json package-lock.json
	@$(PYTHON) scripts/check_tools.py npm
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

site: $(VENV)/.build-deps
	$(PY) scripts/build_site.py

# --dirty: a change renders only the pages it touches (scripts/kit/build/preview.py says when every
# page is rendered again), so an edit shows within a second or two even on a big site.
serve: $(VENV)/.build-deps
	$(PY) -m mkdocs serve --livereload --dirty

# New photos and videos get their entry in exhibition.yml, texts marked TODO.
photos: $(VENV)/.build-deps
	$(PY) scripts/add_photos.py $(if $(EXHIBITION),"$(EXHIBITION)")

kiosk: $(VENV)/.build-deps
	$(PY) scripts/build_kiosk.py

# Node.js/npm and Java are installed with the system's packages (see README.md); say which is
# missing before anything else, instead of make's "Error 127".
test-tools:
	@$(PYTHON) scripts/check_tools.py npm java

test: test-tools $(VENV)/.test-deps node_modules/.installed
	$(PY) -m pytest

# The three tiers (tests/README.md): unit tests build no site and run in seconds; build tests
# build small fixture sites; browser tests drive Chromium (and need npm's checkers).
test-unit: $(VENV)/.test-deps
	$(PY) -m pytest -m unit

test-build: $(VENV)/.test-deps
	$(PY) -m pytest -m build

test-browser: test-tools $(VENV)/.test-deps node_modules/.installed
	$(PY) -m pytest -m browser

links: $(VENV)/.build-deps
	$(PY) scripts/check_links.py site

audit: $(VENV)/.test-deps node_modules/.installed
	$(PY) scripts/audit.py

lint: $(VENV)/.test-deps
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests

format: $(VENV)/.test-deps
	$(BIN)/ruff format scripts tests
	$(BIN)/ruff check --fix scripts tests

# A province site: merge the kit's latest templates, scripts and tests (site-kit.yml says from
# where; KIT=... overrides). Refuses to start with uncommitted changes.
update-kit: $(VENV)/.build-deps
	$(PY) scripts/update_site.py $(if $(KIT),--kit "$(KIT)") $(if $(FORCE),--force)

clean:
	rm -rf site site.tmp-* site.old-* dist .cache docs/exhibitions .pytest_cache
