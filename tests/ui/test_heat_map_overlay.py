"""The Grad-CAM overlay: the sample shows through where the heat is 0 and turns red where it is 1."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from designer.core.presets import load_preset
from designer.engine.builder import build_model
from designer.engine.inspection import grad_cam
from designer.ui.heat_map_overlay import MAX_ALPHA, HeatMapOverlay, heat_rgba, sample_rgb


def test_heat_colours_run_from_clear_yellow_to_red():
    assert heat_rgba([[0.0, 1.0]]).tolist() == [[[255, 255, 0, 0], [255, 0, 0, round(255 * MAX_ALPHA)]]]


def test_gray_samples_become_rgb():
    gray = np.arange(4, dtype=np.uint8).reshape(1, 2, 2)
    assert sample_rgb(gray)[1, 1].tolist() == [3, 3, 3]
    with pytest.raises(ValueError, match="1 or 3"):
        sample_rgb(np.zeros((2, 2, 2)))


@pytest.fixture
def overlay(qtbot):
    widget = HeatMapOverlay()
    qtbot.addWidget(widget)
    widget.resize(64, 64)
    return widget


def pixel(widget: HeatMapOverlay, x: float, y: float, size: int) -> QColor:
    rect = widget.picture_rect()
    point = QPoint(int(rect.left() + x * rect.width() / size), int(rect.top() + y * rect.height() / size))
    return QColor(widget.grab().toImage().pixel(point))


def test_the_sample_shows_where_it_is_cool_and_red_where_it_is_hot(overlay):
    sample = np.full((1, 8, 8), 200, dtype=np.uint8)
    heat = np.zeros((8, 8))
    heat[:, 6:] = 1.0
    overlay.set_sample(sample, heat)
    cool, hot = pixel(overlay, 1.5, 4.5, 8), pixel(overlay, 7.5, 4.5, 8)
    assert (cool.red(), cool.green(), cool.blue()) == (200, 200, 200)
    assert hot.red() > 200
    assert hot.green() < 120
    assert hot.blue() < 120


def test_it_draws_a_real_grad_cam(overlay):
    torch.manual_seed(0)
    architecture = load_preset("cifar10_cnn")
    model = build_model(architecture)
    sample = np.random.default_rng(0).integers(0, 256, (3, 32, 32), dtype=np.uint8)
    heat = grad_cam(model, architecture, torch.from_numpy(sample).float() / 64 - 2, target=1)
    overlay.set_sample(sample, heat)
    assert overlay.heat is not None
    with pytest.raises(ValueError, match="heat map is"):
        overlay.set_sample(sample, heat[:16])
