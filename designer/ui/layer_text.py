"""How the window words layers, shapes and counts; every phrase goes through Qt translation."""

from __future__ import annotations

from designer.core.architecture import Layer
from designer.core.layer_kind import Shape
from designer.core.layers.pooling import pool_stride
from designer.core.params import Value, as_pair
from designer.ui.translation import tr


def size_text(value: Value, square: str = "{h}x{w}") -> str:
    """``5`` -> ``5x5``; ``(3, 1)`` -> ``3x1``; ``square`` formats equal sides (``"{h}"`` for strides)."""
    height, width = as_pair(value)  # type: ignore[arg-type]
    return (square if height == width else "{h}x{w}").format(h=height, w=width)


def shape_text(shape: Shape | None) -> str:
    """``(6, 28, 28)`` -> ``6 @ 28x28``; ``(120,)`` -> ``120``; unknown -> ``?``."""
    if shape is None:
        return "?"
    if len(shape) == 3:
        return f"{shape[0]} @ {shape[1]}x{shape[2]}"
    return f"{shape[0]}"


def padding_text(value: Value) -> str:
    if value in ("valid", "same"):
        return str(value)
    return tr("padding {size}").format(size=size_text(value, "{h}"))


def layer_brief(layer: Layer) -> str:
    """The key settings in a few words, e.g. ``6 @ 5x5, stride 1, valid, tanh``; a block's layers counted."""
    p = layer.params
    activation = p.get("activation")
    parts: list[str] = []
    if "filters" in p:
        parts = [
            f"{p['filters']} @ {size_text(p['kernel_size'])}",
            tr("stride {stride}").format(stride=size_text(p["stride"], "{h}")),
            padding_text(p["padding"]),
        ]
    elif "pool_size" in p:
        parts = [
            size_text(p["pool_size"]),
            tr("stride {stride}").format(stride=size_text(pool_stride(p), "{h}")),
            padding_text(p["padding"]),
        ]
    elif "units" in p:
        parts = [tr("{units} units").format(units=p["units"])]
    elif "rate" in p:
        parts = [tr("rate {rate}").format(rate=f"{p['rate']:g}")]
    elif layer.kind == "Residual":
        parts = [tr("{count} layers + input").format(count=len(layer.branches[0]) if layer.branches else 0)]
    elif layer.kind == "Parallel":
        counts = " | ".join(str(len(branch)) for branch in layer.branches)
        parts = [
            tr("{count} branches ({layers} layers), {merge}").format(
                count=len(layer.branches), layers=counts, merge=p["merge"]
            )
        ]
    if activation is not None and (activation != "linear" or layer.kind == "Activation"):
        parts.append(str(activation))
    return ", ".join(parts)
