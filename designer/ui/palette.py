"""The palette of layer kinds, grouped as the catalogue groups them.

Drag a kind into the network, or double-click (or press Enter) to insert it after the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from designer.core.catalogue import GROUPS, kinds_in_group
from designer.ui.layer_list_model import KIND_MIME
from designer.ui.style import icon
from designer.ui.translation import translated

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
ICON = 20
PAD = 4

Index = QModelIndex | QPersistentModelIndex


class KindDelegate(QStyledItemDelegate):
    """A kind's icon and name, with its one-line description underneath in small type."""

    def _small(self, option: QStyleOptionViewItem) -> QFont:
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.85, 7.0))
        return small

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def _description_rect(self, option: QStyleOptionViewItem, description: str) -> QRect:
        available = self.tree.viewport().width() - self.tree.indentation()
        width = max(available - ICON - 3 * PAD, 60)
        bounds = QRect(0, 0, width, 1000)
        return QFontMetrics(self._small(option)).boundingRect(bounds, Qt.TextFlag.TextWordWrap, description)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        description = index.data(DESCRIPTION_ROLE)
        if not description:
            return super().sizeHint(option, index)
        line = QFontMetrics(option.font).height()
        return QSize(120, 2 * PAD + line + self._description_rect(option, description).height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        description = index.data(DESCRIPTION_ROLE)
        if not description:
            super().paint(painter, option, index)
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        line = QFontMetrics(option.font).height()
        rect = option.rect
        index.data(Qt.ItemDataRole.DecorationRole).paint(
            painter, QRect(rect.left() + PAD, rect.top() + PAD, ICON, ICON)
        )
        left = rect.left() + ICON + 2 * PAD
        painter.setPen(ink)
        painter.setFont(option.font)
        painter.drawText(
            QRect(left, rect.top() + PAD, rect.width(), line), Qt.AlignmentFlag.AlignVCenter, index.data()
        )
        muted = QColor(ink)
        muted.setAlpha(150)
        painter.setPen(muted)
        painter.setFont(self._small(option))
        text_rect = self._description_rect(option, description)
        text_rect.moveTo(left, rect.top() + PAD + line)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, description)
        painter.restore()


class LayerPalette(QTreeWidget):
    kind_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setAccessibleName(self.tr("Layer palette"))
        self.setItemDelegate(KindDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        for group in GROUPS:
            heading = QTreeWidgetItem(self, [translated(group)])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for kind in kinds_in_group(group):
                item = QTreeWidgetItem(heading, [kind.name])
                item.setIcon(0, icon(kind.name_prefix))
                description = translated(kind.description)
                item.setToolTip(0, description)
                item.setStatusTip(0, description)
                item.setData(0, KIND_ROLE, kind.name)
                item.setData(0, DESCRIPTION_ROLE, description)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                )
            heading.setExpanded(True)
        self.itemActivated.connect(self._on_item_activated)

    def resizeEvent(self, event: object) -> None:  # descriptions re-wrap to the new width
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.scheduleDelayedItemsLayout()

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        kinds = [item.data(0, KIND_ROLE) for item in items if item.data(0, KIND_ROLE)]
        if kinds:
            data.setData(KIND_MIME, kinds[0].encode())
        return data

    def _on_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.kind_activated.emit(kind)
