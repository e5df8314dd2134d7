"""Does the window stay responsive while it trains, and what does showing the run cost?

The real main window (offscreen) trains the CIFAR-10 preset on the CPU, on CIFAR-10 files
written here (random pixels: the speed does not depend on them). A 10 ms timer in the GUI
thread records the gaps between its ticks while the run goes; a gap well over 10 ms is a
moment the window could not repaint or take a click. The same run is also trained headless
(the engine's Trainer alone, as ``cnn-designer train`` does). Each run is a fresh process, as
in use (torch's thread pools remember which threads used them); the two take turns and the
medians of their images/s are compared.
With ``--view inspect`` the window shows the Inspect view while it trains, following the run
live (the weights it shares once a second, a sample's maps, prediction and Grad-CAM, and each
epoch's snapshot). The last line is ``view=... p50_ms=... p99_ms=... max_ms=... ratio=...``.
Targets: p99 at most 40 ms, max at most 150 ms, ratio at least 0.95.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from heartbeat import TICK_MS, Heartbeat  # beside this script
from PySide6.QtCore import QEventLoop

from designer.core.presets import load_preset
from designer.core.training import TrainingSettings
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.devices import resolve_device
from designer.engine.events import EpochEnded, Event, RunFinished, RunStarted
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data
from designer.ui.app import application
from designer.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.engine.dataset_files import sample_split, write_cifar10  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settings(epochs: int) -> TrainingSettings:
    preset = load_preset("cifar10_cnn").training or TrainingSettings()
    return preset.with_values(
        dataset="cifar10", epochs=epochs, validation="test", checkpoints="none", device="cpu"
    )


def headless(data_dir: Path, run: TrainingSettings) -> float:
    """Images/s of the training passes (the median epoch), the engine alone."""
    architecture = load_preset("cifar10_cnn")
    device = resolve_device("cpu")
    dataset = load_dataset("cifar10", architecture.input.shape, data_dir=str(data_dir), download=False)
    speeds: list[float] = []

    def record(event: Event) -> None:
        if isinstance(event, EpochEnded):
            speeds.append(event.images_per_second)

    Trainer(architecture, run, prepare_data(dataset, run, device), device, record).run()
    return statistics.median(speeds)


def in_the_window(data_dir: Path, run: TrainingSettings, view: str) -> tuple[float, list[float]]:
    """Images/s as above with the window drawing the run in ``view``, and the timer's gaps in ms."""
    app = application()
    window = MainWindow(dataclasses.replace(load_preset("cifar10_cnn"), training=run))
    window.resize(1400, 900)
    window.show()
    window.show_view("train")
    panel = window.train_view()
    panel.dataset.download_box.setChecked(False)
    panel.dataset.data_dir_edit.setText(str(data_dir))
    if view == "inspect":
        inspect = window.inspect_view()
        shown = QEventLoop()
        inspect.sample_shown.connect(shown.quit)
        shown.exec()
    speeds: list[float] = []
    heartbeat = Heartbeat()

    def on_event(event: Event) -> None:
        if isinstance(event, EpochEnded):
            speeds.append(event.images_per_second)
        if isinstance(event, RunStarted | RunFinished):
            heartbeat.beating = isinstance(event, RunStarted)

    panel.session.event.connect(on_event)
    heartbeat.start()
    loop = QEventLoop()
    panel.session.ended.connect(loop.quit)
    panel.start()
    loop.exec()
    heartbeat.stop()
    window.document.mark_saved()
    window.files.set_runs([])
    panel.shutdown()
    if window.inspect_panel is not None:
        window.inspect_panel.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    return statistics.median(speeds), heartbeat.gaps


def one_run(role: str, data_dir: Path, epochs: int, view: str) -> None:
    """In a child process: one run, printed as a JSON line of its images/s (and timer gaps)."""
    run = settings(epochs)
    if role == "window":
        speed, gaps = in_the_window(data_dir, run, view)
    else:
        speed, gaps = headless(data_dir, run), []
    print(json.dumps({"speed": speed, "gaps": gaps}))


def in_a_process(role: str, data_dir: Path, epochs: int, view: str) -> tuple[float, list[float]]:
    command = [sys.executable, __file__, "--role", role, "--data-dir", str(data_dir), "--epochs", str(epochs)]
    command += ["--view", view]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    return answer["speed"], answer["gaps"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--images", type=int, default=4096, help="training images (CIFAR-sized)")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--view", choices=("train", "inspect"), default="train", help="the view on show")
    parser.add_argument("--role", choices=("window", "headless"), help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.role:
        one_run(args.role, args.data_dir, args.epochs, args.view)
        return
    speeds: dict[str, list[float]] = {"window": [], "headless": []}
    gaps: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        write_cifar10(
            data_dir, sample_split(args.images, (3, 32, 32), 10, 1), sample_split(512, (3, 32, 32), 10, 2)
        )
        for _ in range(args.rounds):
            for role in speeds:
                speed, round_gaps = in_a_process(role, data_dir, args.epochs, args.view)
                speeds[role].append(speed)
                gaps.extend(round_gaps)
    for role, values in speeds.items():
        print(f"{role:8} img/s:", ", ".join(f"{value:,.0f}" for value in values))
    gui, alone = statistics.median(speeds["window"]), statistics.median(speeds["headless"])
    p50, p99 = np.percentile(gaps, [50, 99])
    print(f"{len(gaps)} gaps of a {TICK_MS} ms timer while training")
    gaps_line = f"p50_ms={p50:.1f} p99_ms={p99:.1f} max_ms={max(gaps):.1f}"
    print(f"view={args.view} {gaps_line} ratio={gui / alone:.3f}")


if __name__ == "__main__":
    main()
