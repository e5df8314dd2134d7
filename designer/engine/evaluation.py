"""Loss, accuracy, per-class accuracy and confusion matrix over a batch source."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F
from torch import nn

from designer.engine.augment import Normalization
from designer.engine.batches import BatchSource
from designer.engine.events import Evaluation
from designer.engine.inspect_data import InspectData, normalise

#: Test images per forward pass when predicting every sample.
PREDICT_BATCH = 256


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
    return _summed(float(loss_sum.item()), confusion.view(classes, classes).cpu().numpy())


def _summed(loss_sum: float, matrix: npt.NDArray[np.int64]) -> Evaluation:
    total = max(int(matrix.sum()), 1)
    per_class = np.diag(matrix) / np.maximum(matrix.sum(axis=1), 1)
    return Evaluation(
        loss=loss_sum / total,
        accuracy=float(np.trace(matrix)) / total,
        per_class_accuracy=per_class,
        confusion=matrix,
    )


@dataclass(frozen=True)
class TestPredictions:
    """Every test sample's label, predicted class and confidence in it, with the totals."""

    evaluation: Evaluation
    labels: npt.NDArray[np.int64]
    predicted: npt.NDArray[np.int64]
    confidence: npt.NDArray[np.float32]

    def cell(self, true: int, predicted: int) -> npt.NDArray[np.int64]:
        """The indices of the samples of class ``true`` predicted as ``predicted``."""
        return np.flatnonzero((self.labels == true) & (self.predicted == predicted)).astype(np.int64)

    def mistakes(self) -> npt.NDArray[np.int64]:
        """The misclassified samples' indices, the most confidently wrong first."""
        wrong = np.flatnonzero(self.labels != self.predicted)
        return wrong[np.argsort(-self.confidence[wrong], kind="stable")].astype(np.int64)


def predict_all(
    model: nn.Module,
    data: InspectData,
    normalization: Normalization,
    should_stop: Callable[[], bool] = lambda: False,
) -> TestPredictions | None:
    """Predict every test sample of ``data`` in eval mode; ``None`` when stopped part way."""
    classes = len(data.class_names)
    parameter = next(model.parameters(), None)
    device = parameter.device if parameter is not None else torch.device("cpu")
    predicted = np.zeros(len(data), dtype=np.int64)
    confidence = np.zeros(len(data), dtype=np.float32)
    loss_sum = 0.0
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            for start in range(0, len(data), PREDICT_BATCH):
                if should_stop():
                    return None
                chosen = np.arange(start, min(start + PREDICT_BATCH, len(data)))
                inputs = normalise(data.images(chosen), normalization).to(device)
                logits = model(inputs).float()
                labels = torch.from_numpy(data.labels[chosen]).to(device)
                loss_sum += float(F.cross_entropy(logits, labels, reduction="sum"))
                top = torch.softmax(logits, dim=1).max(dim=1)
                predicted[chosen] = top.indices.cpu().numpy()
                confidence[chosen] = top.values.cpu().numpy()
    finally:
        model.train(was_training)
    matrix = np.bincount(data.labels * classes + predicted, minlength=classes * classes).reshape(classes, -1)
    return TestPredictions(_summed(loss_sum, matrix.astype(np.int64)), data.labels, predicted, confidence)
