"""Starting the desktop application.

The window is built from the core alone and shown at once; torch loads only when a later
view needs it, so the window paints well before torch could have been imported.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer, QTranslator, SignalInstance
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.core.errors import DesignerError
from designer.core.presets import load_preset, open_architecture
from designer.core.project import PROJECT_SUFFIX, Project, load_project
from designer.ui.languages import SHOWN, chosen_language, install_translators
from designer.ui.main_window import MainWindow
from designer.ui.translation import error_text

SCREENSHOT_SIZE = (1400, 900)
DEFAULT_PRESET = "lenet5"
#: How long a Train screenshot waits for its data set (a first generation takes seconds).
PREVIEW_TIMEOUT_MS = 180_000
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
    if app.property(SHOWN) is None:
        language = chosen_language()
        _TRANSLATORS.extend(install_translators(language))
        app.setProperty(SHOWN, language)
    return app


#: The installed translators, kept alive for the application's lifetime.
_TRANSLATORS: list[QTranslator] = []


def initial_project(source: str | None) -> tuple[Project, Path | None]:
    """What to show first: the given file or preset, else the last project, else LeNet-5."""
    if source is not None:
        path = Path(source)
        if path.exists():
            return load_project(path), path if path.suffix == PROJECT_SUFFIX else None
        return Project(open_architecture(source)), None
    last = QSettings().value("last_file")
    if last and Path(str(last)).exists():
        try:
            return load_project(str(last)), Path(str(last))
        except DesignerError:
            pass  # a last file that no longer opens is simply not reopened
    return Project(load_preset(DEFAULT_PRESET)), None


def _wait_until(done: Callable[[], bool], *signals: SignalInstance) -> None:
    """Until one of ``signals`` fires, unless ``done()`` already: a first data set can take a while.

    ``done`` is asked after connecting, so a signal sent meanwhile is not missed.
    """
    loop = QEventLoop()
    for signal in signals:
        signal.connect(loop.quit)
    QTimer.singleShot(PREVIEW_TIMEOUT_MS, loop.quit)
    if not done():
        loop.exec()


def run_gui(source: str | None = None, screenshot: str | None = None, view: str = "design") -> int:
    """Show the window on ``source`` (a file or preset) in ``view``; with ``screenshot``, save a PNG
    of it and quit."""
    app = application()
    try:
        project, path = initial_project(source)
    except DesignerError as error:
        if screenshot:
            raise
        QMessageBox.warning(None, "cnn-designer", error_text(error))
        project, path = Project(load_preset(DEFAULT_PRESET)), None
    window = MainWindow(project.architecture)
    if path is not None or project.runs:
        window.files.load(project, path, "")
    first_paint = FirstPaint()
    window.tabs.installEventFilter(first_paint)
    if not screenshot:
        window.restore_layout()  # before the view: the Train view hides the design docks
    window.show_view(view)
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        while not first_paint.painted:
            app.processEvents()
        if view == "train":
            dataset = window.train_view().dataset
            _wait_until(lambda: dataset.preview() is not None, dataset.preview_ready, dataset.preview_failed)
        elif view == "inspect":
            inspect = window.inspect_view()
            _wait_until(lambda: inspect.report is not None, inspect.sample_shown, inspect.worker.failed)
        app.processEvents()
        if not window.grab().save(screenshot):
            raise DesignerError(f"cannot write the screenshot {screenshot}")
        if window.train_panel is not None:
            window.train_panel.shutdown()
        if window.inspect_panel is not None:
            window.inspect_panel.shutdown()
        return 0
    window.show()
    QTimer.singleShot(0, window.files.offer_recovery)
    return app.exec()
