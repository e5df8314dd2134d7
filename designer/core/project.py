"""The project file (``.cnnd``): the architecture being designed, with room for what later
features keep beside it.  Versioned JSON whose architecture part is the architecture file's
own canonical text, so a project round-trips byte for byte too.
"""

from __future__ import annotations

import os
from pathlib import Path

from designer.core.architecture import Architecture
from designer.core.atomic import write_atomic
from designer.core.errors import FormatError
from designer.core.fileformat import (
    FORMAT_ID,
    architecture_from_json,
    check_version,
    dumps_architecture,
    read_json_file,
)

PROJECT_FORMAT = "cnn-designer/project"
PROJECT_VERSION = 1
PROJECT_SUFFIX = ".cnnd"


def dumps_project(architecture: Architecture) -> str:
    inner = dumps_architecture(architecture).rstrip("\n").replace("\n", "\n  ")
    return (
        "{\n"
        f'  "format": "{PROJECT_FORMAT}",\n'
        f'  "version": {PROJECT_VERSION},\n'
        f'  "architecture": {inner}\n'
        "}\n"
    )


def save_project(architecture: Architecture, path: str | os.PathLike[str]) -> None:
    write_atomic(Path(path), dumps_project(architecture).encode("utf-8"))


def load_document(path: str | os.PathLike[str]) -> Architecture:
    """Open a project file, or a plain architecture file; anything else is a :class:`FormatError`."""
    where = str(path)
    document = read_json_file(path)
    if isinstance(document, dict) and document.get("format") == FORMAT_ID:
        return architecture_from_json(document, where)
    if not isinstance(document, dict) or document.get("format") != PROJECT_FORMAT:
        raise FormatError(where, "is neither a cnn-designer project nor an architecture file")
    check_version(document, f"{where}: $", PROJECT_VERSION)
    unknown = set(document) - {"format", "version", "architecture"}
    if unknown:
        raise FormatError(f"{where}: $.{sorted(unknown)[0][:40]}", "unknown key")
    if "architecture" not in document:
        raise FormatError(f"{where}: $", 'missing the key "architecture"')
    return architecture_from_json(document["architecture"], where, f"{where}: $.architecture")
