"""Finding the files shipped with the program."""

from __future__ import annotations

from pathlib import Path


def data_folder(name: str) -> Path:
    """A folder of files shipped with the program (``presets``, ``resources``).

    An installed wheel carries it inside the package; a source checkout keeps it at the top level.
    """
    package = Path(__file__).resolve().parent.parent
    packaged = package / name
    return packaged if packaged.is_dir() else package.parent / name
