"""Launch to first paint of the designer window, against ``python -c "import torch"``.

Both are fresh processes, taken in turns; medians are compared. The last line is
``first_paint_s=... torch_import_s=... ratio=...``. Target: first paint under 1 s here,
and below the torch import time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 5


def first_paint_seconds(screenshot: Path) -> float:
    """Seconds from launching ``cnn-designer gui`` to its first paint, as the app reports it."""
    environment = {**os.environ, "CNN_DESIGNER_TRACE_STARTUP": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "designer", "gui", "lenet5", "--screenshot", str(screenshot)],
        capture_output=True, text=True, env=environment, check=True,
    )  # fmt: skip
    line = next(line for line in result.stdout.splitlines() if line.startswith("first_paint "))
    return float(line.split()[1])


def torch_import_seconds() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import torch"], check=True)
    return time.perf_counter() - start


def main() -> None:
    paints, imports = [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(ROUNDS):
            paints.append(first_paint_seconds(Path(folder) / "window.png"))
            imports.append(torch_import_seconds())
    paint, torch_s = statistics.median(paints), statistics.median(imports)
    print("first paint (s):", ", ".join(f"{p:.2f}" for p in paints))
    print("import torch (s):", ", ".join(f"{t:.2f}" for t in imports))
    print(f"first_paint_s={paint:.3f} torch_import_s={torch_s:.3f} ratio={paint / torch_s:.3f}")


if __name__ == "__main__":
    main()
