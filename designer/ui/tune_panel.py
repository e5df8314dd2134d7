"""The Tune view: a hyperparameter study of the design.

On the left, what to search (the space), how much (the budget) and where the study is kept; on the
right, Start and Stop, the trials as they run, the optimisation history and the knobs' importance.
"Apply best" writes the best trial's values into the design as one undoable edit and adds its run
to the run history, where the Train view lists it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.core.architecture import Architecture
from designer.core.document import Document
from designer.core.errors import DesignerError
from designer.core.metrics_files import read_metrics
from designer.core.runs import EpochMetrics, RunRecord, next_run_id, started_now
from designer.core.search_space import Knob, SearchSpace, apply_values, knob_param
from designer.core.training import TrainingSettings
from designer.engine.folders import default_data_folder
from designer.engine.tuning_events import (
    StudyFinished,
    StudyRequest,
    TrialEpoch,
    TrialFinished,
    TrialStarted,
    TuningEvent,
)
from designer.ui.containers import group_box
from designer.ui.project_files import ProjectFiles
from designer.ui.search_space_table import SearchSpaceTable
from designer.ui.study_form import StudyForm
from designer.ui.style import ERROR_COLOUR, icon
from designer.ui.translation import error_text, translated
from designer.ui.trials_table import TrialsTable
from designer.ui.tune_plots import TunePlots
from designer.ui.tuning_session import StudyQueries, TuningSession

DataSource = Callable[[], tuple[str | None, bool]]


class TunePanel(QWidget):
    """``status_message`` says what is happening, for the window's status bar. ``data_source`` gives
    the data folder and whether to download, as the Train view's data panel says."""

    status_message = Signal(str)

    def __init__(
        self, document: Document, files: ProjectFiles, data_source: DataSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document, self.files, self.data_source = document, files, data_source
        self.session = TuningSession(self)
        self.queries = StudyQueries(self)
        self._build()
        #: The design every trial of the running study starts from.
        self._base: Architecture | None = None
        #: The last epoch's accuracy of each trial, to place pruned trials on the history plot.
        self._last_values: dict[int, float] = {}
        self._trials_pending = 0
        self._importance_asked = self._importance_again = False
        self._stopping = False
        #: What the study's end says, once it has ended.
        self._finished_text = ""

        self.space.changed.connect(self._refresh_start)
        self.form.place_changed.connect(self._ask_stored_trials)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.apply_button.clicked.connect(self.apply_best)
        self.session.event.connect(self._on_session_event)
        self.session.failed.connect(self._on_session_failed)
        self.session.ended.connect(self._on_session_ended)
        self.queries.trials_ready.connect(self._on_queries_trials_ready)
        self.queries.importances_ready.connect(self._on_queries_importances_ready)
        self.queries.failed.connect(self._on_queries_failed)
        document.subscribe(self._on_document_changed)
        self.form.epochs_box.setValue(self._settings().epochs)
        self._ask_stored_trials()
        self._on_document_changed(document.architecture)

    def _build(self) -> None:
        self.dataset_label = QLabel()
        self.dataset_label.setWordWrap(True)
        self.space = SearchSpaceTable()
        self.form = StudyForm(self.files)
        left = QWidget()
        left.setMinimumWidth(440)
        stack = QVBoxLayout(left)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.dataset_label)
        stack.addWidget(group_box(self.tr("Search space"), self.space), 1)
        stack.addWidget(self.form)

        self.start_button = QPushButton(icon("train"), self.tr("Start"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End the running trial and the study; finished trials stay"))
        self.apply_button = QPushButton(self.tr("Apply best"))
        self.progress_label = QLabel()
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.apply_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress_label, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.hide()
        self.table = TrialsTable()
        self.plots = TunePlots()
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.table)
        lower.addWidget(self.plots)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(lower, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        QHBoxLayout(self).addWidget(splitter)
        #: What cannot change while a study runs.
        self.inputs: tuple[QWidget, ...] = (self.space, self.form)
        self._set_running(False)

    # Following the design and the project.

    def _settings(self) -> TrainingSettings:
        return self.document.architecture.training or TrainingSettings()

    def _on_document_changed(self, architecture: Architecture) -> None:
        self.space.set_architecture(architecture)
        self._show_dataset()
        self._refresh_start()

    def _show_dataset(self) -> None:
        data_dir, _ = self.data_source()
        self.dataset_label.setText(
            self.tr("Data set: {dataset} (the Train view's choice), read from {folder}").format(
                dataset=self._settings().dataset, folder=data_dir or default_data_folder()
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        self._show_dataset()  # the Train view's data folder may have changed meanwhile
        super().showEvent(event)

    # Stored trials (resuming) and importances, read on a pool thread.

    def _ask_stored_trials(self) -> None:
        if self.session.running:
            return
        self._trials_pending += 1
        self.queries.ask_trials(self.form.database(), self.form.study_name())

    def _on_queries_trials_ready(self, trials: list[TrialFinished]) -> None:
        self._trials_pending -= 1
        if self._trials_pending or self.session.running:
            return  # a newer question is on its way, or a study has started meanwhile
        self._last_values = {}
        self.table.trials.clear([] if trials else [knob.key for knob in self.space.space().knobs])
        for trial in trials:
            self.table.trials.put(trial)
        self._show_trials()
        self.form.show_stored(len(trials))
        self._ask_importances()

    def _ask_importances(self) -> None:
        complete = sum(trial.state == "complete" for trial in self.table.trials.trials)
        if complete < 2:
            self.plots.set_importances(None, self.tr("Needs 2 complete trials"))
            return
        if self._importance_asked:
            self._importance_again = True
            return
        self._importance_asked = True
        self.queries.ask_importances(self.form.database(), self.form.study_name())

    def _on_queries_importances_ready(self, importances: dict[str, float]) -> None:
        self.plots.setToolTip("")
        self.plots.set_importances(importances, self.tr("Needs 2 knobs or more"))
        self._importance_answered()

    def _on_queries_failed(self, question: str, message: str) -> None:
        if question == "importances":
            self.plots.set_importances(None, self.tr("Cannot rank the knobs"))
            self.plots.setToolTip(message)
            self._importance_answered()
        else:
            self._trials_pending -= 1
            self.form.stored_label.setText(message)

    def _importance_answered(self) -> None:
        self._importance_asked = False
        if self._importance_again:
            self._importance_again = False
            self._ask_importances()

    # The study.

    def _problem(self) -> str | None:
        """Why Start cannot go now, or None."""
        summary = self.document.summary
        if not summary.valid:
            return self.tr("The design cannot train yet: {reason}").format(
                reason=translated(summary.errors[0])
            )
        problems = self.space.problems()
        return translated(problems[0]) if problems else None

    def _refresh_start(self) -> None:
        problem = self._problem()
        self.start_button.setEnabled(not self.session.running and problem is None)
        self.start_button.setToolTip(problem or self.tr("Run the study: train trials of the design"))

    def _set_running(self, running: bool) -> None:
        for widget in self.inputs:
            widget.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self._refresh_start()

    def trial_base(self) -> Architecture:
        """The design as each trial starts from it: trained for the epochs per trial."""
        architecture = self.document.architecture
        settings = self._settings().with_values(epochs=self.form.epochs)
        return dataclasses.replace(architecture, training=settings)

    def start(self) -> None:
        if self.session.running or self._problem() is not None:
            return
        self._base = self.trial_base()
        space = self.space.space()
        data_dir, download = self.data_source()
        form = self.form
        request = StudyRequest(
            self._base,
            space,
            "",  # the worker makes the SQLite URL of the form's database
            form.study_name(),
            form.runs_folder(),
            form.trials,
            form.timeout,
            form.sampler,
            form.pruner,
            form.seed,
            data_dir,
            download,
        )
        if self.table.trials.trials:  # the study resumes: its trials stay
            self.table.trials.add_keys(knob.key for knob in space.knobs)
        else:
            self.table.trials.clear([knob.key for knob in space.knobs])
        self._show_message("")
        self._stopping, self._finished_text = False, ""
        self.session.start(request, form.database())
        self._set_running(True)
        self.progress_label.setText(self.tr("Loading the data set..."))
        text = self.tr('Study "{study}": trials train a snapshot of the design')
        self.status_message.emit(text.format(study=self.form.study_name()))

    def stop(self) -> None:
        if self.session.running:
            self._stopping = True
            self.session.stop()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping: the running trial ends now..."))

    def _on_session_event(self, event: TuningEvent) -> None:
        model = self.table.trials
        if isinstance(event, TrialStarted):
            model.start(event)
            if not self._stopping:
                self.progress_label.setText(self.tr("Trial {number} running").format(number=event.number))
        elif isinstance(event, TrialEpoch):
            model.epoch(event)
            self._last_values[event.number] = event.validation_accuracy
        elif isinstance(event, TrialFinished):
            model.finish(event)
            self._show_trials()
            if event.state == "complete":
                self._ask_importances()
        elif isinstance(event, StudyFinished):
            self._finish(event)

    def _finish(self, result: StudyFinished) -> None:
        reasons = {
            "completed": self.tr("completed"),
            "stopped": self.tr("stopped"),
            "timeout": self.tr("reached its time limit"),
            "failed": self.tr("failed"),
        }
        text = self.tr('Study "{study}" {reason} after {trials} trials').format(
            study=self.form.study_name(),
            reason=reasons.get(result.reason, result.reason),
            trials=result.trials,
        )
        if result.best_number is not None and result.best_value is not None:
            text += self.tr("; best: trial {number}, {value:.1%}").format(
                number=result.best_number, value=result.best_value
            )
        if result.reason == "failed":
            self._show_message(
                self.tr("{study}: {message}").format(study=text, message=translated(result.message))
            )
        self._finished_text = text
        self.progress_label.setText(text)
        self.status_message.emit(text)
        self._ask_importances()

    def _on_session_failed(self, message: str) -> None:
        self._show_message(message)
        self.status_message.emit(message)

    def _on_session_ended(self) -> None:
        self.table.trials.abandon_running()
        self._show_trials()
        self.form.show_stored(len(self.table.trials.trials))
        self._set_running(False)
        self.progress_label.setText(self._finished_text or self.tr("Study ended"))
        self._stopping = False

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_trials(self) -> None:
        self.plots.set_trials(self.table.trials.trials, self._last_values)
        best = self.table.trials.best()
        self.apply_button.setEnabled(best is not None)
        if best is None:
            self.apply_button.setText(self.tr("Apply best"))
            self.apply_button.setToolTip(self.tr("No trial has completed yet"))
            return
        self.apply_button.setText(
            self.tr("Apply best (trial {number}, {value:.1%})").format(number=best.number, value=best.value)
        )
        self.apply_button.setToolTip(
            self.tr("Write the trial's settings and layer sizes into the design; Undo takes them back")
        )

    # Applying the best trial.

    def apply_best(self) -> None:
        best = self.table.trials.best()
        if best is None:
            return
        architecture = self.document.architecture
        knobs = []
        for key in best.params:
            layer, _, param = key.rpartition(".")
            knob = Knob(param, layer)
            try:
                knob_param(knob, architecture)
            except KeyError as error:  # the knob's layer or parameter is gone: its phrase says which
                self._show_message(
                    self.tr("Cannot apply trial {number}: {reason}").format(
                        number=best.number, reason=error_text(error)
                    )
                )
                return
            knobs.append(knob)
        space = SearchSpace(tuple(knobs))
        self.document.apply(
            self.tr("Apply best trial {number}").format(number=best.number),
            apply_values(architecture, space, best.params),
        )
        self._show_message("")
        self._add_run(best, apply_values(self._base or self.trial_base(), space, best.params))
        self.form.name_next_study()  # the design changed: searching it further is another study
        self.status_message.emit(
            self.tr("Applied trial {number} to the design ({value:.1%})").format(
                number=best.number, value=best.value
            )
        )

    def _add_run(self, trial: TrialFinished, architecture: Architecture) -> None:
        """The trial's run joins the run history, once."""
        folder = str(trial.folder) if trial.folder is not None else None
        if folder is not None and any(run.folder == folder for run in self.files.runs):
            return
        run = trial.run
        if run is not None:
            epochs = tuple(EpochMetrics.of(ended) for ended in run.history)
        else:
            try:
                epochs = read_metrics(folder) if folder is not None else ()
            except (DesignerError, OSError):
                epochs = ()
        test = run.test if run is not None else None
        origin = self.tr('Trial {number} of study "{study}"')
        record = RunRecord(
            next_run_id(known.id for known in self.files.runs),
            started_now(),
            architecture,
            architecture.training or TrainingSettings(),
            epochs,
            run.reason if run is not None else "completed",
            origin.format(number=trial.number, study=self.form.study_name()),
            None if test is None else test.accuracy,
            None if test is None else test.loss,
            folder,
        )
        self.files.set_runs([*self.files.runs, record])

    def shutdown(self) -> bool:
        """Stop a study and join its threads; True when nothing is left running."""
        stopped = self.session.shutdown()
        return self.queries.shutdown() and stopped
