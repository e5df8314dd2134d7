"""Residual and parallel blocks in the core: inference through them, their errors, their file format."""

from __future__ import annotations

import json

import pytest

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.errors import FormatError
from designer.core.fileformat import architecture_to_json, dumps_architecture, parse_architecture
from designer.core.inference import infer
from designer.core.report import summary_json, summary_text

L = Layer.new


def conv(name: str, filters: int = 8, **params: object) -> Layer:
    return L("Conv2D", name, filters=filters, kernel_size=3, padding="same", **params)


def net(*layers: Layer, shape: tuple[int, int, int] = (8, 16, 16)) -> Architecture:
    return Architecture(InputSpec(*shape), layers, name="blocks")


def test_an_identity_residual_block_costs_only_its_body():
    summary = infer(net(L("Residual", "res", branches=[[conv("a"), conv("b")]])))
    (block,) = summary.layers
    assert block.output_shape == (8, 16, 16)
    assert block.params == 2 * (8 * 8 * 9 + 8)
    assert [report.name for report in block.branches[0]] == ["a", "b"]
    assert block.receptive_field == (5, 5)  # the body's two 3x3 convolutions
    assert [(depth, report.name) for depth, _, report in summary.rows()] == [(0, "res"), (1, "a"), (1, "b")]


def test_a_residual_block_that_changes_the_shape_gets_a_projection():
    (block,) = infer(net(L("Residual", "res", branches=[[conv("a", 16, stride=2)]]))).layers
    assert block.output_shape == (16, 8, 8)
    body = 8 * 16 * 9 + 16
    projection = 8 * 16 + 2 * 16  # 1x1 convolution without bias, BatchNorm's scale and shift
    assert block.params == body + projection
    assert block.non_trainable == 2 * 16
    assert block.macs == (8 * 16 * 9) * 64 + 8 * 16 * 64 + 16 * 64


@pytest.mark.parametrize(
    ("body", "projection", "message"),
    [
        ([conv("a", 16)], False, "layer 1 (Residual): the body turns 8x16x16 into 16x16x16"),
        ([L("Conv2DTranspose", "up", filters=8, stride=2)], True, "not enlarge them"),
        ([L("Flatten", "flat")], True, "end the body before any Flatten"),
        ([], True, "layer 1 (Residual): its body has no layers; add one"),
        ([L("Conv2D", "big", kernel_size=20)], True, "layer 1 (Residual) > layer 1 (Conv2D): a 20x20 kernel"),
    ],
)
def test_a_residual_block_that_cannot_add_says_why(body, projection, message):
    summary = infer(net(L("Residual", "res", projection=projection, branches=[body]), conv("after")))
    assert summary.layers[0].status == "error"
    assert message in summary.errors[0]
    assert summary.layers[1].status == "unknown"


def test_parallel_branches_concatenate_channels_or_add():
    branches = [
        [conv("one", 4)],
        [conv("two", 6)],
        [L("MaxPool2D", "pool", pool_size=3, stride=1, padding="same")],
    ]
    (block,) = infer(net(L("Parallel", "inc", branches=branches))).layers
    assert block.output_shape == (4 + 6 + 8, 16, 16)
    assert block.params == (8 * 4 * 9 + 4) + (8 * 6 * 9 + 6)
    (added,) = infer(net(L("Parallel", "sum", merge="add", branches=[[conv("x")], [conv("y")]]))).layers
    assert added.output_shape == (8, 16, 16)


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (L("Parallel", "p", branches=[[conv("x")]]), "a Parallel block holds 2 to 8 branches, not 1"),
        (L("Residual", "r", branches=[[conv("x")], [conv("y")]]), "a Residual block holds 1 branches, not 2"),
        (
            L("Parallel", "p", merge="add", branches=[[conv("x", 4)], [conv("y")]]),
            "they give 4x16x16, 8x16x16",
        ),
        (L("Parallel", "p", branches=[[conv("x")], [conv("y", stride=2)]]), "one map size"),
        (
            L("Parallel", "p", branches=[[conv("x")], [conv("y"), L("Conv2D", "z", kernel_size=30)]]),
            "layer 1 (Parallel) > branch 2 > layer 2 (Conv2D): a 30x30 kernel",
        ),
    ],
)
def test_a_parallel_block_that_cannot_merge_says_why(block, message):
    assert message in infer(net(block)).errors[0]


def test_errors_name_the_path_through_nested_blocks():
    inner = L("Residual", "inner", branches=[[conv("ok"), L("Dense", "dense", units=4)]])
    outer = L("Parallel", "outer", branches=[[conv("a")], [inner]])
    (error,) = infer(net(conv("first"), outer)).errors
    assert error.startswith("layer 2 (Parallel) > branch 2 > layer 1 (Residual) > layer 2 (Dense): ")


NESTED = net(
    conv("stem"),
    L(
        "Parallel",
        "mix",
        merge="add",
        branches=[[L("Residual", "res", branches=[[conv("a"), L("BatchNorm", "bn")]])], [conv("b")]],
    ),
    L("GlobalAvgPool2D", "gap"),
    L("Dense", "out", units=3),
)


def test_blocks_round_trip_through_the_file_byte_for_byte():
    text = dumps_architecture(NESTED)
    assert parse_architecture(text) == NESTED
    assert dumps_architecture(parse_architecture(text)) == text
    assert json.loads(text)["version"] == 2
    assert '\n            {"type": "Conv2D", "name": "a"' in text  # a layer a line, indented by depth


def test_a_version_1_file_still_loads():
    document = architecture_to_json(net(conv("a"), L("Flatten", "flat")))
    document["version"] = 1
    assert parse_architecture(json.dumps(document)).layers[0].name == "a"


def _document_with(layers: list[dict]) -> str:
    document = architecture_to_json(net())
    document["layers"] = layers
    return json.dumps(document)


@pytest.mark.parametrize(
    ("layers", "where", "problem"),
    [
        (
            [
                {
                    "type": "Residual",
                    "name": "r",
                    "projection": True,
                    "activation": "relu",
                    "branches": [[{"type": "Flatten", "name": "r"}]],
                }
            ],  # fmt: skip
            "$.layers[0].branches[0][0].name",
            '"r" already names layers[0]',
        ),
        ([{"type": "Flatten", "name": "f", "branches": []}], "$.layers[0].branches", "unknown key"),
        (
            [{"type": "Residual", "name": "r", "projection": True, "activation": "relu"}],
            "$.layers[0]",
            "branches",
        ),
        (
            [{"type": "Residual", "name": "r", "projection": True, "activation": "relu", "branches": [{}]}],
            "$.layers[0].branches",
            "a list of branches",
        ),
    ],
)
def test_malformed_blocks_are_refused_with_their_path(layers, where, problem):
    with pytest.raises(FormatError) as caught:
        parse_architecture(_document_with(layers))
    assert where in str(caught.value)
    assert problem in str(caught.value)


def test_blocks_nested_too_deep_are_refused():
    layer: dict = {"type": "Flatten", "name": "leaf"}
    for depth in range(20):
        layer = {"type": "Residual", "name": f"r{depth}", "projection": True, "activation": "relu",
                 "branches": [[layer]]}  # fmt: skip
    with pytest.raises(FormatError, match="nests blocks more than 16 deep"):
        parse_architecture(_document_with([layer]))


def test_the_summary_indents_a_blocks_layers_and_marks_parallel_branches():
    text = summary_text(infer(NESTED))
    lines = text.splitlines()
    mix = next(i for i, line in enumerate(lines) if "mix (Parallel)" in line)
    assert lines[mix].startswith(" 2  mix (Parallel)")
    assert "  1| res (Residual)" in lines[mix + 1]
    assert "    a (Conv2D)" in lines[mix + 2]
    assert "  2| b (Conv2D)" in lines[mix + 4]
    assert f"Total params: {infer(NESTED).total_params:,}" in text
    (mix_json,) = [layer for layer in summary_json(infer(NESTED))["layers"] if layer["name"] == "mix"]
    assert [[inner["name"] for inner in branch] for branch in mix_json["branches"]] == [["res"], ["b"]]
    assert mix_json["branches"][0][0]["branches"][0][1]["name"] == "bn"


def test_an_error_inside_a_block_is_printed_once():
    broken = net(L("Residual", "res", branches=[[L("Conv2D", "big", kernel_size=30)]]))
    text = summary_text(infer(broken))
    assert text.count("a 30x30 kernel") == 1
