"""The window in the user's language: Qt's translations, and dates through QLocale.

Every string a person sees in the window goes through :func:`tr` (plurals: ``tr("%n session(s)", None, n)``),
which ``pyside6-lupdate`` finds and writes into ``resources/translations/agenda_<lang>.ts`` (``make
translations``); the Makefile compiles them to ``.qm``, which :func:`install` loads at start-up for the
language chosen in View → Language, else the system's, together with Qt's own ``qtbase_<lang>.qm`` from
PySide6 so that Qt's buttons and file dialogs speak it too.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from ..bundle import resource
from ..core.dates import Dates
from ..core.errors import AgendaError
from ..core.settings import LANGUAGES
from ..core.words import Said

# Each shipped language in its own words (View → Language), in the order of core.settings.LANGUAGES.
NATIVE = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español", "it": "Italiano",
          "pt_BR": "Português (Brasil)", "nl": "Nederlands", "pl": "Polski", "ja": "日本語", "zh_CN": "简体中文"}
# Where a language has a shorter idiom for a day in a tab than 'Tue 7 Apr' (QLocale's patterns).
DAY_TAB = {"ja": "M月d日(ddd)", "zh_CN": "M月d日 ddd", "de": "ddd, d. MMM"}
DAY = {"ja": "M月d日 dddd", "zh_CN": "M月d日 dddd", "de": "dddd, d. MMMM"}

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (the source text where it has no translation)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def say(what: object) -> str:
    """A message from the core in the window's language: an error (its one line) or a core.words.Said (its
    template translated, then filled; a value that is a Said itself is said too). Anything else as it is."""
    if isinstance(what, BaseException):
        first = what.args[0] if len(what.args) == 1 else None
        if isinstance(first, Said):
            return say(first).splitlines()[0]
        return what.one_line() if isinstance(what, AgendaError) else str(what)
    if isinstance(what, Said):
        return tr(what.template, None, what.n).format(**{k: say(v) if isinstance(v, Said) else v
                                                         for k, v in what.values.items()})
    return str(what)


def failure(outcome, source: str) -> str:
    """A failed background job's one line (jobs.Failed), said in the window's language when it is the user's to fix."""
    return say(outcome.error) if isinstance(outcome.error, AgendaError) else outcome.message(source)


def translations_dir():
    return resource("translations")


def chosen(setting: str | None) -> str:
    """The language to show: the one chosen (a code from LANGUAGES), else the system's when shipped, else English."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate in LANGUAGES:
                return candidate
    return "en"


def install(app, setting: str | None) -> str:
    """Load Agenda's and Qt's translations for the chosen (or system) language; the language shown."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = chosen(setting)
    QLocale.setDefault(QLocale(lang))
    ours = QTranslator(app)  # (English too: its plural forms, "1 session" and "2 sessions")
    if ours.load(f"agenda_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return lang


class LocalDates(Dates):
    """Dates and times through QLocale (the language shown); ``clock``: "12", "24" or "locale"."""

    def __init__(self, lang: str = "en", clock: str = "locale") -> None:
        self.lang = lang
        self.locale = QLocale(lang)
        if clock == "24":
            self.time_format = "HH:mm"
        elif clock == "12":
            self.time_format = "h:mm AP"
        else:
            self.time_format = self.locale.timeFormat(QLocale.ShortFormat)
        self.english = lang == "en" and clock != "12"
        self._marks: dict[str, str] = {}  # hour_mark's answers
        self.all_day_text = tr("all day")  # (made once the window's translations are installed: use_dates)

    def edit_format(self) -> str:
        """A QDateTimeEdit's display format: the day, and the time as this clock writes it."""
        return "ddd d MMM yyyy  " + ("HH:mm" if self.english else self.time_format)

    def day_tab(self, d: date) -> str:
        if self.english:
            return super().day_tab(d)
        return self.locale.toString(QDate(d.year, d.month, d.day), DAY_TAB.get(self.lang, "ddd d MMM"))

    def day(self, d: date) -> str:
        if self.english:
            return super().day(d)
        return self.locale.toString(QDate(d.year, d.month, d.day), DAY.get(self.lang, "dddd d MMMM"))

    def day_long(self, d: date) -> str:
        if self.english:
            return super().day_long(d)
        return self.locale.toString(QDate(d.year, d.month, d.day), QLocale.LongFormat)

    def weekday(self, d: date) -> str:
        if self.english:
            return super().weekday(d)
        return self.locale.dayName(d.isoweekday(), QLocale.ShortFormat)

    def time(self, t: datetime) -> str:
        if self.english:
            return super().time(t)
        return self.locale.toString(QTime(t.hour, t.minute), self.time_format)

    def hour_mark(self, label: str) -> str:
        if self.english:
            return label
        shown = self._marks.get(label)
        if shown is None:
            hour, minute = (int(x) for x in label.split(":"))
            twelve = "a" in self.time_format.lower() and minute == 0  # "2 PM" fits the axis, "2:00 PM" may not
            fmt = "h AP" if twelve else self.time_format
            shown = self._marks[label] = self.locale.toString(QTime(hour, minute), fmt)
        return shown


_dates: list[LocalDates] = [LocalDates()]  # (English, 24-hour, until use_dates at start-up)


def dates() -> LocalDates:
    """The window's one date helper (set by :func:`use_dates` at start-up and when the clock changes)."""
    return _dates[0]


def use_dates(lang: str, clock: str) -> LocalDates:
    _dates[0] = LocalDates(lang, clock)
    return _dates[0]
