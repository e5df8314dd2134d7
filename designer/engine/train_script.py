"""A standalone training script: the design, its settings and its data set in plain PyTorch.

The script runs in one process or under ``torchrun`` (DistributedDataParallel with a
DistributedSampler). So that it trains as cnn-designer does, the optimizer, the schedule,
the augmentation, the validation split and the image fitting are not rewritten for it: the
engine's own functions are copied into it from their source (:data:`SHARED`), and the tests
check the result with ``ruff`` and by running it. Where the data comes from:

- torchvision sets: read (or downloaded) by torchvision in the script;
- image folders: the file list with its train/test split is written beside the script;
- the built-in sets, which only cnn-designer draws: their images are written beside it.

Everything from the architecture file enters the source as ``repr()`` literals only.
"""

from __future__ import annotations

import inspect
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

import torch

from designer.core.atomic import write_atomic
from designer.core.errors import DesignerError
from designer.core.phrases import phrase
from designer.core.training import TrainingSettings
from designer.engine import augment, batches, devices, optim, training_data
from designer.engine.bundle import Bundle
from designer.engine.datasets import fitting, image_folder
from designer.engine.datasets.base import Dataset
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.datasets.image_folder import scan_image_folder
from designer.engine.datasets.torchvision_sets import TORCHVISION_SETS
from designer.engine.folders import default_data_folder
from designer.engine.python_export import constants_source, network_source

#: Engine functions the script carries, in an order where each comes after what it calls.
SHARED: tuple[Callable[..., Any], ...] = (
    batches.epoch_generator,
    training_data.split_indices,
    fitting._padding,
    fitting._luminance,
    fitting._resize,
    image_folder.TooLarge,
    image_folder.upright_image,
    image_folder._decode,
    devices.bf16_is_native,
    optim._fastest,
    optim.make_optimizer,
    optim.rate_factor,
    augment._affine_grids,
    augment.augments,
    augment.augment,
    augment.mixup,
)
#: Module constants those functions read.
SHARED_CONSTANTS: tuple[tuple[str, object], ...] = (
    ("_LUMA", fitting._LUMA),
    ("_MAX_PAD_SHARE", fitting._MAX_PAD_SHARE),
    ("_SIXTEEN_BIT_MODES", image_folder._SIXTEEN_BIT_MODES),
    ("_ALPHA_MODES", image_folder._ALPHA_MODES),
    ("MAX_PIXELS", image_folder.MAX_PIXELS),
)

IMPORTS = """from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from PIL import Image, ImageOps
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import (
    BatchSampler,
    DataLoader,
    Dataset,
    DistributedSampler,
    RandomSampler,
    SequentialSampler,
    Subset,
    TensorDataset,
)
"""


def _constant(name: str, value: object) -> str:
    if isinstance(value, frozenset):
        return f"{name} = frozenset({{{', '.join(repr(v) for v in sorted(value))}}})"
    return f"{name} = {value!r}"


def _settings_class(settings: TrainingSettings) -> str:
    """A frozen dataclass of the settings with this run's values as defaults: the names the engine uses."""
    lines = [
        "@dataclass(frozen=True)",
        "class TrainingSettings:",
        '    """How the design was trained, under the names cnn-designer gives the settings."""',
        "",
    ]
    for field in fields(settings):
        value = getattr(settings, field.name)
        lines.append(f"    {field.name}: {type(value).__name__} = {value!r}")
    return "\n".join(lines)


def _shared_source() -> str:
    constants = "\n".join(_constant(name, value) for name, value in SHARED_CONSTANTS)
    functions = "\n\n".join(inspect.getsource(function).strip() for function in SHARED)
    return f"{constants}\n\n\n{functions.replace(chr(10) + 'def ', chr(10) + chr(10) + 'def ')}\n"


def _shown(file_name: str, otherwise: str = "the file DATA names") -> str:
    """A file name as the docstring may show it: plain names only, since a quote could end the string."""
    return file_name if re.fullmatch(r"[\w.\-]+", file_name) else otherwise


def _header(data_note: str) -> str:
    """The docstring; no name from the architecture goes into it (it could end the string)."""
    return f'''"""Train the network NAME as cnn-designer trained it: plain PyTorch, no cnn-designer needed.

One process:            python {{script}}
One process per GPU:    torchrun --standalone --nproc_per_node=4 {{script}}
Several CPU processes:  torchrun --standalone --nproc_per_node=2 {{script}} --device cpu

{data_note}
The weights (last.pt, best.pt, weights.pt: state dicts of ``Net``), metrics.json (each
epoch, as cnn-designer records it) and result.json go to --out. ``--help`` lists the options.
"""
'''


def train_script_source(bundle: Bundle, data: dict[str, str], script_name: str) -> str:
    """The script, for data described by ``data`` (see :func:`export_train_script`)."""
    settings = bundle.architecture.training or TrainingSettings()
    if "torchvision" in data:
        note = "The data set is read, or downloaded, by torchvision into --data-dir."
    elif "files" in data:
        listing = _shown(data["files"])
        note = f"The images are the ones listed in {listing}; --data names their folder if it moved."
    else:
        note = f"The images are in {_shown(data['tensors'])}, which cnn-designer wrote beside this script."
    template = resources.files("designer.engine").joinpath("templates/train_script.py.in")
    parts = [
        _header(note).replace("{script}", _shown(script_name, "train.py")),
        IMPORTS,
        *constants_source(bundle),
        "HERE = Path(__file__).resolve().parent",
        f"DATA = {data!r}",
        f"DATA_DIR = {data.get('data_dir', '')!r}",
        "",
        "",
        _settings_class(settings),
        "",
        "",
        "SETTINGS = TrainingSettings()",
        "",
        network_source(bundle),
        "",
        "# --- The engine's own functions, so that training here is training as in cnn-designer. ---",
        "",
        "",
        _shared_source(),
        template.read_text(encoding="utf-8"),
    ]
    return "\n".join(parts)


def _folder_listing(root: str, seed: int) -> dict[str, Any]:
    index = scan_image_folder(root, seed=seed)

    def entries(split: tuple[tuple[Path, int], ...]) -> list[tuple[str, int]]:
        return [(path.relative_to(index.root).as_posix(), label) for path, label in split]

    return {
        "root": str(index.root.resolve()),
        "classes": list(index.class_names),
        "train": entries(index.train),
        "test": entries(index.test),
    }


def _tensors(name: str, input_shape: tuple[int, ...]) -> bytes:
    """The built-in data set's images, fitted to ``input_shape``, as a tensor-only file."""
    dataset = load_dataset(name, input_shape)
    assert isinstance(dataset, Dataset), "the built-in sets are held in memory"
    splits = {"train": dataset.train, "test": dataset.test}
    buffer = io.BytesIO()
    torch.save(
        {
            f"{split}_{part}": getattr(data, part)
            for split, data in splits.items()
            for part in ("images", "labels")
        },
        buffer,
    )
    return buffer.getvalue()


def export_train_script(bundle: Bundle, path: str | os.PathLike[str]) -> list[Path]:
    """``path`` (a .py file), with the data set's file list or images beside it where it needs them.

    Returns the files written beside ``path``.
    """
    target = Path(path)
    settings = bundle.architecture.training or TrainingSettings()
    name = settings.dataset
    data: dict[str, str]
    beside: list[Path] = []
    if name in TORCHVISION_SETS:
        data = {"torchvision": TORCHVISION_SETS[name].source_name, "data_dir": str(default_data_folder())}
    elif name in ("digits", "shapes"):
        data = {"tensors": f"{target.stem}-data.pt"}
        beside.append(target.with_name(data["tensors"]))
        write_atomic(beside[-1], _tensors(name, bundle.architecture.input.shape))
    elif Path(name).is_dir():
        data = {"files": f"{target.stem}-files.json"}
        listing = json.dumps(_folder_listing(name, settings.seed), ensure_ascii=False)
        beside.append(target.with_name(data["files"]))
        write_atomic(beside[-1], listing.encode("utf-8"))
    else:
        raise DesignerError(
            phrase(
                "the model was trained on {name}, which is not here; a training script needs its images"
            ).format(name=name)
        )
    write_atomic(target, train_script_source(bundle, data, target.name).encode("utf-8"))
    return beside
