"""Malformed architecture files, made by mutating real ones (blocks included): every case loads or
ends in a FormatError naming the problem; never another exception, a hang or a blow-up."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from designer.core.errors import FormatError
from designer.core.fileformat import architecture_to_json, parse_architecture
from designer.core.inference import infer
from designer.core.presets import load_preset, preset_names

DOCUMENTS = {name: architecture_to_json(load_preset(name)) for name in preset_names()}

#: Values a mutation puts in place: wrong types, huge and odd numbers, long and odd text, nesting.
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=50),
    st.just("x" * 100_000),
    st.just("\u202e\u0000\ud7ff\U0001f600 name"),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.integers(1, 40).map(lambda depth: json.loads("[" * depth + "]" * depth)),
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value: keys of objects and indexes of lists, depth first."""
    places = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            places += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            places += _paths(item, (*path, index))
    return places


def load_or_refusal(data: str | bytes, where: str) -> FormatError | None:
    """The loader's refusal, or None when the file loads and its design can be inferred."""
    try:
        infer(parse_architecture(data, where))  # a file that loads is one the designer can show
    except FormatError as error:
        return error
    return None


def _mutate(document: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    if not path:
        return value
    *parents, last = path
    holder = document
    for step in parents:
        holder = holder[step]
    if how == "delete":
        del holder[last]
    elif how == "add key" and isinstance(holder, dict):
        holder[f"{last}_extra"] = value
    elif how == "nest":
        holder[last] = (
            [holder[last]] if isinstance(holder, dict) else {"type": "Residual", "branches": [[holder[last]]]}
        )
    else:
        holder[last] = value
    return document


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.sampled_from(sorted(DOCUMENTS)),
    st.data(),
    st.sampled_from(["replace", "delete", "add key", "nest"]),
    ODD_VALUES,
)
def test_mutated_documents_load_or_say_why(name, data, how, value):
    document = json.loads(json.dumps(DOCUMENTS[name]))
    path = data.draw(st.sampled_from(_paths(document)))
    refusal = load_or_refusal(json.dumps(_mutate(document, path, how, value)), "fuzzed.json")
    event("loaded" if refusal is None else f"refused: {str(refusal).split(': ', 2)[-1][:30]}")
    assert refusal is None or str(refusal).startswith("fuzzed.json")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(DOCUMENTS)), st.data())
def test_damaged_bytes_load_or_say_why(name, data):
    raw = bytearray(json.dumps(DOCUMENTS[name]).encode())
    kind = data.draw(st.sampled_from(["truncate", "flip", "insert"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    if kind == "truncate":
        raw = raw[:at]
    elif kind == "flip":
        raw[at] ^= 1 << data.draw(st.integers(0, 7))
    else:
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    refusal = load_or_refusal(bytes(raw), "damaged.json")
    assert refusal is None or str(refusal).startswith("damaged.json")
