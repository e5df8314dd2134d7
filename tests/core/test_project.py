from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from designer.core.architecture import Architecture
from designer.core.errors import FormatError
from designer.core.fileformat import architecture_to_json, parse_json, save_architecture
from designer.core.params import TextParam
from designer.core.presets import load_preset
from designer.core.project import (
    Project,
    dumps_project,
    load_document,
    load_project,
    project_from_json,
    save_project,
)
from designer.core.runs import REASONS, EpochMetrics, RunRecord, run_to_json
from designer.core.training import TrainingSettings, training_params
from tests.strategies import architectures, param_values


def sample_run(run_id: str = "run 1", architecture: Architecture | None = None) -> RunRecord:
    return RunRecord(
        id=run_id,
        started="2025-03-01T14:05:09+01:00",
        architecture=architecture or load_preset("lenet5"),
        settings=TrainingSettings().with_values(epochs=2),
        epochs=(
            EpochMetrics(1, 0.71, 0.78, 0.42, 0.88, 0.001, 3.25, 5120.4),
            EpochMetrics(2, 0.35, 0.9, 0.3, 0.915, 0.001, 3.125, 5301.0),
        ),
        reason="completed",
        message="",
        test_accuracy=0.9125,
        test_loss=0.28,
        folder="/home/ada/runs/lenet5-1",
    )


def test_project_round_trips_byte_for_byte(tmp_path):
    path = tmp_path / "net.cnnd"
    save_project(Project(load_preset("cifar10_cnn")), path)
    text = path.read_text()
    assert json.loads(text)["format"] == "cnn-designer/project"
    assert json.loads(text)["version"] == 2
    assert text.endswith('  "runs": []\n}\n')
    assert load_document(path) == load_preset("cifar10_cnn")
    assert dumps_project(load_project(path)) == text


def test_an_architecture_alone_is_saved_as_a_project_without_runs(tmp_path):
    path = tmp_path / "net.cnnd"
    save_project(load_preset("lenet5"), path)
    assert load_project(path) == Project(load_preset("lenet5"))


def test_project_with_runs_round_trips_byte_for_byte(tmp_path):
    path = tmp_path / "net.cnnd"
    project = Project(load_preset("lenet5"), (sample_run(), sample_run("run 2", load_preset("vgg_small"))))
    save_project(project, path)
    first = path.read_bytes()
    loaded = load_project(path)
    assert loaded == project
    save_project(loaded, path)
    assert path.read_bytes() == first


def test_runs_are_laid_out_a_run_an_object_and_an_epoch_a_line():
    lines = dumps_project(Project(load_preset("lenet5"), (sample_run(), sample_run("run 2")))).splitlines()
    assert lines[:3] == ["{", '  "format": "cnn-designer/project",', '  "version": 2,']
    start = lines.index('  "runs": [')
    assert lines[start + 1 : start + 3] == ["    {", '      "id": "run 1",']
    assert lines.count("    },") == 1
    assert lines[-3:] == ["    }", "  ]", "}"]
    epoch = lines.index('      "epochs": [') + 1
    assert lines[epoch].startswith('        {"epoch": 1, "train_loss": 0.71, ')
    assert lines[epoch].endswith('"images_per_second": 5120.4},')


def test_version_1_projects_open_without_runs(tmp_path):
    path = tmp_path / "old.cnnd"
    document = {
        "format": "cnn-designer/project",
        "version": 1,
        "architecture": architecture_to_json(load_preset("lenet5")),
    }
    path.write_text(json.dumps(document, indent=2))
    assert load_project(path) == Project(load_preset("lenet5"))
    assert load_document(path) == load_preset("lenet5")


def test_plain_architecture_files_open_too(tmp_path):
    path = tmp_path / "net.json"
    save_architecture(load_preset("lenet5"), path)
    assert load_document(path) == load_preset("lenet5")
    assert load_project(path) == Project(load_preset("lenet5"))


def test_non_finite_metrics_are_null_in_the_file_and_nan_once_read(tmp_path):
    path = tmp_path / "net.cnnd"
    diverged = replace(
        sample_run(),
        reason="diverged",
        message="the loss became infinite",
        epochs=(EpochMetrics(1, math.inf, 0.1, math.nan, 0.1, 0.5, 2.0, 100.0),),
        test_accuracy=None,
        test_loss=None,
    )
    save_project(Project(load_preset("lenet5"), (diverged,)), path)
    epoch = json.loads(path.read_text())["runs"][0]["epochs"][0]
    assert epoch["train_loss"] is None
    assert epoch["validation_loss"] is None
    loaded = load_project(path).runs[0]
    assert math.isnan(loaded.epochs[0].train_loss)
    assert math.isnan(loaded.epochs[0].validation_loss)
    assert loaded.epochs[0].train_accuracy == 0.1
    assert dumps_project(load_project(path)) == path.read_text()


def project_document(**changes: object) -> dict:
    document = json.loads(dumps_project(Project(load_preset("lenet5"), (sample_run(), sample_run("run 2")))))
    document.update(changes)
    return document


def run_document(**changes: object) -> dict:
    run = run_to_json(sample_run("run 2"))
    run.update(changes)
    return run


def bad_layer_run() -> dict:
    run = run_to_json(sample_run("run 2"))
    run["architecture"]["layers"][0]["filters"] = "six"
    return run


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "something"}, "is neither a cnn-designer project nor an architecture file"),
        ({"format": "cnn-designer/project", "version": 3}, "written by a newer cnn-designer"),
        ({"format": "cnn-designer/project", "version": 2}, 'missing the key "architecture"'),
        ({"format": "cnn-designer/project", "version": 1}, 'missing the key "architecture"'),
        ({"format": "cnn-designer/project", "version": 1, "runs": []}, "$.runs: unknown key"),
        ({"format": "cnn-designer/project", "version": 2, "history": []}, "$.history: unknown key"),
        (
            {
                "format": "cnn-designer/project",
                "version": 1,
                "architecture": {
                    "format": "cnn-designer/architecture",
                    "version": 1,
                    "input": {"channels": 1, "height": 8, "width": 8},
                    "layers": [{"type": "Flat"}],
                },
            },
            '$.architecture.layers[0].type: unknown layer type "Flat"',
        ),
        (project_document(architecture=[]), "$.architecture: is not a cnn-designer architecture"),
        (project_document(runs={}), "$.runs: must be a list of runs"),
        (project_document(runs=[run_document(), 5]), "$.runs[1]: must be a JSON object, got int"),
        (project_document(runs=[run_document(), run_document(notes="")]), "$.runs[1].notes: unknown key"),
        (
            project_document(runs=[run_document(epochs=[{**run_document()["epochs"][0], "seconds": "3"}])]),
            "$.runs[0].epochs[0].seconds: must be a number",
        ),
        (
            project_document(runs=[run_document(), bad_layer_run()]),
            "$.runs[1].architecture.layers[0].filters: must be a whole number",
        ),
        (
            project_document(runs=[run_document(), run_document(id="run 3"), run_document()]),
            '$.runs[2].id: "run 2" already names runs[0]',
        ),
    ],
)
def test_bad_projects_are_refused_with_the_path(tmp_path, document, message):
    path = tmp_path / "bad.cnnd"
    path.write_text(json.dumps(document))
    with pytest.raises(FormatError) as caught:
        load_project(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


TEXT_SETTINGS = {"dataset": ["digits", "mnist", "/data/my images"], "device": ["auto", "cpu", "cuda:1"]}

settings_strategy = st.fixed_dictionaries(
    {
        param.name: st.sampled_from(TEXT_SETTINGS[param.name])
        if isinstance(param, TextParam)
        else param_values(param)
        for param in training_params()
    }
).map(lambda values: TrainingSettings(**values))

#: Finite numbers, or the NaN object that a non-finite metric reads back as (so records compare equal).
metrics_numbers = st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.just(math.nan))

epochs_strategy = st.lists(st.tuples(*[metrics_numbers] * 7), max_size=4).map(
    lambda rows: tuple(EpochMetrics(i + 1, *row) for i, row in enumerate(rows))
)

started_strategy = st.builds(
    lambda moment, minutes: moment.replace(tzinfo=timezone(timedelta(minutes=minutes))).isoformat(
        timespec="seconds"
    ),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(-48, 56).map(lambda quarters: quarters * 15),
)


@st.composite
def run_records(draw: st.DrawFn) -> RunRecord:
    return RunRecord(
        id="",
        started=draw(started_strategy),
        architecture=draw(architectures(max_layers=4)),
        settings=draw(settings_strategy),
        epochs=draw(epochs_strategy),
        reason=draw(st.sampled_from(REASONS)),
        message=draw(st.text(max_size=30)),
        test_accuracy=draw(st.none() | st.floats(0, 1)),
        test_loss=draw(st.none() | st.floats(0, 100)),
        folder=draw(st.none() | st.text(min_size=1, max_size=30).filter(str.strip)),
    )


@given(architectures(), st.lists(run_records(), max_size=3))
def test_any_project_round_trips(architecture: Architecture, runs: list[RunRecord]):
    project = Project(architecture, tuple(replace(run, id=f"run {i + 1}") for i, run in enumerate(runs)))
    text = dumps_project(project)
    loaded = project_from_json(parse_json(text))
    assert loaded == project
    assert dumps_project(loaded) == text
