"""Preset architectures shipped as JSON files, and finding an architecture by file or preset name."""

from __future__ import annotations

from pathlib import Path

from designer.core.architecture import Architecture
from designer.core.data_files import data_folder
from designer.core.errors import FormatError
from designer.core.fileformat import load_architecture


def preset_names() -> list[str]:
    return sorted(path.stem for path in data_folder("presets").glob("*.json"))


def load_preset(name: str) -> Architecture:
    if name not in preset_names():
        raise FormatError(name, f"no such preset; the presets are {', '.join(preset_names())}")
    return load_architecture(data_folder("presets") / f"{name}.json")


def open_architecture(file_or_preset: str) -> Architecture:
    """Load an architecture file, or a preset when no such file exists (a folder of that name,
    such as a run folder called after the preset, does not hide it)."""
    path = Path(file_or_preset)
    if path.is_file() or file_or_preset not in preset_names():
        if not path.exists() and path.suffix == "":
            raise FormatError(
                file_or_preset,
                f"no such file or preset; the presets are {', '.join(preset_names())}",
            )
        return load_architecture(path)
    return load_preset(file_or_preset)
