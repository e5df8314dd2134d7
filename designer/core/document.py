"""The architecture being edited, with undo and redo; no Qt.

Architectures are immutable values, so an edit is just the value before and after it:
undo puts the old value back.  Views subscribe and redraw from the new value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from designer.core.architecture import Architecture, InputSpec, Layer, name_problem, unique_name
from designer.core.catalogue import CATALOGUE
from designer.core.inference import LayerReport, Summary, infer
from designer.core.layer_kind import Fix, Shape
from designer.core.params import Value
from designer.core.phrases import phrase
from designer.core.training import TrainingSettings


@dataclass(frozen=True)
class Edit:
    """One undoable step. Edits with the same ``merge_key`` in a row become one (typing in a field).
    The edits of :class:`Document` are described by phrases, which the window translates."""

    description: str
    before: Architecture
    after: Architecture
    merge_key: str = ""


Listener = Callable[[Architecture], None]
#: Steps from the network's stack into a block's branch: (layer index, branch index) per level.
Scope = tuple[tuple[int, int], ...]


def stack_at(layers: tuple[Layer, ...], scope: Scope) -> tuple[Layer, ...] | None:
    """The stack ``scope`` leads to from ``layers``, or None when it leads nowhere."""
    for index, branch in scope:
        if not 0 <= index < len(layers) or not 0 <= branch < len(layers[index].branches):
            return None
        layers = layers[index].branches[branch]
    return layers


def with_stack(layers: tuple[Layer, ...], scope: Scope, stack: tuple[Layer, ...]) -> tuple[Layer, ...]:
    """``layers`` with the stack at ``scope`` replaced by ``stack``; the blocks above are rebuilt."""
    if not scope:
        return stack
    (index, branch), rest = scope[0], scope[1:]
    block = layers[index]
    branches = list(block.branches)
    branches[branch] = with_stack(branches[branch], rest, stack)
    return (*layers[:index], replace(block, branches=tuple(branches)), *layers[index + 1 :])


class Document:
    def __init__(self, architecture: Architecture) -> None:
        self._architecture = architecture
        self._saved = architecture
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._listeners: list[Listener] = []
        self._summary: tuple[Architecture, Summary] | None = None
        #: The stack being edited: () for the network, else (block index, branch) steps into blocks.
        self._scope: Scope = ()

    @property
    def architecture(self) -> Architecture:
        return self._architecture

    @property
    def summary(self) -> Summary:
        """The inference of the current architecture, computed once per change for every view."""
        if self._summary is None or self._summary[0] is not self._architecture:
            self._summary = (self._architecture, infer(self._architecture))
        return self._summary[1]

    # The stack being edited.
    @property
    def scope(self) -> Scope:
        return self._scope

    def set_scope(self, scope: Scope) -> None:
        """Edit the stack ``scope`` leads to (``()``: the network); an invalid scope is refused."""
        if stack_at(self._architecture.layers, scope) is None:
            raise ValueError(f"no stack at {scope}")
        self._scope = scope
        self._notify()

    @property
    def layers(self) -> tuple[Layer, ...]:
        """The layers of the stack being edited."""
        return stack_at(self._architecture.layers, self._scope) or ()

    @property
    def reports(self) -> tuple[LayerReport, ...]:
        """The inference of each layer of the stack being edited (unknown where the block could not say)."""
        return self.reports_at(self._scope)

    def reports_at(self, scope: Scope) -> tuple[LayerReport, ...]:
        """The inference of each layer of the stack at ``scope`` (unknown where its block could not say)."""
        reports = self.summary.layers
        for index, branch in scope:
            block = reports[index]
            if branch >= len(block.branches):
                layers = stack_at(self._architecture.layers, scope) or ()
                return tuple(
                    LayerReport(i, layer.name, layer.kind, "unknown") for i, layer in enumerate(layers)
                )
            reports = block.branches[branch]
        return reports

    @property
    def scope_input(self) -> Shape | None:
        """The shape the stack being edited receives: the network's input, or its block's input."""
        return self.input_at(self._scope)

    def input_at(self, scope: Scope) -> Shape | None:
        """The shape the stack at ``scope`` receives: what the layer before its block gives, or
        what that block's own stack receives when the block comes first."""
        if not scope:
            return self._architecture.input.shape
        *outer, (index, _) = scope
        if index == 0:
            return self.input_at(tuple(outer))
        return self.reports_at(tuple(outer))[index - 1].output_shape

    def scope_path(self) -> list[tuple[str, int, int]]:
        """(block name, branch, branch count) for each block the scope goes into."""
        path, layers = [], self._architecture.layers
        for index, branch in self._scope:
            block = layers[index]
            path.append((block.name, branch, len(block.branches)))
            layers = block.branches[branch]
        return path

    def _keep_scope(self) -> None:
        """After an edit, undo or redo: step out of blocks that are no longer there."""
        while stack_at(self._architecture.layers, self._scope) is None:
            self._scope = self._scope[:-1]

    @property
    def modified(self) -> bool:
        return self._architecture != self._saved

    def mark_saved(self) -> None:
        self._saved = self._architecture
        self._notify()

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with the new architecture after every change."""
        self._listeners.append(listener)

    def _notify(self) -> None:
        self._keep_scope()
        for listener in self._listeners:
            listener(self._architecture)

    # Undo and redo.
    @property
    def undo_text(self) -> str:
        return self._undo[-1].description if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].description if self._redo else ""

    def undo(self) -> None:
        if self._undo:
            edit = self._undo.pop()
            self._redo.append(edit)
            self._architecture = edit.before
            self._notify()

    def redo(self) -> None:
        if self._redo:
            edit = self._redo.pop()
            self._undo.append(edit)
            self._architecture = edit.after
            self._notify()

    def apply(self, description: str, after: Architecture, merge_key: str = "") -> None:
        """Make ``after`` the architecture, as one undoable step called ``description``."""
        if after == self._architecture:
            return
        before = self._architecture
        if merge_key and self._undo and self._undo[-1].merge_key == merge_key and not self._redo:
            before = self._undo.pop().before
        self._undo.append(Edit(description, before, after, merge_key))
        self._redo.clear()
        self._architecture = after
        self._notify()

    def replace_all(self, architecture: Architecture, description: str) -> None:
        self._scope = ()
        self.apply(description, architecture)

    # Edits of the stack.
    def _with_layers(self, layers: list[Layer]) -> Architecture:
        """The architecture with the stack being edited made of ``layers``."""
        return replace(
            self._architecture, layers=with_stack(self._architecture.layers, self._scope, tuple(layers))
        )

    def _taken(self) -> set[str]:
        """Every layer name in use, inside blocks too."""
        return {layer.name for layer in self._architecture.all_layers()}

    def new_layer(self, kind: str) -> Layer:
        """A layer of ``kind`` with default settings and a name no other layer has; a block comes
        with a starting body (ResNet's basic block, or a 1x1 and a 3x3 branch side by side)."""
        taken = self._taken()

        def fresh(kind: str, **params: Value) -> Layer:
            spec = CATALOGUE[kind]
            layer = Layer(kind, unique_name(spec.name_prefix, taken), {**spec.defaults(), **params})
            taken.add(layer.name)
            return layer

        if kind == "Residual":
            block = fresh("Residual")
            conv: dict[str, Value] = {
                "kernel_size": 3,
                "padding": "same",
                "use_bias": False,
                "activation": "linear",
            }
            body = (
                fresh("Conv2D", **conv),
                fresh("BatchNorm"),
                fresh("Activation", activation="relu"),
                fresh("Conv2D", **conv),
                fresh("BatchNorm"),
            )
            return replace(block, branches=(body,))
        if kind == "Parallel":
            block = fresh("Parallel")
            one = fresh("Conv2D", kernel_size=1)
            three = fresh("Conv2D", kernel_size=3, padding="same")
            return replace(block, branches=((one,), (three,)))
        return fresh(kind)

    def insert(self, index: int, layer: Layer) -> None:
        layers = list(self.layers)
        layers.insert(index, layer)
        self.apply(
            phrase("Add {kind} {layer}").format(kind=layer.kind, layer=layer.name), self._with_layers(layers)
        )

    def remove(self, index: int) -> None:
        layers = list(self.layers)
        layer = layers.pop(index)
        self.apply(phrase("Delete {layer}").format(layer=layer.name), self._with_layers(layers))

    def move(self, index: int, to: int) -> None:
        """Move the layer at ``index`` so that it ends up at position ``to``."""
        layers = list(self.layers)
        if index == to or not 0 <= to < len(layers):
            return
        layer = layers.pop(index)
        layers.insert(to, layer)
        self.apply(phrase("Move {layer}").format(layer=layer.name), self._with_layers(layers))

    def duplicate(self, index: int) -> Layer:
        original = self.layers[index]
        taken = self._taken()

        def renamed(layer: Layer) -> Layer:
            stem = re.sub(r"_\d+$", "", layer.name)  # conv2d_1 -> conv2d_2, c1 -> c1_1
            name = unique_name(stem, taken)
            taken.add(name)
            branches = tuple(tuple(renamed(inner) for inner in branch) for branch in layer.branches)
            return replace(layer, name=name, branches=branches)

        copy = renamed(original)
        layers = list(self.layers)
        layers.insert(index + 1, copy)
        self.apply(phrase("Duplicate {layer}").format(layer=original.name), self._with_layers(layers))
        return copy

    def rename(self, index: int, name: str) -> str | None:
        """Rename a layer; returns why not (a phrase) when the name is unusable or taken."""
        layer = self.layers[index]
        if name == layer.name:
            return None
        problem = name_problem(name)
        if problem is None and name in self._taken():
            problem = phrase('"{name}" already names another layer').format(name=name)
        if problem:
            return problem
        layers = list(self.layers)
        layers[index] = replace(layer, name=name)
        self.apply(
            phrase("Rename {layer} to {name}").format(layer=layer.name, name=name), self._with_layers(layers)
        )
        return None

    def set_param(self, index: int, name: str, value: Value) -> None:
        layer = self.layers[index]
        layers = list(self.layers)
        layers[index] = layer.with_params(**{name: value})
        self.apply(
            phrase("Change {param} of {layer}").format(param=name, layer=layer.name),
            self._with_layers(layers),
            merge_key=f"{layer.name}.{name}",
        )

    def apply_fix(self, index: int, fix: Fix) -> None:
        """Repair the layer at ``index`` as ``fix`` says, as one undoable step."""
        layers = list(self.layers)
        layer = layers[index]
        if fix.insert_flatten:
            layers.insert(index, self.new_layer("Flatten"))
        else:
            layers[index] = layer.with_params(**fix.params)
        self.apply(
            phrase("{fix} ({layer})").format(fix=fix.description, layer=layer.name), self._with_layers(layers)
        )

    def wrap(self, first: int, last: int) -> Layer:
        """Put the layers ``first`` to ``last`` (inclusive) into a new residual block in their place."""
        layers = list(self.layers)
        body = tuple(layers[first : last + 1])
        block = replace(Layer.new("Residual", unique_name("residual", self._taken())), branches=(body,))
        layers[first : last + 1] = [block]
        description = (
            phrase("Wrap {layer} in a residual block").format(layer=body[0].name)
            if len(body) == 1
            else phrase("Wrap {first} to {last} in a residual block").format(
                first=body[0].name, last=body[-1].name
            )
        )
        self.apply(description, self._with_layers(layers))
        return block

    def unwrap(self, index: int) -> str | None:
        """Replace the block at ``index`` by its layers; returns why not (a phrase) when it is not a
        one-branch block."""
        block = self.layers[index]
        if not block.spec.is_block:
            return phrase("{layer} is not a block").format(layer=block.name)
        if len(block.branches) != 1:
            return phrase("{layer} has {count} branches; only a block of one can be unwrapped").format(
                layer=block.name, count=len(block.branches)
            )
        layers = list(self.layers)
        layers[index : index + 1] = block.branches[0]
        self.apply(phrase("Unwrap {layer}").format(layer=block.name), self._with_layers(layers))
        return None

    def move_into(self, index: int, block_index: int) -> None:
        """Move the layer at ``index`` to the end of the first branch of the block at ``block_index``."""
        layers = list(self.layers)
        layer, block = layers[index], layers[block_index]
        if index == block_index or not block.branches:
            return
        first = (*block.branches[0], layer)
        layers[block_index] = replace(block, branches=(first, *block.branches[1:]))
        del layers[index]
        self.apply(
            phrase("Move {layer} into {block}").format(layer=layer.name, block=block.name),
            self._with_layers(layers),
        )

    def move_out(self, index: int) -> None:
        """Move the layer at ``index`` of the block being edited out, to just after the block."""
        if not self._scope:
            return
        outer, (block_index, branch) = self._scope[:-1], self._scope[-1]
        around = list(stack_at(self._architecture.layers, outer) or ())
        block = around[block_index]
        inside = list(block.branches[branch])
        layer = inside.pop(index)
        branches = (*block.branches[:branch], tuple(inside), *block.branches[branch + 1 :])
        around[block_index] = replace(block, branches=branches)
        around.insert(block_index + 1, layer)
        layers = with_stack(self._architecture.layers, outer, tuple(around))
        self.apply(
            phrase("Move {layer} out of {block}").format(layer=layer.name, block=block.name),
            replace(self._architecture, layers=layers),
        )

    def add_branch(self, index: int) -> int:
        """Give the parallel block at ``index`` one more branch (a 1x1 convolution); returns its number."""
        block = self.layers[index]
        branch = (self.new_layer("Conv2D").with_params(kernel_size=1),)
        layers = list(self.layers)
        layers[index] = replace(block, branches=(*block.branches, branch))
        self.apply(phrase("Add a branch to {block}").format(block=block.name), self._with_layers(layers))
        return len(block.branches)

    def remove_branch(self, index: int, branch: int) -> None:
        block = self.layers[index]
        layers = list(self.layers)
        layers[index] = replace(block, branches=tuple(b for i, b in enumerate(block.branches) if i != branch))
        self.apply(
            phrase("Remove branch {number} of {block}").format(number=branch + 1, block=block.name),
            self._with_layers(layers),
        )

    def set_training(self, settings: TrainingSettings) -> None:
        """Change the training settings kept with the design (one undo step per field in a row)."""
        before = self._architecture.training or TrainingSettings()
        changed = [f.name for f in fields(settings) if getattr(settings, f.name) != getattr(before, f.name)]
        label = changed[0] if len(changed) == 1 else phrase("training settings")
        self.apply(
            phrase("Change {setting}").format(setting=label),
            replace(self._architecture, training=settings),
            merge_key=f"training.{label}",
        )

    def set_input(self, spec: InputSpec) -> None:
        self.apply(phrase("Change the input"), replace(self._architecture, input=spec), merge_key="input")
