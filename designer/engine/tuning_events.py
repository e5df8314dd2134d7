"""What a hyperparameter study asks for and reports, as small frozen values.

Like :mod:`designer.engine.events`, nothing here imports torch or Optuna, so the window can hold
these before either has loaded, and they cross threads freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from designer.core.architecture import Architecture
from designer.core.phrases import phrase
from designer.core.search_space import Pick, SearchSpace
from designer.engine.events import RunFinished

Sampler = Literal["tpe", "random"]
Pruner = Literal["median", "halving", "none"]
TrialState = Literal["running", "complete", "pruned", "failed"]
StudyEnd = Literal["completed", "stopped", "timeout", "failed"]
#: The message of a trial that a stop ended; the study stores it as failed, so a resume does not count it.
STOPPED = phrase("stopped")


@dataclass(frozen=True)
class StudyRequest:
    """One study: the design (its ``training`` settings are the base every trial changes), the space,
    the budget and where Optuna keeps the study.

    ``trials`` and ``timeout`` (seconds) bound this process's share of the study; None means no bound
    of that kind (the study then runs until the other bound or a stop). ``storage`` is an Optuna
    storage URL (``sqlite:///path/study.db``); a study of that name already there is resumed, so
    several processes given the same URL work on one study. Each trial's run folder is
    ``runs_folder / f"trial-{number}"``.
    """

    architecture: Architecture
    space: SearchSpace
    storage: str
    study_name: str
    runs_folder: Path
    trials: int | None = 10
    timeout: float | None = None
    sampler: Sampler = "tpe"
    pruner: Pruner = "median"
    seed: int = 0
    data_dir: str | None = None
    download: bool = True


@dataclass(frozen=True)
class TrialStarted:
    number: int
    params: dict[str, Pick]


@dataclass(frozen=True)
class TrialEpoch:
    """A trial's epoch ended: the value the pruner judges (validation accuracy, 0..1)."""

    number: int
    epoch: int
    epochs: int
    validation_accuracy: float


@dataclass(frozen=True)
class TrialFinished:
    """``value`` is the best validation accuracy of a complete trial, else None. ``message`` says why
    a trial was pruned or failed ("c5.kernel_size 9 does not fit: ...", "diverged: ..."). ``run`` and
    ``folder`` are the trial's training run, when it trained at all."""

    number: int
    state: TrialState
    params: dict[str, Pick]
    value: float | None
    message: str
    seconds: float
    run: RunFinished | None = None
    folder: Path | None = None


@dataclass(frozen=True)
class StudyFinished:
    reason: StudyEnd
    message: str
    trials: int
    best_number: int | None
    best_value: float | None
    best_params: dict[str, Pick]


TuningEvent = TrialStarted | TrialEpoch | TrialFinished | StudyFinished
