"""A bundle's model in the forms other tools load: TorchScript and the architecture file."""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import torch

from designer.core.atomic import write_atomic
from designer.core.fileformat import dumps_architecture
from designer.engine.bundle import Bundle


def export_torchscript(bundle: Bundle, path: str | os.PathLike[str]) -> None:
    """A traced module of the network (logits out) that ``torch.jit.load`` opens without this package."""
    model = bundle.model()
    example = torch.zeros(2, *bundle.architecture.input.shape)
    buffer = io.BytesIO()
    # Recent torch calls TorchScript deprecated; it is still what C++ and mobile runtimes load.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        traced = torch.jit.trace(model, example)  # type: ignore[no-untyped-call]
        torch.jit.save(traced, buffer)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_atomic(Path(path), buffer.getvalue())


def export_architecture(bundle: Bundle, path: str | os.PathLike[str]) -> None:
    """The architecture file, with the training settings the model was trained with."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_atomic(Path(path), dumps_architecture(bundle.architecture).encode("utf-8"))
