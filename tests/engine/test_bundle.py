"""Model bundles: one file that round-trips a trained model, and never runs code from what it reads."""

from __future__ import annotations

import io
import json
import pickle
import zipfile

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from designer.core.runs import FOLDER_BUNDLE
from designer.core.training import TrainingSettings
from designer.engine.bundle import BundleError, load_bundle, save_bundle
from designer.engine.checkpoint import CheckpointError
from designer.engine.run_folder import RunFolder
from designer.engine.tensor_file import DTYPES, METADATA, TensorFileError, dump_tensors, load_tensors
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data

CPU = torch.device("cpu")
SETTINGS = TrainingSettings(epochs=1, batch_size=32, learning_rate=0.01, memory_format="nchw")


@pytest.fixture
def run_folder(small_net, squares, tmp_path):
    folder = tmp_path / "run"
    trainer = Trainer(
        small_net, SETTINGS, prepare_data(squares, SETTINGS, CPU), CPU, folder=RunFolder(folder)
    )
    result = trainer.run()
    return folder, trainer, result


def test_a_finished_run_leaves_a_bundle_that_reproduces_the_model(run_folder):
    folder, trainer, result = run_folder
    bundle = load_bundle(folder / FOLDER_BUNDLE)
    assert bundle.class_names == ("a", "b", "c", "d")
    assert bundle.normalization == trainer.data.normalization
    assert bundle.architecture.training == SETTINGS
    assert bundle.architecture.layers == trainer.architecture.layers
    assert bundle.metrics == {
        "test_accuracy": result.test.accuracy,
        "test_loss": result.test.loss,
        "epochs": 1,
    }
    x = torch.randn(5, 1, 16, 16)
    trainer.model.eval()
    with torch.no_grad():
        torch.testing.assert_close(bundle.model()(x), trainer.model(x), rtol=0, atol=0)
    # The run folder stands in for its bundle, and without it for its best checkpoint.
    assert load_bundle(folder).state.keys() == bundle.state.keys()
    (folder / FOLDER_BUNDLE).unlink()
    from_checkpoint = load_bundle(folder)
    assert from_checkpoint.class_names == bundle.class_names
    assert from_checkpoint.metrics["test_accuracy"] == result.test.accuracy
    with torch.no_grad():
        torch.testing.assert_close(from_checkpoint.model()(x), trainer.model(x), rtol=0, atol=0)


class Exploit:
    """Unpickling this would write a marker file."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def rewritten(path, tmp_path, **members: bytes):
    """A copy of the bundle at ``path`` with some members replaced."""
    target = tmp_path / "changed.cnnbundle"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            out.writestr(name, members.get(name.replace(".", "_"), source.read(name)))
    return target


def test_a_bundle_carrying_a_pickle_is_refused_and_runs_nothing(run_folder, tmp_path):
    folder, _, _ = run_folder
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Exploit(str(marker)))
    bad = rewritten(folder / FOLDER_BUNDLE, tmp_path, weights_safetensors=payload)
    with pytest.raises(BundleError, match="not a tensor file"):
        load_bundle(bad)
    assert not marker.exists()
    # A torch.save'd pickle in place of the weights is refused the same way.
    buffer = io.BytesIO()
    torch.save({"weight": Exploit(str(marker))}, buffer)
    with pytest.raises(BundleError, match="tensor file"):
        load_bundle(rewritten(folder / FOLDER_BUNDLE, tmp_path, weights_safetensors=buffer.getvalue()))
    assert not marker.exists()
    # A run folder's checkpoint loads weights only: a malicious one is refused too.
    (folder / FOLDER_BUNDLE).unlink()
    (folder / "best.pt").write_bytes(buffer.getvalue())
    with pytest.raises(CheckpointError, match="not a usable checkpoint"):
        load_bundle(folder)
    assert not marker.exists()


def test_newer_truncated_foreign_and_mismatched_bundles_are_explained(run_folder, tmp_path):
    folder, _, _ = run_folder
    path = folder / FOLDER_BUNDLE
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    newer = rewritten(path, tmp_path, manifest_json=json.dumps({**manifest, "version": 99}).encode())
    with pytest.raises(BundleError, match="newer than this cnn-designer reads"):
        load_bundle(newer)
    truncated = tmp_path / "truncated.cnnbundle"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(BundleError, match="truncated"):
        load_bundle(truncated)
    with pytest.raises(BundleError, match="not a cnn-designer bundle"):
        load_bundle(rewritten(path, tmp_path, manifest_json=b'{"format": "something else"}'))
    state = load_bundle(path).state
    state["conv.conv.weight"] = torch.zeros(8, 1, 3, 3)
    wrong = tmp_path / "wrong.cnnbundle"
    save_bundle(load_bundle(path).__class__(**{**load_bundle(path).__dict__, "state": state}), wrong)
    with pytest.raises(BundleError, match="do not fit the architecture"):
        load_bundle(wrong).model()
    with pytest.raises(BundleError, match="no such bundle"):
        load_bundle(tmp_path / "missing.cnnbundle")
    with pytest.raises(BundleError, match="holds no model"):
        load_bundle(tmp_path)


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=12).filter(lambda name: name != METADATA),
        st.tuples(st.sampled_from(sorted(DTYPES)), st.lists(st.integers(0, 4), max_size=3)),
        max_size=5,
    )
)
def test_tensors_round_trip_exactly(specs):
    """Every name but the header's metadata key, every stored dtype and shape, bit for bit."""
    tensors = {}
    for name, (dtype_name, shape) in specs.items():
        dtype = DTYPES[dtype_name]
        values = torch.randn(shape) * 100
        tensors[name] = values > 0 if dtype == torch.bool else values.to(dtype)
    loaded = load_tensors(dump_tensors(tensors))
    assert loaded.keys() == tensors.keys()
    for name, tensor in tensors.items():
        assert loaded[name].dtype == tensor.dtype
        assert torch.equal(loaded[name], tensor)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x01",
        b"\xff" * 8 + b"{}",
        b"\x02\x00\x00\x00\x00\x00\x00\x00[]",
        b"\x04\x00\x00\x00\x00\x00\x00\x00\xff\xfe{}",
    ],
)
def test_malformed_tensor_files_are_refused(data):
    with pytest.raises(TensorFileError):
        load_tensors(data)


def test_entries_that_overrun_the_data_are_refused():
    good = dump_tensors({"w": torch.ones(4)})
    with pytest.raises(TensorFileError, match="does not fit"):
        load_tensors(good[:-4])


def test_the_metadata_key_cannot_name_a_tensor():
    with pytest.raises(ValueError, match="header's own key"):
        dump_tensors({METADATA: torch.zeros(1)})
