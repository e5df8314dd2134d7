"""The training loop: runs in the calling thread, reports through events, obeys stop and pause.

Metrics accumulate on the device; the host reads them only for the throttled progress
reports and at the end of an epoch.  Each epoch reseeds every random source from
``(seed, epoch)``, so a run resumed from a checkpoint continues exactly as if it had
never stopped.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, replace

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel

from designer.core.architecture import Architecture
from designer.core.errors import describe_failure
from designer.core.fileformat import dumps_architecture, training_to_json
from designer.core.phrases import phrase
from designer.core.runs import FOLDER_BUNDLE
from designer.core.training import TrainingSettings
from designer.engine.augment import augment, augments, mixup
from designer.engine.batches import epoch_generator
from designer.engine.builder import Network, build_model
from designer.engine.bundle import Bundle, save_bundle
from designer.engine.checkpoint import Checkpoint, CheckpointError, save_checkpoint
from designer.engine.devices import bf16_is_native
from designer.engine.distributed import ProcessGroup, share_buffers, summed
from designer.engine.evaluation import evaluate
from designer.engine.events import (
    BatchProgress,
    CheckpointSaved,
    EpochEnded,
    EpochSnapshot,
    EpochStarted,
    Evaluation,
    Event,
    FinishReason,
    RunFinished,
    RunStarted,
    WeightsShared,
)
from designer.engine.health import HealthProbe
from designer.engine.optim import make_optimizer, make_schedule
from designer.engine.run_folder import RunFolder
from designer.engine.snapshots import save_snapshot, shared_weights, take_snapshot
from designer.engine.speed import LAYOUTS, choose_memory_format, layout_name
from designer.engine.training_data import TrainingData

#: In a process group, how many batches pass between the processes' joint decisions to stop.
STOP_CHECK_BATCHES = 8
#: Seconds between progress reports by default (each one reads the running metrics from the device).
REPORT_INTERVAL = 0.25
DIVERGED = phrase(
    "the loss became {value}; lower the learning rate (e.g. {rate:.2g}) or add BatchNorm, then try again"
)


def ignore(event: Event) -> None:
    """An event handler that drops every event."""


class Trainer:
    """Trains one architecture on prepared data.

    ``stop()``, ``pause()`` and ``resume()`` may be called from any thread; ``stop``
    takes effect after the current batch and leaves the model and history usable.
    """

    def __init__(
        self,
        architecture: Architecture,
        settings: TrainingSettings,
        data: TrainingData,
        device: torch.device,
        on_event: Callable[[Event], None] = ignore,
        folder: RunFolder | None = None,
        report_interval: float = REPORT_INTERVAL,
        share_weights_every: float | None = None,
        group: ProcessGroup | None = None,
    ) -> None:
        self.architecture = architecture
        #: The torchrun process group this trainer is one of; None when training alone.
        self.group = group
        self.report_interval = report_interval
        #: Seconds between :class:`WeightsShared` events; None sends none.
        self.share_weights_every = share_weights_every
        self.settings = settings
        self.data = data
        self.device = device
        self.on_event = on_event
        self.folder = folder
        torch.manual_seed(settings.seed)
        self.model: Network = build_model(architecture).to(device)
        if group is not None and settings.memory_format == "auto":
            self.memory_format = torch.contiguous_format  # a timed choice could differ between processes
        else:
            self.memory_format = choose_memory_format(self.model, settings, architecture.input.shape, device)
        self.model.to(memory_format=self.memory_format)
        #: What the training steps call: the model, or DDP around it (which starts every process
        #: from the first one's weights and averages the gradients).
        self.trained: nn.Module = self.model
        if group is not None:
            self.trained = DistributedDataParallel(
                self.model, device_ids=[device.index] if device.type == "cuda" else None
            )
        self.optimizer = make_optimizer(self.model, settings)
        self.schedule = make_schedule(self.optimizer, settings, len(data.train))
        self.bf16 = settings.precision == "bf16" or (settings.precision == "auto" and bf16_is_native(device))
        self._factors = data.normalization.factors(device)
        self.history: list[EpochEnded] = []
        #: This session's epoch snapshots (a resumed run's earlier ones stay in its folder).
        self.snapshots: list[EpochSnapshot] = []
        self.best_accuracy = -1.0
        self.epochs_since_best = 0
        self._stop = threading.Event()
        self._group_stopping = False
        self._running = threading.Event()
        self._running.set()

    # Controls, callable from any thread.
    def stop(self) -> None:
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def restore(self, checkpoint: Checkpoint) -> None:
        """Continue from a checkpoint of this architecture: weights, optimizer, schedule and history."""
        self.memory_format = LAYOUTS[checkpoint.memory_format]
        self.model.to(memory_format=self.memory_format)
        try:
            self.model.load_state_dict(checkpoint.model)
            self.optimizer.load_state_dict(checkpoint.optimizer)
            self.schedule.load_state_dict(checkpoint.schedule)
            self.history = [EpochEnded(**row) for row in checkpoint.history]  # type: ignore[arg-type]
        except (RuntimeError, KeyError, ValueError, TypeError, IndexError) as error:
            # Only here does it show whether the saved states fit this run's model and optimizer.
            raise CheckpointError(
                phrase("the checkpoint does not fit this run ({kind}); start the run afresh").format(
                    kind=type(error).__name__
                )
            ) from None
        self.best_accuracy = checkpoint.best_accuracy
        self.epochs_since_best = checkpoint.epochs_since_best

    def _autocast(self) -> contextlib.AbstractContextManager[None]:
        if not self.bf16:
            return contextlib.nullcontext()
        return torch.autocast(self.device.type, dtype=torch.bfloat16)

    def _prepare(self, images: torch.Tensor) -> torch.Tensor:
        scale, shift = self._factors
        return torch.addcmul(shift, images.float(), scale).contiguous(memory_format=self.memory_format)

    def _evaluate(self, which: str) -> Evaluation | None:
        source = self.data.test if which == "test" else self.data.validation
        with self._autocast():
            return evaluate(
                self.model,
                source,
                len(self.data.class_names),
                self._prepare,
                lambda: self.stopping and self.group is None,  # a group finishes what it evaluates
            )

    def run(self) -> RunFinished:
        """Train from the epoch after the last one done; returns (and reports) how it ended."""
        first = len(self.history) + 1
        world = 1 if self.group is None else self.group.world
        self.on_event(
            RunStarted(
                device=str(self.device),
                precision="bf16" if self.bf16 else "fp32",
                memory_format=layout_name(self.memory_format),
                train_samples=self.data.train.samples * world,
                validation_samples=self.data.validation.samples,
                test_samples=self.data.test.samples,
                batches_per_epoch=len(self.data.train),
                first_epoch=first,
                epochs=self.settings.epochs,
                parameters=sum(p.numel() for p in self.model.parameters()),
                notes=self.data.notes,
                processes=world,
            )
        )
        test = None
        try:
            if self.folder is not None:
                data = self.data
                self.folder.start(
                    self.architecture, self.settings, data.class_names, data.normalization, data.notes
                )
            reason, message = self._train(first)
            if reason in ("completed", "early_stopped"):
                test = self._evaluate("test")
                if test is None:
                    reason, message = "stopped", phrase("stopped while testing")
        except Exception as error:  # the run fails, the program goes on
            reason, message, test = "failed", describe_failure(error), None
        result = RunFinished(reason, message, len(self.history), test, tuple(self.history))
        if self.folder is not None:
            try:
                self.folder.record(self.history)
                self.folder.finish(result)
                if test is not None:
                    save_bundle(self.bundle(test), self.folder.path / FOLDER_BUNDLE)
            except OSError as error:
                message = phrase("cannot write the run folder: {error}").format(error=str(error))
                result = replace(result, reason="failed", message=message)
        self.on_event(result)
        return result

    def _train(self, first: int) -> tuple[FinishReason, str]:
        for epoch in range(first, self.settings.epochs + 1):
            outcome = self._epoch(epoch)
            if outcome is not None:
                return outcome
            if self.settings.early_stopping and self.epochs_since_best >= self.settings.early_stopping:
                return "early_stopped", phrase("no better validation accuracy for {epochs} epochs").format(
                    epochs=self.epochs_since_best
                )
        return "completed", ""

    def _stop_agreed(self, batch: int) -> bool:
        """Whether to stop before ``batch``; processes of a group decide together, every few batches,
        since one that stopped alone would leave the others waiting for it."""
        if self.group is None:
            return self.stopping
        if batch % STOP_CHECK_BATCHES == 0:
            flag = torch.tensor([1.0 if self.stopping else 0.0], device=self.device)
            self._group_stopping = bool(summed(flag, self.group).item() > 0)
        return self._group_stopping

    def _wait_while_paused(self) -> None:
        while not self._running.wait(0.1):
            pass

    def _epoch(self, epoch: int) -> tuple[FinishReason, str] | None:
        settings, model = self.settings, self.model
        torch.manual_seed(settings.seed * 100_003 + epoch)
        shuffle = epoch_generator(settings.seed, epoch, stream=1)
        batches = len(self.data.train)
        rate = self.optimizer.param_groups[0]["lr"]
        self.on_event(EpochStarted(epoch, settings.epochs, rate))
        model.train()
        loss_sum = torch.zeros((), dtype=torch.float64, device=self.device)
        correct = torch.zeros((), dtype=torch.int64, device=self.device)
        seen = 0
        probe = (
            HealthProbe({name: model.layer(name) for name in model.module_names})
            if settings.layer_health
            else None
        )
        start = last_report = last_share = time.perf_counter()
        for index, (images, labels) in enumerate(self.data.train.batches(epoch)):
            self._wait_while_paused()
            if self._stop_agreed(index):
                return "stopped", phrase("stopped during epoch {epoch}").format(epoch=epoch)
            watching = probe is not None and index == batches - 1
            x = images.float()
            if augments(settings):
                x = augment(x, settings, shuffle)
            other, weight = labels, 1.0
            if settings.mixup > 0:
                x, labels, other, weight = mixup(x, labels, settings.mixup, shuffle)
            with self._autocast(), probe.watch() if watching and probe else contextlib.nullcontext():
                logits = self.trained(self._prepare(x)).float()
            loss = F.cross_entropy(logits, labels, label_smoothing=settings.label_smoothing)
            if weight < 1.0:
                loss = weight * loss + (1 - weight) * F.cross_entropy(
                    logits, other, label_smoothing=settings.label_smoothing
                )
            self.optimizer.zero_grad(set_to_none=True)
            loss.backward()  # type: ignore[no-untyped-call]
            if watching and probe:
                probe.before_step()
            self.optimizer.step()
            self.schedule.step()
            count = labels.shape[0]
            seen += count
            loss_sum += loss.detach().double() * count
            correct += (logits.argmax(dim=1) == (labels if weight >= 0.5 else other)).sum()
            now = time.perf_counter()
            if now - last_report >= self.report_interval or index == batches - 1:
                last_report = now
                mean_loss = float(loss_sum.item()) / seen
                if not math.isfinite(mean_loss) and self.group is None:  # together: at the epoch's end
                    return "diverged", DIVERGED.format(value=mean_loss, rate=settings.learning_rate / 10)
                speed = seen / max(now - start, 1e-9)
                self.on_event(
                    BatchProgress(
                        epoch,
                        index + 1,
                        batches,
                        mean_loss,
                        float(correct.item()) / seen,
                        speed,
                        (self.data.train.samples - seen) / speed,
                    )
                )
            if self.share_weights_every is not None and now - last_share >= self.share_weights_every:
                last_share = now
                self._share_weights(epoch, index + 1)
        seconds = time.perf_counter() - start
        health = probe.after_step() if probe is not None and probe.before else ()
        if self.group is not None:
            share_buffers(self.model, self.group)
            totals = summed(
                torch.stack(
                    [
                        loss_sum,
                        correct.double(),
                        torch.tensor(float(seen), device=self.device, dtype=torch.float64),
                    ]
                ),
                self.group,
            )
            loss_sum, correct, seen = totals[0], totals[1], int(totals[2].item())
        validation = self._evaluate("validation")
        if validation is None:
            return "stopped", phrase("stopped while validating epoch {epoch}").format(epoch=epoch)
        ended = EpochEnded(
            epoch=epoch,
            train_loss=float(loss_sum.item()) / max(seen, 1),
            train_accuracy=float(correct.item()) / max(seen, 1),
            validation_loss=validation.loss,
            validation_accuracy=validation.accuracy,
            learning_rate=rate,
            seconds=seconds,
            images_per_second=seen / max(seconds, 1e-9),
            health=health,
        )
        if not math.isfinite(validation.loss):
            return "diverged", DIVERGED.format(value=validation.loss, rate=settings.learning_rate / 10)
        self.history.append(ended)
        improved = validation.accuracy > self.best_accuracy
        if improved:
            self.best_accuracy, self.epochs_since_best = validation.accuracy, 0
        else:
            self.epochs_since_best += 1
        self.on_event(ended)
        self._snapshot(epoch, validation)
        self._save(epoch, improved)
        return None

    def _share_weights(self, epoch: int, batch: int) -> None:
        normalization = self.data.normalization
        state = shared_weights(self.model)
        self.on_event(WeightsShared(epoch, batch, state, normalization.mean, normalization.std))

    def _snapshot(self, epoch: int, validation: Evaluation) -> None:
        image, label = self.data.pinned
        normalised = self._prepare(image.to(self.device).unsqueeze(0))[0]
        snapshot = take_snapshot(
            self.model, self.architecture, epoch, image, label, normalised, validation.confusion
        )
        self.snapshots.append(snapshot)
        self.on_event(snapshot)
        if self.share_weights_every is not None:
            self._share_weights(epoch, len(self.data.train))
        if self.folder is not None:
            save_snapshot(self.folder.path, snapshot)

    def bundle(self, test: Evaluation) -> Bundle:
        """The trained model as a bundle, with its test metrics."""
        return Bundle(
            architecture=replace(self.architecture, training=self.settings),
            state=shared_weights(self.model),
            class_names=self.data.class_names,
            normalization=self.data.normalization,
            metrics={"test_accuracy": test.accuracy, "test_loss": test.loss, "epochs": len(self.history)},
        )

    def checkpoint(self, epoch: int) -> Checkpoint:
        return Checkpoint(
            epoch=epoch,
            model={key: value.detach().cpu() for key, value in self.model.state_dict().items()},
            optimizer=self.optimizer.state_dict(),
            schedule=self.schedule.state_dict(),
            history=[{k: v for k, v in asdict(e).items() if k != "health"} for e in self.history],
            best_accuracy=self.best_accuracy,
            epochs_since_best=self.epochs_since_best,
            architecture=dumps_architecture(self.architecture),
            settings=training_to_json(self.settings),
            class_names=list(self.data.class_names),
            mean=list(self.data.normalization.mean),
            std=list(self.data.normalization.std),
            memory_format=layout_name(self.memory_format),
        )

    def _save(self, epoch: int, improved: bool) -> None:
        if self.folder is None:
            return
        self.folder.record(self.history)
        if self.settings.checkpoints == "none":
            return
        state = self.checkpoint(epoch)
        kinds = ["last"] + (["best"] if improved and self.settings.checkpoints == "best_and_last" else [])
        for kind in kinds:
            path = self.folder.checkpoint(kind)
            save_checkpoint(state, path)
            self.on_event(CheckpointSaved(epoch, kind, str(path)))  # type: ignore[arg-type]
