"""The layers of the house hold at run time too: the core loads neither torch nor Qt, the engine no Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import importlib, pkgutil, sys
import designer.{package} as package
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
print(" ".join(sorted(name for name in ("torch", "PySide6", "pyqtgraph", "numpy") if name in sys.modules)))
"""


@pytest.mark.parametrize(("package", "loaded"), [("core", ""), ("engine", "numpy torch")])
def test_importing_a_layer_loads_only_what_it_may(package, loaded):
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(package=package)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == loaded


def test_the_summary_command_does_not_import_torch():
    probe = (
        "import sys; from designer.cli import main; main(['summary', 'lenet5']); "
        " print('torch' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "False"
