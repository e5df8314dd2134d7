"""``cnn-designer tune``: a hyperparameter study, one line per finished trial.

The last line printed is ``best_value=0.9912 best_params={"learning_rate": 0.003}`` (the value is
``none`` while no trial has completed). Ctrl+C stops the running trial and ends the study; the study
stays in its storage, and running the same command again resumes it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from designer.cli.common import EXIT_INTERRUPTED, EXIT_RUN_FAILED, fail
from designer.cli.train_command import stop_on_interrupt
from designer.core.architecture import Architecture
from designer.core.errors import DesignerError
from designer.core.params import ParamError
from designer.core.presets import open_architecture
from designer.core.search_space import Pick, load_space, suggested_space
from designer.core.training import TrainingSettings
from designer.engine.devices import resolve_device
from designer.engine.tuning import Tuner, shown_url, sqlite_url
from designer.engine.tuning_events import StudyFinished, StudyRequest, TrialFinished, TuningEvent


def _design(args: argparse.Namespace) -> Architecture:
    """The design with ``--dataset`` and ``--epochs`` in its training settings: every trial's base."""
    architecture = open_architecture(args.arch)
    settings = architecture.training or TrainingSettings()
    for flag, value in (("dataset", args.dataset), ("epochs", args.epochs)):
        if value is not None:
            try:
                settings = settings.with_values(**{flag: value})
            except ParamError as error:
                raise DesignerError(f"--{flag}: {error}") from None
    return replace(architecture, training=settings)


def study_request(args: argparse.Namespace) -> StudyRequest:
    """The study the arguments ask for; by default named after ARCH and kept in ``<name>.db`` here."""
    _check_budget(args)
    architecture = _design(args)
    name = args.study or Path(args.arch).stem
    return StudyRequest(
        architecture=architecture,
        space=load_space(args.space) if args.space else suggested_space(architecture),
        storage=args.storage or sqlite_url(Path(f"{name}.db")),
        study_name=name,
        runs_folder=Path(args.out or f"{name}-trials"),
        trials=args.trials,
        timeout=args.timeout,
        sampler=args.sampler,
        pruner=args.pruner,
        seed=args.seed,
        data_dir=args.data_dir,
        download=not args.no_download,
    )


def _shown(params: dict[str, Pick]) -> str:
    return json.dumps(params)


def print_event(event: TuningEvent) -> None:
    if isinstance(event, TrialFinished):
        value = "" if event.value is None else f" value={event.value:.4f}"
        message = f" ({event.message})" if event.message else ""
        print(
            f"trial {event.number}: {event.state}{value} params={_shown(event.params)} "
            f"{event.seconds:.1f} s{message}",
            flush=True,
        )


def tune(args: argparse.Namespace) -> int:
    request = study_request(args)
    device = resolve_device(args.device) if args.device else None
    where = shown_url(request.storage)
    print(f"Study {request.study_name} in {where}; trial runs in {request.runs_folder}", flush=True)
    tuner = Tuner(request, print_event, device)
    with stop_on_interrupt(tuner):  # it only calls stop(), which a tuner has too
        result = tuner.run()
    return _ending(result)


def _ending(result: StudyFinished) -> int:
    value = "none" if result.best_value is None else f"{result.best_value:.4f}"
    print(f"best_value={value} best_params={_shown(result.best_params)}")
    if result.reason == "stopped":
        return fail(f"{result.message}; run the same command again to resume it", EXIT_INTERRUPTED)
    if result.reason == "failed":
        return fail(result.message, EXIT_RUN_FAILED)
    if result.best_value is None:
        return fail("no trial completed; see the messages of the trials above", EXIT_RUN_FAILED)
    return 0


def _check_budget(args: argparse.Namespace) -> None:
    if args.trials is not None and args.trials < 1:
        raise DesignerError("--trials: give at least 1")
    if args.timeout is not None and not args.timeout > 0:
        raise DesignerError("--timeout: give a number of seconds above 0")
