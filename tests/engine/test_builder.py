"""The torch builder: names, logits, and the Keras/TensorFlow "same" padding values."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import torch
import torch.nn.functional as F

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.errors import DesignError
from designer.core.presets import load_preset, preset_names
from designer.engine.builder import build_layer, build_model

L = Layer.new


@pytest.mark.parametrize("name", preset_names())
def test_presets_build_with_their_counted_parameters(name):
    from designer.core.inference import infer

    architecture = load_preset(name)
    model = build_model(architecture)
    summary = infer(architecture)
    assert sum(p.numel() for p in model.parameters()) == summary.trainable_params
    assert [n for n, _ in model.named_children()] == [layer.name for layer in architecture.layers]
    assert model(torch.zeros(3, *architecture.input.shape)).shape == (3, 10)


def test_weights_are_named_after_layers():
    keys = set(build_model(load_preset("lenet5")).state_dict())
    assert {"c1.conv.weight", "c1.conv.bias", "f6.linear.weight", "output.linear.bias"} <= keys


def test_final_softmax_is_left_to_prediction():
    model = build_model(load_preset("lenet5")).eval()
    x = torch.randn(4, 1, 32, 32)
    logits = model(x)
    assert not torch.allclose(logits.sum(dim=1), torch.ones(4))
    torch.testing.assert_close(model.predict_proba(x), torch.softmax(logits, dim=1))
    assert isinstance(model.layer("f6").act, torch.nn.Tanh)
    assert not hasattr(model.layer("output"), "act")


def test_final_softmax_activation_layer_becomes_identity():
    architecture = Architecture(
        InputSpec(1, 4, 4),
        (
            L("Flatten", "f"),
            L("Dense", "d", units=3, activation="linear"),
            L("Activation", "sm", activation="softmax"),
        ),
    )
    model = build_model(architecture)
    assert isinstance(model.layer("sm"), torch.nn.Identity)


def test_names_torch_reserves_still_build():
    architecture = Architecture(InputSpec(1, 4, 4), (L("Flatten", "forward"), L("Dense", "train", units=2)))
    model = build_model(architecture)
    assert model.module_names == {"forward": "forward_", "train": "train_"}
    assert model(torch.zeros(1, 1, 4, 4)).shape == (1, 2)
    assert model.layer("train") is model.train_


def test_invalid_design_is_refused_with_the_reason():
    architecture = Architecture(InputSpec(1, 4, 4), (L("Conv2D", "c", kernel_size=5),))
    with pytest.raises(DesignError, match=r"layer 1 \(Conv2D\): a 5x5 kernel does not fit a 4x4 input"):
        build_model(architecture)


def test_same_max_pool_ignores_the_padding_like_tensorflow():
    layer = L("MaxPool2D", "p", pool_size=2, padding="same")
    x = -torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)  # all negative: zero padding would win
    y = build_layer(layer, (1, 3, 3))(x)
    assert y.tolist() == [[[[-1.0, -3.0], [-7.0, -9.0]]]]


def test_same_avg_pool_averages_real_values_only():
    layer = L("AvgPool2D", "p", pool_size=2, padding="same")
    x = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    y = build_layer(layer, (1, 3, 3))(x)
    assert y.tolist() == [[[[3.0, 4.5], [7.5, 9.0]]]]


def test_same_conv_with_stride_pads_the_extra_zero_after():
    # TensorFlow: a 4-wide input, kernel 2, stride 2 needs no padding; width 5 needs one zero at the right.
    layer = L(
        "Conv2D",
        "c",
        filters=1,
        kernel_size=(1, 2),
        stride=(1, 2),
        padding="same",
        use_bias=False,
        activation="linear",
    )
    module = build_layer(layer, (1, 1, 5))
    with torch.no_grad():
        module.conv.weight.fill_(1.0)
    x = torch.tensor([[[[1.0, 2.0, 3.0, 4.0, 5.0]]]])
    assert module(x).tolist() == [[[[3.0, 7.0, 5.0]]]]
    assert module(x).tolist() == F.conv2d(F.pad(x, (0, 1)), torch.ones(1, 1, 1, 2), stride=(1, 2)).tolist()


STRIDED_1X1_CHECK = """
import torch
from designer.core.architecture import Architecture, InputSpec, Layer
from designer.engine.builder import build_model

conv = Layer.new("Conv2D", "c", filters=8, kernel_size=3, stride=2, padding="same")
architecture = Architecture(InputSpec(4, 12, 12), (
    Layer.new("Conv2D", "pointwise", filters=6, kernel_size=1, stride=2),
    Layer.new("Residual", "down", branches=[[conv]]),
    Layer.new("Flatten", "flat"), Layer.new("Dense", "out", units=3),
))
torch.manual_seed(0)
model = build_model(architecture).to(memory_format=torch.channels_last)
x = torch.randn(16, 4, 12, 12)
for _ in range(30):
    model.zero_grad()
    model(x.contiguous(memory_format=torch.channels_last)).square().sum().backward()
ours = [p.grad.clone() for p in model.parameters()]
with torch.backends.mkldnn.flags(enabled=False):
    model.zero_grad()
    model(x.contiguous(memory_format=torch.channels_last)).square().sum().backward()
for a, b in zip(ours, (p.grad for p in model.parameters())):
    torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-4)
print("same gradients")
"""


def test_strided_1x1_convolutions_train_channels_last_on_one_thread():
    """oneDNN's strided 1x1 weight gradient over channels-last input with few channels writes past its
    buffer on one thread (and is wrong on more); the builder subsamples first, so it never runs."""
    done = subprocess.run(
        [sys.executable, "-c", STRIDED_1X1_CHECK],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "same gradients" in done.stdout
