"""The wheel carries the presets, resources and templates inside the package, where the program reads them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from designer.core.presets import preset_names

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_presets_and_resources(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("cnn_designer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"designer/presets/{name}.json" for name in preset_names()} <= names
    assert "designer/resources/README.md" in names
    assert "designer/core/catalogue.py" in names
    assert "designer/engine/templates/train_script.py.in" in names  # the training-script export's body
    assert any(name.endswith("entry_points.txt") for name in names)
