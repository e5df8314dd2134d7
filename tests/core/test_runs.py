"""Run records: figures, ids, JSON with exact paths in errors, and what differs between runs."""

from __future__ import annotations

import json
import math
import typing
from dataclasses import replace
from types import SimpleNamespace

import pytest

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.errors import FormatError
from designer.core.runs import (
    REASONS,
    TEMPLATES,
    EpochMetrics,
    RunRecord,
    describe_differences,
    differences,
    dumps_run,
    epoch_to_json,
    next_run_id,
    run_from_json,
    run_to_json,
    started_now,
)
from designer.core.training import TrainingSettings

NET = Architecture(
    InputSpec(1, 28, 28),
    (
        Layer.new("Conv2D", "conv1", filters=16),
        Layer.new("Conv2D", "conv2", filters=32),
        Layer.new("MaxPool2D", "pool"),
        Layer.new("Dropout", "drop1"),
        Layer.new("Flatten", "flat"),
        Layer.new("Dense", "dense1", units=10),
    ),
)


def epoch(number: int, accuracy: float, seconds: float = 2.0, loss: float = 0.5) -> EpochMetrics:
    return EpochMetrics(number, loss, accuracy, loss, accuracy, 0.001, seconds, 1000.0)


def record(run_id: str = "run 1", architecture: Architecture = NET, **settings: object) -> RunRecord:
    return RunRecord(
        id=run_id,
        started="2025-03-01T14:05:09+01:00",
        architecture=architecture,
        settings=TrainingSettings().with_values(**settings),
        epochs=(epoch(1, 0.8), epoch(2, 0.9, 3.5), epoch(3, 0.85)),
        test_accuracy=0.88,
        test_loss=0.4,
        folder="/home/ada/runs/run-1",
    )


def with_layers(*layers: Layer, architecture: Architecture = NET) -> Architecture:
    return replace(architecture, layers=layers)


def test_epoch_metrics_are_taken_from_any_object_as_plain_numbers():
    class Float32(float):
        pass

    ended = SimpleNamespace(
        epoch=3,
        train_loss=Float32(0.5),
        train_accuracy=0.8,
        validation_loss=0.6,
        validation_accuracy=0.75,
        learning_rate=1e-3,
        seconds=2,
        images_per_second=900.5,
        health=(),
    )
    metrics = EpochMetrics.of(ended)
    assert metrics == EpochMetrics(3, 0.5, 0.8, 0.6, 0.75, 1e-3, 2.0, 900.5)
    assert type(metrics.train_loss) is float
    assert type(metrics.seconds) is float


def test_the_engine_reports_the_same_fields_and_reasons():
    pytest.importorskip("numpy")
    from designer.engine.events import EpochEnded, FinishReason

    assert typing.get_args(FinishReason) == REASONS
    ended = EpochEnded(4, 0.1, 0.9, 0.2, 0.8, 0.01, 1.5, 100.0)
    assert EpochMetrics.of(ended) == EpochMetrics(4, 0.1, 0.9, 0.2, 0.8, 0.01, 1.5, 100.0)


def test_summary_figures():
    run = record()
    assert run.dataset == "digits"
    assert run.best_validation_accuracy == 0.9
    assert run.duration_seconds == 7.5
    empty = replace(run, epochs=())
    assert empty.best_validation_accuracy is None
    assert empty.duration_seconds == 0.0
    diverged = replace(run, epochs=(epoch(1, math.nan, math.nan),))
    assert diverged.best_validation_accuracy is None
    assert diverged.duration_seconds == 0.0


@pytest.mark.parametrize(
    ("existing", "expected"),
    [
        ([], "run 1"),
        (["run 1", "run 2"], "run 3"),
        (["run 1", "run 7", "run 3"], "run 8"),
        (["baseline", "run x", "run 2"], "run 3"),
    ],
)
def test_next_run_id(existing, expected):
    assert next_run_id(existing) == expected


def test_started_now_is_local_time_with_its_offset():
    text = started_now()
    assert "T" in text
    assert text[-6] in "+-"


# JSON.


def test_a_run_round_trips_through_json():
    run = record()
    text = dumps_run(run)
    loaded = run_from_json(json.loads(text), "$.runs[0]")
    assert loaded == run
    assert dumps_run(loaded) == text
    assert json.loads(text) == run_to_json(run)


def test_layout_is_one_key_a_line_and_one_epoch_a_line():
    lines = dumps_run(record()).splitlines()
    assert lines[1] == '  "id": "run 1",'
    assert lines[8].startswith('  "settings": {"dataset": "digits", ')
    assert lines[9] == '  "architecture": {'
    assert '    "epochs": [' not in lines
    start = lines.index('  "epochs": [')
    assert lines[start + 1] == (
        '    {"epoch": 1, "train_loss": 0.5, "train_accuracy": 0.8, "validation_loss": 0.5, '
        '"validation_accuracy": 0.8, "learning_rate": 0.001, "seconds": 2.0, "images_per_second": 1000.0},'
    )
    assert lines[-2:] == ["  ]", "}"]
    assert dumps_run(replace(record(), epochs=())).splitlines()[-2] == '  "epochs": []'


def test_non_finite_metrics_are_written_as_null_and_read_as_nan():
    run = replace(
        record(),
        reason="diverged",
        epochs=(EpochMetrics(1, math.inf, 0.1, math.nan, 0.1, 0.5, 1.0, 10.0),),
        test_accuracy=None,
        test_loss=math.nan,
    )
    document = run_to_json(run)
    assert document["epochs"][0]["train_loss"] is None
    assert document["epochs"][0]["validation_loss"] is None
    assert document["test_loss"] is None
    loaded = run_from_json(json.loads(dumps_run(run)), "$")
    assert math.isnan(loaded.epochs[0].train_loss)
    assert math.isnan(loaded.epochs[0].validation_loss)
    assert loaded.test_loss is None
    assert dumps_run(loaded) == dumps_run(run)


def test_optional_keys_take_their_defaults():
    document = run_to_json(record())
    for key in ("message", "test_accuracy", "test_loss", "folder"):
        del document[key]
    loaded = run_from_json(document, "$")
    assert (loaded.message, loaded.test_accuracy, loaded.test_loss, loaded.folder) == ("", None, None, None)


def _changed(path: list, value: object = None, delete: bool = False) -> dict:
    document = run_to_json(record())
    target = document
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return document


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "$.runs[2]: must be a JSON object, got list"),
        (_changed(["colour"], "red"), "$.runs[2].colour: unknown key"),
        (_changed(["epoch"], []), '$.runs[2].epoch: unknown key (did you mean "epochs"?)'),
        (_changed(["id"], None, delete=True), '$.runs[2]: missing the key "id"'),
        (_changed(["id"], ""), "$.runs[2].id: must be a text of 1 to 64 characters"),
        (_changed(["id"], 3), "$.runs[2].id: must be a text of 1 to 64 characters, got 3"),
        (
            _changed(["started"], "yesterday"),
            "$.runs[2].started: must be a date and time with its UTC offset",
        ),
        (_changed(["started"], "2025-03-01T14:05:09"), "$.runs[2].started: must be a date and time with"),
        (_changed(["reason"], "crashed"), "$.runs[2].reason: must be one of completed, stopped"),
        (_changed(["message"], ["x"]), "$.runs[2].message: must be a text of 0 to 10000 characters"),
        (_changed(["test_accuracy"], "high"), "$.runs[2].test_accuracy: must be a number, or null for one"),
        (_changed(["folder"], 7), "$.runs[2].folder: must be a text of 1 to 4096 characters"),
        (_changed(["settings", "optimizer"], "lbfgs"), "$.runs[2].settings.optimizer: must be one of sgd"),
        (_changed(["settings"], []), "$.runs[2].settings: must be a JSON object, got list"),
        (_changed(["epochs"], {}), "$.runs[2].epochs: must be a list of epochs"),
        (_changed(["epochs", 1, "train_loss"], "0.5"), "$.runs[2].epochs[1].train_loss: must be a number"),
        (_changed(["epochs", 1, "seconds"], True), "$.runs[2].epochs[1].seconds: must be a number"),
        (_changed(["epochs", 2, "epoch"], 0), "$.runs[2].epochs[2].epoch: must be a whole number from 1"),
        (_changed(["epochs", 2, "epoch"], 1.0), "$.runs[2].epochs[2].epoch: must be a whole number from 1"),
        (_changed(["epochs", 0, "lr"], 1), "$.runs[2].epochs[0].lr: unknown key"),
        (
            _changed(["epochs", 0, "seconds"], None, delete=True),
            '$.runs[2].epochs[0]: missing the key "seconds"',
        ),
        (
            _changed(["architecture", "layers", 0, "filters"], 0),
            "$.runs[2].architecture.layers[0].filters: must be a whole number from 1",
        ),
        (_changed(["architecture"], {}), "$.runs[2].architecture: is not a cnn-designer architecture"),
    ],
)
def test_bad_runs_are_refused_with_the_json_path(document, message):
    with pytest.raises(FormatError) as caught:
        run_from_json(document, "$.runs[2]")
    assert message in str(caught.value)


# Differences.


def test_identical_runs_and_single_runs_have_no_differences():
    assert describe_differences([record(), record("run 2")]) == []
    assert describe_differences([record(), record("run 2"), record("run 3")]) == []
    assert describe_differences([record()]) == []
    assert describe_differences([]) == []


def test_names_descriptions_and_results_do_not_count():
    other = replace(record("run 2"), epochs=(), test_accuracy=None, folder=None, reason="failed")
    other = replace(other, architecture=replace(NET, name="Mine", description="changed"))
    assert describe_differences([record(), other]) == []


def test_a_changed_parameter_names_the_layer_the_parameter_and_both_values():
    layers = list(NET.layers)
    layers[1] = layers[1].with_params(filters=64, kernel_size=(5, 3), stride=None)
    changed = Architecture(NET.input, tuple(layers))
    assert describe_differences([record(), record("run 2", changed)]) == [
        "conv2: filters 32 -> 64",
        "conv2: kernel_size 3 -> 5x3",
        "conv2: stride 1 -> none",
    ]


def test_layers_added_removed_and_retyped():
    conv1, conv2, pool, _drop, flat, dense1 = NET.layers
    changed = with_layers(
        conv1, conv2, pool, flat, Layer.new("Dense", "dense2", units=64), Layer.new("Activation", "dense1")
    )
    assert describe_differences([record(), record("run 2", changed)]) == [
        "layer drop1 removed",
        "layer dense2 (Dense) added",
        "dense1: type Dense -> Activation",
    ]


def test_moved_layers_say_where_they_went():
    conv1, conv2, pool, drop, flat, dense1 = NET.layers
    assert describe_differences(
        [record(), record("run 2", with_layers(conv1, conv2, drop, pool, flat, dense1))]
    ) == ["layer drop1 moved after conv2"]
    assert describe_differences(
        [record(), record("run 2", with_layers(conv2, conv1, pool, drop, flat, dense1))]
    ) == ["layer conv2 moved to the start"]


def test_input_shape_and_settings():
    changed = replace(NET, input=InputSpec(3, 32, 32))
    other = record("run 2", changed, learning_rate=0.0003, optimizer="sgd", augment_flip=True)
    assert describe_differences([record(), other]) == [
        "input shape (1, 28, 28) -> (3, 32, 32)",
        "optimizer adam -> sgd",
        "learning_rate 0.001 -> 0.0003",
        "augment_flip false -> true",
    ]


def test_three_runs_are_each_compared_with_the_first_and_named():
    runs = [record(), record("run 2", batch_size=128), record("run 3"), record("run 4", seed=7, epochs=20)]
    assert describe_differences(runs) == [
        "run 2: batch_size 64 -> 128",
        "run 3: same as run 1",
        "run 4: epochs 10 -> 20",
        "run 4: seed 0 -> 7",
    ]


def test_every_line_comes_from_a_template():
    conv1, conv2, pool, drop, flat, dense1 = NET.layers
    changed = replace(
        NET, input=InputSpec(1, 32, 32), layers=(conv2, conv1, pool, flat, Layer.new("Dense", "d"))
    )
    runs = [record(), record("run 2", changed, dataset="mnist"), record("run 3")]
    found = differences(runs)
    assert {line.template for line in found} <= set(TEMPLATES)
    assert [str(line) for line in found] == describe_differences(runs)
    assert all(line.run for line in found)


def test_a_number_too_large_for_a_float_is_refused_not_a_crash():
    """Documents decoded elsewhere than our JSON reader may hold whole numbers of any size."""
    document = run_to_json(record())
    epoch = epoch_to_json(EpochMetrics(1, 0.5, 0.9, 0.5, 0.9, 0.1, 1.0, 10.0))
    document["epochs"] = [{**epoch, "seconds": 10**400}]
    with pytest.raises(FormatError, match=r"\$\.epochs\[0\]\.seconds: must be a number"):
        run_from_json(document, "$")
    document = run_to_json(record())
    document["settings"]["learning_rate"] = 10**400
    with pytest.raises(FormatError, match="learning_rate: must be a number"):
        run_from_json(document, "$")
