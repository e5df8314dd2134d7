"""How the model does on the test set: accuracy and loss, the confusion matrix, and the samples
behind any cell of it, with the most confident mistakes in a gallery."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.ui.confusion_matrix_view import ConfusionMatrixView
from designer.ui.containers import scrolled
from designer.ui.sample_grid import SampleGrid

if TYPE_CHECKING:
    from designer.engine.evaluation import TestPredictions

#: Samples shown for a cell, and in the mistakes gallery.
SHOWN = 40

Thumbnails = Callable[[npt.NDArray[np.int64]], npt.NDArray[np.uint8]]


class _Galleries(QWidget):
    """The sample grids one above the other, each as tall as its width needs.

    A scroll area does not ask its widget for a height for its width, so the grids' minimum
    heights follow the width here.
    """

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch()
        self.grids = [widget for widget in widgets if isinstance(widget, SampleGrid)]

    def fit(self) -> None:
        margins = self.contentsMargins() + self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        for grid in self.grids:
            grid.setMinimumHeight(grid.heightForWidth(width) if len(grid.images) else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class EvaluationView(QWidget):
    """``evaluate_clicked`` asks for an evaluation; ``sample_clicked`` a test sample to inspect."""

    evaluate_clicked = Signal()
    sample_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.predictions: TestPredictions | None = None
        self.class_names: tuple[str, ...] = ()
        self.thumbnails: Thumbnails | None = None
        self.cell_indices: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self.mistake_indices: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)

        self.evaluate_button = QPushButton(self.tr("Evaluate on the test set"))
        self.evaluate_button.clicked.connect(self.evaluate_clicked)
        self.summary = QLabel(self.tr("Evaluate the model to see how it does on every test image."))
        self.summary.setWordWrap(True)
        self.matrix = ConfusionMatrixView()
        self.matrix.cell_clicked.connect(self.show_cell)
        self.cell_title = QLabel(self.tr("Click a cell of the matrix to see its samples."))
        self.cell_title.setWordWrap(True)
        self.cell_grid = SampleGrid(8)
        self.cell_grid.sample_clicked.connect(lambda i: self.sample_clicked.emit(int(self.cell_indices[i])))
        self.mistakes_title = QLabel()
        self.mistakes_title.setWordWrap(True)
        self.mistakes_grid = SampleGrid(5)
        self.mistakes_grid.sample_clicked.connect(
            lambda i: self.sample_clicked.emit(int(self.mistake_indices[i]))
        )

        top = QHBoxLayout()
        top.addWidget(self.evaluate_button)
        top.addWidget(self.summary, 1)
        self.galleries = galleries = _Galleries(
            self.cell_title, self.cell_grid, self.mistakes_title, self.mistakes_grid
        )
        splitter = QSplitter()
        splitter.addWidget(scrolled(self.matrix))
        splitter.addWidget(scrolled(galleries))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def set_predictions(
        self, predictions: TestPredictions, class_names: Sequence[str], thumbnails: Thumbnails, source: str
    ) -> None:
        """Every test sample's prediction under the weights called ``source``."""
        self.predictions, self.class_names, self.thumbnails = predictions, tuple(class_names), thumbnails
        evaluation = predictions.evaluation
        self.summary.setText(
            self.tr("Test accuracy {accuracy:.2%}, loss {loss:.4f} on {count:,} images ({source}).").format(
                accuracy=evaluation.accuracy,
                loss=evaluation.loss,
                count=len(predictions.labels),
                source=source,
            )
        )
        self.matrix.set_matrix(evaluation.confusion, self.class_names)
        self.mistake_indices = predictions.mistakes()[:SHOWN]
        self.mistakes_title.setText(
            self.tr("The {shown} most confident of {count:,} mistakes (click one to inspect it):").format(
                shown=len(self.mistake_indices), count=len(predictions.mistakes())
            )
        )
        self.mistakes_grid.set_images(
            thumbnails(self.mistake_indices), [self._caption(i, arrow=True) for i in self.mistake_indices]
        )
        self.galleries.fit()
        worst = np.argmin(evaluation.per_class_accuracy)
        top = self._most_confused()
        self.show_cell(*(top if top is not None else (int(worst), int(worst))))

    def _caption(self, index: int, arrow: bool) -> str:
        assert self.predictions is not None
        confidence = float(self.predictions.confidence[index])
        if not arrow:
            return f"{confidence:.0%}"
        true, predicted = int(self.predictions.labels[index]), int(self.predictions.predicted[index])
        return f"{self.class_names[true]}→{self.class_names[predicted]} {confidence:.0%}"

    def _most_confused(self) -> tuple[int, int] | None:
        """The off-diagonal cell with the most samples, if any sample is misclassified."""
        assert self.predictions is not None
        off = self.predictions.evaluation.confusion.copy()
        np.fill_diagonal(off, 0)
        if not off.any():
            return None
        true, predicted = np.unravel_index(int(np.argmax(off)), off.shape)
        return int(true), int(predicted)

    def show_cell(self, true: int, predicted: int) -> None:
        """List the test samples of class ``true`` predicted as ``predicted``."""
        self.matrix.set_selected((true, predicted))
        if self.predictions is None or self.thumbnails is None:
            return
        cell = self.predictions.cell(true, predicted)
        self.cell_indices = cell[:SHOWN]
        names = self.class_names
        self.cell_title.setText(
            self.tr("{count:,} {true} images predicted as {predicted}{more}:").format(
                count=len(cell),
                true=names[true],
                predicted=names[predicted],
                more=self.tr(" (the first {shown})").format(shown=SHOWN) if len(cell) > SHOWN else "",
            )
        )
        self.cell_grid.set_images(
            self.thumbnails(self.cell_indices), [self._caption(i, arrow=False) for i in self.cell_indices]
        )
        self.galleries.fit()

    def set_snapshot_confusion(
        self, confusion: npt.NDArray[np.int64], class_names: Sequence[str], epoch: int
    ) -> None:
        """A past epoch's validation confusion matrix: counts only, no samples behind the cells."""
        self.predictions, self.class_names = None, tuple(class_names)
        total = max(int(confusion.sum()), 1)
        self.summary.setText(
            self.tr("Validation accuracy after epoch {epoch}: {accuracy:.2%} of {count:,} images.").format(
                epoch=epoch, accuracy=float(np.trace(confusion)) / total, count=int(confusion.sum())
            )
        )
        self.matrix.set_matrix(confusion, self.class_names)
        self.cell_title.setText(
            self.tr("An epoch's snapshot keeps the counts only; move the timeline to the end to see samples.")
        )
        self.mistakes_title.setText("")
        empty = np.zeros((0, 1, 1, 1), dtype=np.uint8)
        self.cell_grid.set_images(empty)
        self.mistakes_grid.set_images(empty)
        self.galleries.fit()

    def clear(self, message: str) -> None:
        self.predictions = None
        self.summary.setText(message)
        self.matrix.set_matrix(np.zeros((0, 0), dtype=np.int64), ())
        empty = np.zeros((0, 1, 1, 1), dtype=np.uint8)
        self.cell_grid.set_images(empty)
        self.mistakes_grid.set_images(empty)
        self.galleries.fit()
        self.mistakes_title.setText("")
        self.cell_title.setText(self.tr("Click a cell of the matrix to see its samples."))
