"""A trained model as a standalone Python file: an ``nn.Module`` in plain PyTorch, and its weights.

The source is generated from the built modules' settings, so it is the network that trained.
Everything that comes from the architecture file (layer names, the network's name, class
names) enters the source only as ``repr()`` literals, never as identifiers or inside a
docstring or comment, so no name can inject code.
"""

from __future__ import annotations

import inspect
import io
import math
import os
import re
from collections.abc import Callable
from pathlib import Path

import torch
from torch import nn

from designer.core.atomic import write_atomic
from designer.engine.bundle import Bundle
from designer.engine.layer_modules import Parallel, Residual, Subsample, UnevenAvgPool2d

INDENT = "    "

UNEVEN_AVG_POOL = '''
class UnevenAvgPool2d(nn.Module):
    """Average pooling over unevenly zero-padded input that averages real values only."""

    def __init__(self, kernel, stride, pads):
        super().__init__()
        self.kernel, self.stride, self.pads = kernel, stride, pads

    def forward(self, x):
        total = F.avg_pool2d(F.pad(x, self.pads), self.kernel, self.stride, divisor_override=1)
        ones = x.new_ones((1, 1, x.shape[-2], x.shape[-1]))
        count = F.avg_pool2d(F.pad(ones, self.pads), self.kernel, self.stride, divisor_override=1)
        return total / count
'''

LOADER = '''

def load(weights=WEIGHTS):
    """The network with its trained weights, in eval mode (``weights``: the .pt file beside this one)."""
    path = Path(weights)
    if not path.is_absolute():
        path = Path(__file__).resolve().parent / path
    model = Net()
    model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    return model.eval()


def prepare(images):
    """uint8 images (N, C, H, W) as the network's input: scaled to [0, 1], then normalised."""
    mean = torch.tensor(MEAN).view(1, -1, 1, 1)
    std = torch.tensor(STD).view(1, -1, 1, 1)
    return (images.float() / 255 - mean) / std


if __name__ == "__main__":
    model = load()
    print(model)
    print("logits for a zero image:", model(torch.zeros(1, *INPUT_SHAPE)))
'''


def _literal(value: object) -> str:
    """A Python literal for ints, floats (inf and nan included), bools, strings and tuples of them."""
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'
    if isinstance(value, tuple):
        items = ", ".join(_literal(v) for v in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    if isinstance(value, bool | int | float | str) or value is None:
        return repr(value)
    raise TypeError(f"no literal for {value!r}")


def _call(name: str, *args: object, **kwargs: object) -> str:
    parts = [_literal(a) for a in args] + [f"{key}={_literal(v)}" for key, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def _conv(m: nn.Module) -> str:
    assert isinstance(m, nn.Conv2d)
    return _call(
        "nn.Conv2d", m.in_channels, m.out_channels, m.kernel_size, stride=m.stride, padding=m.padding,
        dilation=m.dilation, groups=m.groups, bias=m.bias is not None,
    )  # fmt: skip


def _conv_transpose(m: nn.Module) -> str:
    assert isinstance(m, nn.ConvTranspose2d)
    return _call(
        "nn.ConvTranspose2d", m.in_channels, m.out_channels, m.kernel_size, stride=m.stride,
        padding=m.padding, output_padding=m.output_padding, dilation=m.dilation, groups=m.groups,
        bias=m.bias is not None,
    )  # fmt: skip


def _batch_norm(m: nn.Module) -> str:
    assert isinstance(m, nn.BatchNorm1d | nn.BatchNorm2d)
    return _call(f"nn.{type(m).__name__}", m.num_features, eps=m.eps, momentum=m.momentum, affine=m.affine)


def _pair_or_int(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _padding(m: nn.Module) -> tuple[object, ...]:
    """A pad module's padding, and its fill value unless it pads with zeros."""
    assert isinstance(m, nn.ZeroPad2d | nn.ConstantPad2d)
    padding = tuple(int(v) for v in m.padding)
    return (padding,) if isinstance(m, nn.ZeroPad2d) else (padding, float(m.value))


def _subsample_stride(m: nn.Module) -> tuple[int, int]:
    assert isinstance(m, Subsample)
    return (int(m.stride[0]), int(m.stride[1]))


def _uneven(m: nn.Module) -> tuple[tuple[int, ...], ...]:
    assert isinstance(m, UnevenAvgPool2d)
    return tuple(m.kernel), tuple(m.stride), tuple(m.pads)


#: Module type -> its constructor call in the generated source.
WRITERS: dict[type[nn.Module], Callable[[nn.Module], str]] = {
    nn.Conv2d: _conv,
    nn.ConvTranspose2d: _conv_transpose,
    nn.Linear: lambda m: _call("nn.Linear", m.in_features, m.out_features, bias=m.bias is not None),
    nn.MaxPool2d: lambda m: _call(
        "nn.MaxPool2d", _pair_or_int(m.kernel_size), _pair_or_int(m.stride), padding=_pair_or_int(m.padding)
    ),
    nn.AvgPool2d: lambda m: _call(
        "nn.AvgPool2d",
        _pair_or_int(m.kernel_size),
        _pair_or_int(m.stride),
        padding=_pair_or_int(m.padding),
        count_include_pad=m.count_include_pad,
    ),  # fmt: skip
    nn.AdaptiveAvgPool2d: lambda m: _call("nn.AdaptiveAvgPool2d", _pair_or_int(m.output_size)),
    nn.AdaptiveMaxPool2d: lambda m: _call("nn.AdaptiveMaxPool2d", _pair_or_int(m.output_size)),
    nn.Flatten: lambda m: _call("nn.Flatten", m.start_dim, m.end_dim),
    nn.Dropout: lambda m: _call("nn.Dropout", m.p),
    nn.BatchNorm1d: _batch_norm,
    nn.BatchNorm2d: _batch_norm,
    nn.ZeroPad2d: lambda m: _call("nn.ZeroPad2d", *_padding(m)),
    nn.ConstantPad2d: lambda m: _call("nn.ConstantPad2d", *_padding(m)),
    nn.ReLU: lambda m: "nn.ReLU()",
    nn.Tanh: lambda m: "nn.Tanh()",
    nn.Sigmoid: lambda m: "nn.Sigmoid()",
    nn.LeakyReLU: lambda m: _call("nn.LeakyReLU", m.negative_slope),
    nn.ELU: lambda m: _call("nn.ELU", m.alpha),
    nn.GELU: lambda m: _call("nn.GELU", approximate=m.approximate),
    nn.SiLU: lambda m: "nn.SiLU()",
    nn.Softmax: lambda m: _call("nn.Softmax", dim=m.dim),
    nn.Identity: lambda m: "nn.Identity()",
    UnevenAvgPool2d: lambda m: _call("UnevenAvgPool2d", *_uneven(m)),
    Subsample: lambda m: _call("Subsample", _subsample_stride(m)),
}


def _module(m: nn.Module, depth: int) -> str:
    if type(m) is nn.Sequential:
        return _sequential(m, depth)
    if isinstance(m, Residual | Parallel):
        return _block(m, depth)
    writer = WRITERS.get(type(m))
    if writer is None:
        raise ValueError(f"a {type(m).__name__} module cannot be written as source yet")
    return writer(m)


def _sequential(m: nn.Module, depth: int) -> str:
    pad = INDENT * (depth + 1)
    items = "".join(f"{pad}({name!r}, {_module(child, depth + 1)}),\n" for name, child in m.named_children())
    return f"nn.Sequential(OrderedDict([\n{items}{INDENT * depth}]))"


def _block(m: Residual | Parallel, depth: int) -> str:
    """``Residual(body, shortcut, activation)`` or ``Parallel([branch, ...], merge, activation)``."""
    pad, inner = INDENT * (depth + 1), INDENT * (depth + 2)
    if isinstance(m, Residual):
        parts = [_module(m.body, depth + 1), _module(m.shortcut, depth + 1)]
    else:
        branches = "".join(f"{inner}{_module(branch, depth + 2)},\n" for branch in m.branches)
        parts = [f"[\n{branches}{pad}]", repr(m.merge)]
    arguments = "".join(f"{pad}{part},\n" for part in [*parts, _module(m.activation, depth + 1)])
    return f"{type(m).__name__}(\n{arguments}{INDENT * depth})"


def _class_source(cls: type) -> str:
    """The engine's own source of a module class, without its notes to the type checker."""
    return re.sub(r"  # type: ignore\[[^\]]*\]", "", inspect.getsource(cls))


def constants_source(bundle: Bundle) -> list[str]:
    """Lines naming the network, its input shape, class names and input normalisation."""
    architecture = bundle.architecture
    return [
        f"NAME = {architecture.name!r}",
        f"INPUT_SHAPE = {_literal(tuple(architecture.input.shape))}",
        f"CLASS_NAMES = {list(bundle.class_names)!r}",
        f"MEAN = {_literal(tuple(float(v) for v in bundle.normalization.mean))}",
        f"STD = {_literal(tuple(float(v) for v in bundle.normalization.std))}",
    ]


def network_source(bundle: Bundle) -> str:
    """The class ``Net`` (and any module class it needs), equal to the bundle's model."""
    model = bundle.model()
    body = "".join(
        f"{INDENT * 2}self.add_module({name!r}, {_module(child, 2)})\n"
        for name, child in model.named_children()
    )
    used = {type(m) for m in model.modules()}
    lines = [UNEVEN_AVG_POOL] if UnevenAvgPool2d in used else []
    lines += [f"\n{_class_source(cls)}" for cls in (Subsample, Residual, Parallel) if cls in used]
    lines += [
        "",
        "class Net(nn.Sequential):",
        f'{INDENT}"""The layers in order, each a submodule under its name in the design."""',
        "",
        f"{INDENT}def __init__(self):",
        f"{INDENT * 2}super().__init__()",
    ]
    return "\n".join(lines) + "\n" + body


def python_source(bundle: Bundle, weights_name: str) -> str:
    """The source of a module ``Net`` equal to the bundle's model, loading weights from ``weights_name``."""
    lines = [
        '"""A convolutional network exported by cnn-designer: plain PyTorch, no cnn-designer needed.',
        "",
        "``load()`` returns the trained network; it takes ``prepare(uint8 images)`` and returns logits.",
        '"""',
        "",
        "from collections import OrderedDict",
        "from pathlib import Path",
        "",
        "import torch",
        "import torch.nn.functional as F",
        "from torch import nn",
        "",
        *constants_source(bundle),
        f"WEIGHTS = {weights_name!r}",
        "",
    ]
    return "\n".join(lines) + "\n" + network_source(bundle) + LOADER


def export_python(bundle: Bundle, path: str | os.PathLike[str]) -> list[Path]:
    """``path`` (a .py file) and its weights beside it, as ``<stem>.pt`` (a tensor-only state dict).

    Returns the files written beside ``path``.
    """
    target = Path(path)
    weights = target.with_suffix(".pt")
    buffer = io.BytesIO()
    torch.save({key: value.contiguous() for key, value in bundle.model().state_dict().items()}, buffer)
    write_atomic(weights, buffer.getvalue())
    write_atomic(target, python_source(bundle, weights.name).encode("utf-8"))
    return [weights]
