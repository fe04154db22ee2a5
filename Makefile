# BranchOps — `make run` starts the app, `make test` runs the tests (both set everything up).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/translations/branchops_zh_CN.ts resources/translations/branchops_en.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find branchops -name '*.py' 2>/dev/null)

.PHONY: run test lint format ts qm bench smoke screenshots clean system-deps

# Qt's runtime libraries, a CJK font and python3-venv: installed here when run as root.
system-deps:
	@.ci/install-system-deps.sh --check || { \
	  if [ "$$(id -u)" = 0 ]; then .ci/install-system-deps.sh --desktop; \
	  else echo "Missing system packages: run  sudo .ci/install-system-deps.sh --desktop" >&2; \
	       exit 1; fi; }

$(STAMP): pyproject.toml | system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# Extract strings into the .ts sources (keeps translations), then fill English (source = text).
ts: $(STAMP)
	flock resources/translations/.lock $(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -extensions py branchops -ts $(TS)
	flock resources/translations/.lock $(PY) tools/ts_fill.py --english resources/translations/branchops_en.ts

run: $(STAMP) qm
	$(PY) -m branchops

# The tests run on every core (pytest-xdist; each file's tests on one, in their order, as its
# module fixtures expect), then those marked `alone` by themselves.
test: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --dist loadfile -m "not alone"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m alone
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

screenshots: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py screenshots

clean:
	rm -rf $(VENV) resources/translations/*.qm
