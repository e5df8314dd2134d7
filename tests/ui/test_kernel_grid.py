"""The kernel grid draws a layer's real weights: colours checked against the numbers."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtGui import QColor

from designer.core.presets import load_preset
from designer.engine.builder import build_model
from designer.engine.inspection import kernel_weights
from designer.ui.kernel_grid import KernelGrid, diverging_rgb, stretched_rgb


def test_the_diverging_map_is_white_at_zero_and_saturated_at_the_scale():
    colours = diverging_rgb([-2.0, -1.0, 0.0, 1.0, 3.0], scale=1.0)
    assert colours.tolist() == [[33, 102, 172], [33, 102, 172], [255, 255, 255], [178, 24, 43], [178, 24, 43]]
    half = diverging_rgb([0.5], scale=1.0)[0]
    assert half.tolist() == [216, 140, 149]  # halfway between white and red (216.5 rounds to even)


def test_rgb_filters_are_stretched_to_their_own_range():
    kernel = np.zeros((3, 2, 2))
    kernel[0, 0, 0], kernel[2, 1, 1] = 1.0, -1.0
    picture = stretched_rgb(kernel)
    assert picture.shape == (2, 2, 3)
    assert picture[0, 0].tolist() == [255, 128, 128]
    assert picture[1, 1].tolist() == [128, 128, 0]


@pytest.fixture
def grid(qtbot):
    widget = KernelGrid()
    qtbot.addWidget(widget)
    return widget


def grab_tile(widget: KernelGrid, row: int, column: int, x: int, y: int, size: int) -> QColor:
    """The colour drawn for kernel pixel (y, x) of the tile at (row, column)."""
    image = widget.grab().toImage()
    rect = widget.tile_rect(row, column)
    step = rect.width() / size
    return QColor(image.pixel(int(rect.left() + (x + 0.5) * step), int(rect.top() + (y + 0.5) * step)))


@pytest.mark.parametrize("preset", ["lenet5", "cifar10_cnn"])
def test_the_first_layers_tiles_show_its_weights(grid, preset):
    torch.manual_seed(0)
    architecture = load_preset(preset)
    weights = kernel_weights(build_model(architecture), architecture.layers[0].name)
    rgb = weights.shape[1] == 3
    grid.set_kernels(weights, rgb=rgb)
    grid.resize(grid.sizeHint())
    size = weights.shape[-1]
    for filter_index in (0, weights.shape[0] - 1):
        row, column = (filter_index // 16, filter_index % 16) if rgb else (filter_index, 0)
        expected = (
            stretched_rgb(weights[filter_index])
            if rgb
            else diverging_rgb(weights[filter_index, 0], grid.scale)
        )
        for y, x in ((0, 0), (size - 1, size - 1), (size // 2, 1)):
            colour = grab_tile(grid, row, column, x, y, size)
            assert [colour.red(), colour.green(), colour.blue()] == expected[y, x].tolist()


def test_deeper_layers_share_one_scale_and_say_their_values_on_hover(grid):
    torch.manual_seed(0)
    architecture = load_preset("lenet5")
    weights = kernel_weights(build_model(architecture), "c3")  # 16 filters x 6 input maps
    grid.set_kernels(weights)
    assert grid.grid_shape() == (16, 6)
    assert grid.scale == pytest.approx(float(np.abs(weights).max()))
    assert grid.tile_at(grid.tile_rect(2, 5).center()) == (2, 5)
    assert grid.tile_at(grid.tile_rect(16, 0).center()) is None
    text = grid.tile_text(2, 5)
    assert text.startswith("filter 2, input channel 5\n")
    assert f"{weights[2, 5, 0, 0]:+.3f}" in text.splitlines()[1]


def test_kernels_that_are_not_four_dimensional_are_refused(grid):
    with pytest.raises(ValueError, match="kernels must be"):
        grid.set_kernels(np.zeros((3, 3)))
