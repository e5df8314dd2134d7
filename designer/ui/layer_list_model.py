"""The Qt face of the document's layer stack: row 0 is the input, then one row per layer.

Drags within the list move layers; drops from the palette insert new ones.  Every change
goes through the :class:`Document`, which notifies back; the model then resets from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from designer.core.architecture import Architecture, Layer
from designer.core.document import Document
from designer.core.inference import LayerReport
from designer.ui.translation import translated

KIND_MIME = "application/x-cnn-designer-kind"
ROW_MIME = "application/x-cnn-designer-row"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def dragged_layer(data: QMimeData) -> int | None:
    """The layer index a dragged card carries, or None unless it carries exactly one layer."""
    rows = [int(r) for r in bytes(data.data(ROW_MIME).data()).decode().split(",") if r.isdigit()]
    return rows[0] - 1 if len(rows) == 1 and rows[0] > 0 else None


@dataclass(frozen=True)
class Card:
    """What a card shows: ``layer`` and ``report`` are None for the input card, which shows
    ``input_shape`` (None when unknown) and, inside a block, is the block's input."""

    layer: Layer | None
    report: LayerReport | None
    input_shape: tuple[int, ...] | None
    in_block: bool = False


class LayerListModel(QAbstractListModel):
    """The rows of the stack the document edits: the network's, or a block's."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.shown = (document.scope, len(document.layers))
        document.subscribe(self._on_document_changed)

    def _on_document_changed(self, architecture: Architecture) -> None:
        """Same stack, same number of rows: every row's data changed (selection stays); else a reset."""
        shown = (self.document.scope, len(self.document.layers))
        if shown == self.shown:
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
            return
        self.beginResetModel()
        self.shown = shown
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown[1] + 1

    def card(self, row: int) -> Card:
        """Row 0 is what the stack receives (the network's input, or the block's); then its layers."""
        shape, in_block = self.document.scope_input, bool(self.document.scope)
        if row == 0:
            return Card(None, None, shape, in_block)
        return Card(self.document.layers[row - 1], self.document.reports[row - 1], shape, in_block)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        card = self.card(index.row())
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if card.layer is None:
                return self.tr("Block input") if self.document.scope else self.tr("Input")
            return card.layer.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if card.report is not None and card.report.error:
                return translated(card.report.error)
            return None if card.layer is None else translated(card.layer.spec.description)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Renaming in place; an unusable name is refused (the editor reports why)."""
        if role != Qt.ItemDataRole.EditRole or index.row() == 0:
            return False
        return self.document.rename(index.row() - 1, str(value)) is None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() > 0:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable
        return flags

    # Drag and drop.
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME, ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.row() > 0})
        data.setData(ROW_MIME, ",".join(map(str, rows)).encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return (data.hasFormat(KIND_MIME) or data.hasFormat(ROW_MIME)) and (row != 0 or parent.isValid())

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Insert or move so the dragged layer lands before ``row`` (after ``parent`` when dropped on it,
        into ``parent`` when that is a block)."""
        if row < 0:
            row = parent.row() + 1 if parent.isValid() else self.rowCount()
        position = max(row - 1, 0)  # in layer indexes
        if data.hasFormat(KIND_MIME):
            kind = bytes(data.data(KIND_MIME).data()).decode()
            self.document.insert(position, self.document.new_layer(kind))
            return True
        if data.hasFormat(ROW_MIME):
            source = dragged_layer(data)
            if source is None:
                return False
            target = parent.row() - 1 if parent.isValid() else -1
            if target >= 0 and target != source and self.document.layers[target].spec.is_block:
                self.document.move_into(source, target)  # dropped onto a block: into it
                return True
            self.document.move(source, position - 1 if position > source else position)
            return True
        return False
