"""File > Export Trained Model in the real window: the dialogs answered by the test, the file checked."""

from __future__ import annotations

import dataclasses
import json

import pytest
import torch
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from designer.core.presets import load_preset
from designer.core.runs import FOLDER_BUNDLE, RunRecord, started_now
from designer.core.training import TrainingSettings
from designer.engine.bundle import load_bundle, save_bundle
from designer.ui.main_window import MainWindow
from tests.engine.export_models import bundle_of
from tests.faults import fill_the_disk
from tests.ui.windows import forget_edits, isolate_window

WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)


@pytest.fixture
def window(qtbot):
    main = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(main, before_close_func=forget_edits)
    main.show()
    return main


def run_with_model(tmp_path, name: str, scale: float = 1.0, accuracy: float = 0.9) -> RunRecord:
    """A run whose folder holds a LeNet-5 bundle trained on MNIST, its weights scaled by ``scale``."""
    folder = tmp_path / name
    folder.mkdir()
    lenet = load_preset("lenet5")
    bundle = bundle_of(dataclasses.replace(lenet, training=TrainingSettings(dataset="mnist")))
    state = {key: value * scale for key, value in bundle.state.items()}
    save_bundle(dataclasses.replace(bundle, state=state), folder / FOLDER_BUNDLE)
    architecture = load_preset("lenet5")
    return RunRecord(
        name, started_now(), architecture, architecture.training, test_accuracy=accuracy, folder=str(folder)
    )


@pytest.mark.filterwarnings("ignore:`torch.jit.load` is deprecated:FutureWarning")
def test_the_chosen_runs_model_is_written_in_the_chosen_format(window, qtbot, tmp_path, monkeypatch):
    first = run_with_model(tmp_path, "run 1")
    second = run_with_model(tmp_path, "run 2", scale=2.0, accuracy=0.95)
    window.files.set_runs([first, second])
    offered: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):
        offered.append(list(items))
        return items[1], True  # the older run: the newest is listed first

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    target = tmp_path / "out" / "lenet"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "TorchScript module (*.pt)")
    )
    with qtbot.waitSignal(window.model_export.done, timeout=WAIT_MS) as done:
        window.export_model()
    assert offered == [["run 2: test accuracy 95.00%", "run 1: test accuracy 90.00%"]]
    written = target.with_suffix(".pt")
    assert done.args == [[str(written)]]
    scripted = torch.jit.load(str(written))
    x = torch.randn(2, 1, 32, 32)
    with torch.no_grad():
        torch.testing.assert_close(scripted(x), load_bundle(first.folder).model()(x), rtol=0, atol=1e-5)
        assert not torch.allclose(scripted(x), load_bundle(second.folder).model()(x))
    assert str(written) in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("chosen", "written"),
    [("PyTorch source (*.py)", ["lenet.py", "lenet.pt"]), ("Training script (*.py)", ["lenet.py"])],
)
def test_source_exports_name_every_file_they_write(window, qtbot, tmp_path, monkeypatch, chosen, written):
    window.files.set_runs([run_with_model(tmp_path, "run 1")])
    target = tmp_path / "out" / "lenet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), chosen))
    with qtbot.waitSignal(window.model_export.done, timeout=WAIT_MS) as done:
        window.export_model()
    assert done.args == [[str(target.parent / name) for name in written]]
    compile((target.parent / "lenet.py").read_text(), "lenet.py", "exec")
    message = window.statusBar().currentMessage()
    assert str(target.parent / "lenet.py") in message
    assert ("(and lenet.pt beside it)" in message) == (len(written) == 2)


def test_without_a_trained_model_the_window_says_to_train_first(window, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    window.export_model()
    assert said == ["There is no trained model to export yet: train the design first (Train tab)."]


def test_a_broken_model_is_one_sentence_and_the_window_goes_on(window, qtbot, tmp_path, monkeypatch):
    run = run_with_model(tmp_path, "run 1")
    (tmp_path / "run 1" / FOLDER_BUNDLE).write_bytes(b"broken")
    window.files.set_runs([run])
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "m.onnx"), "ONNX graph (*.onnx)"),
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    with qtbot.waitSignal(window.model_export.failed, timeout=WAIT_MS):
        window.export_model()
    qtbot.waitUntil(lambda: bool(warned))
    assert "not a bundle" in warned[0]
    assert "\n" not in warned[0]
    assert not (tmp_path / "m.onnx").exists()


def test_an_export_onto_a_full_disk_says_so_and_keeps_the_previous_file(window, qtbot, tmp_path, monkeypatch):
    window.files.set_runs([run_with_model(tmp_path, "run 1")])
    target = tmp_path / "m.onnx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "ONNX graph (*.onnx)"))
    with qtbot.waitSignal(window.model_export.done, timeout=WAIT_MS):
        window.export_model()
    before = target.read_bytes()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    fill_the_disk(monkeypatch)
    with qtbot.waitSignal(window.model_export.failed, timeout=WAIT_MS):
        window.export_model()
    qtbot.waitUntil(lambda: bool(warned))
    assert warned == [
        f"{target} was not saved: the disk is full. Any file already there is unchanged; "
        "free some space or choose another place, then save again."
    ]
    assert target.read_bytes() == before


def test_a_keras_model_opens_as_new_work_and_a_bad_one_says_why(window, tmp_path, monkeypatch):
    from tests.core.keras_files import CIFAR, keras2

    model = tmp_path / "model.json"
    model.write_text(json.dumps(keras2(CIFAR)))
    assert window.files.open_keras(model)
    assert [layer.name for layer in window.document.architecture.layers][:2] == ["conv2d", "conv2d_1"]
    assert window.document.summary.total_params == 1_250_858
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    model.write_text(json.dumps({"class_name": "Functional", "config": {}}))
    assert not window.files.open_keras(model)
    assert "only Sequential models" in warned[0]
    assert window.document.summary.total_params == 1_250_858
