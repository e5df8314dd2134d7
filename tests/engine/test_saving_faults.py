"""Saving interrupted: a write that fails half-way, and a process killed half-way through a write,
leave the previous file intact and readable, for every kind of file the app saves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import onnx
import pytest
import torch

from designer.core.architecture import Architecture
from designer.core.atomic import STALE_SECONDS
from designer.core.fileformat import load_architecture, save_architecture
from designer.core.presets import load_preset
from designer.core.project import Project, load_project, save_project
from designer.core.runs import EpochMetrics, RunRecord
from designer.core.training import TrainingSettings
from designer.engine.bundle import load_bundle, save_bundle
from designer.engine.checkpoint import Checkpoint, load_checkpoint, save_checkpoint
from designer.engine.export import export_model
from tests.engine.export_models import bundle_of
from tests.faults import fill_the_disk

OLD, NEW = load_preset("lenet5"), load_preset("cifar10_cnn")


def _project(architecture: Architecture) -> Project:
    epoch = EpochMetrics(1, 0.5, 0.8, 0.6, 0.75, 0.01, 3.0, 900.0)
    run = RunRecord(
        "r1", "2026-11-30T10:00:00+00:00", architecture, TrainingSettings(), (epoch,), test_accuracy=0.7
    )
    return Project(architecture, (run,))


def _checkpoint(architecture: Architecture) -> Checkpoint:
    return Checkpoint(
        epoch=len(architecture.layers),
        model={"w": torch.ones(2, 2)},
        optimizer={},
        schedule={},
        history=[],
        best_accuracy=0.5,
        epochs_since_best=0,
        architecture=architecture.name,
        settings={},
        class_names=["a", "b"],
        mean=[0.5],
        std=[0.25],
        memory_format="nchw",
    )


def _export(format_name: str) -> Callable[[Architecture, Path], object]:
    return lambda architecture, path: export_model(bundle_of(architecture), format_name, path)


@dataclass(frozen=True)
class Writer:
    """How one kind of file is saved, and what reading it back gives (compared old against new)."""

    write: Callable[[Architecture, Path], object]
    read: Callable[[Path], object]
    suffix: str


WRITERS = {
    "project": Writer(lambda a, p: save_project(_project(a), p), lambda p: load_project(p), ".cnnd"),
    "architecture": Writer(save_architecture, load_architecture, ".json"),
    "checkpoint": Writer(
        lambda a, p: save_checkpoint(_checkpoint(a), p), lambda p: load_checkpoint(p).epoch, ".pt"
    ),
    "bundle": Writer(
        lambda a, p: save_bundle(bundle_of(a), p), lambda p: load_bundle(p).architecture, ".cnnbundle"
    ),
    "torchscript": Writer(_export("torchscript"), lambda p: len(list(torch.jit.load(p).modules())), ".ts"),
    "onnx": Writer(_export("onnx"), lambda p: len(onnx.load(p).graph.node), ".onnx"),
    "python": Writer(_export("python"), lambda p: p.read_text(), ".py"),
    "exported json": Writer(_export("json"), load_architecture, ".json"),
}


@pytest.mark.filterwarnings("ignore:`torch.jit.load` is deprecated:FutureWarning")
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_write_failing_half_way_keeps_the_previous_file(kind, tmp_path, monkeypatch):
    writer = WRITERS[kind]
    path = tmp_path / f"saved{writer.suffix}"
    writer.write(OLD, path)
    before, read_before = path.read_bytes(), writer.read(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    fill_the_disk(monkeypatch)
    with pytest.raises(OSError, match="No space left on device") as raised:
        writer.write(NEW, path)
    monkeypatch.undo()

    assert str(tmp_path) in str(raised.value)  # the message names the file the user chose, not a temp file
    assert path.read_bytes() == before
    assert writer.read(path) == read_before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no half-written leftovers
    writer.write(NEW, path)  # the next save works
    assert writer.read(path) != read_before


#: Run in a child process: save ``NEW`` at the path, stalling half-way through the write until killed.
STALLED_SAVE = """
import os, sys, time
from pathlib import Path
import tests.engine.test_saving_faults as faults
from tests.faults import HalfWrites

class Stalls(HalfWrites):
    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        os.fsync(self.handle.fileno())
        Path(sys.argv[3]).touch()
        time.sleep(120)

real_fdopen = os.fdopen
os.fdopen = lambda *a, **k: Stalls(real_fdopen(*a, **k))
faults.WRITERS[sys.argv[1]].write(faults.NEW, Path(sys.argv[2]))
"""


@pytest.mark.parametrize("kind", ["project", "bundle"])
def test_a_process_killed_while_saving_leaves_the_previous_file(kind, tmp_path):
    writer = WRITERS[kind]
    path, marker = tmp_path / f"saved{writer.suffix}", tmp_path / "half-written"
    writer.write(OLD, path)
    before, read_before = path.read_bytes(), writer.read(path)
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(STALLED_SAVE), kind, str(path), str(marker)],
        cwd=Path(__file__).parents[2],
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), child.stderr.read().decode() if child.stderr else ""
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stderr:
            child.stderr.close()
    assert path.read_bytes() == before
    assert writer.read(path) == read_before
    leftovers = list(tmp_path.glob(f".{path.name}.*.tmp"))
    assert len(leftovers) == 1  # the killed writer's half-written temporary file
    writer.write(NEW, path)  # it is in no one's way, and kept while it might still be another's
    assert writer.read(path) != read_before
    assert leftovers[0].exists()
    hours_ago = time.time() - 2 * STALE_SECONDS
    os.utime(leftovers[0], (hours_ago, hours_ago))
    writer.write(OLD, path)
    assert not leftovers[0].exists()
    assert list(tmp_path.glob(f".{path.name}.*.tmp")) == []
