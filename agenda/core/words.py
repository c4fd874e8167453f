"""Messages the core writes for a person, in a form the window can say in their language.

``tr("{path}: no such file", path=p)`` returns the English text (what the command line prints, and what
``str()`` of an error carrying it is) as a :class:`Said`, which also keeps the template and its values.
``pyside6-lupdate`` finds these ``tr(...)`` calls as it finds the window's own, so the templates have
entries in ``resources/translations/*.ts``; ``ui.i18n.say`` fills the translated template with the same
values (a value that is itself a ``Said`` is said in the language too). The core imports no Qt.

A count is written as Qt writes one, ``tr("%n event(s) not inside a VCALENDAR", None, n)``: lupdate then makes a plural
entry (each language's forms for one, few, many), and the English here is :func:`counted`'s ("1 event", "2 events"),
the same as the window's English forms in ``agenda_en.ts``.
"""
from __future__ import annotations


def counted(template: str, n: int) -> str:
    """``template``'s English for the count ``n``: "%n" is the number and "(s)" or "(es)" the plural ending, kept
    for any count but one ("%n match(es)": "1 match", "0 matches", "2 matches")."""
    one = n == 1
    return (template.replace("%n", str(n)).replace("(es)", "" if one else "es")
            .replace("(s)", "" if one else "s"))


class Said(str):
    """English text that remembers how it was made: ``template``, ``values`` and the count ``n`` (-1: none)."""

    template: str
    values: dict
    n: int

    def __new__(cls, template: str, values: dict, n: int = -1) -> Said:
        self = super().__new__(cls, (counted(template, n) if n >= 0 else template).format(**values))
        self.template, self.values, self.n = template, values, n
        return self

    def __reduce__(self) -> tuple:  # (a parse worker's error crosses to the window by pickling)
        return Said, (self.template, self.values, self.n)


def to_plain(value: object) -> object:
    """``value`` in plain types that marshal and JSON keep (a Said as {"said": template, "values": ...})."""
    if isinstance(value, Said):
        plain = {"said": value.template, "values": {k: to_plain(v) for k, v in value.values.items()}}
        return {**plain, "n": value.n} if value.n >= 0 else plain
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def from_plain(value: object) -> object:
    """What :func:`to_plain` made, back (a plain string stays one)."""
    if isinstance(value, dict) and "said" in value:
        n = value.get("n", -1)
        return Said(value["said"], {k: from_plain(v) for k, v in value.get("values", {}).items()},
                    n if isinstance(n, int) and not isinstance(n, bool) else -1)
    return value


def text_from_plain(value: object) -> str:
    """A message :func:`to_plain` stored: a Said again, or the string it was."""
    back = from_plain(value)
    return back if isinstance(back, str) else str(back)


def tr(template: str, disambiguation: None = None, count: int = -1, /, **values: object) -> Said:
    """``template`` filled with ``values``, in English; translatable (see the module's docstring). ``count``: the
    number a template says with "%n" (``disambiguation`` stands where Qt's ``tr`` has it, for lupdate; unused).
    Positional, so that a template may still fill a ``{n}`` of its own."""
    return Said(template, values, count)


__all__ = ["Said", "counted", "from_plain", "text_from_plain", "to_plain", "tr"]
