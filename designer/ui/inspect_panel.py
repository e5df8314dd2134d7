"""The Inspect view: what a network makes of a sample, its kernels, its test-set mistakes.

Weights come from a fresh initialisation, from the run in progress (following it live, about
once a second while the view is shown) or from a run's checkpoint. A timeline scrubs through the
epoch snapshots a run kept. All forward passes run on the inspect worker's copy of the weights.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.core.architecture import Architecture
from designer.core.document import Document
from designer.core.runs import RunRecord
from designer.core.training import TrainingSettings
from designer.engine.events import EpochSnapshot, Event, RunFinished, WeightsShared
from designer.ui.containers import group_box
from designer.ui.convolution_playground import ConvolutionPlayground
from designer.ui.evaluation_view import EvaluationView
from designer.ui.feature_maps_view import FeatureMapsView
from designer.ui.heat_map_overlay import HeatMapOverlay
from designer.ui.inspect_worker import DataRequest, InspectSession, SampleRequest, WeightsRequest
from designer.ui.kernel_grid import KernelGrid
from designer.ui.probability_chart import ProbabilityChart
from designer.ui.project_files import ProjectFiles
from designer.ui.sample_picker import SamplePicker
from designer.ui.style import ERROR_COLOUR

if TYPE_CHECKING:
    from designer.engine.evaluation import TestPredictions
    from designer.engine.inspect_data import InspectData
    from designer.engine.inspection import SampleReport

#: Live weights are inspected at most this often (ms) while a run trains.
LIVE_MS = 1000


@dataclass(frozen=True)
class WeightsSource:
    """Where the inspected weights come from."""

    kind: Literal["fresh", "live", "run"]
    architecture: Architecture
    settings: TrainingSettings
    run_id: str = ""
    checkpoint: Path | None = None
    folder: str = ""


class InspectPanel(QWidget):
    """``status_message`` says what is happening, for the window's status bar."""

    status_message = Signal(str)
    #: A sample's inspection is on show.
    sample_shown = Signal()

    def __init__(
        self,
        document: Document,
        files: ProjectFiles,
        data_source: Callable[[], tuple[str | None, bool]] = lambda: (None, True),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.files = document, files
        #: The torchvision data folder and whether to download, as the Train view has them.
        self.data_source = data_source
        self.session = InspectSession(self)
        self.worker = self.session.worker
        self.data: InspectData | None = None
        self.report: SampleReport | None = None
        self.predictions: TestPredictions | None = None
        self.sources: list[WeightsSource] = []
        self.source: WeightsSource | None = None
        self.snapshots: list[EpochSnapshot] = []
        self.live_run: RunRecord | None = None
        self.live_snapshots: list[EpochSnapshot] = []
        self._data_key: DataRequest | None = None
        self._sample_number = 0
        self._evaluation_number = 0
        self._evaluation_stale = True
        self._pending_live: WeightsShared | None = None
        #: What is wrong now, by what it is wrong with ("data", "weights", "sample").
        self._problems: dict[str, str] = {}

        self.weights_box = QComboBox()
        self.weights_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.weights_box.activated.connect(self._on_weights_box_activated)
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setPageStep(1)
        self.timeline.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.timeline.valueChanged.connect(self._on_timeline_value_changed)
        self.timeline_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.hide()

        self.picker = SamplePicker()
        self.picker.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.picker.chosen.connect(self._on_picker_chosen)
        self.overlay = HeatMapOverlay()
        self.overlay.setMinimumSize(120, 120)
        self.overlay.setMaximumHeight(170)
        self.heat_box = QComboBox()
        self.heat_box.setToolTip(self.tr("The class whose evidence the heat map shows (Grad-CAM)"))
        self.heat_box.activated.connect(self._on_heat_box_activated)
        self.heat_shown = QCheckBox(self.tr("Heat map"))
        self.heat_shown.setChecked(True)
        self.heat_shown.toggled.connect(self._show_picture)
        self.prediction_label = QLabel()
        self.prediction_label.setWordWrap(True)
        self.chart = ProbabilityChart()
        self.chart.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        heat_row = QWidget()
        row = QHBoxLayout(heat_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heat_shown)
        row.addWidget(self.heat_box, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(group_box(self.tr("Sample"), self.picker))
        column.addWidget(
            group_box(self.tr("Prediction"), self.overlay, heat_row, self.prediction_label, self.chart), 1
        )
        left.setMinimumWidth(330)
        left.setMaximumWidth(460)

        self.maps = FeatureMapsView()
        self.kernel_layer = QComboBox()
        self.kernel_layer.activated.connect(self._show_kernels)
        self.kernel_note = QLabel()
        self.kernel_note.setWordWrap(True)
        self.kernels = KernelGrid()
        kernel_scroll = QScrollArea()
        kernel_scroll.setWidget(self.kernels)
        kernel_scroll.setWidgetResizable(False)
        kernel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        kernel_page = QWidget()
        kernel_column = QVBoxLayout(kernel_page)
        kernel_top = QHBoxLayout()
        kernel_top.addWidget(QLabel(self.tr("Layer")))
        kernel_top.addWidget(self.kernel_layer)
        kernel_top.addStretch()
        kernel_column.addLayout(kernel_top)
        kernel_column.addWidget(self.kernel_note)
        kernel_column.addWidget(kernel_scroll, 1)
        self.evaluation = EvaluationView()
        self.evaluation.evaluate_clicked.connect(self.evaluate)
        self.evaluation.sample_clicked.connect(self._on_evaluation_sample_clicked)
        self.playground = ConvolutionPlayground()
        self.views = QTabWidget()
        self.views.addTab(self.maps, self.tr("Feature maps"))
        self.views.addTab(kernel_page, self.tr("Kernels"))
        self.views.addTab(self.evaluation, self.tr("Evaluation"))
        self.views.addTab(self.playground, self.tr("Convolution playground"))
        self.views.currentChanged.connect(self._on_views_current_changed)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Weights")))
        top.addWidget(self.weights_box)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Epoch")))
        top.addWidget(self.timeline, 1)
        top.addWidget(self.timeline_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.live_timer = QTimer(self)
        self.live_timer.setSingleShot(True)
        self.live_timer.setInterval(LIVE_MS)
        self.live_timer.timeout.connect(self._apply_live_weights)

        self.worker.data_loaded.connect(self._on_worker_data_loaded)
        self.worker.weights_loaded.connect(self._on_worker_weights_loaded)
        self.worker.sample_ready.connect(self._on_worker_sample_ready)
        self.worker.evaluated.connect(self._on_worker_evaluated)
        self.worker.snapshots_loaded.connect(self._on_worker_snapshots_loaded)
        self.worker.status.connect(self._on_worker_status)
        self.worker.failed.connect(self._on_worker_failed)
        files.runs_changed.connect(self._fill_sources)
        document.subscribe(self._on_document_changed)
        self._fill_sources()

    # Weights sources.
    def _fill_sources(self) -> None:
        """Fresh weights for the design, the run in progress, and each run's checkpoints, newest first."""
        current = self.source
        design = self.document.architecture
        self.sources = [WeightsSource("fresh", design, design.training or TrainingSettings())]
        if self.live_run is not None:
            run = self.live_run
            self.sources.append(
                WeightsSource("live", run.architecture, run.settings, run.id, folder=run.folder or "")
            )
        for run in reversed(self.files.runs):
            folder = Path(run.folder or "")
            if self.live_run is not None and run.id == self.live_run.id:
                continue
            for kind in ("last", "best"):
                path = folder / f"{kind}.pt"
                if run.folder and path.exists():
                    self.sources.append(
                        WeightsSource("run", run.architecture, run.settings, run.id, path, str(folder))
                    )
        self.weights_box.blockSignals(True)
        self.weights_box.clear()
        for source in self.sources:
            self.weights_box.addItem(self._source_text(source))
        self.weights_box.blockSignals(False)
        chosen = next((i for i, s in enumerate(self.sources) if s == current), None)
        if chosen is None and current is not None and current.kind in ("live", "run"):
            # The finished live run is now a run with checkpoints: keep following it.
            chosen = next(
                (i for i, s in enumerate(self.sources) if s.run_id == current.run_id and s.kind != "fresh"),
                None,
            )
        self.weights_box.setCurrentIndex(chosen or 0)
        if chosen is None or self.sources[chosen] != current:
            self._use_source(self.sources[chosen or 0])

    def _source_text(self, source: WeightsSource) -> str:
        if source.kind == "fresh":
            return self.tr("Untrained: the design's fresh weights")
        if source.kind == "live":
            return self.tr("{run}: live, as it trains").format(run=source.run_id)
        assert source.checkpoint is not None
        if source.checkpoint.stem == "best":
            return self.tr("{run}: best epoch").format(run=source.run_id)
        return self.tr("{run}: last epoch").format(run=source.run_id)

    def _on_weights_box_activated(self, index: int) -> None:
        if 0 <= index < len(self.sources):
            self._use_source(self.sources[index])

    def _use_source(self, source: WeightsSource) -> None:
        self.source = source
        self._sample_number = 0  # a report still on its way is of the old weights
        self.report = None
        self.predictions = None
        self._evaluation_stale = True
        self.evaluation.clear(self.tr("Evaluate the model to see how it does on every test image."))
        self._load_data(source)
        if source.kind == "fresh":
            self.session.set_weights(WeightsRequest(source.architecture, seed=source.settings.seed))
            self._set_snapshots([])
        elif source.kind == "live":
            self._set_snapshots(self.live_snapshots)
            if self._pending_live is not None:
                self._apply_live_weights()
        else:
            self.session.set_weights(WeightsRequest(source.architecture, checkpoint=source.checkpoint))
            self._set_snapshots([])
            self.session.load_snapshots(source.folder)
        self._fill_layers(source.architecture)

    def _load_data(self, source: WeightsSource) -> None:
        shape = source.architecture.input.shape
        data_dir, download = self.data_source()
        request = DataRequest(
            source.settings.dataset, (shape[0], shape[1], shape[2]), data_dir, download, source.settings.seed
        )
        if request == self._data_key:
            return
        self._data_key = request
        self.data = None
        self.picker.set_input_size(shape[1], shape[2])
        self.session.load_data(request)

    def _on_document_changed(self, architecture: Architecture) -> None:
        if self.source is not None and self.source.kind == "fresh":
            fresh = WeightsSource("fresh", architecture, architecture.training or TrainingSettings())
            if fresh != self.source and self.document.summary.valid:
                self.sources[0] = fresh
                self._use_source(fresh)

    # Data and samples.
    def _on_worker_data_loaded(self, data: InspectData) -> None:
        self.data = data
        self._solved("data")
        self.heat_box.clear()
        self.heat_box.addItem(self.tr("Predicted class"), None)
        for number, name in enumerate(data.class_names):
            self.heat_box.addItem(name, number)
        self.picker.set_test_set(data.class_names, data.labels, self._thumbnails)
        self.status_message.emit(
            self.tr("Inspecting {name}: {count:,} test images").format(name=data.name, count=len(data))
        )

    def _thumbnails(self, indices: npt.NDArray[np.int64]) -> npt.NDArray[np.uint8]:
        assert self.data is not None
        return self.data.images(indices).numpy()

    def _on_worker_weights_loaded(self, _: str) -> None:
        self._solved("weights")
        self.inspect_current()
        if self.views.currentWidget() is self.evaluation and self.source and self.source.kind != "live":
            self.evaluate()

    def _on_picker_chosen(self, request: SampleRequest) -> None:
        self.inspect_current(request)

    def _on_heat_box_activated(self, _: int) -> None:
        self.inspect_current()

    def inspect_current(self, request: SampleRequest | None = None) -> None:
        """Inspect the picker's sample (or ``request``) with the current weights and heat-map class."""
        chosen = request or self.picker.current()
        if chosen is None:
            return
        target = self.heat_box.currentData()
        self._sample_number = self.session.inspect(
            SampleRequest(chosen.index, chosen.drawing, chosen.file, target)
        )

    def _on_worker_sample_ready(self, number: int, report: SampleReport) -> None:
        if number != self._sample_number:
            return
        self.report = report
        self._solved("sample")
        if self._at_snapshot() is None:
            self._show_report()

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        self.maps.set_maps(report.normalised, report.sample.feature_maps)
        self._show_prediction(report.sample.probabilities, report.label)
        self._show_picture()
        self._show_kernels()
        image = report.image.astype(np.float64)
        self.playground.set_image(image.mean(axis=0))
        self.sample_shown.emit()

    def _show_prediction(self, probabilities: npt.NDArray[np.float32], label: int | None) -> None:
        names = self._class_names(len(probabilities))
        self.chart.set_prediction(names, probabilities, label)
        self.chart.setMinimumHeight(self.chart.sizeHint().height())
        predicted = int(np.argmax(probabilities))
        text = self.tr("Predicted {name} ({confidence:.1%})").format(
            name=names[predicted], confidence=float(probabilities[predicted])
        )
        if label is not None:
            text += self.tr("; truly {name}").format(name=names[label])
        self.prediction_label.setText(text)

    def _class_names(self, count: int) -> tuple[str, ...]:
        """The data set's class names; numbers while no data set is loaded (or it does not match)."""
        if self.data is not None and len(self.data.class_names) == count:
            return self.data.class_names
        return tuple(str(number) for number in range(count))

    def _show_picture(self) -> None:
        snapshot = self._at_snapshot()
        if snapshot is not None:
            self.overlay.set_sample(snapshot.image)
            return
        report = self.report
        if report is not None:
            heat = report.heat if self.heat_shown.isChecked() else None
            self.overlay.set_sample(report.image, heat)

    # Kernels.
    def _fill_layers(self, architecture: Architecture) -> None:
        chosen = self.kernel_layer.currentText()
        self.kernel_layer.clear()
        self.kernel_layer.addItems(architecture.kernel_layers())
        if chosen:
            self.kernel_layer.setCurrentIndex(max(self.kernel_layer.findText(chosen), 0))

    def _show_kernels(self) -> None:
        name = self.kernel_layer.currentText()
        snapshot = self._at_snapshot()
        kernels = (
            snapshot.kernels_of(name)
            if snapshot is not None
            else dict(self.report.kernels).get(name)
            if self.report is not None
            else None
        )
        if kernels is None:
            self.kernel_note.setText(self.tr("This network has no convolution layer."))
            self.kernels.set_kernels(np.zeros((0, 0, 1, 1)))
            return
        first = self.kernel_layer.currentIndex() == 0 and kernels.shape[1] == 3
        self.kernels.set_kernels(kernels, rgb=first)
        self.kernels.adjustSize()
        note = (
            self.tr("Each filter of the first layer as a colour picture, stretched to its own range.")
            if first
            else self.tr(
                "One tile per filter (rows) and input channel (columns): red positive, blue negative, "
                "on one scale for the layer. Hover a tile for its values."
            )
        )
        filters, inputs = kernels.shape[:2]
        self.kernel_note.setText(
            note
            + " "
            + self.tr("{filters} filters of {inputs} channels.").format(filters=filters, inputs=inputs)
        )

    # Timeline.
    def _set_snapshots(self, snapshots: list[EpochSnapshot]) -> None:
        at_end = self.timeline.value() == self.timeline.maximum()
        self.snapshots = snapshots
        self.timeline.blockSignals(True)
        self.timeline.setRange(1, len(snapshots) + 1)
        if at_end or self.timeline.value() > len(snapshots) + 1:
            self.timeline.setValue(len(snapshots) + 1)
        self.timeline.blockSignals(False)
        self.timeline.setEnabled(bool(snapshots))
        self._on_timeline_value_changed(self.timeline.value())

    def _at_snapshot(self) -> EpochSnapshot | None:
        """The snapshot the timeline is on; None at its end (the current weights)."""
        position = self.timeline.value()
        return self.snapshots[position - 1] if position <= len(self.snapshots) else None

    def show_epoch(self, epoch: int | None) -> None:
        """Move the timeline to ``epoch``'s snapshot; None: to the current weights."""
        positions = [s.epoch for s in self.snapshots]
        self.timeline.setValue(positions.index(epoch) + 1 if epoch in positions else len(positions) + 1)

    def _on_timeline_value_changed(self, _: int) -> None:
        snapshot = self._at_snapshot()
        if snapshot is None:
            self.timeline_label.setText(
                self.tr("now") if self.snapshots else self.tr("no snapshots for these weights")
            )
            self.picker.setEnabled(True)
            self._show_report()
            if self.predictions is not None and self.data is not None:
                self._show_predictions()
            elif self.evaluation.predictions is None:
                self.evaluation.clear(self.tr("Evaluate the model to see how it does on every test image."))
            return
        self.timeline_label.setText(
            self.tr("after epoch {epoch} of {count}").format(
                epoch=snapshot.epoch, count=self.snapshots[-1].epoch
            )
        )
        self.picker.setEnabled(False)
        self.maps.set_maps(None, snapshot.sample.feature_maps)
        if self.data is not None:
            self._show_prediction(snapshot.sample.probabilities, snapshot.label)
            self.evaluation.set_snapshot_confusion(snapshot.confusion, self.data.class_names, snapshot.epoch)
        self._show_picture()
        self._show_kernels()
        self.status_message.emit(
            self.tr(
                "Showing the snapshot after epoch {epoch}: the pinned test sample, the kernels and the "
                "validation confusion matrix as they were then"
            ).format(epoch=snapshot.epoch)
        )

    def _on_worker_snapshots_loaded(self, folder: str, snapshots: list[EpochSnapshot]) -> None:
        if self.source is not None and self.source.kind == "run" and self.source.folder == folder:
            self._set_snapshots(snapshots)

    # Evaluation.
    def _on_views_current_changed(self, _: int) -> None:
        showing = self.views.currentWidget() is self.evaluation and self._at_snapshot() is None
        settled = self.source is not None and self.source.kind != "live"
        if showing and settled and self._evaluation_stale:
            self.evaluate()

    def evaluate(self) -> None:
        if self.data is None:
            self._on_worker_failed("sample", self.tr("The test set has not loaded yet."))
            return
        self._evaluation_stale = False
        self.evaluation.evaluate_button.setEnabled(False)
        self._evaluation_number = self.session.evaluate()

    def _on_worker_evaluated(self, number: int, predictions: TestPredictions) -> None:
        self.evaluation.evaluate_button.setEnabled(True)
        if number != self._evaluation_number:
            return
        self.predictions = predictions
        self.status_message.emit(
            self.tr("Test accuracy {accuracy:.2%} ({weights})").format(
                accuracy=predictions.evaluation.accuracy, weights=self.weights_box.currentText()
            )
        )
        if self._at_snapshot() is None:
            self._show_predictions()

    def _show_predictions(self) -> None:
        assert self.predictions is not None
        assert self.data is not None
        label = self.weights_box.currentText()
        self.evaluation.set_predictions(self.predictions, self.data.class_names, self._thumbnails, label)

    def _on_evaluation_sample_clicked(self, index: int) -> None:
        self.picker.show_index(index)

    # Following a run.
    def run_started(self, run: RunRecord) -> None:
        """Offer the run's weights live and switch to them."""
        self.live_run, self.live_snapshots, self._pending_live = run, [], None
        self.source = WeightsSource("live", run.architecture, run.settings, run.id, folder=run.folder or "")
        self._fill_sources()
        self._use_source(self.source)

    def on_training_event(self, event: Event) -> None:
        if isinstance(event, WeightsShared):
            self._pending_live = event
            following = self.source is not None and self.source.kind == "live"
            if following and self.isVisible() and not self.live_timer.isActive():
                self.live_timer.start()
        elif isinstance(event, EpochSnapshot):
            self.live_snapshots.append(event)
            if self.source is not None and self.source.kind == "live":
                self._set_snapshots(self.live_snapshots)
        elif isinstance(event, RunFinished):
            self._apply_live_weights()
            self.live_run = None  # the run's record, with its checkpoints, is among the project's runs now
            self._fill_sources()

    def _apply_live_weights(self) -> None:
        shared = self._pending_live
        if shared is None or self.source is None or self.source.kind != "live":
            return
        self._pending_live = None
        self.session.set_weights(
            WeightsRequest(self.source.architecture, state=shared.state, mean=shared.mean, std=shared.std)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_live is not None:
            self.live_timer.start()

    def _on_worker_status(self, message: str, fraction: float | None) -> None:
        self.status_message.emit(message if fraction is None else f"{message} ({fraction:.0%})")

    def _on_worker_failed(self, what: str, message: str) -> None:
        self._problems[what] = message
        self.evaluation.evaluate_button.setEnabled(True)
        self.status_message.emit(message)
        self._show_problems()

    def _solved(self, what: str) -> None:
        if self._problems.pop(what, None) is not None:
            self._show_problems()

    def _show_problems(self) -> None:
        text = " ".join(self._problems.values())
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def shutdown(self) -> bool:
        return self.session.shutdown()
