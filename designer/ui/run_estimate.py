"""Before starting: the size of the run, and a measured time per batch projected to an epoch."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from designer.core.architecture import Architecture
from designer.core.inference import Summary
from designer.core.report import format_bytes
from designer.core.training import TrainingSettings
from designer.ui.engine_imports import engine_imports
from designer.ui.translation import error_text

#: A shown estimate measures by itself once the design and settings have been still this long.
AUTO_MEASURE_MS = 1500


class _Measured(QObject):
    done = Signal(int, float)  # request number, seconds per batch
    failed = Signal(int, str)


class _Measurement(QRunnable):
    """Times a few training steps on random data, on a pool thread."""

    def __init__(
        self, number: int, architecture: Architecture, settings: TrainingSettings, signals: _Measured
    ):
        super().__init__()
        self.number, self.architecture, self.settings, self.signals = number, architecture, settings, signals

    def run(self) -> None:
        try:
            with engine_imports():
                from designer.engine.devices import resolve_device
                from designer.engine.speed import seconds_per_batch

            device = resolve_device(self.settings.device)
            self.signals.done.emit(self.number, seconds_per_batch(self.architecture, self.settings, device))
        except Exception as error:  # an estimate that fails says so; nothing else depends on it
            self.signals.failed.emit(self.number, error_text(error))


def duration_text(seconds: float) -> str:
    seconds = max(seconds, 0.0)
    if seconds < 60:
        return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {rest:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class RunEstimate(QWidget):
    """Parameters, activation memory for the batch size, and measured seconds per batch and epoch.

    While shown and enabled it measures by itself after each change, once things are still; the
    measurement runs on its own pool thread, so the window never waits for it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._auto = QTimer(self)
        self._auto.setSingleShot(True)
        self._auto.setInterval(AUTO_MEASURE_MS)
        self._auto.timeout.connect(self._on_auto_timeout)
        self._signals = _Measured()
        self._signals.done.connect(self._on_measurement_done)
        self._signals.failed.connect(self._on_measurement_failed)
        self._request = 0
        self._architecture: Architecture | None = None
        self._settings = TrainingSettings()
        self._train_images = 0
        self._seconds: float | None = None
        self.parameters = QLabel()
        self.memory = QLabel()
        self.speed = QLabel(self.tr("not measured yet"))
        self.epoch = QLabel("-")
        for label in (self.parameters, self.memory, self.speed, self.epoch):
            label.setWordWrap(True)
        self.measure_button = QPushButton(self.tr("Measure speed"))
        self.measure_button.setToolTip(
            self.tr("Time a few training steps on random data on the chosen device")
        )
        self.measure_button.clicked.connect(self.measure)
        form = QFormLayout()
        form.addRow(self.tr("Parameters"), self.parameters)
        form.addRow(self.tr("Activations"), self.memory)
        form.addRow(self.tr("Per batch"), self.speed)
        form.addRow(self.tr("Per epoch"), self.epoch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.measure_button)

    def set_run(
        self, architecture: Architecture, summary: Summary, settings: TrainingSettings, train_images: int
    ) -> None:
        """What the estimate is about; a measurement already made is kept only while it still applies."""
        if (architecture, settings.batch_size, settings.device) != (
            self._architecture,
            self._settings.batch_size,
            self._settings.device,
        ):
            self._seconds = None
            self._request += 1  # a measurement under way no longer applies
            self.speed.setText(self.tr("not measured yet"))
            self._auto.start()
        self._architecture, self._settings, self._train_images = architecture, settings, train_images
        batch = settings.batch_size
        self.parameters.setText(f"{summary.total_params:,}" if summary.valid else "?")
        self.memory.setText(
            self.tr("{forward} for a batch of {batch} (training keeps about twice that)").format(
                forward=format_bytes(summary.activation_bytes * batch), batch=batch
            )
            if summary.valid
            else "?"
        )
        self.measure_button.setEnabled(summary.valid)
        self._show_epoch()

    def _show_epoch(self) -> None:
        if self._seconds is None or not self._train_images:
            self.epoch.setText("-")
            return
        used = self._train_images
        if self._settings.validation == "split":
            used -= round(used * self._settings.validation_fraction)
        batches = max(1, -(-used // self._settings.batch_size))
        self.epoch.setText(
            self.tr("about {time} ({batches:,} batches of {images:,} images)").format(
                time=duration_text(batches * self._seconds), batches=batches, images=used
            )
        )

    def _on_auto_timeout(self) -> None:
        if (
            self._seconds is None
            and self.isVisible()
            and self.isEnabled()
            and self.measure_button.isEnabled()
        ):
            self.measure()

    def measure(self) -> None:
        if self._architecture is None:
            return
        self._auto.stop()
        self._request += 1
        self.speed.setText(self.tr("measuring..."))
        self.measure_button.setEnabled(False)
        self._pool.start(_Measurement(self._request, self._architecture, self._settings, self._signals))

    def shutdown(self) -> None:
        """Wait for a measurement under way (a few seconds at most) and measure no more."""
        self._auto.stop()
        self._request += 1
        self._pool.waitForDone()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._seconds is None:
            self._auto.start()

    def _on_measurement_done(self, number: int, seconds: float) -> None:
        self.measure_button.setEnabled(True)
        if number != self._request:
            return
        self._seconds = seconds
        self.speed.setText(
            self.tr("{ms:.0f} ms ({rate:,.0f} images/s)").format(
                ms=seconds * 1000, rate=self._settings.batch_size / seconds
            )
        )
        self._show_epoch()

    def _on_measurement_failed(self, number: int, message: str) -> None:
        self.measure_button.setEnabled(True)
        if number == self._request:
            self.speed.setText(self.tr("could not measure: {reason}").format(reason=message))
