"""A bundle's model in the forms other tools load (see :mod:`designer.core.export_formats`)."""

from __future__ import annotations

import io
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import torch

from designer.core.atomic import write_atomic
from designer.core.errors import DesignerError
from designer.core.export_formats import FORMATS_BY_NAME
from designer.core.fileformat import dumps_architecture
from designer.core.phrases import phrase
from designer.engine.bundle import Bundle, save_bundle


def export_torchscript(bundle: Bundle, path: str | os.PathLike[str]) -> None:
    """A traced module of the network (logits out) that ``torch.jit.load`` opens without this package."""
    model = bundle.model()
    example = torch.zeros(2, *bundle.architecture.input.shape)
    buffer = io.BytesIO()
    # Recent torch calls TorchScript deprecated; it is still what C++ and mobile runtimes load.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        traced = torch.jit.trace(model, example)  # type: ignore[no-untyped-call]
        torch.jit.save(traced, buffer)
    write_atomic(Path(path), buffer.getvalue())


#: The ONNX operator set written: 17 has every operator these networks need and wide runtime support.
ONNX_OPSET = 17


def export_onnx(bundle: Bundle, path: str | os.PathLike[str]) -> None:
    """An ONNX graph (input ``input``, output ``logits``, any batch size), checked by ``onnx.checker``."""
    try:
        import onnx
    except ImportError:
        raise DesignerError(
            phrase("ONNX export needs the onnx package; install it with: pip install 'cnn-designer[onnx]'")
        ) from None
    model = bundle.model()
    example = torch.zeros(2, *bundle.architecture.input.shape)
    with tempfile.TemporaryDirectory() as folder:
        graph = Path(folder) / "model.onnx"
        _trace_onnx(model, example, graph)
        data = graph.read_bytes()
    onnx.checker.check_model(onnx.load_from_string(data), full_check=True)
    write_atomic(Path(path), data)


def _trace_onnx(model: torch.nn.Module, example: torch.Tensor, path: Path) -> None:
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the TorchScript-based exporter's deprecation notices
        torch.onnx.export(
            model,
            (example,),
            path,
            opset_version=ONNX_OPSET,
            input_names=["input"],
            output_names=["logits"],
            dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
            dynamo=False,
        )


def export_architecture(bundle: Bundle, path: str | os.PathLike[str]) -> None:
    """The architecture file, with the training settings the model was trained with."""
    write_atomic(Path(path), dumps_architecture(bundle.architecture).encode("utf-8"))


def export_model(bundle: Bundle, format_name: str, path: str | os.PathLike[str]) -> list[Path]:
    """Write ``bundle`` as the export format called ``format_name``; returns the files written.

    ``path`` comes first; some formats put files beside it (the weights of PyTorch source,
    the data of a training script).
    """
    from designer.engine.python_export import export_python
    from designer.engine.train_script import export_train_script

    writers: dict[str, Callable[[Bundle, Path], list[Path] | None]] = {
        "bundle": save_bundle,
        "torchscript": export_torchscript,
        "onnx": export_onnx,
        "python": export_python,
        "train-script": export_train_script,
        "json": export_architecture,
    }
    if format_name not in FORMATS_BY_NAME:
        raise DesignerError(
            phrase("no export format {name!r}; choose one of {names}").format(
                name=format_name, names=", ".join(FORMATS_BY_NAME)
            )
        )
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    beside = writers[format_name](bundle, target)
    return [target, *(beside or [])]
