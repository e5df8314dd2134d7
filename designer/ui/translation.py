"""The window's wording of text made by the core and the engine: each :class:`Phrase` is looked up
in the loaded translation and filled with its values, which are translated in turn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.core.phrases import Phrase, message_of

#: The context lupdate gives ``phrase(...)`` templates (``-tr-function-alias QT_TR_NOOP+=phrase``).
CONTEXT = ""


def translated(text: str) -> str:
    """``text`` in the interface's language; text that is not a :class:`Phrase` is shown as it is
    (names, paths, numbers)."""
    if not isinstance(text, Phrase):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not text.values:
        return template
    values = {
        name: translated(value) if isinstance(value, str) else value for name, value in text.values.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def translated_without(text: str, placeholder: str) -> str:
    """``text`` translated, less the value of ``placeholder`` and the colon after it when the text
    opens with them: for a card or a row that names that already."""
    shown = translated(text)
    value = text.values.get(placeholder) if isinstance(text, Phrase) else None
    if isinstance(value, str) and shown.startswith(opening := translated(value)):
        return shown[len(opening) :].lstrip(":\uff1a ")
    return shown


def error_text(error: BaseException) -> str:
    """An error's message in the interface's language."""
    return translated(message_of(error))


def tr(text: str) -> str:
    """``text`` translated for wording made outside a class, which lupdate files under the empty
    context (it reads ``tr("...")`` calls there)."""
    return QCoreApplication.translate(CONTEXT, text)
