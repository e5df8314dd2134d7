"""Checkpoints: everything needed to continue a run exactly, as plain tensors and values.

They load with ``torch.load(..., weights_only=True)``: opening one never runs code from it.
"""

from __future__ import annotations

import io
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import torch

from designer.core.atomic import write_atomic
from designer.core.errors import DesignerError

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


def save_checkpoint(checkpoint: Checkpoint, path: str | os.PathLike[str]) -> None:
    buffer = io.BytesIO()
    torch.save({"format": FORMAT, "version": VERSION, **asdict(checkpoint)}, buffer)
    write_atomic(Path(path), buffer.getvalue())


def load_checkpoint(path: str | os.PathLike[str]) -> Checkpoint:
    """Read a checkpoint; anything but a checkpoint of a known version is a :class:`CheckpointError`."""
    try:
        data = torch.load(path, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        raise CheckpointError(f"{path}: no such checkpoint") from None
    except Exception as error:  # torch raises many kinds for truncated or foreign files
        raise CheckpointError(f"{path}: not a usable checkpoint ({type(error).__name__})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckpointError(f"{path}: not a cnn-designer checkpoint")
    if data.get("version") != VERSION:
        raise CheckpointError(f"{path}: checkpoint version {data.get('version')} is not supported here")
    names = {f.name for f in fields(Checkpoint)}
    try:
        return Checkpoint(**{key: value for key, value in data.items() if key in names})
    except TypeError:
        raise CheckpointError(f"{path}: the checkpoint is incomplete") from None
