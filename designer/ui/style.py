"""The look shared by every panel: palette-group colours and the icon set in ``resources/icons``.

The SVG icons use the same hex values, so a card, a diagram node and an icon of one group match.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6 import QtCore, QtGui

from designer.core.catalogue import CATALOGUE
from designer.core.data_files import data_folder

#: One colour per palette group (``catalogue.GROUPS``): mid tones that read on light and dark backgrounds.
GROUP_COLOURS: dict[str, str] = {
    "Convolution": "#3B7DD8",
    "Pooling": "#2E9E5B",
    "Core": "#E07B1F",
    "Regularisation": "#8B5CD6",
    "Activation": "#D9457A",
    "Blocks": "#0F9AA8",
}
#: The network's input (the image), which belongs to no group.
INPUT_COLOUR = "#6B7C93"
#: Action icons and anything without a group.
NEUTRAL_COLOUR = "#8A9099"
ERROR_COLOUR = "#D64541"
WARNING_COLOUR = "#E0A526"


def kind_colour(kind: str) -> str:
    """The group colour of a layer kind (``"Conv2D"``), neutral for a kind not in the catalogue."""
    spec = CATALOGUE.get(kind)
    return GROUP_COLOURS.get(spec.group, NEUTRAL_COLOUR) if spec else NEUTRAL_COLOUR


def icon_path(name: str) -> Path:
    return data_folder("resources") / "icons" / f"{name}.svg"


def kind_icon_name(kind: str) -> str:
    """The icon of a layer kind: ``"Conv2DTranspose"`` -> ``"conv2d_transpose"``."""
    return CATALOGUE[kind].name_prefix


@cache
def icon(name: str) -> QtGui.QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon when there is no such file."""
    path = icon_path(name)
    return QtGui.QIcon(str(path)) if path.is_file() else QtGui.QIcon()


def make_action(
    parent: QtCore.QObject,
    text: str,
    slot: Callable[[], object],
    shortcut: QtGui.QKeySequence | str | None = None,
    icon_name: str = "",
) -> QtGui.QAction:
    """A menu action that calls ``slot`` (with no arguments), with its shortcut and icon."""
    action = QtGui.QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QtGui.QKeySequence(shortcut))
    action.triggered.connect(lambda: slot())
    return action
