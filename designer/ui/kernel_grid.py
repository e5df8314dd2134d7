"""A convolution layer's kernels as a grid of small images.

A first layer that reads an RGB image shows each filter as one colour tile (each filter
stretched to its own range, as such pictures are usually drawn). Other layers show one tile per
(filter, input channel) in a diverging map with one scale for the whole layer: white is 0, red
positive, blue negative, and a colour bar gives the numbers. Hovering a tile shows its values.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

#: Ends of the diverging map (ColorBrewer's RdBu ends); 0 is white.
NEGATIVE = np.array([33, 102, 172], dtype=np.float64)
POSITIVE = np.array([178, 24, 43], dtype=np.float64)
WHITE = np.array([255, 255, 255], dtype=np.float64)
#: At most this many filters (rows) and input channels (columns) are drawn.
MAX_ROWS = 16
MAX_COLUMNS = 16
TILE = 28
GAP = 3
BAR_WIDTH = 14
BAR_MARGIN = 48


def diverging_rgb(values: npt.ArrayLike, scale: float) -> npt.NDArray[np.uint8]:
    """``values`` as colours: -scale blue, 0 white, +scale red (clipped beyond); shape ``(..., 3)``."""
    t = np.clip(np.asarray(values, dtype=np.float64) / (scale if scale > 0 else 1.0), -1.0, 1.0)[..., None]
    colours = np.where(t >= 0, WHITE + t * (POSITIVE - WHITE), WHITE - t * (NEGATIVE - WHITE))
    return np.rint(colours).astype(np.uint8)


def stretched_rgb(kernel: npt.ArrayLike) -> npt.NDArray[np.uint8]:
    """A ``(3, kh, kw)`` filter as an ``(kh, kw, 3)`` picture stretched to its own range."""
    weights = np.asarray(kernel, dtype=np.float64)
    low, high = weights.min(), weights.max()
    scaled = (weights - low) / (high - low) if high > low else np.full_like(weights, 0.5)
    return np.rint(255 * scaled).astype(np.uint8).transpose(1, 2, 0)


def _image(pixels: npt.NDArray[np.uint8]) -> QImage:
    rgb = np.ascontiguousarray(pixels)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class KernelGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weights: npt.NDArray[np.float32] = np.zeros((0, 0, 1, 1), dtype=np.float32)
        self.rgb = False
        self.scale = 0.0
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_kernels(self, weights: npt.ArrayLike, *, rgb: bool = False) -> None:
        """``(filters, inputs, kh, kw)`` weights; ``rgb`` draws 3-input filters as colour tiles."""
        array = np.asarray(weights, dtype=np.float32)
        if array.ndim != 4:
            raise ValueError(f"kernels must be (filters, inputs, height, width); got shape {array.shape}")
        self.weights, self.rgb = array, rgb and array.shape[1] == 3
        self.scale = float(np.abs(array).max()) if array.size else 0.0
        self.updateGeometry()
        self.update()

    # Layout: filters run down, input channels across; RGB filters wrap into rows of MAX_COLUMNS.
    def grid_shape(self) -> tuple[int, int]:
        filters, inputs = self.weights.shape[:2]
        if self.rgb:
            columns = min(filters, MAX_COLUMNS)
            return (-(-min(filters, MAX_ROWS * MAX_COLUMNS) // max(columns, 1)), columns)
        return min(filters, MAX_ROWS), min(inputs, MAX_COLUMNS)

    def tile_rect(self, row: int, column: int) -> QRect:
        return QRect(GAP + column * (TILE + GAP), GAP + row * (TILE + GAP), TILE, TILE)

    def tile_at(self, point: QPoint) -> tuple[int, int] | None:
        """The (filter, input channel) under ``point``; for RGB tiles the channel is -1."""
        rows, columns = self.grid_shape()
        row, column = (point.y() - GAP) // (TILE + GAP), (point.x() - GAP) // (TILE + GAP)
        if not (0 <= row < rows and 0 <= column < columns and self.tile_rect(row, column).contains(point)):
            return None
        if self.rgb:
            index = row * columns + column
            return (index, -1) if index < self.weights.shape[0] else None
        return row, column

    def tile_pixels(self, filter_index: int, channel: int) -> npt.NDArray[np.uint8]:
        if channel < 0:
            return stretched_rgb(self.weights[filter_index])
        return diverging_rgb(self.weights[filter_index, channel], self.scale)

    def sizeHint(self) -> QSize:
        rows, columns = self.grid_shape()
        bar = 0 if self.rgb else BAR_WIDTH + BAR_MARGIN + GAP
        return QSize(GAP + columns * (TILE + GAP) + bar, max(GAP + rows * (TILE + GAP), 120))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rows, columns = self.grid_shape()
        for row in range(rows):
            for column in range(columns):
                tile = self.tile_at(self.tile_rect(row, column).center())
                if tile is not None:
                    painter.drawImage(self.tile_rect(row, column), _image(self.tile_pixels(*tile)))
        if not self.rgb and self.weights.size:
            self._paint_bar(painter, GAP + columns * (TILE + GAP) + GAP)
        painter.end()

    def _paint_bar(self, painter: QPainter, left: int) -> None:
        rows = self.grid_shape()[0]
        height = max(rows * (TILE + GAP) - GAP - 12, 80)  # as tall as the grid
        ramp = diverging_rgb(
            np.linspace(self.scale, -self.scale, height)[:, None].repeat(BAR_WIDTH, 1), self.scale
        )
        top = GAP + 6
        painter.drawImage(QRect(left, top, BAR_WIDTH, height), _image(ramp))
        painter.setPen(self.palette().windowText().color())
        for value, y in ((self.scale, top), (0.0, top + height // 2), (-self.scale, top + height)):
            painter.drawText(QPoint(left + BAR_WIDTH + 4, y + 4), f"{value:+.2g}" if value else "0")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        tile = self.tile_at(event.position().toPoint())
        if tile is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.tile_text(*tile), self)

    def tile_text(self, filter_index: int, channel: int) -> str:
        if channel < 0:
            title = self.tr("filter {index} (RGB)").format(index=filter_index)
            values = self.weights[filter_index].transpose(1, 2, 0)
            rows = [
                "  ".join("(" + ", ".join(f"{v:+.3f}" for v in pixel) + ")" for pixel in line)
                for line in values
            ]
        else:
            title = self.tr("filter {index}, input channel {channel}").format(
                index=filter_index, channel=channel
            )
            rows = ["  ".join(f"{v:+.3f}" for v in line) for line in self.weights[filter_index, channel]]
        return title + "\n" + "\n".join(rows)
