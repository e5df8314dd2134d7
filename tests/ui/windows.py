"""What the window tests share: settings, recovery files and caches kept in the test's folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from designer.core.architecture import Architecture
from designer.core.project import Project
from designer.ui.main_window import MainWindow

if TYPE_CHECKING:  # the Train view is built on first use, as in the window
    from designer.ui.train_panel import TrainPanel


def isolate_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings, crash-recovery files and the data cache in ``tmp_path``, not the user's."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    monkeypatch.setattr("designer.ui.project_files.recovery_folder", lambda: tmp_path / "recovery")
    monkeypatch.setenv("CNN_DESIGNER_CACHE", str(tmp_path / "cache"))


def forget_edits(window: MainWindow) -> None:
    """Closing at teardown then asks nothing: no unsaved design, no unsaved runs."""
    window.files.load(Project(window.document.architecture), None, "")
    window.document.mark_saved()


def screenshot(tmp_path: Path, source: str, view: str = "design") -> QImage:
    """``cnn-designer gui SOURCE --view VIEW --screenshot`` run as users run it; the 1400x900 picture."""
    target = tmp_path / f"{view}.png"
    result = subprocess.run(
        [sys.executable, "-m", "designer", "gui", source, "--view", view, "--screenshot", str(target)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "CNN_DESIGNER_CACHE": str(tmp_path / "cache")},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)
    return image


def open_train_view(qtbot, architecture: Architecture, data_dir: Path) -> tuple[MainWindow, TrainPanel]:
    """A shown window on ``architecture`` in its Train view, reading MNIST from ``data_dir`` offline."""
    window = MainWindow(architecture)
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1300, 850)
    window.show()
    window.show_view("train")
    panel = window.train_view()
    panel.dataset.download_box.setChecked(False)
    panel.dataset.data_dir_edit.setText(str(data_dir))
    panel.dataset.data_dir_edit.editingFinished.emit()
    return window, panel
