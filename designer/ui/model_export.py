"""File > Export Trained Model: a run's model written in any export format, on a pool thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from designer.core.export_formats import EXPORT_FORMATS, ExportFormat
from designer.core.runs import RunRecord, holds_model
from designer.ui.engine_imports import engine_imports
from designer.ui.messages import write_failure
from designer.ui.training_session import readable
from designer.ui.translation import translated


def exportable_runs(runs: list[RunRecord]) -> list[RunRecord]:
    """The runs whose folder still holds a model, newest first."""
    return [run for run in reversed(runs) if holds_model(run.folder)]


def format_filter(form: ExportFormat) -> str:
    title = translated(form.title)
    return f"{title} (*{form.suffix})"


class _Signals(QObject):
    done = Signal(list)  # the files written, the one asked for first
    failed = Signal(str)


class _Export(QRunnable):
    def __init__(self, folder: str, form: str, target: Path, signals: _Signals) -> None:
        super().__init__()
        self.folder, self.form, self.target, self.signals = folder, form, target, signals

    def run(self) -> None:
        try:
            with engine_imports():
                from designer.engine.bundle import load_bundle
                from designer.engine.export import export_model
            written = export_model(load_bundle(self.folder), self.form, self.target)
        except OSError as error:
            self.signals.failed.emit(write_failure(self.target, error))
            return
        except Exception as error:  # the window says why and goes on
            self.signals.failed.emit(readable(error))
            return
        self.signals.done.emit([str(path) for path in written])


class ModelExport(QObject):
    """Asks which run and where, then exports; ``done`` and ``failed`` say how it went."""

    done = Signal(list)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.signals = _Signals(self)
        self.signals.done.connect(self.done)
        self.signals.failed.connect(self.failed)

    def ask(self, runs: list[RunRecord]) -> None:
        candidates = exportable_runs(runs)
        if not candidates:
            QMessageBox.information(
                self.window,
                self.tr("Export Trained Model"),
                self.tr("There is no trained model to export yet: train the design first (Train tab)."),
            )
            return
        run = candidates[0]
        if len(candidates) > 1:
            labels = [self._label(candidate) for candidate in candidates]
            chosen, ok = QInputDialog.getItem(
                self.window, self.tr("Export Trained Model"), self.tr("Which run's model?"), labels, 0, False
            )
            if not ok:
                return
            run = candidates[labels.index(chosen)]
        filters = [format_filter(form) for form in EXPORT_FORMATS]
        name = (run.architecture.name or "model").replace(" ", "_")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export {run}").format(run=run.id), name, ";;".join(filters)
        )
        if not path:
            return
        form = EXPORT_FORMATS[filters.index(chosen_filter)] if chosen_filter in filters else EXPORT_FORMATS[0]
        target = Path(path)
        if target.suffix != form.suffix:
            target = target.with_name(target.name + form.suffix)
        self.start(run, form.name, target)

    def _label(self, run: RunRecord) -> str:
        if run.test_accuracy is None:
            return self.tr("{run}: {reason}").format(run=run.id, reason=run.reason)
        return self.tr("{run}: test accuracy {accuracy:.2%}").format(run=run.id, accuracy=run.test_accuracy)

    def start(self, run: RunRecord, form: str, target: Path) -> None:
        """Export ``run``'s model as ``form`` to ``target`` on a pool thread."""
        QThreadPool.globalInstance().start(_Export(run.folder or "", form, target, self.signals))
