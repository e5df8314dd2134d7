"""A study's budget (trials, time, epochs per trial, sampler, pruner, seed) and where it is kept (its
name and SQLite file: beside a saved project by default, else in the cache folder)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.engine.folders import cache_folder
from designer.engine.tuning_events import Pruner, Sampler
from designer.ui.containers import group_box
from designer.ui.project_files import ProjectFiles

DEFAULT_STUDY = "study"


def _spin(low: int, high: int, value: int, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    if special:
        box.setSpecialValueText(special)
    return box


def _choices(*items: tuple[str, str]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def _form(*rows: tuple[str, QWidget]) -> QWidget:
    holder = QWidget()
    form = QFormLayout(holder)
    form.setContentsMargins(0, 0, 0, 0)
    for label, field in rows:
        form.addRow(label, field)
    return holder


class StudyForm(QWidget):
    """``place_changed`` fires when the study's name or file changed: another study may be there."""

    place_changed = Signal()

    def __init__(self, files: ProjectFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.trials_box = _spin(1, 10_000, 10)
        self.minutes_box = _spin(0, 100_000, 0, self.tr("no limit"))
        self.minutes_box.setSuffix(self.tr(" min"))
        self.epochs_box = _spin(1, 10_000, 1)
        self.epochs_box.setToolTip(self.tr("Each trial trains this many epochs, unless epochs is a knob"))
        self.sampler_box = _choices((self.tr("TPE"), "tpe"), (self.tr("random"), "random"))
        self.pruner_box = _choices(
            (self.tr("median"), "median"),
            (self.tr("successive halving"), "halving"),
            (self.tr("none"), "none"),
        )
        self.pruner_box.setToolTip(self.tr("Stops trials that do worse than the others at the same epoch"))
        self.seed_box = _spin(0, 2**31 - 1, 0)
        self.name_edit = QLineEdit(DEFAULT_STUDY)
        self.database_edit = QLineEdit()
        self.database_edit.setToolTip(self.tr("The SQLite file the study is kept in; a study there resumes"))
        self.browse_button = QPushButton(self.tr("Browse..."))
        self.stored_label = QLabel()
        self.stored_label.setWordWrap(True)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.database_edit, 1)
        row.addWidget(self.browse_button)
        budget = _form(
            (self.tr("Trials"), self.trials_box),
            (self.tr("Time limit"), self.minutes_box),
            (self.tr("Epochs per trial"), self.epochs_box),
            (self.tr("Sampler"), self.sampler_box),
            (self.tr("Pruner"), self.pruner_box),
            (self.tr("Seed"), self.seed_box),
        )
        study = _form((self.tr("Study name"), self.name_edit), (self.tr("File"), where))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(group_box(self.tr("Budget"), budget))
        layout.addWidget(group_box(self.tr("Study"), study, self.stored_label))
        #: The user chose the file: it no longer follows the project's.
        self.database_edited = False
        self.name_edit.editingFinished.connect(self.place_changed)
        self.database_edit.textEdited.connect(self._on_database_edit_text_edited)
        self.database_edit.editingFinished.connect(self.place_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        files.path_changed.connect(self._on_files_path_changed)
        self._on_files_path_changed()

    # What the form says.

    @property
    def trials(self) -> int:
        return self.trials_box.value()

    @property
    def timeout(self) -> float | None:
        """The time limit in seconds; None for no limit."""
        return 60.0 * self.minutes_box.value() or None

    @property
    def epochs(self) -> int:
        return self.epochs_box.value()

    @property
    def sampler(self) -> Sampler:
        return "random" if self.sampler_box.currentData() == "random" else "tpe"

    @property
    def pruner(self) -> Pruner:
        chosen = self.pruner_box.currentData()
        return "halving" if chosen == "halving" else "none" if chosen == "none" else "median"

    @property
    def seed(self) -> int:
        return self.seed_box.value()

    def study_name(self) -> str:
        return self.name_edit.text().strip() or DEFAULT_STUDY

    def name_next_study(self) -> None:
        """Name a new study (``study`` -> ``study-2`` -> ``study-3``): one study searches one design."""
        stem, dash, number = self.study_name().rpartition("-")
        following = f"{stem}-{int(number) + 1}" if dash and number.isdigit() else f"{self.study_name()}-2"
        self.name_edit.setText(following)
        self.place_changed.emit()

    def default_database(self) -> Path:
        """Beside a saved project, ``<name>-tuning.db``; otherwise in the cache folder."""
        if self.files.path is not None:
            return self.files.path.with_name(f"{self.files.path.stem}-tuning.db")
        return cache_folder() / "tuning" / "untitled-tuning.db"

    def database(self) -> Path:
        text = self.database_edit.text().strip()
        return Path(text).expanduser() if text else self.default_database()

    def runs_folder(self) -> Path:
        """Where the trials' run folders go: ``<name> runs/<study>`` beside a saved project."""
        name = re.sub(r"[^\w.-]+", "_", self.study_name()).strip("._") or DEFAULT_STUDY
        if self.files.path is not None:
            return self.files.path.with_name(f"{self.files.path.stem} runs") / name
        return cache_folder() / "runs" / name

    def show_stored(self, count: int) -> None:
        """Say how many trials the file holds of the study (a count of 0: it is a new study)."""
        if count:
            text = self.tr("The file holds {count} trials of this study; Start continues it.")
            self.stored_label.setText(text.format(count=count))
        else:
            self.stored_label.setText(self.tr("A new study: the file does not hold one of this name yet."))

    # Following the project.

    def _on_files_path_changed(self) -> None:
        if not self.database_edited:
            self.database_edit.setText(str(self.default_database()))
        self.place_changed.emit()

    def _on_database_edit_text_edited(self, _: str) -> None:
        self.database_edited = True

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Study file"),
            str(self.database()),
            self.tr("SQLite files (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_edited = True
            self.database_edit.setText(path)
            self.place_changed.emit()
