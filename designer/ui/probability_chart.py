"""The predicted class probabilities of one sample as horizontal bars, the prediction highlighted."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from designer.ui.style import ERROR_COLOUR

ROW = 20
NAME_WIDTH = 90
VALUE_WIDTH = 56
PREDICTED_COLOUR = "#3B7DD8"
OTHER_COLOUR = "#9AA5B1"


class ProbabilityChart(QWidget):
    """``truth``, when known, is marked: the true class's bar is outlined, in red if the prediction missed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.class_names: tuple[str, ...] = ()
        self.probabilities: npt.NDArray[np.float64] = np.zeros(0)
        self.truth: int | None = None

    def set_prediction(
        self, class_names: Sequence[str], probabilities: npt.ArrayLike, truth: int | None = None
    ) -> None:
        values = np.asarray(probabilities, dtype=np.float64)
        if values.shape != (len(class_names),):
            raise ValueError(f"{len(class_names)} class names but {values.size} probabilities")
        self.class_names, self.probabilities, self.truth = tuple(class_names), values, truth
        self.updateGeometry()
        self.update()

    @property
    def predicted(self) -> int | None:
        return int(np.argmax(self.probabilities)) if self.probabilities.size else None

    def bar_rect(self, index: int) -> QRect:
        """The filled part of class ``index``'s bar."""
        room = max(self.width() - NAME_WIDTH - VALUE_WIDTH - 8, 10)
        length = round(room * float(np.clip(self.probabilities[index], 0.0, 1.0)))
        return QRect(NAME_WIDTH + 4, 2 + index * ROW + 3, length, ROW - 6)

    def sizeHint(self) -> QSize:
        return QSize(360, 4 + ROW * max(len(self.class_names), 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        room = max(self.width() - NAME_WIDTH - VALUE_WIDTH - 8, 10)
        for index, (name, value) in enumerate(zip(self.class_names, self.probabilities, strict=True)):
            top = 2 + index * ROW
            painter.setPen(text)
            name_box = QRect(0, top, NAME_WIDTH, ROW)
            painter.drawText(name_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            colour = PREDICTED_COLOUR if index == self.predicted else OTHER_COLOUR
            painter.fillRect(self.bar_rect(index), QColor(colour))
            if index == self.truth:
                missed = self.truth != self.predicted
                painter.setPen(QColor(ERROR_COLOUR) if missed else text)
                painter.drawRect(QRect(NAME_WIDTH + 4, top + 2, room, ROW - 5))
                painter.setPen(text)
            value_box = QRect(NAME_WIDTH + 8 + room, top, VALUE_WIDTH, ROW)
            painter.drawText(
                value_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{value:.1%}"
            )
        painter.end()
