"""The stack of layer cards: select, drag to reorder, drop new layers, rename in place, fix."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from designer.core.architecture import Architecture
from designer.core.document import Document
from designer.core.layer_kind import Fix
from designer.ui.layer_card_delegate import LayerCardDelegate
from designer.ui.layer_list_model import LayerListModel
from designer.ui.translation import translated


class NetworkEditor(QListView):
    """Row 0 is the input card; row ``i`` shows layer ``i - 1``.

    ``layer_selected`` carries the selected layer's index, or None for the input.
    """

    layer_selected = Signal(object)
    #: A block's card was double-clicked: its index in the stack shown.
    block_open_requested = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.list_model = LayerListModel(document)
        self.setModel(self.list_model)
        self.card_delegate = LayerCardDelegate(self, self)
        self.setItemDelegate(self.card_delegate)
        self.card_delegate.fix_requested.connect(self._on_delegate_fix_requested)
        # Shift-click selects a run of layers, to wrap in a block; the properties follow the current one.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)  # F2 comes from the Rename action
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setSpacing(0)
        self.setAccessibleName(self.tr("Network layers"))
        self._selected_name: str | None = None
        self._selected_row = 0
        document.subscribe(self._on_document_changed)
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self.select_row(0)

    def select_row(self, row: int) -> None:
        row = max(0, min(row, self.list_model.rowCount() - 1))
        index = self.list_model.index(row)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def current_layer(self) -> int | None:
        """The selected layer's index; None when the input (or nothing) is selected."""
        row = self.currentIndex().row()
        return row - 1 if row > 0 else None

    def selected_range(self) -> tuple[int, int] | None:
        """The first and last selected layers (the input aside), or None when no layer is selected."""
        rows = sorted(index.row() - 1 for index in self.selectionModel().selectedIndexes() if index.row() > 0)
        return (rows[0], rows[-1]) if rows else None

    def select_layer(self, index: int | None) -> None:
        self.select_row(0 if index is None else index + 1)

    def _on_selection_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():  # the model is resetting; the document handler reselects
            return
        layer = self.current_layer()
        layers = self.document.layers
        self._selected_row = current.row()
        self._selected_name = layers[layer].name if layer is not None and layer < len(layers) else None
        self.layer_selected.emit(layer)

    def _on_document_changed(self, architecture: Architecture) -> None:
        """Keep the same layer selected across edits; after a delete, the one that took its place."""
        names = [layer.name for layer in self.document.layers]
        row = names.index(self._selected_name) + 1 if self._selected_name in names else self._selected_row
        row = max(0, min(row, len(names)))
        self._selected_name = names[row - 1] if row > 0 else None  # follows a rename
        if row != self.currentIndex().row():
            self.select_row(row)
        self.scheduleDelayedItemsLayout()  # card heights may have changed

    def _on_delegate_fix_requested(self, layer: int, fix: Fix) -> None:
        self.document.apply_fix(layer, fix)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.select_row(index.row())
        menu = QMenu(self)
        window = self.window()
        for name in ("rename", "duplicate", "move_up", "move_down", "delete"):
            action = getattr(window, f"{name}_action", None)
            if action is not None:
                menu.addAction(action)
        blocks = getattr(window, "blocks", None)
        if blocks is not None:
            menu.addSeparator()
            menu.addActions([action for action in blocks.actions() if action.isEnabled()])
        report = self.list_model.card(self.currentIndex().row()).report
        if report is not None and report.fixes:
            menu.addSeparator()
            for fix in report.fixes:
                menu.addAction(
                    self.tr("Fix: {action}").format(action=translated(fix.description)),
                    lambda fix=fix: self.document.apply_fix(report.index, fix),
                )
        menu.exec(event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-clicking a block opens it; any other card is renamed in place."""
        row = self.indexAt(event.position().toPoint()).row()
        layers = self.document.layers
        if 0 < row <= len(layers) and layers[row - 1].spec.is_block:
            self.block_open_requested.emit(row - 1)
            return
        super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event: object) -> None:  # wrapped error text changes card heights
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.doItemsLayout()
