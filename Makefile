# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
FEED ?=

APP_ID := io.github.agenda_app.Agenda
DATA_HOME ?= $(HOME)/.local/share

.PHONY: run test check bench screenshots package install-desktop uninstall-desktop clean translations

# The window's translations: resources/translations/agenda_<lang>.ts are the sources (Qt Linguist, Weblate
# and Crowdin open them); the .qm files Qt loads are compiled from them (not kept in git). English has
# only its plural forms ("1 session", "2 sessions").
LANGS := fr de es it pt_BR nl pl ja zh_CN
TS_DIR := resources/translations
QM := $(TS_DIR)/agenda_en.qm $(foreach l,$(LANGS),$(TS_DIR)/agenda_$(l).qm)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(VENV)/.stamp-base
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Extract every tr() string from the window's code and the core's messages (core/words.py) into the .ts
# files (new ones come in unfinished; ones no longer in the code are dropped): run after changing a string,
# then translate the new entries.
LUPDATE := $(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $$(find agenda/ui agenda/core -name '*.py' | sort)
translations: $(VENV)/.stamp-base
	$(LUPDATE) $(foreach l,$(LANGS),-ts $(TS_DIR)/agenda_$(l).ts)
	$(LUPDATE) -pluralonly -ts $(TS_DIR)/agenda_en.ts

$(VENV)/.stamp-base: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml $(VENV)/.stamp-base
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.stamp-base $(QM)
	$(PY) -m agenda $(FEED)

test: $(VENV)/.stamp-test $(QM) check
	$(PY) -m pytest $(PYTEST_ARGS)

# The static checks (also part of `make test`): ruff (pyflakes, import order, bugbear) and mypy on the core.
check: $(VENV)/.stamp-test
	$(VENV)/bin/ruff check agenda tests bench
	$(PY) -m mypy agenda/core

bench: $(VENV)/.stamp-test $(QM)
	$(PY) bench/run.py

# The README's pictures, made by the app itself (--screenshot) from the bundled feed with three sessions
# starred (two of them clash at 11:00): light, dark and greyscale; 1024x600, 1366x768 at 1x, 1.5x and 2x
# (910x512 and 683x384 logical pixels), 1920x1080; the list view; FOSDEM at 1920x1080; French and Japanese.
SHOTS := resources/screenshots
SHOT_DATA := $(SHOTS)/.data
SHOT := $(PY) -m agenda --data-dir $(SHOT_DATA) --screenshot
screenshots: $(VENV)/.stamp-base $(QM)
	rm -rf $(SHOT_DATA)
	$(PY) -m agenda star --data-dir $(SHOT_DATA) 4a264d6e24434869c2b67b381ba10998 8fc71bd0fc057864e02da6513c64cbfd ea4620ce0f810a15307f92b28e2664da
	$(SHOT) $(SHOTS)/grid-seed-day1-light.png --size 1366x768 --theme light
	$(SHOT) $(SHOTS)/grid-seed-day1-dark.png --size 1366x768 --theme dark
	$(SHOT) $(SHOTS)/grid-seed-day1-grey.png --size 1366x768 --theme light --greyscale
	$(SHOT) $(SHOTS)/grid-seed-day1-dark-grey.png --size 1366x768 --theme dark --greyscale
	$(SHOT) $(SHOTS)/grid-seed-day1-1024x600.png --size 1024x600 --theme light
	QT_SCALE_FACTOR=1.5 $(SHOT) $(SHOTS)/grid-seed-day1-1.5x.png --size 910x512 --theme light
	QT_SCALE_FACTOR=2 $(SHOT) $(SHOTS)/grid-seed-day1-2x.png --size 683x384 --theme light
	$(SHOT) $(SHOTS)/grid-seed-day1-1920.png --size 1920x1080 --theme light
	$(PY) -m agenda --data-dir $(SHOT_DATA)/fosdem --screenshot $(SHOTS)/grid-fosdem-day1-1920.png --size 1920x1080 \
	  --theme light ../shared/feeds/realworld/fosdem2026_pentabarf.ics
	$(PY) -c "from agenda.core.settings import Settings; from agenda.core.storage import DataPaths; \
	  p = DataPaths.under('$(SHOT_DATA)').settings; s = Settings.load(p); s.update(list_view=True); s.save(p)"
	$(SHOT) $(SHOTS)/list-seed-day1.png --size 1366x768 --theme light
	for lang in fr ja; do \
	  $(PY) -c "from agenda.core.settings import Settings; from agenda.core.storage import DataPaths; \
	    p = DataPaths.under('$(SHOT_DATA)').settings; s = Settings.load(p); s.update(list_view=False, language='$$lang'); s.save(p)"; \
	  $(SHOT) $(SHOTS)/grid-seed-day1-$$lang.png --size 1366x768 --theme light; \
	done
	rm -rf $(SHOT_DATA)

$(VENV)/.stamp-package: $(VENV)/.stamp-base
	$(PY) -m pip install --quiet 'pyinstaller>=6.0'
	touch $@

# One-folder build with the bundled feed and icon: dist/agenda/agenda
package: $(VENV)/.stamp-package $(QM)
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
