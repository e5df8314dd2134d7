"""The data set panel: picking, loading on the worker thread, errors, and what it shows."""

from __future__ import annotations

import subprocess
import sys
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from designer.core.training import TrainingSettings
from designer.engine.dataset_preview import augmentation_preview
from designer.ui.dataset_panel import DatasetPanel, LoadJob, PreviewWorker
from tests.engine.dataset_files import sample_split, write_image_folder, write_mnist

TIMEOUT_MS = 30_000


def folder_of(root, counts: dict[str, int]) -> str:
    """An image folder with ``counts`` images per class, each class its own grey level."""
    rng = np.random.default_rng(0)
    write_image_folder(
        root,
        {
            name: [rng.integers(level, level + 30, (10, 10), dtype=np.uint8) for _ in range(count)]
            for level, (name, count) in zip(range(20, 250, 60), counts.items(), strict=False)
        },
    )
    return str(root)


@pytest.fixture
def panel(qtbot) -> DatasetPanel:
    """A panel for a 1x16x16 input, not shown yet: shown, it loads its data set (digits unless set)."""
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 900)
    panel.set_input_shape((1, 16, 16))
    return panel


def show(panel: DatasetPanel, name: str) -> None:
    panel.set_dataset(name)
    panel.show()


@pytest.fixture
def gate(monkeypatch):
    """Makes ``preview_dataset`` wait at the gate for folders whose name starts with ``slow``."""
    import designer.engine.dataset_preview as engine

    real = engine.preview_dataset
    state = {"entered": threading.Event(), "open": threading.Event(), "threads": [], "cancelled": []}

    def gated(name, *args, progress, **kwargs):
        state["threads"].append(threading.current_thread())
        if name.rsplit("/", 1)[-1].startswith("slow"):
            state["entered"].set()
            assert state["open"].wait(TIMEOUT_MS / 1000)
            try:
                progress("Reading images", 0.5)
            except Exception as error:
                state["cancelled"].append(type(error).__name__)
                raise
        return real(name, *args, progress=progress, **kwargs)

    monkeypatch.setattr(engine, "preview_dataset", gated)
    yield state
    state["open"].set()


def test_loading_runs_off_the_gui_thread_and_keeps_it_responsive(panel, qtbot, tmp_path, gate):
    show(panel, folder_of(tmp_path / "slow", {"cat": 8, "dog": 8}))
    assert gate["entered"].wait(TIMEOUT_MS / 1000)

    ticks = []
    qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 3)  # the GUI loop turns while the load waits
    assert panel.status.isVisible()
    assert panel.progress.maximum() == 0  # busy until the loader reports a fraction
    assert panel.preview() is None

    with qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS):
        gate["open"].set()
    assert gate["threads"]
    assert threading.main_thread() not in gate["threads"]
    preview = panel.preview()
    assert preview is not None
    assert preview.class_names == ("cat", "dog")
    assert not panel.status.isVisible()
    assert not panel.progress.isVisible()
    assert panel.grid.images.shape == (12, 1, 16, 16)
    labels = preview.sample_labels.tolist()
    assert list(panel.grid.captions) == [("cat", "dog")[label] for label in labels]
    assert panel.chart.counts == (6, 6)
    assert "2 classes" in panel.summary.text()
    assert "12 training images" in panel.summary.text()
    assert not panel.warning.isVisible()


def test_a_newer_pick_cancels_the_older_load_and_only_it_is_shown(panel, qtbot, tmp_path, gate):
    slow = folder_of(tmp_path / "slow", {"cat": 8, "dog": 8})
    quick = folder_of(tmp_path / "quick", {"red": 5, "green": 5, "blue": 5})
    show(panel, slow)
    assert gate["entered"].wait(TIMEOUT_MS / 1000)
    shown = []
    panel.preview_ready.connect(lambda: shown.append(panel.preview().class_names))

    with qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS):
        panel.set_dataset(quick)
        gate["open"].set()
    qtbot.wait(200)

    assert gate["cancelled"] == ["_Cancelled"]
    assert shown == [("blue", "green", "red")]
    assert panel.dataset == quick


def test_shutting_down_cancels_the_load_and_a_later_pick_starts_afresh(panel, qtbot, tmp_path, gate):
    show(panel, folder_of(tmp_path / "slow", {"cat": 8, "dog": 8}))
    assert gate["entered"].wait(TIMEOUT_MS / 1000)
    threading.Timer(0.2, gate["open"].set).start()

    panel.shutdown()  # waits for the load, which stops at its next progress report

    assert gate["cancelled"] == ["_Cancelled"]
    with qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS):
        panel.set_dataset(folder_of(tmp_path / "quick", {"red": 5, "green": 5}))
    assert panel.preview().class_names == ("green", "red")


def test_a_stale_result_is_dropped(qtbot, tmp_path):
    """A load that ends without reporting progress after a newer request is ignored by the panel."""
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    panel.show()
    worker = panel._start_worker()
    shown = []
    panel.preview_ready.connect(lambda: shown.append(panel.preview()))
    worker.loaded.emit(worker.latest - 1, object())  # an older request's result arriving late
    worker.failed.emit(worker.latest - 1, "old news")
    qtbot.wait(100)
    assert shown == []
    assert not panel.error.isVisible()


def test_the_worker_skips_stale_requests_and_throttles_progress(monkeypatch):
    import designer.engine.dataset_preview as engine

    calls = []

    def chatty(name, *args, progress, **kwargs):
        calls.append(name)
        for step in range(1000):
            progress("Generating", step / 1000)
        return "preview"

    monkeypatch.setattr(engine, "preview_dataset", chatty)
    worker = PreviewWorker()
    reports, results = [], []
    worker.progressed.connect(lambda *report: reports.append(report))
    worker.loaded.connect(lambda *result: results.append(result))
    job = LoadJob("digits", (1, 28, 28), None, True)

    worker.latest = 2
    worker.load(1, job)
    assert calls == []
    assert results == []
    worker.load(2, job)
    assert calls == ["digits"]
    assert results == [(2, "preview")]
    assert 1 <= len(reports) <= 3


def test_a_missing_mnist_says_so_and_a_later_pick_works(panel, qtbot, tmp_path):
    data = tmp_path / "data"
    panel.data_dir_edit.setText(str(data))
    panel.download_box.setChecked(False)
    with qtbot.waitSignal(panel.preview_failed, timeout=TIMEOUT_MS) as failed:
        show(panel, "mnist")

    message = failed.args[0]
    assert message.startswith(f"MNIST is not in {data}; switch on downloading")
    assert panel.error.isVisible()
    assert panel.error.text() == message
    assert panel.error.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert panel.preview() is None
    assert not panel.content.isVisible()
    assert panel.picker.isEnabled()
    assert panel.source.isVisible()
    assert panel.picker.currentText() == "MNIST"

    write_mnist(data, sample_split(30, (28, 28), 10), sample_split(10, (28, 28), 10))
    with qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS):
        panel.picker.activated.emit(panel.picker.currentIndex())  # the user picks MNIST again
    assert not panel.error.isVisible()
    preview = panel.preview()
    assert preview.name == "mnist"
    assert panel.grid.images.shape == (25, 1, 16, 16)
    assert preview.notes == ("28x28 grayscale images resized to 16x16.",)
    assert "resized to 16x16" in panel.notes.text()


def test_picking_an_image_folder(panel, qtbot, tmp_path, monkeypatch):
    with qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS):
        show(panel, folder_of(tmp_path / "first", {"a": 4, "b": 4}))
    folder = folder_of(tmp_path / "pets", {"cat": 40, "dog": 4})
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: folder)
    with (
        qtbot.waitSignal(panel.dataset_changed) as changed,
        qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS),
    ):
        qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)

    assert changed.args == [folder]
    assert panel.dataset == folder
    assert panel.picker.currentText() == folder
    assert not panel.source.isVisible()  # no data folder or download for the user's own images
    assert panel.warning.isVisible()
    assert "'cat' has 11 times as many training images as 'dog'" in panel.warning.text()
    assert panel.chart.counts == (32, 3)
    assert panel.chart.flagged == {1}


def test_the_augmentation_preview_follows_the_settings_and_the_chosen_sample(panel, qtbot, tmp_path):
    folder = folder_of(tmp_path / "pets", {"cat": 10, "dog": 10})
    with qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS):
        show(panel, folder)
    assert panel.augmentation_grid.isHidden()
    assert "No augmentation" in panel.augmentation_hint.text()

    settings = TrainingSettings(augment_crop=4, augment_flip=True, mixup=0.3)
    panel.set_augmentation(settings)
    assert not panel.augmentation_grid.isHidden()
    first = panel.augmentation_grid.images.copy()
    sample = panel.preview().sample_images[0]
    assert np.array_equal(first, augmentation_preview(sample, settings, 8, seed=0))
    assert any(not np.array_equal(copy, sample) for copy in first)
    assert "Mixup (alpha 0.3) is not shown" in panel.augmentation_hint.text()

    qtbot.mouseClick(
        panel.augmentation_grid, Qt.MouseButton.LeftButton, pos=panel.augmentation_grid.cell_rect(0).center()
    )
    assert not np.array_equal(panel.augmentation_grid.images, first)  # other random versions

    other = next(i for i, s in enumerate(panel.preview().sample_images) if not np.array_equal(s, sample))
    qtbot.mouseClick(panel.grid, Qt.MouseButton.LeftButton, pos=panel.grid.cell_rect(other).center())
    assert panel.grid.selected == other
    chosen = panel.preview().sample_images[other]
    shown = panel.augmentation_grid.images
    assert any(np.array_equal(shown, augmentation_preview(chosen, settings, 8, seed=s)) for s in range(3))

    panel.set_augmentation(TrainingSettings())
    assert panel.augmentation_grid.isHidden()


def test_nothing_loads_until_the_panel_is_shown(panel, qtbot, tmp_path):
    panel.set_dataset(folder_of(tmp_path / "pets", {"cat": 4, "dog": 4}))
    assert panel._worker is None
    with qtbot.waitSignal(panel.preview_ready, timeout=TIMEOUT_MS):
        panel.show()
    assert panel.preview().class_names == ("cat", "dog")


def test_the_picker_locks_while_training(panel):
    panel.set_enabled_for_training(False)
    assert not any(w.isEnabled() for w in (panel.picker, panel.folder_button, panel.download_box))
    panel.set_enabled_for_training(True)
    assert all(w.isEnabled() for w in (panel.picker, panel.folder_button, panel.download_box))


def test_importing_and_building_the_panel_does_not_import_torch():
    code = (
        "import sys\n"
        "from designer.ui.dataset_panel import DatasetPanel\n"
        "assert 'torch' not in sys.modules, 'import'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "panel = DatasetPanel()\n"
        "panel.set_input_shape((1, 32, 32))\n"
        "panel.set_dataset('digits')\n"
        "assert 'torch' not in sys.modules, 'a hidden panel'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
