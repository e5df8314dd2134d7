"""Training speed: our Trainer against a hand-written PyTorch loop and the usual tutorial pipeline.

Same model (built by our builder), same random in-memory data, same optimizer and batch size;
the methods take turns over several rounds and the medians are compared. ``--vs-keras`` adds
the same network in Keras (needs ``pip install tensorflow-cpu keras``).

The last line is ``lenet5_ratio=... cifar10_cnn_ratio=... tutorial_speedup=...`` (plus
``keras_ratio=...`` with ``--vs-keras``): ratios above 1 mean we are faster.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import torch
import torch.nn.functional as F
from PIL import Image
from torch.utils.data import DataLoader

from designer.core.architecture import Architecture
from designer.core.presets import load_preset
from designer.core.training import TrainingSettings
from designer.engine.builder import build_model
from designer.engine.datasets.base import Dataset, ImageData
from designer.engine.events import EpochEnded, Event
from designer.engine.trainer import Trainer
from designer.engine.training_data import prepare_data

CPU = torch.device("cpu")


def random_data(architecture: Architecture, count: int) -> Dataset:
    generator = torch.Generator().manual_seed(0)
    images = torch.randint(0, 256, (count, *architecture.input.shape), dtype=torch.uint8, generator=generator)
    labels = torch.randint(0, 10, (count,), generator=generator)
    data = ImageData(images, labels)
    return Dataset("random", tuple(str(i) for i in range(10)), data, data.head(256))


def settings_for(architecture: Architecture, batch_size: int) -> TrainingSettings:
    assert architecture.training is not None
    return architecture.training.with_values(
        batch_size=batch_size, epochs=1, validation="test", checkpoints="none", device="cpu"
    )


def ours(architecture: Architecture, dataset: Dataset, settings: TrainingSettings) -> float:
    """Images per second of the training part of one epoch, as the trainer reports it."""
    speeds: list[float] = []

    def record(event: Event) -> None:
        if isinstance(event, EpochEnded):
            speeds.append(event.images_per_second)

    Trainer(architecture, settings, prepare_data(dataset, settings, CPU), CPU, record).run()
    return speeds[0]


def plain_optimizer(model: torch.nn.Module, settings: TrainingSettings) -> torch.optim.Optimizer:
    """The optimizer as a user writes it: the same kind and hyperparameters, PyTorch's default code path."""
    params, lr = model.parameters(), settings.learning_rate
    if settings.optimizer == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=0.9, eps=1e-7, momentum=settings.momentum)
    if settings.optimizer == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=settings.momentum)
    return torch.optim.Adam(params, lr=lr)


def hand_written(architecture: Architecture, dataset: Dataset, settings: TrainingSettings) -> float:
    """The loop a PyTorch user writes: normalised float tensors in memory, sliced in order."""
    torch.manual_seed(0)
    model = build_model(architecture)
    optimizer = plain_optimizer(model, settings)
    images = (dataset.train.images.float() / 255 - 0.5) / 0.25
    labels = dataset.train.labels
    size = settings.batch_size
    start = time.perf_counter()
    model.train()
    for first in range(0, len(images), size):
        loss = F.cross_entropy(model(images[first : first + size]), labels[first : first + size])
        optimizer.zero_grad()
        loss.backward()  # type: ignore[no-untyped-call]
        optimizer.step()
    return len(images) / (time.perf_counter() - start)


class TutorialDataset(torch.utils.data.Dataset[tuple[torch.Tensor, int]]):
    """What torchvision's CIFAR10 does per sample: array -> PIL image -> ToTensor -> Normalize."""

    def __init__(self, dataset: Dataset) -> None:
        from torchvision import transforms

        self.images = dataset.train.images.permute(0, 2, 3, 1).numpy()
        self.labels = dataset.train.labels.tolist()
        channels = self.images.shape[-1]
        self.transform = transforms.Compose(
            [transforms.ToTensor(), transforms.Normalize((0.5,) * channels, (0.25,) * channels)]
        )

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, int]:
        pixels = self.images[index]
        image = Image.fromarray(pixels[..., 0] if pixels.shape[-1] == 1 else pixels)
        return self.transform(image), self.labels[index]


def tutorial(architecture: Architecture, dataset: Dataset, settings: TrainingSettings) -> float:
    torch.manual_seed(0)
    model = build_model(architecture)
    optimizer = plain_optimizer(model, settings)
    loader = DataLoader(TutorialDataset(dataset), batch_size=settings.batch_size, shuffle=True, num_workers=2)
    start = time.perf_counter()
    for images, labels in loader:
        loss = F.cross_entropy(model(images), labels)
        optimizer.zero_grad()
        loss.backward()  # type: ignore[no-untyped-call]
        optimizer.step()
    return len(dataset.train) / (time.perf_counter() - start)


def keras(architecture: Architecture, dataset: Dataset, settings: TrainingSettings) -> float:
    """The seed's own Keras code path: the same CIFAR-10 network trained with ``fit``."""
    import keras as k  # optional: pip install tensorflow-cpu keras

    layers = k.layers
    model = k.Sequential(
        [
            k.Input((32, 32, 3)),
            layers.Conv2D(32, 3, padding="same", activation="relu"),
            layers.Conv2D(32, 3, activation="relu"),
            layers.MaxPooling2D(2),
            layers.Dropout(0.25),
            layers.Conv2D(64, 3, padding="same", activation="relu"),
            layers.Conv2D(64, 3, activation="relu"),
            layers.MaxPooling2D(2),
            layers.Dropout(0.25),
            layers.Flatten(),
            layers.Dense(512, activation="relu"),
            layers.Dropout(0.5),
            layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(k.optimizers.RMSprop(settings.learning_rate), "sparse_categorical_crossentropy")
    images = (dataset.train.images.permute(0, 2, 3, 1).float().numpy() / 255 - 0.5) / 0.25
    labels = dataset.train.labels.numpy()
    model.fit(images[:512], labels[:512], batch_size=settings.batch_size, epochs=1, verbose=0)
    start = time.perf_counter()
    model.fit(images, labels, batch_size=settings.batch_size, epochs=1, verbose=0)
    return len(images) / (time.perf_counter() - start)


Method = Callable[[Architecture, Dataset, TrainingSettings], float]


def compare(preset: str, count: int, rounds: int, methods: dict[str, Method]) -> dict[str, float]:
    architecture = load_preset(preset)
    dataset = random_data(architecture, count)
    settings = settings_for(architecture, 64)
    speeds: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(rounds):
        for name, method in methods.items():
            speeds[name].append(method(architecture, dataset, settings))
    medians = {name: statistics.median(values) for name, values in speeds.items()}
    for name, value in medians.items():
        runs = ", ".join(f"{v:,.0f}" for v in speeds[name])
        print(f"{preset:12} {name:13} {value:8,.0f} img/s  (runs: {runs})")
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--vs-keras", action="store_true", help="also time Keras on the CIFAR-10 network")
    args = parser.parse_args()
    lenet = compare("lenet5", 12_288, args.rounds, {"ours": ours, "hand_written": hand_written})
    cifar_methods: dict[str, Method] = {"ours": ours, "hand_written": hand_written, "tutorial": tutorial}
    if args.vs_keras:
        cifar_methods["keras"] = keras
    cifar = compare("cifar10_cnn", 3_072, args.rounds, cifar_methods)
    line = (
        f"lenet5_ratio={lenet['ours'] / lenet['hand_written']:.3f} "
        f"cifar10_cnn_ratio={cifar['ours'] / cifar['hand_written']:.3f} "
        f"tutorial_speedup={cifar['ours'] / cifar['tutorial']:.3f}"
    )
    if args.vs_keras:
        line += f" keras_ratio={cifar['ours'] / cifar['keras']:.3f}"
    print(line)


if __name__ == "__main__":
    main()
