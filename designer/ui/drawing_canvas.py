"""A square on which the student draws a digit with the mouse, to try a 1-channel network on it.

Strokes go white on black into a 280x280 picture. ``image()`` hands the network that drawing fitted the
way MNIST digits were made: each MNIST digit was size-normalised into a 20x20 box (keeping its aspect
ratio, with anti-aliasing) and then centred by its centre of mass in a 28x28 field. A network trained on
MNIST has only ever seen digits of that size at that place; a drawing that fills the whole square or sits
in a corner would look foreign to it, while one fitted the same way is what it expects.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QElapsedTimer, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: The side of the picture the strokes are painted into, in canvas pixels.
CANVAS_SIZE = 280
#: The pen's default width in canvas pixels: about an MNIST stroke once the digit is fitted to 28x28.
DEFAULT_PEN_WIDTH = 22
#: The share of the output's side that the ink's longer side fills (MNIST: 20 of 28 pixels).
FIT_SHARE = 20 / 28
#: The least time between two ``drawn`` signals while the pen moves, in milliseconds.
DRAWN_INTERVAL_MS = 100
#: The colour of the "Draw here" hint on the black square.
HINT_COLOUR = QColor(255, 255, 255, 90)


def _area_weights(source: int, target: int) -> npt.NDArray[np.float64]:
    """A ``(target, source)`` matrix that resamples a line of ``source`` pixels to ``target`` by area.

    Each output pixel covers ``source / target`` input pixels and averages them by how much of each it
    covers, so shrinking anti-aliases and every row sums to 1.
    """
    edges = np.arange(target + 1) * (source / target)
    starts, ends = edges[:-1, None], edges[1:, None]
    pixels = np.arange(source)[None, :]
    overlap = np.clip(np.minimum(ends, pixels + 1) - np.maximum(starts, pixels), 0.0, None)
    return overlap / (source / target)


def mnist_fit(ink: npt.ArrayLike, height: int, width: int) -> npt.NDArray[np.float32]:
    """The ink (a 2-D array in [0, 1]) fitted into ``(height, width)`` the way MNIST digits were.

    The ink is cropped to its bounding box, scaled by area-averaging (keeping its aspect ratio) so that
    its longer side fills 20/28 of the output, and placed so that its centre of mass lies at the output's
    centre. No ink gives all zeros.
    """
    if height < 1 or width < 1:
        raise ValueError(f"the output must be at least 1x1; got {height}x{width}")
    pixels = np.clip(np.asarray(ink, dtype=np.float64), 0.0, 1.0)
    if pixels.ndim != 2:
        raise ValueError(f"the ink must be a 2-D array; got shape {pixels.shape}")
    output = np.zeros((height, width), dtype=np.float32)
    rows, columns = np.nonzero(pixels)
    if len(rows) == 0:
        return output
    crop = pixels[rows.min() : rows.max() + 1, columns.min() : columns.max() + 1]
    scale = min(FIT_SHARE * height / crop.shape[0], FIT_SHARE * width / crop.shape[1])
    fitted_height = max(1, round(crop.shape[0] * scale))
    fitted_width = max(1, round(crop.shape[1] * scale))
    fitted = _area_weights(crop.shape[0], fitted_height) @ crop @ _area_weights(crop.shape[1], fitted_width).T
    mass = fitted.sum()
    centre_row = (fitted.sum(axis=1) @ np.arange(fitted_height)) / mass
    centre_column = (fitted.sum(axis=0) @ np.arange(fitted_width)) / mass
    top = round((height - 1) / 2 - centre_row)
    left = round((width - 1) / 2 - centre_column)
    out_top, out_left = max(top, 0), max(left, 0)
    out_bottom, out_right = min(top + fitted_height, height), min(left + fitted_width, width)
    if out_top < out_bottom and out_left < out_right:
        output[out_top:out_bottom, out_left:out_right] = fitted[
            out_top - top : out_bottom - top, out_left - left : out_right - left
        ]
    return np.clip(output, 0.0, 1.0)


class DrawingCanvas(QWidget):
    """White strokes on a black square, handed out as a network input by ``image()``."""

    #: The drawing changed: a stroke ended, the canvas was cleared, or (at most every 100 ms) the pen moved.
    drawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
        self._canvas.fill(QColor(Qt.GlobalColor.black))
        self._pen_width = DEFAULT_PEN_WIDTH
        self._output_size = (28, 28)
        self._empty = True
        self._last: QPointF | None = None
        self._since_drawn = QElapsedTimer()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(self.minimumSizeHint())
        self.setCursor(Qt.CursorShape.CrossCursor)

    @property
    def pen_width(self) -> int:
        """The pen's width in pixels of the 280x280 canvas."""
        return self._pen_width

    def set_pen_width(self, px: int) -> None:
        if px < 1:
            raise ValueError(f"the pen must be at least 1 pixel wide; got {px}")
        self._pen_width = px

    @property
    def output_size(self) -> tuple[int, int]:
        """The ``(height, width)`` that ``image()`` returns: the network's input size."""
        return self._output_size

    def set_output_size(self, height: int, width: int) -> None:
        if height < 1 or width < 1:
            raise ValueError(f"the output must be at least 1x1; got {height}x{width}")
        self._output_size = (height, width)

    def is_empty(self) -> bool:
        return self._empty

    def clear(self) -> None:
        self._canvas.fill(QColor(Qt.GlobalColor.black))
        self._empty = True
        self._last = None
        self.update()
        self.drawn.emit()

    def ink(self) -> npt.NDArray[np.float32]:
        """The raw 280x280 canvas in [0, 1], before fitting."""
        rows = np.frombuffer(self._canvas.constBits(), dtype=np.uint8).reshape(
            CANVAS_SIZE, self._canvas.bytesPerLine()
        )
        return rows[:, :CANVAS_SIZE].astype(np.float32) / 255

    def image(self) -> npt.NDArray[np.float32]:
        """The drawing fitted MNIST-style to the output size: ``(height, width)`` float32 in [0, 1]."""
        return mnist_fit(self.ink(), *self._output_size)

    def canvas_rect(self) -> QRect:
        """The square the canvas is shown in, inside its one-pixel border: as large as fits, centred."""
        side = min(self.width(), self.height())
        frame = QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        return frame.adjusted(1, 1, -1, -1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(140, 140)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self.canvas_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._canvas)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
        if self._empty:
            painter.setPen(HINT_COLOUR)
            painter.drawText(target, Qt.AlignmentFlag.AlignCenter, self.tr("Draw here"))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._to_canvas(event.position())
        self._paint(lambda painter: painter.drawPoint(point))
        self._last = point
        self._since_drawn.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._last is None:
            return
        self._extend(event.position())
        if self._since_drawn.elapsed() >= DRAWN_INTERVAL_MS:
            self._since_drawn.restart()
            self.drawn.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._last is None:
            return
        self._extend(event.position())
        self._last = None
        self.drawn.emit()

    def _to_canvas(self, position: QPointF) -> QPointF:
        target = QRectF(self.canvas_rect())
        return (position - target.topLeft()) * (CANVAS_SIZE / target.width())

    def _extend(self, position: QPointF) -> None:
        start, end = self._last, self._to_canvas(position)
        self._paint(lambda painter: painter.drawLine(start, end))
        self._last = end

    def _paint(self, stroke: Callable[[QPainter], None]) -> None:
        painter = QPainter(self._canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(Qt.GlobalColor.white), self._pen_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        stroke(painter)
        painter.end()
        self._empty = False
        self.update()
