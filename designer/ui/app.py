"""Starting the desktop application.

The window is built from the core alone and shown at once; torch loads only when a later
view needs it, so the window paints well before torch could have been imported.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.core.architecture import Architecture
from designer.core.errors import DesignerError
from designer.core.presets import load_preset, open_architecture
from designer.core.project import PROJECT_SUFFIX, load_document
from designer.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1400, 900)
DEFAULT_PRESET = "lenet5"
#: Set to print "first_paint <seconds since the process started>" when the window first paints.
TRACE_VARIABLE = "CNN_DESIGNER_TRACE_STARTUP"


class FirstPaint(QObject):
    """Notices the first paint of a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            if os.environ.get(TRACE_VARIABLE):
                sys.stdout.write(f"first_paint {time.time() - process_start():.3f}\n")
                sys.stdout.flush()
        return False


def process_start() -> float:
    """When this process started, in ``time.time()`` seconds (Linux; elsewhere, when this module loaded)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _LOADED


_LOADED = time.time()


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("cnn-designer")
    app.setApplicationName("cnn-designer")
    return app


def initial_document(source: str | None) -> tuple[Architecture, Path | None]:
    """What to show first: the given file or preset, else the last project, else LeNet-5."""
    if source is not None:
        path = Path(source)
        if path.exists():
            return load_document(path), path if path.suffix == PROJECT_SUFFIX else None
        return open_architecture(source), None
    last = QSettings().value("last_file")
    if last and Path(str(last)).exists():
        try:
            return load_document(str(last)), Path(str(last))
        except DesignerError:
            pass  # a last file that no longer opens is simply not reopened
    return load_preset(DEFAULT_PRESET), None


def run_gui(source: str | None = None, screenshot: str | None = None) -> int:
    """Show the window on ``source`` (a file or preset); with ``screenshot``, save a PNG of it and quit."""
    app = application()
    try:
        architecture, path = initial_document(source)
    except DesignerError as error:
        if screenshot:
            raise
        QMessageBox.warning(None, "cnn-designer", str(error))
        architecture, path = load_preset(DEFAULT_PRESET), None
    window = MainWindow(architecture)
    if path is not None:
        window.files.load(architecture, path, "")
    first_paint = FirstPaint()
    window.network.viewport().installEventFilter(first_paint)
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        while not first_paint.painted:
            app.processEvents()
        if not window.grab().save(screenshot):
            raise DesignerError(f"cannot write the screenshot {screenshot}")
        return 0
    window.restore_layout()
    window.show()
    QTimer.singleShot(0, window.files.offer_recovery)
    return app.exec()
