"""How long the designer window takes to catch up with one edit of a 100-layer network.

The edit changes the first layer's filters, so every later shape, count and card changes.
Timed from the edit to the end of the repaint, with every panel open; the last line is
``update_ms=... inference_ms=... budget_ms=16 ratio=...`` (ratio: update time / budget).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from shape_inference import deep_network  # noqa: E402  (beside this script)

from designer.core.inference import infer  # noqa: E402
from designer.ui.main_window import MainWindow  # noqa: E402

BUDGET_MS = 16.0


def main() -> None:
    app = QApplication.instance() or QApplication([])
    architecture = deep_network(blocks=25)  # 100 layers
    window = MainWindow(architecture)
    window.resize(1400, 900)
    window.show()
    window.network.select_layer(0)
    app.processEvents()
    updates, inferences = [], []
    for step in range(30):
        start = time.perf_counter()
        window.document.set_param(0, "filters", 16 + step % 2)
        app.processEvents()
        updates.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        infer(window.document.architecture)
        inferences.append((time.perf_counter() - start) * 1000)
    update, inference = statistics.median(updates), statistics.median(inferences)
    print(f"100 layers: window update {update:.1f} ms (of which inference {inference:.2f} ms)")
    ratio = update / BUDGET_MS
    print(f"update_ms={update:.2f} inference_ms={inference:.2f} budget_ms={BUDGET_MS:.0f} ratio={ratio:.2f}")
    window.document.mark_saved()
    window.close()


if __name__ == "__main__":
    main()
