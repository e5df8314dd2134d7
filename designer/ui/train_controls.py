"""Start, pause, resume and stop, with a progress bar for the epoch and one for the run."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from designer.ui.run_estimate import duration_text
from designer.ui.style import icon

State = Literal["idle", "loading", "running", "paused", "stopping"]


class TrainControls(QWidget):
    start_clicked = Signal()
    pause_clicked = Signal()
    resume_clicked = Signal()
    stop_clicked = Signal()
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_button = QPushButton(icon("train"), self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train a snapshot of the design with these settings"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch; the run keeps what it learned"))
        self.continue_button = QPushButton(self.tr("Resume run"))
        self.continue_button.setToolTip(self.tr("Continue the selected stopped run from its last checkpoint"))
        self.start_button.clicked.connect(self.start_clicked)
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.continue_button.clicked.connect(self.continue_clicked)
        self.epoch_bar = QProgressBar()
        self.run_bar = QProgressBar()
        for bar in (self.epoch_bar, self.run_bar):
            bar.setTextVisible(True)
            bar.setMaximumHeight(18)
        self.speed = QLabel()
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button, self.continue_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.speed)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons, 0, 0, 1, 2)
        layout.addWidget(QLabel(self.tr("Epoch")), 1, 0)
        layout.addWidget(self.epoch_bar, 1, 1)
        layout.addWidget(QLabel(self.tr("Run")), 2, 0)
        layout.addWidget(self.run_bar, 2, 1)
        self.state: State = "idle"
        self.can_continue = False
        self.set_state("idle")

    def set_state(self, state: State) -> None:
        self.state = state
        busy = state != "idle"
        self.start_button.setEnabled(not busy)
        self.continue_button.setEnabled(not busy and self.can_continue)
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(state in ("loading", "running", "paused"))
        if state == "idle":
            self.speed.clear()

    def set_can_continue(self, possible: bool) -> None:
        self.can_continue = possible
        self.continue_button.setEnabled(self.state == "idle" and possible)

    def _on_pause_button_clicked(self) -> None:
        (self.resume_clicked if self.state == "paused" else self.pause_clicked).emit()

    def show_loading(self, message: str, fraction: float | None) -> None:
        self.epoch_bar.setRange(0, 0 if fraction is None else 1000)
        if fraction is not None:
            self.epoch_bar.setValue(round(fraction * 1000))
        self.epoch_bar.setFormat(message)

    def reset(self, epochs: int) -> None:
        self.epoch_bar.setRange(0, 1)
        self.epoch_bar.setValue(0)
        self.epoch_bar.setFormat("%p%")
        self.run_bar.setRange(0, epochs)
        self.run_bar.setValue(0)
        self.run_bar.setFormat(self.tr("epoch %v of %m"))

    def show_progress(
        self, epoch: int, epochs: int, batch: int, batches: int, images_per_second: float, eta_seconds: float
    ) -> None:
        """Where the run is; the run's remaining time counts the epochs still to come at this speed."""
        self.epoch_bar.setRange(0, batches)
        self.epoch_bar.setValue(batch)
        self.epoch_bar.setFormat(self.tr("batch %v of %m"))
        self.run_bar.setRange(0, epochs * batches)
        self.run_bar.setValue((epoch - 1) * batches + batch)
        self.run_bar.setFormat(self.tr("epoch {epoch} of {epochs}").format(epoch=epoch, epochs=epochs))
        per_batch = eta_seconds / max(batches - batch, 1) if batch < batches else 0.0
        remaining = eta_seconds + (epochs - epoch) * batches * per_batch
        self.speed.setText(
            self.tr("{rate:,.0f} images/s, {left} left").format(
                rate=images_per_second, left=duration_text(remaining)
            )
        )
