"""The Tune view in the real window: the space table, studies run by the real Tuner on a tiny MNIST
written by the test, Stop, Apply best, resuming and closing mid-study."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.training import TrainingSettings
from designer.engine.tuning_events import StudyFinished, TrialEpoch, TrialFinished, TrialStarted
from designer.ui.main_window import MainWindow
from designer.ui.tune_panel import TunePanel
from tests.engine.dataset_files import sample_split, write_mnist
from tests.ui.windows import forget_edits, isolate_window

STUDY_MS = 120_000
SETTINGS = TrainingSettings().with_values(
    dataset="mnist", epochs=1, batch_size=32, memory_format="nchw", device="cpu", precision="fp32",
    checkpoints="none", layer_health=False,
)  # fmt: skip
NET = Architecture(
    InputSpec(1, 28, 28),
    (
        Layer.new("Conv2D", "conv", filters=4, kernel_size=3, activation="relu"),
        Layer.new("MaxPool2D", "pool", pool_size=4),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=10, activation="softmax"),
    ),
    training=SETTINGS,
)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    write_mnist(folder, sample_split(160, (28, 28), 10, seed=1), sample_split(40, (28, 28), 10, seed=2))
    return folder


def open_window(qtbot, data_dir: Path | None = None) -> tuple[MainWindow, TunePanel]:
    window = MainWindow(NET)
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1400, 900)
    window.show()
    window.show_view("tune")
    panel = window.tune_view()
    if data_dir is not None:
        panel.data_source = lambda: (str(data_dir), False)
    return window, panel


@pytest.fixture
def opened(qtbot, data_dir):
    window, panel = open_window(qtbot, data_dir)
    yield window, panel
    assert panel.shutdown()


def small_space(panel: TunePanel) -> None:
    """Search the learning rate and the convolution's filters only, 3 trials of 1 epoch."""
    for key in ("batch_size", "optimizer"):
        panel.space.set_checked(key, False)
    panel.space.set_values("conv.filters", "2, 4")
    panel.form.trials_box.setValue(3)
    panel.form.epochs_box.setValue(1)
    panel.form.pruner_box.setCurrentIndex(panel.form.pruner_box.findData("none"))
    panel.form.sampler_box.setCurrentIndex(panel.form.sampler_box.findData("random"))


def keys(panel: TunePanel) -> list[str]:
    return [row.key for row in panel.space.rows]


def test_the_space_lists_the_suggested_knobs_and_a_bad_value_stops_start(opened, qtbot):
    window, panel = opened
    assert keys(panel) == ["learning_rate", "batch_size", "optimizer", "conv.filters"]
    assert panel.space.table.item(0, 1).text() == "0.0001 .. 0.1 (log)"
    assert panel.start_button.isEnabled()
    assert "mnist" in panel.dataset_label.text()

    panel.space.set_values("conv.filters", "0, 4")
    problem = panel.space.table.item(3, panel.space.PROBLEM).text()
    assert problem.startswith("0 must be a whole number from 1")
    assert not panel.start_button.isEnabled()
    assert panel.start_button.toolTip().startswith("conv.filters: 0 must be")

    panel.space.set_values("learning_rate", "0 .. 0.1 log")
    assert panel.space.row_problem(0) == "learning_rate: a log scale needs a range above 0"
    panel.space.set_checked("learning_rate", False)  # an unticked row does not count
    assert panel.space.table.item(0, panel.space.PROBLEM).text() == ""
    panel.space.set_values("conv.filters", "{2, 4, 8}")
    assert panel.start_button.isEnabled()
    assert [knob.key for knob in panel.space.space().knobs] == ["batch_size", "optimizer", "conv.filters"]

    panel.space.set_values("optimizer", "adam, nadam")
    assert "nadam" in panel.space.row_problem(2)
    panel.space.set_values("optimizer", "many")
    assert "nadam" not in panel.space.row_problem(2)

    assert panel.space.addable.findText("weight_decay") >= 0
    assert panel.space.addable.findText("conv.kernel_size") >= 0
    panel.space.addable.setCurrentText("conv.kernel_size")
    qtbot.mouseClick(panel.space.add_button, Qt.MouseButton.LeftButton)
    assert keys(panel)[-1] == "conv.kernel_size"
    assert panel.space.rows[-1].text == "1, 3, 5"
    assert panel.space.addable.findText("conv.kernel_size") < 0

    window.document.set_param(0, "filters", 8)  # unedited rows follow the design's suggestion
    assert panel.space.rows[1].text == "{32, 64, 128}"
    assert panel.space.rows[3].text == "{2, 4, 8}"


def test_synthetic_trials_fill_the_table_and_the_history(opened):
    window, panel = opened
    params = [{"learning_rate": 0.01, "conv.filters": 4}, {"learning_rate": 0.001, "conv.filters": 2}]
    panel._on_session_event(TrialStarted(0, params[0]))
    assert panel.table.trials.trial(0).state == "running"
    panel._on_session_event(TrialEpoch(0, 1, 2, 0.4))
    panel._on_session_event(TrialFinished(0, "complete", params[0], 0.5, "", 2.0))
    panel._on_session_event(TrialStarted(1, params[1]))
    panel._on_session_event(TrialEpoch(1, 1, 2, 0.3))
    panel._on_session_event(TrialFinished(1, "pruned", params[1], None, "pruned after epoch 1", 1.0))
    model = panel.table.trials
    assert [model.data(model.index(row, model.STATE)) for row in range(2)] == ["complete", "pruned"]
    assert model.data(model.index(0, model.VALUE)) == "50.0%"
    assert model.data(model.index(1, model.message_column)) == "pruned after epoch 1"
    assert list(panel.plots.values.yData) == [50.0]
    assert list(panel.plots.pruned.yData) == [30.0]
    assert panel.plots.note.toPlainText() == "Needs 2 complete trials"
    assert panel.apply_button.text() == "Apply best (trial 0, 50.0%)"
    panel._on_queries_failed("importances", "the storage is locked")
    assert panel.plots.note.toPlainText() == "Cannot rank the knobs"
    assert panel.plots.toolTip() == "the storage is locked"
    panel.table.sortByColumn(model.VALUE, Qt.SortOrder.DescendingOrder)
    assert panel.table.trial_at(0).number == 0


def test_a_small_study_runs_through_the_gui_and_its_best_trial_is_applied(opened, qtbot):
    window, panel = opened
    small_space(panel)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    with qtbot.waitSignal(panel.session.ended, timeout=STUDY_MS):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        assert not panel.start_button.isEnabled()
        assert not panel.space.isEnabled()
    timer.stop()
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 2.0  # the window kept answering
    trials = panel.table.trials.trials
    assert [trial.state for trial in trials] == ["complete"] * 3
    assert panel.table.trials.keys == ["learning_rate", "conv.filters"]
    assert len(panel.plots.values.xData) == 3
    assert panel.progress_label.text().startswith('Study "study" completed after 3 trials; best: trial')
    qtbot.waitUntil(lambda: len(panel.plots.bars.opts["width"]) == 2, timeout=30_000)
    assert panel.start_button.isEnabled()

    best = panel.table.trials.best()
    assert best is not None
    before = window.document.architecture
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    after = window.document.architecture
    assert window.document.undo_text == f"Apply best trial {best.number}"
    assert after.layers[0].params["filters"] == best.params["conv.filters"]
    assert after.training.learning_rate == best.params["learning_rate"]
    assert after.training.epochs == before.training.epochs  # the epochs per trial stay the study's
    record = window.files.runs[-1]
    assert record.folder == str(best.folder)
    assert record.message == f'Trial {best.number} of study "study"'
    assert len(record.epochs) == 1
    assert window.train_view().runs.model.runs[0].id == record.id  # the Train view's run list
    # The study searched the design before Apply best: searching on is a new study, and continuing the
    # old one on another design is refused.
    assert panel.form.study_name() == "study-2"
    qtbot.waitUntil(lambda: panel.form.stored_label.text().startswith("A new study"), timeout=10_000)
    panel.form.name_edit.setText("study")
    panel.form.name_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: len(panel.table.trials.trials) == 3, timeout=10_000)
    with qtbot.waitSignal(panel.session.ended, timeout=STUDY_MS):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert "searches a different design" in panel.message.text()
    assert panel.message.isVisibleTo(panel)
    window.document.undo()
    assert window.document.architecture == before

    # The study's trials stay in its file: another name is a new study, its own name lists them again.
    panel.form.name_edit.setText("other")
    panel.form.name_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not panel.table.trials.trials, timeout=10_000)
    assert panel.form.stored_label.text().startswith("A new study")
    panel.form.name_edit.setText("study")
    panel.form.name_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: len(panel.table.trials.trials) == 3, timeout=10_000)
    assert panel.form.stored_label.text() == "The file holds 3 trials of this study; Start continues it."


def test_stop_ends_the_study_and_the_panel_is_usable_again(opened, qtbot):
    window, panel = opened
    small_space(panel)
    panel.form.trials_box.setValue(100)
    panel.form.epochs_box.setValue(50)
    panel.session.event.connect(lambda event: panel.stop() if isinstance(event, TrialEpoch) else None)
    events: list[object] = []
    panel.session.event.connect(events.append)
    with qtbot.waitSignal(panel.session.ended, timeout=STUDY_MS):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert [event.reason for event in events if isinstance(event, StudyFinished)] == ["stopped"]
    assert panel.progress_label.text().startswith('Study "study" stopped after 0 trials')
    model = panel.table.trials
    assert [trial.state for trial in model.trials] == ["failed"]
    assert model.data(model.index(0, model.STATE)) == "stopped"
    assert panel.start_button.isEnabled()
    assert not panel.stop_button.isEnabled()
    assert panel.space.isEnabled()


def test_closing_the_window_mid_study_asks_then_ends_the_thread(qtbot, data_dir, monkeypatch):
    window, panel = open_window(qtbot, data_dir)
    small_space(panel)
    panel.form.epochs_box.setValue(50)
    with qtbot.waitSignal(
        panel.session.event, timeout=STUDY_MS, check_params_cb=lambda e: isinstance(e, TrialStarted)
    ):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(title)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()  # "No": the study goes on
    assert panel.session.running
    forget_edits(window)
    began = time.monotonic()
    assert window.close()
    assert time.monotonic() - began < 5
    assert asked == ["A study is in progress"] * 2
    assert not panel.session.running


def test_building_the_tune_view_imports_neither_torch_nor_optuna():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from designer.core.presets import load_preset\n"
        "from designer.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "window = MainWindow(load_preset('lenet5'))\n"
        "window.show_view('tune')\n"
        "app.processEvents()\n"
        "assert 'torch' not in sys.modules and 'optuna' not in sys.modules\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
