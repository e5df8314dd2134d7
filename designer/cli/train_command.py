"""``cnn-designer train``: the engine's trainer with a progress bar per epoch.

The last line printed on success is ``test_accuracy=0.9912 test_loss=0.0301``.
Ctrl+C stops after the current batch and still writes the run folder.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from tqdm import tqdm

from designer.cli.common import EXIT_INTERRUPTED, EXIT_RUN_FAILED, fail
from designer.core.architecture import Architecture
from designer.core.errors import DesignerError
from designer.core.fileformat import dumps_architecture, read_json_file, training_from_json
from designer.core.params import ParamError
from designer.core.presets import open_architecture
from designer.core.training import TrainingSettings
from designer.engine.checkpoint import Checkpoint, load_checkpoint
from designer.engine.datasets.base import no_progress
from designer.engine.datasets.catalogue import load_dataset
from designer.engine.distributed import (
    ProcessGroup,
    join_process_group,
    leave_process_group,
    process_device,
)
from designer.engine.events import BatchProgress, EpochEnded, Event, RunFinished, RunStarted
from designer.engine.run_folder import RunFolder
from designer.engine.trainer import Trainer, ignore
from designer.engine.training_data import prepare_data

#: Command-line flag -> training setting.
FLAGS = {
    "dataset": "dataset",
    "epochs": "epochs",
    "batch_size": "batch_size",
    "optimizer": "optimizer",
    "lr": "learning_rate",
    "device": "device",
    "seed": "seed",
}


def settings_for(args: argparse.Namespace, architecture: Architecture) -> TrainingSettings:
    """The design's suggested settings, then the ``--config`` file's, then the flags'."""
    settings = architecture.training or TrainingSettings()
    if args.config:
        document = read_json_file(args.config)
        parsed = training_from_json(document, f"{args.config}: $")
        settings = settings.with_values(**{key: getattr(parsed, key) for key in document})
    for flag, name in FLAGS.items():
        value = getattr(args, flag)
        if value is None:
            continue
        try:
            settings = settings.with_values(**{name: value})
        except ParamError as error:
            raise DesignerError(f"--{flag.replace('_', '-')}: {error}") from None
    return settings


class ProgressPrinter:
    """Turns trainer events into a progress bar per epoch and one line per finished epoch."""

    def __init__(self) -> None:
        self.bar: tqdm | None = None  # type: ignore[type-arg]

    def __call__(self, event: Event) -> None:
        if isinstance(event, RunStarted):
            print(
                f"Training {event.parameters:,} parameters on {event.train_samples:,} images"
                + (f" in {event.processes} processes" if event.processes > 1 else "")
                + " "
                f"(validation {event.validation_samples:,}, test {event.test_samples:,}), "
                f"{event.device}, {event.precision}, {event.memory_format}"
            )
            for note in event.notes:
                print(f"  {note}")
        elif isinstance(event, BatchProgress):
            if self.bar is None:
                self.bar = tqdm(total=event.batches, desc=f"epoch {event.epoch}", unit="batch", leave=False)
            self.bar.n = event.batch
            self.bar.set_postfix_str(
                f"loss {event.loss:.4f}, acc {event.accuracy:.4f}, {event.images_per_second:,.0f} img/s"
            )
        elif isinstance(event, EpochEnded):
            self.close()
            print(
                f"epoch {event.epoch}: loss {event.train_loss:.4f} acc {event.train_accuracy:.4f} | "
                f"val_loss {event.validation_loss:.4f} val_acc {event.validation_accuracy:.4f} | "
                f"{event.seconds:.1f} s, {event.images_per_second:,.0f} img/s",
                flush=True,
            )
        elif isinstance(event, RunFinished):
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


@contextmanager
def stop_on_interrupt(trainer: Trainer) -> Iterator[None]:
    """The first Ctrl+C asks the trainer to stop after this batch; a second one quits at once."""

    def handle(signum: int, frame: FrameType | None) -> None:
        print("\nStopping after this batch; press Ctrl+C again to quit at once.", file=sys.stderr)
        signal.signal(signal.SIGINT, previous)
        trainer.stop()

    previous = signal.signal(signal.SIGINT, handle)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _progress(message: str, fraction: float | None) -> None:
    percent = "" if fraction is None else f" {fraction:.0%}"
    print(f"\r{message}{percent}   ", end="", file=sys.stderr, flush=True)


def train(args: argparse.Namespace) -> int:
    architecture = open_architecture(args.arch)
    settings = settings_for(args, architecture)
    checkpoint = None
    if args.resume:
        if not args.out:
            return fail("--resume continues the run in --out DIR; give the folder")
        checkpoint = load_checkpoint(Path(args.out) / "last.pt")
        if checkpoint.architecture != dumps_architecture(architecture):
            return fail(f"{args.out} holds a run of a different architecture; resume it with that one")
        settings = training_from_json(checkpoint.settings).with_values(epochs=settings.epochs)
    group = join_process_group(settings.device)
    try:
        return _train(args, architecture, settings, checkpoint, group)
    finally:
        leave_process_group(group)


def _train(
    args: argparse.Namespace,
    architecture: Architecture,
    settings: TrainingSettings,
    checkpoint: Checkpoint | None,
    group: ProcessGroup | None,
) -> int:
    """One process's run; under ``torchrun`` only the first process prints and writes the run folder."""
    main = group is None or group.main
    device = process_device(group, settings.device)
    dataset = load_dataset(
        settings.dataset,
        architecture.input.shape,
        data_dir=args.data_dir,
        download=not args.no_download,
        limit_train=args.limit_train,
        limit_test=args.limit_test,
        progress=_progress if main else no_progress,
    )
    if main:
        print(file=sys.stderr)
    folder = RunFolder(args.out) if args.out and main else None
    shard = (0, 1) if group is None else (group.rank, group.world)
    trainer = Trainer(
        architecture,
        settings,
        prepare_data(dataset, settings, device, shard=shard),
        device,
        ProgressPrinter() if main else ignore,
        folder,
        group=group,
    )
    if checkpoint is not None:
        trainer.restore(checkpoint)
    with stop_on_interrupt(trainer):
        result = trainer.run()
    if result.reason == "stopped":
        return fail(f"{result.message}; the run folder keeps {result.epochs_done} epochs", EXIT_INTERRUPTED)
    if result.reason in ("failed", "diverged"):
        return fail(f"training {result.reason}: {result.message}", EXIT_RUN_FAILED)
    assert result.test is not None
    if not main:
        return 0
    if result.reason == "early_stopped":
        print(f"Stopped early: {result.message}.")
    print(f"test_accuracy={result.test.accuracy:.4f} test_loss={result.test.loss:.4f}")
    return 0
