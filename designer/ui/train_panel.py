"""The Train view: data set, settings and estimate on the left; controls, live curves, run
history and layer health on the right.

A run trains a snapshot of the design taken when it starts, so the design stays editable;
settings that cannot change mid-run are locked until it ends.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.core.architecture import Architecture
from designer.core.document import Document
from designer.core.runs import EpochMetrics, RunRecord, next_run_id, started_now
from designer.core.training import TrainingSettings
from designer.engine.events import BatchProgress, EpochEnded, Event, RunFinished, RunStarted
from designer.engine.folders import cache_folder
from designer.ui.containers import group_box, scrolled
from designer.ui.dataset_panel import DatasetPanel
from designer.ui.layer_health_view import LayerHealthView
from designer.ui.project_files import ProjectFiles
from designer.ui.run_estimate import RunEstimate
from designer.ui.runs_table import RunsTable
from designer.ui.style import ERROR_COLOUR
from designer.ui.train_controls import TrainControls
from designer.ui.train_settings_form import TrainSettingsForm
from designer.ui.training_plots import TrainingPlots
from designer.ui.training_session import RunRequest, TrainingSession
from designer.ui.translation import translated

#: The progress bars redraw at most this often while a run reports (5 times a second)...
FRAME_MS = 200
#: ...and the curves every this many frames. Drawing competes with training for the CPU and
#: Python's GIL: a redraw of the plots costs the GUI thread ~20 ms, and on a 2-core machine
#: each ms of it stalls both of torch's threads, so the curves refresh about once a second.
PLOT_FRAMES = 5


class TrainPanel(QWidget):
    """``status_message`` says what is happening, for the window's status bar."""

    status_message = Signal(str)
    #: A run has started: its record so far (id, architecture, settings, folder).
    run_began = Signal(object)

    def __init__(self, document: Document, files: ProjectFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.files = document, files
        self.session = TrainingSession(self)
        self.dataset = DatasetPanel()
        self.form = TrainSettingsForm()
        self.estimate = RunEstimate()
        self.controls = TrainControls()
        self.plots = TrainingPlots()
        self.health = LayerHealthView()
        self.runs = RunsTable()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.inputs = inputs = QTabWidget()
        inputs.addTab(scrolled(self.dataset, across=False), self.tr("Data"))
        inputs.addTab(scrolled(self.form, across=False), self.tr("Settings"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(inputs, 1)
        column.addWidget(group_box(self.tr("Estimate"), self.estimate))
        left.setMinimumWidth(400)
        self.details = tabs = QTabWidget()
        tabs.addTab(self.runs, self.tr("Runs"))
        tabs.addTab(self.health, self.tr("Layer health"))
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.plots)
        lower.addWidget(tabs)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        right = QWidget()
        stack = QVBoxLayout(right)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.controls)
        stack.addWidget(self.message)
        stack.addWidget(lower, 1)
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

        self._latest: BatchProgress | None = None
        self._unplotted: list[BatchProgress] = []
        self._frames = 0
        self._epochs = 0
        self._started: RunRecord | None = None
        #: The test sample a run's snapshots follow: the one the Inspect view shows, when it has one.
        self.pinned_sample = 0
        self._history: list[EpochMetrics] = []
        self.frame = QTimer(self)
        self.frame.setInterval(FRAME_MS)
        self.frame.timeout.connect(self._on_frame_timeout)

        self.form.settings_edited.connect(self._on_form_settings_edited)
        self.dataset.dataset_changed.connect(self._on_dataset_dataset_changed)
        self.dataset.preview_ready.connect(self._refresh_estimate)
        self.controls.start_clicked.connect(self.start)
        self.controls.pause_clicked.connect(self._on_controls_pause_clicked)
        self.controls.resume_clicked.connect(self._on_controls_resume_clicked)
        self.controls.stop_clicked.connect(self._on_controls_stop_clicked)
        self.controls.continue_clicked.connect(self._on_controls_continue_clicked)
        self.session.event.connect(self._on_session_event)
        self.session.status.connect(self._on_session_status)
        self.session.failed.connect(self._on_session_failed)
        self.session.ended.connect(self._on_session_ended)
        self.runs.selection_changed.connect(self._on_runs_selection_changed)
        self.runs.delete_requested.connect(self._on_runs_delete_requested)
        files.runs_changed.connect(self._on_files_runs_changed)
        document.subscribe(self._on_document_changed)
        self._on_document_changed(document.architecture)
        self._on_files_runs_changed()

    @property
    def running_record(self) -> RunRecord | None:
        """The run in progress (as recorded at its start), if any."""
        return self._started

    # Following the design.
    def settings(self) -> TrainingSettings:
        return self.document.architecture.training or TrainingSettings()

    def _on_document_changed(self, architecture: Architecture) -> None:
        settings = self.settings()
        self.form.set_settings(settings)
        shape = architecture.input.shape
        self.dataset.set_input_shape((shape[0], shape[1], shape[2]))
        if self.dataset.dataset != settings.dataset:
            self.dataset.set_dataset(settings.dataset)
        self.dataset.set_augmentation(settings)
        self._refresh_estimate()

    def _refresh_estimate(self) -> None:
        preview = self.dataset.preview()
        images = preview.train_count if preview is not None else 0
        self.estimate.set_run(self.document.architecture, self.document.summary, self.settings(), images)

    def _on_form_settings_edited(self, settings: TrainingSettings) -> None:
        self.document.set_training(settings)

    def _on_dataset_dataset_changed(self, name: str) -> None:
        self.document.set_training(self.settings().with_values(dataset=name))

    # Runs.
    def _run_folder(self, run_id: str) -> Path:
        """Beside a saved project, in ``<name> runs``; otherwise in the cache folder."""
        name = run_id.replace(" ", "_")
        if self.files.path is not None:
            return self.files.path.with_name(f"{self.files.path.stem} runs") / name
        return cache_folder() / "runs" / f"{datetime.now():%Y%m%d-%H%M%S}-{name}"

    def start(self, resume: RunRecord | None = None) -> None:
        """Train a snapshot of the design; with ``resume``, continue that stopped run."""
        if self.session.running:
            return
        summary = self.document.summary
        if not summary.valid and resume is None:
            self._show_message(
                self.tr("The design cannot train yet: {reason}").format(reason=translated(summary.errors[0]))
            )
            return
        if resume is None:
            architecture, settings = self.document.architecture, self.settings()
            run_id = next_run_id(run.id for run in self.files.runs)
            folder = self._run_folder(run_id)
        else:
            architecture, settings, run_id = resume.architecture, resume.settings, resume.id
            folder = Path(resume.folder or "")
        self._started = RunRecord(run_id, started_now(), architecture, settings, folder=str(folder))
        self._history = list(resume.epochs) if resume else []
        self._epochs = settings.epochs
        request = RunRequest(
            architecture,
            settings,
            folder,
            self.dataset.data_dir,
            self.dataset.download,
            resume is not None,
            self.pinned_sample,
        )
        self._show_message("")
        self.controls.set_state("loading")
        self.controls.reset(settings.epochs)
        self._lock(True)
        self.health.clear()
        self.plots.start_run(run_id, settings.epochs)
        if resume is not None:
            self.plots.show_history(resume.epochs)
        self.session.start(request)
        self.run_began.emit(self._started)
        self.status_message.emit(
            self.tr("Training {run} on a snapshot of the design; edits apply to the next run").format(
                run=run_id
            )
        )

    def _lock(self, running: bool) -> None:
        self.form.setEnabled(not running)
        self.dataset.set_enabled_for_training(not running)
        self.estimate.setEnabled(not running)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setVisible(bool(text))

    def _on_session_status(self, message: str, fraction: float | None) -> None:
        self.controls.show_loading(message, fraction)

    def _on_session_event(self, event: Event) -> None:
        if isinstance(event, BatchProgress):
            self._latest = event  # drawn on the next frame, with whatever else came in meanwhile
            self._unplotted.append(event)
            if not self.frame.isActive():
                self.frame.start()
        elif isinstance(event, RunStarted):
            self.controls.set_state("running")
            for note in event.notes:
                self.status_message.emit(note)
        elif isinstance(event, EpochEnded):
            self._draw(plot=True)
            self.plots.add_epoch(event)
            self._history.append(EpochMetrics.of(event))
            self.health.update_health(event.epoch, event.health)
            warnings = self.health.warnings()
            if warnings:
                self.status_message.emit(warnings[0])
        elif isinstance(event, RunFinished):
            self._finish(event)

    def _on_frame_timeout(self) -> None:
        self._frames += 1
        if self._latest is None and not self._unplotted:
            self.frame.stop()
            return
        self._draw(plot=self._frames % PLOT_FRAMES == 0)

    def _draw(self, plot: bool) -> None:
        if plot and self._unplotted:
            self.plots.add_batches(self._unplotted)
            self._unplotted = []
        progress, self._latest = self._latest, None
        if progress is None:
            return
        self.controls.show_progress(
            progress.epoch, self._epochs, progress.batch, progress.batches,
            progress.images_per_second, progress.eta_seconds,
        )  # fmt: skip

    def _finish(self, result: RunFinished) -> None:
        self._draw(plot=True)
        started = self._started
        if started is None:
            return
        test = result.test
        record = RunRecord(
            started.id,
            started.started,
            started.architecture,
            started.settings,
            tuple(self._history),
            result.reason,
            result.message,
            None if test is None else test.accuracy,
            None if test is None else test.loss,
            started.folder,
        )
        runs = [run for run in self.files.runs if run.id != record.id] + [record]
        self.files.set_runs(runs)
        if test is not None:
            text = self.tr("{run} {reason}: test accuracy {accuracy:.2%}").format(
                run=record.id, reason=self.runs.model.reason_text(result.reason), accuracy=test.accuracy
            )
        else:
            text = self.tr("{run} {reason}: {message}").format(
                run=record.id,
                reason=self.runs.model.reason_text(result.reason),
                message=translated(result.message),
            )
        if result.reason in ("failed", "diverged"):
            self._show_message(text)
        self.status_message.emit(text)

    def _on_session_failed(self, message: str) -> None:
        self._show_message(message)
        self.status_message.emit(message)

    def _on_session_ended(self) -> None:
        self._started = None
        self.controls.set_state("idle")
        self._lock(False)
        self._on_runs_selection_changed(self.runs.selected_runs())

    def _on_controls_pause_clicked(self) -> None:
        self.session.pause()
        self.controls.set_state("paused")
        self.status_message.emit(self.tr("Paused"))

    def _on_controls_resume_clicked(self) -> None:
        self.session.resume()
        self.controls.set_state("running")

    def _on_controls_stop_clicked(self) -> None:
        self.session.stop()
        self.controls.set_state("stopping")
        self.status_message.emit(self.tr("Stopping after the current batch..."))

    def _on_controls_continue_clicked(self) -> None:
        selected = self.runs.selected_runs()
        if len(selected) == 1:
            self.start(resume=selected[0])

    def _on_files_runs_changed(self) -> None:
        self.runs.set_runs(self.files.runs)

    def _on_runs_selection_changed(self, runs: list[RunRecord]) -> None:
        resumable = (
            len(runs) == 1
            and runs[0].reason == "stopped"
            and runs[0].folder is not None
            and (Path(runs[0].folder) / "last.pt").exists()
        )
        self.controls.set_can_continue(resumable)
        if self.session.running:
            self.plots.set_comparison([(run.id, run.epochs) for run in runs])
            return
        if runs and runs[-1].id != self.plots.run_label:  # the run on show keeps its batch curves
            self.plots.start_run(runs[-1].id, runs[-1].settings.epochs)
            self.plots.show_history(runs[-1].epochs)
        self.plots.set_comparison([(run.id, run.epochs) for run in runs[:-1]])

    def _on_runs_delete_requested(self, ids: list[str]) -> None:
        self.files.set_runs([run for run in self.files.runs if run.id not in ids])

    def shutdown(self) -> bool:
        """Stop a run and join its thread; True when nothing is left running."""
        self.dataset.shutdown()
        self.estimate.shutdown()
        return self.session.shutdown()
