# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
FEED ?=

APP_ID := io.github.agenda_app.Agenda
DATA_HOME ?= $(HOME)/.local/share

.PHONY: run test check bench package install-desktop uninstall-desktop clean

$(VENV)/.stamp-base: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml $(VENV)/.stamp-base
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.stamp-base
	$(PY) -m agenda $(FEED)

test: $(VENV)/.stamp-test check
	$(PY) -m pytest $(PYTEST_ARGS)

# The static checks (also part of `make test`): ruff (pyflakes, import order, bugbear) and mypy on the core.
check: $(VENV)/.stamp-test
	$(VENV)/bin/ruff check agenda tests bench
	$(PY) -m mypy agenda/core

bench: $(VENV)/.stamp-test
	$(PY) bench/run.py

$(VENV)/.stamp-package: $(VENV)/.stamp-base
	$(PY) -m pip install --quiet 'pyinstaller>=6.0'
	touch $@

# One-folder build with the bundled feed and icon: dist/agenda/agenda
package: $(VENV)/.stamp-package
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/pyinstaller/agenda.spec

# Desktop integration for this user: launcher entry, "Open with Agenda" for .ics files, icon, metainfo.
install-desktop: $(VENV)/.stamp-base
	install -Dm644 packaging/linux/$(APP_ID).desktop $(DATA_HOME)/applications/$(APP_ID).desktop
	sed -i 's|^Exec=agenda |Exec=$(abspath $(VENV))/bin/agenda |' $(DATA_HOME)/applications/$(APP_ID).desktop
	install -Dm644 packaging/linux/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 resources/$(APP_ID).svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	-update-desktop-database $(DATA_HOME)/applications 2>/dev/null
	-gtk-update-icon-cache -q -t $(DATA_HOME)/icons/hicolor 2>/dev/null
	@echo "Agenda is in your launcher; .ics files now offer Open with Agenda."

uninstall-desktop:
	rm -f $(DATA_HOME)/applications/$(APP_ID).desktop $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml \
	      $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
