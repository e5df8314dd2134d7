"""Small containers the views share: a frameless scroll area and a titled group box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget


def scrolled(widget: QWidget, across: bool = True) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it; ``across=False`` never scrolls sideways."""
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not across:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def group_box(title: str, *widgets: QWidget) -> QGroupBox:
    """The widgets stacked in a titled box with narrow margins."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        layout.addWidget(widget)
    return box
