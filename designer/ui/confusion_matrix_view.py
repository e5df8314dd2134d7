"""A confusion matrix as a heat map: rows are the true classes, columns the predicted ones.

Each cell is coloured by its share of the row (white none, dark blue all), so a good model shows a
dark diagonal and each blue cell off it is a mix-up; every row's recall is written beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

#: ColorBrewer's sequential Blues, starting from pure white so that an empty cell is white.
BLUES = np.array(
    [
        (255, 255, 255),
        (222, 235, 247),
        (198, 219, 239),
        (158, 202, 225),
        (107, 174, 214),
        (66, 146, 198),
        (33, 113, 181),
        (8, 81, 156),
        (8, 48, 107),
    ],
    dtype=np.float64,
)
#: Cells darker than this (0-255 luma) get white numbers, lighter ones black.
DARK_LUMA = 140
SELECTED_COLOUR = "#E07B1F"
MIN_CELL = 14
MAX_CELL = 48
#: The grid a size hint asks for, spread over the classes.
PREFERRED_GRID = 300
#: The widest a class name is drawn; longer names are elided.
NAME_WIDTH = 100
MARGIN = 6
PAD = 4


def row_shares(confusion: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """Each count as a share of its row (its true class); a row without images stays all zero."""
    counts = np.asarray(confusion, dtype=np.float64)
    totals = counts.sum(axis=-1, keepdims=True)
    return np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)


def share_rgb(shares: npt.ArrayLike) -> npt.NDArray[np.uint8]:
    """Shares in [0, 1] (clipped beyond) as Blues colours, white at 0; shape ``(..., 3)``."""
    t = np.clip(np.asarray(shares, dtype=np.float64), 0.0, 1.0)
    stops = np.linspace(0.0, 1.0, len(BLUES))
    channels = [np.interp(t, stops, BLUES[:, channel]) for channel in range(3)]
    return np.rint(np.stack(channels, axis=-1)).astype(np.uint8)


def _ink(rgb: npt.NDArray[np.uint8]) -> QColor:
    """Black or white, whichever reads on a cell of colour ``rgb``."""
    luma = 0.299 * int(rgb[0]) + 0.587 * int(rgb[1]) + 0.114 * int(rgb[2])
    return QColor(Qt.GlobalColor.white if luma < DARK_LUMA else Qt.GlobalColor.black)


@dataclass(frozen=True)
class MatrixLayout:
    """Where the parts go for one widget size."""

    cell: int
    #: All the cells; its top-left is cell (0, 0).
    grid: QRect
    #: Column names are turned upright (they don't fit across a cell).
    upright: bool
    #: Only every ``step``-th class name and recall is written when the rows are thinner than a line.
    step: int

    def cell_rect(self, true: int, predicted: int) -> QRect:
        return QRect(
            self.grid.left() + predicted * self.cell, self.grid.top() + true * self.cell, self.cell, self.cell
        )


class ConfusionMatrixView(QWidget):
    #: (true class, predicted class) of a cell clicked with the left button.
    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confusion: npt.NDArray[np.int64] = np.zeros((0, 0), dtype=np.int64)
        self.class_names: tuple[str, ...] = ()
        self.shares: npt.NDArray[np.float64] = np.zeros((0, 0))
        self.colours: npt.NDArray[np.uint8] = np.zeros((0, 0, 3), dtype=np.uint8)
        self.selected_cell: tuple[int, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_matrix(self, confusion: npt.ArrayLike, class_names: Sequence[str]) -> None:
        """Counts with rows for the true classes and columns for the predicted ones.

        The selection is kept when the number of classes stays the same.
        """
        array = np.asarray(confusion)
        if array.ndim != 2 or array.shape[0] != array.shape[1]:
            raise ValueError(
                f"a confusion matrix must be square (classes x classes); got shape {array.shape}"
            )
        if len(class_names) != array.shape[0]:
            raise ValueError(
                f"{array.shape[0]} classes in the confusion matrix but {len(class_names)} class names"
            )
        if (array < 0).any():
            raise ValueError("a confusion matrix holds counts, which cannot be negative")
        if array.shape != self.confusion.shape:
            self.selected_cell = None
        self.confusion, self.class_names = array.astype(np.int64), tuple(class_names)
        self.shares = row_shares(self.confusion)
        self.colours = share_rgb(self.shares)
        self.updateGeometry()
        self.update()

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        """Outline the cell (true class, predicted class), or none."""
        classes = len(self.class_names)
        if cell is not None and not (0 <= cell[0] < classes and 0 <= cell[1] < classes):
            raise ValueError(f"no cell {cell} in a matrix of {classes} classes")
        self.selected_cell = None if cell is None else (int(cell[0]), int(cell[1]))
        self.update()

    # Geometry: an axis title and the class names on the left and on top, the recall column on the right.
    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _count_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return font

    def _title_band(self) -> int:
        return QFontMetrics(self._title_font()).height() + PAD

    def _names_width(self) -> int:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(name) for name in self.class_names), default=0)
        return min(longest, NAME_WIDTH) + PAD

    def _recall_title(self) -> str:
        return self.tr("correct")

    def _recall_width(self) -> int:
        metrics = self.fontMetrics()
        return (
            max(metrics.horizontalAdvance("100%"), metrics.horizontalAdvance(self._recall_title())) + 2 * PAD
        )

    def _fits_across(self, cell: int) -> bool:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(name) for name in self.class_names), default=0) <= cell - PAD

    def _header_height(self, upright: bool) -> int:
        """The band above the grid for the column names, upright or across."""
        line = self.fontMetrics().height()
        return max(self._names_width(), line) + PAD if upright else line + PAD

    def _extent(self, cell: int, upright: bool) -> QSize:
        """The size everything takes with cells of ``cell`` pixels."""
        grid = len(self.class_names) * cell
        title = self._title_band()
        return QSize(
            2 * MARGIN + title + self._names_width() + grid + self._recall_width(),
            2 * MARGIN + title + self._header_height(upright) + grid,
        )

    def _preferred_extent(self, cell: int) -> QSize:
        return self._extent(cell, not self._fits_across(cell))

    def layout_for(self, size: QSize) -> MatrixLayout:
        """The biggest square cells (within MIN_CELL and MAX_CELL) that fit ``size``."""
        classes = max(len(self.class_names), 1)

        def fitting(upright: bool) -> int:
            spare = size - self._extent(0, upright)
            return max(MIN_CELL, min(MAX_CELL, min(spare.width(), spare.height()) // classes))

        # Names across take the least room; when they don't fit the cells that leaves, turn them upright.
        cell = fitting(upright=False)
        upright = not self._fits_across(cell)
        if upright:
            cell = fitting(upright=True)
        extent = self._extent(cell, upright)
        left = max(MARGIN, (size.width() - extent.width()) // 2 + MARGIN)
        top = max(MARGIN, (size.height() - extent.height()) // 2 + MARGIN)
        grid = len(self.class_names) * cell
        corner = QPoint(
            left + self._title_band() + self._names_width(),
            top + self._title_band() + self._header_height(upright),
        )
        return MatrixLayout(
            cell=cell,
            grid=QRect(corner, QSize(grid, grid)),
            upright=upright,
            step=math.ceil(self.fontMetrics().height() / cell),
        )

    def cell_rect(self, true: int, predicted: int) -> QRect:
        return self.layout_for(self.size()).cell_rect(true, predicted)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """The (true class, predicted class) of the cell under ``point``."""
        layout = self.layout_for(self.size())
        if not self.class_names or not layout.grid.contains(point):
            return None
        grid = layout.grid
        return (point.y() - grid.top()) // layout.cell, (point.x() - grid.left()) // layout.cell

    def _recall_row_at(self, point: QPoint) -> int | None:
        layout = self.layout_for(self.size())
        grid = layout.grid
        column = QRect(grid.right() + 1, grid.top(), self._recall_width(), grid.height())
        return (
            (point.y() - grid.top()) // layout.cell if self.class_names and column.contains(point) else None
        )

    def sizeHint(self) -> QSize:
        if not self.class_names:
            return QSize(460, 420)
        return self._preferred_extent(max(MIN_CELL, min(MAX_CELL, PREFERRED_GRID // len(self.class_names))))

    def minimumSizeHint(self) -> QSize:
        return self._preferred_extent(MIN_CELL) if self.class_names else QSize(200, 120)

    # Painting.
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.class_names:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            hint = self.tr("Evaluate the model to see its confusion matrix")
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN), flags, hint)
            painter.end()
            return
        layout = self.layout_for(self.size())
        self._paint_cells(painter, layout)
        painter.setPen(ink)
        self._paint_names(painter, layout)
        self._paint_recall(painter, layout)
        self._paint_titles(painter, layout)
        if self.selected_cell is not None:
            painter.setPen(QPen(QColor(SELECTED_COLOUR), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(layout.cell_rect(*self.selected_cell).adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_cells(self, painter: QPainter, layout: MatrixLayout) -> None:
        font = self._count_font()
        metrics = QFontMetrics(font)
        largest = f"{int(self.confusion.max()):,}"
        counted = metrics.horizontalAdvance(largest) <= layout.cell - PAD and metrics.height() <= layout.cell
        painter.setFont(font)
        classes = len(self.class_names)
        for true in range(classes):
            for predicted in range(classes):
                rect = layout.cell_rect(true, predicted).adjusted(0, 0, -1, -1)  # a 1-pixel gap between cells
                rgb = self.colours[true, predicted]
                painter.fillRect(rect, QColor(int(rgb[0]), int(rgb[1]), int(rgb[2])))
                count = int(self.confusion[true, predicted])
                if counted and count:
                    painter.setPen(_ink(rgb))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{count:,}")
        painter.setFont(self.font())

    def _paint_names(self, painter: QPainter, layout: MatrixLayout) -> None:
        metrics = self.fontMetrics()
        cell, grid, line = layout.cell, layout.grid, metrics.height()
        width = self._names_width()
        for index in range(0, len(self.class_names), layout.step):
            name = metrics.elidedText(self.class_names[index], Qt.TextElideMode.ElideRight, NAME_WIDTH)
            centre = grid.top() + index * cell + cell // 2
            row = QRect(grid.left() - width, centre - line // 2, width - PAD, line)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            x = grid.left() + index * cell
            if not layout.upright:
                column = QRect(x, grid.top() - PAD - line, cell, line)
                painter.drawText(column, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, name)
                continue
            painter.save()
            # Read bottom to top, starting just above the column.
            painter.translate(
                QPointF(x + cell / 2 + (metrics.ascent() - metrics.descent()) / 2, grid.top() - PAD)
            )
            painter.rotate(-90)
            painter.drawText(QPointF(0, 0), name)
            painter.restore()

    def _paint_recall(self, painter: QPainter, layout: MatrixLayout) -> None:
        metrics = self.fontMetrics()
        cell, grid, line = layout.cell, layout.grid, metrics.height()
        right = QRect(grid.right() + 1 + PAD, 0, self._recall_width() - 2 * PAD, line)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(right.translated(0, grid.top() - PAD - line), flags, self._recall_title())
        totals = self.confusion.sum(axis=1)
        for index in range(0, len(self.class_names), layout.step):
            text = f"{self.shares[index, index]:.0%}" if totals[index] else "–"
            painter.drawText(right.translated(0, grid.top() + index * cell + (cell - line) // 2), flags, text)

    def _paint_titles(self, painter: QPainter, layout: MatrixLayout) -> None:
        grid = layout.grid
        painter.setFont(self._title_font())
        band = self._title_band()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip
        predicted = QRect(
            grid.left(), grid.top() - self._header_height(layout.upright) - band, grid.width(), band
        )
        painter.drawText(predicted, flags, self.tr("Predicted class"))
        painter.save()
        left = grid.left() - self._names_width() - band
        painter.translate(QPointF(left + band / 2, grid.center().y()))
        painter.rotate(-90)
        painter.drawText(
            QRect(-grid.height() // 2, -band // 2, grid.height(), band), flags, self.tr("True class")
        )
        painter.restore()
        painter.setFont(self.font())

    # Interaction.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or cell is None:
            super().mousePressEvent(event)
            return
        self.set_selected(cell)
        self.cell_clicked.emit(*cell)

    def cell_text(self, true: int, predicted: int) -> str:
        return self.tr("{count} {true} images predicted as {predicted} ({share:.0%} of {true})").format(
            count=f"{int(self.confusion[true, predicted]):,}",
            true=self.class_names[true],
            predicted=self.class_names[predicted],
            share=float(self.shares[true, predicted]),
        )

    def recall_text(self, index: int) -> str:
        total = int(self.confusion[index].sum())
        return self.tr("{name}: {correct} of {total} images predicted right ({share:.0%})").format(
            name=self.class_names[index],
            correct=f"{int(self.confusion[index, index]):,}",
            total=f"{total:,}",
            share=float(self.shares[index, index]),
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell, row = self.cell_at(event.pos()), self._recall_row_at(event.pos())
            if cell is not None:
                QToolTip.showText(event.globalPos(), self.cell_text(*cell), self)
            elif row is not None:
                QToolTip.showText(event.globalPos(), self.recall_text(row), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
