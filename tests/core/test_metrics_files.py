"""A run folder's metrics files: written without NaN, read back as written, damage named."""

from __future__ import annotations

import csv
import io
import json
import math

import pytest

from designer.core.errors import DesignerError
from designer.core.metrics_files import metrics_csv, metrics_json, read_metrics
from designer.core.runs import METRICS, EpochMetrics

EPOCHS = (
    EpochMetrics(1, 0.9, 0.7, 0.8, 0.75, 1e-3, 2.5, 5120.0),
    EpochMetrics(2, math.inf, 0.1, math.nan, 0.1, 1e-3, 2.4, 5200.0),
)


def test_json_is_strict_and_reads_back_with_nan_for_what_was_not_finite(tmp_path):
    text = metrics_json(EPOCHS)
    rows = json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in strict JSON"))
    assert rows[1]["train_loss"] is None
    (tmp_path / "metrics.json").write_text(text)
    first, second = read_metrics(tmp_path)
    assert first == EPOCHS[0]
    assert math.isnan(second.train_loss)
    assert math.isnan(second.validation_loss)
    assert second.images_per_second == 5200.0


def test_csv_has_a_column_per_metric_and_empty_cells_for_what_was_not_finite():
    rows = list(csv.DictReader(io.StringIO(metrics_csv(EPOCHS))))
    assert tuple(rows[0]) == METRICS
    assert float(rows[0]["validation_accuracy"]) == 0.75
    assert rows[1]["train_loss"] == ""


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "holds no metrics.json"),
        ("[{", "not readable JSON"),
        ('{"epoch": 1}', "must be a list of epochs"),
        ('[{"epoch": 0}]', r"\$\[0\]"),
    ],
)
def test_a_folder_without_readable_metrics_is_named(tmp_path, content, said):
    if content is not None:
        (tmp_path / "metrics.json").write_text(content)
    with pytest.raises(DesignerError, match=said):
        read_metrics(tmp_path)
