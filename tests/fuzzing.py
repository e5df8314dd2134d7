"""Mutations of valid files for the fuzz tests: odd values put at any place in a JSON document,
and damaged bytes (truncated, bit-flipped, inserted); and a check that a loader's peak memory stays small."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import strategies as st

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

#: How a JSON document is mutated at one place.
MUTATIONS = st.sampled_from(["replace", "delete", "add key", "nest"])


def json_places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value: keys of objects and indexes of lists, depth first."""
    places = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            places += json_places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            places += json_places(item, (*path, index))
    return places


def mutate_json(document: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    """``document`` changed in place at ``path``: replaced by ``value``, deleted, given an extra key
    beside it, or nested one level deeper (a list around an object, a block around anything else)."""
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


@st.composite
def mutated_json(draw: st.DrawFn, document: Any) -> Any:
    """A deep copy of ``document`` mutated at one place it has."""
    copy = json.loads(json.dumps(document))
    path = draw(st.sampled_from(json_places(copy)))
    return mutate_json(copy, path, draw(MUTATIONS), draw(ODD_VALUES))


@st.composite
def damaged_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` truncated, with one bit flipped, or with a few bytes inserted, at a drawn place."""
    raw = bytearray(data)
    kind = draw(st.sampled_from(["truncate", "flip", "insert"]))
    at = draw(st.integers(0, max(len(raw) - 1, 0)))
    if kind == "truncate":
        raw = raw[:at]
    elif kind == "flip" and raw:
        raw[at] ^= 1 << draw(st.integers(0, 7))
    else:
        raw[at:at] = draw(st.binary(min_size=1, max_size=8))
    return bytes(raw)


@contextmanager
def peak_memory_growth_below(mib: int) -> Iterator[None]:
    """Fails when the process's peak resident memory grows by ``mib`` MiB or more inside the block, as it
    does when a loader allocates what a damaged header claims. Peaks only rise, so an allocation below an
    earlier peak goes unseen; without the ``resource`` module (Windows) the block only runs."""
    try:
        import resource
    except ImportError:
        yield
        return
    scale = 2**20 if sys.platform == "darwin" else 2**10  # ru_maxrss is in bytes on macOS, KiB on Linux
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    yield
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / scale
    assert grown < mib, f"peak memory grew by {grown:.0f} MiB"
