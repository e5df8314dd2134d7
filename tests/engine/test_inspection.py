"""Inspection of one sample (feature maps, prediction, Grad-CAM, kernels) and the convolution playground,
checked against torch computing the same things another way."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.presets import load_preset
from designer.engine.augment import Normalization
from designer.engine.builder import build_model
from designer.engine.inspection import (
    grad_cam,
    inspect_sample,
    kernel_weights,
    last_spatial_layer,
    report_sample,
)
from designer.engine.playground import KERNELS, apply_kernel
from tests.engine.export_models import BLOCKS

PRESETS = ("lenet5", "cifar10_cnn")


def model_and_image(preset: str, seed: int = 0):
    torch.manual_seed(seed)
    architecture = load_preset(preset)
    model = build_model(architecture)
    return architecture, model, torch.randn(architecture.input.shape)


@pytest.mark.parametrize("preset", PRESETS)
def test_feature_maps_are_the_layers_outputs_and_the_prediction_is_the_models(preset):
    architecture, model, image = model_and_image(preset)
    hooked: dict[str, torch.Tensor] = {}
    for layer in architecture.layers:
        model.layer(layer.name).register_forward_hook(
            lambda _m, _i, out, name=layer.name: hooked.__setitem__(name, out.detach())
        )
    inspection = inspect_sample(model, architecture, image)
    model.eval()
    with torch.no_grad():
        expected = model.predict_proba(image.unsqueeze(0))[0].numpy()
    np.testing.assert_allclose(inspection.probabilities, expected, rtol=1e-5, atol=1e-6)
    assert inspection.predicted == int(expected.argmax())
    spatial = [
        layer
        for layer in architecture.layers
        if layer.kind.endswith(("Conv2D", "Pool2D", "Conv2DTranspose")) and hooked[layer.name].dim() == 4
    ]
    assert [maps.layer for maps in inspection.feature_maps] == [layer.name for layer in spatial]
    for maps in inspection.feature_maps:
        np.testing.assert_allclose(maps.maps, hooked[maps.layer][0].numpy(), rtol=1e-5, atol=1e-6)


def test_lenet_feature_maps_have_the_classic_shapes():
    architecture, model, image = model_and_image("lenet5")
    shapes = [m.maps.shape for m in inspect_sample(model, architecture, image).feature_maps]
    assert shapes == [(6, 28, 28), (6, 14, 14), (16, 10, 10), (16, 5, 5), (120, 1, 1)]


def test_an_image_of_the_wrong_shape_is_refused():
    architecture, model, _ = model_and_image("lenet5")
    with pytest.raises(ValueError, match=r"the network takes \(1, 32, 32\)"):
        inspect_sample(model, architecture, torch.zeros(1, 28, 28))


@pytest.mark.parametrize("preset", PRESETS)
def test_grad_cam_is_a_non_negative_map_of_the_input_that_depends_on_the_class(preset):
    architecture, model, image = model_and_image(preset, seed=3)
    maps = [grad_cam(model, architecture, image, target) for target in range(3)]
    for cam in maps:
        assert cam.shape == tuple(architecture.input.shape[1:])
        assert cam.min() >= 0.0
        assert cam.max() <= 1.0 + 1e-6
    assert any(not np.allclose(maps[0], other) for other in maps[1:])
    assert all(p.grad is None for p in model.parameters())  # inspection leaves no gradients behind


def test_grad_cam_looks_past_one_pixel_maps():
    assert last_spatial_layer(load_preset("lenet5")) == "s4"  # C5's maps are 1x1


def test_grad_cam_matches_a_hand_computation_at_the_last_feature_map():
    architecture, model, image = model_and_image("cifar10_cnn", seed=5)
    name = last_spatial_layer(architecture)
    assert name == "pool2"  # the second max pool: after it come dropout, flatten and the dense layers
    model.eval()
    x = image.unsqueeze(0)
    names = [layer.name for layer in architecture.layers]
    head, tail = names[: names.index(name) + 1], names[names.index(name) + 1 :]
    activation = x
    for layer_name in head:
        activation = model.layer(layer_name)(activation)
    activation = activation.detach().requires_grad_(True)
    out = activation
    for layer_name in tail:
        out = model.layer(layer_name)(out)
    out[0, 4].backward()
    weights = activation.grad[0].mean(dim=(1, 2))
    cam = torch.relu((weights[:, None, None] * activation[0]).sum(0)).detach()
    cam = F.interpolate(cam[None, None], size=(32, 32), mode="bilinear", align_corners=False)[0, 0]
    expected = (cam / cam.max()).numpy()
    np.testing.assert_allclose(grad_cam(model, architecture, image, 4), expected, rtol=1e-4, atol=1e-5)


def test_kernels_are_the_layers_weights():
    architecture, model, _ = model_and_image("cifar10_cnn")
    first = architecture.layers[0].name
    np.testing.assert_array_equal(
        kernel_weights(model, first), model.layer(first).conv.weight.detach().numpy()
    )
    assert kernel_weights(model, first).shape == (32, 3, 3, 3)
    with pytest.raises(ValueError, match="has no kernels"):
        kernel_weights(model, architecture.layers[2].name)  # a pooling layer


def test_transposed_kernels_come_out_to_in():
    architecture = Architecture(
        InputSpec(2, 4, 4), (Layer.new("Conv2DTranspose", "up", filters=5, kernel_size=3),)
    )
    model = build_model(architecture)
    conv = next(m for m in model.layer("up").modules() if isinstance(m, torch.nn.ConvTranspose2d))
    np.testing.assert_array_equal(kernel_weights(model, "up"), conv.weight.detach().transpose(0, 1).numpy())


def torch_correlate(image: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    kh, kw = kernel.shape
    result = F.conv2d(
        torch.from_numpy(image.copy())[None, None],
        torch.from_numpy(kernel.copy())[None, None],
        padding=(kh // 2, kw // 2),
    )
    return result[0, 0].numpy()


odd = st.sampled_from([1, 3, 5])


@given(
    image=arrays(np.float64, st.tuples(st.integers(3, 12), st.integers(3, 12)), elements=st.floats(-4, 4)),
    kernel_shape=st.tuples(odd, odd),
    data=st.data(),
)
def test_the_playground_matches_torch_flipped_and_not(image, kernel_shape, data):
    kernel = data.draw(arrays(np.float64, kernel_shape, elements=st.floats(-2, 2)))
    np.testing.assert_allclose(apply_kernel(image, kernel), torch_correlate(image, kernel), atol=1e-9)
    flipped = np.ascontiguousarray(kernel[::-1, ::-1])
    np.testing.assert_allclose(
        apply_kernel(image, kernel, flip=True), torch_correlate(image, flipped), atol=1e-9
    )


def test_convolution_and_correlation_differ_for_sobel_and_agree_for_blur():
    image = np.zeros((7, 7))
    image[:, 4:] = 1.0  # a vertical edge
    sobel = np.array(KERNELS["sobel_x"])
    np.testing.assert_allclose(apply_kernel(image, sobel, flip=True), -apply_kernel(image, sobel))
    blur = np.array(KERNELS["blur"])
    np.testing.assert_allclose(apply_kernel(image, blur, flip=True), apply_kernel(image, blur))
    assert apply_kernel(image, sobel)[3, 3] == 4.0  # the edge, where the right column is bright


def test_the_playground_refuses_even_kernels():
    with pytest.raises(ValueError, match="odd sides"):
        apply_kernel(np.zeros((4, 4)), np.ones((2, 2)))


def test_layers_inside_blocks_show_their_maps_and_kernels():
    model = build_model(BLOCKS)
    image = torch.randint(0, 256, BLOCKS.input.shape, dtype=torch.uint8)
    report = report_sample(model, BLOCKS, image, Normalization((0.5,) * 3, (0.25,) * 3))
    names = [maps.layer for maps in report.sample.feature_maps]
    assert names == ["stem", "res_a", "down_a", "mix_1x1", "mix_a", "mix_pool", "sum_a", "sum_b"]
    assert [name for name, _ in report.kernels] == [n for n in names if n != "mix_pool"]
    assert last_spatial_layer(BLOCKS) == "sum"
    assert report.heat is not None
