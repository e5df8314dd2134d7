"""The convolution playground: edit or pick a kernel, see what it does to an image.

Built on :mod:`designer.engine.playground`, which needs numpy only, so this view never loads torch.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from designer.engine.playground import KERNELS, apply_kernel
from designer.ui.feature_map_grid import gray_levels
from designer.ui.translation import translated

SIZES = (3, 5)
PICTURE_PIXELS = 160


def sample_picture(size: int = 32) -> npt.NDArray[np.float64]:
    """A picture with edges in every direction: a bright square and a disc on a soft gradient."""
    y, x = np.mgrid[0:size, 0:size] / (size - 1)
    picture = 0.2 * x
    picture[size // 8 : size // 2, size // 8 : size // 2] = 1.0
    disc = (x - 0.68) ** 2 + (y - 0.66) ** 2 < 0.22**2
    picture[disc] = 0.7
    return picture


def preset_kernel(name: str, size: int) -> npt.NDArray[np.float64]:
    """A named 3x3 kernel, centred in zeros when ``size`` is 5 (a 5x5 blur averages all 25)."""
    if name == "blur" and size == 5:
        return np.full((5, 5), 1 / 25)
    kernel = np.zeros((size, size))
    offset = (size - 3) // 2
    kernel[offset : offset + 3, offset : offset + 3] = KERNELS[name]
    return kernel


def _pixmap(levels: npt.NDArray[np.uint8]) -> QPixmap:
    data = np.ascontiguousarray(levels)
    height, width = data.shape
    image = QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(image).scaled(
        PICTURE_PIXELS,
        PICTURE_PIXELS,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


class ConvolutionPlayground(QWidget):
    """``result_changed`` follows every edit of the kernel, the flip switch or the image."""

    result_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = sample_picture()
        self.result = np.zeros_like(self.image)
        self.preset = QComboBox()
        for name in KERNELS:
            self.preset.addItem(translated(name).replace("_", " "), name)
        self.preset.activated.connect(self._on_preset_activated)
        self.size = QComboBox()
        for size in SIZES:
            self.size.addItem(f"{size}x{size}", size)
        self.size.activated.connect(self._on_preset_activated)
        self.flip = QCheckBox(self.tr("Flip the kernel (true convolution)"))
        self.flip.toggled.connect(self._update)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.cells: list[list[QDoubleSpinBox]] = []
        self.kernel_grid = QGridLayout()
        self.input_view, self.output_view = QLabel(), QLabel()
        for view in (self.input_view, self.output_view):
            view.setFixedSize(PICTURE_PIXELS, PICTURE_PIXELS)
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Kernel")))
        choices.addWidget(self.preset)
        choices.addWidget(self.size)
        choices.addWidget(self.flip)
        choices.addStretch()
        kernel = QWidget()
        kernel.setLayout(self.kernel_grid)
        pictures = QHBoxLayout()
        for title, widget in (
            (self.tr("Image"), self.input_view),
            (self.tr("Kernel"), kernel),
            (self.tr("Result"), self.output_view),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            column.addStretch()
            pictures.addLayout(column)
        pictures.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(pictures)
        layout.addWidget(self.explanation)
        layout.addStretch()
        self.preset.setCurrentIndex(self.preset.findData("sobel_x"))
        self._on_preset_activated()

    def kernel(self) -> npt.NDArray[np.float64]:
        return np.array([[cell.value() for cell in row] for row in self.cells])

    def set_kernel(self, kernel: npt.ArrayLike) -> None:
        """Show ``kernel`` (square, 3x3 or 5x5) in the editable cells."""
        values = np.asarray(kernel, dtype=np.float64)
        size = values.shape[0]
        if values.shape != (size, size) or size not in SIZES:
            raise ValueError(f"the kernel must be 3x3 or 5x5; got shape {values.shape}")
        if len(self.cells) != size:
            self._build_cells(size)
        for row, line in zip(self.cells, values, strict=True):
            for cell, value in zip(row, line, strict=True):
                cell.blockSignals(True)
                cell.setValue(float(value))
                cell.blockSignals(False)
        self._update()

    def set_image(self, image: npt.ArrayLike) -> None:
        """A 2-D grayscale image (any range) to apply the kernel to."""
        pixels = np.asarray(image, dtype=np.float64)
        if pixels.ndim != 2:
            raise ValueError(f"the image must be 2-D; got shape {pixels.shape}")
        self.image = pixels
        self._update()

    def _build_cells(self, size: int) -> None:
        for row in self.cells:
            for cell in row:
                self.kernel_grid.removeWidget(cell)
                cell.deleteLater()
        self.cells = []
        for r in range(size):
            row = []
            for c in range(size):
                cell = QDoubleSpinBox()
                cell.setRange(-99.0, 99.0)
                cell.setDecimals(3)
                cell.setSingleStep(0.5)
                cell.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
                cell.setFixedWidth(58)
                cell.valueChanged.connect(self._update)
                self.kernel_grid.addWidget(cell, r, c)
                row.append(cell)
            self.cells.append(row)

    def _on_preset_activated(self) -> None:
        self.set_kernel(preset_kernel(self.preset.currentData(), self.size.currentData()))

    def _update(self) -> None:
        if not self.cells:
            return
        flip = self.flip.isChecked()
        self.result = apply_kernel(self.image, self.kernel(), flip=flip)
        self.input_view.setPixmap(_pixmap(gray_levels(self.image[None])[0]))
        self.output_view.setPixmap(_pixmap(gray_levels(self.result[None])[0]))
        self.explanation.setText(
            self.tr(
                "True convolution: the kernel is flipped left-right and upside-down before it slides "
                "over the image, as in mathematics and signal processing."
            )
            if flip
            else self.tr(
                "Cross-correlation: the kernel slides over the image as it is. This is what a Conv2D "
                "layer computes; since it learns its kernels, the flip would make no difference to it."
            )
        )
        self.result_changed.emit()
