"""The summary of an architecture as text (like Keras's ``model.summary()``) and as JSON."""

from __future__ import annotations

from typing import Any

from designer.core.geometry import describe_pair
from designer.core.inference import BYTES_PER_VALUE, LayerReport, Summary
from designer.core.layer_kind import Shape
from designer.core.phrases import phrase


def format_bytes(count: int) -> str:
    """Keras's convention: powers of 1024 with the names KB, MB, GB."""
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.2f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def format_count(count: int) -> str:
    """``1234567`` -> ``"1.23 M"``."""
    for unit, scale in (("G", 10**9), ("M", 10**6), ("K", 10**3)):
        if count >= scale:
            return f"{count / scale:.2f} {unit}"
    return str(count)


def format_shape(shape: Shape | None) -> str:
    if shape is None:
        return "?"
    return "(" + ", ".join(str(n) for n in shape) + (",)" if len(shape) == 1 else ")")


def _number(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def _row(layer: LayerReport, number: str = "", prefix: str = "") -> list[str]:
    return [
        number,
        f"{prefix}{layer.name} ({layer.kind})",
        format_shape(layer.output_shape),
        _number(layer.params),
        _number(layer.macs),
        "-" if layer.receptive_field is None else describe_pair(layer.receptive_field),
    ]


def _params_line(label: str, count: int) -> str:
    size = format_bytes(count * BYTES_PER_VALUE)
    return phrase("{label}: {count:,} ({size})").format(label=label, count=count, size=size)


def summary_text(summary: Summary) -> str:
    """The summary as a table in English, its lines phrases (the table itself is plain text)."""
    header = [
        "#",
        phrase("Layer (type)"),
        phrase("Output shape"),
        phrase("Params"),
        phrase("MACs"),
        phrase("Receptive field"),
    ]
    layers = [report for _, _, report in summary.rows()]
    rows = [["", "input (Input)", format_shape(summary.input_shape), "0", "0", "1x1"]]
    rows += [
        _row(
            report,
            "" if depth else str(report.index + 1),
            "  " * depth + ("" if branch is None else f"{branch}| "),
        )
        for depth, branch, report in summary.rows()
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    right = {0, 3, 4}

    def line(cells: list[str]) -> str:
        text = "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        return " " + text.rstrip()

    rule = sum(widths) + 2 * len(widths)
    title = phrase('Model: "{name}"').format(name=summary.name) if summary.name else phrase("Model")
    out = [title, "_" * rule, line(header), "=" * rule]
    for row, layer in zip(rows, (None, *layers), strict=True):
        out.append(line(row))
        inner_error = layer is not None and any(report.error for b in layer.branches for report in b)
        if layer is not None and layer.error and not inner_error:  # a block's error shows under its layer
            out.append(f"    ! {layer.error}")
    out.append("=" * rule)
    out += [
        _params_line(phrase("Total params"), summary.total_params),
        _params_line(phrase("Trainable params"), summary.trainable_params),
        _params_line(phrase("Non-trainable params"), summary.non_trainable_params),
        phrase("MACs per sample: {count:,} ({short})").format(
            count=summary.total_macs, short=format_count(summary.total_macs)
        ),
        phrase("Activation memory per sample: {size} (float32, input included)").format(
            size=format_bytes(summary.activation_bytes)
        ),
    ]
    if not summary.valid:
        out.append(
            phrase("Invalid: {count} layer(s) do not fit their input; '?' marks what is unknown").format(
                count=len(summary.errors)
            )
        )
    return "\n".join(out) + "\n"


def summary_json(summary: Summary) -> dict[str, Any]:
    """Shapes in PyTorch order without the batch axis: ``[C, H, W]`` or ``[N]``."""
    return {
        "name": summary.name,
        "input": list(summary.input_shape),
        "valid": summary.valid,
        "layers": [_layer_json(layer) for layer in summary.layers],
        "total_params": summary.total_params,
        "trainable_params": summary.trainable_params,
        "non_trainable_params": summary.non_trainable_params,
        "total_macs": summary.total_macs,
        "weights_bytes": summary.weights_bytes,
        "activation_bytes": summary.activation_bytes,
    }


def _layer_json(layer: LayerReport) -> dict[str, Any]:
    """One layer; a block also lists its layers, branch by branch, under ``branches``."""
    document: dict[str, Any] = {
        "name": layer.name,
        "type": layer.kind,
        "status": layer.status,
        "output_shape": None if layer.output_shape is None else list(layer.output_shape),
        "params": layer.params,
        "non_trainable_params": layer.non_trainable,
        "macs": layer.macs,
        "receptive_field": None if layer.receptive_field is None else list(layer.receptive_field),
        "error": layer.error,
    }
    if layer.branches:
        document["branches"] = [[_layer_json(inner) for inner in branch] for branch in layer.branches]
    return document
