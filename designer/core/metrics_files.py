"""A run's metrics as files: ``metrics.csv`` and ``metrics.json`` in its folder, one row per epoch.

The columns are :data:`designer.core.runs.METRICS`. JSON has no NaN: a metric that is not
finite (a diverging run's loss) is ``null`` there and an empty cell in the CSV.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from designer.core.errors import DesignerError, FormatError
from designer.core.fileformat import NotJson, decode_json
from designer.core.phrases import message_of, phrase
from designer.core.runs import METRICS, EpochMetrics, epoch_from_json, epoch_to_json

FOLDER_METRICS_CSV = "metrics.csv"
FOLDER_METRICS_JSON = "metrics.json"


def metrics_json(epochs: Sequence[EpochMetrics]) -> str:
    rows = [epoch_to_json(epoch) for epoch in epochs]
    return json.dumps(rows, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def metrics_csv(epochs: Sequence[EpochMetrics]) -> str:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=METRICS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(
        {name: "" if value is None else value for name, value in epoch_to_json(epoch).items()}
        for epoch in epochs
    )
    return text.getvalue()


def read_metrics(folder: str | os.PathLike[str]) -> tuple[EpochMetrics, ...]:
    """The epochs a run folder records; a clear error when it records none or the file is damaged."""
    path = Path(folder) / FOLDER_METRICS_JSON
    if not path.is_file():
        raise DesignerError(
            phrase(
                "{folder} holds no {file}: metrics and plots come from the run folder "
                "that training wrote (cnn-designer train --out DIR), not from a model bundle alone"
            ).format(folder=str(folder), file=FOLDER_METRICS_JSON)
        )
    try:
        rows: Any = decode_json(path.read_bytes())
    except NotJson as error:  # also numbers too large for a float, and nesting too deep for Python
        raise DesignerError(
            phrase("{path} is not readable JSON ({problem}); train the run again").format(
                path=str(path), problem=message_of(error)
            )
        ) from None
    if not isinstance(rows, list):
        raise FormatError(f"{path}: $", phrase("must be a list of epochs"))
    return tuple(epoch_from_json(row, f"{path}: $[{index}]") for index, row in enumerate(rows))
