"""The forms a trained model can be exported in: one declaration for the CLI, the window and the engine."""

from __future__ import annotations

from dataclasses import dataclass

from designer.core.phrases import phrase


@dataclass(frozen=True)
class ExportFormat:
    name: str
    #: What a file chooser calls it (a phrase, as is ``help``).
    title: str
    suffix: str
    help: str


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "bundle",
        phrase("Model bundle"),
        ".cnnbundle",
        phrase("the model bundle itself: weights, architecture, classes"),
    ),
    ExportFormat(
        "torchscript",
        phrase("TorchScript module"),
        ".pt",
        phrase("a module torch.jit.load opens without cnn-designer"),
    ),
    ExportFormat(
        "onnx", phrase("ONNX graph"), ".onnx", phrase("an ONNX graph, opset 17 (needs cnn-designer[onnx])")
    ),
    ExportFormat(
        "python",
        phrase("PyTorch source"),
        ".py",
        phrase("standalone PyTorch source, its weights beside it as .pt"),
    ),
    ExportFormat(
        "train-script",
        phrase("Training script"),
        ".py",
        phrase("a standalone PyTorch script that trains the design again, in one process or under torchrun"),
    ),
    ExportFormat(
        "json",
        phrase("Architecture JSON"),
        ".json",
        phrase("the architecture file with the training settings"),
    ),
)
FORMATS_BY_NAME = {f.name: f for f in EXPORT_FORMATS}

#: What a run leaves besides its model: the command line's ``export`` writes these too.
RECORD_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "metrics-csv",
        phrase("Metrics (CSV)"),
        ".csv",
        phrase("the run's metrics, a row per epoch (a run folder)"),
    ),
    ExportFormat(
        "metrics-json", phrase("Metrics (JSON)"), ".json", phrase("the same as JSON (a run folder)")
    ),
    ExportFormat(
        "plots",
        phrase("Training plots"),
        ".png",
        phrase("loss, accuracy and learning-rate plots, PATH-<plot>.png (a run folder)"),
    ),
    ExportFormat(
        "diagram",
        phrase("Architecture diagram"),
        ".png",
        phrase("the architecture diagram, SVG when PATH ends in .svg"),
    ),
)
