"""Per-epoch snapshots and shared weights: what the inspect timeline and live views are built on."""

from __future__ import annotations

import numpy as np
import torch

from designer.core.training import TrainingSettings
from designer.engine.builder import build_model
from designer.engine.evaluation import predict_all
from designer.engine.events import EpochEnded, EpochSnapshot, WeightsShared
from designer.engine.inspect_data import InspectData, normalise
from designer.engine.inspection import inspect_sample, kernel_weights
from designer.engine.run_folder import RunFolder
from designer.engine.snapshots import load_snapshots, save_snapshot, snapshot_path
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data

CPU = torch.device("cpu")
SETTINGS = TrainingSettings(epochs=2, batch_size=32, learning_rate=0.01, memory_format="nchw")


def train(architecture, dataset, folder, share=None):
    events: list = []
    data = prepare_data(dataset, SETTINGS, CPU)
    trainer = Trainer(
        architecture, SETTINGS, data, CPU, events.append, RunFolder(folder), share_weights_every=share
    )
    trainer.run()
    return trainer, data, events


def test_each_epoch_is_snapshotted_after_its_metrics_and_saved(small_net, squares, tmp_path):
    trainer, data, events = train(small_net, squares, tmp_path)
    snapshots = [e for e in events if isinstance(e, EpochSnapshot)]
    assert [s.epoch for s in snapshots] == [1, 2]
    ended = [i for i, e in enumerate(events) if isinstance(e, EpochEnded)]
    assert all(events.index(s) == i + 1 for s, i in zip(snapshots, ended, strict=True))
    last = snapshots[-1]
    # The kernels and the pinned sample's maps are the final model's own.
    np.testing.assert_array_equal(last.kernels_of("conv"), kernel_weights(trainer.model, "conv"))
    image, label = data.pinned
    assert label == last.label
    np.testing.assert_array_equal(last.image, image.numpy())
    expected = inspect_sample(trainer.model, small_net, normalise(image, data.normalization))
    for kept, computed in zip(last.sample.feature_maps, expected.feature_maps, strict=True):
        assert kept.layer == computed.layer
        np.testing.assert_allclose(kept.maps, computed.maps, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(last.sample.probabilities, expected.probabilities, rtol=1e-5, atol=1e-6)
    assert last.confusion.sum() == data.validation.samples
    # The folder holds the same snapshots, read back without unpickling.
    loaded, unreadable = load_snapshots(tmp_path)
    assert unreadable == 0
    assert [s.epoch for s in loaded] == [1, 2]
    np.testing.assert_array_equal(loaded[0].kernels_of("conv"), snapshots[0].kernels_of("conv"))
    np.testing.assert_array_equal(loaded[1].confusion, last.confusion)
    assert [m.layer for m in loaded[1].sample.feature_maps] == ["conv", "pool"]
    assert [m.kind for m in loaded[1].sample.feature_maps] == ["Conv2D", "MaxPool2D"]


def test_snapshots_differ_between_epochs(small_net, squares, tmp_path):
    trainer, _, _ = train(small_net, squares, tmp_path)
    first, second = trainer.snapshots
    assert not np.array_equal(first.kernels_of("conv"), second.kernels_of("conv"))


def test_an_unreadable_snapshot_file_is_skipped_and_counted(small_net, squares, tmp_path):
    trainer, _, _ = train(small_net, squares, tmp_path)
    snapshot_path(tmp_path, 1).write_bytes(b"not a zip file")
    snapshot_path(tmp_path, 7).write_bytes(b"PK\x03\x04 truncated")
    loaded, unreadable = load_snapshots(tmp_path)
    assert [s.epoch for s in loaded] == [2]
    assert unreadable == 2
    save_snapshot(tmp_path, trainer.snapshots[0])
    assert [s.epoch for s in load_snapshots(tmp_path)[0]] == [1, 2]


def test_shared_weights_are_copies_that_load_into_a_fresh_model(small_net, squares, tmp_path):
    trainer, data, events = train(small_net, squares, tmp_path, share=0.0)
    shared = [e for e in events if isinstance(e, WeightsShared)]
    assert len(shared) > 2
    assert shared[0].mean == data.normalization.mean
    # Every copy is its own: the first still holds the weights of the first batch.
    assert not torch.equal(shared[0].state["conv.conv.weight"], shared[-1].state["conv.conv.weight"])
    model = build_model(small_net)
    model.load_state_dict(shared[-1].state)
    for name, value in trainer.model.state_dict().items():
        assert torch.equal(model.state_dict()[name], value)


def test_no_weights_are_shared_unless_asked(small_net, squares, tmp_path):
    _, _, events = train(small_net, squares, tmp_path)
    assert not any(isinstance(e, WeightsShared) for e in events)


def test_predicting_every_test_sample_matches_the_evaluation(small_net, squares, tmp_path):
    trainer, data, events = train(small_net, squares, tmp_path)
    inspect = InspectData(
        "squares", squares.class_names, squares.test, squares.test.labels.numpy(), data.normalization
    )
    result = predict_all(trainer.model, inspect, data.normalization)
    assert result is not None
    test = events[-1].test
    np.testing.assert_array_equal(result.evaluation.confusion, test.confusion)
    assert abs(result.evaluation.loss - test.loss) < 1e-5
    assert result.evaluation.accuracy == test.accuracy
    for true in range(4):
        for predicted in range(4):
            cell = result.cell(true, predicted)
            assert len(cell) == test.confusion[true, predicted]
            assert (result.labels[cell] == true).all()
            assert (result.predicted[cell] == predicted).all()
    mistakes = result.mistakes()
    assert len(mistakes) == len(result.labels) - np.trace(test.confusion)
    assert (np.diff(result.confidence[mistakes]) <= 0).all()
    assert predict_all(trainer.model, inspect, data.normalization, should_stop=lambda: True) is None
