"""Keras Sequential JSON (Keras 2 and 3 forms, written here from the public format) as architectures."""

from __future__ import annotations

import json

import pytest

from designer.core.inference import infer
from designer.core.keras_import import KerasImportError, import_keras, parse_keras
from designer.core.presets import load_preset
from tests.core.keras_files import CIFAR, conv, keras2, keras3

#: What Keras's summary reports for it: (output shape without the batch, params) per layer.
CIFAR_SUMMARY = [
    ((32, 32, 32), 896), ((30, 30, 32), 9248), ((15, 15, 32), 0), ((15, 15, 32), 0),
    ((15, 15, 64), 18496), ((13, 13, 64), 36928), ((6, 6, 64), 0), ((6, 6, 64), 0),
    ((2304,), 0), ((512,), 1180160), ((512,), 0), ((10,), 5130),
]  # fmt: skip


def keras_shape(shape):
    """Ours (C, H, W) as Keras's (H, W, C)."""
    return (shape[1], shape[2], shape[0]) if len(shape) == 3 else shape


@pytest.mark.parametrize(
    "document",
    [keras2(CIFAR), keras2(CIFAR, input_layer=False), keras3(CIFAR)],
    ids=["keras2", "keras2-old", "keras3"],
)
def test_the_keras_cifar10_example_imports_with_keras_shapes_and_counts(document):
    architecture = parse_keras(json.dumps(document))
    summary = infer(architecture)
    assert summary.valid
    assert [(keras_shape(r.output_shape), r.params) for r in summary.layers] == CIFAR_SUMMARY
    assert summary.total_params == 1_250_858
    assert [layer.name for layer in architecture.layers] == [name for name, _ in CIFAR]
    assert [layer.kind for layer in architecture.layers] == [
        layer.kind for layer in load_preset("cifar10_cnn").layers
    ]


EVERY = [
    ("sep", ("SeparableConv2D", {"filters": 8, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same",
                                 "depth_multiplier": 2, "activation": "linear", "use_bias": True})),
    ("bn", ("BatchNormalization", {"axis": -1, "momentum": 0.99, "epsilon": 0.001,
                                   "center": True, "scale": True})),
    ("relu", ("ReLU", {"max_value": None, "negative_slope": 0.0, "threshold": 0.0})),
    ("up", ("Conv2DTranspose", {"filters": 4, "kernel_size": [3, 3], "strides": [2, 2], "padding": "same",
                                "output_padding": None, "activation": "tanh", "use_bias": False})),
    ("avg", ("AveragePooling2D", {"pool_size": [2, 2], "strides": None, "padding": "valid"})),
    ("act", ("Activation", {"activation": "sigmoid"})),
    ("gap", ("GlobalAveragePooling2D", {"data_format": "channels_last", "keepdims": False})),
    ("out", ("Dense", {"units": 3, "activation": "softmax"})),
]  # fmt: skip
#: Keras's counts: separable 3*3*5*2 + 5*2*8 + 8 = 178; batch norm 4*8 = 32; transposed 3*3*8*4 = 288.
EVERY_SUMMARY = [
    ((16, 16, 8), 178), ((16, 16, 8), 32), ((16, 16, 8), 0), ((32, 32, 4), 288), ((16, 16, 4), 0),
    ((16, 16, 4), 0), ((4,), 0), ((3,), 15),
]  # fmt: skip


@pytest.mark.parametrize("form", [keras2, keras3])
def test_every_supported_layer_keeps_its_settings(form):
    architecture = import_keras(form(EVERY, shape=(16, 16, 5)))
    summary = infer(architecture)
    keras_counts = [(keras_shape(r.output_shape), r.params + r.non_trainable) for r in summary.layers]
    assert keras_counts == EVERY_SUMMARY  # Keras counts the moving statistics with the layer
    by_name = {layer.name: layer for layer in architecture.layers}
    assert by_name["bn"].params["momentum"] == pytest.approx(0.01)
    assert by_name["bn"].params["epsilon"] == 0.001
    assert by_name["relu"].kind == "Activation"
    assert by_name["up"].params["use_bias"] is False
    assert by_name["avg"].params["stride"] is None
    assert architecture.input.shape == (5, 16, 16)


def test_what_cannot_be_imported_is_listed_in_one_message():
    layers = [
        ("lstm", ("LSTM", {"units": 4})),
        ("leaky", ("LeakyReLU", {"negative_slope": 0.3})),
        ("conv", conv(4, 3, activation="selu")),
        ("flatten", ("Flatten", {})),
        ("out", ("Dense", {"units": 2, "activation": "softmax"})),
    ]
    with pytest.raises(KerasImportError) as caught:
        import_keras(keras3(layers, shape=(8, 8, 1)), "model.json")
    message = str(caught.value)
    assert message.startswith("model.json cannot be imported: ")
    assert "LSTM layer 'lstm': a layer type with no counterpart here" in message
    assert "LeakyReLU layer 'leaky': slope 0.3" in message
    assert "Conv2D layer 'conv': activation 'selu'" in message
    assert "\n" not in message


def test_functional_and_foreign_documents_are_refused():
    with pytest.raises(KerasImportError, match="only Sequential models"):
        import_keras({"class_name": "Functional", "config": {"layers": []}})
    with pytest.raises(KerasImportError, match="not a Keras model"):
        import_keras([1, 2, 3])


def test_names_that_are_not_ours_become_valid_names():
    layers = [("conv 2d/1", conv(4, 3)), ("class", ("Flatten", {})), ("conv 2d/1", ("Dense", {"units": 2}))]
    architecture = import_keras(keras2(layers, shape=(8, 8, 1)))
    names = [layer.name for layer in architecture.layers]
    assert names[0] == "conv_2d_1"
    assert len(set(names)) == 3
    assert "class" not in names
