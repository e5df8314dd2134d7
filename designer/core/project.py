"""The project file (``.cnnd``): the architecture being designed and the history of its training runs.

Versioned JSON whose architecture part is the architecture file's own canonical text, so a
project round-trips byte for byte too::

    {
      "format": "cnn-designer/project",
      "version": 2,
      "architecture": {...},
      "runs": [
        {...},
        ...
      ]
    }

Version 1 had no ``runs``; it still opens, as a project without runs.  Each run is laid
out as :func:`designer.core.runs.dumps_run` writes it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from designer.core.architecture import Architecture
from designer.core.atomic import write_atomic
from designer.core.errors import FormatError
from designer.core.fileformat import (
    FORMAT_ID,
    _object,
    architecture_from_json,
    check_version,
    dumps_architecture,
    read_json_file,
)
from designer.core.phrases import phrase
from designer.core.runs import RunRecord, dumps_run, run_from_json

PROJECT_FORMAT = "cnn-designer/project"
PROJECT_VERSION = 2
PROJECT_SUFFIX = ".cnnd"


@dataclass(frozen=True)
class Project:
    architecture: Architecture
    runs: tuple[RunRecord, ...] = ()


def _indent(text: str, spaces: int) -> str:
    return text.replace("\n", "\n" + " " * spaces)


def dumps_project(project: Project) -> str:
    """The canonical text: the architecture as in its own file, then the runs, oldest first."""
    inner = _indent(dumps_architecture(project.architecture).rstrip("\n"), 2)
    items = ",\n".join(f"    {_indent(dumps_run(run), 4)}" for run in project.runs)
    runs = f"[\n{items}\n  ]" if items else "[]"
    return (
        "{\n"
        f'  "format": "{PROJECT_FORMAT}",\n'
        f'  "version": {PROJECT_VERSION},\n'
        f'  "architecture": {inner},\n'
        f'  "runs": {runs}\n'
        "}\n"
    )


def save_project(project: Project | Architecture, path: str | os.PathLike[str]) -> None:
    """Write ``project`` (an architecture alone is a project without runs) in the newest version."""
    if isinstance(project, Architecture):
        project = Project(project)
    write_atomic(Path(path), dumps_project(project).encode("utf-8"))


def project_from_json(document: object, where: str = "") -> Project:
    """Check a decoded project document of any version, or an architecture document (a project
    without runs); anything else is a :class:`FormatError` naming ``where`` and the JSON path."""
    if isinstance(document, dict) and document.get("format") == FORMAT_ID:
        return Project(architecture_from_json(document, where))
    if not isinstance(document, dict) or document.get("format") != PROJECT_FORMAT:
        raise FormatError(where, phrase("is neither a cnn-designer project nor an architecture file"))
    root = f"{where}: $" if where else "$"
    version = check_version(document, root, PROJECT_VERSION)
    keys = ("format", "version", "architecture", *(("runs",) if version >= 2 else ()))
    obj = _object(document, root, keys, ("architecture",))
    architecture = architecture_from_json(obj["architecture"], f"{root}.architecture", f"{root}.architecture")
    items = obj.get("runs", [])
    if not isinstance(items, list):
        raise FormatError(f"{root}.runs", phrase("must be a list of runs"))
    runs = tuple(run_from_json(item, f"{root}.runs[{i}]") for i, item in enumerate(items))
    seen: dict[str, int] = {}
    for i, run in enumerate(runs):
        if run.id in seen:
            problem = phrase('"{id}" already names runs[{index}]').format(id=run.id, index=seen[run.id])
            raise FormatError(f"{root}.runs[{i}].id", problem)
        seen[run.id] = i
    return Project(architecture, runs)


def load_project(path: str | os.PathLike[str]) -> Project:
    """Open a project file of any version, or a plain architecture file as a project without runs."""
    return project_from_json(read_json_file(path), str(path))


def load_document(path: str | os.PathLike[str]) -> Architecture:
    """The architecture of a project file, or of a plain architecture file."""
    return load_project(path).architecture
