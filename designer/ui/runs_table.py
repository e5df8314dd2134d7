"""The run history: one row per training run, and below it what the selected runs changed.

Rows run newest first, so the run that just finished sits at the top, where the eye is, and
older runs sink below.  Comparisons still read in the order the runs were trained: the
earliest selected run is the reference the others are described against.
"""

from __future__ import annotations

import math
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QDesktopServices, QIcon, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.core.atomic import write_atomic
from designer.core.metrics_files import metrics_csv, metrics_json
from designer.core.phrases import phrase
from designer.core.runs import Difference, EpochMetrics, RunRecord, differences, started_now
from designer.ui.messages import write_failure
from designer.ui.style import ERROR_COLOUR, GROUP_COLOURS, NEUTRAL_COLOUR, WARNING_COLOUR
from designer.ui.translation import translated

Index = QModelIndex | QPersistentModelIndex

#: The colour of each way a run can end: green for a run that ended as it should.
REASON_COLOURS = {
    "completed": GROUP_COLOURS["Pooling"],
    "early_stopped": GROUP_COLOURS["Pooling"],
    "stopped": NEUTRAL_COLOUR,
    "diverged": WARNING_COLOUR,
    "failed": ERROR_COLOUR,
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@cache
def _mark(colour: str) -> QIcon:
    """A dot of ``colour`` with a light rim, so it stands out on the selection colour too."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(255, 255, 255, 200))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0.5, 0.5, 11, 11))
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not tinted by the selection
    return icon


def _percent(value: float | None) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.1%}"


def _local_time(started: str) -> QDateTime:
    return QDateTime.fromString(started, Qt.DateFormat.ISODate).toLocalTime()


class RunsModel(QAbstractTableModel):
    """The runs, newest first; :meth:`run` gives the record of a row."""

    COLUMNS = (
        phrase("Run"),
        phrase("Started"),
        phrase("Data set"),
        phrase("Epochs"),
        phrase("Duration"),
        phrase("Best val. acc."),
        phrase("Test acc."),
        phrase("Result"),
    )
    RUN, STARTED, DATASET, EPOCHS, DURATION, BEST, TEST, RESULT = range(8)
    NUMBERS = (EPOCHS, DURATION, BEST, TEST)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunRecord] = []

    def set_runs(self, runs: Sequence[RunRecord]) -> None:
        """Newer runs added at the end of ``runs`` become new top rows; any other change resets."""
        newest_first = list(reversed(runs))
        added = len(newest_first) - len(self.runs)
        if added > 0 and [run.id for run in newest_first[added:]] == [run.id for run in self.runs]:
            self.beginInsertRows(QModelIndex(), 0, added - 1)
            self.runs = newest_first
            self.endInsertRows()
        elif [run.id for run in newest_first] == [run.id for run in self.runs]:
            self.runs = newest_first
            if self.runs:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.runs) - 1, len(self.COLUMNS) - 1))
        else:
            self.beginResetModel()
            self.runs = newest_first
            self.endResetModel()

    def run(self, row: int) -> RunRecord:
        return self.runs[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translated(self.COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                self.EPOCHS: self.tr("Epochs done / epochs set"),
                self.DURATION: self.tr("Time spent training, not counting validation and testing"),
                self.BEST: self.tr("Best validation accuracy of any epoch"),
                self.TEST: self.tr("Accuracy on the test set, measured once training ended"),
            }
            return tips.get(section)
        return None

    def reason_text(self, reason: str) -> str:
        texts = {
            "completed": self.tr("completed"),
            "early_stopped": self.tr("stopped early"),
            "stopped": self.tr("stopped"),
            "diverged": self.tr("diverged"),
            "failed": self.tr("failed"),
        }
        return texts.get(reason, reason)

    def duration_text(self, seconds: float) -> str:
        whole = round(seconds)
        if whole < 60:
            return self.tr("{seconds} s").format(seconds=whole)
        if whole < 3600:
            return self.tr("{minutes} min {seconds:02d} s").format(minutes=whole // 60, seconds=whole % 60)
        return self.tr("{hours} h {minutes:02d} min").format(hours=whole // 3600, minutes=whole % 3600 // 60)

    def started_text(self, started: str) -> str:
        """The time alone for a run of today, the short date and time otherwise."""
        moment = _local_time(started)
        if moment.date() == QDateTime.currentDateTime().date():
            return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def _display(self, run: RunRecord, column: int) -> str:
        if column == self.RUN:
            return run.id
        if column == self.STARTED:
            return self.started_text(run.started)
        if column == self.DATASET:
            return Path(run.dataset).name or run.dataset
        if column == self.EPOCHS:
            return f"{len(run.epochs)} / {run.settings.epochs}"
        if column == self.BEST:
            return _percent(run.best_validation_accuracy)
        if column == self.TEST:
            return _percent(run.test_accuracy)
        if column == self.DURATION:
            return self.duration_text(run.duration_seconds)
        return self.reason_text(run.reason)

    def _tooltip(self, run: RunRecord, column: int) -> str | None:
        if column == self.RUN:
            return run.folder
        if column == self.STARTED:
            return QLocale().toString(_local_time(run.started), QLocale.FormatType.LongFormat)
        if column == self.DATASET:
            return run.dataset
        if column == self.RESULT:
            return translated(run.message) or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        run, column = self.runs[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(run, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(run, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.RESULT:
            return _mark(REASON_COLOURS.get(run.reason, NEUTRAL_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return _RIGHT
        return None


def difference_text(line: Difference) -> str:
    """A line of :func:`designer.core.runs.differences`, translated, without the run it is about."""
    return translated(line.text)


class RunsTable(QWidget):
    """The runs of a project; ``selection_changed`` sends the selected records, oldest first,
    ``delete_requested`` the ids of runs the user chose to delete (and confirmed)."""

    selection_changed = Signal(list)
    delete_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RunsModel(self)
        self._order: dict[str, int] = {}
        self._selected: list[str] = []
        self._updating = False
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.ask_to_delete)
        self.table.addAction(self.delete_action)

        self.empty_hint = QLabel(
            self.tr("No training runs yet.\nEvery run you train is kept here, so you can compare them.")
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(
            self.tr("Select a run to see how it went, or several to compare them.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_runs(())

    # API.
    def set_runs(self, runs: Sequence[RunRecord]) -> None:
        """Show ``runs`` (oldest first, as the project keeps them), keeping the selection by id."""
        self._order = {run.id: i for i, run in enumerate(runs)}
        self._updating = True
        try:
            self.model.set_runs(runs)
            self.select_runs(self._selected)
        finally:
            self._updating = False
        self.stack.setCurrentIndex(1 if runs else 0)
        self._update_selection()

    def selected_runs(self) -> list[RunRecord]:
        rows = self.table.selectionModel().selectedRows()
        runs = [self.model.run(index.row()) for index in rows]
        return sorted(runs, key=lambda run: self._order[run.id])

    def select_runs(self, ids: Sequence[str]) -> None:
        """Select the runs named by ``ids`` (and no others)."""
        chosen = QItemSelection()
        for row, run in enumerate(self.model.runs):
            if run.id in ids:
                chosen.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def ask_to_delete(self) -> None:
        """Confirm, then ask (by ``delete_requested``) for the selected runs to be deleted."""
        ids = [run.id for run in self.selected_runs()]
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete runs"),
            self.tr("Delete {runs} from the project's run history?").format(runs=", ".join(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(ids)

    def selected_folder(self) -> str | None:
        """The run folder of the one selected run, when it is still on disk."""
        runs = self.selected_runs()
        folder = runs[0].folder if len(runs) == 1 else None
        return folder if folder and Path(folder).is_dir() else None

    def open_folder(self) -> None:
        folder = self.selected_folder()
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def ask_to_export_metrics(self) -> None:
        """Ask where, then save the one selected run's metrics as CSV or JSON (by the file's suffix)."""
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in runs[0].id)
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export metrics"),
            f"{stem}-metrics.csv",
            self.tr("CSV files (*.csv);;JSON files (*.json)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".json"):
            target = target.with_name(target.name + (".json" if "json" in chosen else ".csv"))
        try:
            export_metrics(runs[0], target)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not save"), write_failure(target, error))

    # Text below the table.
    def summary_text(self, run: RunRecord) -> str:
        lines = [
            self.tr("{run}: {reason} after {epochs} of {planned} epochs on {dataset}, in {duration}.").format(
                run=run.id,
                reason=self.model.reason_text(run.reason),
                epochs=len(run.epochs),
                planned=run.settings.epochs,
                dataset=run.dataset,
                duration=self.model.duration_text(run.duration_seconds),
            )
        ]
        best = _percent(run.best_validation_accuracy)
        if run.test_accuracy is None:
            lines.append(self.tr("Best validation accuracy {best}; not tested.").format(best=best))
        else:
            lines.append(
                self.tr("Best validation accuracy {best}, test accuracy {test}.").format(
                    best=best, test=_percent(run.test_accuracy)
                )
            )
        return "\n".join([*lines, translated(run.message)] if run.message else lines)

    def details_text(self, runs: Sequence[RunRecord]) -> str:
        """One run's summary, or what the later runs changed; with three or more, grouped by run."""
        if len(runs) < 2:
            return self.summary_text(runs[0]) if runs else ""
        found = differences(runs)
        if not found:
            return self.tr("Same design and training settings as {run}.").format(run=runs[0].id)
        lines = [self.tr("Compared with {run}:").format(run=runs[0].id)]
        for i, line in enumerate(found):
            if line.run and (i == 0 or found[i - 1].run != line.run):
                lines.append(self.tr("{run}:").format(run=line.run))
            lines.append(("    • " if line.run else "• ") + difference_text(line))
        return "\n".join(lines)

    # Reactions.
    def _update_selection(self) -> None:
        runs = self.selected_runs()
        self.details.setPlainText(self.details_text(runs))
        ids = [run.id for run in runs]
        self.delete_action.setEnabled(bool(ids))
        if ids != self._selected:
            self._selected = ids
            self.selection_changed.emit(runs)

    def _on_table_selection_changed(self) -> None:
        if not self._updating:
            self._update_selection()

    def _on_table_context_menu_requested(self, position: QPoint) -> None:
        runs = self.selected_runs()
        if not runs:
            return
        menu = QMenu(self)
        delete = menu.addAction(
            self.tr("Delete run")
            if len(runs) == 1
            else self.tr("Delete {count} runs").format(count=len(runs))
        )
        delete.triggered.connect(self.ask_to_delete)
        folder = menu.addAction(self.tr("Open run folder"))
        folder.setEnabled(self.selected_folder() is not None)
        folder.triggered.connect(self.open_folder)
        metrics = menu.addAction(self.tr("Export metrics (CSV or JSON)..."))
        metrics.setEnabled(len(runs) == 1)
        metrics.triggered.connect(self.ask_to_export_metrics)
        menu.exec(self.table.viewport().mapToGlobal(position))


def export_metrics(run: RunRecord, path: Path) -> None:
    """``run``'s epochs as JSON when ``path`` ends in .json, else as CSV, in the run folder's format."""
    text = metrics_json(run.epochs) if path.suffix.lower() == ".json" else metrics_csv(run.epochs)
    write_atomic(path, text.encode("utf-8"))


def sample_runs() -> tuple[RunRecord, ...]:
    """Three runs of LeNet-5 for previews: a baseline, a wider net with a lower rate, a diverged one."""
    from designer.core.presets import load_preset
    from designer.core.training import TrainingSettings

    def epochs(count: int, speed: float) -> tuple[EpochMetrics, ...]:
        return tuple(
            EpochMetrics(n, 0.5 / n, 1 - 0.3 / n, 0.55 / n, 0.98 - 0.35 / n**1.3, 1e-3, 6.5, speed)
            for n in range(1, count + 1)
        )

    lenet = load_preset("lenet5")
    settings = TrainingSettings().with_values(epochs=10)
    start = "2025-03-01T14:05:09+01:00"
    baseline = RunRecord("run 1", start, lenet, settings, epochs(10, 8200.0), test_accuracy=0.9712)
    wider = replace(
        baseline,
        id="run 2",
        started="2025-03-01T14:21:40+01:00",
        architecture=replace(lenet, layers=(lenet.layers[0].with_params(filters=16), *lenet.layers[1:])),
        settings=settings.with_values(learning_rate=3e-4),
        epochs=epochs(7, 6900.0),
        reason="early_stopped",
        message="No better validation accuracy for 3 epochs.",
        test_accuracy=0.9786,
    )
    diverged = replace(
        wider,
        id="run 3",
        started=started_now(),
        settings=settings.with_values(learning_rate=0.5, optimizer="sgd"),
        epochs=epochs(2, 7100.0),
        reason="diverged",
        message="The loss became nan; try a learning rate of 0.05.",
        test_accuracy=None,
        folder=tempfile.gettempdir(),
    )
    return baseline, wider, diverged


def _preview() -> None:
    """Three runs, the first two selected."""
    app = QApplication(sys.argv)
    table = RunsTable()
    table.set_runs(sample_runs())
    table.select_runs(["run 1", "run 2"])
    table.setWindowTitle(table.tr("Runs"))
    table.resize(700, 300)
    table.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    _preview()
