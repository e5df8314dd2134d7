"""Picking the data set to train on, and seeing it: samples, class counts and augmentation.

Loading runs on a worker thread that the panel starts when it is first shown. torch and the
engine are imported there, never by this module, so the window paints before torch loads; the
picker's titles come from the engine's catalogue once the worker has imported it.
"""

from __future__ import annotations

import atexit
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.core.errors import DesignerError
from designer.core.training import TrainingSettings
from designer.engine.folders import default_data_folder
from designer.ui.class_chart import ClassChart
from designer.ui.engine_imports import engine_imports
from designer.ui.sample_grid import SampleGrid
from designer.ui.style import ERROR_COLOUR, WARNING_COLOUR
from designer.ui.translation import error_text, translated

if TYPE_CHECKING:
    from designer.engine.dataset_preview import DatasetPreview
    from designer.engine.datasets.catalogue import DatasetInfo

#: Seconds between the progress reports that cross to the GUI thread.
PROGRESS_INTERVAL = 0.1
#: How long destroying the panel waits for a load to notice that it was cancelled.
SHUTDOWN_MS = 5000
GRID_COLUMNS = 5
AUGMENTED_COPIES = 8

_log = logging.getLogger(__name__)
#: Loader threads still busy when their panel went away; deleting a running QThread aborts the process.
_STRAGGLERS: list[tuple[QThread, QObject]] = []
atexit.register(lambda: [thread.wait() for thread, _ in _STRAGGLERS])


@dataclass(frozen=True)
class LoadJob:
    name: str
    input_shape: tuple[int, int, int]
    data_dir: str | None
    #: Left out of comparisons: it matters only when the files are missing, and then a retry is forced.
    download: bool = field(compare=False)


class _Cancelled(Exception):
    """Raised in the loader's progress callback once a newer request has come in."""


class PreviewWorker(QObject):
    """Lives on the loader thread: imports the engine, loads previews, never touches a widget.

    ``latest`` is the newest request's number, written by the GUI thread. Any other request is
    stale: skipped if it has not started, cancelled at its next progress report if it has.
    """

    catalogue_ready = Signal(object)  # tuple[DatasetInfo, ...]
    progressed = Signal(int, str, object)  # request, what is happening, fraction done or None
    loaded = Signal(int, object)  # request, DatasetPreview
    failed = Signal(int, str)  # request, one readable sentence

    def __init__(self) -> None:
        super().__init__()
        self.latest = 0

    @Slot()
    def describe_catalogue(self) -> None:
        with engine_imports():
            from designer.engine.datasets.catalogue import DATASETS

        self.catalogue_ready.emit(tuple(DATASETS.values()))

    @Slot(int, object)
    def load(self, request: int, job: LoadJob) -> None:
        if request != self.latest:
            return
        with engine_imports():
            from designer.engine.dataset_preview import preview_dataset

        reported = 0.0

        def progress(message: str, fraction: float | None) -> None:
            nonlocal reported
            if request != self.latest:
                raise _Cancelled
            if time.monotonic() - reported >= PROGRESS_INTERVAL:
                reported = time.monotonic()
                self.progressed.emit(request, translated(message), fraction)

        try:
            preview = preview_dataset(
                job.name, job.input_shape, data_dir=job.data_dir, download=job.download, progress=progress
            )
        except _Cancelled:
            return
        except DesignerError as error:
            self.failed.emit(request, error_text(error))
        except Exception as error:  # whatever else went wrong, the panel says so and stays usable
            _log.error("Loading %s failed", job.name, exc_info=error)
            message = self.tr("Loading {name} failed unexpectedly ({kind}: {error}).")
            self.failed.emit(request, message.format(name=job.name, kind=type(error).__name__, error=error))
        else:
            self.loaded.emit(request, preview)


def _stop(thread: QThread, worker: PreviewWorker, *_: object) -> bool:
    """Cancel the worker's load and end its thread; True when it ended, else it is kept to end alone."""
    worker.latest = -1
    thread.quit()
    if thread.wait(SHUTDOWN_MS):
        return True
    thread.setParent(None)
    _STRAGGLERS.append((thread, worker))
    return False


def _label(selectable: bool = False, callout: str = "", secondary: bool = False) -> QLabel:
    """A wrapping label; a ``callout`` colour gives it a tinted box with a bar of that colour."""
    label = QLabel()
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if callout:
        tint = QColor(callout)
        tint.setAlphaF(0.14)
        label.setStyleSheet(
            f"QLabel {{ background: {tint.name(QColor.NameFormat.HexArgb)}; "
            f"border-left: 3px solid {callout}; padding: 4px 6px; }}"
        )
    if secondary:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def _stack(layout: QBoxLayout, *widgets: QWidget, stretch: int | None = None) -> QWidget:
    """A widget holding ``widgets`` in ``layout`` without margins; the one at ``stretch`` takes the room."""
    holder = QWidget()
    holder.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == stretch else 0)
    return holder


class DatasetPanel(QWidget):
    """The data set picker with a preview of the chosen set, fitted to the model's input."""

    dataset_changed = Signal(str)  # the user picked another data set
    preview_ready = Signal()
    preview_failed = Signal(str)
    _requested = Signal(int, object)  # request, LoadJob: to the worker

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = "digits"
        self._shape: tuple[int, int, int] | None = None
        self._choices: dict[str, DatasetInfo] = {}
        self._folders: list[str] = []
        self._settings = TrainingSettings()
        self._preview: DatasetPreview | None = None
        self._job: LoadJob | None = None
        self._failed = False
        self._pending = False
        self._sample = 0
        self._augment_seed = 0
        self._thread: QThread | None = None
        self._worker: PreviewWorker | None = None
        self._stopper: Callable[..., bool] | None = None
        self._build()
        self._fill_picker()

    def _build(self) -> None:
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(12)
        self.picker.activated.connect(self._on_picker_activated)
        self.folder_button = QPushButton(self.tr("Image folder..."))
        self.folder_button.setToolTip(self.tr("Your own images: a folder with one subfolder per class"))
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.description = _label(secondary=True)
        self.data_dir_edit = QLineEdit()
        self.data_dir_edit.setPlaceholderText(str(default_data_folder()))
        self.data_dir_edit.setToolTip(self.tr("Where the data set's files are, or are downloaded to"))
        self.data_dir_edit.editingFinished.connect(self._load)
        self.browse_button = QPushButton(self.tr("Browse..."))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.download_box = QCheckBox(self.tr("Download if missing"))
        self.download_box.setChecked(True)
        self.download_box.toggled.connect(self._on_download_box_toggled)
        self.status = _label()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.error = _label(selectable=True, callout=ERROR_COLOUR)

        self.summary = _label()
        self.grid = SampleGrid(GRID_COLUMNS)
        self.grid.sample_clicked.connect(self._on_grid_sample_clicked)
        self.warning = _label(selectable=True, callout=WARNING_COLOUR)
        self.chart = ClassChart()
        self.augmentation_grid = SampleGrid(AUGMENTED_COPIES)
        self.augmentation_grid.setToolTip(self.tr("Click for other random versions"))
        self.augmentation_grid.sample_clicked.connect(self._on_augmentation_grid_sample_clicked)
        self.augmentation_hint = _label(secondary=True)
        self.notes = _label(selectable=True, secondary=True)

        self.samples_heading = _heading("")
        folder = (QLabel(self.tr("Data folder")), self.data_dir_edit, self.browse_button)
        self.source = _stack(QVBoxLayout(), _stack(QHBoxLayout(), *folder, stretch=1), self.download_box)
        samples = (self.summary, self.samples_heading, self.grid, self.warning)
        classes = (_heading(self.tr("Training images per class")), self.chart)
        augmentation = (_heading(self.tr("Augmentation")), self.augmentation_grid, self.augmentation_hint)
        self.content = _stack(QVBoxLayout(), *samples, *classes, *augmentation, self.notes)

        layout = QVBoxLayout(self)
        layout.addWidget(_stack(QHBoxLayout(), self.picker, self.folder_button, stretch=0))
        for widget in (self.description, self.source, self.status, self.progress, self.error, self.content):
            layout.addWidget(widget)
        for widget in (self.source, self.status, self.progress, self.error, self.content):
            widget.hide()

    # The API

    @property
    def dataset(self) -> str:
        """A catalogue name or an image folder's path."""
        return self._name

    @property
    def data_dir(self) -> str | None:
        """The folder torchvision sets are read from and downloaded to; None: the default folder."""
        return self.data_dir_edit.text().strip() or None

    @property
    def download(self) -> bool:
        return self.download_box.isChecked()

    def preview(self) -> DatasetPreview | None:
        """The preview on show; None while none is (nothing loaded yet, or the last load failed)."""
        return self._preview

    def set_input_shape(self, shape: tuple[int, int, int]) -> None:
        """The model's input ``(C, H, W)``; the samples are shown fitted to it."""
        self._shape = (int(shape[0]), int(shape[1]), int(shape[2]))
        self._load()

    def set_dataset(self, name: str) -> None:
        """Show ``name``, a catalogue name or a folder of images (no ``dataset_changed``)."""
        self._select(name)
        self._load()

    def set_augmentation(self, settings: TrainingSettings) -> None:
        """Show the augmentation of ``settings`` on a sample (cheap: a few small images)."""
        self._settings = settings
        self._refresh_augmentation()

    def set_enabled_for_training(self, enabled: bool) -> None:
        """Lock the picker (``False``) while a run trains on the data set."""
        for widget in (self.picker, self.folder_button, self.data_dir_edit, self.browse_button):
            widget.setEnabled(enabled)
        self.download_box.setEnabled(enabled)

    def shutdown(self) -> None:
        """Cancel any load and stop the loader thread (also done when the panel is destroyed)."""
        if self._thread is None or self._worker is None:
            return
        self.destroyed.disconnect(self._stopper)
        self._requested.disconnect(self._worker.load)
        if _stop(self._thread, self._worker):
            self._thread.deleteLater()
        self._thread = self._worker = self._job = None

    # Picking

    def _select(self, name: str) -> None:
        self._name = name
        if name not in self._choices and name not in self._folders:
            self._folders.append(name)
        self._fill_picker()

    def _fill_picker(self) -> None:
        with QSignalBlocker(self.picker):
            self.picker.clear()
            for choice in self._choices.values():
                self.picker.addItem(translated(choice.title), choice.name)
                self.picker.setItemData(
                    self.picker.count() - 1, translated(choice.description), Qt.ItemDataRole.ToolTipRole
                )
            for folder in self._folders:
                self.picker.addItem(folder, folder)
                self.picker.setItemData(self.picker.count() - 1, folder, Qt.ItemDataRole.ToolTipRole)
            self.picker.setCurrentIndex(self.picker.findData(self._name))
        choice = self._choices.get(self._name)
        if choice is not None:
            self.description.setText(translated(choice.description))
        elif self._choices:
            self.description.setText(
                self.tr("Your images in {path}, one subfolder per class").format(path=self._name)
            )
        self.description.setVisible(bool(self._choices))
        self.source.setVisible(choice is not None and not choice.built_in)

    def _on_picker_activated(self, index: int) -> None:
        name = str(self.picker.itemData(index))
        if name != self._name:
            self._select(name)
            self.dataset_changed.emit(name)
        self._load(force=self._failed)

    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of images, one subfolder per class"))
        if folder:
            self._select(folder)
            self.dataset_changed.emit(folder)
            self._load()

    def _on_browse_button_clicked(self) -> None:
        start = self.data_dir or str(default_data_folder())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), start)
        if folder:
            self.data_dir_edit.setText(folder)
            self._load()

    def _on_download_box_toggled(self, checked: bool) -> None:
        if checked and self._failed:
            self._load(force=True)

    # Loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._load()

    def _load(self, force: bool = False) -> None:
        """Ask the worker for a preview of the current choice, unless it is already shown or coming."""
        if self._shape is None:
            return
        self._pending = not self.isVisible()
        job = LoadJob(self._name, self._shape, self.data_dir, self.download)
        if self._pending or (job == self._job and not force):
            return
        self._job = job
        worker = self._start_worker()
        worker.latest += 1
        self.status.setText(self.tr("Loading {name}...").format(name=self.picker.currentText() or job.name))
        self.progress.setRange(0, 0)
        for widget in (self.status, self.progress):
            widget.show()
        self.error.hide()
        self.content.setEnabled(False)
        self._requested.emit(worker.latest, job)

    def _start_worker(self) -> PreviewWorker:
        if self._thread is not None and self._worker is not None:
            return self._worker
        # A child, so that it is deleted with the panel (after destroyed has stopped it), never before.
        thread = QThread(self)
        thread.setObjectName("dataset loader")
        worker = PreviewWorker()
        worker.moveToThread(thread)
        thread.started.connect(worker.describe_catalogue)
        queued = Qt.ConnectionType.QueuedConnection
        self._requested.connect(worker.load, queued)
        worker.catalogue_ready.connect(self._on_worker_catalogue_ready, queued)
        worker.progressed.connect(self._on_worker_progressed, queued)
        worker.loaded.connect(self._on_worker_loaded, queued)
        worker.failed.connect(self._on_worker_failed, queued)
        self._stopper = partial(_stop, thread, worker)
        self.destroyed.connect(self._stopper)
        self._thread, self._worker = thread, worker
        thread.start()
        return worker

    def _current(self, request: int) -> bool:
        return self._worker is not None and request == self._worker.latest

    @Slot(object)
    def _on_worker_catalogue_ready(self, choices: tuple[DatasetInfo, ...]) -> None:
        self._choices = {choice.name: choice for choice in choices}
        self._folders = [name for name in self._folders if name not in self._choices]
        self._fill_picker()

    @Slot(int, str, object)
    def _on_worker_progressed(self, request: int, message: str, fraction: float | None) -> None:
        if not self._current(request):
            return
        self.status.setText(message)
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(fraction * 1000))

    @Slot(int, str)
    def _on_worker_failed(self, request: int, message: str) -> None:
        if not self._current(request):
            return
        self._preview, self._failed = None, True
        for widget in (self.status, self.progress, self.content):
            widget.hide()
        self.error.setText(message)
        self.error.show()
        self.preview_failed.emit(message)

    @Slot(int, object)
    def _on_worker_loaded(self, request: int, preview: DatasetPreview) -> None:
        if not self._current(request):
            return
        self._preview, self._failed = preview, False
        for widget in (self.status, self.progress, self.error):
            widget.hide()
        self._show(preview)
        self.content.setEnabled(True)
        self.content.show()
        self.preview_ready.emit()

    # Showing

    def _show(self, preview: DatasetPreview) -> None:
        self.summary.setText(
            self.tr("{classes} classes · {train} training images · {test} test images").format(
                classes=len(preview.class_names),
                train=f"{preview.train_count:,}",
                test=f"{preview.test_count:,}",
            )
        )
        channels, height, width = preview.sample_images.shape[1:]
        self.samples_heading.setText(
            self.tr("Samples as the network sees them ({channels}×{height}×{width})").format(
                channels=channels, height=height, width=width
            )
        )
        names = [preview.class_names[label] for label in preview.sample_labels]
        self._sample = 0
        self.grid.set_images(preview.sample_images, names)
        self.grid.set_selected(0)
        self.warning.setText(translated(preview.warning))
        self.warning.setVisible(bool(preview.warning))
        smallest = int(preview.class_counts.min()) if len(preview.class_counts) else 0
        flagged = [i for i, count in enumerate(preview.class_counts) if preview.warning and count == smallest]
        self.chart.set_counts(preview.class_names, preview.class_counts.tolist(), flagged)
        self.notes.setText("\n".join(f"• {translated(note)}" for note in preview.notes))
        self.notes.setVisible(bool(preview.notes))
        self._refresh_augmentation()

    def _refresh_augmentation(self) -> None:
        preview = self._preview
        if preview is None:
            return
        # A preview exists, so the worker has imported these already: no torch import on this thread.
        from designer.engine.augment import augments
        from designer.engine.dataset_preview import augmentation_preview

        settings = self._settings
        on = augments(settings)
        if on:
            image = preview.sample_images[self._sample]
            self.augmentation_grid.set_images(
                augmentation_preview(image, settings, AUGMENTED_COPIES, seed=self._augment_seed)
            )
            hint = self.tr(
                "Random versions of the framed sample, as training sees it. Click them for others, "
                "or a sample above to pick it."
            )
        else:
            hint = self.tr("No augmentation is on: training sees every image as it is.")
        if settings.mixup > 0:
            hint += " " + self.tr(
                "Mixup (alpha {alpha}) is not shown: it blends pairs of images and their labels."
            ).format(alpha=f"{settings.mixup:g}")
        self.augmentation_grid.setVisible(on)
        self.augmentation_hint.setText(hint)

    def _on_grid_sample_clicked(self, index: int) -> None:
        self._sample = index
        self.grid.set_selected(index)
        self._refresh_augmentation()

    def _on_augmentation_grid_sample_clicked(self, index: int) -> None:
        self._augment_seed += 1
        self._refresh_augmentation()


def _preview() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    panel = DatasetPanel()
    panel.setWindowTitle("Data set")
    panel.set_input_shape((1, 32, 32))
    panel.set_dataset("digits")
    panel.set_augmentation(TrainingSettings(augment_crop=2, augment_affine=True))
    panel.resize(400, 900)
    panel.show()
    code = app.exec()
    panel.shutdown()
    sys.exit(code)


if __name__ == "__main__":
    _preview()
