"""Pictures for the command line, drawn by the window's own views on Qt's offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from designer.core.architecture import Architecture
from designer.core.runs import EpochMetrics


def _application() -> QApplication:
    """The running application, or one on the offscreen platform: nothing is shown."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["cnn-designer"])


def save_diagram(architecture: Architecture, path: str | os.PathLike[str]) -> None:
    """The architecture diagram as SVG when ``path`` ends in .svg, else as PNG."""
    from designer.ui.diagram_view import DiagramView

    _application()
    view = DiagramView(architecture)
    if Path(path).suffix.lower() == ".svg":
        view.export_svg(path)
    else:
        view.export_png(path)


def save_plots(epochs: Sequence[EpochMetrics], path: str | os.PathLike[str], label: str) -> list[Path]:
    """The loss, accuracy and learning-rate plots of a run as ``<stem>-<plot>.png`` beside ``path``."""
    from designer.ui.training_plots import TrainingPlots

    _application()
    plots = TrainingPlots()
    plots.run_label = label
    plots.resize(800, 900)
    plots.show_history(epochs)
    target = Path(path)
    written = []
    for name in TrainingPlots.PLOTS:
        written.append(target.with_name(f"{target.stem}-{name}.png"))
        plots.plots[name].vb.autoRange(padding=0.05)
        plots.export_png(name, written[-1])
    return written
