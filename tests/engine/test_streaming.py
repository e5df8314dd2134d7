"""Image folders too large for memory stream through DataLoader workers, end to end."""

from __future__ import annotations

import numpy as np
import torch

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.training import TrainingSettings
from designer.engine.batches import StreamedBatches
from designer.engine.datasets.base import StreamedDataset
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data
from tests.engine.dataset_files import write_image_folder


def test_a_large_folder_streams_and_trains(tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    dark = [rng.integers(0, 60, (10, 10, 3), dtype=np.uint8) for _ in range(20)]
    bright = [rng.integers(190, 255, (10, 10, 3), dtype=np.uint8) for _ in range(20)]
    write_image_folder(tmp_path / "images", {"dark": dark, "bright": bright})
    monkeypatch.setattr("designer.engine.datasets.catalogue.STREAM_ABOVE_BYTES", 0)

    dataset = load_dataset(str(tmp_path / "images"), (3, 8, 8), limit_test=6)
    assert isinstance(dataset, StreamedDataset)
    assert "stream from disk" in dataset.notes[0]
    assert (len(dataset.train), len(dataset.test)) == (32, 6)

    settings = TrainingSettings(epochs=2, batch_size=8, learning_rate=0.05, memory_format="nchw")
    data = prepare_data(dataset, settings, torch.device("cpu"))
    assert isinstance(data.train, StreamedBatches)
    assert (data.train.samples, data.validation.samples, data.test.samples) == (29, 3, 6)
    architecture = Architecture(
        InputSpec(3, 8, 8),
        (Layer.new("Flatten", "flat"), Layer.new("Dense", "out", units=2, activation="softmax")),
    )
    result = Trainer(architecture, settings, data, torch.device("cpu")).run()
    assert result.reason == "completed"
    assert result.test.accuracy == 1.0
