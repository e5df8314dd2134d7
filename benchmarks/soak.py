"""Soak: does the window leak memory or stall over a long run with every live view open?

The real main window (offscreen) trains the CIFAR-10 preset on the CPU for many epochs, on
CIFAR-10 files written here (random pixels), with the Train view's curves and layer health and
the Inspect view following the run live (shared weights, a sample's maps, Grad-CAM, each epoch's
snapshot); the visible view changes every epoch so each one draws. After every epoch it records
the process's resident memory and the gaps of a 10 ms timer in the GUI thread (the heartbeat),
and how long the switch to the next view takes (timed apart from the heartbeat).

The last line is ``epochs=... rss_mb_first=... rss_mb_last=... growth_pct=... max_step_pct=...
p99_ms=... max_ms=... switch_ms_max=...``, where growth and the largest epoch-to-epoch step are
measured from the end of the epoch after which every view has been shown (``--settle``, default 3).
Targets: max_step_pct at most 3, growth_pct at most 5, p99 at most 40 ms, max at most 150 ms,
a view switch under 150 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
from heartbeat import Heartbeat  # beside this script
from PySide6.QtCore import QElapsedTimer, QEventLoop

from designer.core.presets import load_preset
from designer.core.training import TrainingSettings
from designer.engine.events import EpochEnded, Event, RunFinished, RunStarted
from designer.ui.app import application
from designer.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.engine.dataset_files import sample_split, write_cifar10  # noqa: E402

VIEWS = ("train", "inspect", "design")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def resident_mb() -> float:
    """This process's resident memory (Linux), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def soak(data_dir: Path, epochs: int) -> list[tuple[int, float, float, float, float]]:
    """Per epoch: (epoch, resident MiB at its end, p99 and max heartbeat gap in ms during it, and the
    ms the switch to the next view took, as a click on its tab would)."""
    app = application()
    preset = load_preset("cifar10_cnn")
    run = (preset.training or TrainingSettings()).with_values(
        dataset="cifar10", epochs=epochs, validation="test", checkpoints="best_and_last", device="cpu"
    )
    window = MainWindow(dataclasses.replace(preset, training=run))
    window.resize(1400, 900)
    window.show()
    panel = window.train_view()
    panel.dataset.download_box.setChecked(False)
    panel.dataset.data_dir_edit.setText(str(data_dir))
    inspect = window.inspect_view()
    shown = QEventLoop()
    inspect.sample_shown.connect(shown.quit)
    window.show_view("inspect")
    shown.exec()

    rows: list[tuple[int, float, float, float, float]] = []
    heartbeat = Heartbeat()

    def on_event(event: Event) -> None:
        if isinstance(event, RunStarted | RunFinished):
            heartbeat.beating = isinstance(event, RunStarted)
        if isinstance(event, EpochEnded):
            app.processEvents()  # let the views take in the epoch before measuring
            gaps = heartbeat.gaps
            p99 = float(np.percentile(gaps, 99)) if gaps else 0.0
            switching = QElapsedTimer()
            switching.start()
            window.show_view(VIEWS[event.epoch % len(VIEWS)])
            app.processEvents()
            rows.append((event.epoch, resident_mb(), p99, max(gaps, default=0.0), switching.elapsed()))
            gaps.clear()
            heartbeat.restart()  # the switch is timed on its own, not as a stall of the run

    panel.session.event.connect(on_event)
    heartbeat.start()
    done = QEventLoop()
    panel.session.ended.connect(done.quit)
    window.show_view("train")
    panel.start()
    done.exec()
    heartbeat.stop()
    window.document.mark_saved()
    window.files.set_runs([])
    panel.shutdown()
    inspect.shutdown()
    window.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--images", type=int, default=4096, help="training images (CIFAR-sized)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--settle", type=int, default=3, help="epochs before memory should be flat")
    args = parser.parse_args()
    if args.epochs <= args.settle:
        parser.error("--epochs must be larger than --settle")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        write_cifar10(
            data_dir, sample_split(args.images, (3, 32, 32), 10, 1), sample_split(512, (3, 32, 32), 10, 2)
        )
        rows = soak(data_dir, args.epochs)
    print("epoch  rss_mb  p99_ms  max_ms  view  switch_ms")
    for epoch, rss, p99, worst, switch in rows:
        print(f"{epoch:5}  {rss:6.0f}  {p99:6.1f}  {worst:6.1f}  {VIEWS[epoch % len(VIEWS)]:7} {switch:4.0f}")
    settled = [rss for epoch, rss, *_ in rows if epoch >= args.settle]
    steps = [abs(b - a) / a * 100 for a, b in zip(settled, settled[1:], strict=False)]
    p99 = max(row[2] for row in rows)
    worst = max(row[3] for row in rows)
    print(
        f"epochs={len(rows)} rss_mb_first={rows[0][1]:.0f} rss_mb_last={rows[-1][1]:.0f} "
        f"growth_pct={(settled[-1] - settled[0]) / settled[0] * 100:.1f} max_step_pct={max(steps):.1f} "
        f"p99_ms={p99:.1f} max_ms={worst:.1f} switch_ms_max={max(row[4] for row in rows):.0f}"
    )


if __name__ == "__main__":
    main()
