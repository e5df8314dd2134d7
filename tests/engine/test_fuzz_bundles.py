"""Malformed model bundles, made by mutating a real one: its manifest, its weights file's header and
bytes, and the whole archive. Every case loads, and its model then runs or says its weights do not fit,
or it ends in a BundleError naming the file; never another exception, a hang or a huge allocation."""

from __future__ import annotations

import io
import json
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.engine.bundle import MANIFEST, WEIGHTS, BundleError, load_bundle, save_bundle
from designer.engine.tensor_file import DTYPES, TensorFileError, load_tensors
from tests.engine.export_models import bundle_of
from tests.fuzzing import damaged_bytes, mutated_json, peak_memory_growth_below

#: A convolution, batch norm (with an int64 buffer), a residual block and a dense layer, on 1x4x4 inputs.
TINY = Architecture(
    InputSpec(1, 4, 4),
    (
        Layer.new("Conv2D", "conv", filters=2, kernel_size=3, padding="same"),
        Layer.new("BatchNorm", "bn"),
        Layer.new("Residual", "res", branches=[[Layer.new("Conv2D", "inner", filters=2, padding="same")]]),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=3, activation="softmax"),
    ),
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: More than any case needs: a model of TINY's size takes kilobytes.
MEMORY_MIB = 256


def _saved() -> tuple[dict, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "tiny.cnnbundle")
        save_bundle(bundle_of(TINY), path)
        with zipfile.ZipFile(path) as saved:
            return json.loads(saved.read(MANIFEST)), saved.read(WEIGHTS)


MANIFEST_DOCUMENT, WEIGHTS_BYTES = _saved()
_LENGTH = struct.unpack("<Q", WEIGHTS_BYTES[:8])[0]
HEADER_DOCUMENT = json.loads(WEIGHTS_BYTES[8 : 8 + _LENGTH])
BODY = WEIGHTS_BYTES[8 + _LENGTH :]


def archive(manifest: bytes, weights: bytes = WEIGHTS_BYTES) -> bytes:
    """A bundle's bytes with these members, compressed as save_bundle compresses them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(MANIFEST, manifest)
        out.writestr(WEIGHTS, weights)
    return buffer.getvalue()


def manifest_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def tensor_file(header: object, body: bytes = BODY) -> bytes:
    """The safetensors layout around ``header``: its 8-byte length, the JSON padded to 8 bytes, ``body``."""
    text = json.dumps(header, ensure_ascii=False).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + body


ORIGINAL = archive(manifest_bytes(MANIFEST_DOCUMENT))


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    return tmp_path_factory.mktemp("bundles") / "fuzzed.cnnbundle"


def outcome(raw: bytes, path: Path) -> str:
    """How a bundle of ``raw`` bytes fares: its model runs, its weights do not fit, or it is refused with
    a BundleError naming the file. Any other exception fails the test."""
    path.write_bytes(raw)
    with peak_memory_growth_below(MEMORY_MIB):
        try:
            bundle = load_bundle(path)
            model = bundle.model()
        except BundleError as error:
            refusal = str(error)
        else:
            with torch.no_grad():
                output = model(torch.zeros(1, *bundle.architecture.input.shape))
            assert output.shape[0] == 1
            return "runs"
    if refusal.startswith("the weights do not fit the architecture: "):  # model() knows no file
        return "weights do not fit"
    assert refusal.startswith(f"{path}: ")
    return f"refused: {refusal.removeprefix(f'{path}: ')}"


def test_the_original_runs(path):
    assert outcome(ORIGINAL, path) == "runs"


@FUZZ
@given(mutated_json(MANIFEST_DOCUMENT))
def test_mutated_manifests_load_or_say_why(path, document):
    event(outcome(archive(manifest_bytes(document)), path)[:40])


@FUZZ
@given(mutated_json(HEADER_DOCUMENT))
def test_mutated_weight_headers_load_or_say_why(path, header):
    event(outcome(archive(manifest_bytes(MANIFEST_DOCUMENT), tensor_file(header)), path)[:40])


@FUZZ
@given(damaged_bytes(WEIGHTS_BYTES))
def test_damaged_weight_files_load_or_say_why(path, weights):
    event(outcome(archive(manifest_bytes(MANIFEST_DOCUMENT), weights), path)[:40])


@FUZZ
@given(damaged_bytes(ORIGINAL))
def test_damaged_archives_load_or_say_why(path, raw):
    event(outcome(raw, path)[:40])


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(sorted(DTYPES)),
    st.lists(st.one_of(st.integers(0, 4), st.integers(0, 2**70)), max_size=6),
    st.integers(0, 64),
)
def test_tensors_of_any_claimed_shape_load_only_when_their_bytes_are_there(dtype, shape, size):
    """Huge and empty shapes, with or without the bytes they need: nothing is allocated for a claim."""
    data = tensor_file({"t": {"dtype": dtype, "shape": shape, "data_offsets": [0, size]}}, bytes(size))
    with peak_memory_growth_below(MEMORY_MIB):
        try:
            tensor = load_tensors(data)["t"]
        except TensorFileError:
            event("refused")
            return
    event("loaded")
    assert list(tensor.shape) == shape
    assert tensor.numel() * tensor.element_size() == size


# --- Regressions the fuzzing found --------------------------------------------------------------------------


def _with(document: dict, *keys: str | int, value: object) -> dict:
    copy = json.loads(json.dumps(document))
    holder = copy
    for key in keys[:-1]:
        holder = holder[key]
    holder[keys[-1]] = value
    return copy


@pytest.mark.parametrize(
    "text",
    [b"[" * 100_000 + b"]" * 100_000, b'{"format": ' + b"9" * 5000 + b"}"],
    ids=["nested too deeply", "a number of 5000 digits"],
)
def test_json_that_python_cannot_decode_is_refused_in_the_manifest_and_the_weights_header(path, text):
    assert outcome(archive(text), path) == "refused: the manifest is not JSON"
    header = struct.pack("<Q", len(text)) + text
    assert outcome(archive(manifest_bytes(MANIFEST_DOCUMENT), header), path) == (
        "refused: the tensor file's header is not JSON; it is not a tensor file"
    )


@pytest.mark.parametrize("shape", [[0, 2**70], [0, 2**62, 2**62], [3, 0, 2**64] + [2**40] * 10_000])
def test_an_empty_tensor_of_an_impossible_shape_is_refused(shape):
    with pytest.raises(TensorFileError, match="'t' has a shape too large for any tensor"):
        load_tensors(tensor_file({"t": {"dtype": "F32", "shape": shape, "data_offsets": [0, 0]}}))


def _central_directory_entry(raw: bytes, field: int, value: int) -> bytes:
    """``raw`` with a 2-byte field of the manifest's central directory entry set to ``value``."""
    at = raw.index(b"PK\x01\x02") + field
    return raw[:at] + struct.pack("<H", value) + raw[at + 2 :]


def test_zip_damage_that_zipfile_reports_in_other_ways_is_refused(path):
    start = 30 + len(MANIFEST)  # the manifest's compressed data, after its local header
    corrupt_deflate = ORIGINAL[:start] + b"\xff" * 16 + ORIGINAL[start + 16 :]
    cases = {
        "corrupt deflate data (zlib.error)": corrupt_deflate,
        "an unknown compression method (NotImplementedError)": _central_directory_entry(ORIGINAL, 10, 99),
        "an encrypted member (RuntimeError)": _central_directory_entry(ORIGINAL, 8, 1),
        "an offset before the file (OSError)": ORIGINAL[:-6] + struct.pack("<I", 2**32 - 1) + ORIGINAL[-2:],
    }
    for why, raw in cases.items():
        assert outcome(raw, path) == (
            "refused: not a bundle, or a truncated one (not a readable zip archive)"
        ), why


def test_an_architecture_that_cannot_be_built_is_refused_when_loading(path):
    document = _with(MANIFEST_DOCUMENT, "architecture", "layers", 0, "kernel_size", value=9)
    document = _with(document, "architecture", "layers", 0, "padding", value="valid")
    assert outcome(archive(manifest_bytes(document)), path).startswith(
        "refused: the manifest's architecture cannot be built: layer 1 (Conv2D): a 9x9 kernel does not fit"
    )


@pytest.mark.parametrize("std", [[0], [-1.5], [10**400]])
def test_normalisation_must_be_finite_numbers_with_a_positive_std(path, std):
    document = _with(MANIFEST_DOCUMENT, "std", value=std)
    assert outcome(archive(manifest_bytes(document)), path) == (
        "refused: the manifest's normalisation is not finite numbers with a positive std"
    )


def test_weights_that_do_not_fit_a_large_architecture_are_refused_before_it_is_built(path):
    """164 million parameters, which took 655 MB to build just to find that the weights do not fit."""
    document = _with(
        MANIFEST_DOCUMENT, "architecture", "input", value={"channels": 1, "height": 64, "width": 64}
    )
    document = _with(document, "architecture", "layers", 4, "units", value=20_000)
    document = _with(document, "class_names", value=[f"class {i}" for i in range(20_000)])
    assert outcome(archive(manifest_bytes(document)), path) == "weights do not fit"
