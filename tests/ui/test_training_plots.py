"""The Train view's live plots and layer-health table, fed events as a training run sends them."""

from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from designer.core.atomic import write_atomic
from designer.engine.events import BatchProgress, EpochEnded, LayerHealth
from designer.ui.layer_health_view import EXPLODING_UPDATE_RATIO, TREND_ROLE, LayerHealthView
from designer.ui.training_plots import CSV_COLUMNS, TrainingPlots


@pytest.fixture
def plots(qtbot) -> TrainingPlots:
    widget = TrainingPlots()
    qtbot.addWidget(widget)
    widget.resize(700, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def health(qtbot) -> LayerHealthView:
    widget = LayerHealthView()
    qtbot.addWidget(widget)
    return widget


def progress(
    epoch: int, batch: int, batches: int = 4, loss: float = 1.0, accuracy: float = 0.5
) -> BatchProgress:
    return BatchProgress(epoch, batch, batches, loss, accuracy, images_per_second=100.0, eta_seconds=1.0)


def ended(epoch: int, loss: float = 1.0, accuracy: float = 0.5, rate: float = 0.01) -> EpochEnded:
    return EpochEnded(
        epoch, loss, accuracy, loss + 0.1, accuracy - 0.1, rate, seconds=2.0, images_per_second=100.0
    )


@dataclass
class StoredEpoch:
    """A past run's epoch as a run folder might keep it: only the metrics."""

    epoch: int
    train_loss: float
    train_accuracy: float
    validation_loss: float
    validation_accuracy: float
    learning_rate: float


def data(curve) -> tuple[list[float], list[float]]:
    return (
        [] if curve.xData is None else list(curve.xData),
        [] if curve.yData is None else list(curve.yData),
    )


def test_batch_points_sit_at_fractional_epochs(plots):
    for epoch, batch, loss in ((1, 1, 2.0), (1, 2, 1.5), (1, 4, 1.2), (2, 1, 1.0)):
        plots.add_batch(progress(epoch, batch, loss=loss, accuracy=loss / 4))
    xs, losses = data(plots.curves["running_loss"])
    assert xs == [0.25, 0.5, 1.0, 1.25]
    assert losses == [2.0, 1.5, 1.2, 1.0]
    assert data(plots.curves["running_accuracy"])[1] == pytest.approx([50.0, 37.5, 30.0, 25.0])
    smoothed = data(plots.curves["smoothed_loss"])[1]
    assert smoothed[0] == 2.0
    assert all(
        low < value < high for value, low, high in zip(smoothed[1:], losses[1:], smoothed[:-1], strict=True)
    )
    assert data(plots.curves["train_loss"]) == ([], [])


def test_epoch_points_hold_exactly_what_was_added(plots):
    plots.add_epoch(ended(1, loss=1.0, accuracy=0.6, rate=0.1))
    plots.add_epoch(ended(2, loss=0.5, accuracy=0.8, rate=0.05))
    assert data(plots.curves["train_loss"]) == ([1.0, 2.0], [1.0, 0.5])
    assert data(plots.curves["validation_loss"]) == ([1.0, 2.0], [1.1, 0.6])
    assert data(plots.curves["train_accuracy"])[1] == pytest.approx([60.0, 80.0])
    assert data(plots.curves["validation_accuracy"])[1] == pytest.approx([50.0, 70.0])
    assert data(plots.curves["learning_rate"]) == ([1.0, 2.0], [0.1, 0.05])


def test_a_constant_learning_rate_is_drawn_from_zero_up(plots):
    plots.add_epoch(ended(1, rate=0.001))
    plots.add_epoch(ended(2, rate=0.001))
    low, high = plots.plots["learning_rate"].viewRange()[1]
    assert low == 0.0
    assert 0.001 < high < 0.002


def test_start_run_clears_the_run_but_keeps_comparisons(plots):
    plots.set_comparison([("earlier", [ended(1), ended(2)])])
    plots.add_batch(progress(1, 1))
    plots.add_epoch(ended(1))
    plots.start_run("run 2")
    for curve in plots.curves.values():
        assert data(curve) == ([], [])
    assert len(plots.comparison_curves) == 1
    assert data(plots.comparison_curves[0][0])[0] == [1.0, 2.0]
    plots.add_batch(progress(1, 2))
    assert data(plots.curves["running_loss"])[0] == [0.5]


def test_history_draws_a_past_run_from_plain_records(plots):
    plots.add_batch(progress(1, 1))
    plots.show_history([StoredEpoch(2, 0.5, 0.8, 0.6, 0.7, 0.01), StoredEpoch(1, 0.9, 0.6, 1.0, 0.5, 0.02)])
    assert data(plots.curves["running_loss"]) == ([], [])
    assert data(plots.curves["validation_loss"]) == ([1.0, 2.0], [1.0, 0.6])
    assert data(plots.curves["learning_rate"])[1] == [0.02, 0.01]


def test_comparison_overlays_are_dashed_labelled_and_removable(plots):
    runs = [
        ("lr 0.1", [ended(1, loss=2.0), ended(2, loss=1.0)]),
        ("lr 0.01", [StoredEpoch(1, 1, 0.3, 1.5, 0.25, 0.01)]),
    ]
    plots.set_comparison(runs)
    (loss_a, accuracy_a), (loss_b, accuracy_b) = plots.comparison_curves
    assert data(loss_a) == ([1.0, 2.0], [2.1, 1.1])
    assert data(accuracy_b) == ([1.0], [25.0])
    assert loss_a.name() == accuracy_a.name() == "lr 0.1"
    assert loss_a.opts["pen"].color() != loss_b.opts["pen"].color()
    assert (
        loss_a.opts["pen"].style()
        == accuracy_b.opts["pen"].style()
        != plots.curves["train_loss"].opts["pen"].style()
    )
    assert [label.text for _, label in plots.legend.items][-2:] == ["lr 0.1", "lr 0.01"]
    plots.set_comparison([])
    assert plots.comparison_curves == []
    assert loss_a not in plots.plots["loss"].listDataItems()
    assert accuracy_b not in plots.plots["accuracy"].listDataItems()
    assert "lr 0.1" not in [label.text for _, label in plots.legend.items]


def test_hiding_a_series_in_the_legend_hides_its_accuracy_too(plots):
    plots.add_epoch(ended(1))
    sample = next(sample for sample, label in plots.legend.items if label.text == "validation")
    sample.item.setVisible(False)
    plots.legend.sigSampleClicked.emit(sample.item)
    assert not plots.curves["validation_accuracy"].isVisible()
    assert not any("validation" in text for _, text in plots.readout("accuracy", 1.0))


def test_crosshair_reads_out_the_values_at_x(plots):
    plots.start_run("run 3")
    for batch in range(1, 5):
        plots.add_batch(progress(1, batch, loss=2.0 - batch / 4))
    plots.add_epoch(ended(1, loss=1.25, accuracy=0.75))
    plots.set_comparison([("old", [ended(1, loss=3.0)])])
    plots.set_crosshair(0.95)
    lines = [text for _, text in plots.readout("loss", 0.95)]
    assert lines == [
        "run 3: epoch 0.95",
        "running mean (batches): 1",
        "smoothed: " + f"{plots.curves['smoothed_loss'].yData[-1]:.4g}",
        "train, epoch 1: 1.25",
        "validation, epoch 1: 1.35",
        "old, epoch 1: 3.1",
    ]
    line, label = plots.crosshairs["loss"]
    assert line.isVisible()
    assert label.isVisible()
    assert line.value() == pytest.approx(0.95)
    assert "validation, epoch 1: 1.35" in label.toPlainText()
    assert plots.readout("learning_rate", 5.0) == []  # nothing near epoch 5
    plots.set_crosshair(None)
    assert not line.isVisible()
    assert not label.isVisible()
    accuracy_view = plots.plots["accuracy"].vb  # the mouse over any plot moves the line on all three
    centre = accuracy_view.sceneBoundingRect().center()
    plots.graphics.scene().sigMouseMoved.emit(centre)
    assert line.isVisible()
    assert line.value() == pytest.approx(accuracy_view.mapSceneToView(centre).x())
    plots.graphics.scene().sigMouseMoved.emit(QPointF(-50.0, -50.0))
    assert not line.isVisible()


def test_long_runs_are_clipped_and_downsampled(plots, qtbot):
    batches = 2000
    for epoch in range(1, 11):
        for start in range(1, batches + 1, 100):
            reports = [
                progress(epoch, b, batches, loss=1 / (epoch + b / batches)) for b in range(start, start + 100)
            ]
            plots.add_batches(reports)
            qtbot.wait(1)  # let the plots paint as they would between updates
    xs, losses = data(plots.curves["running_loss"])
    assert len(xs) == len(losses) == 20_000
    assert xs[:2] == [0.0005, 0.001]
    assert xs[-1] == 10.0
    for curve in plots.curves.values():
        assert curve.opts["clipToView"]
        assert curve.opts["autoDownsample"]
        assert curve.opts["downsampleMethod"] == "peak"


def test_png_export_draws_the_plot(plots, tmp_path):
    for epoch in range(1, 6):
        plots.add_epoch(ended(epoch, loss=1 / epoch))
    target = tmp_path / "loss.png"
    plots.export_png("loss", target)
    image = QImage(str(target))
    assert (image.width(), image.height()) == (800, 450)
    colours = {image.pixel(x, y) for x in range(0, 800, 13) for y in range(0, 450, 11)}
    assert len(colours) > 10
    with pytest.raises(ValueError, match="no plot"):
        plots.export_png("speed", tmp_path / "x.png")


def test_csv_export_has_batch_and_epoch_rows_in_x_order(plots, tmp_path, monkeypatch):
    written = []
    monkeypatch.setattr(
        "designer.ui.training_plots.write_atomic",
        lambda path, data: written.append(path) or write_atomic(path, data),
    )
    plots.add_batch(progress(1, 2, loss=1.5, accuracy=0.25))
    plots.add_batch(progress(1, 4, loss=1.25, accuracy=0.5))
    plots.add_epoch(ended(1, loss=1.25, accuracy=0.5, rate=0.01))
    plots.add_batch(progress(2, 2, loss=0.75, accuracy=0.75))
    target = tmp_path / "run.csv"
    plots.export_csv(target)
    with target.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert CSV_COLUMNS[:9] == (
        "kind", "x", "epoch", "batch", "batches", "running_loss", "running_accuracy", "smoothed_loss",
        "images_per_second",
    )  # fmt: skip
    assert [(row["kind"], row["x"], row["epoch"], row["batch"]) for row in rows] == [
        ("batch", "0.5", "1", "2"),
        ("batch", "1.0", "1", "4"),
        ("epoch", "1.0", "1", ""),
        ("batch", "1.5", "2", "2"),
    ]
    assert (rows[1]["running_loss"], rows[1]["running_accuracy"]) == ("1.25", "0.5")
    assert (rows[2]["validation_loss"], rows[2]["learning_rate"]) == ("1.35", "0.01")
    assert (rows[2]["running_loss"], rows[0]["train_loss"]) == ("", "")
    assert written == [target]  # through a temporary file, so a crash never leaves half a CSV


def test_importing_the_widgets_does_not_load_torch():
    code = (
        "import sys, designer.ui.training_plots, designer.ui.layer_health_view; print('torch' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


# Layer health

HEALTHY = LayerHealth("c1", 0.05, 1e-3, 0.1)


def test_health_rows_show_the_latest_epoch(health):
    health.update_health(1, [HEALTHY, LayerHealth("f5", 0.2, 2e-3, None)])
    health.update_health(2, [HEALTHY, LayerHealth("f5", 0.1, 1e-3, None)])
    table = health.table
    assert table.rowCount() == 2
    assert [table.item(1, column).text() for column in range(4)] == ["f5", "0.1", "0.001", "-"]
    assert table.item(0, 3).text() == "10%"
    assert table.item(1, 4).data(TREND_ROLE) == [0.2, 0.1]
    assert [health.flag(0), health.flag(1)] == [None, None]
    assert health.warnings() == []
    assert "healthy" in health.title.text()


@pytest.mark.parametrize(
    ("layer", "severity", "warning"),
    [
        (
            LayerHealth("conv3", 0.05, 1e-3, 0.64),
            "warning",
            "conv3: 64% of its ReLU units never fired this epoch (dead); "
            "try a lower learning rate or LeakyReLU",
        ),
        (
            LayerHealth("dense1", 3.0, 0.35, None),
            "error",
            "dense1: updates are 35% of the weights each step (exploding); lower the learning rate",
        ),
        (LayerHealth("c1", 2e-9, 3e-10, 0.0), "warning", "c1: gradients vanish (norm 2e-09)"),
        (LayerHealth("c5", float("nan"), 1e-3, None), "error", "c5: the gradient norm is nan"),
        (LayerHealth("c5", 1.0, float("inf"), None), "error", "c5: the update ratio is inf"),
    ],
)
def test_unhealthy_layers_are_flagged_and_explained(health, layer, severity, warning):
    health.update_health(3, [HEALTHY, layer])
    assert health.flag(0) is None
    assert health.flag(1) == severity
    (sentence,) = health.warnings()
    assert sentence.startswith(warning)
    assert sentence in health.table.item(1, 0).toolTip()


@pytest.mark.parametrize(
    "layer",
    [
        LayerHealth("relu_1", 0.0, 0.0, 0.2),  # no weights: nothing to vanish
        LayerHealth("c1", 1e-6, 1e-6, 0.49),  # small but learning; under half dead
        LayerHealth("f6", 1.0, EXPLODING_UPDATE_RATIO, None),  # at the limit, not over it
    ],
)
def test_healthy_layers_raise_no_warning(health, layer):
    health.update_health(1, [layer])
    assert health.warnings() == []
    assert health.flag(0) is None


def test_clear_and_repeated_epochs(health):
    health.update_health(1, [HEALTHY, LayerHealth("f6", 1.0, 0.5, None)])
    assert len(health.warnings()) == 1
    health.update_health(2, [LayerHealth("c1", 0.06, 1e-3, 0.1)])
    assert health.warnings() == []
    assert health.table.rowCount() == 1
    health.update_health(2, [LayerHealth("c1", 0.07, 1e-3, 0.1)])  # the same epoch again replaces it
    assert health.table.item(0, 4).data(TREND_ROLE) == [0.05, 0.07]
    health.clear()
    assert health.table.rowCount() == 0
    assert health.warnings() == []
    health.update_health(1, [HEALTHY])
    assert health.table.item(0, 4).data(TREND_ROLE) == [0.05]
