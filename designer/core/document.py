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
from designer.core.inference import Summary, infer
from designer.core.layer_kind import Fix
from designer.core.params import Value
from designer.core.training import TrainingSettings


@dataclass(frozen=True)
class Edit:
    """One undoable step. Edits with the same ``merge_key`` in a row become one (typing in a field)."""

    description: str
    before: Architecture
    after: Architecture
    merge_key: str = ""


Listener = Callable[[Architecture], None]


class Document:
    def __init__(self, architecture: Architecture) -> None:
        self._architecture = architecture
        self._saved = architecture
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._listeners: list[Listener] = []
        self._summary: tuple[Architecture, Summary] | None = None

    @property
    def architecture(self) -> Architecture:
        return self._architecture

    @property
    def summary(self) -> Summary:
        """The inference of the current architecture, computed once per change for every view."""
        if self._summary is None or self._summary[0] is not self._architecture:
            self._summary = (self._architecture, infer(self._architecture))
        return self._summary[1]

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
        self.apply(description, architecture)

    # Edits of the stack.
    def _with_layers(self, layers: list[Layer]) -> Architecture:
        return replace(self._architecture, layers=tuple(layers))

    def new_layer(self, kind: str) -> Layer:
        """A layer of ``kind`` with default settings and a name no other layer has."""
        taken = (layer.name for layer in self._architecture.layers)
        return Layer.new(kind, unique_name(CATALOGUE[kind].name_prefix, taken))

    def insert(self, index: int, layer: Layer) -> None:
        layers = list(self._architecture.layers)
        layers.insert(index, layer)
        self.apply(f"Add {layer.kind} {layer.name}", self._with_layers(layers))

    def remove(self, index: int) -> None:
        layers = list(self._architecture.layers)
        layer = layers.pop(index)
        self.apply(f"Delete {layer.name}", self._with_layers(layers))

    def move(self, index: int, to: int) -> None:
        """Move the layer at ``index`` so that it ends up at position ``to``."""
        layers = list(self._architecture.layers)
        if index == to or not 0 <= to < len(layers):
            return
        layer = layers.pop(index)
        layers.insert(to, layer)
        self.apply(f"Move {layer.name}", self._with_layers(layers))

    def duplicate(self, index: int) -> Layer:
        original = self._architecture.layers[index]
        taken = [layer.name for layer in self._architecture.layers]
        stem = re.sub(r"_\d+$", "", original.name)  # conv2d_1 -> conv2d_2, c1 -> c1_1
        copy = replace(original, name=unique_name(stem, taken))
        layers = list(self._architecture.layers)
        layers.insert(index + 1, copy)
        self.apply(f"Duplicate {original.name}", self._with_layers(layers))
        return copy

    def rename(self, index: int, name: str) -> str | None:
        """Rename a layer; returns why not when the name is unusable or taken."""
        layer = self._architecture.layers[index]
        if name == layer.name:
            return None
        problem = name_problem(name)
        if problem is None and any(other.name == name for other in self._architecture.layers):
            problem = f'"{name}" already names another layer'
        if problem:
            return problem
        layers = list(self._architecture.layers)
        layers[index] = replace(layer, name=name)
        self.apply(f"Rename {layer.name} to {name}", self._with_layers(layers))
        return None

    def set_param(self, index: int, name: str, value: Value) -> None:
        layer = self._architecture.layers[index]
        layers = list(self._architecture.layers)
        layers[index] = layer.with_params(**{name: value})
        label = name.replace("_", " ")
        self.apply(
            f"Change {label} of {layer.name}", self._with_layers(layers), merge_key=f"{layer.name}.{name}"
        )

    def apply_fix(self, index: int, fix: Fix) -> None:
        """Repair the layer at ``index`` as ``fix`` says, as one undoable step."""
        layers = list(self._architecture.layers)
        layer = layers[index]
        if fix.insert_flatten:
            taken = (other.name for other in layers)
            layers.insert(index, Layer.new("Flatten", unique_name(CATALOGUE["Flatten"].name_prefix, taken)))
        else:
            layers[index] = layer.with_params(**fix.params)
        self.apply(f"{fix.description} ({layer.name})", self._with_layers(layers))

    def set_training(self, settings: TrainingSettings) -> None:
        """Change the training settings kept with the design (one undo step per field in a row)."""
        before = self._architecture.training or TrainingSettings()
        changed = [f.name for f in fields(settings) if getattr(settings, f.name) != getattr(before, f.name)]
        label = changed[0].replace("_", " ") if len(changed) == 1 else "training settings"
        self.apply(
            f"Change {label}", replace(self._architecture, training=settings), merge_key=f"training.{label}"
        )

    def set_input(self, spec: InputSpec) -> None:
        self.apply("Change the input", replace(self._architecture, input=spec), merge_key="input")
