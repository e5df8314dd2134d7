"""The forms a trained model can be exported in: one declaration for the CLI, the window and the engine."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportFormat:
    name: str
    #: What a file chooser calls it.
    title: str
    suffix: str
    help: str


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "bundle", "Model bundle", ".cnnbundle", "the model bundle itself: weights, architecture, classes"
    ),
    ExportFormat(
        "torchscript", "TorchScript module", ".pt", "a module torch.jit.load opens without cnn-designer"
    ),
    ExportFormat("onnx", "ONNX graph", ".onnx", "an ONNX graph, opset 17 (needs cnn-designer[onnx])"),
    ExportFormat(
        "python", "PyTorch source", ".py", "standalone PyTorch source, its weights beside it as .pt"
    ),
    ExportFormat(
        "train-script",
        "Training script",
        ".py",
        "a standalone PyTorch script that trains the design again, in one process or under torchrun",
    ),
    ExportFormat("json", "Architecture JSON", ".json", "the architecture file with the training settings"),
)
FORMATS_BY_NAME = {f.name: f for f in EXPORT_FORMATS}

#: What a run leaves besides its model: the command line's ``export`` writes these too.
RECORD_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("metrics-csv", "Metrics (CSV)", ".csv", "the run's metrics, a row per epoch (a run folder)"),
    ExportFormat("metrics-json", "Metrics (JSON)", ".json", "the same as JSON (a run folder)"),
    ExportFormat(
        "plots",
        "Training plots",
        ".png",
        "loss, accuracy and learning-rate plots, PATH-<plot>.png (a run folder)",
    ),
    ExportFormat(
        "diagram", "Architecture diagram", ".png", "the architecture diagram, SVG when PATH ends in .svg"
    ),
)
