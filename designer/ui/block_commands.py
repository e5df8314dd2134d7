"""The Edit menu's commands on blocks: wrap layers in a residual block, unwrap one, open a block to
edit its layers, close it again, and move a layer out of it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from designer.core.document import Document
from designer.ui.network_editor import NetworkEditor
from designer.ui.style import make_action
from designer.ui.translation import translated


class BlockCommands(QObject):
    def __init__(self, document: Document, network: NetworkEditor, window: QMainWindow) -> None:
        super().__init__(window)
        self.document, self.network, self.window = document, network, window
        self.wrap_action = make_action(
            window, self.tr("&Wrap in Residual Block"), self.wrap_layers, "Ctrl+G", "residual"
        )
        self.wrap_action.setStatusTip(
            self.tr("Put the selected layers (shift-click for several) in a residual block")
        )
        self.unwrap_action = make_action(window, self.tr("Un&wrap Block"), self.unwrap_block, "Ctrl+Shift+G")
        self.open_action = make_action(
            window, self.tr("&Open Block"), self.open_block, "Ctrl+Return", "residual"
        )
        self.open_action.setStatusTip(self.tr("Edit the layers inside the selected block"))
        self.close_action = make_action(window, self.tr("&Close Block"), self.close_block, "Ctrl+Backspace")
        self.close_action.setStatusTip(self.tr("Go back to the stack the block sits in"))
        self.move_out_action = make_action(window, self.tr("Move Out of Block"), self.move_out_of_block)
        self.move_out_action.setStatusTip(self.tr("Put the selected layer after the block it is in"))
        network.block_open_requested.connect(self.open_block)

    def actions(self) -> list[QAction]:
        return [
            self.wrap_action,
            self.unwrap_action,
            self.open_action,
            self.close_action,
            self.move_out_action,
        ]

    def update(self, index: int | None) -> None:
        """Enable what applies to the layer at ``index`` of the stack shown."""
        layers = self.document.layers
        layer = layers[index] if index is not None and index < len(layers) else None
        self.wrap_action.setEnabled(layer is not None)
        self.unwrap_action.setEnabled(layer is not None and len(layer.branches) == 1)
        self.open_action.setEnabled(layer is not None and layer.spec.is_block)
        self.close_action.setEnabled(bool(self.document.scope))
        self.move_out_action.setEnabled(bool(self.document.scope) and layer is not None)

    def wrap_layers(self) -> None:
        """Put the selected run of layers into a residual block, then select the block."""
        selected = self.network.selected_range()
        if selected is not None:
            self.document.wrap(*selected)
            self.network.select_layer(selected[0])

    def unwrap_block(self) -> None:
        index = self.network.current_layer()
        if index is None:
            return
        problem = self.document.unwrap(index)
        if problem:
            self.window.statusBar().showMessage(translated(problem), 10_000)

    def open_block(self, index: int | None = None) -> None:
        """Show the layers inside the block at ``index`` (default: the selected one), its first branch."""
        index = self.network.current_layer() if index is None else index
        layers = self.document.layers
        if index is None or not 0 <= index < len(layers) or not layers[index].branches:
            return
        self.document.set_scope((*self.document.scope, (index, 0)))
        self.network.select_layer(0 if self.document.layers else None)
        self.network.setFocus()

    def close_block(self) -> None:
        """Back to the stack around the block shown, with the block selected."""
        scope = self.document.scope
        if scope:
            self.document.set_scope(scope[:-1])
            self.network.select_layer(scope[-1][0])

    def move_out_of_block(self) -> None:
        index = self.network.current_layer()
        if index is not None and self.document.scope:
            self.document.move_out(index)
