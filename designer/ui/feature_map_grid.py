"""One layer's feature maps for a sample, as a grid of grayscale tiles.

All maps of the layer share one scale (the layer's lowest value black, its highest white), so a
map that stays dark really is quieter than its neighbours, not just stretched differently.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

#: The longest side of a tile; maps are scaled up by whole pixels to about this size.
TILE = 56
GAP = 4
MAX_MAPS = 64


def gray_levels(maps: npt.ArrayLike) -> npt.NDArray[np.uint8]:
    """``(C, H, W)`` activations as 0-255 levels on the layer's shared scale (mid-gray when flat)."""
    values = np.asarray(maps, dtype=np.float64)
    low, high = (values.min(), values.max()) if values.size else (0.0, 0.0)
    scaled = (values - low) / (high - low) if high > low else np.full_like(values, 0.5)
    return np.rint(255 * scaled).astype(np.uint8)


class FeatureMapGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maps: npt.NDArray[np.float32] = np.zeros((0, 1, 1), dtype=np.float32)
        self.levels: npt.NDArray[np.uint8] = np.zeros((0, 1, 1), dtype=np.uint8)
        self.setMouseTracking(True)

    def set_maps(self, maps: npt.ArrayLike) -> None:
        """A layer's ``(C, H, W)`` output; at most the first 64 maps are drawn."""
        array = np.asarray(maps, dtype=np.float32)
        if array.ndim != 3:
            raise ValueError(f"feature maps must be (channels, height, width); got shape {array.shape}")
        self.maps, self.levels = array, gray_levels(array)
        self.updateGeometry()
        self.update()

    def tile_size(self) -> QSize:
        height, width = self.maps.shape[1:]
        zoom = max(1, TILE // max(height, width))
        return QSize(width * zoom, height * zoom)

    def columns(self) -> int:
        tile = self.tile_size().width() + GAP
        return max(1, min((max(self.width(), tile) - GAP) // tile, len(self.maps)))

    def tile_rect(self, index: int) -> QRect:
        size, columns = self.tile_size(), self.columns()
        row, column = divmod(index, columns)
        return QRect(
            GAP + column * (size.width() + GAP),
            GAP + row * (size.height() + GAP),
            size.width(),
            size.height(),
        )

    def map_at(self, point: QPoint) -> int | None:
        shown = min(len(self.maps), MAX_MAPS)
        return next((index for index in range(shown) if self.tile_rect(index).contains(point)), None)

    def sizeHint(self) -> QSize:
        size = self.tile_size()
        columns = min(8, max(len(self.maps), 1))
        rows = -(-min(len(self.maps), MAX_MAPS) // columns)
        return QSize(GAP + columns * (size.width() + GAP), GAP + rows * (size.height() + GAP))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self.tile_size()
        columns = max(1, min((width - GAP) // (size.width() + GAP), max(len(self.maps), 1)))
        rows = -(-min(len(self.maps), MAX_MAPS) // columns)
        return GAP + rows * (size.height() + GAP)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        for index in range(min(len(self.maps), MAX_MAPS)):
            levels = np.ascontiguousarray(self.levels[index])
            height, width = levels.shape
            image = QImage(levels.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
            painter.drawImage(self.tile_rect(index), image)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.map_at(event.position().toPoint())
        if index is None:
            QToolTip.hideText()
            return
        values = self.maps[index]
        text = self.tr("map {index}: {low:.3g} to {high:.3g}, mean {mean:.3g}").format(
            index=index, low=float(values.min()), high=float(values.max()), mean=float(values.mean())
        )
        QToolTip.showText(event.globalPosition().toPoint(), text, self)
