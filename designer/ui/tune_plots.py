"""A study's two charts (pyqtgraph, styled like the training curves): the optimisation history, each
complete trial's validation accuracy as a dot and the best so far as a step line; and how much each
knob mattered, as horizontal bars."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QHBoxLayout, QWidget

from designer.engine.tuning_events import TrialFinished
from designer.ui.training_plots import RATE_COLOUR, TRAIN_COLOUR, VALIDATION_COLOUR
from designer.ui.trials_table import STATE_COLOURS

#: Bars shown at most: the knobs that mattered most.
MAX_BARS = 12


class TunePlots(QWidget):
    """``history`` and ``importance`` plots side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Titles on the first row, the history's legend on the second (above the plot, where it hides
        # no trial), the plots on the third.
        self.graphics = pg.GraphicsLayoutWidget()
        self.titles = (
            pg.LabelItem(self.tr("Optimisation history"), size="11pt"),
            pg.LabelItem(self.tr("Parameter importance"), size="11pt"),
        )
        for column, title in enumerate(self.titles):
            self.graphics.addItem(title, row=0, col=column)
        self.legend = pg.LegendItem(colCount=3, verSpacing=-6, frame=False)
        self.graphics.addItem(self.legend, row=1, col=0)
        self.history: pg.PlotItem = self.graphics.addPlot(row=2, col=0)
        self.importance: pg.PlotItem = self.graphics.addPlot(row=2, col=1)
        layout = self.graphics.ci.layout
        layout.setColumnStretchFactor(0, 3)
        layout.setColumnStretchFactor(1, 2)
        layout.setRowStretchFactor(2, 1)
        for plot in (self.history, self.importance):
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setMenuEnabled(False)
            for side in ("left", "bottom"):
                plot.getAxis(side).setStyle(maxTickLevel=0)
                plot.getAxis(side).enableAutoSIPrefix(False)
        self.history.setLabel("left", self.tr("val. accuracy (%)"))
        self.history.setLabel("bottom", self.tr("trial"))
        self.history.getAxis("left").setWidth(56)
        dots = pg.mkPen(VALIDATION_COLOUR, width=1)
        self.values = self.history.plot(
            pen=None, symbol="o", symbolSize=8, symbolPen=dots, symbolBrush=VALIDATION_COLOUR,
            name=self.tr("complete"),
        )  # fmt: skip
        pruned = QColor(STATE_COLOURS["pruned"])
        self.pruned = self.history.plot(
            pen=None, symbol="x", symbolSize=8, symbolPen=pg.mkPen(pruned, width=2), symbolBrush=pruned,
            name=self.tr("pruned (last epoch)"),
        )  # fmt: skip
        self.best = self.history.plot(
            pen=pg.mkPen(TRAIN_COLOUR, width=2), stepMode="left", name=self.tr("best so far")
        )
        for curve in (self.values, self.pruned, self.best):
            self.legend.addItem(curve, curve.name())
        self.legend.updateSize()
        self.legend.setFixedHeight(self.legend.height())
        self.importance.setLabel("bottom", self.tr("importance"))
        self.importance.hideButtons()
        self.importance.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=RATE_COLOUR, pen=None)
        self.importance.addItem(self.bars)
        self.note = pg.TextItem(anchor=(0.5, 0.5))
        self.importance.addItem(self.note, ignoreBounds=True)
        self.set_importances(None)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.graphics)
        self._apply_palette()

    def set_trials(self, trials: Sequence[TrialFinished], last_values: Mapping[int, float]) -> None:
        """Draw the complete trials, the pruned ones at their last epoch's accuracy (``last_values``,
        when known) and the best value so far."""
        complete = sorted(
            (t.number, 100 * t.value) for t in trials if t.state == "complete" and t.value is not None
        )
        pruned = [
            (t.number, 100 * last_values[t.number])
            for t in trials
            if t.state == "pruned" and t.number in last_values
        ]
        x = np.array([n for n, _ in complete], dtype=float)
        y = np.array([v for _, v in complete], dtype=float)
        self.values.setData(x, y)
        self.pruned.setData([n for n, _ in pruned], [v for _, v in pruned])
        if len(x):
            # The best holds from each trial to the next, and on to the latest trial.
            best = np.maximum.accumulate(y)
            last = max(max(t.number for t in trials), x[-1]) + 0.5
            self.best.setData(np.append(x, last), np.append(best, best[-1]))
        else:
            self.best.setData([], [])

    def set_importances(self, importances: Mapping[str, float] | None, note: str = "") -> None:
        """Bars for the knobs' importances (largest on top); with None, ``note`` says why there are none."""
        shown = sorted((importances or {}).items(), key=lambda item: item[1], reverse=True)[:MAX_BARS]
        shown.reverse()  # the first bar is drawn at the bottom
        self.bars.setOpts(x0=[0] * len(shown), y=list(range(len(shown))), width=[v for _, v in shown])
        axis = self.importance.getAxis("left")
        axis.setTicks([[(i, key) for i, (key, _) in enumerate(shown)]])
        metrics = QFontMetrics(axis.style["tickFont"] or self.font())
        axis.setWidth(max((metrics.horizontalAdvance(key) for key, _ in shown), default=20) + 12)
        self.note.setText("" if shown else note)
        if shown:
            self.importance.setRange(
                xRange=(0, 1.05 * max(v for _, v in shown) or 1), yRange=(-0.6, len(shown) - 0.4)
            )
        else:
            self.importance.setRange(xRange=(0, 1), yRange=(0, 1))
            self.note.setPos(0.5, 0.5)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        """Background, axes and texts follow the widget palette, as in the training curves."""
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        subtle = QColor(text)
        subtle.setAlpha(110)
        self.graphics.setBackground(base)
        for title in self.titles:
            title.setText(title.text, color=text)
        for plot in (self.history, self.importance):
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(subtle)
                plot.getAxis(side).setTextPen(text)
        self.legend.setLabelTextColor(text)
        for _, label in self.legend.items:
            label.setText(label.text)  # labels take a new colour only when their text is set
        self.note.setColor(text)
