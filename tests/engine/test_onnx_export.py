"""ONNX export: a checked opset-17 graph whose outputs match ours under onnxruntime, and a clear
message when the optional extra is missing."""

from __future__ import annotations

import builtins

import numpy as np
import pytest
import torch

from designer.core.errors import DesignerError
from designer.core.presets import load_preset
from designer.engine.export import ONNX_OPSET, export_model
from tests.engine.export_models import EXPORT_CASES, bundle_of, export_case

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")


@pytest.mark.parametrize("name", EXPORT_CASES)
def test_the_onnx_graph_is_valid_and_matches_our_outputs(name, tmp_path):
    architecture = export_case(name)
    bundle = bundle_of(architecture)
    target = tmp_path / "out" / "model.onnx"
    export_model(bundle, "onnx", target)
    graph = onnx.load(target)
    onnx.checker.check_model(graph, full_check=True)
    assert max(entry.version for entry in graph.opset_import if entry.domain in ("", "ai.onnx")) >= ONNX_OPSET
    session = ort.InferenceSession(str(target), providers=["CPUExecutionProvider"])
    x = torch.randn(5, *architecture.input.shape)  # another batch size than the export's
    [logits] = session.run(None, {"input": x.numpy()})
    with torch.no_grad():
        ours = bundle.model()(x).numpy()
    np.testing.assert_allclose(logits, ours, rtol=0, atol=1e-4)


def test_without_the_extra_the_message_says_how_to_install_it(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_onnx(name, *args, **kwargs):
        if name == "onnx" or name.startswith("onnx."):
            raise ImportError("No module named 'onnx'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_onnx)
    with pytest.raises(DesignerError, match=r"pip install 'cnn-designer\[onnx\]'"):
        export_model(bundle_of(load_preset("lenet5")), "onnx", tmp_path / "model.onnx")
    assert not (tmp_path / "model.onnx").exists()
