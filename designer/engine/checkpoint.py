"""Checkpoints: everything needed to continue a run exactly, as plain tensors and values.

They load with ``torch.load(..., weights_only=True)``: opening one never runs code from it.
"""

from __future__ import annotations

import io
import math
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import torch

from designer.core.atomic import write_atomic
from designer.core.errors import DesignerError
from designer.core.params import as_real
from designer.core.phrases import phrase
from designer.core.runs import METRICS
from designer.engine.speed import LAYOUTS

FORMAT = "cnn-designer/checkpoint"
VERSION = 1


class CheckpointError(DesignerError):
    """A checkpoint that cannot be used."""


@dataclass
class Checkpoint:
    """The state of a run after ``epoch`` (counted from 1) epochs."""

    epoch: int
    model: dict[str, torch.Tensor]
    optimizer: dict[str, Any]
    schedule: dict[str, Any]
    history: list[dict[str, float]]
    best_accuracy: float
    epochs_since_best: int
    architecture: str
    settings: dict[str, Any]
    class_names: list[str]
    mean: list[float]
    std: list[float]
    #: The layout the run trained in ("nchw" or "channels_last"), kept so a resumed run matches exactly.
    memory_format: str


def _plain(value: object) -> object:
    """``value`` with every text a plain ``str``: a :class:`Phrase` (a preset's name, say) pickles as
    a class that ``weights_only`` loading refuses."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_plain(item) for item in value)
    return value


def save_checkpoint(checkpoint: Checkpoint, path: str | os.PathLike[str]) -> None:
    buffer = io.BytesIO()
    torch.save(_plain({"format": FORMAT, "version": VERSION, **asdict(checkpoint)}), buffer)
    write_atomic(Path(path), buffer.getvalue())


def load_checkpoint(path: str | os.PathLike[str]) -> Checkpoint:
    """Read a checkpoint; anything but a checkpoint of a known version is a :class:`CheckpointError`."""
    try:
        data = torch.load(path, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise CheckpointError(phrase("{path}: no such checkpoint").format(path=path)) from None
    except Exception as error:  # torch raises many kinds for truncated or foreign files
        raise CheckpointError(
            phrase("{path}: not a usable checkpoint ({kind})").format(path=path, kind=type(error).__name__)
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckpointError(phrase("{path}: not a cnn-designer checkpoint").format(path=path))
    if data.get("version") != VERSION:
        raise CheckpointError(
            phrase("{path}: checkpoint version {version} is not supported here").format(
                path=path, version=data.get("version")
            )
        )
    missing = [f.name for f in fields(Checkpoint) if f.name not in data]
    if missing:
        raise CheckpointError(
            phrase("{path}: the checkpoint is incomplete (it has no {field})").format(
                path=path, field=missing[0]
            )
        )
    problem = _problem(data)
    if problem:
        raise CheckpointError(
            phrase("{path}: the checkpoint is damaged: {problem}; train the run again").format(
                path=path, problem=problem
            )
        )
    history = [
        {"epoch": row["epoch"], **{name: float(row.get(name, math.nan)) for name in METRICS[1:]}}
        for row in data["history"]
    ]
    values = {f.name: data[f.name] for f in fields(Checkpoint)}
    return Checkpoint(**{**values, "history": history})


def _real(value: object, finite: bool = False) -> bool:
    """Whether ``value`` is a number that converts to a float (and is finite, when asked)."""
    number = as_real(value)
    return number is not None and (not finite or math.isfinite(number))


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _keyed(value: object, item: type | tuple[type, ...] = object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, item) for k, v in value.items()
    )


def _row_problem(row: object) -> str | None:
    if not isinstance(row, dict) or not set(row) <= set(METRICS):
        return phrase("its history holds something other than epochs' metrics")
    if not (_whole(row.get("epoch")) and all(_real(row.get(name, 0)) for name in METRICS[1:])):
        return phrase("its history has an epoch without a whole number or with metrics that are not numbers")
    return None


def _problem(data: dict[str, Any]) -> str | None:
    """What is wrong with a checkpoint's values (each of a type or range no run writes), or None.

    The history's metrics read as floats; one a row lacks reads as NaN, as a metric that was not finite.
    """
    mean, std = data["mean"], data["std"]
    if not (_whole(data["epoch"]) and _whole(data["epochs_since_best"]) and _real(data["best_accuracy"])):
        return phrase("its epoch counts or best accuracy are not numbers")
    if not _keyed(data["model"], torch.Tensor):
        return phrase("its model weights are not named tensors")
    if not (_keyed(data["optimizer"]) and _keyed(data["schedule"]) and _keyed(data["settings"])):
        return phrase("its optimizer, schedule or settings are not named values")
    if not isinstance(data["history"], list):
        return phrase("its history is not a list of epochs")
    row_problems = (_row_problem(row) for row in data["history"])
    if problem := next((p for p in row_problems if p), None):
        return problem
    layout = data["memory_format"]
    if not (isinstance(data["architecture"], str) and isinstance(layout, str) and layout in LAYOUTS):
        return phrase("its architecture is not text or its memory format is unknown")
    names = data["class_names"]
    if not (isinstance(names, list) and all(isinstance(name, str) for name in names)):
        return phrase("its class names are not a list of texts")
    if not (isinstance(mean, list) and isinstance(std, list) and 0 < len(mean) == len(std)):
        return phrase("its normalisation is not two lists of one number per channel")
    if not all(_real(x, finite=True) for x in mean + std) or min(std) <= 0:
        return phrase("its normalisation is not finite numbers with a positive std")
    return None
