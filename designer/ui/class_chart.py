"""Training images per class as bars, painted to fit a narrow column.

Class names go under the bars when they fit, turned upright when they fit only that way, and are
left to the tooltips when there are too many classes (CIFAR-100) for either.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from designer.ui.style import GROUP_COLOURS, WARNING_COLOUR

PLOT_HEIGHT = 90
#: The most height that upright class names may take; longer ones are elided.
UPRIGHT_NAMES = 80
BAR_COLOUR = GROUP_COLOURS["Convolution"]
#: Share of each class's slot that its bar fills.
BAR_SHARE = 0.7
DISABLED_OPACITY = 0.35


class Names(Enum):
    """How class names are shown under the bars."""

    ACROSS = "across"
    UPRIGHT = "upright"
    HIDDEN = "hidden"


class ClassChart(QWidget):
    """One bar per class; bars of ``flagged`` classes in the warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: tuple[str, ...] = ()
        self.counts: tuple[int, ...] = ()
        self.flagged: frozenset[int] = frozenset()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMouseTracking(True)

    def set_counts(self, names: Sequence[str], counts: Sequence[int], flagged: Collection[int] = ()) -> None:
        self.names = tuple(names)
        self.counts = tuple(int(count) for count in counts)
        self.flagged = frozenset(flagged)
        self.updateGeometry()
        self.update()

    def names_shown(self, width: int) -> Names:
        """How the names fit under bars spread over ``width`` pixels."""
        if not self.names:
            return Names.HIDDEN
        slot = self._plot(width).width() / len(self.names)
        metrics = self.fontMetrics()
        if max(metrics.horizontalAdvance(name) for name in self.names) <= slot - 4:
            return Names.ACROSS
        return Names.UPRIGHT if slot >= metrics.height() else Names.HIDDEN

    def _label_height(self, width: int) -> int:
        line = self.fontMetrics().height()
        if self.names_shown(width) is not Names.UPRIGHT:
            return line + 4
        longest = max(self.fontMetrics().horizontalAdvance(name) for name in self.names)
        return min(longest, UPRIGHT_NAMES) + 6

    def _axis_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(f"{max(self.counts, default=0):,}") + 6

    def _plot(self, width: int) -> QRect:
        top = self.fontMetrics().height() // 2 + 1
        return QRect(self._axis_width(), top, max(1, width - self._axis_width() - 1), PLOT_HEIGHT)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._plot(width).bottom() + 1 + self._label_height(width)

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(self.width() or 360))

    def index_at(self, x: float) -> int | None:
        plot = self._plot(self.width())
        if not self.names or not plot.left() <= x <= plot.right():
            return None
        return min(len(self.names) - 1, int((x - plot.left()) * len(self.names) / plot.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.counts:
            return
        painter = QPainter(self)
        palette = self.palette()
        ink, grid = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Mid)
        plot = self._plot(self.width())
        largest = max(max(self.counts), 1)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        painter.drawLine(plot.topLeft(), plot.topRight())
        painter.setPen(ink)
        axis = QRect(0, 0, self._axis_width() - 4, self.fontMetrics().height())
        axis.moveCenter(QRect(0, plot.top(), axis.width(), 0).center())
        painter.drawText(axis, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{largest:,}")
        slot = plot.width() / len(self.counts)
        painter.setOpacity(1.0 if self.isEnabled() else DISABLED_OPACITY)
        for index, count in enumerate(self.counts):
            height = plot.height() * count / largest
            bar = QRectF(
                plot.left() + slot * (index + (1 - BAR_SHARE) / 2), plot.bottom() + 1 - height, 0, height
            )
            bar.setWidth(max(1.0, slot * BAR_SHARE))
            colour = WARNING_COLOUR if index in self.flagged else BAR_COLOUR
            painter.fillRect(bar, QColor(colour))
        painter.setOpacity(1.0)
        painter.setPen(grid)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(ink)
        self._paint_names(painter, plot, slot)

    def _paint_names(self, painter: QPainter, plot: QRect, slot: float) -> None:
        metrics = self.fontMetrics()
        shown = self.names_shown(self.width())
        top = plot.bottom() + 3
        if shown is Names.HIDDEN:
            text = self.tr("{count} classes: point at a bar to see its name").format(count=len(self.names))
            area = QRect(plot.left(), top, plot.width(), metrics.height())
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
            return
        for index, name in enumerate(self.names):
            centre = plot.left() + slot * (index + 0.5)
            if shown is Names.ACROSS:
                area = QRectF(centre - slot / 2, top, slot, metrics.height())
                painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
                continue
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, UPRIGHT_NAMES)
            painter.save()
            # Read bottom to top, ending just under the bar.
            painter.translate(QPointF(centre + metrics.ascent() / 2 - metrics.descent() / 2, top))
            painter.rotate(-90)
            painter.drawText(QPointF(-metrics.horizontalAdvance(text), 0), text)
            painter.restore()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                text = self.tr("{name}: {count} training images").format(
                    name=self.names[index], count=f"{self.counts[index]:,}"
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
