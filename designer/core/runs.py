"""The run history: what each training run of a project trained, how, and how it went.

A project keeps only finished runs; a run still going when the project is saved is left out
(its run folder on disk keeps what it has done).  One run in JSON::

    {
      "id": "run 3",
      "started": "2025-03-01T14:05:09+01:00",
      "reason": "completed",
      "message": "",
      "test_accuracy": 0.981,
      "test_loss": 0.062,
      "folder": "/home/ada/runs/lenet5-20250301-140509",
      "settings": {"dataset": "digits", "optimizer": "adam", ...},
      "architecture": {
        "format": "cnn-designer/architecture",
        ...
      },
      "epochs": [
        {"epoch": 1, "train_loss": 0.71, "train_accuracy": 0.78, ..., "images_per_second": 5120.4},
        ...
      ]
    }

JSON has no NaN or infinity: a metric that is not finite (the loss of a diverging run) is
written as ``null`` and read back as ``math.nan``.  ``test_accuracy`` and ``test_loss`` are
``null`` when the run was not tested (a non-finite one is written as ``null`` too).
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from designer.core.architecture import Architecture
from designer.core.errors import FormatError
from designer.core.fileformat import (
    _object,
    architecture_from_json,
    architecture_to_json,
    dumps_architecture,
    training_from_json,
    training_to_json,
)
from designer.core.geometry import describe_pair
from designer.core.params import Value, as_real
from designer.core.phrases import Phrase, phrase
from designer.core.report import format_shape
from designer.core.training import TrainingSettings, training_params

#: How a run ended; the same words as the engine's ``FinishReason``.
REASONS = ("completed", "stopped", "early_stopped", "diverged", "failed")
MAX_ID = 64
MAX_TEXT = 10_000


@dataclass(frozen=True)
class EpochMetrics:
    """One epoch of a run: the engine's ``EpochEnded`` without the layer health."""

    epoch: int
    train_loss: float
    train_accuracy: float
    validation_loss: float
    validation_accuracy: float
    learning_rate: float
    seconds: float
    images_per_second: float

    @classmethod
    def of(cls, obj: Any) -> EpochMetrics:
        """The metrics of anything with these attributes, as plain ints and floats (numpy's too)."""
        return cls(int(obj.epoch), *(float(getattr(obj, name)) for name in METRICS[1:]))


METRICS = tuple(f.name for f in fields(EpochMetrics))


@dataclass(frozen=True)
class RunRecord:
    """A finished run: ``reason`` is one of :data:`REASONS`, ``folder`` the run folder's absolute path."""

    id: str
    started: str
    architecture: Architecture
    settings: TrainingSettings
    epochs: tuple[EpochMetrics, ...] = ()
    reason: str = "completed"
    message: str = ""
    test_accuracy: float | None = None
    test_loss: float | None = None
    folder: str | None = None

    @property
    def dataset(self) -> str:
        return self.settings.dataset

    @property
    def best_validation_accuracy(self) -> float | None:
        """The best validation accuracy of any epoch; None before a finite one."""
        finite = [e.validation_accuracy for e in self.epochs if math.isfinite(e.validation_accuracy)]
        return max(finite, default=None)

    @property
    def duration_seconds(self) -> float:
        """Time spent training (the engine times each epoch without its validation, start-up or test)."""
        return math.fsum(e.seconds for e in self.epochs if math.isfinite(e.seconds))


#: Where a run folder keeps its model: the bundle, else the best, else the last checkpoint.
FOLDER_BUNDLE = "model.cnnbundle"
MODEL_FILES = (FOLDER_BUNDLE, "best.pt", "last.pt")


def holds_model(folder: str | None) -> bool:
    """Whether a run folder still holds a model to inspect or export."""
    if not folder:
        return False
    return any((Path(folder) / name).is_file() for name in MODEL_FILES)


def started_now() -> str:
    """The local time now, ISO 8601 with its UTC offset, to the second: a run's ``started``."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def next_run_id(existing: Iterable[str]) -> str:
    """``"run N"``, one past the highest N in use, so an id is not given twice while its run is kept."""
    numbers = [int(tail) for id_ in existing if (tail := id_.removeprefix("run ")).isdecimal()]
    return f"run {max(numbers, default=0) + 1}"


# JSON.


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def run_to_json(run: RunRecord) -> dict[str, Any]:
    return {
        "id": run.id,
        "started": run.started,
        "reason": run.reason,
        "message": run.message,
        "test_accuracy": None if run.test_accuracy is None else _finite(run.test_accuracy),
        "test_loss": None if run.test_loss is None else _finite(run.test_loss),
        "folder": run.folder,
        "settings": training_to_json(run.settings),
        "architecture": architecture_to_json(run.architecture),
        "epochs": [epoch_to_json(epoch) for epoch in run.epochs],
    }


def epoch_to_json(epoch: EpochMetrics) -> dict[str, Any]:
    """One epoch as a JSON object; a metric that is not finite becomes ``None``."""
    return {"epoch": epoch.epoch, **{name: _finite(getattr(epoch, name)) for name in METRICS[1:]}}


def _inline(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def dumps_run(run: RunRecord) -> str:
    """The canonical text of one run, without a final newline: keys one per line, the architecture
    as in its own file, each epoch on one line."""
    lines = []
    for key, value in run_to_json(run).items():
        if key == "architecture":
            text = dumps_architecture(run.architecture).rstrip("\n").replace("\n", "\n  ")
        elif key == "epochs" and value:
            text = "[\n" + ",\n".join(f"    {_inline(epoch)}" for epoch in value) + "\n  ]"
        else:
            text = _inline(value)
        lines.append(f"  {_inline(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}"


_KEYS = (
    "id",
    "started",
    "reason",
    "message",
    "test_accuracy",
    "test_loss",
    "folder",
    "settings",
    "architecture",
    "epochs",
)
_REQUIRED = ("id", "started", "reason", "settings", "architecture", "epochs")


def _metric(value: object, path: str) -> float:
    if value is None:
        return math.nan
    number = as_real(value)
    if number is not None:
        return number
    raise FormatError(
        path,
        phrase("must be a number, or null for one that is not finite; got {value}").format(
            value=_shown(value)
        ),
    )


def _optional_metric(obj: Mapping[str, Any], key: str, path: str) -> float | None:
    value = obj.get(key)
    return None if value is None else _metric(value, f"{path}.{key}")


def _shown(value: object) -> str:
    text = _inline(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _text(value: object, path: str, limit: int, empty: bool = True) -> str:
    if not isinstance(value, str) or len(value) > limit or (not empty and not value.strip()):
        least = 0 if empty else 1
        raise FormatError(
            path,
            phrase("must be a text of {least} to {most} characters, got {value}").format(
                least=least, most=limit, value=_shown(value)
            ),
        )
    return value


def epoch_from_json(value: object, path: str) -> EpochMetrics:
    """Check one epoch's metrics; ``null`` reads as NaN."""
    obj = _object(value, path, METRICS, METRICS)
    epoch = obj["epoch"]
    if not isinstance(epoch, int) or isinstance(epoch, bool) or epoch < 1:
        raise FormatError(
            f"{path}.epoch", phrase("must be a whole number from 1, got {value}").format(value=_shown(epoch))
        )
    values = {name: _metric(obj[name], f"{path}.{name}") for name in METRICS[1:]}
    return EpochMetrics(epoch, **values)


def _started(value: object, path: str) -> str:
    text = _text(value, path, 64)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise FormatError(
            path,
            phrase(
                "must be a date and time with its UTC offset, such as 2025-03-01T14:05:09+01:00, "
                "got {value!r}"
            ).format(value=text),
        )
    return text


def run_from_json(obj: object, path: str) -> RunRecord:
    """Check one run of a project file; ``path`` names it (``project.cnnd: $.runs[2]``)."""
    run = _object(obj, path, _KEYS, _REQUIRED)
    reason = run["reason"]
    if reason not in REASONS:
        raise FormatError(
            f"{path}.reason",
            phrase("must be one of {reasons}; got {value}").format(
                reasons=", ".join(REASONS), value=_shown(reason)
            ),
        )
    folder = run.get("folder")
    epochs = run["epochs"]
    if not isinstance(epochs, list):
        raise FormatError(f"{path}.epochs", phrase("must be a list of epochs"))
    return RunRecord(
        id=_text(run["id"], f"{path}.id", MAX_ID, empty=False),
        started=_started(run["started"], f"{path}.started"),
        architecture=architecture_from_json(
            run["architecture"], f"{path}.architecture", f"{path}.architecture"
        ),
        settings=training_from_json(run["settings"], f"{path}.settings"),
        epochs=tuple(epoch_from_json(item, f"{path}.epochs[{i}]") for i, item in enumerate(epochs)),
        reason=reason,
        message=_text(run.get("message", ""), f"{path}.message", MAX_TEXT),
        test_accuracy=_optional_metric(run, "test_accuracy", path),
        test_loss=_optional_metric(run, "test_loss", path),
        folder=None if folder is None else _text(folder, f"{path}.folder", 4096, empty=False),
    )


# Differences between runs.  Each line is one of these templates filled in, so the UI can
# translate the template and then fill it in (``str.format`` with ``Difference.values``); the
# templates are phrases, so ``Difference.phrase`` is the line the window translates.

#: A layer of the compared run that the first run does not have.
LAYER_ADDED = phrase("layer {layer} ({kind}) added")
#: A layer of the first run that the compared run does not have.
LAYER_REMOVED = phrase("layer {layer} removed")
#: A layer of both whose type or parameter differs: ``conv2: filters 32 -> 64``, ``act: type ReLU -> ...``.
LAYER_CHANGED = phrase("{layer}: {param} {old} -> {new}")
#: A layer of both whose place among the layers of both differs.
LAYER_MOVED = phrase("layer {layer} moved after {after}")
LAYER_MOVED_FIRST = phrase("layer {layer} moved to the start")
INPUT_CHANGED = phrase("input shape {old} -> {new}")
SETTING_CHANGED = phrase("{setting} {old} -> {new}")
#: Comparing three or more runs: a run that does not differ from the first.
SAME_AS = phrase("same as {reference}")
#: Comparing three or more runs: each line names the run it is about.
RUN_PREFIX = phrase("{run}: {difference}")
TEMPLATES = (
    LAYER_ADDED,
    LAYER_REMOVED,
    LAYER_CHANGED,
    LAYER_MOVED,
    LAYER_MOVED_FIRST,
    INPUT_CHANGED,
    SETTING_CHANGED,
    SAME_AS,
    RUN_PREFIX,
)


@dataclass(frozen=True)
class Difference:
    """One line of a comparison; ``run`` names the compared run when three or more are compared."""

    template: str
    values: Mapping[str, str]
    run: str = ""

    @property
    def text(self) -> Phrase:
        """The line without the run it is about, as a phrase: English text the window can translate."""
        return Phrase(str(self.template), self.values)

    @property
    def phrase(self) -> Phrase:
        """The line, run included, as a phrase."""
        return RUN_PREFIX.format(run=self.run, difference=self.text) if self.run else self.text

    def __str__(self) -> str:
        return self.phrase


def _shown_value(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return describe_pair(value)
    return repr(value) if isinstance(value, float) else str(value)


def _moved(before: Sequence[str], after: Sequence[str]) -> set[str]:
    """Names of both lists that are out of order: those outside a longest common ordering."""
    common = set(before) & set(after)
    old = [name for name in before if name in common]
    new = [name for name in after if name in common]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    kept = {name for block in matcher.get_matching_blocks() for name in new[block.b : block.b + block.size]}
    return common - kept


def _architecture_differences(
    first: Architecture, other: Architecture
) -> Iterator[tuple[str, dict[str, str]]]:
    if first.input != other.input:
        old, new = format_shape(first.input.shape), format_shape(other.input.shape)
        yield INPUT_CHANGED, {"old": old, "new": new}
    earlier = {layer.name: layer for layer in first.layers}
    later = {layer.name for layer in other.layers}
    for layer in first.layers:
        if layer.name not in later:
            yield LAYER_REMOVED, {"layer": layer.name}
    moved = _moved([layer.name for layer in first.layers], [layer.name for layer in other.layers])
    for i, layer in enumerate(other.layers):
        was = earlier.get(layer.name)
        if was is None:
            yield LAYER_ADDED, {"layer": layer.name, "kind": layer.kind}
            continue
        if layer.name in moved:
            if i == 0:
                yield LAYER_MOVED_FIRST, {"layer": layer.name}
            else:
                yield LAYER_MOVED, {"layer": layer.name, "after": other.layers[i - 1].name}
        if was.kind != layer.kind:
            yield LAYER_CHANGED, {"layer": layer.name, "param": "type", "old": was.kind, "new": layer.kind}
            continue
        for param in layer.spec.params:
            before, now = was.params.get(param.name), layer.params.get(param.name)
            if before != now:
                values = {"old": _shown_value(before), "new": _shown_value(now)}
                yield LAYER_CHANGED, {"layer": layer.name, "param": param.name, **values}


def _pair_differences(first: RunRecord, other: RunRecord) -> list[tuple[str, dict[str, str]]]:
    found = list(_architecture_differences(first.architecture, other.architecture))
    for param in training_params():
        old, new = getattr(first.settings, param.name), getattr(other.settings, param.name)
        if old != new:
            found.append(
                (SETTING_CHANGED, {"setting": param.name, "old": _shown_value(old), "new": _shown_value(new)})
            )
    return found


def differences(runs: Sequence[RunRecord]) -> list[Difference]:
    """What the second and later runs changed relative to the first: layers (matched by name),
    the input and the training settings.  Names and descriptions do not count."""
    if len(runs) < 2:
        return []
    first, *others = runs
    groups = [(other, _pair_differences(first, other)) for other in others]
    if not any(lines for _, lines in groups):
        return []
    if len(others) == 1:
        return [Difference(template, values) for template, values in groups[0][1]]
    found = []
    for other, lines in groups:
        for template, values in lines or [(SAME_AS, {"reference": first.id})]:
            found.append(Difference(template, values, other.id))
    return found


def describe_differences(runs: Sequence[RunRecord]) -> list[str]:
    """The lines of :func:`differences` in English, e.g. ``conv2: filters 32 -> 64`` (phrases)."""
    return [str(line) for line in differences(runs)]
