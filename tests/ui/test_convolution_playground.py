"""The convolution playground, clicked: presets, edits and the flip switch change the result as numpy says."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from designer.engine.playground import KERNELS, apply_kernel
from designer.ui.convolution_playground import ConvolutionPlayground, preset_kernel


@pytest.fixture
def playground(qtbot):
    widget = ConvolutionPlayground()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_it_opens_on_sobel_x_applied_to_the_sample_picture(playground):
    assert playground.kernel().tolist() == [list(map(float, row)) for row in KERNELS["sobel_x"]]
    np.testing.assert_allclose(playground.result, apply_kernel(playground.image, KERNELS["sobel_x"]))
    assert not playground.output_view.pixmap().isNull()
    assert "Cross-correlation" in playground.explanation.text()


def test_the_flip_switch_computes_true_convolution(playground, qtbot):
    before = playground.result.copy()
    with qtbot.waitSignal(playground.result_changed):
        qtbot.mouseClick(playground.flip, Qt.MouseButton.LeftButton)
    np.testing.assert_allclose(playground.result, -before)  # sobel x flipped is its negative
    assert "True convolution" in playground.explanation.text()


def test_choosing_a_preset_and_a_size_fills_the_cells(playground, qtbot):
    playground.size.setCurrentIndex(playground.size.findData(5))
    playground.preset.setCurrentIndex(playground.preset.findData("blur"))
    playground.preset.activated.emit(playground.preset.currentIndex())
    assert len(playground.cells) == 5
    np.testing.assert_allclose(playground.kernel(), np.full((5, 5), 1 / 25), atol=5e-4)
    playground.preset.setCurrentIndex(playground.preset.findData("sharpen"))
    playground.preset.activated.emit(playground.preset.currentIndex())
    np.testing.assert_allclose(playground.kernel(), preset_kernel("sharpen", 5))


def test_editing_a_cell_recomputes_the_result(playground, qtbot):
    cell = playground.cells[0][0]
    cell.setFocus()
    cell.selectAll()
    qtbot.keyClicks(cell, "3")
    kernel = np.array(KERNELS["sobel_x"], dtype=float)
    kernel[0, 0] = 3.0
    np.testing.assert_allclose(playground.result, apply_kernel(playground.image, kernel))


def test_a_users_image_can_be_set(playground):
    image = np.arange(36, dtype=float).reshape(6, 6)
    playground.set_image(image)
    np.testing.assert_allclose(playground.result, apply_kernel(image, KERNELS["sobel_x"]))
    with pytest.raises(ValueError, match="2-D"):
        playground.set_image(np.zeros((2, 2, 2)))
    with pytest.raises(ValueError, match="3x3 or 5x5"):
        playground.set_kernel(np.zeros((4, 4)))
