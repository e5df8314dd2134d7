"""The tuner: studies of real training runs on tiny MNIST files, stored in SQLite."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.errors import DesignerError
from designer.core.search_space import Knob, SearchSpace
from designer.core.training import TrainingSettings
from designer.engine import tuning
from designer.engine.tuning import (
    STOPPED,
    Tuner,
    TuningError,
    parameter_importances,
    sqlite_url,
    study_trials,
)
from designer.engine.tuning_events import (
    StudyFinished,
    StudyRequest,
    TrialEpoch,
    TrialFinished,
    TrialStarted,
    TuningEvent,
)
from tests.engine.conftest import bright_squares
from tests.engine.dataset_files import Split, write_mnist

GOOD_RATE, USELESS_RATE = 0.01, 1e-7
RATES = SearchSpace((Knob("learning_rate", choices=(GOOD_RATE, USELESS_RATE)),))
#: 9 fits the first convolution's 28x28 input but not the 7x7 the second one gets.
KERNELS = SearchSpace(
    (Knob("kernel_size", "conv2", choices=(3, 9)), Knob("learning_rate", low=1e-3, high=0.03))
)


@pytest.fixture(autouse=True)
def one_thread() -> Iterator[None]:
    """Networks this small train fastest on one thread, above all while other tests share the cores."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def squares_split(count: int, seed: int) -> Split:
    data = bright_squares(count, seed, size=28)
    return data.images[:, 0].numpy(), data.labels.numpy()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MNIST files whose images a tiny network learns in an epoch (at a sensible learning rate)."""
    root = tmp_path_factory.mktemp("data")
    write_mnist(root, squares_split(200, 1), squares_split(60, 2))
    return root


def network(epochs: int = 1) -> Architecture:
    settings = TrainingSettings(
        dataset="mnist",
        epochs=epochs,
        batch_size=32,
        optimizer="adam",
        checkpoints="none",
        layer_health=False,
        device="cpu",
        precision="fp32",
        memory_format="nchw",
    )
    return Architecture(
        InputSpec(1, 28, 28),
        (
            Layer.new("Conv2D", "conv", filters=4, kernel_size=3, padding="same"),
            Layer.new("MaxPool2D", "pool", pool_size=4),
            Layer.new("Conv2D", "conv2", filters=4, kernel_size=3),
            Layer.new("Flatten", "flat"),
            Layer.new("Dense", "out", units=10, activation="softmax"),
        ),
        name="tiny",
        training=settings,
    )


def study(
    folder: Path, data_dir: Path, space: SearchSpace = RATES, epochs: int = 1, **changes: object
) -> StudyRequest:
    folder.mkdir(exist_ok=True)
    request = StudyRequest(
        architecture=network(epochs),
        space=space,
        storage=sqlite_url(folder / "study.db"),
        study_name="tiny",
        runs_folder=folder / "runs",
        trials=3,
        sampler="random",
        pruner="none",
        data_dir=str(data_dir),
        download=False,
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def run(request: StudyRequest) -> tuple[StudyFinished, list[TuningEvent]]:
    events: list[TuningEvent] = []
    return Tuner(request, events.append).run(), events


def finished(events: list[TuningEvent]) -> list[TrialFinished]:
    return [event for event in events if isinstance(event, TrialFinished)]


def test_a_study_trains_its_trials_and_reports_each_in_order(tmp_path, data_dir):
    result, events = run(study(tmp_path, data_dir, epochs=2))

    expected: list[type] = []
    for _ in range(3):
        expected += [TrialStarted, TrialEpoch, TrialEpoch, TrialFinished]
    assert [type(event) for event in events] == [*expected, StudyFinished]
    assert [event.number for event in events[:-1]] == [n for n in range(3) for _ in range(4)]
    trials = finished(events)
    assert [trial.state for trial in trials] == ["complete"] * 3
    for trial in trials:
        epochs = [e for e in events if isinstance(e, TrialEpoch) and e.number == trial.number]
        assert [(e.epoch, e.epochs) for e in epochs] == [(1, 2), (2, 2)]
        assert trial.value == max(e.validation_accuracy for e in epochs)
        assert trial.run is not None
        assert trial.run.reason == "completed"
        assert trial.folder == tmp_path / "runs" / f"trial-{trial.number}"
        assert (trial.folder / "result.json").is_file()
    best = max(trials, key=lambda trial: (trial.value, -trial.number))
    assert (result.reason, result.trials, result.best_number) == ("completed", 3, best.number)
    assert (result.best_value, result.best_params) == (best.value, best.params)
    assert events[-1] == result
    stored = study_trials(study(tmp_path, data_dir).storage, "tiny")
    assert [replace(trial, seconds=0.0) for trial in stored] == [
        replace(trial, run=None, seconds=0.0) for trial in trials
    ]


def test_designs_that_do_not_fit_are_pruned_without_training(tmp_path, data_dir):
    result, events = run(study(tmp_path, data_dir, KERNELS, trials=6))

    trials = finished(events)
    misfits = [trial for trial in trials if trial.params["conv2.kernel_size"] == 9]
    fits = [trial for trial in trials if trial.params["conv2.kernel_size"] == 3]
    assert misfits
    assert fits
    trained = {event.number for event in events if isinstance(event, TrialEpoch)}
    for trial in misfits:
        assert trial.state == "pruned"
        assert trial.message == "layer 3 (Conv2D): a 9x9 kernel does not fit a 7x7 input with padding 0"
        assert (trial.run, trial.folder, trial.value) == (None, None, None)
        assert trial.number not in trained
        assert not (tmp_path / "runs" / f"trial-{trial.number}").exists()
    assert all(trial.state == "complete" and trial.number in trained for trial in fits)
    assert result.trials == 6


def test_the_median_pruner_stops_trials_that_learn_nothing(tmp_path, data_dir):
    result, events = run(study(tmp_path, data_dir, epochs=2, trials=6, pruner="median"))

    trials = finished(events)
    pruned = [trial for trial in trials if trial.state == "pruned"]
    assert pruned, [(trial.params, trial.state) for trial in trials]
    for trial in pruned:
        assert trial.params == {"learning_rate": USELESS_RATE}
        assert trial.message.startswith("pruned after epoch 1: validation accuracy ")
        assert trial.run is not None
        assert trial.run.epochs_done == 1
        assert [e.epoch for e in events if isinstance(e, TrialEpoch) and e.number == trial.number] == [1]
    assert {trial.state for trial in trials if trial.params["learning_rate"] == GOOD_RATE} == {"complete"}
    assert result.best_params == {"learning_rate": GOOD_RATE}


def test_a_trial_that_fails_is_marked_failed_and_the_study_goes_on(tmp_path, data_dir, monkeypatch):
    prepare = tuning.prepare_data

    def out_of_memory_at_the_useless_rate(dataset, settings, device):  # type: ignore[no-untyped-def]
        if settings.learning_rate == USELESS_RATE:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return prepare(dataset, settings, device)

    monkeypatch.setattr(tuning, "prepare_data", out_of_memory_at_the_useless_rate)
    result, events = run(study(tmp_path, data_dir, trials=5))

    trials = finished(events)
    failed = [trial for trial in trials if trial.state == "failed"]
    assert failed
    assert len(failed) < 5
    for trial in failed:
        assert trial.params == {"learning_rate": USELESS_RATE}
        assert trial.message == (
            "the run ran out of memory; use a smaller batch size or a smaller network, then try again"
        )
    assert {trial.state for trial in trials if trial.params["learning_rate"] == GOOD_RATE} == {"complete"}
    assert (result.reason, result.trials) == ("completed", 5)
    assert [trial.message for trial in study_trials(study(tmp_path, data_dir).storage, "tiny")] == [
        trial.message for trial in trials
    ]


def test_stop_from_another_thread_ends_the_running_trial_and_the_study(tmp_path, data_dir):
    request = study(tmp_path, data_dir, epochs=200, trials=None)
    events: list[TuningEvent] = []
    training = threading.Event()

    def on_event(event: TuningEvent) -> None:
        events.append(event)
        if isinstance(event, TrialEpoch):
            training.set()

    tuner = Tuner(request, on_event)
    outcome: list[StudyFinished] = []
    worker = threading.Thread(target=lambda: outcome.append(tuner.run()))
    worker.start()
    assert training.wait(60)
    stopped_at = time.monotonic()
    tuner.stop()
    worker.join(30)
    assert not worker.is_alive()
    assert time.monotonic() - stopped_at < 5

    assert outcome[0].reason == "stopped"
    assert outcome[0].trials == 0
    last = finished(events)[-1]
    assert (last.number, last.state, last.message) == (0, "failed", STOPPED)
    assert last.run is not None
    assert last.run.epochs_done < 200
    assert [(t.number, t.state, t.message) for t in study_trials(request.storage, "tiny")] == [
        (0, "failed", STOPPED)
    ]


def test_a_time_budget_starts_no_new_trial_but_lets_the_running_one_finish(tmp_path, data_dir):
    result, events = run(study(tmp_path, data_dir, epochs=2, trials=None, timeout=0.05))

    trials = finished(events)
    assert result.reason == "timeout"
    assert result.trials == len(trials) <= 2
    assert all(trial.state == "complete" and trial.run and trial.run.epochs_done == 2 for trial in trials)


def test_a_study_resumes_from_its_storage_and_refuses_another_space(tmp_path, data_dir):
    first, _ = run(study(tmp_path, data_dir, trials=2))
    second, events = run(study(tmp_path, data_dir, trials=1))

    assert [event.number for event in events if isinstance(event, TrialStarted)] == [2]
    assert (first.trials, second.trials) == (2, 1)
    assert [trial.number for trial in study_trials(study(tmp_path, data_dir).storage, "tiny")] == [0, 1, 2]
    with pytest.raises(TuningError, match="searches a different search space; search the same one again"):
        Tuner(study(tmp_path, data_dir, KERNELS)).run()
    with pytest.raises(TuningError, match="searches a different design"):
        Tuner(study(tmp_path, data_dir, epochs=2)).run()


def test_the_same_seed_on_a_fresh_storage_proposes_the_same_values(tmp_path, data_dir):
    space = SearchSpace((Knob("learning_rate", low=1e-3, high=0.03, log=True),))

    def proposals(folder: str, seed: int) -> list[dict[str, object]]:
        request = study(tmp_path / folder, data_dir, space, sampler="tpe", seed=seed)
        return [event.params for event in run(request)[1] if isinstance(event, TrialStarted)]

    first = proposals("a", 7)
    assert proposals("b", 7) == first
    assert proposals("c", 8) != first
    assert len({values["learning_rate"] for values in first}) == 3


def test_parameter_importances_name_the_knobs_of_the_space(tmp_path, data_dir):
    request = study(tmp_path, data_dir, KERNELS, trials=6)
    assert parameter_importances(request.storage, "tiny") == {}
    run(request)

    importances = parameter_importances(request.storage, "tiny")
    assert set(importances) == {"conv2.kernel_size", "learning_rate"}
    assert sum(importances.values()) == pytest.approx(1.0)
    assert parameter_importances(request.storage, "another") == {}
    assert not (tmp_path / "missing.db").exists()
    assert study_trials(sqlite_url(tmp_path / "missing.db"), "tiny") == []
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"space": SearchSpace((Knob("kernel_size", "nowhere", choices=(3,)),))}, "there is no layer called"),
        (
            {"storage": "sqlite:////no/such/folder/study.db"},
            "cannot open the study storage sqlite:////no/such",
        ),
        ({"storage": "nosuchdatabase://host/study"}, "cannot open the study storage nosuchdatabase://"),
        ({"data_dir": "/no/such/folder"}, "MNIST is not in"),
    ],
)
def test_a_study_that_cannot_start_says_why_in_one_line(tmp_path, data_dir, changes, message):
    with pytest.raises(DesignerError, match=message) as raised:
        Tuner(replace(study(tmp_path, data_dir), **changes)).run()
    assert "\n" not in str(raised.value)
