# Shortcuts; the README's two commands need nothing but python3.
VENV ?= .venv
PY = $(VENV)/bin/python

.PHONY: run test bench screenshots translations build
run:
	python3 -m venv $(VENV) && $(VENV)/bin/pip install -q -e . && $(VENV)/bin/faltbok --data-dir demo-data demo --if-empty && $(VENV)/bin/faltbok --data-dir demo-data gui
test:
	python3 -m venv $(VENV) && $(VENV)/bin/pip install -q -e ".[test]" && $(VENV)/bin/ruff check . && $(VENV)/bin/lint-imports && QT_QPA_PLATFORM=offscreen $(PY) -m pytest
build:
	$(VENV)/bin/pip install -q -e ".[build]" && $(PY) packaging/build.py
bench:
	$(PY) -m bench
screenshots:
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.shell.screenshots --out docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.shell.hq_screenshots --out docs/screenshots
translations:
	$(PY) i18n/update.py --lupdate $(VENV)/bin/pyside6-lupdate $$(find app/ui -name '*.py' | sort)
	$(VENV)/bin/pyside6-lrelease i18n/faltbok_*.ts
