"""The probability chart: bars as long as the probabilities, the prediction in its own colour."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtGui import QColor

from designer.core.presets import load_preset
from designer.engine.builder import build_model
from designer.engine.inspection import inspect_sample
from designer.ui.probability_chart import OTHER_COLOUR, PREDICTED_COLOUR, ProbabilityChart


@pytest.fixture
def chart(qtbot):
    widget = ProbabilityChart()
    qtbot.addWidget(widget)
    widget.resize(400, 220)
    return widget


def test_bars_are_proportional_and_the_prediction_stands_out(chart):
    chart.set_prediction(("cat", "dog", "bird"), [0.2, 0.7, 0.1], truth=0)
    assert chart.predicted == 1
    lengths = [chart.bar_rect(i).width() for i in range(3)]
    np.testing.assert_allclose(np.array(lengths) / lengths[1], [0.2 / 0.7, 1.0, 0.1 / 0.7], atol=0.02)
    image = chart.grab().toImage()
    centre = chart.bar_rect(1).center()
    assert QColor(image.pixel(centre)) == QColor(PREDICTED_COLOUR)
    assert QColor(image.pixel(chart.bar_rect(0).center())) == QColor(OTHER_COLOUR)


def test_it_draws_a_real_models_prediction(chart):
    torch.manual_seed(0)
    architecture = load_preset("lenet5")
    inspection = inspect_sample(build_model(architecture), architecture, torch.randn(1, 32, 32))
    chart.set_prediction([str(i) for i in range(10)], inspection.probabilities)
    assert chart.predicted == inspection.predicted
    widest = max(range(10), key=lambda i: chart.bar_rect(i).width())
    assert widest == inspection.predicted


def test_names_and_probabilities_must_match(chart):
    with pytest.raises(ValueError, match="3 class names but 2 probabilities"):
        chart.set_prediction(("a", "b", "c"), [0.5, 0.5])
