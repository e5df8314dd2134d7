"""Small containers the views share: a frameless scroll area, a titled group box and a column."""

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


def column(*widgets: QWidget) -> QWidget:
    """The widgets stacked with no margins or gaps, the last one taking the spare height."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[-1] else 0)
    return holder
