"""The app killed mid-session: the next launch offers the design it saved automatically, with every
edit made up to the last autosave, which comes at least once a minute."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from designer.core.presets import load_preset
from designer.ui import project_files
from designer.ui.main_window import MainWindow
from tests.ui.windows import forget_edits, isolate_window

#: The app as users start it, with autosave every 0.3 s instead of every minute; two edits a second
#: apart, then the recovery folder printed once the second edit is in the autosaved copy.
EDITING_SESSION = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import designer.ui.app as app
import designer.ui.project_files as files
from designer.core.project import load_project

files.AUTOSAVE_MS = 300
app.application()

def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, app.MainWindow))

def edit():
    window().document.set_param(0, "filters", 9)
    QTimer.singleShot(1000, lambda: window().document.set_param(0, "filters", 11))

def watch():
    saved = files.recovery_folder() / "autosave.cnnd"
    if saved.exists() and load_project(saved).architecture.layers[0].params["filters"] == 11:
        print(files.recovery_folder(), flush=True)
        watcher.stop()

QTimer.singleShot(500, edit)
watcher = QTimer()
watcher.timeout.connect(watch)
watcher.start(100)
sys.exit(app.run_gui())
"""


def _killed_session(tmp_path: Path) -> Path:
    """Run an editing session, kill it without warning once it autosaved; its recovery folder."""
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env["XDG_CONFIG_HOME"] = str(home / "config")
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(EDITING_SESSION)],
        cwd=Path(__file__).parents[2],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(120, child.kill)  # a session that never autosaves fails, not hangs
    watchdog.start()
    try:
        line = child.stdout.readline() if child.stdout else ""
    finally:
        watchdog.cancel()
        child.send_signal(signal.SIGKILL)
        _, errors = child.communicate(timeout=30)
    assert line, errors
    return Path(line.strip())


def test_the_next_launch_restores_what_a_killed_session_autosaved(qtbot, tmp_path, monkeypatch):
    assert project_files.AUTOSAVE_MS <= 60_000  # so at most the last minute of edits is lost
    recovery = _killed_session(tmp_path)
    assert recovery.is_relative_to(tmp_path / "home")

    isolate_window(tmp_path, monkeypatch)
    monkeypatch.setattr("designer.ui.project_files.recovery_folder", lambda: recovery)
    asked: list[str] = []

    def answer_yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    assert window.files.offer_recovery()
    assert asked == [
        "cnn-designer did not close normally last time. Restore the design it saved automatically?"
    ]
    assert window.document.architecture.layers[0].params["filters"] == 11
    assert window.document.modified  # restored work is unsaved work: closing asks before losing it
    assert window.files.path is None
    assert not (recovery / "autosave.cnnd").exists()


def test_an_autosave_without_its_note_still_restores(qtbot, tmp_path, monkeypatch):
    """A crash between writing the design and the note naming its file loses nothing but the name."""
    isolate_window(tmp_path, monkeypatch)
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.document.set_param(0, "filters", 7)
    window.files.autosave()
    (tmp_path / "recovery" / "autosave.json").unlink()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    restored = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(restored, before_close_func=forget_edits)
    assert restored.files.offer_recovery()
    assert restored.document.architecture.layers[0].params["filters"] == 7
    assert restored.files.path is None
    assert warnings == []
