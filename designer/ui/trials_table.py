"""The trials of a study as a sortable table: number, state (coloured), validation accuracy, each
knob's value, seconds and the reason a trial was pruned or failed."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from designer.core.search_space import Pick
from designer.engine.tuning_events import STOPPED, TrialEpoch, TrialFinished, TrialStarted
from designer.ui.style import ERROR_COLOUR, GROUP_COLOURS, NEUTRAL_COLOUR, WARNING_COLOUR
from designer.ui.translation import translated

Index = QModelIndex | QPersistentModelIndex

STATE_COLOURS = {
    "running": GROUP_COLOURS["Convolution"],
    "complete": GROUP_COLOURS["Pooling"],
    "pruned": WARNING_COLOUR,
    "failed": ERROR_COLOUR,
    "stopped": NEUTRAL_COLOUR,
}


def shown_state(trial: TrialFinished) -> str:
    """The trial's state as the table shows it: a trial that Stop ended reads "stopped"."""
    return "stopped" if trial.state == "failed" and trial.message == STOPPED else trial.state


#: The role the proxy sorts by: numbers as numbers, so trial 10 follows trial 9.
SORT_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _value_text(value: Pick | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _sort_key(value: object) -> object:
    if value is None:
        return -math.inf
    return float(value) if isinstance(value, int | float) else str(value)


class TrialsModel(QAbstractTableModel):
    """One row per trial, in the order they started; :meth:`trial` gives a row's trial."""

    TRIAL, STATE, VALUE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.trials: list[TrialFinished] = []
        self.keys: list[str] = []
        #: The running trials' last epoch, shown as their message.
        self._epochs: dict[int, TrialEpoch] = {}

    def clear(self, keys: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self.trials, self.keys, self._epochs = [], list(keys), {}
        self.endResetModel()

    def trial(self, row: int) -> TrialFinished:
        return self.trials[row]

    def best(self) -> TrialFinished | None:
        """The complete trial of the highest value (the earliest of equals), if any."""
        complete = [t for t in self.trials if t.state == "complete" and t.value is not None]
        return max(complete, key=lambda t: (t.value, -t.number), default=None)

    @property
    def seconds_column(self) -> int:
        return 3 + len(self.keys)

    @property
    def message_column(self) -> int:
        return 4 + len(self.keys)

    # Changes.

    def add_keys(self, keys: Iterable[str]) -> None:
        new = [key for key in keys if key not in self.keys]
        if new:
            self.beginInsertColumns(QModelIndex(), 3 + len(self.keys), 2 + len(self.keys) + len(new))
            self.keys += new
            self.endInsertColumns()

    def put(self, trial: TrialFinished) -> None:
        """Add the trial, or replace the row of the trial with its number."""
        self.add_keys(trial.params)
        rows = [row for row, known in enumerate(self.trials) if known.number == trial.number]
        if rows:
            self.trials[rows[0]] = trial
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[0], self.message_column))
            return
        self.beginInsertRows(QModelIndex(), len(self.trials), len(self.trials))
        self.trials.append(trial)
        self.endInsertRows()

    def start(self, started: TrialStarted) -> None:
        self.put(TrialFinished(started.number, "running", dict(started.params), None, "", 0.0))

    def epoch(self, ended: TrialEpoch) -> None:
        self._epochs[ended.number] = ended
        for trial in self.trials:
            if trial.number == ended.number and trial.state == "running":
                self.put(dataclasses.replace(trial, value=ended.validation_accuracy))

    def finish(self, finished: TrialFinished) -> None:
        self._epochs.pop(finished.number, None)
        self.put(finished)

    def abandon_running(self) -> None:
        """The study ended: a trial still shown as running never reported its end."""
        for trial in self.trials:
            if trial.state == "running":
                message = QCoreApplication.translate("TrialsModel", "ended with the study")
                self.put(dataclasses.replace(trial, state="failed", value=None, message=message))

    # The table.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.trials)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5 + len(self.keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = {
            self.TRIAL: self.tr("Trial"),
            self.STATE: self.tr("State"),
            self.VALUE: self.tr("Val. acc."),
            self.seconds_column: self.tr("Seconds"),
            self.message_column: self.tr("Message"),
        }
        return fixed.get(section) or self.keys[section - 3]

    def state_text(self, state: str) -> str:
        return {
            "running": self.tr("running"),
            "complete": self.tr("complete"),
            "pruned": self.tr("pruned"),
            "failed": self.tr("failed"),
            "stopped": self.tr("stopped"),
        }.get(state, state)

    def _message(self, trial: TrialFinished) -> str:
        ended = self._epochs.get(trial.number)
        if trial.state == "running" and ended is not None:
            return self.tr("epoch {epoch} of {epochs}").format(epoch=ended.epoch, epochs=ended.epochs)
        return translated(trial.message)

    def _raw(self, trial: TrialFinished, column: int) -> object:
        if column == self.TRIAL:
            return trial.number
        if column == self.STATE:
            return shown_state(trial)
        if column == self.VALUE:
            return trial.value
        if column == self.seconds_column:
            return None if trial.state == "running" else trial.seconds
        if column == self.message_column:
            return self._message(trial)
        return trial.params.get(self.keys[column - 3])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        trial, column = self.trials[index.row()], index.column()
        raw = self._raw(trial, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATE:
                return self.state_text(shown_state(trial))
            if column == self.VALUE:
                return "" if trial.value is None else f"{trial.value:.1%}"
            if column == self.seconds_column:
                return "" if raw is None else f"{trial.seconds:.1f}"
            return raw if isinstance(raw, str) else _value_text(raw)  # type: ignore[arg-type]
        if role == SORT_ROLE:
            return _sort_key(raw)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.message_column, self.STATE):
            return self._message(trial) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QColor(STATE_COLOURS.get(shown_state(trial), NEUTRAL_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == self.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VALUE and trial.state == "running":
            return QColor(NEUTRAL_COLOUR)  # the last epoch's accuracy, not yet the trial's value
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and isinstance(raw, int | float)
            and not isinstance(raw, bool)
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VALUE, self.seconds_column):
            return _RIGHT
        return None


class TrialsTable(QTableView):
    """The trials, sortable by any column (trial number by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trials = TrialsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.trials)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(TrialsModel.TRIAL, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def trial_at(self, row: int) -> TrialFinished:
        """The trial shown in ``row`` of the (sorted) table."""
        return self.trials.trial(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
