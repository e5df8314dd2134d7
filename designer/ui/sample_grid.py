"""Images in a grid, each scaled to its cell and captioned underneath.

Images are enlarged by whole pixels with nearest-neighbour sampling, so a 28x28 digit shows its
pixels crisply as the network sees them; only images larger than a cell are scaled smoothly.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

GAP = 6
#: Room around the grid for the frame of a selected image.
MARGIN = 2
#: Opacity of the images while the grid is disabled, such as while a new data set loads.
DISABLED_OPACITY = 0.35


def to_qimage(image: npt.NDArray[np.uint8]) -> QImage:
    """A uint8 ``(C, H, W)`` image as a QImage: RGB for three channels, else its first channel as gray."""
    _, height, width = image.shape
    if image.shape[0] == 3:
        pixels = np.ascontiguousarray(image.transpose(1, 2, 0))
        return QImage(pixels.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    pixels = np.ascontiguousarray(image[0])
    return QImage(pixels.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()


class SampleGrid(QWidget):
    """``columns`` images per row with an optional caption under each; clicking one emits its index."""

    sample_clicked = Signal(int)

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.images: npt.NDArray[np.uint8] = np.zeros((0, 1, 1, 1), dtype=np.uint8)
        self.captions: tuple[str, ...] = ()
        self.selected: int | None = None
        self._pictures: list[QImage] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(columns * 24)

    def set_images(self, images: npt.NDArray[np.uint8], captions: Sequence[str] = ()) -> None:
        """Show uint8 ``(N, C, H, W)`` images; ``captions`` is empty or one text per image."""
        self.images = images
        self.captions = tuple(captions)
        self._pictures = [to_qimage(image) for image in images]
        if self.selected is not None and self.selected >= len(images):
            self.selected = None
        self.updateGeometry()
        self.update()

    def set_selected(self, index: int | None) -> None:
        """Frame the image ``index`` (None: none)."""
        self.selected = index
        self.update()

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + 2 if self.captions else 0

    def _rows(self) -> int:
        return max(1, -(-len(self._pictures) // self.columns))

    def _cell(self, width: int) -> int:
        return max(8, (width - 2 * MARGIN - GAP * (self.columns - 1)) // self.columns)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self._rows()
        return rows * (self._cell(width) + self._caption_height()) + (rows - 1) * GAP + 2 * MARGIN

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def cell_rect(self, index: int) -> QRect:
        """The square that image ``index`` is drawn in (its caption goes below)."""
        cell = self._cell(self.width())
        row, column = divmod(index, self.columns)
        left, top = MARGIN + column * (cell + GAP), MARGIN + row * (cell + GAP + self._caption_height())
        return QRect(left, top, cell, cell)

    def index_at(self, point: QPoint) -> int | None:
        for index in range(len(self._pictures)):
            if self.cell_rect(index).adjusted(0, 0, 0, self._caption_height()).contains(point):
                return index
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        for index, picture in enumerate(self._pictures):
            cell = self.cell_rect(index)
            target = _fit(picture.size(), cell)
            painter.setOpacity(1.0 if self.isEnabled() else DISABLED_OPACITY)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, target.width() < picture.width())
            painter.drawImage(target, picture)
            painter.setOpacity(1.0)
            selected = index == self.selected
            colour = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
            painter.setPen(QPen(colour, 2 if selected else 1))
            painter.drawRect(target.adjusted(-1, -1, 0, 0) if not selected else target.adjusted(-2, -2, 1, 1))
            if self.captions:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                text_rect = QRect(cell.left(), cell.bottom() + 2, cell.width(), self._caption_height())
                text = painter.fontMetrics().elidedText(
                    self.captions[index], Qt.TextElideMode.ElideRight, cell.width()
                )
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index is not None:
            self.sample_clicked.emit(index)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.captions:
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.captions[index], self)
            return True
        return super().event(event)


def _fit(size: QSize, cell: QRect) -> QRect:
    """Where an image of ``size`` goes in ``cell``: enlarged by a whole factor where it can be, centred."""
    scale = min(cell.width() / size.width(), cell.height() / size.height())
    if scale >= 2:
        scale = float(int(scale))
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    return QRect(
        cell.left() + (cell.width() - width) // 2, cell.top() + (cell.height() - height) // 2, width, height
    )
