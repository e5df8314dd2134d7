"""What a hyperparameter search may change: knobs over training settings and layer parameters.

A knob names one setting (``layer`` empty) or one parameter of a named layer, and either a list of
values to choose from or a range (``low`` to ``high``, optionally on a log scale). The declarations
in the catalogue and in :mod:`designer.core.training` say which values are allowed, so a space is
checked against them before a search starts, and :func:`apply_values` turns one trial's values into
a design whose shapes :func:`designer.core.inference.infer` can check before anything trains.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from designer.core.architecture import Architecture, Layer
from designer.core.atomic import write_atomic
from designer.core.errors import FormatError
from designer.core.fileformat import check_version, read_json_file
from designer.core.params import (
    BoolParam,
    ChoiceParam,
    FloatParam,
    IntParam,
    Param,
    ParamError,
    SizeParam,
)
from designer.core.phrases import Phrase, message_of, phrase
from designer.core.training import TrainingSettings, training_params

FORMAT = "cnn-designer/search-space"
VERSION = 1
#: The training settings worth searching; the rest (device, seed, records) are not about the model.
TRAINING_KNOBS = (
    "learning_rate",
    "batch_size",
    "optimizer",
    "momentum",
    "weight_decay",
    "schedule",
    "epochs",
    "label_smoothing",
    "augment_crop",
    "augment_flip",
    "augment_affine",
    "mixup",
)
#: The most values a choice may list, and knobs a space may hold.
MAX_CHOICES = 64
MAX_KNOBS = 256

#: A value a search can pick: what Optuna stores for a categorical or numeric parameter.
Pick: TypeAlias = int | float | bool | str


@dataclass(frozen=True)
class Knob:
    """One searchable setting (``layer`` empty) or parameter of the layer called ``layer``."""

    param: str
    layer: str = ""
    choices: tuple[Pick, ...] = ()
    low: float | None = None
    high: float | None = None
    log: bool = False

    @property
    def key(self) -> str:
        """The name a study records the knob's value under: ``learning_rate``, ``conv1.filters``."""
        return f"{self.layer}.{self.param}" if self.layer else self.param

    @property
    def is_range(self) -> bool:
        return not self.choices

    def describe(self) -> str:
        """The values, as a person writes them: ``{16, 32, 64}`` or ``1e-04 .. 0.1 (log)`` (a phrase)."""
        if self.choices:
            return "{" + ", ".join(_shown(choice) for choice in self.choices) + "}"
        if self.log:
            return phrase("{low:g} .. {high:g} (log)").format(low=self.low, high=self.high)
        return f"{self.low:g} .. {self.high:g}"


@dataclass(frozen=True)
class SearchSpace:
    knobs: tuple[Knob, ...] = ()

    def by_key(self) -> dict[str, Knob]:
        return {knob.key: knob for knob in self.knobs}


def _shown(value: Pick) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _layers_by_name(architecture: Architecture) -> dict[str, Layer]:
    return {layer.name: layer for layer in architecture.all_layers()}


def knob_param(knob: Knob, architecture: Architecture) -> Param:
    """The declaration the knob's values must satisfy; KeyError (its message a phrase) when the knob
    names nothing there."""
    if not knob.layer:
        if knob.param not in TRAINING_KNOBS:
            raise KeyError(
                phrase("{param} is not a training setting a search can change").format(param=knob.param)
            )
        return next(param for param in training_params() if param.name == knob.param)
    layer = _layers_by_name(architecture).get(knob.layer)
    if layer is None:
        raise KeyError(phrase("there is no layer called {layer}").format(layer=knob.layer))
    if layer.spec.is_block:
        raise KeyError(phrase("{layer} is a block; search the layers inside it").format(layer=knob.layer))
    return layer.spec.param(knob.param)


def searchable(param: Param) -> bool:
    """Whether a search can vary this kind of parameter: numbers, choices, switches and square sizes."""
    return isinstance(param, IntParam | FloatParam | BoolParam | ChoiceParam | SizeParam)


def knob_problem(knob: Knob, architecture: Architecture) -> str | None:
    """Why the knob cannot be searched on this design (a phrase), or None when it can."""
    try:
        param = knob_param(knob, architecture)
    except KeyError as error:
        reason = error.args[0]
        return reason if isinstance(reason, Phrase) else str(reason)
    key = knob.key
    if not searchable(param):
        return phrase("{key} cannot be searched").format(key=key)
    if knob.choices:
        if len(knob.choices) > MAX_CHOICES or len(set(knob.choices)) != len(knob.choices):
            return phrase("{key}: list from 1 to {most} different values").format(key=key, most=MAX_CHOICES)
        for choice in knob.choices:
            try:
                param.parse(choice)
            except ParamError as error:
                return phrase("{key}: {value} {problem}").format(
                    key=key, value=_shown(choice), problem=message_of(error)
                )
        return None
    if isinstance(param, BoolParam | ChoiceParam):
        return phrase("{key}: list the values to try").format(key=key)
    if knob.low is None or knob.high is None or not knob.low < knob.high:
        return phrase("{key}: the range needs a low value below its high value").format(key=key)
    whole = isinstance(param, IntParam | SizeParam)
    if whole and not (float(knob.low).is_integer() and float(knob.high).is_integer()):
        return phrase("{key}: the range must be whole numbers").format(key=key)
    if knob.log and knob.low <= 0:
        return phrase("{key}: a log scale needs a range above 0").format(key=key)
    for end in (knob.low, knob.high):
        try:
            param.parse(int(end) if whole else float(end))
        except ParamError as error:
            return phrase("{key}: {value:g} {problem}").format(key=key, value=end, problem=message_of(error))
    return None


def space_problems(space: SearchSpace, architecture: Architecture) -> list[str]:
    """Every reason the space cannot be searched on this design (phrases); empty when it can."""
    problems = [problem for knob in space.knobs if (problem := knob_problem(knob, architecture))]
    keys = [knob.key for knob in space.knobs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    problems += [phrase("{key} is listed twice").format(key=key) for key in twice]
    if not space.knobs:
        problems.append(phrase("the space has no knobs; mark at least one setting or layer parameter"))
    return problems


def _with_params(layers: tuple[Layer, ...], changes: Mapping[str, dict[str, Any]]) -> tuple[Layer, ...]:
    result = []
    for layer in layers:
        if layer.name in changes:
            layer = layer.with_params(**changes[layer.name])
        if layer.branches:
            layer = replace(layer, branches=tuple(_with_params(branch, changes) for branch in layer.branches))
        result.append(layer)
    return tuple(result)


def apply_values(architecture: Architecture, space: SearchSpace, values: Mapping[str, Pick]) -> Architecture:
    """The design with one trial's values: layer parameters changed, and the training settings
    (``architecture.training``, or the defaults) changed and attached. Shapes are not checked here."""
    knobs = space.by_key()
    layer_changes: dict[str, dict[str, Any]] = {}
    training: dict[str, Any] = {}
    for key, value in values.items():
        knob = knobs[key]
        if knob.layer:
            layer_changes.setdefault(knob.layer, {})[knob.param] = value
        else:
            training[knob.param] = value
    settings = (architecture.training or TrainingSettings()).with_values(**training)
    return replace(architecture, layers=_with_params(architecture.layers, layer_changes), training=settings)


#: The parameter that sets a layer's width, for the kinds whose width a first search varies.
_WIDTHS = {"Conv2D": "filters", "SeparableConv2D": "filters", "Conv2DTranspose": "filters", "Dense": "units"}


def _halved_and_doubled(value: int, low: int, high: int) -> tuple[int, ...]:
    return tuple(sorted({max(low, value // 2), value, min(high, value * 2)}))


def suggested_space(architecture: Architecture) -> SearchSpace:
    """A first space for a design: the learning rate (log scale), batch size and optimizer; each
    convolution's filters and each hidden dense layer's units halved, kept or doubled; dropout rates."""
    settings = architecture.training or TrainingSettings()
    knobs = [
        Knob("learning_rate", low=1e-4, high=0.1, log=True),
        Knob("batch_size", choices=tuple(sorted({32, 64, 128, settings.batch_size}))),
        Knob("optimizer", choices=("sgd", "adam", "rmsprop")),
    ]
    layers = list(architecture.all_layers())
    classes = [layer.name for layer in layers if layer.kind == "Dense"][-1:]
    for layer in layers:
        width = _WIDTHS.get(layer.kind)
        if width and layer.name not in classes:  # the last dense layer's units are the classes
            param = layer.spec.param(width)
            value = layer.params[width]
            assert isinstance(param, IntParam)
            assert isinstance(value, int)
            knobs.append(Knob(width, layer.name, _halved_and_doubled(value, param.minimum, param.maximum)))
        elif layer.kind == "Dropout":
            knobs.append(Knob("rate", layer.name, low=0.0, high=0.6))
    return SearchSpace(tuple(knobs))


def knob_to_json(knob: Knob) -> dict[str, Any]:
    document: dict[str, Any] = {"param": knob.param}
    if knob.layer:
        document["layer"] = knob.layer
    if knob.choices:
        document["choices"] = list(knob.choices)
    else:
        document.update(low=knob.low, high=knob.high)
        if knob.log:
            document["log"] = True
    return document


def space_to_json(space: SearchSpace) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "knobs": [knob_to_json(knob) for knob in space.knobs]}


def _number(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise FormatError(path, phrase("must be a number"))
    return float(value)


def _knob(value: object, path: str) -> Knob:
    if not isinstance(value, dict):
        raise FormatError(path, phrase("must be an object with a param and either choices or low and high"))
    unknown = set(value) - {"param", "layer", "choices", "low", "high", "log"}
    if unknown:
        raise FormatError(f"{path}.{sorted(unknown)[0]}", phrase("is not a knob's key"))
    param, layer, log = value.get("param"), value.get("layer", ""), value.get("log", False)
    if not isinstance(param, str) or not param:
        raise FormatError(f"{path}.param", phrase("must name a setting or a layer parameter"))
    if not isinstance(layer, str) or not isinstance(log, bool):
        raise FormatError(path, phrase("layer must be a name and log true or false"))
    if "choices" in value:
        choices = value["choices"]
        if not isinstance(choices, list) or not 0 < len(choices) <= MAX_CHOICES:
            raise FormatError(
                f"{path}.choices", phrase("must be a list of 1 to {most} values").format(most=MAX_CHOICES)
            )
        if not all(isinstance(c, int | float | bool | str) and not isinstance(c, list) for c in choices):
            raise FormatError(f"{path}.choices", phrase("must hold numbers, texts or true/false"))
        if any(isinstance(c, float) and not math.isfinite(c) for c in choices):
            raise FormatError(f"{path}.choices", phrase("must hold finite numbers"))
        return Knob(param, layer, tuple(choices))
    low = _number(value.get("low"), f"{path}.low")
    high = _number(value.get("high"), f"{path}.high")
    return Knob(param, layer, low=low, high=high, log=log)


def space_from_json(document: object, where: str = "") -> SearchSpace:
    """A space from its JSON document; :class:`FormatError` names what is malformed."""
    root = f"{where}: $" if where else "$"
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise FormatError(
            where or phrase("the document"),
            phrase('is not a search space (no "format": "{format}")').format(format=FORMAT),
        )
    check_version(document, root, VERSION)
    knobs = document.get("knobs")
    if not isinstance(knobs, list) or len(knobs) > MAX_KNOBS:
        raise FormatError(
            f"{root}.knobs", phrase("must be a list of at most {most} knobs").format(most=MAX_KNOBS)
        )
    return SearchSpace(tuple(_knob(knob, f"{root}.knobs[{i}]") for i, knob in enumerate(knobs)))


def load_space(path: str | os.PathLike[str]) -> SearchSpace:
    return space_from_json(read_json_file(path), str(path))


def save_space(space: SearchSpace, path: str | os.PathLike[str]) -> None:
    write_atomic(path, (json.dumps(space_to_json(space), indent=2) + "\n").encode("utf-8"))
