"""Search spaces: checked against the declarations, applied to designs, and saved as JSON."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from designer.core.errors import FormatError
from designer.core.inference import infer
from designer.core.presets import load_preset, preset_names
from designer.core.search_space import (
    Knob,
    SearchSpace,
    apply_values,
    knob_problem,
    load_space,
    save_space,
    space_from_json,
    space_problems,
    suggested_space,
)
from designer.core.training import TrainingSettings

LENET = load_preset("lenet5")


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_gets_a_suggested_space_it_can_search(name):
    architecture = load_preset(name)
    space = suggested_space(architecture)
    assert space_problems(space, architecture) == []
    keys = [knob.key for knob in space.knobs]
    assert keys[:3] == ["learning_rate", "batch_size", "optimizer"]
    last_dense = [layer.name for layer in architecture.all_layers() if layer.kind == "Dense"][-1]
    assert f"{last_dense}.units" not in keys  # its units are the number of classes


def test_lenet_space_halves_keeps_and_doubles_widths():
    by_key = suggested_space(LENET).by_key()
    assert by_key["c1.filters"].choices == (3, 6, 12)
    assert by_key["f6.units"].choices == (42, 84, 168)
    assert by_key["learning_rate"].describe() == "0.0001 .. 0.1 (log)"


def _pick(knob: Knob) -> st.SearchStrategy[object]:
    if knob.choices:
        return st.sampled_from(knob.choices)
    assert knob.low is not None
    assert knob.high is not None
    return st.floats(knob.low, knob.high)


@st.composite
def trials(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    name = draw(st.sampled_from(preset_names()))
    space = suggested_space(load_preset(name))
    return name, {knob.key: draw(_pick(knob)) for knob in space.knobs if draw(st.booleans())}


@given(trials())
def test_a_trials_values_land_in_the_design_and_its_settings(trial):
    name, values = trial
    architecture = load_preset(name)
    space = suggested_space(architecture)
    changed = apply_values(architecture, space, values)
    layers = {layer.name: layer for layer in changed.all_layers()}
    for key, value in values.items():
        knob = space.by_key()[key]
        if knob.layer:
            assert layers[knob.layer].params[knob.param] == value
        else:
            assert getattr(changed.training, knob.param) == value
    untouched = {knob.layer for knob in space.knobs if knob.key in values}
    before = {layer.name: layer for layer in architecture.all_layers()}
    plain = [n for n, layer in before.items() if not layer.branches]  # a block changes with its insides
    assert all(layers[n] == before[n] for n in plain if n not in untouched)
    infer(changed)  # a design with shapes that no longer fit is reported, never an exception


def test_a_knob_that_breaks_the_shapes_is_found_before_training():
    space = SearchSpace((Knob("kernel_size", "c5", choices=(5, 9)),))
    assert space_problems(space, LENET) == []
    assert infer(apply_values(LENET, space, {"c5.kernel_size": 5})).valid
    assert not infer(apply_values(LENET, space, {"c5.kernel_size": 9})).valid


def test_settings_keep_the_designs_own_values_besides_the_trials():
    architecture = load_preset("cifar10_cnn")
    assert architecture.training is not None
    changed = apply_values(architecture, suggested_space(architecture), {"learning_rate": 0.01})
    assert changed.training == architecture.training.with_values(learning_rate=0.01)
    bare = apply_values(LENET.__class__(LENET.input, LENET.layers), SearchSpace(), {})
    assert bare.training == TrainingSettings()


RANGE = "the range needs a low value below its high value"
LOG = "a log scale needs a range above 0"


@pytest.mark.parametrize(
    ("knob", "problem"),
    [
        (Knob("filters", "nowhere", choices=(8,)), "there is no layer called nowhere"),
        (Knob("device", choices=("cpu",)), "device is not a training setting a search can change"),
        (Knob("padding", "c1", choices=("same",)), "c1.padding cannot be searched"),
        (Knob("optimizer", low=0, high=1), "optimizer: list the values to try"),
        (
            Knob("filters", "c1", low=8, high=4),
            f"c1.filters: {RANGE}",
        ),
        (Knob("filters", "c1", low=4, high=8.5), "c1.filters: the range must be whole numbers"),
        (
            Knob("learning_rate", low=0, high=0.1, log=True),
            f"learning_rate: {LOG}",
        ),
        (Knob("filters", "c1", choices=(8, 8)), "c1.filters: list from 1 to 64 different values"),
        (
            Knob("filters", "c1", choices=(0, 8)),
            "c1.filters: 0 must be a whole number from 1 to 65536, got 0",
        ),
        (Knob("optimizer", choices=("adam", "lion")), "optimizer: lion must be one of sgd, adam"),
    ],
)
def test_a_knob_that_cannot_be_searched_says_why(knob, problem):
    assert (knob_problem(knob, LENET) or "").startswith(problem)


def test_a_space_says_what_is_missing_or_repeated():
    assert space_problems(SearchSpace(), LENET) == [
        "the space has no knobs; mark at least one setting or layer parameter"
    ]
    twice = SearchSpace((Knob("learning_rate", low=0.001, high=0.1),) * 2)
    assert space_problems(twice, LENET) == ["learning_rate is listed twice"]


def test_blocks_are_searched_through_the_layers_inside_them():
    resnet = load_preset("resnet20")
    block = next(layer for layer in resnet.layers if layer.kind == "Residual")
    assert knob_problem(Knob("activation", block.name, choices=("relu",)), resnet) == (
        f"{block.name} is a block; search the layers inside it"
    )
    inner = next(layer for layer in block.walk() if layer.kind == "Conv2D")
    space = SearchSpace((Knob("filters", inner.name, choices=(8, 16)),))
    changed = apply_values(resnet, space, {f"{inner.name}.filters": 8})
    assert next(layer for layer in changed.all_layers() if layer.name == inner.name).params["filters"] == 8


def test_spaces_round_trip_through_json_files(tmp_path):
    space = suggested_space(load_preset("cifar10_cnn"))
    save_space(space, tmp_path / "space.json")
    assert load_space(tmp_path / "space.json") == space
    document = json.loads((tmp_path / "space.json").read_text())
    assert document["knobs"][0] == {"param": "learning_rate", "low": 0.0001, "high": 0.1, "log": True}


SPACE = {"format": "cnn-designer/search-space", "version": 1}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "space.json: is not a search space"),
        ({"format": "cnn-designer/search-space", "version": 9, "knobs": []}, "newer cnn-designer"),
        ({**SPACE, "knobs": [3]}, "knobs[0]: must be an object"),
        (
            {
                "format": "cnn-designer/search-space",
                "version": 1,
                "knobs": [{"param": "x", "choices": [[1]]}],
            },
            "choices: must hold numbers",
        ),
        (
            {**SPACE, "knobs": [{"param": "x", "low": "a"}]},
            "knobs[0].low: must be a number",
        ),
        (
            {**SPACE, "knobs": [{"param": "x", "step": 1}]},
            "knobs[0].step: is not a knob's key",
        ),
    ],
)
def test_malformed_spaces_are_refused_with_the_place(document, message):
    with pytest.raises(FormatError, match=message.replace("[", r"\[").replace("]", r"\]")):
        space_from_json(document, "space.json")
