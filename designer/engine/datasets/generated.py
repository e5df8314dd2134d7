"""Built-in data sets drawn by our own code, so training works offline on a fresh machine.

A set is deterministic for its seed: the training and test splits come from different seeds
derived from it, so the test set is no copy of training data.  It is drawn once and cached as
an ``.npz`` file (no pickle); a cache file that does not load cleanly or holds the wrong shapes
is drawn again rather than trusted.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch

from designer.core.atomic import write_atomic
from designer.core.phrases import phrase
from designer.engine.datasets.base import Dataset, ImageData, Progress
from designer.engine.folders import cache_folder

#: Draws one uint8 ``(C, H, W)`` image per label, taking all its randomness from the generator.
Draw = Callable[[npt.NDArray[np.int64], np.random.Generator], npt.NDArray[np.uint8]]

#: Images drawn per call: bounds the memory used while drawing and paces the progress reports.
#: The draws share one generator, so changing this changes the images (and needs new versions).
CHUNK = 2_000
_SPLITS = ("train", "test")
_UNREADABLE = (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile)


@dataclass(frozen=True)
class GeneratedSet:
    """How to draw one built-in set.  ``version`` changes whenever the drawing does, retiring old caches."""

    name: str
    version: int
    class_names: tuple[str, ...]
    sample_shape: tuple[int, int, int]
    draw: Draw


def cache_path(spec: GeneratedSet, train_count: int, test_count: int, seed: int) -> Path:
    file_name = f"{spec.name}-v{spec.version}-seed{seed}-train{train_count}-test{test_count}.npz"
    return cache_folder() / "generated" / file_name


def balanced_labels(count: int, classes: int, rng: np.random.Generator) -> npt.NDArray[np.int64]:
    """``count`` labels in random order, each class appearing ``count // classes`` or one more times."""
    return rng.permutation(np.arange(count, dtype=np.int64) % classes)


def generate(
    spec: GeneratedSet, train_count: int, test_count: int, seed: int, progress: Progress
) -> dict[str, npt.NDArray[np.generic]]:
    """Both splits as ``{split}_images`` and ``{split}_labels`` arrays, reporting progress per chunk."""
    total = train_count + test_count
    done = 0
    arrays: dict[str, npt.NDArray[np.generic]] = {}
    progress(phrase("Generating {name}").format(name=spec.name), 0.0)
    for index, (split, count) in enumerate(zip(_SPLITS, (train_count, test_count), strict=True)):
        rng = np.random.default_rng([seed, index])
        labels = balanced_labels(count, len(spec.class_names), rng)
        images = np.empty((count, *spec.sample_shape), dtype=np.uint8)
        for start in range(0, count, CHUNK):
            stop = min(start + CHUNK, count)
            images[start:stop] = spec.draw(labels[start:stop], rng)
            done += stop - start
            progress(phrase("Generating {name}").format(name=spec.name), done / total)
        arrays[f"{split}_images"] = images
        arrays[f"{split}_labels"] = labels
    return arrays


def _read_cache(
    path: Path, spec: GeneratedSet, counts: tuple[int, int]
) -> dict[str, npt.NDArray[np.generic]] | None:
    """The cached arrays, or None when the file is missing, unreadable or not what these counts need."""
    keys = [f"{split}_{kind}" for split in _SPLITS for kind in ("images", "labels")]
    try:
        with path.open("rb") as handle:
            archive = np.load(handle, allow_pickle=False)
            if not isinstance(archive, np.lib.npyio.NpzFile):
                return None
            with archive:
                arrays = {key: archive[key] for key in keys}
    except _UNREADABLE:
        return None
    for split, count in zip(_SPLITS, counts, strict=True):
        images, labels = arrays[f"{split}_images"], arrays[f"{split}_labels"]
        if images.dtype != np.uint8 or images.shape != (count, *spec.sample_shape):
            return None
        if labels.dtype != np.int64 or labels.shape != (count,):
            return None
        if count and (labels.min() < 0 or labels.max() >= len(spec.class_names)):
            return None
    return arrays


def _write_cache(spec: GeneratedSet, path: Path, arrays: dict[str, npt.NDArray[np.generic]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]  # the stubs fear a key called allow_pickle
    write_atomic(path, buffer.getvalue())
    # Files that earlier versions of this set drew will never be read again.
    for stale in path.parent.glob(f"{spec.name}-v*.npz"):
        if not stale.name.startswith(f"{spec.name}-v{spec.version}-"):
            with contextlib.suppress(OSError):
                stale.unlink()


def load_generated(
    spec: GeneratedSet, train_count: int, test_count: int, seed: int, progress: Progress
) -> Dataset:
    """The set from the cache, or drawn now (and cached) when the cache has no usable copy."""
    if train_count < 1 or test_count < 1:
        raise ValueError(f"{spec.name} needs at least one training and one test image")
    if seed < 0:
        raise ValueError(f"the seed of {spec.name} must be 0 or more, got {seed}")
    path = cache_path(spec, train_count, test_count, seed)
    notes: list[str] = []
    arrays = _read_cache(path, spec, (train_count, test_count))
    if arrays is None:
        arrays = generate(spec, train_count, test_count, seed, progress)
        try:
            _write_cache(spec, path, arrays)
        except OSError as error:
            notes.append(
                phrase(
                    "The {name} images could not be cached and will be drawn again next time: {error}"
                ).format(name=spec.name, error=str(error))
            )
    splits = [
        ImageData(torch.from_numpy(arrays[f"{split}_images"]), torch.from_numpy(arrays[f"{split}_labels"]))
        for split in _SPLITS
    ]
    return Dataset(spec.name, spec.class_names, splits[0], splits[1], notes)
