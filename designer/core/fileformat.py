"""The architecture file: versioned, human-readable JSON that round-trips byte for byte.

::

    {
      "format": "cnn-designer/architecture",
      "version": 1,
      "name": "LeNet-5",
      "description": "...",
      "input": {"channels": 1, "height": 32, "width": 32},
      "layers": [
        {"type": "Conv2D", "name": "c1", "filters": 6, "kernel_size": 5, ...},
        ...
      ],
      "training": {"dataset": "digits", "optimizer": "adam", ...}
    }

Each layer is one line: ``type``, ``name`` and every parameter of its kind, in
catalogue order.  ``name``, ``description`` and ``training`` may be left out.

Version 2 adds blocks: a ``Residual`` or ``Parallel`` layer lists its sub-stacks under
``branches``, one layer per line inside them::

    {"type": "Residual", "name": "res1", "projection": true, "activation": "relu", "branches": [
      [
        {"type": "Conv2D", "name": "res1_conv1", ...},
        ...
      ]
    ]},

Layer names are unique across the whole network, blocks included.  Version 1 files (no
blocks) still load; files are written as version 2.
"""

from __future__ import annotations

import difflib
import json
import math
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from designer.core.architecture import INPUT_PARAMS, Architecture, InputSpec, Layer, name_problem
from designer.core.atomic import write_atomic
from designer.core.catalogue import CATALOGUE
from designer.core.errors import FormatError
from designer.core.inference import infer
from designer.core.params import Param, ParamError, Value
from designer.core.phrases import message_of, phrase
from designer.core.training import TrainingSettings, training_params

FORMAT_ID = "cnn-designer/architecture"
FORMAT_VERSION = 2
#: Blocks inside blocks inside blocks... deeper than this is refused (a file, not a design).
MAX_DEPTH = 16
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_LAYERS = 100_000
MAX_PARAMS = 1_000_000_000
MAX_TEXT = 10_000
#: Longest whole number in a file: beyond it a number no longer converts to a float.
MAX_DIGITS = 300

_TOP_KEYS = ("format", "version", "name", "description", "input", "layers", "training")
_REQUIRED_TOP_KEYS = ("format", "version", "input", "layers")


def read_json_file(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Read a JSON file of at most ``max_bytes``; every failure is a :class:`FormatError`."""
    where = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise FormatError(where, phrase("no such file")) from None
    except IsADirectoryError:
        raise FormatError(where, phrase("is a folder, not a file")) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise FormatError(where, phrase("cannot be read ({reason})").format(reason=reason)) from None
    if len(data) > max_bytes:
        raise FormatError(
            where,
            phrase("is larger than the {limit} MB limit for this kind of file").format(
                limit=max_bytes // (1024 * 1024)
            ),
        )
    return parse_json(data, where)


class NotJson(ValueError):
    """Text that :func:`decode_json` refuses; the message (a :class:`Phrase`) says why, as what
    the text is not: ``not valid JSON (...)``."""


def _reject_constant(name: str) -> None:
    raise ValueError(phrase("{name} is not a number JSON allows").format(name=name))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(phrase('the key "{key}" appears twice in one object').format(key=key))
        result[key] = value
    return result


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(phrase("a whole number of more than {limit} digits").format(limit=MAX_DIGITS))
    return int(text)


def _real_number(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(phrase("the number {number} is too large").format(number=_short(text)))
    return value


def decode_json(data: bytes | str) -> Any:
    """Decode JSON strictly: UTF-8, no NaN or Infinity, no number too large for a float (so ``1e400``
    does not turn into infinity), no repeated keys; :class:`NotJson` says why not."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise NotJson(phrase("not UTF-8 text, so it is not a JSON file")) from None
    try:
        return json.loads(
            text,
            parse_constant=_reject_constant,
            parse_int=_whole_number,
            parse_float=_real_number,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as error:
        raise NotJson(
            phrase("not valid JSON ({reason} at line {line}, column {column})").format(
                reason=error.msg, line=error.lineno, column=error.colno
            )
        ) from None
    except RecursionError:
        raise NotJson(phrase("not usable: its JSON is nested too deeply")) from None
    except ValueError as error:
        raise NotJson(phrase("not valid JSON ({reason})").format(reason=message_of(error))) from None


def parse_json(data: bytes | str, where: str = "") -> Any:
    """Decode JSON as :func:`decode_json` does; a :class:`FormatError` naming ``where`` says why not."""
    try:
        return decode_json(data)
    except NotJson as error:
        problem = phrase("is {what_it_is_not}").format(what_it_is_not=message_of(error))
        raise FormatError(where or phrase("the text"), problem) from None


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _closest(word: str, options: Iterable[str]) -> str | None:
    match = difflib.get_close_matches(word[:100], list(options), n=1)
    return match[0] if match else None


def _object(value: object, path: str, allowed: Iterable[str], required: Iterable[str]) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise FormatError(path, phrase("must be a JSON object, got {type}").format(type=type(value).__name__))
    allowed = tuple(allowed)
    for key in value:
        if key not in allowed:
            match = _closest(key, allowed)
            problem = (
                phrase('unknown key (did you mean "{match}"?)').format(match=match)
                if match
                else phrase("unknown key")
            )
            raise FormatError(f"{path}.{_short(key)}", problem)
    for key in required:
        if key not in value:
            raise FormatError(path, phrase('missing the key "{key}"').format(key=key))
    return value


def _parse_params(obj: Mapping[str, Any], params: Iterable[Param], path: str) -> dict[str, Value]:
    """Check the values of ``params`` that ``obj`` holds."""
    values: dict[str, Value] = {}
    for param in params:
        if param.name not in obj:
            continue
        try:
            values[param.name] = param.parse(obj[param.name])
        except ParamError as error:
            raise FormatError(f"{path}.{param.name}", message_of(error)) from None
    return values


def _text(obj: Mapping[str, Any], key: str, path: str) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise FormatError(
            f"{path}.{key}", phrase("must be a text of at most {limit} characters").format(limit=MAX_TEXT)
        )
    return value


def _layer(value: object, path: str, depth: int = 0) -> Layer:
    if not isinstance(value, dict):
        raise FormatError(
            path,
            phrase("must be a JSON object describing a layer, got {type}").format(type=type(value).__name__),
        )
    kind_name = value.get("type")
    if not isinstance(kind_name, str):
        raise FormatError(path, phrase('needs a "type" naming the layer kind, such as "Conv2D"'))
    kind = CATALOGUE.get(kind_name)
    if kind is None:
        match = _closest(kind_name, CATALOGUE)
        unknown = (
            phrase('unknown layer type "{kind}" (did you mean "{match}"?)').format(
                kind=_short(kind_name), match=match
            )
            if match
            else phrase('unknown layer type "{kind}"').format(kind=_short(kind_name))
        )
        raise FormatError(f"{path}.type", unknown)
    names = [param.name for param in kind.params]
    block_keys = ("branches",) if kind.is_block else ()
    obj = _object(value, path, ("type", "name", *names, *block_keys), ("name", *names, *block_keys))
    name = obj["name"]
    problem = name_problem(name) if isinstance(name, str) else phrase("a layer name must be a text")
    if problem:
        raise FormatError(f"{path}.name", problem)
    return Layer(kind_name, name, _parse_params(obj, kind.params, path), _branches(obj, path, depth))


def _branches(obj: Mapping[str, Any], path: str, depth: int) -> tuple[tuple[Layer, ...], ...]:
    """A block's sub-stacks: a list of lists of layers (checked for count by inference, not here)."""
    if "branches" not in obj:
        return ()
    where = f"{path}.branches"
    if depth >= MAX_DEPTH:
        raise FormatError(where, phrase("nests blocks more than {limit} deep").format(limit=MAX_DEPTH))
    branches = obj["branches"]
    if not isinstance(branches, list) or not all(isinstance(branch, list) for branch in branches):
        raise FormatError(where, phrase("must be a list of branches, each a list of layers"))
    return tuple(
        tuple(_layer(item, f"{where}[{b}][{i}]", depth + 1) for i, item in enumerate(branch))
        for b, branch in enumerate(branches)
    )


def _check_names(stack: tuple[Layer, ...], root: str) -> None:
    """Every layer name, inside blocks too, names one layer only."""
    seen: dict[str, str] = {}

    def visit(layers: tuple[Layer, ...], path: str) -> None:
        for i, layer in enumerate(layers):
            here = f"{path}[{i}]"
            if layer.name in seen:
                problem = phrase('"{name}" already names {other}').format(
                    name=layer.name, other=seen[layer.name]
                )
                raise FormatError(f"{here}.name", problem)
            seen[layer.name] = here.removeprefix(f"{root}.")
            for b, branch in enumerate(layer.branches):
                visit(branch, f"{here}.branches[{b}]")

    visit(stack, f"{root}.layers")


def training_from_json(value: object, path: str = "$") -> TrainingSettings:
    """Training settings from a JSON object; left-out keys take their defaults."""
    params = training_params()
    obj = _object(value, path, [param.name for param in params], ())
    return TrainingSettings(**_parse_params(obj, params, path))  # type: ignore[arg-type]


def check_version(document: Mapping[str, Any], root: str, newest: int) -> int:
    """The document's ``version``: a whole number from 1 up to ``newest``, which this program reads."""
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError(f"{root}.version", phrase("must be a whole number from 1"))
    if version > newest:
        raise FormatError(
            f"{root}.version",
            phrase(
                "the file is format version {version}, written by a newer cnn-designer; this one "
                "reads up to version {newest}, so update cnn-designer to open it"
            ).format(version=version, newest=newest),
        )
    return version


def architecture_from_json(document: object, where: str = "", root: str = "") -> Architecture:
    """Check a decoded JSON document and turn it into an :class:`Architecture`.

    ``where`` names the file; ``root`` is the document's JSON path when it sits inside another.
    """
    root = root or (f"{where}: $" if where else "$")
    if not isinstance(document, dict) or "format" not in document:
        raise FormatError(
            where or phrase("the document"),
            phrase('is not a cnn-designer architecture (no "format": "{format}")').format(format=FORMAT_ID),
        )
    if document["format"] != FORMAT_ID:
        raise FormatError(
            f"{root}.format", phrase('must be "{format}" for an architecture file').format(format=FORMAT_ID)
        )
    check_version(document, root, FORMAT_VERSION)
    obj = _object(document, root, _TOP_KEYS, _REQUIRED_TOP_KEYS)
    names = [param.name for param in INPUT_PARAMS]
    spec = _parse_params(_object(obj["input"], f"{root}.input", names, names), INPUT_PARAMS, f"{root}.input")
    layers = obj["layers"]
    if not isinstance(layers, list):
        raise FormatError(f"{root}.layers", phrase("must be a list of layers"))
    if len(layers) > MAX_LAYERS:
        raise FormatError(f"{root}.layers", _too_many_layers(len(layers)))
    stack = tuple(_layer(item, f"{root}.layers[{i}]") for i, item in enumerate(layers))
    count = sum(1 for layer in stack for _ in layer.walk())
    if count > MAX_LAYERS:
        raise FormatError(f"{root}.layers", _too_many_layers(count))
    _check_names(stack, root)
    architecture = Architecture(
        input=InputSpec(**spec),  # type: ignore[arg-type]
        layers=stack,
        name=_text(obj, "name", root),
        description=_text(obj, "description", root),
        training=training_from_json(obj["training"], f"{root}.training") if "training" in obj else None,
    )
    total = infer(architecture).total_params
    if total > MAX_PARAMS:
        raise FormatError(
            f"{root}.layers",
            phrase("the network has {count:,} parameters, more than the limit of {limit:,}").format(
                count=total, limit=MAX_PARAMS
            ),
        )
    return architecture


def _too_many_layers(count: int) -> str:
    return phrase("has {count:,} layers, more than the limit of {limit:,}").format(
        count=count, limit=MAX_LAYERS
    )


def parse_architecture(data: bytes | str, where: str = "") -> Architecture:
    return architecture_from_json(parse_json(data, where), where)


def load_architecture(path: str | os.PathLike[str]) -> Architecture:
    return architecture_from_json(read_json_file(path), str(path))


def layer_to_json(layer: Layer) -> dict[str, Any]:
    kind = layer.spec
    document: dict[str, Any] = {
        "type": layer.kind,
        "name": layer.name,
        **{param.name: param.to_json(layer.params[param.name]) for param in kind.params},
    }
    if kind.is_block:
        document["branches"] = [[layer_to_json(inner) for inner in branch] for branch in layer.branches]
    return document


def architecture_to_json(architecture: Architecture) -> dict[str, Any]:
    document: dict[str, Any] = {"format": FORMAT_ID, "version": FORMAT_VERSION}
    if architecture.name:
        document["name"] = architecture.name
    if architecture.description:
        document["description"] = architecture.description
    spec = architecture.input
    document["input"] = {"channels": spec.channels, "height": spec.height, "width": spec.width}
    document["layers"] = [layer_to_json(layer) for layer in architecture.layers]
    if architecture.training is not None:
        document["training"] = training_to_json(architecture.training)
    return document


def training_to_json(settings: TrainingSettings) -> dict[str, Any]:
    return {param.name: param.to_json(getattr(settings, param.name)) for param in training_params()}


def _inline(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _layer_text(layer: dict[str, Any], indent: str) -> str:
    """A layer on one line; a block's own keys on its first line, then each branch's layers on theirs."""
    if "branches" not in layer:
        return indent + _inline(layer)
    head = _inline({key: value for key, value in layer.items() if key != "branches"})[:-1]
    inner = indent + "  "
    branches = ",\n".join(
        f"{inner}[\n" + ",\n".join(_layer_text(item, inner + "  ") for item in branch) + f"\n{inner}]"
        if branch
        else f"{inner}[]"
        for branch in layer["branches"]
    )
    return (
        f'{indent}{head}, "branches": [\n{branches}\n{indent}]}}'
        if branches
        else f'{indent}{head}, "branches": []}}'
    )


def dumps_architecture(architecture: Architecture) -> str:
    """The canonical text: top-level keys one per line, each layer on one line (a block's on several)."""
    lines = []
    for key, value in architecture_to_json(architecture).items():
        if key == "layers" and value:
            items = ",\n".join(_layer_text(layer, "    ") for layer in value)
            lines.append(f'  "layers": [\n{items}\n  ]')
        else:
            lines.append(f"  {_inline(key)}: {_inline(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def save_architecture(architecture: Architecture, path: str | os.PathLike[str]) -> None:
    write_atomic(Path(path), dumps_architecture(architecture).encode("utf-8"))
