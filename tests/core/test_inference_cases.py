"""Tables of the cases people reason about: input, layer -> output shape, parameters, MACs."""

from __future__ import annotations

import pytest

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.inference import infer

L = Layer.new


def one(layer: Layer, shape: tuple[int, int, int] = (3, 32, 32)):
    return infer(Architecture(InputSpec(*shape), (layer,))).layers[0]


@pytest.mark.parametrize(
    ("layer", "shape", "output", "params", "macs"),
    [
        (L("Conv2D", "c", filters=6, kernel_size=5), (1, 32, 32), (6, 28, 28), 156, 117_600),
        (
            L("Conv2D", "c", filters=32, kernel_size=3, padding="same"),
            (3, 32, 32),
            (32, 32, 32),
            896,
            884_736,
        ),
        (
            L("Conv2D", "c", filters=8, kernel_size=3, padding="same", stride=2),
            (3, 32, 32),
            (8, 16, 16),
            224,
            55_296,
        ),
        (
            L("Conv2D", "c", filters=8, kernel_size=3, padding="same", stride=2),
            (3, 7, 7),
            (8, 4, 4),
            224,
            3_456,
        ),
        (
            L("Conv2D", "c", filters=8, kernel_size=4, padding="same", stride=3),
            (1, 10, 11),
            (8, 4, 4),
            136,
            2_048,
        ),
        (L("Conv2D", "c", filters=4, kernel_size=3, padding=1, stride=2), (2, 9, 9), (4, 5, 5), 76, 1_800),
        (L("Conv2D", "c", filters=4, kernel_size=(3, 1), padding=(1, 0)), (2, 8, 8), (4, 8, 8), 28, 1_536),
        (L("Conv2D", "c", filters=4, kernel_size=3, dilation=2), (1, 9, 9), (4, 5, 5), 40, 900),
        (
            L("Conv2D", "c", filters=6, kernel_size=3, groups=3, use_bias=False),
            (6, 5, 5),
            (6, 3, 3),
            108,
            972,
        ),
        (
            L("SeparableConv2D", "s", filters=16, kernel_size=3),
            (8, 10, 10),
            (16, 8, 8),
            72 + 128 + 16,
            200 * 64,
        ),
        (
            L("SeparableConv2D", "s", filters=4, depth_multiplier=2, padding="same"),
            (3, 6, 6),
            (4, 6, 6),
            54 + 24 + 4,
            78 * 36,
        ),
        (L("Conv2DTranspose", "t", filters=4, kernel_size=3, stride=2), (8, 5, 5), (4, 10, 10), 292, 7_200),
        (
            L("Conv2DTranspose", "t", filters=4, kernel_size=3, stride=2, padding="valid"),
            (8, 5, 5),
            (4, 11, 11),
            292,
            7_200,
        ),
        (
            L("Conv2DTranspose", "t", filters=2, kernel_size=3, stride=2, padding=1, output_padding=1),
            (1, 4, 4),
            (2, 8, 8),
            20,
            288,
        ),
        (L("MaxPool2D", "p"), (3, 32, 32), (3, 16, 16), 0, 0),
        (L("MaxPool2D", "p"), (3, 15, 15), (3, 7, 7), 0, 0),
        (L("MaxPool2D", "p", padding="same"), (3, 15, 15), (3, 8, 8), 0, 0),
        (L("AvgPool2D", "p", pool_size=3, stride=1), (2, 5, 5), (2, 3, 3), 0, 0),
        (L("AvgPool2D", "p", pool_size=(2, 3), stride=(1, 2), padding="same"), (1, 5, 5), (1, 5, 3), 0, 0),
        (L("GlobalAvgPool2D", "g"), (64, 7, 7), (64,), 0, 0),
        (L("GlobalMaxPool2D", "g"), (64, 7, 7), (64,), 0, 0),
        (L("Flatten", "f"), (16, 5, 5), (400,), 0, 0),
        (L("BatchNorm", "b"), (16, 5, 5), (16, 5, 5), 32, 400),
        (L("Dropout", "d", rate=0.25), (16, 5, 5), (16, 5, 5), 0, 0),
        (L("Activation", "a", activation="tanh"), (16, 5, 5), (16, 5, 5), 0, 0),
    ],
)
def test_layer_output_params_and_macs(layer, shape, output, params, macs):
    report = one(layer, shape)
    assert (report.status, report.output_shape, report.params, report.macs) == ("ok", output, params, macs)


def test_dense_and_batchnorm_after_flatten():
    architecture = Architecture(
        InputSpec(16, 5, 5),
        (
            L("Flatten", "f"),
            L("Dense", "d", units=120),
            L("BatchNorm", "b"),
            L("Dense", "o", units=10, use_bias=False),
        ),
    )
    summary = infer(architecture)
    assert [r.output_shape for r in summary.layers] == [(400,), (120,), (120,), (10,)]
    assert [r.params for r in summary.layers] == [0, 48_120, 240, 1_200]
    assert summary.layers[2].non_trainable == 240
    assert (summary.trainable_params, summary.non_trainable_params) == (49_560, 240)
    assert summary.total_params == 49_800


@pytest.mark.parametrize(
    ("layer", "shape", "message"),
    [
        (L("Conv2D", "c", kernel_size=5), (1, 4, 4), "a 5x5 kernel does not fit a 4x4 input with padding 0"),
        (
            L("Conv2D", "c", kernel_size=5, padding=1),
            (1, 2, 9),
            "a 5x5 kernel does not fit a 2x9 input with padding 1",
        ),
        (
            L("Conv2D", "c", kernel_size=3, dilation=3),
            (1, 6, 6),
            "a 3x3 kernel with dilation spans 7x7 and does not fit a 6x6 input with padding 0",
        ),
        (L("Conv2D", "c", groups=2), (3, 8, 8), "groups (2) must divide the 3 input channels"),
        (L("Conv2D", "c", filters=5, groups=2), (4, 8, 8), "groups (2) must divide the 5 filters"),
        (L("MaxPool2D", "p", pool_size=3), (1, 2, 2), "a 3x3 pool does not fit a 2x2 input with padding 0"),
        (
            L("Conv2DTranspose", "t", stride=2, output_padding=2),
            (1, 4, 4),
            'output_padding must be 0 with "same" padding',
        ),
        (
            L("Conv2DTranspose", "t", stride=2, padding="valid", output_padding=2),
            (1, 4, 4),
            "output_padding (2) must be smaller than the stride (2) or the dilation (1)",
        ),
    ],
)
def test_impossible_layer_says_why_with_the_numbers(layer, shape, message):
    report = one(layer, shape)
    assert report.status == "error"
    assert report.error.startswith(f"layer 1 ({layer.kind}): {message}")


def test_error_names_index_and_later_layers_are_unknown():
    architecture = Architecture(
        InputSpec(1, 12, 12),
        (
            L("Conv2D", "c1", kernel_size=3),
            L("MaxPool2D", "p1"),
            L("Conv2D", "c2", kernel_size=3),
            L("MaxPool2D", "p2"),
            L("Conv2D", "c3", kernel_size=5),
            L("Flatten", "f"),
            L("Dense", "d", units=10),
        ),
    )
    summary = infer(architecture)
    assert [r.output_shape for r in summary.layers[:4]] == [(32, 10, 10), (32, 5, 5), (32, 3, 3), (32, 1, 1)]
    assert summary.layers[4].error == "layer 5 (Conv2D): a 5x5 kernel does not fit a 1x1 input with padding 0"
    assert [r.status for r in summary.layers[5:]] == ["unknown", "unknown"]
    assert summary.layers[6].params is None
    assert not summary.valid
    assert summary.errors == (summary.layers[4].error,)


def test_dense_on_a_feature_map_asks_for_flatten():
    report = infer(Architecture(InputSpec(3, 4, 4), (L("Dense", "d"),))).layers[0]
    assert report.error == (
        "layer 1 (Dense): Dense needs a flat vector but gets a 3x4x4 feature map; "
        "add a Flatten or a global pooling layer before it"
    )


def test_convolution_after_flatten_is_flagged():
    summary = infer(Architecture(InputSpec(3, 4, 4), (L("Flatten", "f"), L("Conv2D", "c"))))
    assert summary.layers[1].error.startswith("layer 2 (Conv2D): Conv2D needs a feature map")


@pytest.mark.parametrize(
    ("layers", "fields"),
    [
        ((L("Conv2D", "a", kernel_size=3), L("Conv2D", "b", kernel_size=3)), [(3, 3), (5, 5)]),
        ((L("Conv2D", "a", kernel_size=3, stride=2), L("Conv2D", "b", kernel_size=3)), [(3, 3), (7, 7)]),
        ((L("MaxPool2D", "p"), L("Conv2D", "b", kernel_size=3)), [(2, 2), (6, 6)]),
        ((L("Conv2D", "a", kernel_size=3, dilation=2), L("BatchNorm", "n")), [(5, 5), (5, 5)]),
        ((L("Conv2D", "a", kernel_size=(1, 3)), L("GlobalAvgPool2D", "g")), [(1, 3), None]),
    ],
)
def test_receptive_field(layers, fields):
    summary = infer(Architecture(InputSpec(1, 32, 32), layers))
    assert [r.receptive_field for r in summary.layers] == fields


def test_totals_and_memory():
    summary = infer(Architecture(InputSpec(1, 4, 4), (L("Conv2D", "c", filters=2, kernel_size=3),)))
    assert summary.output_shape == (2, 2, 2)
    assert summary.weights_bytes == 20 * 4
    assert summary.activation_bytes == (16 + 8) * 4
    assert summary.total_macs == 2 * 9 * 4
