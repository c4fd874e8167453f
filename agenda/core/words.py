"""Messages the core writes for a person, in a form the window can say in their language.

``tr("{path}: no such file", path=p)`` returns the English text (what the command line prints, and what
``str()`` of an error carrying it is) as a :class:`Said`, which also keeps the template and its values.
``pyside6-lupdate`` finds these ``tr(...)`` calls as it finds the window's own, so the templates have
entries in ``resources/translations/*.ts``; ``ui.i18n.say`` fills the translated template with the same
values (a value that is itself a ``Said`` is said in the language too). The core imports no Qt.
"""
from __future__ import annotations


class Said(str):
    """English text that remembers how it was made: ``template`` and ``values``."""

    template: str
    values: dict

    def __new__(cls, template: str, values: dict) -> Said:
        self = super().__new__(cls, template.format(**values))
        self.template, self.values = template, values
        return self

    def __reduce__(self) -> tuple:  # (a parse worker's error crosses to the window by pickling)
        return Said, (self.template, self.values)


def to_plain(value: object) -> object:
    """``value`` in plain types that marshal and JSON keep (a Said as {"said": template, "values": ...})."""
    if isinstance(value, Said):
        return {"said": value.template, "values": {k: to_plain(v) for k, v in value.values.items()}}
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def from_plain(value: object) -> object:
    """What :func:`to_plain` made, back (a plain string stays one)."""
    if isinstance(value, dict) and "said" in value:
        return Said(value["said"], {k: from_plain(v) for k, v in value.get("values", {}).items()})
    return value


def text_from_plain(value: object) -> str:
    """A message :func:`to_plain` stored: a Said again, or the string it was."""
    back = from_plain(value)
    return back if isinstance(back, str) else str(back)


def tr(template: str, **values: object) -> Said:
    """``template`` filled with ``values``, in English; translatable (see the module's docstring)."""
    return Said(template, values)


__all__ = ["Said", "from_plain", "text_from_plain", "to_plain", "tr"]
