"""A sample with a heat map (Grad-CAM) laid over it: where the network looked for a class.

The heat runs from transparent (0) through yellow to red (1), so the picture stays readable
where the network did not look.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

#: The heat map's strongest opacity.
MAX_ALPHA = 0.6


def heat_rgba(heat: npt.ArrayLike) -> npt.NDArray[np.uint8]:
    """A ``(H, W)`` map in [0, 1] as ``(H, W, 4)`` RGBA: yellow to red, as opaque as it is hot."""
    t = np.clip(np.asarray(heat, dtype=np.float64), 0.0, 1.0)
    rgba = np.empty((*t.shape, 4))
    rgba[..., 0] = 255
    rgba[..., 1] = 255 * (1 - t)
    rgba[..., 2] = 0
    rgba[..., 3] = 255 * MAX_ALPHA * t
    return np.rint(rgba).astype(np.uint8)


def sample_rgb(image: npt.ArrayLike) -> npt.NDArray[np.uint8]:
    """A ``(C, H, W)`` uint8 sample (1 or 3 channels) as ``(H, W, 3)``."""
    pixels = np.asarray(image, dtype=np.uint8)
    if pixels.ndim != 3 or pixels.shape[0] not in (1, 3):
        raise ValueError(f"the sample must be (1 or 3, height, width); got shape {pixels.shape}")
    channels = np.repeat(pixels, 3, axis=0) if len(pixels) == 1 else pixels
    return np.ascontiguousarray(channels.transpose(1, 2, 0))


class HeatMapOverlay(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: QImage | None = None
        self.heat: QImage | None = None
        self.setMinimumSize(96, 96)

    def set_sample(self, image: npt.ArrayLike, heat: npt.ArrayLike | None = None) -> None:
        """The sample as the network saw it (uint8 ``(C, H, W)``) and its ``(H, W)`` heat map, if any."""
        rgb = sample_rgb(image)
        height, width = rgb.shape[:2]
        self.picture = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        self.heat = None
        if heat is not None:
            rgba = np.ascontiguousarray(heat_rgba(heat))
            if rgba.shape[:2] != (height, width):
                raise ValueError(f"the heat map is {rgba.shape[:2]}; the sample is {(height, width)}")
            self.heat = QImage(rgba.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()
        self.update()

    def picture_rect(self) -> QRect:
        """The square the sample is drawn in: as large as fits, centred."""
        side = min(self.width(), self.height())
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def sizeHint(self) -> QSize:
        return QSize(192, 192)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.picture is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        target = self.picture_rect()
        painter.drawImage(target, self.picture)
        if self.heat is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, self.heat)
        painter.end()
