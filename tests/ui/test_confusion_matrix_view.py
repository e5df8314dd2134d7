"""The confusion matrix view: shares, colours, hit testing and clicks checked against the numbers."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from designer.ui.confusion_matrix_view import MAX_CELL, MIN_CELL, ConfusionMatrixView, row_shares, share_rgb

CIFAR10 = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")


def cifar_matrix() -> np.ndarray:
    """100 test images per class: 90 right, cat and dog often mixed up, one stray guess per class."""
    confusion = np.eye(10, dtype=np.int64) * 90
    for true in range(10):
        confusion[true, (true + 1) % 10] += 1
        confusion[true, (true + 2) % 10] += 9
    confusion[3, 3], confusion[3, 5] = 60, 39  # cat: 60 right, 39 taken for dogs
    return confusion


@pytest.fixture
def view(qtbot):
    widget = ConfusionMatrixView()
    qtbot.addWidget(widget)
    return widget


def pixel(view: ConfusionMatrixView, point: QPoint) -> QColor:
    return QColor(view.grab().toImage().pixel(point))


def test_row_shares_divide_each_row_by_its_total_and_leave_empty_rows_at_zero():
    shares = row_shares([[1, 3, 0], [0, 0, 0], [2, 2, 4]])
    assert shares.dtype == np.float64
    assert shares.tolist() == [[0.25, 0.75, 0.0], [0.0, 0.0, 0.0], [0.25, 0.25, 0.5]]
    np.testing.assert_array_equal(row_shares(cifar_matrix()).sum(axis=1), np.ones(10))


def test_the_colour_map_runs_from_white_to_dark_blue():
    colours = share_rgb([-0.5, 0.0, 0.5, 1.0, 2.0])
    assert colours.tolist() == [[255, 255, 255], [255, 255, 255], [107, 174, 214], [8, 48, 107], [8, 48, 107]]
    ramp = share_rgb(np.linspace(0, 1, 101))
    lightness = [QColor(*rgb.tolist()).lightness() for rgb in ramp]
    assert lightness == sorted(lightness, reverse=True)


def test_a_good_model_shows_a_dark_diagonal(view):
    confusion = np.full((10, 10), 1, dtype=np.int64)
    np.fill_diagonal(confusion, 90)
    confusion[np.arange(10), (np.arange(10) + 1) % 10] = (
        2  # rows of 100: 0.9 on the diagonal, mostly 0.01 off it
    )
    view.set_matrix(confusion, CIFAR10)
    view.resize(view.sizeHint())
    assert view.shares[4, 4] == pytest.approx(0.9)
    assert view.shares[4, 7] == pytest.approx(0.01)
    # Just inside the cells' corners, clear of the numbers written in them.
    diagonal = pixel(view, view.cell_rect(4, 4).topLeft() + QPoint(2, 2))
    off = pixel(view, view.cell_rect(4, 7).topLeft() + QPoint(2, 2))
    assert diagonal.lightness() < off.lightness() - 100
    assert [diagonal.red(), diagonal.green(), diagonal.blue()] == share_rgb(0.9).tolist()
    assert [off.red(), off.green(), off.blue()] == share_rgb(0.01).tolist()
    image = view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 20


def test_cells_are_square_and_grow_with_the_widget_within_bounds(view):
    view.set_matrix(cifar_matrix(), CIFAR10)
    sizes = []
    for width, height in ((200, 150), (460, 420), (900, 800), (3000, 3000)):
        view.resize(width, height)
        rect = view.cell_rect(0, 0)
        assert rect.width() == rect.height()
        assert view.cell_rect(1, 1).topLeft() - rect.topLeft() == QPoint(rect.width(), rect.width())
        sizes.append(rect.width())
    assert sizes == sorted(sizes)
    assert sizes[0] == MIN_CELL
    assert sizes[-1] == MAX_CELL
    hint = view.sizeHint()
    assert 380 <= hint.width() <= 540
    assert 340 <= hint.height() <= 500


def test_clicking_a_cell_selects_it_and_says_which_one(view, qtbot):
    view.set_matrix(cifar_matrix(), CIFAR10)
    view.resize(view.sizeHint())
    view.show()
    for true, predicted in ((3, 5), (5, 3), (0, 0), (9, 9), (0, 9), (9, 0)):
        with qtbot.waitSignal(view.cell_clicked, timeout=1000) as blocker:
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(true, predicted).center())
        assert blocker.args == [true, predicted]
        assert view.selected_cell == (true, predicted)
    outline = pixel(view, view.cell_rect(9, 0).topLeft() + QPoint(1, view.cell_rect(9, 0).height() // 2))
    # The orange outline, not the cell's white or blue.
    assert outline.red() > 200
    assert outline.blue() < 100


def test_clicks_outside_the_cells_say_nothing(view, qtbot):
    view.set_matrix(cifar_matrix(), CIFAR10)
    view.resize(view.sizeHint())
    view.show()
    view.set_selected((2, 2))
    first, last = view.cell_rect(0, 0), view.cell_rect(9, 9)
    outside = (QPoint(2, 2), first.topLeft() - QPoint(3, 3), last.bottomRight() + QPoint(3, 3))
    with qtbot.assertNotEmitted(view.cell_clicked):
        for point in outside:
            assert view.cell_at(point) is None
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=view.cell_rect(3, 5).center())
    assert view.selected_cell == (2, 2)
    view.set_selected(None)
    assert view.selected_cell is None
    with pytest.raises(ValueError, match="no cell"):
        view.set_selected((10, 0))


@pytest.mark.parametrize("classes", [3, 10])
@pytest.mark.parametrize("size", [(300, 240), (460, 420), (1000, 700)])
def test_cell_at_finds_every_cells_centre(view, classes, size):
    view.set_matrix(np.arange(classes * classes).reshape(classes, classes), [f"c{i}" for i in range(classes)])
    view.resize(*size)
    for true in range(classes):
        for predicted in range(classes):
            rect = view.cell_rect(true, predicted)
            for point in (rect.center(), rect.topLeft(), rect.bottomRight()):
                assert view.cell_at(point) == (true, predicted)


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, showing the tooltip
def test_the_tooltip_says_how_many_images_went_where(view, qtbot):
    view.set_matrix(cifar_matrix(), CIFAR10)
    view.resize(view.sizeHint())
    assert view.cell_text(3, 5) == "39 cat images predicted as dog (39% of cat)"
    assert view.cell_text(0, 0) == "90 airplane images predicted as airplane (90% of airplane)"
    assert view.recall_text(3) == "cat: 60 of 100 images predicted right (60%)"
    view.show()
    point = view.cell_rect(3, 5).center()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    qtbot.waitUntil(lambda: QToolTip.text() == view.cell_text(3, 5), timeout=1000)


def test_the_matrix_and_names_must_agree(view):
    with pytest.raises(ValueError, match="must be square"):
        view.set_matrix(np.zeros((3, 4), dtype=np.int64), ["a", "b", "c"])
    with pytest.raises(ValueError, match="must be square"):
        view.set_matrix(np.zeros(9, dtype=np.int64), ["a", "b", "c"])
    with pytest.raises(ValueError, match="3 classes in the confusion matrix but 2 class names"):
        view.set_matrix(np.zeros((3, 3), dtype=np.int64), ["a", "b"])
    with pytest.raises(ValueError, match="negative"):
        view.set_matrix(-np.eye(2, dtype=np.int64), ["a", "b"])


def test_a_new_matrix_of_another_size_drops_the_selection(view):
    view.set_matrix(cifar_matrix(), CIFAR10)
    view.set_selected((3, 5))
    view.set_matrix(cifar_matrix() * 2, CIFAR10)
    assert view.selected_cell == (3, 5)
    view.set_matrix(np.eye(3, dtype=np.int64), ["a", "b", "c"])
    assert view.selected_cell is None


def test_before_any_evaluation_it_shows_a_hint(view):
    view.resize(view.sizeHint())
    assert view.sizeHint().width() > 300
    assert view.cell_at(QPoint(200, 200)) is None
    image = view.grab().toImage()
    background = image.pixel(0, 0)
    assert any(image.pixel(x, image.height() // 2) != background for x in range(image.width()))


def test_a_hundred_classes_still_draw_every_cell(view):
    rng = np.random.default_rng(0)
    confusion = rng.integers(0, 5, (100, 100)) + np.eye(100, dtype=np.int64) * 2000
    view.set_matrix(confusion, [f"class {i}" for i in range(100)])
    view.resize(view.sizeHint())
    assert view.cell_rect(0, 0).width() == MIN_CELL
    image = view.grab().toImage()
    corner = view.cell_rect(99, 99).topLeft() + QPoint(2, 2)
    assert QColor(image.pixel(corner)).lightness() < 120
    assert view.cell_at(view.cell_rect(57, 12).center()) == (57, 12)
