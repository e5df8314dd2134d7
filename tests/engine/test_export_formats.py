"""Every export format the CLI and the window offer is written by the engine."""

from __future__ import annotations

import importlib.util

import pytest
import torch

from designer.core.errors import DesignerError
from designer.core.export_formats import EXPORT_FORMATS
from designer.core.fileformat import load_architecture
from designer.core.presets import load_preset
from designer.engine.bundle import load_bundle
from designer.engine.export import export_model
from tests.engine.export_models import BLOCKS, bundle_of


@pytest.mark.parametrize("form", EXPORT_FORMATS, ids=lambda f: f.name)
def test_each_format_writes_its_file(form, tmp_path):
    if form.name == "onnx" and importlib.util.find_spec("onnx") is None:
        pytest.skip("the onnx extra is not installed")
    bundle = bundle_of(load_preset("lenet5"))
    target = tmp_path / "nested" / f"model{form.suffix}"
    export_model(bundle, form.name, target)
    assert target.stat().st_size > 0
    if form.name == "bundle":
        x = torch.randn(2, 1, 32, 32)
        with torch.no_grad():
            torch.testing.assert_close(load_bundle(target).model()(x), bundle.model()(x), rtol=0, atol=0)


def test_an_unknown_format_is_named(tmp_path):
    with pytest.raises(DesignerError, match="no export format 'keras'"):
        export_model(bundle_of(load_preset("lenet5")), "keras", tmp_path / "x")


@pytest.mark.filterwarnings("ignore:`torch.jit.load` is deprecated:FutureWarning")
def test_blocks_survive_the_bundle_torchscript_and_json(tmp_path):
    """(ONNX, Python source and the training script are tested with blocks in their own files.)"""
    bundle = bundle_of(BLOCKS)
    x = torch.randn(3, *BLOCKS.input.shape)
    with torch.no_grad():
        ours = bundle.model()(x)
        export_model(bundle, "bundle", tmp_path / "m.cnnbundle")
        reloaded = load_bundle(tmp_path / "m.cnnbundle")
        assert reloaded.architecture == BLOCKS
        torch.testing.assert_close(reloaded.model()(x), ours, rtol=0, atol=0)
        export_model(bundle, "torchscript", tmp_path / "m.pt")
        torch.testing.assert_close(torch.jit.load(tmp_path / "m.pt")(x), ours, rtol=0, atol=1e-5)
    export_model(bundle, "json", tmp_path / "m.json")
    assert load_architecture(tmp_path / "m.json") == BLOCKS
