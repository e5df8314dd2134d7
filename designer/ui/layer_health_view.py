"""Per-layer health after each epoch: gradient norm, update size, dead ReLU units and a gradient trend.

Rows that look unhealthy are tinted; :meth:`LayerHealthView.warnings` says why in one sentence each.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.engine.events import LayerHealth
from designer.ui.style import ERROR_COLOUR, WARNING_COLOUR
from designer.ui.translation import tr

#: Half the units never firing wastes half the layer, and dead ReLUs seldom come back.
DEAD_FRACTION_LIMIT = 0.5
#: A healthy step changes the weights by about 0.1%; 10% a step means the learning rate is far too high.
EXPLODING_UPDATE_RATIO = 0.1
#: Gradient norm and update ratio both below this: the layer has all but stopped learning.
VANISHING_LIMIT = 1e-7
#: How many of the latest epochs the gradient trend shows.
TREND_EPOCHS = 20
TREND_COLUMN = 4
#: Where the trend cell keeps its values (gradient norms, oldest first).
TREND_ROLE = Qt.ItemDataRole.UserRole + 1
#: Where the layer cell keeps its row's worst problem: "error", "warning" or None.
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2


def layer_problems(health: LayerHealth) -> list[tuple[str, str]]:
    """(``"error"`` or ``"warning"``, one sentence) for each problem of one layer."""
    values = {
        tr("gradient norm"): health.gradient_norm,
        tr("update ratio"): health.update_ratio,
        tr("dead fraction"): 0.0 if health.dead_fraction is None else health.dead_fraction,
    }
    broken = [(what, value) for what, value in values.items() if not math.isfinite(value)]
    if broken:
        what, value = broken[0]
        text = tr("{layer}: the {what} is {value}, not a number (the run diverged); lower the learning rate")
        return [("error", text.format(layer=health.layer, what=what, value=value))]
    problems = []
    if health.update_ratio > EXPLODING_UPDATE_RATIO:
        text = tr(
            "{layer}: updates are {percent} of the weights each step (exploding); lower the learning rate"
        )
        problems.append(("error", text.format(layer=health.layer, percent=f"{health.update_ratio:.0%}")))
    if (
        _has_weights(health)
        and health.gradient_norm < VANISHING_LIMIT
        and health.update_ratio < VANISHING_LIMIT
    ):
        text = tr("{layer}: gradients vanish (norm {norm}); try BatchNorm, ReLU or a higher learning rate")
        problems.append(("warning", text.format(layer=health.layer, norm=f"{health.gradient_norm:.0e}")))
    if health.dead_fraction is not None and health.dead_fraction >= DEAD_FRACTION_LIMIT:
        text = tr(
            "{layer}: {percent} of its ReLU units never fired this epoch (dead); "
            "try a lower learning rate or LeakyReLU"
        )
        problems.append(("warning", text.format(layer=health.layer, percent=f"{health.dead_fraction:.0%}")))
    return problems


def _has_weights(health: LayerHealth) -> bool:
    """A layer without weights (a lone ReLU) reports exactly zero gradient and update."""
    return health.gradient_norm != 0.0 or health.update_ratio != 0.0


def _number(value: float) -> str:
    return f"{value:.2g}"


class _TrendDelegate(QStyledItemDelegate):
    """Paints a cell's gradient norms as a tiny line on a log scale, newest at the right."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        values = [v for v in index.data(TREND_ROLE) or () if v > 0 and math.isfinite(v)]
        if len(values) < 2:
            return
        logs = [math.log10(v) for v in values]
        low, span = min(logs), max(logs) - min(logs)
        box = option.rect.adjusted(4, 4, -4, -4)
        step = box.width() / (len(logs) - 1)
        points = [
            QPointF(box.left() + i * step, box.bottom() - ((v - low) / span if span else 0.5) * box.height())
            for i, v in enumerate(logs)
        ]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 1.2))
        painter.drawPolyline(points)
        painter.setBrush(option.palette.color(QPalette.ColorRole.Text))
        painter.drawEllipse(points[-1], 2, 2)
        painter.restore()


class LayerHealthView(QWidget):
    """One row per layer with the latest epoch's health; unhealthy rows tinted and explained."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trends: dict[str, list[tuple[int, float]]] = {}
        self._problems: list[str] = []
        self.title = QLabel()
        self.table = QTableWidget(0, 5)
        headers = (
            (self.tr("Layer"), ""),
            (self.tr("Gradient"), self.tr("Size (norm) of the layer's gradient on the epoch's last batch")),
            (
                self.tr("Update"),
                self.tr("Size of the last optimizer step relative to the weights; about 0.001 is healthy"),
            ),
            (
                self.tr("Dead ReLU"),
                self.tr("Share of the layer's ReLU units that never fired on the last batch"),
            ),
            (self.tr("Trend"), self.tr("Gradient norm over the last epochs (log scale)")),
        )
        for column, (text, tip) in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.setItemDelegateForColumn(TREND_COLUMN, _TrendDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TREND_COLUMN, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.clear()

    def clear(self) -> None:
        self._trends.clear()
        self._problems = []
        self.table.setRowCount(0)
        self.title.setText(self.tr("Layer health appears after the first epoch."))

    def update_health(self, epoch: int, health: Sequence[LayerHealth]) -> None:
        """Show ``epoch``'s health; a repeated or earlier epoch replaces the trend from there on."""
        self._problems = []
        self.table.setRowCount(len(health))
        for row, layer in enumerate(health):
            trend = [point for point in self._trends.get(layer.layer, []) if point[0] < epoch]
            self._trends[layer.layer] = [*trend, (epoch, layer.gradient_norm)][-TREND_EPOCHS:]
            problems = layer_problems(layer)
            self._problems += [sentence for _, sentence in problems]
            weighted = _has_weights(layer)
            cells = (
                layer.layer,
                _number(layer.gradient_norm) if weighted else "-",
                _number(layer.update_ratio) if weighted else "-",
                "-" if layer.dead_fraction is None else f"{layer.dead_fraction:.0%}",
                "",
            )
            severities = {severity for severity, _ in problems}
            severity = "error" if "error" in severities else "warning" if severities else None
            items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(items):
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if severity is not None:
                    colour = QColor(ERROR_COLOUR if severity == "error" else WARNING_COLOUR)
                    colour.setAlpha(90)  # a tint: the text stays readable on light and dark palettes
                    item.setBackground(colour)
                    item.setToolTip("\n".join(sentence for _, sentence in problems))
                self.table.setItem(row, column, item)
            items[0].setData(SEVERITY_ROLE, severity)
            self._show_trend(items[TREND_COLUMN], self._trends[layer.layer] if weighted else [])
        if self._problems:
            text = self.tr("After epoch {epoch}: {count} problem(s); hover a tinted row to see why")
            self.title.setText(text.format(epoch=epoch, count=len(self._problems)))
        else:
            self.title.setText(self.tr("After epoch {epoch}: every layer looks healthy").format(epoch=epoch))

    def _show_trend(self, item: QTableWidgetItem, trend: list[tuple[int, float]]) -> None:
        item.setData(TREND_ROLE, [norm for _, norm in trend])
        if len(trend) > 1:
            (first, start), (last, end) = trend[0], trend[-1]
            tip = self.tr("Gradient norm, epochs {first}-{last}: {start} to {end}")
            item.setToolTip(tip.format(first=first, last=last, start=_number(start), end=_number(end)))

    def warnings(self) -> list[str]:
        """One sentence per problem in the latest epoch, for the status bar."""
        return list(self._problems)

    def flag(self, row: int) -> str | None:
        """``"error"`` or ``"warning"`` when row ``row`` is tinted as unhealthy, else None."""
        item = self.table.item(row, 0)
        severity = None if item is None else item.data(SEVERITY_ROLE)
        return str(severity) if severity else None


def _sample_health(epoch: int) -> list[LayerHealth]:
    """A network going wrong over a few epochs: c3's units die, c5's gradients vanish, f6 explodes."""
    return [
        LayerHealth("c1", 0.05 * 0.9**epoch, 1.2e-3, 0.03),
        LayerHealth("c3", 0.04, 1e-3, min(0.04 + 0.1 * epoch, 1.0)),
        LayerHealth("relu_1", 0.0, 0.0, 0.2),
        LayerHealth("c5", 1e-3 * 0.02**epoch, 1e-3 * 0.02**epoch, 0.1),
        LayerHealth("f6", 0.3 * epoch, 0.06 * epoch, None),
        LayerHealth("output", 0.4, 1.5e-3, None),
    ]


def _preview() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    view = LayerHealthView()
    for epoch in range(1, 7):
        view.update_health(epoch, _sample_health(epoch))
    view.setWindowTitle(view.tr("Layer health"))
    view.resize(420, 220)
    view.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    _preview()
