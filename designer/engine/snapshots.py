"""What a run keeps of each epoch for the inspect timeline, and the weights it shares while training.

An :class:`~designer.engine.events.EpochSnapshot` is small (kernels, one pinned test sample's
feature maps and prediction, the validation confusion matrix), so every epoch gets one; the run
folder stores each in ``snapshots/epoch-NNN.npz``, written atomically and read back without unpickling.
"""

from __future__ import annotations

import io
import math
import os
import zipfile
import zlib
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
from torch import nn

from designer.core.architecture import Architecture
from designer.core.atomic import write_atomic
from designer.engine.builder import Network
from designer.engine.events import EpochSnapshot, FeatureMaps, SampleInspection
from designer.engine.inspection import inspect_sample, kernel_weights

#: Of each convolution, at most this many filters and input channels are kept (what the kernel view draws).
KEPT_FILTERS = 256
KEPT_INPUTS = 16
#: Of each feature-map layer, at most this many maps are kept.
KEPT_MAPS = 64
FOLDER = "snapshots"


def take_snapshot(
    model: Network,
    architecture: Architecture,
    epoch: int,
    image: torch.Tensor,
    label: int,
    normalised: torch.Tensor,
    confusion: npt.NDArray[np.int64],
) -> EpochSnapshot:
    """Snapshot ``model`` (left in eval mode) for ``image`` (uint8) given as the network sees it."""
    kernels = tuple(
        (name, np.ascontiguousarray(kernel_weights(model, name)[:KEPT_FILTERS, :KEPT_INPUTS]))
        for name in architecture.kernel_layers()
    )
    inspection = inspect_sample(model, architecture, normalised)
    kept = tuple(FeatureMaps(m.layer, m.kind, m.maps[:KEPT_MAPS].copy()) for m in inspection.feature_maps)
    return EpochSnapshot(
        epoch=epoch,
        image=image.detach().cpu().numpy().astype(np.uint8),
        label=label,
        kernels=kernels,
        sample=SampleInspection(kept, inspection.probabilities),
        confusion=np.asarray(confusion, dtype=np.int64),
    )


def shared_weights(model: nn.Module) -> dict[str, torch.Tensor]:
    """The model's state as CPU copies that training will not overwrite."""
    return {key: value.detach().to("cpu", copy=True) for key, value in model.state_dict().items()}


def snapshot_path(folder: str | os.PathLike[str], epoch: int) -> Path:
    return Path(folder) / FOLDER / f"epoch-{epoch:03d}.npz"


def save_snapshot(folder: str | os.PathLike[str], snapshot: EpochSnapshot) -> None:
    arrays: dict[str, npt.NDArray[np.generic]] = {
        "epoch": np.array(snapshot.epoch),
        "image": snapshot.image,
        "label": np.array(snapshot.label),
        "kernel_layers": np.array([name for name, _ in snapshot.kernels], dtype=str),
        "map_layers": np.array([m.layer for m in snapshot.sample.feature_maps], dtype=str),
        "map_kinds": np.array([m.kind for m in snapshot.sample.feature_maps], dtype=str),
        "probabilities": snapshot.sample.probabilities,
        "confusion": snapshot.confusion,
    }
    arrays.update({f"kernel_{i}": weights for i, (_, weights) in enumerate(snapshot.kernels)})
    arrays.update({f"map_{i}": m.maps for i, m in enumerate(snapshot.sample.feature_maps)})
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]
    path = snapshot_path(folder, snapshot.epoch)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, buffer.getvalue())


#: The kinds of array a snapshot holds: booleans, integers, floats and text (no objects, no complex numbers).
_KINDS = "biufUS"


def _array(archive: zipfile.ZipFile, name: str) -> npt.NDArray[np.generic]:
    """One array of an ``.npz`` archive, refused (ValueError) unless its header's shape and type account
    for exactly the bytes stored: ``np.load`` allocates whatever a header claims before reading."""
    member = archive.getinfo(f"{name}.npy")
    with archive.open(member) as stream:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
        else:
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
        size = member.file_size - stream.tell()
        if dtype.kind not in _KINDS or dtype.itemsize == 0 or math.prod(shape) * dtype.itemsize != size:
            raise ValueError(f"{name} holds other data than its header says")
        data = stream.read(size)
    return np.frombuffer(data, dtype).reshape(shape, order="F" if fortran else "C")


def _read(path: Path) -> EpochSnapshot:
    # Casting arrays of other types (NaN to uint8, 1e300 to float32) is allowed; it only warns.
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive, np.errstate(all="ignore"):
        data = {name: _array(archive, name) for name in _NAMES}
        kernel_names = [str(name) for name in data["kernel_layers"]]
        layers = list(zip(data["map_layers"], data["map_kinds"], strict=True))
        maps = tuple(
            FeatureMaps(str(layer), str(kind), _array(archive, f"map_{i}").astype(np.float32))
            for i, (layer, kind) in enumerate(layers)
        )
        kernels = tuple(
            (name, _array(archive, f"kernel_{i}").astype(np.float32)) for i, name in enumerate(kernel_names)
        )
        snapshot = EpochSnapshot(
            epoch=int(data["epoch"].item()),
            image=data["image"].astype(np.uint8),
            label=int(data["label"].item()),
            kernels=kernels,
            sample=SampleInspection(maps, data["probabilities"].astype(np.float32)),
            confusion=data["confusion"].astype(np.int64),
        )
    classes = snapshot.confusion.shape[0] if snapshot.confusion.ndim == 2 else -1
    if not (
        snapshot.epoch >= 1
        and snapshot.image.ndim == 3
        and snapshot.confusion.shape == (classes, classes)
        and snapshot.sample.probabilities.ndim == 1
        and all(weights.ndim == 4 for _, weights in kernels)
        and all(m.maps.ndim == 3 for m in maps)
    ):
        raise ValueError(f"{path} holds arrays of shapes no snapshot has")
    return snapshot


#: The arrays every snapshot holds, besides a ``kernel_N`` per kernel layer and a ``map_N`` per map layer.
_NAMES = ("epoch", "image", "label", "kernel_layers", "map_layers", "map_kinds", "probabilities", "confusion")


def load_snapshots(folder: str | os.PathLike[str]) -> tuple[list[EpochSnapshot], int]:
    """The run's snapshots in epoch order, and how many files could not be read (they are skipped)."""
    snapshots, unreadable = [], 0
    for path in sorted((Path(folder) / FOLDER).glob("epoch-*.npz")):
        try:
            snapshots.append(_read(path))
        # A damaged archive fails in many ways (see bundle.py); a damaged array header, or arrays of other
        # types or shapes, fail in numpy's parsing and conversions.
        except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile, zlib.error,
                NotImplementedError, RuntimeError, OverflowError):  # fmt: skip
            unreadable += 1
    return sorted(snapshots, key=lambda s: s.epoch), unreadable
