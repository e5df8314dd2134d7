"""The run folder: what a run leaves behind to inspect, resume or predict with later.

``architecture.json``, ``config.json`` (the training settings), ``data.json`` (class
names, normalisation, notes), ``metrics.csv`` and ``metrics.json`` (one row per epoch),
``best.pt`` and ``last.pt`` checkpoints, and ``result.json`` when the run ends.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from designer.core.architecture import Architecture
from designer.core.atomic import write_atomic
from designer.core.fileformat import dumps_architecture, training_to_json
from designer.core.metrics_files import FOLDER_METRICS_CSV, FOLDER_METRICS_JSON, metrics_csv, metrics_json
from designer.core.runs import EpochMetrics
from designer.core.training import TrainingSettings
from designer.engine.augment import Normalization
from designer.engine.events import EpochEnded, RunFinished


def _write_json(path: Path, value: Any) -> None:
    write_atomic(path, (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


class RunFolder:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def checkpoint(self, kind: str) -> Path:
        return self.path / f"{kind}.pt"

    def start(
        self,
        architecture: Architecture,
        settings: TrainingSettings,
        class_names: tuple[str, ...],
        normalization: Normalization,
        notes: tuple[str, ...],
    ) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path / "architecture.json", dumps_architecture(architecture).encode("utf-8"))
        _write_json(self.path / "config.json", training_to_json(settings))
        _write_json(
            self.path / "data.json",
            {
                "class_names": list(class_names),
                "input": list(architecture.input.shape),
                "mean": list(normalization.mean),
                "std": list(normalization.std),
                "notes": list(notes),
            },
        )

    def record(self, history: list[EpochEnded]) -> None:
        epochs = [EpochMetrics.of(epoch) for epoch in history]
        write_atomic(self.path / FOLDER_METRICS_CSV, metrics_csv(epochs).encode("utf-8"))
        write_atomic(self.path / FOLDER_METRICS_JSON, metrics_json(epochs).encode("utf-8"))

    def finish(self, result: RunFinished) -> None:
        summary: dict[str, Any] = {
            "reason": result.reason,
            "message": result.message,
            "epochs": result.epochs_done,
        }
        if result.test is not None:
            test = asdict(result.test)
            summary["test"] = {
                key: value.tolist() if hasattr(value, "tolist") else value for key, value in test.items()
            }
        _write_json(self.path / "result.json", summary)
