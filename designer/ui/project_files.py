"""Opening, saving and recovering the document: project files, recent files, autosave.

Every write is atomic.  While there are unsaved edits, a recovery copy is written every
minute; a clean exit deletes it, so finding one at start-up means the last session crashed.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from designer.core.atomic import write_atomic
from designer.core.document import Document
from designer.core.errors import DesignerError
from designer.core.fileformat import save_architecture
from designer.core.keras_import import load_keras
from designer.core.project import PROJECT_SUFFIX, Project, load_project, save_project
from designer.core.runs import RunRecord
from designer.ui.messages import write_failure
from designer.ui.translation import error_text

AUTOSAVE_MS = 60_000
MAX_RECENT = 8


def recovery_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class ProjectFiles(QObject):
    """The file behind the document, and the dialogs around it.

    ``path_changed`` fires when the document gets another file (or none).
    """

    path_changed = Signal()
    runs_changed = Signal()

    def __init__(self, document: Document, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.path: Path | None = None
        #: The project's training runs, oldest first; saved with the design.
        self.runs: list[RunRecord] = []
        self._runs_saved: list[RunRecord] = []
        self.settings = QSettings()
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    # Recent files.
    def recent(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        return [str(v) for v in value] if isinstance(value, list) else [str(value)] if value else []

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent() if p != str(path)]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_file", str(path))

    def _filter(self) -> str:
        return self.tr("cnn-designer projects (*.cnnd);;Architecture JSON (*.json);;All files (*)")

    def _show_error(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.window, title, error_text(error))

    @property
    def modified(self) -> bool:
        """Unsaved edits of the design, or runs added or deleted since the last save."""
        return self.document.modified or self.runs != self._runs_saved

    def project(self) -> Project:
        return Project(self.document.architecture, tuple(self.runs))

    def set_runs(self, runs: list[RunRecord]) -> None:
        self.runs = list(runs)
        self.runs_changed.emit()

    # Opening.
    def load(self, project: Project, path: Path | None, description: str) -> None:
        """Make ``project`` the document: from a file it is saved; otherwise it is new work."""
        self.document.replace_all(project.architecture, description)
        self.path = path
        self.runs = list(project.runs)
        self._runs_saved = list(project.runs) if path is not None else []
        if path is not None:
            self.document.mark_saved()
        self.runs_changed.emit()
        self.path_changed.emit()

    def open_path(self, path: str | Path) -> bool:
        """Open a project or architecture file; a bad file shows why and changes nothing."""
        try:
            project = load_project(path)
        except DesignerError as error:
            self._show_error(self.tr("Cannot open the file"), error)
            return False
        target = Path(path)
        self.load(
            project,
            target if target.suffix == PROJECT_SUFFIX else None,
            self.tr("Open {name}").format(name=target.name),
        )
        self._remember(target)
        return True

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open"), self._folder(), self._filter())
        if path:
            self.open_path(path)

    def import_architecture(self) -> None:
        """Open a plain architecture file as new, unsaved work."""
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import architecture JSON"),
            self._folder(),
            self.tr("Architecture JSON (*.json)"),
        )
        if path:
            self.open_path(path)

    def import_keras(self) -> None:
        """Open a Keras Sequential model's JSON (``model.to_json()``) as new, unsaved work."""
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Keras model"), self._folder(), self.tr("Keras model JSON (*.json)")
        )
        if path:
            self.open_keras(path)

    def open_keras(self, path: str | Path) -> bool:
        """Import a Keras model file; one that cannot be imported shows why and changes nothing."""
        target = Path(path)
        try:
            architecture = load_keras(target)
        except DesignerError as error:
            self._show_error(self.tr("Cannot import the Keras model"), error)
            return False
        self.load(Project(architecture), None, self.tr("Import {name}").format(name=target.name))
        return True

    def _folder(self) -> str:
        return (
            str(self.path.parent) if self.path else str(self.settings.value("last_folder", str(Path.home())))
        )

    # Saving.
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        try:
            save_project(self.project(), self.path)
        except OSError as error:
            QMessageBox.warning(
                self.window, self.tr("Cannot save the project"), write_failure(self.path, error)
            )
            return False
        self.document.mark_saved()
        self._runs_saved = list(self.runs)
        self.path_changed.emit()
        self._remember(self.path)
        self.discard_recovery()
        return True

    def save_as(self) -> bool:
        name = (
            self.path.name if self.path else f"{self.document.architecture.name or 'network'}{PROJECT_SUFFIX}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save project as"), str(Path(self._folder()) / name), self._filter()
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix != PROJECT_SUFFIX:
            target = target.with_suffix(PROJECT_SUFFIX)
        self.path = target
        self.settings.setValue("last_folder", str(target.parent))
        self.path_changed.emit()
        return self.save()

    def export_architecture(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export architecture JSON"),
            self._folder(),
            self.tr("Architecture JSON (*.json)"),
        )
        if path:
            try:
                save_architecture(self.document.architecture, path)
            except OSError as error:
                QMessageBox.warning(
                    self.window, self.tr("Cannot export the architecture"), write_failure(path, error)
                )

    def maybe_save(self) -> bool:
        """Ask about unsaved edits; False means the user cancelled."""
        if not self.modified:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("The design has changes that are not saved. Save them first?")
            if self.document.modified
            else self.tr("The runs trained since the last save are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # Recovery.
    def autosave(self) -> None:
        if not self.modified:
            return
        folder = recovery_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            save_project(self.project(), folder / f"autosave{PROJECT_SUFFIX}")
            meta = {"path": str(self.path) if self.path else None}
            write_atomic(folder / "autosave.json", json.dumps(meta).encode())
        except OSError:
            return  # autosave is best effort; the next minute tries again

    def discard_recovery(self) -> None:
        for name in (f"autosave{PROJECT_SUFFIX}", "autosave.json"):
            (recovery_folder() / name).unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        """After a crash, offer the autosaved design; True when it was restored."""
        saved = recovery_folder() / f"autosave{PROJECT_SUFFIX}"
        if not saved.exists():
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore unsaved work?"),
            self.tr(
                "cnn-designer did not close normally last time. Restore the design it saved automatically?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        restored = False
        if answer == QMessageBox.StandardButton.Yes:
            try:
                project = load_project(saved)
            except DesignerError as error:
                self._show_error(self.tr("Cannot restore the design"), error)
            else:
                self.load(project, None, self.tr("Restore unsaved work"))
                self.path = _autosaved_path()
                self.path_changed.emit()
                restored = True
        self.discard_recovery()
        return restored


def _autosaved_path() -> Path | None:
    """The file the autosaved design came from; None when it had none, or when a crash came between
    writing the design and writing this note (the design alone is what matters)."""
    try:
        original = json.loads((recovery_folder() / "autosave.json").read_text()).get("path")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(original) if isinstance(original, str) and original else None
