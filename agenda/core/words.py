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


def tr(template: str, **values: object) -> Said:
    """``template`` filled with ``values``, in English; translatable (see the module's docstring)."""
    return Said(template, values)


__all__ = ["Said", "tr"]
