"""A hyperparameter study off the GUI thread: a worker on a QThread drives the engine's Tuner, and a
small pool answers questions about stored studies (their trials, the parameters' importance).

Like the training worker, neither touches a widget: results cross to the GUI thread as queued
signals. Optuna and torch load only on these threads, inside :func:`engine_imports`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal, Slot

from designer.engine.tuning_events import StudyFinished, StudyRequest, TuningEvent
from designer.ui.engine_imports import engine_imports
from designer.ui.training_session import readable
from designer.ui.worker_thread import SHUTDOWN_SECONDS, WorkerSession

if TYPE_CHECKING:
    from designer.engine.tuning import Tuner


class TuningWorker(QObject):
    """Lives on the study's thread for one study."""

    event = Signal(object)  # TrialStarted, TrialEpoch, TrialFinished, StudyFinished
    failed = Signal(str)
    done = Signal()

    def __init__(self, request: StudyRequest, database: Path | None) -> None:
        super().__init__()
        self.request, self.database = request, database
        self.tuner: Tuner | None = None
        self._stop_requested = False
        self._finished_reported = False

    def stop(self) -> None:
        """Callable from any thread: end the running trial and the study."""
        self._stop_requested = True
        tuner = self.tuner
        if tuner is not None:
            tuner.stop()

    def _report(self, event: TuningEvent) -> None:
        self._finished_reported |= isinstance(event, StudyFinished)
        self.event.emit(event)

    @Slot()
    def run(self) -> None:
        with engine_imports():
            from designer.engine.tuning import Tuner, sqlite_url

        request = self.request
        try:
            if self.database is not None:
                self.database.parent.mkdir(parents=True, exist_ok=True)
                request = dataclasses.replace(request, storage=sqlite_url(self.database))
            tuner = Tuner(request, on_event=self._report)
            self.tuner = tuner
            if self._stop_requested:
                tuner.stop()
            result = tuner.run()
            if not self._finished_reported:
                self.event.emit(result)
        except BaseException as error:  # the study fails; the window goes on
            self.failed.emit(readable(error))
        finally:
            self.done.emit()


class TuningSession(WorkerSession):
    """The GUI thread's handle on the current study: start, stop, shut down.

    Tuning events arrive as ``event``; ``failed`` carries a readable message when the study could not
    start or crashed; ``ended`` fires once the thread is gone, whatever happened.
    """

    def start(self, request: StudyRequest, database: Path | None = None) -> None:
        """Run the study; with ``database`` its storage is that SQLite file (made on the worker thread)."""
        if self.running:
            raise RuntimeError("a study is already going")
        self._launch(TuningWorker(request, database))


class _Answer(QObject):
    ready = Signal(str, object)  # the question, its answer
    failed = Signal(str, str)  # the question, a readable message


class _Question(QRunnable):
    def __init__(self, name: str, ask: Callable[[], object], answer: _Answer) -> None:
        super().__init__()
        self.name, self.ask, self.answer = name, ask, answer

    def run(self) -> None:
        try:
            result = self.ask()
        except Exception as error:  # a damaged or foreign file: say so, the window goes on
            self.answer.failed.emit(self.name, readable(error))
        else:
            self.answer.ready.emit(self.name, result)


class StudyQueries(QObject):
    """Reads a stored study on a pool thread: ``trials_ready`` (a list of TrialFinished) and
    ``importances_ready`` (parameter key -> importance) carry the answers, ``failed`` why there is none."""

    trials_ready = Signal(object)
    importances_ready = Signal(object)
    failed = Signal(str, str)  # the question ("trials" or "importances"), a readable message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # questions are answered in the order they were asked
        self._answer = _Answer(self)
        self._answer.ready.connect(self._on_answer_ready)
        self._answer.failed.connect(self._on_answer_failed)

    def ask_trials(self, database: Path, study_name: str) -> None:
        def ask() -> object:
            if not database.is_file():
                return []
            with engine_imports():
                from designer.engine.tuning import sqlite_url, study_trials
            return study_trials(sqlite_url(database), study_name)

        self.pool.start(_Question("trials", ask, self._answer))

    def ask_importances(self, database: Path, study_name: str) -> None:
        def ask() -> object:
            with engine_imports():
                from designer.engine.tuning import parameter_importances, sqlite_url
            return parameter_importances(sqlite_url(database), study_name)

        self.pool.start(_Question("importances", ask, self._answer))

    @property
    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def shutdown(self, seconds: float = SHUTDOWN_SECONDS) -> bool:
        """Drop questions not yet asked and wait for the one being answered."""
        self.pool.clear()
        done = self.pool.waitForDone(int(seconds * 1000))
        QCoreApplication.sendPostedEvents(self._answer, QEvent.Type.MetaCall)
        return done

    def _on_answer_ready(self, name: str, result: object) -> None:
        (self.trials_ready if name == "trials" else self.importances_ready).emit(result)

    def _on_answer_failed(self, name: str, message: str) -> None:
        self.failed.emit(name, message)
