"""Words for the user that the window can translate.

A :class:`Phrase` is an ordinary ``str`` holding the English text, so the command line, files and
tests see English, while the window looks up its ``template`` in Qt's translations and fills in
the same ``values``.  ``phrase(...)`` marks the template for ``pyside6-lupdate``, run with
``-tr-function-alias QT_TR_NOOP+=phrase`` (the README gives the whole command), which lists it
under the empty context.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class Phrase(str):
    """English text made from ``template.format(**values)``; a value may be a Phrase itself."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None) -> Phrase:
        filled = dict(values or {})
        text = super().__new__(cls, template.format(**filled) if filled else template)
        text.template = template
        text.values = filled
        return text

    def format(self, *args: object, **values: Any) -> Phrase:
        """The template filled with ``values`` (by name only, so a translation may reorder them)."""
        if args:
            raise TypeError("a phrase is filled by name only")
        return Phrase(self.template, values)

    def __reduce__(self) -> tuple[type[Phrase], tuple[str, dict[str, Any]]]:
        return Phrase, (self.template, dict(self.values))


def phrase(template: str) -> Phrase:
    """``template`` marked for translation; fill it with :meth:`Phrase.format`."""
    return Phrase(template)


def joined(parts: Iterable[str]) -> str:
    """``parts`` separated by "; " (empty when there are none), as one phrase in which each part keeps
    its own translation."""
    text = ""
    for number, part in enumerate(parts):
        text = part if number == 0 else phrase("{earlier}; {later}").format(earlier=text, later=part)
    return text


def message_of(error: BaseException) -> str:
    """The error's message, still a :class:`Phrase` when it was raised with one."""
    if len(error.args) == 1 and isinstance(error.args[0], Phrase):
        return error.args[0]
    return str(error)
