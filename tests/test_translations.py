"""The window in the user's language (issue 36): the .ts files are complete and in step with the code, every
translation keeps the placeholders the code fills in, and a window started in each shipped language,
with every dialog opened through its action, shows no English where that language has a translation."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)

from agenda.core.settings import LANGUAGES, Settings
from agenda.core.storage import DataPaths

from .helpers import TITLE_HELION, by_title, open_window

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
SHIPPED = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(lang: str) -> list[tuple[str, list[str], ET.Element]]:
    """(source, translations: one, or one per plural form, the message element) of agenda_<lang>.ts."""
    out = []
    for m in ET.parse(TS_DIR / f"agenda_{lang}.ts").iter("message"):
        t = m.find("translation")
        forms = [f.text or "" for f in t.findall("numerusform")] if m.get("numerus") == "yes" else [t.text or ""]
        out.append((m.find("source").text, forms, m))
    return out


@pytest.mark.parametrize("lang", ["en", *SHIPPED])
def test_every_entry_is_finished_and_none_is_obsolete(lang):
    for source, forms, m in messages(lang):
        kind = m.find("translation").get("type")
        assert kind not in ("unfinished", "obsolete", "vanished"), f"agenda_{lang}.ts: {kind}: {source!r}"
        assert all(f.strip() for f in forms), f"agenda_{lang}.ts: empty translation of {source!r}"


def test_the_ts_files_hold_every_string_of_the_code_and_no_other(tmp_path):
    """pyside6-lupdate over the code (as `make translations` runs it) adds nothing and drops nothing."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(__import__("sys").executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    for lang in ["en", *SHIPPED]:
        shutil.copy(TS_DIR / f"agenda_{lang}.ts", tmp_path / f"agenda_{lang}.ts")
    sources = sorted(str(p) for part in ("ui", "core") for p in (ROOT / "agenda" / part).rglob("*.py"))
    common = [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources]
    subprocess.run([*common, *sum((["-ts", str(tmp_path / f"agenda_{lang}.ts")] for lang in SHIPPED), [])],
                   check=True, capture_output=True)
    subprocess.run([*common, "-pluralonly", "-ts", str(tmp_path / "agenda_en.ts")], check=True, capture_output=True)
    for lang in ["en", *SHIPPED]:
        before = {s for s, _, _ in messages(lang)}
        after = {m.find("source").text for m in ET.parse(tmp_path / f"agenda_{lang}.ts").iter("message")}
        assert after == before, f"agenda_{lang}.ts is behind the code (run make translations): " \
                                f"new {sorted(after - before)[:5]}, gone {sorted(before - after)[:5]}"


@pytest.mark.parametrize("lang", ["en", *SHIPPED])
def test_each_translation_keeps_the_placeholders_the_code_fills(lang):
    for source, forms, m in messages(lang):
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), \
                f"agenda_{lang}.ts: {form!r} does not keep the placeholders of {source!r}"
            if m.get("numerus") == "yes" and lang not in ("ja", "zh_CN"):
                assert "%n" in form, f"agenda_{lang}.ts: {form!r} lost its number"
            assert form.replace("&&", "").count("&") <= (1 if "&" in source.replace("&&", "") else 0), \
                f"agenda_{lang}.ts: {form!r}: one keyboard accelerator (&) where the source has one"
            PLACEHOLDER.sub("", form).format()  # (no stray brace that str.format would choke on)


# ------------------------------------------------------------------------------------ the window itself
def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _texts(widget: QWidget, out: set[str]) -> None:
    """Every text ``widget`` and its visible children show a person or a screen reader. Of Qt's own file and
    print dialogs only the title is Agenda's: the rest is Qt's, translated (or not) by its qtbase_<lang>.qm."""
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog

    if isinstance(widget, (QFileDialog, QPrintDialog, QPageSetupDialog, QPrintPreviewDialog)):
        out.add(_plain(widget.windowTitle()))
        return
    widgets = [widget] + [w for w in widget.findChildren(QWidget) if w.isVisible()]
    for w in widgets:
        found = [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if w.isWindow():
            found.append(w.windowTitle())
        if isinstance(w, QAbstractButton):
            found.append(w.text())
        if isinstance(w, QLabel):
            found.append(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            found.append(w.placeholderText())
        if isinstance(w, QTabBar):
            found += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QAbstractSpinBox):
            found += [w.specialValueText(), w.text()]
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QTableWidget):
            found += [w.horizontalHeaderItem(i).text() for i in range(w.columnCount()) if w.horizontalHeaderItem(i)]
            found += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
        out.update(t for t in (_plain(x) for x in found if x) if t)


def _menu_texts(menu: QMenu, out: set[str]) -> None:
    for a in menu.actions():
        if a.menu() is not None:
            a.menu().aboutToShow.emit()  # (filled when opened: Open Recent, Conferences in this plan)
            _menu_texts(a.menu(), out)
        out.update(t for t in (_plain(a.text()), _plain(a.toolTip()), _plain(a.statusTip())) if t)


# Menu actions that open a dialog (their names in English: each is found before the language changes).
DIALOGS = ["Open…", "Open URL…", "Add a conference…", "Add a conference from URL…", "Export my agenda…",
           "Send to phone…", "Import picks…", "Import picks from URL…", "Print my agenda…", "Print preview…",
           "Save agenda as PDF…", "Minutes to change rooms…", "Add my own item…", "Refresh automatically…",
           "Keyboard shortcuts", "About Agenda"]


def _window_texts(qtbot, data_dir: Path, lang: str | None) -> set[str]:
    """What a window started in ``lang`` (None: English) shows: the window with a session selected, its
    menus, and every dialog its actions open (each read, then closed)."""
    settings = Settings.load(DataPaths.under(data_dir).settings)
    settings.language = lang
    ctl, win = open_window(qtbot, data_dir / (lang or "en"), settings=settings)
    helion = by_title(ctl.schedule, TITLE_HELION)
    ctl.toggle_star(helion.uid)
    win.finding.reveal(helion.uid)
    out: set[str] = set()
    _texts(win, out)
    for top in win.menuBar().actions():
        out.add(_plain(top.text()))
        _menu_texts(top.menu(), out)
    # The dialogs: their actions are found by where they are in the menus (the same in every language).
    if lang == "en":
        PLACES.update(_action_places(win))
    for name, place in PLACES.items():
        action = _at(win, place)
        before = set(QApplication.topLevelWidgets())
        action.trigger() if not _blocks(name) else _trigger_blocking(qtbot, action, out)
        qtbot.wait(50)
        for w in set(QApplication.topLevelWidgets()) - before:
            if w.isVisible():
                _texts(w, out)
                w.close()
        for w in QApplication.topLevelWidgets():  # (a dialog kept by its window and shown again)
            if w is not win and w.isVisible() and w.isWindow() and not isinstance(w, QMenu):
                _texts(w, out)
                w.close()
    win.close()
    return out


def _action_places(win) -> dict[str, tuple[int, ...]]:
    """Where each of DIALOGS is in the (English) menus: indexes from the menu bar down."""
    places = {}

    def walk(menu, path):
        for i, a in enumerate(menu.actions()):
            if a.menu() is not None:
                walk(a.menu(), (*path, i))
            elif _plain(a.text()) in DIALOGS:
                places[_plain(a.text())] = (*path, i)

    for i, top in enumerate(win.menuBar().actions()):
        walk(top.menu(), (i,))
    assert sorted(places) == sorted(DIALOGS)
    return places


PLACES: dict[str, tuple[int, ...]] = {}


def _at(win, place):
    menu = win.menuBar().actions()[place[0]].menu()
    for i in place[1:-1]:
        menu = menu.actions()[i].menu()
    return menu.actions()[place[-1]]


def _blocks(name: str) -> bool:
    """Actions whose dialog is Qt's static one (it runs its own loop inside trigger())."""
    return name in ("Open…", "Add a conference…", "Import picks…", "Save agenda as PDF…", "Print my agenda…")


def _trigger_blocking(qtbot, action, out: set[str]) -> None:
    from .helpers import answer_dialog

    def answer(dialog) -> bool:
        _texts(dialog, out)
        dialog.reject()
        return True

    answer_dialog(qtbot, answer)
    action.trigger()


def _english_sources(lang: str) -> tuple[set[str], list[re.Pattern]]:
    """The English texts ``lang`` translates differently: whole ones, and patterns of those with placeholders."""
    whole, patterns = set(), []
    english_forms = {s: f for s, f, _ in messages("en")}
    for source, forms, _ in messages(lang):
        if all(_plain(f) == _plain(source) for f in forms):
            continue  # the same in this language ("Agenda", "PDF (*.pdf)")
        for text in english_forms.get(source, [source]):
            text = _plain(text)
            if PLACEHOLDER.search(text) or "%n" in text:
                parts = re.split(r"(\{[^{}]*\}|%n)", text)
                rx = "".join(".+" if PLACEHOLDER.fullmatch(p) or p == "%n" else re.escape(p) for p in parts)
                if len(PLACEHOLDER.sub("", text).replace("%n", "").strip()) >= 4:
                    patterns.append(re.compile(rx))
            elif len(text) > 1:
                whole.add(text)
    return whole, patterns


def test_the_window_and_its_dialogs_speak_each_shipped_language(qtbot, data_dir):
    english = _window_texts(qtbot, data_dir, "en")
    assert "Export my agenda…" in english and "Keyboard shortcuts" in english  # (the dialogs were read)
    problems = []
    for lang in SHIPPED:
        shown = _window_texts(qtbot, data_dir, lang)
        whole, patterns = _english_sources(lang)
        kept = {w for _, forms, _ in messages(lang) for f in forms for w in re.findall(r"[A-Za-z]{4,}", f)}
        for text in sorted(shown):
            if text in whole or any(p.fullmatch(text) for p in patterns):
                problems.append(f"{lang}: still English: {text!r}")
            elif text in english:
                words = {w for w in re.findall(r"[A-Za-z]{4,}", text) if not w.isupper()} - kept - _data_words()
                if words:
                    problems.append(f"{lang}: the same as in English (not translatable?): {text!r}")
    assert not problems, "\n".join(problems[:40])


def _data_words() -> set[str]:
    """Words that come from the feed (titles, rooms, tracks, speakers) or from where it is, not from Agenda."""
    from agenda.ui.i18n import NATIVE

    from .conftest import SEED

    if not _DATA:  # what the window shows of the feed's sessions, and the languages' own names (View → Language)
        from agenda.core.feeds.feed import read_feed

        schedule = read_feed(str(SEED), local_zone="UTC")
        shown = [schedule.name, str(SEED), *NATIVE.values()]
        for s in schedule.sessions:
            shown += [s.title, s.speaker_text, s.room or "", s.venue or "", s.track or "", s.url or ""]
        _DATA.update(re.findall(r"[A-Za-z]{4,}", " ".join(shown)))
    return _DATA


_DATA: set[str] = set()


def test_view_language_is_remembered_and_the_next_window_speaks_it(qtbot, data_dir):
    from .helpers import menu_action

    ctl, win = open_window(qtbot, data_dir)
    menu_action(win, "Deutsch").trigger()
    assert "Deutsch" in win.statusBar().currentMessage()
    assert win.menuBar().actions()[0].text() == "&File"  # (this window stays as it is)
    win.close()
    ctl, win = open_window(qtbot, data_dir)  # the settings as saved
    assert [a.text() for a in win.menuBar().actions()] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert win.days.tabs.tabText(0) == "Di., 7. Apr."  # QLocale's German day, as the tabs write it
    menu_action(win, "12 Stunden (2:30 PM)").trigger()  # View → Uhr: a 12-hour clock from the next start
    win.close()
    ctl, win = open_window(qtbot, data_dir)
    helion = by_title(ctl.schedule, TITLE_HELION)
    win.finding.reveal(helion.uid)
    assert "11:00 AM" in win.details.when.text().replace("\u202f", " ")
    from PySide6.QtWidgets import QDateTimeEdit

    from .helpers import answer_dialog

    shown: list[str] = []

    def read_item_dialog(dialog) -> bool:  # Bearbeiten → Eigenen Eintrag hinzufügen…: its times, 12-hour too
        shown.extend(e.text() for e in dialog.findChildren(QDateTimeEdit))
        dialog.reject()
        return True

    answer_dialog(qtbot, read_item_dialog)
    menu_action(win, "Eigenen Eintrag hinzufügen…").trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert all(re.search(r"\d:\d\d\s?(AM|PM)$", t.replace("\u202f", " ")) for t in shown), shown
    menu_action(win, "System (English)").trigger()
    win.close()
    ctl, win = open_window(qtbot, data_dir)
    assert win.menuBar().actions()[0].text() == "&File"


def test_the_systems_language_is_used_when_none_was_chosen(tmp_path):
    """A fresh start under LANG=fr_FR.UTF-8 (nothing chosen) is in French, Qt's own dialogs included."""
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="fr_FR.UTF-8", QT_QPA_PLATFORM="offscreen")
    code = ("from agenda.ui.app import make_app; from agenda.ui import i18n; "
            "from PySide6.QtWidgets import QDialogButtonBox; app = make_app(); lang = i18n.install(app, None); "
            "box = QDialogButtonBox(QDialogButtonBox.Cancel); "
            "print(lang, '|', i18n.tr('&File'), '|', box.buttons()[0].text(), '|', i18n.tr('%n match(es)', None, 2))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.stdout.split("\n")[0].split(" | ") == ["fr", "&Fichier", "Annuler", "2 résultats"], out.stderr


def test_the_pdf_from_a_french_window_is_french_dates_and_words_alike(qtbot, data_dir, tmp_path):
    """The issue's own example: under French the PDF said "mardi 07 avril 2026" between English words."""
    if not shutil.which("pdftotext"):
        pytest.skip("needs pdftotext (poppler-utils; .ci/run installs it)")
    from .helpers import TITLE_LIGHTS, answer_dialog, choose_file, flat, menu_action, text_of

    settings = Settings.load(DataPaths.under(data_dir).settings)
    settings.language = "fr"
    ctl, win = open_window(qtbot, data_dir, settings=settings)
    for title in (TITLE_HELION, TITLE_LIGHTS):  # two talks at 11:00: a clash
        ctl.toggle_star(by_title(ctl.schedule, title).uid)
    pdf = tmp_path / "agenda.pdf"
    answer_dialog(qtbot, choose_file(pdf))
    menu_action(win, "Enregistrer l’agenda en PDF…").trigger()
    qtbot.waitUntil(pdf.exists, timeout=10000)
    text = flat(text_of(pdf))
    assert "mardi 7 avril 2026" in text and "Mon agenda · page 1 sur 1 · imprimé par Agenda" in text
    assert "⚠ CONFLIT avec" in text and "Heures en Europe/Paris" in text
    assert not re.search(r"\b(Times in|starred|page 1 of|CLASH with|Tuesday)\b", text), text[:400]


def test_what_the_core_says_reaches_the_window_in_its_language(qtbot, data_dir, tmp_path):
    """A damaged feed opened through File → Ouvrir… is reported in French, its name and line kept; the
    command line says the same in English."""
    from .conftest import SEED
    from .helpers import answer_dialog, choose_file, menu_action, run_cli

    broken = tmp_path / "broken.ics"
    lines = SEED.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join(lines[:2] + [":::"] + lines[2:]) + "\n", encoding="utf-8")
    settings = Settings.load(DataPaths.under(data_dir).settings)
    settings.language = "fr"
    ctl, win = open_window(qtbot, data_dir, settings=settings)
    answer_dialog(qtbot, choose_file(broken))
    menu_action(win, "Ouvrir…").trigger()
    qtbot.waitUntil(lambda: win.last_error is not None)
    assert f"{broken} ligne 3 : pas une ligne de calendrier (':::') : le fichier est abîmé" in win.last_error
    r = run_cli("list", str(broken), "--data-dir", str(data_dir))
    assert r.code == 2 and f"{broken} line 3: not a calendar line (':::'): the file is damaged" in r.err


def test_a_core_message_keeps_its_template_across_processes():
    """A parse worker's error reaches the window pickled: it still says itself in English (str, the CLI)
    and keeps its template and values (nested ones too) for the window to say in the user's language."""
    import pickle

    from agenda.core.errors import FeedError
    from agenda.core.words import Said, tr

    err = FeedError(tr("{where}: cannot read this calendar ({reason})",
                       where=tr("{name} line {line}", name="x.ics", line=4), reason="bad"))
    back = pickle.loads(pickle.dumps(err))
    assert str(back) == "x.ics line 4: cannot read this calendar (bad)"
    said = back.args[0]
    assert isinstance(said, Said) and said.template == "{where}: cannot read this calendar ({reason})"
    assert isinstance(said.values["where"], Said) and said.values["where"].values == {"name": "x.ics", "line": 4}


def test_a_feeds_warning_is_said_in_the_window_language_also_from_the_cache(qtbot, data_dir, tmp_path):
    """A stray line skipped while reading is reported in French when the feed is read, and again when it is
    opened from the parsed-schedule cache (the warning keeps its template there)."""
    from .conftest import SEED

    stray = tmp_path / "stray.ics"
    lines = SEED.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("BEGIN:VEVENT"))
    stray.write_text("\n".join(lines[:at] + ["this line belongs to no event"] + lines[at:]) + "\n", encoding="utf-8")
    settings = Settings.load(DataPaths.under(data_dir).settings)
    settings.language = "fr"
    for _ in ("read", "from the cache"):
        seen: list[str] = []
        ctl, win = open_window(qtbot, data_dir, feed=stray, settings=settings)
        shown = win.statusBar().currentMessage()
        seen.append(shown)
        assert f"{stray} ligne {at + 1} : ligne parasite hors de tout évènement ignorée" in shown, seen
        assert "avec 1 avertissement" in shown and "skipped" not in shown
        win.close()


def test_a_damaged_picks_file_is_reported_in_the_window_language(qtbot, data_dir):
    """The picks file cut in half (a disk full, a crash elsewhere): set aside and said, in French."""
    from .conftest import SEED
    from .helpers import run_cli

    ids = [s["uid"] for s in run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir)).json()["sessions"]]
    assert run_cli("star", str(SEED), *ids[:2], "--data-dir", str(data_dir)).code == 0
    picks = next((data_dir / "picks").glob("*.json"))
    picks.write_bytes(picks.read_bytes()[:20])
    settings = Settings.load(DataPaths.under(data_dir).settings)
    settings.language = "fr"
    ctl, win = open_window(qtbot, data_dir, settings=settings)
    qtbot.waitUntil(lambda: win.last_error is not None)
    assert f"{picks} : le fichier de choix était illisible (JSON non valide (" in win.last_error
    assert "; mis de côté sous le nom " in win.last_error.replace(" ;", ";") and "unreadable" not in win.last_error


def core_templates() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "agenda" / "core").rglob("*.py"))


def test_the_command_lines_english_counts_are_the_windows():
    """A count the core says ("%n event(s)") is English on the command line by core.words.counted, and in an
    English window by agenda_en.ts's plural forms: the two say the same for one and for more."""
    from agenda.core.words import counted

    core = core_templates()
    said = [(source, forms) for source, forms, m in messages("en") if m.get("numerus") == "yes" and f'"{source}"' in core]
    assert len(said) >= 4, said  # the feeds' warnings and the import's reasons
    for source, (one, more) in said:
        assert counted(source, 1) == one.replace("%n", "1"), source
        assert counted(source, 2) == more.replace("%n", "2") and counted(source, 0) == more.replace("%n", "0"), source


def test_a_counted_core_message_keeps_its_count_across_processes_and_in_the_cache():
    """A warning that counts keeps its count when pickled (a parse worker's) and stored (the parsed-schedule
    cache), so the window can say it in the plural form of its language."""
    import json
    import pickle

    from agenda.core.words import Said, from_plain, to_plain, tr

    warning = tr("{name}: %n event(s) not inside a VCALENDAR; read anyway", None, 1, name="x.ics")
    assert warning == "x.ics: 1 event not inside a VCALENDAR; read anyway"
    for back in (pickle.loads(pickle.dumps(warning)), from_plain(json.loads(json.dumps(to_plain(warning))))):
        assert isinstance(back, Said) and back == warning and back.n == 1 and back.values == {"name": "x.ics"}
    assert tr("{name}: %n event(s) not inside a VCALENDAR; read anyway", None, 3, name="x.ics").startswith("x.ics: 3 events")


def test_an_import_that_matches_nothing_is_said_in_the_window_language_with_its_count(qtbot, data_dir):
    """File → Importer des choix… with a calendar of one event from another conference: the reason is French,
    singular, and the command line gives the same reason in English."""
    from .conftest import FEEDS, SEED
    from .helpers import answer_dialog, choose_file, menu_action, run_cli

    other = FEEDS / "exchange2010_undefined_tzid.ics"  # one event, of 2024
    settings = Settings.load(DataPaths.under(data_dir).settings)
    settings.language = "fr"
    ctl, win = open_window(qtbot, data_dir, settings=settings)
    answer_dialog(qtbot, choose_file(other))
    menu_action(win, "Importer des choix…").trigger()
    qtbot.waitUntil(lambda: win.last_error is not None)
    assert win.last_error == (f"Rien importé : {other} : son 1 évènement n’est pas une session de {ctl.schedule.name} "
                              "(vient-il d’une autre conférence ?)")
    assert ctl.picks() == {}
    r = run_cli("import-picks", str(SEED), str(other), "--data-dir", str(data_dir))
    assert r.code == 2 and r.err.strip() == (f"agenda: {other}: none of its 1 event is a session of {ctl.schedule.name} "
                                              "(is it from another conference?)")
