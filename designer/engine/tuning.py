"""Hyperparameter search: an Optuna study whose trials are training runs of one design.

The loop asks Optuna for a trial, turns its values into a design with
:func:`~designer.core.search_space.apply_values`, prunes it at once when its shapes do not fit, and
otherwise trains it with the real :class:`~designer.engine.trainer.Trainer`, reporting each epoch's
validation accuracy so the pruner can stop a poor trial early. Ask-and-tell keeps budgets, stop and
trial states in our hands. The study lives in an Optuna storage (a SQLite file or a database URL),
so it can be resumed, and several processes given the same URL share one study.
"""

from __future__ import annotations

import json
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import optuna
import sqlalchemy
import torch
from optuna.pruners import BasePruner, MedianPruner, NopPruner, SuccessiveHalvingPruner
from optuna.samplers import BaseSampler, RandomSampler, TPESampler
from optuna.storages import RDBStorage
from optuna.trial import FrozenTrial
from optuna.trial import TrialState as OptunaState

from designer.core.architecture import Architecture
from designer.core.errors import DesignerError, describe_failure
from designer.core.fileformat import architecture_to_json
from designer.core.inference import infer
from designer.core.params import IntParam, SizeParam
from designer.core.phrases import joined, message_of, phrase
from designer.core.search_space import Knob, Pick, apply_values, knob_param, space_problems, space_to_json
from designer.core.training import TrainingSettings
from designer.engine.datasets.base import Dataset, StreamedDataset
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.devices import resolve_device
from designer.engine.events import EpochEnded, Event, RunFinished
from designer.engine.run_folder import RunFolder
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data
from designer.engine.tuning_events import (
    STOPPED,
    Pruner,
    Sampler,
    StudyEnd,
    StudyFinished,
    StudyRequest,
    TrialEpoch,
    TrialFinished,
    TrialStarted,
    TrialState,
    TuningEvent,
)

optuna.logging.set_verbosity(optuna.logging.WARNING)

#: Seconds a SQLite writer waits for another process's lock before giving up.
SQLITE_TIMEOUT = 60
#: Tries at opening a storage that other processes may be creating at the same moment.
OPEN_ATTEMPTS = 5
#: Complete trials the median pruner waits for before it prunes (small, since studies here are small).
MEDIAN_STARTUP_TRIALS = 2
#: Study user attributes: what the study searches, so a resume can check it is the same search.
SPACE_ATTR = "space"
ARCHITECTURE_ATTR = "architecture"
#: Trial user attributes: why it was pruned or failed, and its run folder.
MESSAGE_ATTR = "message"
FOLDER_ATTR = "folder"
STATES: dict[OptunaState, TrialState] = {
    OptunaState.RUNNING: "running",
    OptunaState.COMPLETE: "complete",
    OptunaState.PRUNED: "pruned",
    OptunaState.FAIL: "failed",
}
FINISHED = (OptunaState.COMPLETE, OptunaState.PRUNED, OptunaState.FAIL)


class TuningError(DesignerError):
    """A study that cannot start: a space that does not fit, a storage out of reach, another search."""


def ignore(event: TuningEvent) -> None:
    """A study event handler that drops every event."""


def sqlite_url(path: Path) -> str:
    """The storage URL of a SQLite file (made absolute, so the URL means the same from any folder)."""
    return f"sqlite:///{path.absolute()}"


def shown_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return sqlalchemy.engine.make_url(url).render_as_string(hide_password=True)
    except sqlalchemy.exc.ArgumentError:
        return url


def _reason(error: BaseException) -> str:
    inner = getattr(error, "orig", None) or error.__cause__ or error
    return (str(inner).strip().splitlines() or [type(inner).__name__])[0]


def _made_meanwhile(error: Exception) -> bool:
    """Whether opening failed because another process was creating the same new storage's tables."""
    return isinstance(error, sqlalchemy.exc.IntegrityError) or "already exists" in str(error)


def open_storage(url: str) -> RDBStorage:
    """The study storage at ``url``; SQLite writers wait for each other's locks instead of failing."""
    engine_kwargs = {"connect_args": {"timeout": SQLITE_TIMEOUT}} if url.startswith("sqlite") else {}
    attempt = 1
    while True:
        try:
            return RDBStorage(url, engine_kwargs=engine_kwargs)
        except (sqlalchemy.exc.SQLAlchemyError, optuna.exceptions.StorageInternalError, ImportError) as error:
            if attempt < OPEN_ATTEMPTS and _made_meanwhile(error):
                attempt += 1
                time.sleep(0.1 * attempt)
                continue
            raise TuningError(
                phrase("cannot open the study storage {url}: {reason}").format(
                    url=shown_url(url), reason=_reason(error)
                )
            ) from None


def _missing_sqlite_file(url: str) -> bool:
    try:
        database = sqlalchemy.engine.make_url(url).database if url.startswith("sqlite") else None
    except sqlalchemy.exc.ArgumentError:
        return False
    return bool(database) and database != ":memory:" and not Path(str(database)).exists()


def _stored_study(storage: str, study_name: str) -> optuna.Study | None:
    """The study of that name in the storage, or None; a SQLite file that is not there is not made.
    Raises :class:`TuningError` when the storage cannot be opened."""
    if _missing_sqlite_file(storage):
        return None
    try:
        return optuna.load_study(study_name=study_name, storage=open_storage(storage))
    except KeyError:
        return None


def _trial_seed(seed: int, number: int) -> int:
    """Each trial number samples from its own seeded stream: a fresh storage repeats the same values,
    a resumed study does not redraw its first trials' values, and workers sharing a study differ."""
    return int(np.random.SeedSequence([seed, number]).generate_state(1)[0])


def make_sampler(kind: Sampler, seed: int) -> BaseSampler:
    return TPESampler(seed=seed) if kind == "tpe" else RandomSampler(seed=seed)


def make_pruner(kind: Pruner) -> BasePruner:
    if kind == "median":
        return MedianPruner(n_startup_trials=MEDIAN_STARTUP_TRIALS, n_warmup_steps=0)
    if kind == "halving":
        return SuccessiveHalvingPruner()
    return NopPruner()


def _as_stored(value: Any) -> Any:
    """The value as it reads back from the storage (which keeps user attributes as JSON)."""
    return json.loads(json.dumps(value))


def open_study(request: StudyRequest) -> optuna.Study:
    """The request's study, created or resumed; refuses a space that does not fit the design, and a
    resume whose space or design differs from what the stored study searched."""
    problems = space_problems(request.space, request.architecture)
    if problems:
        raise TuningError(
            phrase("the search space does not fit the design: {problems}").format(problems=joined(problems))
        )
    storage = open_storage(request.storage)
    try:
        study = optuna.create_study(
            storage=storage,
            study_name=request.study_name,
            direction="maximize",
            load_if_exists=True,
            sampler=make_sampler(request.sampler, request.seed),
            pruner=make_pruner(request.pruner),
        )
        searched = {
            SPACE_ATTR: (phrase("search space"), _as_stored(space_to_json(request.space))),
            ARCHITECTURE_ATTR: (phrase("design"), _as_stored(architecture_to_json(request.architecture))),
        }
        stored = study.user_attrs
        for key, (what, value) in searched.items():
            if key not in stored:
                study.set_user_attr(key, value)
            elif stored[key] != value:
                raise TuningError(
                    phrase(
                        "the study {name} in {url} searches a different "
                        "{what}; search the same one again, or give a new study name"
                    ).format(name=request.study_name, url=shown_url(request.storage), what=what)
                )
    except (sqlalchemy.exc.SQLAlchemyError, optuna.exceptions.StorageInternalError) as error:
        raise TuningError(
            phrase("cannot open the study {name}: {reason}").format(
                name=request.study_name, reason=_reason(error)
            )
        ) from None
    return study


def suggest(trial: optuna.Trial, knob: Knob, architecture: Architecture) -> Pick:
    """The trial's value for one knob: a choice, a whole number or a number in the knob's range."""
    if knob.choices:
        choice = trial.suggest_categorical(knob.key, knob.choices)
        assert choice is not None  # a knob lists no nulls
        return choice
    low, high = knob.low, knob.high
    assert low is not None  # space_problems checked the range
    assert high is not None
    if isinstance(knob_param(knob, architecture), IntParam | SizeParam):
        return trial.suggest_int(knob.key, int(low), int(high), log=knob.log)
    return trial.suggest_float(knob.key, low, high, log=knob.log)


def stored_trial(trial: FrozenTrial) -> TrialFinished:
    """A trial as the storage keeps it (its training run is in its folder, not here)."""
    folder = trial.user_attrs.get(FOLDER_ATTR)
    return TrialFinished(
        number=trial.number,
        state=STATES.get(trial.state, "failed"),
        params=dict(trial.params),
        value=trial.value if trial.state == OptunaState.COMPLETE else None,
        message=str(trial.user_attrs.get(MESSAGE_ATTR, "")),
        seconds=trial.duration.total_seconds() if trial.duration else 0.0,
        folder=Path(folder) if folder else None,
    )


def study_trials(storage: str, study_name: str) -> list[TrialFinished]:
    """The finished trials of a stored study, by number; empty when there is no such study."""
    study = _stored_study(storage, study_name)
    if study is None:
        return []
    return [stored_trial(trial) for trial in study.get_trials(deepcopy=False, states=FINISHED)]


def parameter_importances(storage: str, study_name: str) -> dict[str, float]:
    """How much each knob's value explains the complete trials' accuracy (summing to 1); empty with
    fewer than two complete trials or knobs. It may take a while: call it off the GUI thread."""
    study = _stored_study(storage, study_name)
    if study is None:
        return {}
    complete = study.get_trials(deepcopy=False, states=(OptunaState.COMPLETE,))
    if len(complete) < 2 or len({key for trial in complete for key in trial.params}) < 2:
        return {}
    with warnings.catch_warnings():
        # With few trials Optuna warns that the importances come out equal; the chart shows that anyway.
        warnings.simplefilter("ignore", UserWarning)
        importances = optuna.importance.get_param_importances(study)
    return {key: float(value) for key, value in importances.items()}


def best_of(study: optuna.Study) -> tuple[int | None, float | None, dict[str, Pick]]:
    """The number, value and values of the study's best complete trial (of every process)."""
    complete = study.get_trials(deepcopy=False, states=(OptunaState.COMPLETE,))
    if not complete:
        return None, None, {}
    best = max(complete, key=lambda trial: (trial.value, -trial.number))
    return best.number, best.value, dict(best.params)


@dataclass(frozen=True)
class _Outcome:
    state: OptunaState
    message: str = ""
    value: float | None = None
    run: RunFinished | None = None
    folder: Path | None = None


class _TrialWatch:
    """Forwards a trial's epochs to the study and the pruner, and stops its trainer when pruned."""

    def __init__(self, tuner: Tuner, trial: optuna.Trial, epochs: int) -> None:
        self.tuner = tuner
        self.trial = trial
        self.epochs = epochs
        self.trainer: Trainer | None = None
        self.pruned_after: EpochEnded | None = None

    def __call__(self, event: Event) -> None:
        if not isinstance(event, EpochEnded):
            return
        self.tuner.on_event(
            TrialEpoch(self.trial.number, event.epoch, self.epochs, event.validation_accuracy)
        )
        self.trial.report(event.validation_accuracy, event.epoch)
        # After the last epoch the trial has trained anyway: it completes.
        if event.epoch < self.epochs and self.trial.should_prune() and self.trainer is not None:
            self.pruned_after = event
            self.trainer.stop()


class Tuner:
    """Runs one study on the calling thread; :meth:`stop` may be called from any thread.

    ``trials`` counts the trials this run finishes (complete, pruned or failed); ``timeout`` seconds,
    counted from when the data set has loaded, stops asking for new trials and lets the running one
    finish. A stopped trial is told to Optuna as failed with the message "stopped", so a resumed study
    does not count it.
    """

    def __init__(
        self,
        request: StudyRequest,
        on_event: Callable[[TuningEvent], None] = ignore,
        device: torch.device | None = None,
    ) -> None:
        self.request = request
        self.on_event = on_event
        self.settings = request.architecture.training or TrainingSettings()
        self.device = device
        self._stop = threading.Event()
        self._trainer: Trainer | None = None

    def stop(self) -> None:
        self._stop.set()
        trainer = self._trainer
        if trainer is not None:
            trainer.stop()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> StudyFinished:
        """Run the study until its budget is spent or it is stopped; reports and returns how it ended.

        Raises :class:`~designer.core.errors.DesignerError` before the first trial when the study cannot
        start (the space, the storage, the data set); a storage failure later ends it as "failed".
        """
        request = self.request
        study = open_study(request)
        dataset = load_dataset(
            self.settings.dataset,
            request.architecture.input.shape,
            data_dir=request.data_dir,
            download=request.download,
            seed=self.settings.seed,
        )
        device = self.device or resolve_device(self.settings.device)
        deadline = None if request.timeout is None else time.monotonic() + request.timeout
        done = 0
        reason: StudyEnd = "completed"
        message: str = ""
        try:
            while True:
                if self.stopping:
                    reason, message = "stopped", phrase("the study was stopped")
                elif request.trials is not None and done >= request.trials:
                    reason, message = "completed", phrase("{count} trials finished").format(count=done)
                elif deadline is not None and time.monotonic() >= deadline:
                    reason, message = (
                        "timeout",
                        phrase("the time budget of {seconds:g} s ran out").format(seconds=request.timeout),
                    )
                else:
                    finished = self._trial(study, dataset, device)
                    self.on_event(finished)
                    if finished.message != STOPPED:
                        done += 1
                    continue
                break
            best = best_of(study)
        except (sqlalchemy.exc.SQLAlchemyError, optuna.exceptions.StorageInternalError) as error:
            reason, message, best = (
                "failed",
                phrase("the study's storage failed: {reason}").format(reason=_reason(error)),
                (None, None, {}),
            )
        result = StudyFinished(reason, message, done, *best)
        self.on_event(result)
        return result

    def _trial(
        self, study: optuna.Study, dataset: Dataset | StreamedDataset, device: torch.device
    ) -> TrialFinished:
        request = self.request
        trial = study.ask()
        study.sampler = make_sampler(request.sampler, _trial_seed(request.seed, trial.number))
        start = time.monotonic()
        try:
            params = {knob.key: suggest(trial, knob, request.architecture) for knob in request.space.knobs}
            self.on_event(TrialStarted(trial.number, params))
            outcome = self._outcome(trial, params, dataset, device)
        except BaseException as error:  # Ctrl+C twice, say: the trial must not stay "running" in the storage
            message = STOPPED if isinstance(error, KeyboardInterrupt) else describe_failure(error)
            trial.set_user_attr(MESSAGE_ATTR, message)
            study.tell(trial, state=OptunaState.FAIL, skip_if_finished=True)
            raise
        trial.set_user_attr(MESSAGE_ATTR, outcome.message)
        if outcome.folder is not None:
            trial.set_user_attr(FOLDER_ATTR, str(outcome.folder))
        study.tell(trial, outcome.value, state=outcome.state)
        return TrialFinished(
            number=trial.number,
            state=STATES[outcome.state],
            params=params,
            value=outcome.value,
            message=outcome.message,
            seconds=time.monotonic() - start,
            run=outcome.run,
            folder=outcome.folder,
        )

    def _outcome(
        self,
        trial: optuna.Trial,
        params: dict[str, Pick],
        dataset: Dataset | StreamedDataset,
        device: torch.device,
    ) -> _Outcome:
        """Prune a design whose shapes do not fit without training it; otherwise train it."""
        try:
            design = apply_values(self.request.architecture, self.request.space, params)
        except (DesignerError, ValueError) as error:
            return _Outcome(OptunaState.FAIL, message_of(error))
        summary = infer(design)
        if not summary.valid:
            return _Outcome(OptunaState.PRUNED, joined(summary.errors) or phrase("the design does not fit"))
        settings = design.training
        assert settings is not None  # apply_values attaches the settings
        folder = (self.request.runs_folder / f"trial-{trial.number}").absolute()
        watch = _TrialWatch(self, trial, settings.epochs)
        try:
            trainer = Trainer(
                design, settings, prepare_data(dataset, settings, device), device, watch, RunFolder(folder)
            )
        except Exception as error:  # out of memory, say: this trial fails, the study goes on
            return _Outcome(OptunaState.FAIL, describe_failure(error))
        watch.trainer = self._trainer = trainer
        if self.stopping:  # stopped while the trainer was being built
            trainer.stop()
        try:
            run = trainer.run()
        finally:
            self._trainer = None
        return _judged(run, watch.pruned_after, folder)


def _judged(run: RunFinished, pruned_after: EpochEnded | None, folder: Path) -> _Outcome:
    """How a trained trial ended, for Optuna."""
    if pruned_after is not None:
        accuracy = pruned_after.validation_accuracy
        message: str = phrase("pruned after epoch {epoch}: validation accuracy {accuracy:.4f}").format(
            epoch=pruned_after.epoch, accuracy=accuracy
        )
        return _Outcome(OptunaState.PRUNED, message, run=run, folder=folder)
    if run.reason in ("completed", "early_stopped"):
        value = max(epoch.validation_accuracy for epoch in run.history)
        return _Outcome(OptunaState.COMPLETE, value=value, run=run, folder=folder)
    if run.reason == "stopped":
        return _Outcome(OptunaState.FAIL, STOPPED, run=run, folder=folder)
    message = (
        phrase("diverged: {message}").format(message=run.message) if run.reason == "diverged" else run.message
    )
    return _Outcome(OptunaState.FAIL, message, run=run, folder=folder)
