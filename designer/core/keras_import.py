"""A Keras ``Sequential`` model saved with ``model.to_json()`` (Keras 2 or 3) as an architecture.

Each Keras layer becomes our layer with the same settings; the result goes through the
architecture file's own checks, so an imported network is exactly as valid as a written one.
What cannot be imported (other layer types, settings we do not have, functional models) is
collected and reported in one message.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from typing import Any

from designer.core.architecture import Architecture, name_problem, unique_name
from designer.core.catalogue import CATALOGUE
from designer.core.errors import DesignerError
from designer.core.fileformat import (
    FORMAT_ID,
    FORMAT_VERSION,
    architecture_from_json,
    parse_json,
    read_json_file,
)
from designer.core.phrases import joined, message_of, phrase

#: Keras activation names -> ours.
ACTIVATIONS = {
    "linear": "linear",
    None: "linear",
    "relu": "relu",
    "tanh": "tanh",
    "sigmoid": "sigmoid",
    "softmax": "softmax",
    "elu": "elu",
    "gelu": "gelu",
    "swish": "silu",
    "silu": "silu",
}
#: Our leaky ReLU's slope; Keras's default is 0.3.
LEAKY_SLOPE = 0.01
#: The most problems one message lists; the rest are counted.
MAX_LISTED = 10
#: What a message calls the model when it has no file name.
THE_MODEL = phrase("the Keras model")

Config = Mapping[str, Any]


class KerasImportError(DesignerError):
    """A Keras model that cannot be imported; the text lists every reason."""


class _Unsupported(Exception):
    """One layer, or one of its settings, that has no counterpart here."""


def _shown(value: object, quoted: bool = True) -> str:
    """``value`` as Python writes it (a printable text bare unless ``quoted``), cut short: a malformed
    file may hold a text of any length."""
    text = value if isinstance(value, str) and value.isprintable() and not quoted else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _activation(value: object) -> str:
    """Ours for a Keras activation: a name, null, or (Keras 3) an object with the class name."""
    if isinstance(value, dict):
        value = str(value.get("class_name", "")).lower()
    if not (value is None or isinstance(value, str)) or value not in ACTIVATIONS:
        raise _Unsupported(phrase("activation {value}").format(value=_shown(value)))
    return ACTIVATIONS[value]


def _pair(value: object) -> object:
    if isinstance(value, list | tuple) and len(value) == 2 and value[0] == value[1]:
        return value[0]
    return list(value) if isinstance(value, list | tuple) else value


def _padding(config: Config) -> str:
    padding = config.get("padding", "valid")
    if padding not in ("valid", "same"):
        raise _Unsupported(phrase("padding {value}").format(value=_shown(padding)))
    return str(padding)


def _channels_last(config: Config) -> None:
    if config.get("data_format") not in (None, "channels_last"):
        raise _Unsupported("data_format channels_first")


def _convolution(kind: str, *extra: str) -> Callable[[Config], tuple[str, dict[str, object]]]:
    """A convolution's converter: the settings all three share, plus ``extra`` ones of ``kind``."""
    defaults = {"groups": 1, "depth_multiplier": 1, "output_padding": 0}

    def convert(config: Config) -> tuple[str, dict[str, object]]:
        _channels_last(config)
        values: dict[str, object] = {
            "filters": config["filters"],
            "kernel_size": _pair(config["kernel_size"]),
            "stride": _pair(config.get("strides", 1)),
            "padding": _padding(config),
            "dilation": _pair(config.get("dilation_rate", 1)),
            "use_bias": config.get("use_bias", True),
            "activation": _activation(config.get("activation")),
        }
        for name in extra:
            values[name] = _pair(config.get(name) or defaults[name])  # Keras uses the same names
        return kind, values

    return convert


def _pool(kind: str) -> Callable[[Config], tuple[str, dict[str, object]]]:
    def convert(config: Config) -> tuple[str, dict[str, object]]:
        _channels_last(config)
        strides = config.get("strides")
        return kind, {
            "pool_size": _pair(config.get("pool_size", 2)),
            "stride": None if strides is None else _pair(strides),
            "padding": _padding(config),
        }

    return convert


def _global(kind: str) -> Callable[[Config], tuple[str, dict[str, object]]]:
    def convert(config: Config) -> tuple[str, dict[str, object]]:
        _channels_last(config)
        if config.get("keepdims"):
            raise _Unsupported("keepdims=True")
        return kind, {}

    return convert


def _batch_norm(config: Config) -> tuple[str, dict[str, object]]:
    axis = config.get("axis", -1)
    if axis not in (-1, 3, [-1], [3]):
        raise _Unsupported(phrase("axis {value} (only the channel axis)").format(value=_shown(axis)))
    center, scale = config.get("center", True), config.get("scale", True)
    if center != scale:
        raise _Unsupported(phrase("center and scale set differently"))
    # Keras keeps momentum of the old statistics; PyTorch's momentum weighs the new batch.
    return "BatchNorm", {
        "momentum": round(1.0 - float(config.get("momentum", 0.99)), 10),
        "epsilon": config.get("epsilon", 0.001),
        "affine": bool(center),
    }


def _relu(config: Config) -> tuple[str, dict[str, object]]:
    slope = config.get("negative_slope", 0.0) or 0.0
    if config.get("max_value") is not None or config.get("threshold", 0.0) or slope:
        raise _Unsupported(phrase("max_value, threshold or negative_slope"))
    return "Activation", {"activation": "relu"}


def _leaky(config: Config) -> tuple[str, dict[str, object]]:
    slope = config.get("negative_slope", config.get("alpha", 0.3))
    number = isinstance(slope, int | float) and not isinstance(slope, bool)
    if not (number and abs(slope - LEAKY_SLOPE) <= 1e-9):  # a NaN slope is refused too
        raise _Unsupported(
            phrase("slope {value} (only {slope} is available here)").format(
                value=_shown(slope), slope=LEAKY_SLOPE
            )
        )
    return "Activation", {"activation": "leaky_relu"}


CONVERTERS: dict[str, Callable[[Config], tuple[str, dict[str, object]]]] = {
    "Conv2D": _convolution("Conv2D", "groups"),
    "Convolution2D": _convolution("Conv2D", "groups"),
    "SeparableConv2D": _convolution("SeparableConv2D", "depth_multiplier"),
    "Conv2DTranspose": _convolution("Conv2DTranspose", "output_padding"),
    "MaxPooling2D": _pool("MaxPool2D"),
    "MaxPool2D": _pool("MaxPool2D"),
    "AveragePooling2D": _pool("AvgPool2D"),
    "AvgPool2D": _pool("AvgPool2D"),
    "GlobalAveragePooling2D": _global("GlobalAvgPool2D"),
    "GlobalMaxPooling2D": _global("GlobalMaxPool2D"),
    "Flatten": lambda config: ("Flatten", {}),
    "Dense": lambda config: (
        "Dense",
        {
            "units": config["units"],
            "use_bias": config.get("use_bias", True),
            "activation": _activation(config.get("activation")),
        },
    ),
    "Dropout": lambda config: ("Dropout", {"rate": config.get("rate", 0.5)}),
    "Activation": lambda config: ("Activation", {"activation": _activation(config.get("activation"))}),
    "BatchNormalization": _batch_norm,
    "ReLU": _relu,
    "LeakyReLU": _leaky,
}


def _input_shape(config: Config) -> list[object] | None:
    for key in ("batch_shape", "batch_input_shape"):
        if isinstance(config.get(key), list):
            return list(config[key])[1:]
    if isinstance(config.get("input_shape"), list):
        return list(config["input_shape"])
    if isinstance(config.get("shape"), list):
        return list(config["shape"])
    return None


def _name(wanted: object, taken: set[str], kind: str) -> str:
    text = re.sub(r"\W", "_", str(wanted or ""))[:64]
    if not text or name_problem(text) or text in taken:
        text = unique_name(CATALOGUE[kind].name_prefix, taken)
    taken.add(text)
    return text


def _layer_document(kind: str, name: str, values: dict[str, object]) -> dict[str, object]:
    params: dict[str, object] = {param.name: param.to_json(param.default) for param in CATALOGUE[kind].params}
    params.update(values)
    return {"type": kind, "name": name, **params}


def import_keras(document: object, where: str = THE_MODEL) -> Architecture:
    """The architecture of a Keras ``Sequential`` model's JSON (already decoded)."""
    if not isinstance(document, dict) or "config" not in document:
        raise KerasImportError(
            phrase("{where} is not a Keras model saved with model.to_json()").format(where=where)
        )
    if document.get("class_name") != "Sequential":
        raise KerasImportError(
            phrase("{where} is a {kind} model; only Sequential models can be imported").format(
                where=where, kind=_shown(document.get("class_name"))
            )
        )
    config = document["config"]
    layers = config.get("layers") if isinstance(config, dict) else config
    if not isinstance(layers, list):
        raise KerasImportError(phrase("{where} lists no layers").format(where=where))
    built = config.get("build_input_shape") if isinstance(config, dict) else None
    if isinstance(built, list):
        shape: list[object] | None = list(built)[1:]
    else:
        shape = _input_shape(config) if isinstance(config, dict) else None
    problems: list[str] = []
    ours: list[dict[str, object]] = []
    taken: set[str] = set()
    for index, layer in enumerate(layers):
        class_name = layer.get("class_name") if isinstance(layer, dict) else None
        layer_config = layer.get("config") if isinstance(layer, dict) else None
        layer_config = layer_config if isinstance(layer_config, dict) else {}
        shown_name = _shown(layer_config.get("name", index + 1))
        label = (
            phrase("{kind} layer {name}").format(kind=_shown(class_name, quoted=False), name=shown_name)
            if class_name
            else phrase("a layer {name}").format(name=shown_name)
        )
        if class_name == "InputLayer":
            shape = _input_shape(layer_config) or shape
            continue
        if shape is None:
            shape = _input_shape(layer_config)
        converter = CONVERTERS.get(str(class_name))
        if converter is None:
            problems.append(phrase("{layer}: a layer type with no counterpart here").format(layer=label))
            continue
        try:
            kind, values = converter(layer_config)
        except _Unsupported as reason:
            problems.append(phrase("{layer}: {reason}").format(layer=label, reason=message_of(reason)))
            continue
        except (KeyError, TypeError, ValueError, OverflowError) as error:
            problems.append(
                phrase("{layer}: a malformed setting ({error})").format(layer=label, error=message_of(error))
            )
            continue
        ours.append(_layer_document(kind, _name(layer_config.get("name"), taken, kind), values))
    if shape is None or len(shape) != 3 or not all(isinstance(d, int) for d in shape):
        problems.append(
            phrase("the input shape {shape} is not a (height, width, channels) image shape").format(
                shape=_shown(shape)
            )
        )
    if problems:
        listed = joined(problems[:MAX_LISTED])
        if len(problems) > MAX_LISTED:
            listed = phrase("{problems}; and {count:,} more").format(
                problems=listed, count=len(problems) - MAX_LISTED
            )
        raise KerasImportError(
            phrase("{where} cannot be imported: {problems}").format(where=where, problems=listed)
        )
    assert shape is not None
    height, width, channels = shape
    name = config.get("name", "") if isinstance(config, dict) else ""
    return architecture_from_json(
        {
            "format": FORMAT_ID,
            "version": FORMAT_VERSION,
            "name": str(name)[:200],
            "description": phrase("Imported from Keras."),
            "input": {"channels": channels, "height": height, "width": width},
            "layers": ours,
        },
        where,
    )


def parse_keras(data: bytes | str, where: str = THE_MODEL) -> Architecture:
    return import_keras(parse_json(data, where), where)


def load_keras(path: str | os.PathLike[str]) -> Architecture:
    """A Keras model JSON file as an architecture; every failure is one :class:`DesignerError`."""
    return import_keras(read_json_file(path), str(path))
