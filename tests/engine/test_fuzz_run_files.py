"""Damaged files of a run folder, made by mutating those of a real one-epoch run: its checkpoint (bytes,
and values of wrong types, huge numbers and missing keys in the saved dict), its epoch snapshot, its
``metrics.json`` and ``result.json``, and the folder as ``load_bundle`` opens it. Every case loads or
ends in the reader's own error naming the file (a snapshot is skipped and counted), and a checkpoint that
loads can be resumed from; never another exception, a hang or a huge allocation.

Nothing reads ``metrics.csv``, ``config.json``, ``data.json`` or ``architecture.json`` back: they are
for the user's own tools.
"""

from __future__ import annotations

import copy
import io
import json
import math
import struct
import zipfile
import zlib
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.errors import DesignerError
from designer.core.metrics_files import FOLDER_METRICS_JSON, read_metrics
from designer.core.runs import METRICS
from designer.core.training import TrainingSettings
from designer.engine.bundle import BundleError, load_bundle
from designer.engine.checkpoint import Checkpoint, CheckpointError, load_checkpoint
from designer.engine.datasets.base import Dataset
from designer.engine.run_folder import RunFolder
from designer.engine.snapshots import FOLDER, load_snapshots, snapshot_path
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data
from tests.engine.conftest import bright_squares
from tests.fuzzing import (
    MUTATIONS,
    ODD_VALUES,
    damaged_bytes,
    json_places,
    mutate_json,
    mutated_json,
    peak_memory_growth_below,
)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Far more than any case needs: the run's files are a few kilobytes.
MEMORY_MIB = 128
CPU = torch.device("cpu")
SMALL = Architecture(
    InputSpec(1, 8, 8),
    (
        Layer.new("Conv2D", "conv", filters=2, kernel_size=3, padding="same"),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "out", units=2, activation="softmax"),
    ),
)
SETTINGS = TrainingSettings(epochs=1, batch_size=16, learning_rate=0.01, memory_format="nchw")


def trainer(folder: Path | None = None) -> Trainer:
    dataset = Dataset("squares", ("a", "b"), bright_squares(48, 1, 8, 2), bright_squares(16, 2, 8, 2))
    return Trainer(
        SMALL, SETTINGS, prepare_data(dataset, SETTINGS, CPU), CPU, folder=folder and RunFolder(folder)
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> dict[str, bytes]:
    """The files of a one-epoch run, by name."""
    folder = tmp_path_factory.mktemp("run")
    assert trainer(folder).run().reason == "completed"
    names = ["last.pt", "result.json", FOLDER_METRICS_JSON, f"{FOLDER}/{snapshot_path('', 1).name}"]
    return {name: (folder / name).read_bytes() for name in names}


@pytest.fixture(scope="module")
def resumer() -> Trainer:
    return trainer()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzzed")


def checkpoint_outcome(raw: bytes, folder: Path, resumer: Trainer | None) -> str:
    """'resumed' when the checkpoint loads and ``resumer`` continues from it ('loaded' without one), else
    the CheckpointError's text after the file's name."""
    path = folder / "last.pt"
    path.write_bytes(raw)
    with peak_memory_growth_below(MEMORY_MIB):
        try:
            checkpoint = load_checkpoint(path)
        except CheckpointError as error:
            refusal = str(error)
        else:
            if resumer is None:
                return "loaded"
            try:
                resumer.restore(checkpoint)
            except CheckpointError as error:  # the states do not fit the run: only restoring tells
                return f"refused on resume: {error}"
            assert [row.epoch for row in resumer.history] == [row["epoch"] for row in checkpoint.history]
            return "resumed"
    assert refusal.startswith(f"{path}: "), refusal
    return refusal.removeprefix(f"{path}: ")


def saved(document: object) -> bytes:
    buffer = io.BytesIO()
    torch.save(document, buffer)
    return buffer.getvalue()


def test_the_original_checkpoint_resumes(run, folder, resumer):
    assert checkpoint_outcome(run["last.pt"], folder, resumer) == "resumed"
    assert resumer.history[0].epoch == 1


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
@FUZZ
@given(st.data())
def test_damaged_checkpoints_resume_or_are_refused(run, folder, resumer, data):
    """A flipped bit in a tensor's name or in the optimizer's state loads; restoring finds the misfit."""
    event(checkpoint_outcome(data.draw(damaged_bytes(run["last.pt"])), folder, resumer)[:50])


#: The fields the trainer restores besides its model, optimizer and schedule (whose fit to the run only
#: it can tell), and those the run folder's readers copy.
RESTORED = ("epoch", "history", "best_accuracy", "epochs_since_best", "memory_format")
COPIED = ("architecture", "settings", "class_names", "mean", "std")


@st.composite
def odd_field(draw: st.DrawFn, names: tuple[str, ...]) -> tuple[str, str, object]:
    """A field, how it is changed ('replace', 'delete', or a JSON 'mutate' of its own value) and a value."""
    return (
        draw(st.sampled_from(names)),
        draw(st.sampled_from(["replace", "delete", "mutate"])),
        draw(ODD_VALUES),
    )


def mutated_checkpoint(original: dict, name: str, how: str, value: object, data: st.DataObject) -> bytes:
    document = dict(original)
    if how == "delete":
        del document[name]
    elif how == "replace" or not isinstance(document[name], list | dict | str | int | float):
        document[name] = value
    else:  # as mutated_json does, but on values that hold tensors
        value = copy.deepcopy(document[name])
        place = data.draw(st.sampled_from(json_places(value)))
        document[name] = mutate_json(value, place, data.draw(MUTATIONS), data.draw(ODD_VALUES))
    return saved(document)


@FUZZ
@given(odd_field(RESTORED + COPIED + ("format", "version")), st.data())
def test_checkpoints_with_odd_values_resume_or_are_refused(run, folder, resumer, field, data):
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    event(checkpoint_outcome(mutated_checkpoint(original, *field, data), folder, resumer)[:50])


@FUZZ
@given(odd_field(tuple(f.name for f in fields(Checkpoint))), st.data())
def test_odd_values_in_any_field_load_as_their_type_or_are_refused(run, folder, field, data):
    """The model, optimizer and schedule too: a checkpoint that loads has the types its fields promise.
    Whether their tensors and values fit the run is for the trainer to find (load_state_dict)."""
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    path = folder / "any.pt"
    path.write_bytes(mutated_checkpoint(original, *field, data))
    try:
        checkpoint = load_checkpoint(path)
    except CheckpointError as error:
        refusal = str(error)
    else:
        refusal = None
    event("loaded" if refusal is None else "refused")
    if refusal is not None:
        assert refusal.startswith(f"{path}: "), refusal
        return
    assert all(isinstance(value, torch.Tensor) for value in checkpoint.model.values())
    assert all(isinstance(checkpoint.__dict__[name], dict) for name in ("optimizer", "schedule", "settings"))
    assert all(isinstance(name, str) for name in checkpoint.class_names)
    assert all(math.isfinite(x) for x in checkpoint.mean + checkpoint.std)
    assert min(checkpoint.std) > 0
    assert all(list(row) == list(METRICS) for row in checkpoint.history)


# --- The run folder as a model, with its result.json -----------------------------------------------------


def folder_outcome(folder: Path) -> str:
    """How ``load_bundle`` fares with a run folder: its model runs, with test metrics that are finite
    numbers, or a BundleError or CheckpointError names a file of the folder."""
    with peak_memory_growth_below(MEMORY_MIB):
        try:
            bundle = load_bundle(folder)
            model = bundle.model()
        except (BundleError, CheckpointError) as error:
            refusal = str(error)
        else:
            with torch.no_grad():
                assert model(torch.zeros(1, *bundle.architecture.input.shape)).shape[0] == 1
            assert set(bundle.metrics) <= {"test_accuracy", "test_loss"}
            assert all(type(value) is float and math.isfinite(value) for value in bundle.metrics.values())
            return f"runs with {sorted(bundle.metrics)}"
    assert refusal.startswith((f"{folder / 'last.pt'}: ", "the weights do not fit the architecture: ")), (
        refusal
    )
    return refusal.removeprefix(f"{folder / 'last.pt'}: ")


def run_folder(folder: Path, run: dict[str, bytes], **changed: bytes) -> Path:
    for name in ("last.pt", "result.json"):
        (folder / name).write_bytes(changed.get(name, run[name]))
    return folder


@FUZZ
@given(st.data())
def test_mutated_result_files_give_finite_metrics_or_none(run, folder, data):
    document = json.loads(run["result.json"])
    raw = data.draw(
        st.one_of(
            mutated_json(document).map(lambda changed: json.dumps(changed, ensure_ascii=False).encode()),
            damaged_bytes(run["result.json"]),
        )
    )
    outcome = folder_outcome(run_folder(folder, run, **{"result.json": raw}))
    assert outcome.startswith("runs with ")
    event(outcome)


@FUZZ
@given(st.sampled_from(["architecture", "settings"]), st.data())
def test_checkpoints_with_a_mutated_architecture_or_settings_run_or_are_named(run, folder, name, data):
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    value = json.loads(original[name]) if name == "architecture" else original[name]
    value = data.draw(mutated_json(value))
    changed = {**original, name: json.dumps(value) if name == "architecture" else value}
    event(folder_outcome(run_folder(folder, run, **{"last.pt": saved(changed)}))[:50])


# --- metrics.json ----------------------------------------------------------------------------------------


def metrics_outcome(raw: bytes, folder: Path) -> str:
    path = folder / FOLDER_METRICS_JSON
    path.write_bytes(raw)
    with peak_memory_growth_below(MEMORY_MIB):
        try:
            epochs = read_metrics(folder)
        except DesignerError as error:
            refusal = str(error)
        else:
            refusal = None
    if refusal is not None:
        assert refusal.startswith(str(path)), refusal
        return "refused"
    assert all(isinstance(epoch.epoch, int) and epoch.epoch >= 1 for epoch in epochs)
    return f"{len(epochs)} epochs"


@FUZZ
@given(st.data())
def test_mutated_metrics_files_read_or_are_named(run, folder, data):
    rows = json.loads(run[FOLDER_METRICS_JSON])
    raw = data.draw(
        st.one_of(
            mutated_json(rows).map(lambda changed: json.dumps(changed, ensure_ascii=False).encode()),
            damaged_bytes(run[FOLDER_METRICS_JSON]),
        )
    )
    event(metrics_outcome(raw, folder))


# --- Epoch snapshots -------------------------------------------------------------------------------------


def snapshot_outcome(raw: bytes, folder: Path) -> str:
    """'read' or 'skipped': a snapshot file is never an exception, only left out and counted."""
    path = snapshot_path(folder, 1)
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(raw)
    with peak_memory_growth_below(MEMORY_MIB):
        snapshots, unreadable = load_snapshots(folder)
    assert len(snapshots) + unreadable == 1
    if unreadable:
        return "skipped"
    (snapshot,) = snapshots
    assert snapshot.image.ndim == 3
    assert snapshot.sample.probabilities.ndim == 1
    return "read"


def arrays(raw: bytes) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(raw)) as data:
        return dict(data)


def npz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, member in members.items():
            out.writestr(f"{name}.npy", member)
    return buffer.getvalue()


def npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def odd_array(dtype: type, shape: list[int], value: float) -> np.ndarray:
    with np.errstate(all="ignore"):  # NaN and 1e300 as integers
        return np.full(shape, value).astype(dtype)


#: Arrays of any plain type and small shape, and text arrays.
ODD_ARRAYS = st.one_of(
    st.tuples(
        st.sampled_from([np.uint8, np.int64, np.float32, np.float64, np.bool_, np.uint64, np.complex64]),
        st.lists(st.integers(0, 5), max_size=4),
        st.sampled_from([0, 1, 255, -1, 1e300, math.nan, math.inf]),
    ).map(lambda spec: odd_array(*spec)),
    st.lists(st.text(max_size=5), max_size=3).map(lambda texts: np.array(texts, dtype=str)),
)


@FUZZ
@given(st.data())
def test_damaged_snapshots_are_read_or_skipped(run, folder, data):
    event(snapshot_outcome(data.draw(damaged_bytes(run[f"{FOLDER}/epoch-001.npz"])), folder))


@FUZZ
@given(st.data(), st.one_of(ODD_ARRAYS, st.none()))
def test_snapshots_with_odd_arrays_are_read_or_skipped(run, folder, data, replacement):
    members = {name: npy(array) for name, array in arrays(run[f"{FOLDER}/epoch-001.npz"]).items()}
    name = data.draw(st.sampled_from(sorted(members)))
    if replacement is None:
        del members[name]
    else:
        members[name] = npy(replacement)
    event(snapshot_outcome(npz(members), folder))


@settings(FUZZ, max_examples=40)
@given(
    st.sampled_from(["image", "confusion", "probabilities", "map_0", "kernel_0", "epoch"]),
    st.lists(st.one_of(st.integers(0, 4), st.integers(0, 2**62)), min_size=1, max_size=3),
)
def test_snapshot_arrays_claiming_any_shape_allocate_nothing(run, folder, name, shape):
    """A header claiming billions of elements, over the array's few stored bytes."""
    members = {name: npy(array) for name, array in arrays(run[f"{FOLDER}/epoch-001.npz"]).items()}
    header = f"{{'descr': '<f4', 'fortran_order': False, 'shape': {tuple(shape)}, }}".encode()
    header += b" " * (-(len(header) + 11) % 64) + b"\n"
    body = members[name][members[name].index(b"\n") + 1 :]
    members[name] = b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + body
    event(snapshot_outcome(npz(members), folder))


# --- Regressions the fuzzing found --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("class_names", 5, "its class names are not a list of texts"),  # TypeError in tuple() when used
        ("mean", [10**400], "its normalisation is not finite numbers"),  # OverflowError when used
        ("std", [0.0], "its normalisation is not finite numbers with a positive std"),
        (
            "memory_format",
            ["nchw"],
            "its architecture is not text or its memory format is unknown",
        ),  # KeyError when resuming
        ("history", [{"epoch": 1, "loss?": 2}], "its history holds something other"),  # TypeError resuming
        ("epoch", "3", "its epoch counts or best accuracy are not numbers"),
        ("model", {"conv.weight": [1.0]}, "its model weights are not named tensors"),
    ],
)
def test_checkpoint_values_of_the_wrong_type_are_refused_on_loading(
    run, folder, resumer, name, value, problem
):
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    outcome = checkpoint_outcome(saved({**original, name: value}), folder, resumer)
    assert outcome.startswith(f"the checkpoint is damaged: {problem}")
    assert outcome.endswith("; train the run again")


def test_a_history_row_without_a_metric_resumes_with_nan(run, folder, resumer):
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    row = {key: value for key, value in original["history"][0].items() if key != "seconds"}
    assert checkpoint_outcome(saved({**original, "history": [row]}), folder, resumer) == "resumed"
    assert math.isnan(resumer.history[0].seconds)


def test_a_checkpoint_without_a_field_names_it(run, folder, resumer):
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    del original["std"]
    assert (
        checkpoint_outcome(saved(original), folder, resumer) == "the checkpoint is incomplete (it has no std)"
    )


def test_a_checkpoint_whose_architecture_is_not_one_is_named_by_the_folder(run, folder):
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    changed = saved({**original, "architecture": '{"format": "cnn-designer/architecture", "version": 1}'})
    refusal = folder_outcome(run_folder(folder, run, **{"last.pt": changed}))
    assert "the checkpoint's architecture" in refusal  # a FormatError without the file's name before


def test_a_checkpoint_whose_architecture_cannot_be_built_is_named_by_the_folder(run, folder):
    """A DesignError without the file's name came from building the model before."""
    original = torch.load(io.BytesIO(run["last.pt"]), weights_only=True)
    document = json.loads(original["architecture"])
    del document["layers"][1]  # the Flatten before the Dense layer
    changed = saved({**original, "architecture": json.dumps(document)})
    assert folder_outcome(run_folder(folder, run, **{"last.pt": changed})).startswith(
        "the checkpoint's architecture cannot be built: layer 2 (Dense): Dense needs a flat vector"
    )


@pytest.mark.parametrize(
    "text",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"test": {"accuracy": ' + b"9" * 5000 + b"}}",
        b'{"test": {"accuracy": true}}',
    ],
    ids=["nested too deeply (RecursionError)", "a number of 5000 digits", "true as an accuracy"],
)
def test_result_files_python_cannot_decode_give_no_metrics(run, folder, text):
    assert folder_outcome(run_folder(folder, run, **{"result.json": text})) == "runs with []"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "not usable: its JSON is nested too deeply"),  # RecursionError
        (b"[" + b"9" * 5000 + b"]", "not valid JSON (a whole number of more than 300 digits)"),  # ValueError
        (b'[{"epoch": 1, "train_loss": 1e400}]', "not valid JSON (the number 1e400 is too large)"),
    ],
)
def test_metrics_files_python_cannot_decode_are_named(folder, text, problem):
    path = folder / FOLDER_METRICS_JSON
    path.write_bytes(text)
    with pytest.raises(DesignerError) as raised:
        read_metrics(folder)
    assert str(raised.value) == f"{path} is not readable JSON ({problem}); train the run again"


@pytest.mark.parametrize(
    ("name", "array"),
    [
        ("epoch", np.array([1, 2])),  # TypeError in int()
        ("label", np.array(math.inf)),  # OverflowError in int()
        ("confusion", np.zeros((2, 3))),  # not a square matrix
        ("image", np.zeros(5, dtype=np.uint8)),  # not (C, H, W)
        ("probabilities", np.ones(2, dtype=np.complex64)),  # ComplexWarning when cast
    ],
)
def test_snapshot_arrays_of_other_shapes_are_skipped(run, folder, name, array):
    members = {key: npy(value) for key, value in arrays(run[f"{FOLDER}/epoch-001.npz"]).items()}
    members[name] = npy(array)
    assert snapshot_outcome(npz(members), folder) == "skipped"


def test_a_snapshot_with_corrupt_compressed_data_is_skipped(run, folder):
    """zlib.error, which zipfile does not turn into BadZipFile."""
    raw = run[f"{FOLDER}/epoch-001.npz"]
    at = zipfile.ZipFile(io.BytesIO(raw)).getinfo("image.npy").header_offset
    name_length, extra_length = struct.unpack("<HH", raw[at + 26 : at + 30])
    start = at + 30 + name_length + extra_length  # the member's compressed data
    damaged = raw[:start] + b"\xff" * 16 + raw[start + 16 :]
    with pytest.raises(zlib.error):
        zipfile.ZipFile(io.BytesIO(damaged)).read("image.npy")
    assert snapshot_outcome(damaged, folder) == "skipped"


def test_a_snapshot_array_claiming_a_huge_shape_is_skipped_without_allocating(run, folder):
    """np.load allocated what the header claimed before reading: 2**40 floats is a MemoryError."""
    members = {key: npy(value) for key, value in arrays(run[f"{FOLDER}/epoch-001.npz"]).items()}
    header = b"{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627776,), }"
    header += b" " * (-(len(header) + 11) % 64) + b"\n"
    members["probabilities"] = b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + bytes(8)
    assert snapshot_outcome(npz(members), folder) == "skipped"


def test_a_checkpoint_whose_states_do_not_fit_the_run_is_refused_on_resume(run, folder, resumer):
    (folder / "last.pt").write_bytes(run["last.pt"])
    checkpoint = load_checkpoint(folder / "last.pt")
    first = next(iter(checkpoint.model))
    checkpoint.model[first + "_renamed"] = checkpoint.model.pop(first)
    with pytest.raises(CheckpointError, match=r"^the checkpoint does not fit this run \(RuntimeError\)"):
        resumer.restore(checkpoint)
    checkpoint = load_checkpoint(folder / "last.pt")
    checkpoint.optimizer = {"state": {}}
    with pytest.raises(CheckpointError, match=r"^the checkpoint does not fit this run \(KeyError\)"):
        resumer.restore(checkpoint)
