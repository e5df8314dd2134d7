"""The run history table, driven as a user drives it: clicks, Ctrl+clicks, the Delete key."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from designer.core.metrics_files import metrics_csv, metrics_json
from designer.core.runs import started_now
from designer.ui.runs_table import RunsModel, RunsTable, sample_runs


@pytest.fixture
def table(qtbot) -> RunsTable:
    table = RunsTable()
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.set_runs(sample_runs())
    table.show()
    qtbot.waitExposed(table)
    return table


def shown(table: RunsTable, row: int) -> list[str]:
    model = table.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def click_row(qtbot, table: RunsTable, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.table.visualRect(table.model.index(row, 0))
    qtbot.mouseClick(table.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_rows_show_the_runs_newest_first_with_their_figures(table):
    assert table.model.rowCount() == 3
    assert [table.model.run(row).id for row in range(3)] == ["run 3", "run 2", "run 1"]
    run_id, started, dataset, epochs, duration, best, test, result = shown(table, 2)
    assert (run_id, dataset, epochs, duration, best, test, result) == (
        "run 1",
        "digits",
        "10 / 10",
        "1 min 05 s",
        "96.2%",
        "97.1%",
        "completed",
    )
    assert "25" in started
    assert shown(table, 1)[RunsModel.RESULT] == "stopped early"
    assert shown(table, 0)[RunsModel.TEST] == "–"
    assert shown(table, 0)[RunsModel.RESULT] == "diverged"
    assert shown(table, 0)[RunsModel.EPOCHS] == "2 / 10"
    decoration = table.model.data(table.model.index(0, RunsModel.RESULT), Qt.ItemDataRole.DecorationRole)
    assert not decoration.isNull()
    header_tip = table.model.headerData(
        RunsModel.BEST, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header_tip == "Best validation accuracy of any epoch"
    tip = table.model.data(table.model.index(1, RunsModel.RESULT), Qt.ItemDataRole.ToolTipRole)
    assert tip == "No better validation accuracy for 3 epochs."


def test_a_run_of_today_shows_its_time_only():
    model = RunsModel()
    assert ":" in model.started_text(started_now())
    assert len(model.started_text(started_now())) < len(model.started_text("2025-03-01T14:05:09+01:00"))


def test_durations_read_in_the_largest_units():
    model = RunsModel()
    assert model.duration_text(42.4) == "42 s"
    assert model.duration_text(65) == "1 min 05 s"
    assert model.duration_text(3 * 3600 + 7 * 60 + 9) == "3 h 07 min"


def test_selecting_two_runs_sends_both_oldest_first_and_shows_what_changed(qtbot, table):
    click_row(qtbot, table, 2)
    assert [run.id for run in table.selected_runs()] == ["run 1"]
    assert table.details.toPlainText().startswith(
        "run 1: completed after 10 of 10 epochs on digits, in 1 min 05 s."
    )
    assert "test accuracy 97.1%" in table.details.toPlainText()
    with qtbot.waitSignal(table.selection_changed) as blocker:
        click_row(qtbot, table, 1, Qt.KeyboardModifier.ControlModifier)
    assert [run.id for run in blocker.args[0]] == ["run 1", "run 2"]
    assert table.details.toPlainText().splitlines() == [
        "Compared with run 1:",
        "• c1: filters 6 -> 16",
        "• learning_rate 0.001 -> 0.0003",
    ]


def test_three_runs_are_grouped_by_run(table):
    table.select_runs(["run 1", "run 2", "run 3"])
    lines = table.details.toPlainText().splitlines()
    assert lines[:4] == [
        "Compared with run 1:",
        "run 2:",
        "    • c1: filters 6 -> 16",
        "    • learning_rate 0.001 -> 0.0003",
    ]
    assert "run 3:" in lines
    assert "    • optimizer adam -> sgd" in lines


def test_identical_runs_say_so(table):
    first = sample_runs()[0]
    table.set_runs([first, replace(first, id="run 2")])
    table.select_runs(["run 1", "run 2"])
    assert table.details.toPlainText() == "Same design and training settings as run 1."


def test_a_single_untested_run_says_so(table):
    table.select_runs(["run 3"])
    assert "Best validation accuracy 83.8%; not tested." in table.details.toPlainText()


def test_delete_asks_first_then_sends_the_ids(qtbot, table, monkeypatch):
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply

        return question

    table.select_runs(["run 1", "run 3"])
    table.table.setFocus()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    with qtbot.assertNotEmitted(table.delete_requested):
        qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(table.delete_requested) as blocker:
        qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    assert blocker.args == [["run 1", "run 3"]]
    assert asked == ["Delete run 1, run 3 from the project's run history?"] * 2


def test_nothing_selected_asks_nothing(table, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    table.ask_to_delete()
    assert not table.delete_action.isEnabled()


def test_open_run_folder_only_for_one_run_whose_folder_exists(table, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    runs = sample_runs()
    table.set_runs([replace(runs[0], folder=str(tmp_path)), replace(runs[1], folder=str(tmp_path / "gone"))])
    table.select_runs(["run 2"])
    assert table.selected_folder() is None
    table.select_runs(["run 1", "run 2"])
    assert table.selected_folder() is None
    table.select_runs(["run 1"])
    table.open_folder()
    assert opened == [str(tmp_path)]


def test_an_empty_history_shows_a_hint(qtbot, table):
    table.set_runs(())
    assert table.empty_hint.isVisible()
    assert not table.table.isVisible()
    assert "No training runs yet" in table.empty_hint.text()
    table.set_runs(sample_runs())
    assert table.table.isVisible()


def test_a_new_run_is_inserted_at_the_top_and_the_selection_stays(qtbot, table):
    table.select_runs(["run 1", "run 2"])
    resets = []
    table.model.modelReset.connect(lambda: resets.append(True))
    fourth = replace(sample_runs()[0], id="run 4")
    with qtbot.assertNotEmitted(table.selection_changed):
        table.set_runs([*sample_runs(), fourth])
    assert not resets
    assert table.model.run(0).id == "run 4"
    assert [run.id for run in table.selected_runs()] == ["run 1", "run 2"]


def test_deleting_a_selected_run_updates_the_selection(qtbot, table):
    table.select_runs(["run 1", "run 2"])
    with qtbot.waitSignal(table.selection_changed) as blocker:
        table.set_runs(sample_runs()[1:])
    assert [run.id for run in blocker.args[0]] == ["run 2"]
    assert table.model.rowCount() == 2


@pytest.mark.parametrize(
    ("answer", "kind", "written"), [("m", "JSON files (*.json)", "m.json"), ("m.csv", "", "m.csv")]
)
def test_a_runs_metrics_export_as_the_run_folder_writes_them(
    table, qtbot, tmp_path, monkeypatch, answer, kind, written
):
    click_row(qtbot, table, 0)
    (run,) = table.selected_runs()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / answer), kind)
    )
    table.ask_to_export_metrics()
    text = (tmp_path / written).read_text()
    assert text == (metrics_json(run.epochs) if written.endswith(".json") else metrics_csv(run.epochs))
    assert len(text.splitlines()) > len(run.epochs)
