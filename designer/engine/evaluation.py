"""Loss, accuracy, per-class accuracy and confusion matrix over a batch source."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from designer.engine.batches import BatchSource
from designer.engine.events import Evaluation


def evaluate(
    model: nn.Module,
    source: BatchSource,
    classes: int,
    prepare: Callable[[torch.Tensor], torch.Tensor],
    should_stop: Callable[[], bool] = lambda: False,
) -> Evaluation | None:
    """Evaluate in eval mode, accumulating on the device; ``None`` when stopped part way."""
    was_training = model.training
    model.eval()
    loss_sum = torch.zeros((), dtype=torch.float64, device=source.device)
    confusion = torch.zeros(classes * classes, dtype=torch.int64, device=source.device)
    try:
        with torch.inference_mode():
            for images, labels in source.batches(0):
                if should_stop():
                    return None
                logits = model(prepare(images)).float()
                loss_sum += F.cross_entropy(logits, labels, reduction="sum").double()
                confusion += torch.bincount(
                    labels * classes + logits.argmax(dim=1), minlength=classes * classes
                )
    finally:
        model.train(was_training)
    matrix = confusion.view(classes, classes).cpu().numpy()
    total = max(int(matrix.sum()), 1)
    per_class = np.diag(matrix) / np.maximum(matrix.sum(axis=1), 1)
    return Evaluation(
        loss=float(loss_sum.item()) / total,
        accuracy=float(np.trace(matrix)) / total,
        per_class_accuracy=per_class,
        confusion=matrix,
    )
