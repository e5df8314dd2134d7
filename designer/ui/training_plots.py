"""Live curves of a training run: loss, accuracy and learning rate against epochs (pyqtgraph).

Each curve is created once. Updates append to growing numpy columns and hand pyqtgraph views of
them, so an update costs one ``setData`` per curve it touches; clip-to-view and peak downsampling
keep tens of thousands of batch points smooth.
"""

from __future__ import annotations

import csv
import html
import io
import math
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from designer.core.atomic import write_atomic
from designer.core.runs import EpochMetrics
from designer.engine.events import BatchProgress, EpochEnded
from designer.ui.image_files import save_image
from designer.ui.messages import write_failure

#: Fixed curve colours: mid tones that read on light and dark backgrounds.
RUNNING_COLOUR = "#3B7DD8"
TRAIN_COLOUR = "#2E9E5B"
VALIDATION_COLOUR = "#E07B1F"
RATE_COLOUR = "#8B5CD6"
COMPARISON_COLOURS = ("#D9457A", "#17A2B8", "#B5892A", "#7A8899", "#A0522D", "#7A9E1F")
EXPORT_SIZE = (800, 450)
#: Narrower plots wrap the legend onto two rows.
LEGEND_ONE_ROW_WIDTH = 620
#: The smoothed loss averages the running loss over about this many epochs.
SMOOTHING_EPOCHS = 0.1
BATCH_COLUMNS = (
    "x", "epoch", "batch", "batches", "running_loss", "running_accuracy", "smoothed_loss", "images_per_second"
)  # fmt: skip
EPOCH_COLUMNS = (
    "epoch", "train_loss", "train_accuracy", "validation_loss", "validation_accuracy", "learning_rate",
    "seconds", "images_per_second",
)  # fmt: skip
#: The CSV's columns, documented in :meth:`TrainingPlots.export_csv`.
CSV_COLUMNS = ("kind", *dict.fromkeys(BATCH_COLUMNS + EPOCH_COLUMNS))
#: The running accuracy in percent, kept as drawn so that an update copies nothing.
PERCENT_COLUMN = "running_accuracy_percent"
LOSS_CURVES = ("running_loss", "smoothed_loss", "train_loss", "validation_loss")
ACCURACY_CURVES = ("running_accuracy", "train_accuracy", "validation_accuracy")
#: Curves with a point per progress report rather than per epoch.
BATCH_CURVES = ("running_loss", "smoothed_loss", "running_accuracy")


class _Columns:
    """Equal-length float columns that double when full, so appending is amortised O(1).

    Views handed out stay valid: appends write past them, and growing copies into new arrays.
    """

    def __init__(self, names: Sequence[str], capacity: int) -> None:
        self._data = {name: np.empty(capacity) for name in names}
        self.capacity, self.size = capacity, 0

    def append(self, *values: float) -> None:
        """One value per column, in the order the columns were named."""
        if self.size == self.capacity:
            self.capacity *= 2
            for name, column in self._data.items():
                self._data[name] = np.concatenate([column, np.empty_like(column)])
        for column, value in zip(self._data.values(), values, strict=True):
            column[self.size] = value
        self.size += 1

    def __getitem__(self, name: str) -> np.ndarray:
        return self._data[name][: self.size]


def _nearest(curve: pg.PlotDataItem, x: float, per_epoch: bool) -> tuple[float, float] | None:
    """The point of ``curve`` nearest to ``x``, or None if it lies more than half an epoch away
    (per-epoch curves) or more than one and a half report intervals away (per-batch curves)."""
    xs, ys = curve.xData, curve.yData
    if xs is None or not len(xs):
        return None
    i = int(np.searchsorted(xs, x))
    if i == len(xs) or (i and x - xs[i - 1] <= xs[i] - x):
        i -= 1
    reach = 0.5 if per_epoch else 1.5 * (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
    return (float(xs[i]), float(ys[i])) if abs(xs[i] - x) <= reach else None


class TrainingPlots(QWidget):
    """Loss, accuracy and learning rate of the current run, with other runs overlaid for comparison.

    Accuracy is drawn in percent. Per-batch points sit at ``epoch - 1 + batch / batches``, per-epoch
    points at the epoch's end (``x = epoch``).
    """

    PLOTS = ("loss", "accuracy", "learning_rate")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_label = ""
        self.epochs: int | None = None
        self._batches = _Columns((*BATCH_COLUMNS, PERCENT_COLUMN), 1024)
        self._epochs = _Columns(EPOCH_COLUMNS, 64)
        self._crosshair_x: float | None = None
        self.graphics = pg.GraphicsLayoutWidget()
        self.plots: dict[str, pg.PlotItem] = {}
        self.crosshairs: dict[str, tuple[pg.InfiniteLine, pg.TextItem]] = {}
        titles = (self.tr("loss"), self.tr("accuracy (%)"), self.tr("learning rate"))
        # One legend for all plots, above them: the loss and accuracy series share their colours.
        self.legend = pg.LegendItem(colCount=5, verSpacing=-6, frame=False)
        self.legend.sigSampleClicked.connect(self._on_legend_sample_clicked)
        self.graphics.addItem(self.legend, row=0, col=0)
        for row, (name, title, stretch) in enumerate(zip(self.PLOTS, titles, (5, 4, 3), strict=True), 1):
            plot = self.graphics.addPlot(row=row, col=0)
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
            plot.showGrid(x=True, y=True, alpha=0.15)
            for side in (
                "left",
                "bottom",
            ):  # the grid's minor lines would make each repaint several times slower
                plot.getAxis(side).setStyle(maxTickLevel=0)
            plot.setLabel("left", title)
            plot.getAxis("left").enableAutoSIPrefix(False)  # "loss (x0.001)" reads worse than 0.02
            plot.getAxis("left").setWidth(64)
            if name != "loss":
                plot.setXLink(self.plots["loss"])
            if name != "learning_rate":  # the plots share the x axis: its numbers show once, at the bottom
                plot.getAxis("bottom").setStyle(showValues=False)
                plot.getAxis("bottom").setHeight(6)
            self.graphics.ci.layout.setRowStretchFactor(row, stretch)
            line, readout = pg.InfiniteLine(angle=90, movable=False), pg.TextItem(anchor=(0, 0))
            for item in (line, readout):
                item.setZValue(100)
                item.hide()
                plot.addItem(item, ignoreBounds=True)
            menu = plot.vb.menu
            menu.addSeparator()
            menu.addAction(self.tr("Save plot as PNG...")).triggered.connect(
                partial(self._on_save_png_triggered, name)
            )
            menu.addAction(self.tr("Save data as CSV...")).triggered.connect(self._on_save_csv_triggered)
            plot.vb.sigRangeChanged.connect(self._on_view_range_changed)
            self.plots[name], self.crosshairs[name] = plot, (line, readout)
        self.plots["learning_rate"].setLabel("bottom", self.tr("epoch"))
        self.plots["learning_rate"].getAxis("bottom").enableAutoSIPrefix(False)
        self.curves = self._create_curves()
        #: Legend entry (a loss curve) -> the accuracy curve it shows and hides with it.
        self._partners = {
            self.curves[f"{kind}_loss"]: self.curves[f"{kind}_accuracy"]
            for kind in ("running", "train", "validation")
        }
        for name in LOSS_CURVES:
            self.legend.addItem(self.curves[name], self.curves[name].name())
        self._fit_legend()
        self.comparison_curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.graphics.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self._apply_palette()

    def _create_curves(self) -> dict[str, pg.PlotDataItem]:
        faint = QColor(RUNNING_COLOUR)
        faint.setAlpha(110)
        loss, accuracy, rate = (self.plots[name] for name in self.PLOTS)
        running, train, validation = (
            self.tr("running mean (batches)"),
            self.tr("train"),
            self.tr("validation"),
        )

        def per_epoch(plot: pg.PlotItem, colour: str, symbol: str, name: str) -> pg.PlotDataItem:
            pen = pg.mkPen(colour, width=2)
            return plot.plot(
                pen=pen, symbol=symbol, symbolSize=6, symbolPen=pen, symbolBrush=colour, name=name
            )

        return {
            "running_loss": loss.plot(pen=pg.mkPen(faint, width=1), name=running),
            "smoothed_loss": loss.plot(pen=pg.mkPen(RUNNING_COLOUR, width=2), name=self.tr("smoothed")),
            "train_loss": per_epoch(loss, TRAIN_COLOUR, "o", train),
            "validation_loss": per_epoch(loss, VALIDATION_COLOUR, "s", validation),
            "running_accuracy": accuracy.plot(pen=pg.mkPen(faint, width=1), name=running),
            "train_accuracy": per_epoch(accuracy, TRAIN_COLOUR, "o", train),
            "validation_accuracy": per_epoch(accuracy, VALIDATION_COLOUR, "s", validation),
            "learning_rate": per_epoch(rate, RATE_COLOUR, "o", self.tr("learning rate")),
        }

    # The run's data

    def start_run(self, label: str, epochs: int | None = None) -> None:
        """Forget the current run's curves (comparison overlays stay) and title the plots ``label``.

        With ``epochs`` the epoch axis spans the whole run from the start, and the curves grow
        across it; without, it fits the data.
        """
        self.run_label, self.epochs = label, epochs
        if epochs is None:
            self.plots["loss"].enableAutoRange(x=True)
        else:
            self.plots["loss"].setXRange(0, epochs, padding=0.02)
        self._batches = _Columns((*BATCH_COLUMNS, PERCENT_COLUMN), 1024)
        self._epochs = _Columns(EPOCH_COLUMNS, 64)
        for curve in self.curves.values():
            curve.setData([], [])
        self._refresh_crosshair()

    def add_batch(self, progress: BatchProgress) -> None:
        self.add_batches([progress])

    def add_batches(self, reports: Sequence[BatchProgress]) -> None:
        """Several progress reports with one redraw: a backlog, or a finished run's saved reports."""
        b = self._batches
        for p in reports:
            x = p.epoch - 1 + p.batch / p.batches
            # An exponential average over time rather than points, so frequent and rare reports smooth alike.
            weight = math.exp(-max(x - b["x"][-1], 0.0) / SMOOTHING_EPOCHS) if b.size else 0.0
            smoothed = weight * b["smoothed_loss"][-1] + (1 - weight) * p.loss if b.size else p.loss
            values = (x, p.epoch, p.batch, p.batches, p.loss, p.accuracy, smoothed, p.images_per_second)
            b.append(*values, 100 * p.accuracy)
        self._draw_batches()

    def add_epoch(self, ended: EpochEnded) -> None:
        self._append_epoch(ended)
        self._draw_epochs()

    def show_history(self, epochs: Sequence[EpochMetrics]) -> None:
        """Draw a finished run's per-epoch curves as the current run (it keeps the current label)."""
        self.start_run(self.run_label, self.epochs)
        for ended in sorted(epochs, key=lambda e: e.epoch):
            self._append_epoch(ended)
        self._draw_epochs()

    def set_comparison(self, runs: Sequence[tuple[str, Sequence[EpochMetrics]]]) -> None:
        """Overlay each run's validation loss and accuracy, dashed; an empty list removes the overlays."""
        for loss_curve, accuracy_curve in self.comparison_curves:
            self.legend.removeItem(loss_curve)
            del self._partners[loss_curve]
            self.plots["loss"].removeItem(loss_curve)
            self.plots["accuracy"].removeItem(accuracy_curve)
        self.comparison_curves = []
        for index, (name, epochs) in enumerate(runs):
            ordered = sorted(epochs, key=lambda e: e.epoch)
            x = np.array([e.epoch for e in ordered], dtype=float)
            colour = COMPARISON_COLOURS[index % len(COMPARISON_COLOURS)]
            pen = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)
            loss = self.plots["loss"].plot(x, [e.validation_loss for e in ordered], pen=pen, name=name)
            accuracy = [100 * e.validation_accuracy for e in ordered]
            self._partners[loss] = self.plots["accuracy"].plot(x, accuracy, pen=pen, name=name)
            self.comparison_curves.append((loss, self._partners[loss]))
            self.legend.addItem(loss, name)
        self._fit_legend()
        self._refresh_crosshair()

    def _append_epoch(self, ended: EpochMetrics) -> None:
        self._epochs.append(*(getattr(ended, name, math.nan) for name in EPOCH_COLUMNS))

    def _draw_batches(self) -> None:
        b = self._batches
        self.curves["running_loss"].setData(b["x"], b["running_loss"])
        self.curves["smoothed_loss"].setData(b["x"], b["smoothed_loss"])
        self.curves["running_accuracy"].setData(b["x"], b[PERCENT_COLUMN])
        self._refresh_crosshair()

    def _draw_epochs(self) -> None:
        e = self._epochs
        for name in ("train_loss", "validation_loss", "learning_rate"):
            self.curves[name].setData(e["epoch"], e[name])
        for name in ("train_accuracy", "validation_accuracy"):
            self.curves[name].setData(e["epoch"], 100 * e[name])
        rates = e["learning_rate"][np.isfinite(e["learning_rate"])]
        if rates.size and rates.max() > 0:  # from zero up: a constant rate would centre on a flat line
            self.plots["learning_rate"].setYRange(0, float(rates.max()) * 1.15, padding=0)
        self._refresh_crosshair()

    def _fit_legend(self) -> None:
        """Give the legend's row the height of its entries (the layout does not ask it)."""
        self.legend.updateSize()
        self.legend.setFixedHeight(self.legend.height())
        self._apply_palette()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the legend onto two rows when the plots are narrow, so no entry is cut off."""
        super().resizeEvent(event)
        columns = 2 if event.size().width() < LEGEND_ONE_ROW_WIDTH else 5
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)
            self._fit_legend()

    def _on_legend_sample_clicked(self, curve: pg.PlotDataItem) -> None:
        """The legend has just shown or hidden a loss curve: its accuracy partner follows."""
        if curve in self._partners:
            self._partners[curve].setVisible(curve.isVisible())
        self._refresh_crosshair()

    # Crosshair read-out

    def set_crosshair(self, x: float | None) -> None:
        """Show the vertical line and the values of the visible series at ``x`` epochs; None hides them."""
        self._crosshair_x = x
        self._refresh_crosshair()

    def readout(self, plot: str, x: float) -> list[tuple[str | None, str]]:
        """What the crosshair label of one plot shows at ``x``: (series colour or None, text) per line."""
        lines: list[tuple[str | None, str]] = []
        if plot == "loss":
            header = self.tr("{label}: epoch {x}") if self.run_label else self.tr("epoch {x}")
            lines.append((None, header.format(label=self.run_label, x=f"{x:.2f}")))
        names = {"loss": LOSS_CURVES, "accuracy": ACCURACY_CURVES}.get(plot, ("learning_rate",))
        curves = [(self.curves[name], name not in BATCH_CURVES) for name in names]
        if plot != "learning_rate":
            curves += [(pair[plot == "accuracy"], True) for pair in self.comparison_curves]
        for curve, per_epoch in curves:
            point = _nearest(curve, x, per_epoch) if curve.isVisible() else None
            if point is None:
                continue
            value = {"loss": f"{point[1]:.4g}", "accuracy": f"{point[1]:.1f}%"}.get(plot, f"{point[1]:.3g}")
            if per_epoch:
                text = self.tr("{name}, epoch {epoch}: {value}").format(
                    name=curve.name(), epoch=round(point[0]), value=value
                )
            else:
                text = self.tr("{name}: {value}").format(name=curve.name(), value=value)
            lines.append((curve.opts["pen"].color().name(), text))
        return lines

    def _refresh_crosshair(self) -> None:
        x = self._crosshair_x
        for name, (line, readout) in self.crosshairs.items():
            lines = [] if x is None else self.readout(name, x)
            line.setVisible(x is not None)
            readout.setVisible(bool(lines))
            if x is None or not lines:
                continue
            line.setPos(x)
            readout.setHtml("<br>".join(_html_line(colour, text) for colour, text in lines))
            # Beside the line, inside the plot; low in the accuracy plot, where rising curves leave room.
            (left, right), (bottom, top) = self.plots[name].vb.viewRange()
            low = name == "accuracy"
            readout.setAnchor((1.0 if x > (left + right) / 2 else 0.0, 1.0 if low else 0.0))
            readout.setPos(x, bottom if low else top)

    def _on_scene_mouse_moved(self, position: QPointF) -> None:
        for plot in self.plots.values():
            if plot.vb.sceneBoundingRect().contains(position):
                self.set_crosshair(plot.vb.mapSceneToView(position).x())
                return
        self.set_crosshair(None)

    def _on_view_range_changed(self, *_: object) -> None:
        if self._crosshair_x is not None:
            self._refresh_crosshair()

    def leaveEvent(self, event: QEvent) -> None:
        self.set_crosshair(None)
        super().leaveEvent(event)

    # Look

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        """Background, axes, legends and read-out follow the widget palette; curve colours stay."""
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        panel, subtle = QColor(base), QColor(text)
        panel.setAlpha(220)
        subtle.setAlpha(110)
        self._base, self._panel, self._text, self._subtle = base, panel, text, subtle
        self.graphics.setBackground(base)
        self.legend.setLabelTextColor(text)
        for _, label in self.legend.items:
            label.setText(label.text)  # labels take a new colour only when their text is set
        for name, plot in self.plots.items():
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(subtle)
                plot.getAxis(side).setTextPen(text)
            line, readout = self.crosshairs[name]
            line.setPen(pg.mkPen(subtle, width=1))
            readout.fill, readout.border = pg.mkBrush(panel), pg.mkPen(subtle)
            readout.setColor(text)

    # Export

    def export_png(self, plot: str, path: str | os.PathLike[str]) -> None:
        """Save one plot (``"loss"``, ``"accuracy"`` or ``"learning_rate"``) at 800x450 as it is shown now.

        The visible curves are drawn again on a plot of their own, so the picture gets epoch numbers and
        a legend (the panel shows both once for all plots) and no crosshair.
        """
        if plot not in self.plots:
            raise ValueError(f"no plot {plot!r}; choose one of {', '.join(self.PLOTS)}")
        view = pg.PlotWidget(background=self._base)  # never shown: the exporter reads its background
        source, target = self.plots[plot], view.getPlotItem()
        target.setGeometry(0, 0, *EXPORT_SIZE)
        target.showGrid(x=True, y=True, alpha=0.15)
        target.setLabel("left", source.getAxis("left").labelText)
        target.setLabel("bottom", self.tr("epoch"))
        for side in ("left", "bottom"):
            target.getAxis(side).setPen(self._subtle)
            target.getAxis(side).setTextPen(self._text)
        if plot != "learning_rate":
            target.addLegend(
                offset=(-6, -6 if plot == "accuracy" else 6), brush=self._panel, labelTextColor=self._text
            )
        for curve in source.listDataItems():
            if curve.isVisible() and curve.xData is not None:
                style = {
                    key: curve.opts[key]
                    for key in ("pen", "symbol", "symbolSize", "symbolPen", "symbolBrush")
                }
                target.plot(curve.xData, curve.yData, name=curve.name(), **style)
        (left, right), (bottom, top) = source.vb.viewRange()
        target.setRange(xRange=(left, right), yRange=(bottom, top), padding=0)
        target.layout.activate()
        save_image(ImageExporter(target).export(toBytes=True), path)
        view.deleteLater()

    def export_csv(self, path: str | os.PathLike[str]) -> None:
        """Save the current run's data as one CSV, a row per progress report and per epoch, in x order.

        Columns: ``kind`` ("batch" or "epoch"); ``x``, the position on the x axis in epochs; ``epoch``;
        for batch rows ``batch``, ``batches``, ``running_loss`` and ``running_accuracy`` (means over the
        epoch so far, accuracy 0..1) and ``smoothed_loss`` (as drawn); for epoch rows ``train_loss``,
        ``train_accuracy``, ``validation_loss``, ``validation_accuracy``, ``learning_rate`` and
        ``seconds``; ``images_per_second`` for both. Cells that do not apply are empty.
        """
        b, e = self._batches, self._epochs
        rows = [(b["x"][i], 0, "batch", {n: b[n][i] for n in BATCH_COLUMNS}) for i in range(b.size)]
        rows += [(e["epoch"][i], 1, "epoch", {n: e[n][i] for n in EPOCH_COLUMNS}) for i in range(e.size)]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for x, _, kind, cells in sorted(rows, key=lambda row: row[:2]):
            cells["x"] = x
            writer.writerow([kind, *(_cell(column, cells.get(column)) for column in CSV_COLUMNS[1:])])
        write_atomic(path, out.getvalue().encode("utf-8"))

    def _on_save_png_triggered(self, plot: str) -> None:
        self._save(partial(self.export_png, plot), f"_{plot}.png", self.tr("PNG images (*.png)"))

    def _on_save_csv_triggered(self) -> None:
        self._save(self.export_csv, ".csv", self.tr("CSV files (*.csv)"))

    def _save(self, export: Callable[[str], None], suffix: str, kinds: str) -> None:
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.run_label) or "training"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), stem + suffix, kinds)
        if not path:
            return
        try:
            export(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not save"), write_failure(path, error))


def _html_line(colour: str | None, text: str) -> str:
    swatch = f'<span style="color:{colour}">&#9632;</span> ' if colour else ""
    return swatch + html.escape(text)


def _cell(column: str, value: float | None) -> str | int:
    """Counts as integers, other numbers exactly; absent and NaN (a history without timings) empty."""
    if value is None or math.isnan(value):
        return ""
    return int(value) if column in ("epoch", "batch", "batches") else repr(float(value))


def _sample_run(
    epochs: int = 10, batches: int = 900, report_every: int = 30, seed: int = 0, speed: float = 1.0
) -> list[BatchProgress | EpochEnded]:
    """A made-up run that learns, then overfits a little: the preview's data."""
    rng = np.random.default_rng(seed)
    events: list[BatchProgress | EpochEnded] = []
    for epoch in range(1, epochs + 1):
        t = epoch - 1 + np.arange(1, batches + 1) / batches
        seen = np.arange(1, batches + 1)
        loss = np.cumsum(0.25 + 2.0 * np.exp(-speed * t / 1.5) + rng.normal(0, 0.3, batches)) / seen
        correct = np.clip(0.95 - 0.85 * np.exp(-speed * t / 1.2) + rng.normal(0, 0.1, batches), 0, 1)
        accuracy = np.cumsum(correct) / seen
        events += [
            BatchProgress(epoch, i, batches, float(loss[i - 1]), float(accuracy[i - 1]), 2400.0, 1.0)
            for i in range(report_every, batches + 1, report_every)
        ]
        overfit = 0.03 * max(epoch - 6, 0) ** 1.5
        train = (float(loss[-1]), float(accuracy[-1]))
        validation = (train[0] + 0.08 + overfit, train[1] - 0.03 - overfit / 4)
        rate = 1e-3 * (1 + math.cos(math.pi * (epoch - 1) / epochs)) / 2
        events.append(EpochEnded(epoch, *train, *validation, rate, 12.0, 2400.0))
    return events


def _preview() -> None:
    """Plays a made-up run at about 30 updates a second over a slower earlier run."""
    app = QApplication.instance() or QApplication(sys.argv)
    plots = TrainingPlots()
    earlier = [e for e in _sample_run(seed=1, speed=0.6) if isinstance(e, EpochEnded)]
    plots.set_comparison([(plots.tr("run 1 (lr 0.01)"), earlier)])
    plots.start_run(plots.tr("run 2 (lr 0.001)"))
    events = iter(_sample_run())

    def play() -> None:
        event = next(events, None)
        if isinstance(event, EpochEnded):
            plots.add_epoch(event)
        elif isinstance(event, BatchProgress):
            plots.add_batch(event)
        else:
            timer.stop()

    timer = QTimer(plots)
    timer.timeout.connect(play)
    timer.start(33)
    plots.setWindowTitle(plots.tr("Training plots"))
    plots.resize(700, 520)
    plots.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    _preview()
