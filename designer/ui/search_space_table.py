"""The search space as a table: one row per knob, a box to search it, its values as text, and why
they cannot be searched (in red) when they cannot.

Values are written as a list, ``16, 32, 64`` (braces optional), or a range, ``0.0001 .. 0.1 log``.
Rows start as the design's suggested space and follow it while the user has not edited them;
any training setting or layer parameter a search can vary can be added below the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.core.architecture import Architecture
from designer.core.params import BoolParam, ChoiceParam, FloatParam, IntParam, Param, SizeParam
from designer.core.phrases import message_of, phrase
from designer.core.search_space import (
    TRAINING_KNOBS,
    Knob,
    Pick,
    SearchSpace,
    knob_param,
    knob_problem,
    searchable,
    space_problems,
    suggested_space,
)
from designer.core.training import TrainingSettings
from designer.ui.style import ERROR_COLOUR
from designer.ui.translation import translated, translated_without

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"^\s*({_NUMBER})\s*\.\.\s*({_NUMBER})\s*(\(?\s*log\s*\)?)?\s*$", re.IGNORECASE)
_WHOLE = re.compile(r"^[-+]?\d+$")


def _pick(token: str, param: Param) -> Pick:
    """One listed value as the parameter holds it: ``true`` a switch, ``16`` a whole number, ..."""
    if token.lower() in ("true", "false"):
        return token.lower() == "true"
    if _WHOLE.match(token):
        return float(token) if isinstance(param, FloatParam) else int(token)
    if re.fullmatch(_NUMBER, token):
        return float(token)
    return token


def knob_from_text(param: str, layer: str, text: str, declaration: Param | None) -> Knob:
    """The knob that ``text`` describes; ValueError when it is neither a list nor a range."""
    matched = _RANGE.match(text)
    if matched:
        low, high, log = matched.groups()
        return Knob(param, layer, low=float(low), high=float(high), log=bool(log))
    tokens = [token.strip() for token in text.strip().removeprefix("{").removesuffix("}").split(",")]
    if not any(tokens) or not all(tokens):
        raise ValueError(phrase("write a list (16, 32, 64) or a range (0.0001 .. 0.1 log)"))
    if declaration is None:
        return Knob(param, layer, tuple(tokens))
    return Knob(param, layer, tuple(_pick(token, declaration) for token in tokens))


def first_values(param: Param, value: object) -> str:
    """Values worth trying around ``value``, as the text a new row starts with."""
    if isinstance(param, BoolParam):
        return "false, true"
    if isinstance(param, ChoiceParam):
        return ", ".join(param.choices)
    if isinstance(param, FloatParam):
        if isinstance(value, int | float) and value > 0:
            low, high = max(param.minimum, value / 10), min(param.maximum, value * 10)
            return f"{low:g} .. {high:g} log" if low > 0 else f"{low:g} .. {high:g}"
        return f"0, {param.maximum / 1000:g}, {param.maximum / 100:g}"
    if isinstance(param, IntParam | SizeParam):
        centre = value[0] if isinstance(value, tuple) else value
        if not isinstance(centre, int):
            centre = param.minimum
        step = 2 if isinstance(param, SizeParam) else centre // 2 or 1
        near = sorted(
            {v for v in (centre - step, centre, centre + step) if param.minimum <= v <= param.maximum}
        )
        return ", ".join(str(v) for v in near)
    return str(value)


@dataclass
class _Row:
    param: str
    layer: str
    text: str
    checked: bool = True
    #: The user wrote the values: they stay when the design changes.
    edited: bool = False
    #: The user added the row: it stays when the design no longer suggests it.
    added: bool = False

    @property
    def key(self) -> str:
        return f"{self.layer}.{self.param}" if self.layer else self.param


class SearchSpaceTable(QWidget):
    """``changed`` fires after any edit of the space (a box, a text, an added knob)."""

    changed = Signal()
    KNOB, VALUES, PROBLEM = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.architecture: Architecture | None = None
        self.rows: list[_Row] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Search"), self.tr("Values"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)  # a problem wraps onto more lines rather than being cut off
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.KNOB, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.VALUES, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(self.VALUES, 150)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.addable = QComboBox()
        self.addable.setToolTip(self.tr("A training setting or layer parameter to search too"))
        self.addable.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addable.setMinimumContentsLength(14)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        adding = QHBoxLayout()
        adding.addWidget(self.addable, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)

    # The space.

    def set_architecture(self, architecture: Architecture) -> None:
        """Follow the design: unedited rows take its suggestion, new suggestions join, problems refresh."""
        self.architecture = architecture
        suggested = {knob.key: knob for knob in suggested_space(architecture).knobs}
        rows = []
        for row in self.rows:
            knob = suggested.pop(row.key, None)
            if knob is not None and not row.edited:
                row.text = knob.describe()
            if knob is not None or row.edited or row.added:
                rows.append(row)
        rows += [_Row(knob.param, knob.layer, knob.describe()) for knob in suggested.values()]
        self.rows = rows
        self._fill()

    def _declaration(self, row: _Row) -> Param | None:
        if self.architecture is None:
            return None
        try:
            return knob_param(Knob(row.param, row.layer), self.architecture)
        except KeyError:
            return None

    def _knob(self, row: _Row) -> Knob | str:
        """The row's knob, or why its text is not one."""
        try:
            return knob_from_text(row.param, row.layer, row.text, self._declaration(row))
        except ValueError as error:
            return phrase("{key}: {problem}").format(key=row.key, problem=message_of(error))

    def row_problem(self, index: int) -> str | None:
        """Why the row's knob cannot be searched on the design; None when it can."""
        knob = self._knob(self.rows[index])
        if isinstance(knob, str):
            return knob
        return None if self.architecture is None else knob_problem(knob, self.architecture)

    def space(self) -> SearchSpace:
        """The knobs of the ticked rows whose text reads as a knob."""
        knobs = [self._knob(row) for row in self.rows if row.checked]
        return SearchSpace(tuple(knob for knob in knobs if isinstance(knob, Knob)))

    def problems(self) -> list[str]:
        """Every reason the ticked rows cannot be searched; empty when Start may go."""
        problems = [
            problem
            for index, row in enumerate(self.rows)
            if row.checked and (problem := self.row_problem(index))
        ]
        if self.architecture is not None:
            problems += [p for p in space_problems(self.space(), self.architecture) if p not in problems]
        return problems

    def set_values(self, key: str, text: str) -> None:
        """Write ``text`` as the values of the row ``key`` (as if typed), ticking it."""
        index = [row.key for row in self.rows].index(key)
        self.rows[index].text, self.rows[index].checked, self.rows[index].edited = text, True, True
        self._fill()
        self.changed.emit()

    def set_checked(self, key: str, checked: bool) -> None:
        """Tick or clear the row ``key``'s box, as a click does."""
        item = self.table.item([row.key for row in self.rows].index(key), self.KNOB)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def add_knob(self, key: str) -> None:
        """Add a row for a setting (``weight_decay``) or layer parameter (``conv1.kernel_size``)."""
        layer, _, param = key.rpartition(".")
        row = _Row(param, layer, "", added=True, edited=True)
        declaration = self._declaration(row)
        if declaration is not None and self.architecture is not None:
            if layer:
                current = next(x for x in self.architecture.all_layers() if x.name == layer).params[param]
            else:
                current = getattr(self.architecture.training or TrainingSettings(), param)
            row.text = first_values(declaration, current)
        self.rows.append(row)
        self._fill()
        self.changed.emit()

    # The table.

    def _cell(self, index: int, column: int, flags: Qt.ItemFlag) -> QTableWidgetItem:
        """The table's item at the cell, made once and then updated in place (edits stay safe)."""
        item = self.table.item(index, column)
        if item is None:
            item = QTableWidgetItem()
            item.setFlags(flags)
            self.table.setItem(index, column, item)
        return item

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        enabled, red = Qt.ItemFlag.ItemIsEnabled, QColor(ERROR_COLOUR)
        for index, row in enumerate(self.rows):
            declaration = self._declaration(row)
            knob = self._cell(index, self.KNOB, enabled | Qt.ItemFlag.ItemIsUserCheckable)
            knob.setText(row.key)
            knob.setCheckState(Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked)
            knob.setToolTip(translated(declaration.help) if declaration is not None else "")
            values = self._cell(index, self.VALUES, enabled | Qt.ItemFlag.ItemIsEditable)
            values.setText(row.text)
            values.setToolTip(self.tr("A list (16, 32, 64) or a range (0.0001 .. 0.1 log)"))
            problem = (self.row_problem(index) or "") if row.checked else ""
            reason = self._cell(index, self.PROBLEM, enabled)
            reason.setText(translated_without(problem, "key"))
            reason.setToolTip(translated(problem))
            reason.setForeground(red)
            values.setForeground(red if problem else self.palette().text())
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self._fill_addable()

    def _fill_addable(self) -> None:
        taken = {row.key for row in self.rows}
        keys = [name for name in TRAINING_KNOBS if name not in taken]
        if self.architecture is not None:
            for layer in self.architecture.all_layers():
                if not layer.spec.is_block:
                    keys += [
                        f"{layer.name}.{param.name}"
                        for param in layer.spec.params
                        if searchable(param) and f"{layer.name}.{param.name}" not in taken
                    ]
        self.addable.clear()
        self.addable.addItems(keys)
        self.add_button.setEnabled(bool(keys))

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        row = self.rows[item.row()]
        if item.column() == self.KNOB:
            row.checked = item.checkState() == Qt.CheckState.Checked
        elif item.column() == self.VALUES and item.text() != row.text:
            row.text, row.edited = item.text(), True
        else:
            return
        self._fill()
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        if self.addable.currentText():
            self.add_knob(self.addable.currentText())
