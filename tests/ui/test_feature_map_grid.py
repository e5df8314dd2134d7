"""The feature-map grid draws the engine's activations for a sample, on one shared scale."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from designer.core.presets import load_preset
from designer.engine.builder import build_model
from designer.engine.inspection import inspect_sample
from designer.ui.feature_map_grid import MAX_MAPS, FeatureMapGrid, gray_levels


def test_levels_share_the_layers_scale():
    maps = np.array([[[0.0, 1.0]], [[2.0, 4.0]]])
    assert gray_levels(maps).tolist() == [[[0, 64]], [[128, 255]]]
    assert gray_levels(np.ones((2, 2, 2))).tolist() == [[[128, 128]] * 2] * 2


@pytest.fixture
def grid(qtbot):
    widget = FeatureMapGrid()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("preset", ["lenet5", "cifar10_cnn"])
def test_each_layers_maps_are_drawn_as_the_engine_computed_them(grid, preset):
    torch.manual_seed(1)
    architecture = load_preset(preset)
    model = build_model(architecture)
    inspection = inspect_sample(model, architecture, torch.randn(architecture.input.shape))
    for feature in inspection.feature_maps:
        grid.set_maps(feature.maps)
        grid.resize(600, grid.heightForWidth(600))
        image = grid.grab().toImage()
        levels = gray_levels(feature.maps)
        shown = min(len(feature.maps), MAX_MAPS)
        for index in (0, shown - 1):
            rect = grid.tile_rect(index)
            height, width = feature.maps.shape[1:]
            for y, x in ((0, 0), (height - 1, width - 1), (height // 2, width // 3)):
                pixel = QColor(
                    image.pixel(
                        int(rect.left() + (x + 0.5) * rect.width() / width),
                        int(rect.top() + (y + 0.5) * rect.height() / height),
                    )
                )
                assert pixel.red() == levels[index, y, x], (feature.layer, index, y, x)


def test_hovering_names_the_map(grid):
    grid.set_maps(np.arange(2 * 4 * 4, dtype=np.float32).reshape(2, 4, 4))
    grid.resize(400, 200)
    assert grid.map_at(grid.tile_rect(1).center()) == 1
    assert grid.map_at(grid.tile_rect(0).center()) == 0
    below = grid.tile_rect(0).bottomLeft()
    assert grid.map_at(QPoint(below.x(), below.y() + 2)) is None  # the gap under the tiles


def test_maps_that_are_not_three_dimensional_are_refused(grid):
    with pytest.raises(ValueError, match="feature maps must be"):
        grid.set_maps(np.zeros((4, 4)))
