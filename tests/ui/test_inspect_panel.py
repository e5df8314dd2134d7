"""The Inspect view in the real window, on test sets written by the test: what it draws is what the
engine computes for the same weights and sample."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from designer.core.architecture import Architecture
from designer.core.presets import load_preset
from designer.core.runs import RunRecord, started_now
from designer.core.training import TrainingSettings
from designer.engine.builder import build_model
from designer.engine.inspect_data import normalise
from designer.engine.inspection import grad_cam, inspect_sample, kernel_weights
from designer.ui.inspect_panel import InspectPanel
from designer.ui.main_window import MainWindow
from tests.engine.dataset_files import sample_split, write_cifar10, write_mnist
from tests.ui.windows import forget_edits, isolate_window, screenshot

WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    write_mnist(folder, sample_split(320, (28, 28), 10, seed=1), sample_split(60, (28, 28), 10, seed=2))
    write_cifar10(
        folder, sample_split(200, (3, 32, 32), 10, seed=3), sample_split(50, (3, 32, 32), 10, seed=4)
    )
    return folder


#: The presets, reading the data sets the test writes.
PRESETS = {"lenet5": "mnist", "cifar10_cnn": "cifar10"}


def preset(name: str, **changes: object) -> Architecture:
    architecture = load_preset(name)
    settings = architecture.training or TrainingSettings()
    values = {"dataset": PRESETS[name], "device": "cpu", "memory_format": "nchw", **changes}
    return dataclasses.replace(architecture, training=settings.with_values(**values))


def open_inspect(qtbot, data_dir: Path, architecture: Architecture) -> tuple[MainWindow, InspectPanel]:
    window = MainWindow(architecture)
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1400, 900)
    window.show()
    window._data_source = lambda: (str(data_dir), False)  # type: ignore[method-assign]
    with qtbot.waitSignal(window.inspect_view().sample_shown, timeout=WAIT_MS):
        window.show_view("inspect")
    return window, window.inspect_view()


def fresh_model(architecture: Architecture):
    torch.manual_seed((architecture.training or TrainingSettings()).seed)
    return build_model(architecture)


def non_blank(widget) -> bool:
    image = widget.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    return len(colours) > 5


@pytest.mark.parametrize("name", ["lenet5", "cifar10_cnn"])
def test_every_view_draws_the_engines_numbers_for_the_sample(qtbot, data_dir, name):
    architecture = preset(name)
    window, panel = open_inspect(qtbot, data_dir, architecture)
    model = fresh_model(architecture)
    assert panel.picker.index == 0
    image = panel.data.image(0)
    expected = inspect_sample(model, architecture, normalise(image, panel.data.normalization))
    # Feature maps: the input first, then every convolution and pooling layer, as the engine has them.
    grids = [grid for grid in panel.maps.grids if grid.isVisibleTo(panel.maps)]
    assert len(grids) == 1 + len(expected.feature_maps)
    for grid, maps in zip(grids[1:], expected.feature_maps, strict=True):
        np.testing.assert_allclose(grid.maps, maps.maps, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(panel.chart.probabilities, expected.probabilities, rtol=1e-4, atol=1e-6)
    assert panel.report.label == int(panel.data.labels[0])
    # Kernels: each convolution's actual weights.
    panel.views.setCurrentIndex(1)
    for index in range(panel.kernel_layer.count()):
        panel.kernel_layer.setCurrentIndex(index)
        panel.kernel_layer.activated.emit(index)
        layer = panel.kernel_layer.currentText()
        np.testing.assert_array_equal(panel.kernels.weights, kernel_weights(model, layer))
        assert panel.kernels.rgb == (index == 0 and name == "cifar10_cnn")  # an RGB first layer
    assert non_blank(panel.kernels)
    for index in (0, 3):
        panel.views.setCurrentIndex(index)
        assert non_blank(panel.views.currentWidget())
    assert non_blank(panel.overlay)
    assert non_blank(panel.chart)
    panel.views.setCurrentIndex(2)  # evaluates by itself for settled weights
    qtbot.waitUntil(lambda: panel.evaluation.predictions is not None, timeout=WAIT_MS)
    assert non_blank(panel.evaluation.matrix)
    assert panel.evaluation.predictions.evaluation.confusion.sum() == 60 if name == "lenet5" else 50


def test_drawing_changes_the_input_and_the_prediction(qtbot, data_dir):
    _, panel = open_inspect(qtbot, data_dir, preset("lenet5"))
    before = panel.report
    panel.picker.tabs.setCurrentIndex(1)
    canvas = panel.picker.canvas
    centre = canvas.canvas_rect().center()
    with qtbot.waitSignal(panel.sample_shown, timeout=WAIT_MS):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre + QPoint(-30, -40))
        for step in range(10):
            qtbot.mouseMove(canvas, centre + QPoint(-30 + 6 * step, -40 + 8 * step))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=centre + QPoint(30, 40))
    qtbot.waitUntil(lambda: panel.report is not before and panel.report.label is None, timeout=WAIT_MS)
    drawn = panel.report
    assert drawn.image.shape == (1, 32, 32)  # the 28x28 drawing, padded as LeNet-5's digits are
    assert drawn.image[0, :2].max() == 0
    assert drawn.image.max() == 255
    assert not np.array_equal(drawn.image, before.image)
    assert not np.allclose(drawn.sample.probabilities, before.sample.probabilities)
    np.testing.assert_allclose(panel.chart.probabilities, drawn.sample.probabilities)
    # Drawing more changes it again.
    with qtbot.waitSignal(panel.sample_shown, timeout=WAIT_MS):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre + QPoint(40, -40))
        qtbot.mouseMove(canvas, centre + QPoint(-40, 40))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=centre + QPoint(-40, 40))
    qtbot.waitUntil(lambda: not np.array_equal(panel.report.image, drawn.image), timeout=WAIT_MS)


def test_grad_cam_is_non_negative_input_sized_and_follows_the_chosen_class(qtbot, data_dir):
    architecture = preset("cifar10_cnn")
    _, panel = open_inspect(qtbot, data_dir, architecture)
    model = fresh_model(architecture)
    normalised = normalise(panel.data.image(0), panel.data.normalization)
    predicted = panel.report
    assert predicted.heat.shape == (32, 32)
    assert predicted.heat.min() >= 0
    assert predicted.heat_class == predicted.sample.predicted
    np.testing.assert_allclose(
        predicted.heat, grad_cam(model, architecture, normalised, predicted.heat_class), atol=1e-5
    )
    other = (predicted.heat_class + 1) % 10
    with qtbot.waitSignal(panel.sample_shown, timeout=WAIT_MS):
        panel.heat_box.setCurrentIndex(panel.heat_box.findData(other))
        panel.heat_box.activated.emit(panel.heat_box.currentIndex())
    chosen = panel.report
    assert chosen.heat_class == other
    assert chosen.heat.min() >= 0
    assert not np.allclose(chosen.heat, predicted.heat)
    np.testing.assert_allclose(chosen.heat, grad_cam(model, architecture, normalised, other), atol=1e-5)


def test_a_confusion_matrix_cell_shows_exactly_its_samples(qtbot, data_dir):
    _, panel = open_inspect(qtbot, data_dir, preset("lenet5"))
    panel.views.setCurrentIndex(2)
    qtbot.waitUntil(lambda: panel.evaluation.predictions is not None, timeout=WAIT_MS)
    view = panel.evaluation
    predictions = view.predictions
    confusion = predictions.evaluation.confusion
    true, predicted = np.argwhere(confusion > 0)[-1]
    qtbot.mouseClick(
        view.matrix, Qt.MouseButton.LeftButton, pos=view.matrix.cell_rect(true, predicted).center()
    )
    labels, chosen = predictions.labels, predictions.predicted
    expected = np.flatnonzero((labels == true) & (chosen == predicted))
    assert view.cell_indices.tolist() == expected.tolist()
    assert len(view.cell_grid.images) == confusion[true, predicted]
    np.testing.assert_array_equal(view.cell_grid.images, panel.data.images(expected).numpy())
    # Clicking one of them inspects it.
    with qtbot.waitSignal(panel.sample_shown, timeout=WAIT_MS):
        qtbot.mouseClick(view.cell_grid, Qt.MouseButton.LeftButton, pos=view.cell_grid.cell_rect(0).center())
    assert panel.report.label == true
    assert panel.picker.index == expected[0]
    # The mistakes are the misclassified samples, most confident first.
    assert set(view.mistake_indices.tolist()) <= set(np.flatnonzero(labels != chosen).tolist())


def test_the_timeline_shows_each_epochs_stored_snapshot(qtbot, data_dir):
    architecture = preset("lenet5", epochs=2, batch_size=32)
    window, panel = open_inspect(qtbot, data_dir, architecture)
    train = window.train_view()
    train.dataset.download_box.setChecked(False)
    train.dataset.data_dir_edit.setText(str(data_dir))
    panel.picker.show_index(5)  # the run's snapshots follow the sample on show
    with qtbot.waitSignal(train.session.ended, timeout=WAIT_MS):
        train.start()
        assert panel.source.kind == "live"  # the view follows the run as it trains
    window.show_view("inspect")
    # The finished run's last checkpoint is chosen, and its snapshots are read from its folder.
    qtbot.waitUntil(lambda: len(panel.snapshots) == 2, timeout=WAIT_MS)
    assert panel.source.kind == "run"
    assert panel.source.checkpoint.name == "last.pt"
    for snapshot in panel.snapshots:
        np.testing.assert_array_equal(snapshot.image, panel.data.image(5).numpy())
        assert snapshot.label == panel.data.labels[5]
        panel.show_epoch(snapshot.epoch)
        assert panel.timeline_label.text() == f"after epoch {snapshot.epoch} of 2"
        assert not panel.picker.isEnabled()
        panel.kernel_layer.setCurrentIndex(0)
        panel.kernel_layer.activated.emit(0)
        np.testing.assert_array_equal(
            panel.kernels.weights, snapshot.kernels_of(panel.kernel_layer.currentText())
        )
        shown = [grid.maps for grid in panel.maps.grids if grid.isVisibleTo(panel.maps)]
        assert len(shown) == len(snapshot.sample.feature_maps)
        for maps, stored in zip(shown, snapshot.sample.feature_maps, strict=True):
            np.testing.assert_array_equal(maps, stored.maps)
        np.testing.assert_array_equal(panel.evaluation.matrix.confusion, snapshot.confusion)
    first, second = panel.snapshots
    assert not np.array_equal(first.kernels_of("c1"), second.kernels_of("c1"))
    panel.show_epoch(None)
    assert panel.timeline_label.text() == "now"
    assert panel.picker.isEnabled()
    assert train.shutdown()


def test_screenshot_of_the_inspect_view_shows_a_sample_and_its_maps(tmp_path):
    image = screenshot(tmp_path, "lenet5", "inspect")
    # The feature maps fill the right of the window with grey levels of many kinds.
    maps = {QColor(image.pixel(x, y)).lightness() for x in range(430, 1350, 9) for y in range(120, 600, 9)}
    assert len(maps) > 40


def test_a_missing_data_set_is_one_sentence_and_drawing_still_predicts(qtbot, tmp_path):
    window = MainWindow(preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1400, 900)
    window.show()
    window._data_source = lambda: (str(tmp_path / "empty"), False)  # type: ignore[method-assign]
    window.show_view("inspect")
    panel = window.inspect_view()
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=WAIT_MS)
    assert "MNIST" in panel.message.text() or "mnist" in panel.message.text()
    assert panel.message.text().count(".") <= 3
    panel.picker.tabs.setCurrentIndex(1)
    canvas = panel.picker.canvas
    centre = canvas.canvas_rect().center()
    with qtbot.waitSignal(panel.sample_shown, timeout=WAIT_MS):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseMove(canvas, centre + QPoint(0, 50))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=centre + QPoint(0, 50))
    assert panel.report.sample.probabilities.shape == (10,)


def test_a_broken_checkpoint_is_reported_and_the_view_goes_on(qtbot, data_dir, tmp_path):
    architecture = preset("lenet5")
    window, panel = open_inspect(qtbot, data_dir, architecture)
    folder = tmp_path / "run 1"
    folder.mkdir()
    (folder / "last.pt").write_bytes(b"not a checkpoint")
    run = RunRecord("run 1", started_now(), architecture, architecture.training, folder=str(folder))
    window.files.set_runs([run])
    index = next(i for i, source in enumerate(panel.sources) if source.kind == "run")
    panel.weights_box.setCurrentIndex(index)
    panel.weights_box.activated.emit(index)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=WAIT_MS)
    assert "not a usable checkpoint" in panel.message.text()
    panel.weights_box.setCurrentIndex(0)
    with qtbot.waitSignal(panel.sample_shown, timeout=WAIT_MS):
        panel.weights_box.activated.emit(0)
    assert not panel.message.isVisible(), panel._problems
