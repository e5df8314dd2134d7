"""Where the inspected sample comes from: the test set (browse, random, by class), a drawing or a file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.ui.drawing_canvas import DrawingCanvas
from designer.ui.inspect_worker import SampleRequest
from designer.ui.sample_grid import SampleGrid

#: Thumbnails shown around the current test sample.
PAGE = 12


class SamplePicker(QWidget):
    """``chosen`` carries a :class:`SampleRequest` whenever the sample changes."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self.class_names: tuple[str, ...] = ()
        self.thumbnails: Callable[[npt.NDArray[np.int64]], npt.NDArray[np.uint8]] | None = None
        self.shown: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self.index: int | None = None
        self.file: Path | None = None
        self._rng = np.random.default_rng()

        self.class_box = QComboBox()
        self.class_box.setToolTip(self.tr("Browse one class of the test set, or all of it"))
        self.class_box.currentIndexChanged.connect(self._on_class_box_current_index_changed)
        self.random_button = QPushButton(self.tr("Random"))
        self.random_button.setToolTip(self.tr("A random test sample of the chosen class"))
        self.random_button.clicked.connect(self.pick_random)
        self.previous_button, self.next_button = QToolButton(), QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position = QSpinBox()
        self.position.setKeyboardTracking(False)
        self.position.valueChanged.connect(self._on_position_value_changed)
        self.count_label = QLabel()
        self.grid = SampleGrid(6)
        self.grid.sample_clicked.connect(self._on_grid_sample_clicked)
        test = QWidget()
        rows = QVBoxLayout(test)
        top = QHBoxLayout()
        top.addWidget(self.class_box, 1)
        top.addWidget(self.random_button)
        steps = QHBoxLayout()
        for widget in (self.previous_button, self.position, self.count_label, self.next_button):
            steps.addWidget(widget)
        steps.addStretch()
        rows.addLayout(top)
        rows.addLayout(steps)
        rows.addWidget(self.grid)
        rows.addStretch()

        self.canvas = DrawingCanvas()
        self.canvas.drawn.connect(self._on_canvas_drawn)
        self.canvas.setMaximumHeight(220)
        self.pen = QSlider(Qt.Orientation.Horizontal)
        self.pen.setRange(6, 48)
        self.pen.setValue(self.canvas.pen_width)
        self.pen.valueChanged.connect(self.canvas.set_pen_width)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.canvas.clear)
        draw = QWidget()
        column = QVBoxLayout(draw)
        column.addWidget(self.canvas, 1)
        pen_row = QHBoxLayout()
        pen_row.addWidget(QLabel(self.tr("Pen")))
        pen_row.addWidget(self.pen, 1)
        pen_row.addWidget(self.clear_button)
        column.addLayout(pen_row)
        hint = QLabel(self.tr("Draw a digit: it is centred and scaled the way MNIST's digits were."))
        hint.setWordWrap(True)
        column.addWidget(hint)

        self.open_button = QPushButton(self.tr("Open image..."))
        self.open_button.clicked.connect(self.open_file)
        self.file_label = QLabel(self.tr("No image chosen"))
        self.file_label.setWordWrap(True)
        opened = QWidget()
        file_column = QVBoxLayout(opened)
        file_column.addWidget(self.open_button)
        file_column.addWidget(self.file_label)
        file_column.addWidget(
            QLabel(self.tr("The image is fitted to the network's input the way training fits images."))
        )
        file_column.addStretch()
        for label in opened.findChildren(QLabel):
            label.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(test, self.tr("Test set"))
        self.tabs.addTab(draw, self.tr("Draw"))
        self.tabs.addTab(opened, self.tr("File"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._fit_to_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._enable_browsing()

    # The test set.
    def set_test_set(
        self,
        class_names: Sequence[str],
        labels: npt.NDArray[np.int64],
        thumbnails: Callable[[npt.NDArray[np.int64]], npt.NDArray[np.uint8]],
    ) -> None:
        """The test split's class names and labels, and how to fetch uint8 images by index."""
        self.class_names, self.labels, self.thumbnails = tuple(class_names), labels, thumbnails
        self.class_box.blockSignals(True)
        self.class_box.clear()
        self.class_box.addItem(self.tr("All classes"), -1)
        for number, name in enumerate(self.class_names):
            self.class_box.addItem(name, number)
        self.class_box.blockSignals(False)
        self.shown = np.arange(len(labels), dtype=np.int64)
        self._enable_browsing()
        if len(labels):
            self.show_index(0)

    def _enable_browsing(self) -> None:
        has = bool(len(self.shown))
        for widget in (self.random_button, self.previous_button, self.next_button, self.position):
            widget.setEnabled(has)

    def show_index(self, index: int) -> None:
        """Choose test sample ``index`` (of the whole test split)."""
        self.index = int(index)
        if index not in self.shown:
            self.class_box.setCurrentIndex(0)
        place = int(np.searchsorted(self.shown, index))
        self.position.blockSignals(True)
        self.position.setRange(1, max(len(self.shown), 1))
        self.position.setValue(place + 1)
        self.position.blockSignals(False)
        self.count_label.setText(self.tr("of {count}").format(count=len(self.shown)))
        self._fill_grid(place)
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)  # emits the choice
        else:
            self.chosen.emit(SampleRequest(index=self.index))

    def _fill_grid(self, place: int) -> None:
        start = place // PAGE * PAGE
        self._page = self.shown[start : start + PAGE]
        if self.thumbnails is None or not len(self._page):
            return
        captions = [self.class_names[int(self.labels[i])] for i in self._page]
        self.grid.set_images(self.thumbnails(self._page), captions)
        self.grid.set_selected(place - start)

    def step(self, by: int) -> None:
        if not len(self.shown):
            return
        place = int(np.searchsorted(self.shown, self.index if self.index is not None else 0))
        self.show_index(int(self.shown[(place + by) % len(self.shown)]))

    def pick_random(self) -> None:
        if len(self.shown):
            self.show_index(int(self._rng.choice(self.shown)))

    def _on_class_box_current_index_changed(self, _: int) -> None:
        number = self.class_box.currentData()
        every = np.arange(len(self.labels), dtype=np.int64)
        self.shown = every if number is None or number < 0 else every[self.labels == number]
        self._enable_browsing()
        if len(self.shown) and self.index not in self.shown:
            self.show_index(int(self.shown[0]))
        elif self.index is not None and len(self.shown):
            self.show_index(self.index)

    def _on_position_value_changed(self, value: int) -> None:
        if 1 <= value <= len(self.shown):
            self.show_index(int(self.shown[value - 1]))

    def _on_grid_sample_clicked(self, position: int) -> None:
        self.show_index(int(self._page[position]))

    # Drawing and files.
    def set_input_size(self, height: int, width: int) -> None:
        self.canvas.set_output_size(height, width)

    def _on_canvas_drawn(self) -> None:
        if self.tabs.currentIndex() == 1 and not self.canvas.is_empty():
            self.chosen.emit(SampleRequest(drawing=self.canvas.image()))

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Inspect an image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)"),
        )
        if path:
            self.choose_file(Path(path))

    def choose_file(self, path: Path) -> None:
        self.file = path
        self.file_label.setText(str(path))
        if self.tabs.currentIndex() != 2:
            self.tabs.setCurrentIndex(2)
        else:
            self.chosen.emit(SampleRequest(file=path))

    def current(self) -> SampleRequest | None:
        """The sample the current tab holds, if any."""
        page = self.tabs.currentIndex()
        if page == 0 and self.index is not None:
            return SampleRequest(index=self.index)
        if page == 1 and not self.canvas.is_empty():
            return SampleRequest(drawing=self.canvas.image())
        if page == 2 and self.file is not None:
            return SampleRequest(file=self.file)
        return None

    def _fit_to_page(self) -> None:
        """The tabs take the height of the page on show, not of the tallest page (the canvas)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            policy = (
                QSizePolicy.Policy.Preferred
                if index == self.tabs.currentIndex()
                else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()

    def _on_tabs_current_changed(self, _: int) -> None:
        self._fit_to_page()
        request = self.current()
        if request is not None:
            self.chosen.emit(request)
