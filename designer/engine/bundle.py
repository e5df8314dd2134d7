"""A trained model in one file: weights, architecture, training settings, classes, normalisation, metrics.

A bundle is a zip archive of ``manifest.json`` and ``weights.safetensors`` (see
:mod:`designer.engine.tensor_file`): data only, so opening a bundle never runs code from it.
A run folder stands in for a bundle wherever one is read: its ``model.cnnbundle``, or else its
best (or last) checkpoint, which loads with ``torch.load(..., weights_only=True)``.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import torch

from designer.core.architecture import Architecture
from designer.core.atomic import write_atomic
from designer.core.errors import DesignerError, FormatError
from designer.core.fileformat import (
    architecture_from_json,
    architecture_to_json,
    parse_architecture,
    parse_json,
    training_from_json,
)
from designer.core.inference import infer
from designer.core.params import as_real
from designer.core.phrases import message_of, phrase
from designer.core.runs import FOLDER_BUNDLE, MODEL_FILES
from designer.engine.augment import Normalization
from designer.engine.builder import Network, build_model
from designer.engine.checkpoint import Checkpoint, load_checkpoint
from designer.engine.tensor_file import TensorFileError, dump_tensors, load_tensors

FORMAT = "cnn-designer/bundle"
VERSION = 1
SUFFIX = ".cnnbundle"
#: The bundle a run folder holds.
MANIFEST = "manifest.json"
WEIGHTS = "weights.safetensors"
#: Members larger than this are refused before reading (a zip bomb is not a model).
MAX_MEMBER = 4 << 30


class BundleError(DesignerError):
    """A bundle that cannot be used; the text says why."""


@dataclass(frozen=True)
class Bundle:
    architecture: Architecture
    state: dict[str, torch.Tensor]
    class_names: tuple[str, ...]
    normalization: Normalization
    #: Final metrics, e.g. ``test_accuracy``, ``test_loss``, ``epochs``.
    metrics: dict[str, Any] = field(default_factory=dict)

    def class_name(self, index: int) -> str:
        """The name of output ``index``; a network may have more outputs than its data set had classes."""
        return (
            self.class_names[index]
            if 0 <= index < len(self.class_names)
            else phrase("class {index}").format(index=index)
        )

    def model(self) -> Network:
        """The network with the bundle's weights, in eval mode; :class:`BundleError` when they do not fit."""
        with torch.device("meta"):  # shapes only: weights that do not fit allocate nothing
            _load_weights(build_model(self.architecture), self.state, assign=True)
        model = build_model(self.architecture)
        _load_weights(model, self.state)
        return model.eval()


def _load_weights(model: Network, state: dict[str, torch.Tensor], assign: bool = False) -> None:
    try:
        model.load_state_dict(state, assign=assign)
    except RuntimeError as error:
        first = str(error).strip().splitlines()[1:2] or [str(error)]
        raise BundleError(
            phrase("the weights do not fit the architecture: {detail}").format(detail=first[0].strip())
        ) from None


def bundle_from_checkpoint(checkpoint: Checkpoint, metrics: dict[str, Any] | None = None) -> Bundle:
    """The checkpoint's model as a bundle: its architecture carries the run's training settings."""
    architecture = parse_architecture(checkpoint.architecture, phrase("the checkpoint's architecture"))
    return Bundle(
        architecture=replace(architecture, training=training_from_json(checkpoint.settings)),
        state=checkpoint.model,
        class_names=tuple(checkpoint.class_names),
        normalization=Normalization(tuple(checkpoint.mean), tuple(checkpoint.std)),
        metrics=dict(metrics or {}),
    )


def save_bundle(bundle: Bundle, path: str | os.PathLike[str]) -> None:
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "architecture": architecture_to_json(bundle.architecture),
        "class_names": list(bundle.class_names),
        "mean": list(bundle.normalization.mean),
        "std": list(bundle.normalization.std),
        "metrics": bundle.metrics,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
        archive.writestr(WEIGHTS, dump_tensors(bundle.state))
    write_atomic(Path(path), buffer.getvalue())


def _member(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise BundleError(
            phrase("{path}: the bundle has no {name}; it is not a cnn-designer bundle").format(
                path=path, name=name
            )
        ) from None
    if info.file_size > MAX_MEMBER:
        raise BundleError(phrase("{path}: {name} is implausibly large").format(path=path, name=name))
    return archive.read(info)


def _text_list(value: object, what: str, path: Path) -> list[Any]:
    if not isinstance(value, list):
        raise BundleError(phrase("{path}: the manifest's {what} is not a list").format(path=path, what=what))
    return value


def _number(value: object) -> float | None:
    """``value`` as a finite float, or None when it is no such number."""
    number = as_real(value)
    return number if number is not None and math.isfinite(number) else None


def _read_bundle(path: Path) -> Bundle:
    try:
        return _parse_bundle(path)
    except FormatError as error:  # the manifest's architecture; its text names the file
        raise BundleError(message_of(error)) from None


def _parse_bundle(path: Path) -> Bundle:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest_bytes = _member(archive, MANIFEST, path)
            weights = _member(archive, WEIGHTS, path)
    except FileNotFoundError:
        raise BundleError(phrase("{path}: no such bundle").format(path=path)) from None
    # A damaged archive fails in many ways: bad records, seeks outside the file, corrupt deflate data,
    # compression methods or flags that zipfile does not support (RuntimeError: encrypted members).
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, zlib.error, NotImplementedError,
            RuntimeError):  # fmt: skip
        raise BundleError(
            phrase("{path}: not a bundle, or a truncated one (not a readable zip archive)").format(path=path)
        ) from None
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8 or JSON, numbers too long, or nested too deeply
        raise BundleError(phrase("{path}: the manifest is not JSON").format(path=path)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(phrase("{path}: not a cnn-designer bundle").format(path=path))
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise BundleError(
            phrase(
                "{path}: bundle format version {version} is newer than this cnn-designer reads ({readable}); "
                "update cnn-designer to open it"
            ).format(path=path, version=version, readable=VERSION)
        )
    architecture = architecture_from_json(manifest.get("architecture"), f"{path}: manifest")
    summary = infer(architecture)
    if not summary.valid:
        raise BundleError(
            phrase("{path}: the manifest's architecture cannot be built: {problem}").format(
                path=path, problem=summary.errors[0]
            )
        )
    names = _text_list(manifest.get("class_names"), "class_names", path)
    mean = _text_list(manifest.get("mean"), "mean", path)
    std = _text_list(manifest.get("std"), "std", path)
    channels = architecture.input.channels
    if not (all(isinstance(n, str) for n in names) and len(mean) == len(std) == channels):
        raise BundleError(
            phrase("{path}: the manifest's class names or normalisation do not fit the input").format(
                path=path
            )
        )
    numbers = [number for number in map(_number, mean + std) if number is not None]
    if len(numbers) != 2 * channels or min(numbers[channels:], default=1.0) <= 0:
        raise BundleError(
            phrase("{path}: the manifest's normalisation is not finite numbers with a positive std").format(
                path=path
            )
        )
    metrics = manifest.get("metrics", {})
    try:
        state = load_tensors(weights)
    except TensorFileError as error:
        raise BundleError(phrase("{path}: {problem}").format(path=path, problem=message_of(error))) from None
    return Bundle(
        architecture,
        state,
        tuple(names),
        Normalization(tuple(numbers[:channels]), tuple(numbers[channels:])),
        metrics if isinstance(metrics, dict) else {},
    )


def _folder_metrics(folder: Path) -> dict[str, Any]:
    """The test results in a run folder's ``result.json``; none when it is missing or damaged."""
    try:
        result = parse_json((folder / "result.json").read_bytes())
    except (OSError, FormatError):
        return {}
    test = result.get("test") if isinstance(result, dict) else None
    if not isinstance(test, dict):
        return {}
    return {
        f"test_{key}": number
        for key in ("accuracy", "loss")
        if (number := _number(test.get(key))) is not None
    }


def load_bundle(path: str | os.PathLike[str]) -> Bundle:
    """A bundle file, or a run folder (its bundle, else its best or last checkpoint)."""
    location = Path(path)
    if not location.is_dir():
        return _read_bundle(location)
    if (location / FOLDER_BUNDLE).is_file():
        return _read_bundle(location / FOLDER_BUNDLE)
    for name in MODEL_FILES[1:]:
        checkpoint = location / name
        if checkpoint.is_file():
            try:
                bundle = bundle_from_checkpoint(load_checkpoint(checkpoint), _folder_metrics(location))
            except FormatError as error:  # the checkpoint's architecture or settings
                raise BundleError(
                    phrase("{path}: {problem}").format(path=checkpoint, problem=message_of(error))
                ) from None
            summary = infer(bundle.architecture)
            if not summary.valid:
                raise BundleError(
                    phrase("{path}: the checkpoint's architecture cannot be built: {problem}").format(
                        path=checkpoint, problem=summary.errors[0]
                    )
                )
            return bundle
    raise BundleError(
        phrase("{path} holds no model: no {files}").format(path=location, files=", ".join(MODEL_FILES))
    )
