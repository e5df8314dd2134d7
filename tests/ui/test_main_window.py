"""The designer window driven as a user drives it: palette, cards, keys, menus, files, recovery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QSpinBox, QToolButton

from designer.core.architecture import InputSpec
from designer.core.presets import load_preset
from designer.core.project import load_document
from designer.ui.layer_list_model import KIND_MIME
from designer.ui.main_window import MainWindow
from tests.ui.windows import isolate_window, screenshot


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)


def forget_edits(window: MainWindow) -> None:
    """Closing at teardown then asks nothing."""
    window.document.mark_saved()


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def layer_names(window: MainWindow) -> list[str]:
    return [layer.name for layer in window.document.architecture.layers]


def palette_item(window: MainWindow, kind: str):
    (item,) = [
        window.palette_panel.topLevelItem(g).child(i)
        for g in range(window.palette_panel.topLevelItemCount())
        for i in range(window.palette_panel.topLevelItem(g).childCount())
        if window.palette_panel.topLevelItem(g).child(i).text(0) == kind
    ]
    return item


def test_double_click_in_the_palette_inserts_after_the_selection(window, qtbot):
    window.network.select_layer(0)
    item = palette_item(window, "Dropout")
    window.palette_panel.scrollToItem(item)
    rect = window.palette_panel.visualItemRect(item)
    viewport = window.palette_panel.viewport()
    qtbot.mouseClick(
        viewport, Qt.MouseButton.LeftButton, pos=rect.center()
    )  # a double-click starts with a press
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert layer_names(window)[:3] == ["c1", "dropout_1", "s2"]
    assert window.network.current_layer() == 1
    window.undo_action.trigger()
    assert layer_names(window)[:2] == ["c1", "s2"]


def test_dropping_a_palette_kind_between_cards_inserts_it_there(window, qtbot):
    view = window.network
    data = window.palette_panel.mimeData([palette_item(window, "BatchNorm")])
    assert data.hasFormat(KIND_MIME)
    target = view.visualRect(view.model().index(3)).topLeft() + QPoint(
        40, 1
    )  # the top edge of layer s4's card
    # What a drag from the palette delivers: enter, move over the gap between two cards, drop.
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(target, actions, data, button, none)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(target, actions, data, button, none)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(target), actions, data, button, none))
    assert layer_names(window)[:4] == ["c1", "s2", "batch_norm_1", "c3"]


def test_dragging_a_card_moves_the_layer(window):
    model = window.network.model()
    data: QMimeData = model.mimeData([model.index(1)])  # c1
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, model.index(-1))
    assert layer_names(window)[:4] == ["s2", "c3", "c1", "s4"]
    window.document.undo()
    assert layer_names(window)[:2] == ["c1", "s2"]


def test_keyboard_moves_duplicates_deletes_and_renames(window, qtbot):
    view = window.network
    window.network.select_layer(1)  # s2
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert layer_names(window)[:3] == ["c1", "c3", "s2"]
    assert window.network.current_layer() == 2
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert layer_names(window)[:4] == ["c1", "c3", "s2", "s2_1"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert layer_names(window)[:4] == ["c1", "c3", "s2", "s4"]
    assert window.network.current_layer() == 3  # s4 took the deleted layer's place
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "pool1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: layer_names(window)[2] == "pool1")  # the delegate commits on the next loop turn
    for expected in (
        ["c1", "c3", "s2"],
        ["c1", "c3", "s2", "s2_1"],
        ["c1", "c3", "s2", "s4"],
        ["c1", "s2", "c3"],
    ):
        window.undo_action.trigger()
        assert layer_names(window)[: len(expected)] == expected
    window.undo_action.trigger()
    assert window.document.architecture == load_preset("lenet5")
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert layer_names(window)[:3] == ["c1", "c3", "s2"]
    assert window.undo_action.text() == "&Undo Move s2"


def test_property_edit_updates_card_and_summary(window):
    window.network.select_layer(0)
    window.properties.param_editor("filters").findChild(QSpinBox).setValue(8)
    assert window.document.architecture.layers[0].params["filters"] == 8
    card = window.network.model().card(1)
    assert card.report.params == 8 * 25 + 8
    assert window.summary.model.data(window.summary.model.index(0, 4)) == "208"
    assert "62,558 parameters" in window.totals.text()  # c1 and c3 both grow


def test_impossible_layer_is_flagged_and_fixed_in_one_click(window, qtbot):
    window.document.set_input(InputSpec(1, 16, 16))
    card = window.network.model().card(5)
    assert card.report.status == "error"
    assert "does not fit" in window.network.model().data(
        window.network.model().index(5), Qt.ItemDataRole.ToolTipRole
    )
    assert window.network.model().card(6).report.status == "unknown"
    assert "1 layer(s) do not fit" in window.totals.text()
    window.network.scrollTo(window.network.model().index(5))
    qtbot.wait(50)
    areas = window.network.card_delegate._fix_areas[5]
    assert [fix.description for _, fix in areas] == ['Use "same" padding', "Shrink the kernel to 1x1"]
    rect = window.network.visualRect(window.network.model().index(5))
    assert rect.isValid()
    qtbot.mouseClick(window.network.viewport(), Qt.MouseButton.LeftButton, pos=areas[0][0].center())
    assert window.document.summary.valid
    assert window.document.architecture.layers[4].params["padding"] == "same"
    assert window.document.undo_text == 'Use "same" padding (c5)'


def test_save_and_open_round_trip(window, tmp_path, monkeypatch):
    target = tmp_path / "mine.cnnd"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.document.set_param(0, "filters", 12)
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    assert window.windowTitle() == "mine.cnnd[*] - cnn-designer"
    assert load_document(target) == window.document.architecture

    other = MainWindow(load_preset("cifar10_cnn"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    other.files.open_dialog()
    assert other.document.architecture.layers[0].params["filters"] == 12
    assert other.files.path == target
    assert QSettings().value("recent_files") == [str(target)]
    other.document.mark_saved()
    other.deleteLater()


def test_unsaved_changes_prompt_on_close(window, monkeypatch):
    window.document.set_param(0, "filters", 7)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert not window.close()
    assert window.isVisible()
    assert window.close()


def test_a_bad_file_shows_why_and_keeps_the_document(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.cnnd"
    bad.write_text('{"format": "cnn-designer/project", "version": 1, "architecture": {}}')
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = window.document.architecture
    assert not window.files.open_path(bad)
    assert window.document.architecture == before
    assert shown
    assert str(bad) in shown[0]


def test_autosave_is_offered_after_a_crash(window, qtbot, tmp_path, monkeypatch):
    window.document.set_param(0, "filters", 9)
    window.files.autosave()
    assert (tmp_path / "recovery" / "autosave.cnnd").exists()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    restored = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(restored, before_close_func=forget_edits)
    assert restored.files.offer_recovery()
    assert restored.document.architecture.layers[0].params["filters"] == 9
    assert restored.document.modified
    assert not (tmp_path / "recovery" / "autosave.cnnd").exists()


def test_a_clean_close_leaves_no_recovery_file(window, tmp_path, monkeypatch):
    window.document.set_param(0, "filters", 9)
    window.files.autosave()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert not (tmp_path / "recovery" / "autosave.cnnd").exists()


def test_presets_menu_opens_an_unsaved_document(window, tmp_path):
    window.open_preset("vgg_small")
    assert window.document.architecture == load_preset("vgg_small")
    assert window.files.path is None


def test_screenshot_command_writes_a_non_blank_png(tmp_path):
    image = screenshot(tmp_path, "cifar10_cnn")
    colours = {image.pixel(x, y) for x in range(0, 1400, 37) for y in range(0, 900, 29)}
    assert len(colours) > 20


def test_screenshot_of_the_train_view_shows_the_data_set_samples(tmp_path):
    image = screenshot(tmp_path, "lenet5", "train")
    # The 5x5 grid of digits (white on black) fills the left column under the data set picker.
    grid = [QColor(image.pixel(x, y)).lightness() for x in range(20, 380, 4) for y in range(200, 620, 4)]
    assert sum(level < 40 for level in grid) > len(grid) // 3


def click_card(window: MainWindow, qtbot, index: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    model_index = window.network.model().index(index + 1, 0)  # row 0 is the input
    window.network.scrollTo(model_index)
    rect = window.network.visualRect(model_index)
    qtbot.mouseClick(window.network.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_shift_clicked_layers_wrap_in_a_residual_block_and_unwrap(window, qtbot, tmp_path):
    click_card(window, qtbot, 2)  # c3
    click_card(window, qtbot, 3, Qt.KeyboardModifier.ShiftModifier)  # s4
    assert window.network.selected_range() == (2, 3)
    window.blocks.wrap_action.trigger()
    assert layer_names(window) == ["c1", "s2", "residual_1", "c5", "flatten", "f6", "output"]
    (body,) = window.document.architecture.layers[2].branches
    assert [layer.name for layer in body] == ["c3", "s4"]
    assert window.network.current_layer() == 2
    assert window.blocks.unwrap_action.isEnabled()
    assert window.document.summary.valid
    assert window.grab().save(str(tmp_path / "wrapped.png"))
    window.blocks.unwrap_action.trigger()
    assert layer_names(window) == [layer.name for layer in load_preset("lenet5").layers]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.architecture == load_preset("lenet5")


def test_a_palette_block_arrives_with_a_body_that_fits(window):
    window.network.select_layer(1)
    item = palette_item(window, "Residual")
    window.palette_panel.itemActivated.emit(item, 0)
    block = window.document.architecture.layers[2]
    assert block.kind == "Residual"
    assert [layer.kind for layer in block.branches[0]] == [
        "Conv2D",
        "BatchNorm",
        "Activation",
        "Conv2D",
        "BatchNorm",
    ]
    assert window.document.summary.valid


def test_the_summary_table_lists_the_layers_inside_blocks_indented(qtbot):
    window = MainWindow(load_preset("resnet20"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    model = window.summary.model
    rows = [[model.index(row, column).data() for column in range(3)] for row in range(model.rowCount())]
    assert rows[3] == ["4", "s1b1", "Residual"]
    assert rows[4] == ["", "    s1b1_conv1", "Conv2D"]
    assert len(rows) == 3 + 9 * 6 + 2  # the stem, nine blocks of five layers and their rows, the head


def test_a_double_clicked_block_opens_for_editing_and_closes_again(qtbot):
    window = MainWindow(load_preset("resnet20"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    model_index = window.network.model().index(5, 0)  # s1b2
    rect = window.network.visualRect(model_index)
    qtbot.mouseDClick(window.network.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.scope == ((4, 0),)
    assert window.scope_bar.isVisible()
    assert window.network.model().index(0, 0).data() == "Block input"
    assert layer_names(window)[:3] == ["stem", "stem_bn", "stem_relu"]  # the network is as it was
    assert [layer.name for layer in window.document.layers][0] == "s1b2_conv1"
    window.network.select_layer(1)  # s1b2_bn1
    window.insert_kind("Dropout")
    inside = [layer.kind for layer in window.document.architecture.layers[4].branches[0]]
    assert inside[:3] == ["Conv2D", "BatchNorm", "Dropout"]
    assert window.properties.shown_layer == 2
    window.blocks.move_out_action.trigger()
    assert layer_names(window)[4:6] == ["s1b2", "dropout_1"]
    assert window.document.summary.valid
    window.blocks.close_action.trigger()
    assert window.document.scope == ()
    assert not window.scope_bar.isVisible()
    assert window.network.current_layer() == 4
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.architecture == load_preset("resnet20")


def test_a_card_dropped_onto_a_block_moves_into_it(window):
    window.document.wrap(0, 1)  # c1 and s2 in residual_1
    model = window.network.model()
    data = model.mimeData([model.index(4, 0)])  # c5 (row 0 is the input, 1 the block)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(1, 0))
    (body,) = window.document.architecture.layers[0].branches
    assert [layer.name for layer in body] == ["c1", "s2", "c5"]
    assert window.document.undo_text == "Move c5 into residual_1"


def test_a_parallel_blocks_branches_show_side_by_side_and_are_picked_added_and_removed(qtbot):
    window = MainWindow(load_preset("inception_mini"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.show()
    window.network.select_layer(2)  # mixed1
    window.blocks.open_action.trigger()
    buttons = window.scope_bar.branch_buttons
    assert [button.text().splitlines()[0] for button in buttons] == [f"branch {n}" for n in range(1, 5)]
    assert "mixed1_5x5  \u2192 8 @ 16x16" in buttons[2].text()
    assert [button.isChecked() for button in buttons] == [True, False, False, False]
    buttons[2].click()
    assert window.document.scope == ((2, 2),)
    assert [layer.name for layer in window.document.layers] == ["mixed1_5x5_reduce", "mixed1_5x5"]
    add = next(b for b in window.scope_bar.findChildren(QToolButton) if b.text() == "Add branch")
    add.click()
    assert window.document.scope == ((2, 4),)
    assert len(window.scope_bar.branch_buttons) == 5
    assert window.document.summary.valid
    window.undo_action.trigger()
    assert len(window.document.architecture.layers[2].branches) == 4
    assert window.document.scope == ()  # the branch being edited is gone: back to the network
    assert not window.scope_bar.isVisible()


def test_a_card_dropped_on_the_crumb_around_the_block_moves_out_of_it(qtbot):
    window = MainWindow(load_preset("resnet20"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.show()
    window.blocks.open_block(4)  # s1b2
    out = window.scope_bar.out_button
    assert out is not None
    assert out.text() == "Network"
    data = window.network.model().mimeData([window.network.model().index(5, 0)])  # s1b2_bn2
    assert out.drop(data)
    assert layer_names(window)[4:6] == ["s1b2", "s1b2_bn2"]
    assert window.document.undo_text == "Move s1b2_bn2 out of s1b2"
