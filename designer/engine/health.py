"""Per-layer health on one batch: gradient norms, update sizes and dead ReLU units."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import torch
from torch import nn

from designer.engine.events import LayerHealth


def _ends_in_relu(module: nn.Module) -> bool:
    if isinstance(module, nn.Sequential) and len(module):
        module = module[-1]
    return isinstance(module, nn.ReLU)


def _has_weights(module: nn.Module) -> bool:
    return any(True for _ in module.parameters())


class HealthProbe:
    """Watches one training step of ``layers`` (name -> module, in network order).

    Use :meth:`watch` around the forward pass, then :meth:`before_step` and
    :meth:`after_step` around the optimizer step.
    """

    def __init__(self, layers: dict[str, nn.Module]) -> None:
        self.layers = {name: m for name, m in layers.items() if _has_weights(m) or _ends_in_relu(m)}
        self.alive: dict[str, torch.Tensor] = {}
        self.before: dict[str, list[torch.Tensor]] = {}
        self.gradients: dict[str, float] = {}

    def _recorder(self, name: str) -> Callable[[nn.Module, object, torch.Tensor], None]:
        def record(module: nn.Module, inputs: object, output: torch.Tensor) -> None:
            # A unit is a channel (feature maps) or a feature (vectors); alive if it fired anywhere.
            self.alive[name] = (output.detach() > 0).transpose(0, 1).flatten(1).any(dim=1)

        return record

    @contextmanager
    def watch(self) -> Iterator[None]:
        handles = [
            module.register_forward_hook(self._recorder(name))
            for name, module in self.layers.items()
            if _ends_in_relu(module)
        ]
        try:
            yield
        finally:
            for handle in handles:
                handle.remove()

    def before_step(self) -> None:
        for name, module in self.layers.items():
            grads = [p.grad.detach().float().norm() for p in module.parameters() if p.grad is not None]
            self.gradients[name] = float(torch.stack(grads).norm().item()) if grads else 0.0
            self.before[name] = [p.detach().clone() for p in module.parameters()]

    def after_step(self) -> tuple[LayerHealth, ...]:
        report = []
        for name, module in self.layers.items():
            ratio = 0.0
            if self.before[name]:
                pairs = zip(module.parameters(), self.before[name], strict=True)
                change = torch.stack([(p.detach() - old).float().norm() for p, old in pairs]).norm()
                size = torch.stack([p.detach().float().norm() for p in module.parameters()]).norm()
                ratio = float(change.item()) / max(float(size.item()), 1e-12)
            alive = self.alive.get(name)
            dead = None if alive is None else 1.0 - float(alive.float().mean().item())
            report.append(LayerHealth(name, self.gradients[name], ratio, dead))
        return tuple(report)
