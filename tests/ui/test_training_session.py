"""The training thread: a real QThread driving the real Trainer, started, paused and stopped."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.training import TrainingSettings
from designer.engine.events import BatchProgress, EpochEnded, RunFinished, RunStarted
from designer.ui.training_session import RunRequest, TrainingSession
from tests.engine.dataset_files import sample_split, write_mnist

NET = Architecture(
    InputSpec(1, 28, 28),
    (
        Layer.new("Conv2D", "conv", filters=4, kernel_size=3),
        Layer.new("MaxPool2D", "pool", pool_size=4),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=10, activation="softmax"),
    ),
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    write_mnist(
        tmp_path / "data", sample_split(240, (28, 28), 10, seed=1), sample_split(60, (28, 28), 10, seed=2)
    )
    return tmp_path / "data"


def request(data_dir: Path, tmp_path: Path, **settings: object) -> RunRequest:
    values = {"dataset": "mnist", "epochs": 2, "batch_size": 16, "memory_format": "nchw", **settings}
    return RunRequest(
        NET, TrainingSettings().with_values(**values), tmp_path / "run", str(data_dir), download=False
    )


@pytest.fixture
def session(qtbot):
    session = TrainingSession()
    yield session
    assert session.shutdown(5)


def collect(session: TrainingSession) -> list:
    events: list = []
    session.event.connect(events.append)
    return events


def test_a_run_reports_every_event_on_the_gui_thread(qtbot, session, data_dir, tmp_path):
    events = collect(session)
    with qtbot.waitSignal(session.ended, timeout=60_000):
        session.start(request(data_dir, tmp_path))
    assert isinstance(events[0], RunStarted)
    assert isinstance(events[-1], RunFinished)
    assert events[-1].reason == "completed"
    assert sum(isinstance(e, EpochEnded) for e in events) == 2
    assert any(isinstance(e, BatchProgress) for e in events)
    assert not session.running
    assert (tmp_path / "run" / "last.pt").exists()


def test_stop_mid_run(qtbot, session, data_dir, tmp_path):
    events = collect(session)
    session.event.connect(lambda e: session.stop() if isinstance(e, EpochEnded) else None)
    with qtbot.waitSignal(session.ended, timeout=60_000):
        session.start(request(data_dir, tmp_path, epochs=500))
    assert events[-1].reason == "stopped"
    assert events[-1].epochs_done >= 1


def test_pause_and_resume(qtbot, session, data_dir, tmp_path):
    events = collect(session)
    with qtbot.waitSignal(
        session.event, timeout=60_000, check_params_cb=lambda e: isinstance(e, BatchProgress)
    ):
        session.start(request(data_dir, tmp_path, epochs=3, batch_size=4))
    session.pause()
    qtbot.wait(300)  # a report already on its way may still arrive
    seen = len(events)
    qtbot.wait(500)
    assert len(events) == seen
    assert session.paused
    session.resume()
    qtbot.waitUntil(lambda: not session.running, timeout=60_000)
    assert events[-1].reason == "completed"


def test_a_failure_is_a_message_and_a_new_run_works(qtbot, session, data_dir, tmp_path):
    messages: list[str] = []
    session.failed.connect(messages.append)
    with qtbot.waitSignal(session.ended, timeout=30_000):
        session.start(request(tmp_path / "empty", tmp_path))
    assert len(messages) == 1
    assert messages[0].startswith("MNIST is not in")
    events = collect(session)
    with qtbot.waitSignal(session.ended, timeout=60_000):
        session.start(request(data_dir, tmp_path, epochs=1))
    assert events[-1].reason == "completed"


def test_shutdown_joins_a_running_thread(qtbot, data_dir, tmp_path):
    session = TrainingSession()
    with qtbot.waitSignal(
        session.event, timeout=60_000, check_params_cb=lambda e: isinstance(e, BatchProgress)
    ):
        session.start(request(data_dir, tmp_path, epochs=500))
    assert session.shutdown(5)
    assert not session.running
