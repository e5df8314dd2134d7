"""Where the program keeps generated data sets and downloads."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_folder() -> Path:
    """The user's cache folder for cnn-designer; ``CNN_DESIGNER_CACHE`` overrides it."""
    override = os.environ.get("CNN_DESIGNER_CACHE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "cnn-designer"


def default_data_folder() -> Path:
    """Where torchvision data sets are looked for and downloaded unless the user picks a folder."""
    return cache_folder() / "data"
