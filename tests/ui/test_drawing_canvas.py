"""The drawing canvas: mouse strokes become white ink, fitted MNIST-style into the network's input."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from designer.ui.drawing_canvas import DRAWN_INTERVAL_MS, DrawingCanvas, mnist_fit


@pytest.fixture
def canvas(qtbot):
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drag(qtbot, widget: DrawingCanvas, points: list[tuple[int, int]]) -> None:
    """Press at the first point, move through the others and release at the last."""
    first, *rest = (QPoint(x, y) for x, y in points)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=first)
    for point in rest:
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=rest[-1] if rest else first)


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    rows, columns = np.indices(image.shape)
    return (rows * image).sum() / image.sum(), (columns * image).sum() / image.sum()


def test_a_drag_draws_ink_and_says_so(canvas, qtbot):
    assert canvas.is_empty()
    assert not canvas.image().any()
    with qtbot.waitSignal(canvas.drawn, timeout=1000):
        drag(qtbot, canvas, [(40, 40), (100, 100), (160, 60)])
    assert not canvas.is_empty()
    image = canvas.image()
    assert image.shape == (28, 28)
    assert image.dtype == np.float32
    assert image.max() > 0.9


def test_clearing_wipes_the_ink_and_says_so(canvas, qtbot):
    drag(qtbot, canvas, [(40, 40), (160, 160)])
    with qtbot.waitSignal(canvas.drawn, timeout=1000):
        canvas.clear()
    assert canvas.is_empty()
    assert not canvas.image().any()
    assert not canvas.ink().any()


def test_only_the_left_button_draws(canvas, qtbot):
    qtbot.mousePress(canvas, Qt.MouseButton.RightButton, pos=QPoint(40, 40))
    qtbot.mouseMove(canvas, QPoint(160, 160))
    qtbot.mouseRelease(canvas, Qt.MouseButton.RightButton, pos=QPoint(160, 160))
    assert canvas.is_empty()
    assert not canvas.ink().any()


def test_the_pen_reports_while_it_moves_but_not_too_often(canvas, qtbot):
    emitted: list[None] = []
    canvas.drawn.connect(lambda: emitted.append(None))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    for x in range(45, 100, 5):
        qtbot.mouseMove(canvas, QPoint(x, 40))
    assert len(emitted) <= 1
    qtbot.wait(DRAWN_INTERVAL_MS + 20)
    qtbot.mouseMove(canvas, QPoint(120, 60))
    assert len(emitted) >= 1
    live = len(emitted)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(120, 60))
    assert len(emitted) == live + 1


def test_a_wider_pen_lays_down_more_ink(qtbot):
    totals = []
    for width in (6, 30):
        widget = DrawingCanvas()
        qtbot.addWidget(widget)
        widget.resize(200, 200)
        widget.set_pen_width(width)
        assert widget.pen_width == width
        drag(qtbot, widget, [(30, 30), (100, 120), (170, 170)])
        totals.append((widget.ink().sum(), widget.image().sum()))
    (thin_raw, thin_fitted), (wide_raw, wide_fitted) = totals
    assert wide_raw > 2 * thin_raw
    assert wide_fitted > thin_fitted


def test_the_output_size_follows_the_network(canvas, qtbot):
    canvas.set_output_size(32, 32)
    assert canvas.output_size == (32, 32)
    drag(qtbot, canvas, [(60, 30), (60, 170)])
    image = canvas.image()
    assert image.shape == (32, 32)
    assert 0.0 <= image.min() <= image.max() <= 1.0
    with pytest.raises(ValueError, match="at least 1x1"):
        canvas.set_output_size(0, 28)


def test_the_drawing_shows_white_on_black(canvas, qtbot):
    drag(qtbot, canvas, [(40, 100), (160, 100)])
    shot = canvas.grab().toImage()
    on_stroke = QColor(shot.pixel(100, 100))
    off_stroke = QColor(shot.pixel(100, 40))
    assert on_stroke.lightness() > 240
    assert off_stroke.lightness() < 15
    rect = canvas.canvas_rect()
    assert rect.width() == rect.height() == 198


def test_it_stays_square(canvas):
    assert canvas.hasHeightForWidth()
    assert canvas.heightForWidth(300) == 300
    assert canvas.sizeHint().width() == canvas.sizeHint().height() == 220
    assert canvas.minimumSize().width() == canvas.minimumSize().height() == 140


@given(
    top=st.integers(0, 150),
    left=st.integers(0, 150),
    height=st.integers(1, 120),
    width=st.integers(1, 120),
)
def test_a_rectangle_is_fitted_to_20_pixels_and_centred_by_mass(top, left, height, width):
    ink = np.zeros((280, 280))
    ink[top : top + height, left : left + width] = 1.0
    fitted = mnist_fit(ink, 28, 28)
    assert fitted.shape == (28, 28)
    assert 0.0 <= fitted.min() <= fitted.max() <= 1.0
    rows, columns = np.nonzero(fitted)
    assert max(np.ptp(rows) + 1, np.ptp(columns) + 1) == 20
    centre_row, centre_column = centre_of_mass(fitted)
    assert abs(centre_row - 13.5) <= 0.5 + 1e-6
    assert abs(centre_column - 13.5) <= 0.5 + 1e-6


def test_the_centre_of_mass_not_the_box_is_centred():
    ink = np.zeros((100, 100))
    ink[10:90, 10:20] = 1.0
    ink[80:90, 10:90] = 1.0
    fitted = mnist_fit(ink, 28, 28)
    centre_row, centre_column = centre_of_mass(fitted)
    assert abs(centre_row - 13.5) <= 0.5
    assert abs(centre_column - 13.5) <= 0.5
    rows, columns = np.nonzero(fitted > 0.5)
    assert (rows.min() + rows.max()) / 2 < 13.5
    assert (columns.min() + columns.max()) / 2 > 13.5


def test_other_output_sizes_scale_the_box_with_them():
    ink = np.zeros((50, 50))
    ink[5:45, 20:30] = 1.0
    fitted = mnist_fit(ink, 32, 32)
    assert fitted.shape == (32, 32)
    rows, _ = np.nonzero(fitted)
    assert np.ptp(rows) + 1 == round(32 * 20 / 28)


def test_no_ink_fits_to_zeros():
    fitted = mnist_fit(np.zeros((280, 280)), 28, 28)
    assert fitted.shape == (28, 28)
    assert fitted.dtype == np.float32
    assert not fitted.any()


def test_only_2d_ink_is_fitted():
    with pytest.raises(ValueError, match="2-D"):
        mnist_fit(np.zeros((1, 28, 28)), 28, 28)


def test_an_empty_canvas_shows_a_faint_hint(canvas):
    shot = canvas.grab().toImage()
    rect = canvas.canvas_rect()
    middle = [
        QColor(shot.pixel(x, y)).lightness()
        for x in range(rect.left() + 20, rect.right() - 20)
        for y in range(rect.center().y() - 10, rect.center().y() + 10)
    ]
    assert 0 < max(middle) < 200
