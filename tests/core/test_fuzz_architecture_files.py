"""Malformed architecture files, made by mutating real ones (blocks included): every case loads or
ends in a FormatError naming the problem; never another exception, a hang or a blow-up."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from designer.core.errors import FormatError
from designer.core.fileformat import architecture_to_json, parse_architecture
from designer.core.inference import infer
from designer.core.presets import load_preset, preset_names
from tests.fuzzing import damaged_bytes, mutated_json

DOCUMENTS = {name: architecture_to_json(load_preset(name)) for name in preset_names()}
RAW = {name: json.dumps(document).encode() for name, document in DOCUMENTS.items()}


def load_or_refusal(data: str | bytes, where: str) -> FormatError | None:
    """The loader's refusal, or None when the file loads and its design can be inferred."""
    try:
        infer(parse_architecture(data, where))  # a file that loads is one the designer can show
    except FormatError as error:
        return error
    return None


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(sorted(DOCUMENTS)).flatmap(lambda name: mutated_json(DOCUMENTS[name])))
def test_mutated_documents_load_or_say_why(document):
    refusal = load_or_refusal(json.dumps(document), "fuzzed.json")
    event("loaded" if refusal is None else f"refused: {str(refusal).split(': ', 2)[-1][:30]}")
    assert refusal is None or str(refusal).startswith("fuzzed.json")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(RAW)).flatmap(lambda name: damaged_bytes(RAW[name])))
def test_damaged_bytes_load_or_say_why(raw):
    refusal = load_or_refusal(raw, "damaged.json")
    assert refusal is None or str(refusal).startswith("damaged.json")
