"""The summary table (one row per layer) and the totals, updated on every edit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from designer.core.architecture import Architecture
from designer.core.document import Document
from designer.core.geometry import describe_pair
from designer.core.inference import LayerReport, Summary
from designer.core.phrases import phrase
from designer.core.report import format_bytes, format_count, format_shape
from designer.ui.style import ERROR_COLOUR
from designer.ui.translation import translated

Index = QModelIndex | QPersistentModelIndex


def _number(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


class SummaryModel(QAbstractTableModel):
    COLUMNS = (
        "#",
        phrase("Layer"),
        phrase("Type"),
        phrase("Output shape"),
        phrase("Params"),
        phrase("MACs"),
        phrase("Receptive field"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.summary: Summary | None = None
        self.rows: list[tuple[str, ...]] = []
        self.reports: list[LayerReport] = []

    def set_summary(self, summary: Summary) -> None:
        """A row per layer; the layers inside a block follow it, indented and unnumbered."""
        self.beginResetModel()
        self.summary = summary
        rows = summary.rows()
        self.reports = [layer for _, _, layer in rows]
        self.rows = [
            (
                str(layer.index + 1) if depth == 0 else "",
                "    " * depth + ("" if branch is None else f"{branch}| ") + layer.name,
                layer.kind,
                format_shape(layer.output_shape),
                _number(layer.params),
                _number(layer.macs),
                "-" if layer.receptive_field is None else describe_pair(layer.receptive_field),
            )
            for depth, branch, layer in rows
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.summary is None else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translated(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.summary is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4, 5):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        layer = self.reports[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and layer.status != "ok":
            return QColor(ERROR_COLOUR) if layer.status == "error" else QColor("#8a8a8a")
        if role == Qt.ItemDataRole.ToolTipRole and layer.error:
            return translated(layer.error)
        return None


class SummaryPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = SummaryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # size columns by the visible rows only: fast for long networks
        header.setStretchLastSection(True)
        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        document.subscribe(self._on_document_changed)
        self._on_document_changed(document.architecture)

    def totals_text(self, summary: Summary) -> str:
        text = self.tr(
            "Total {total} parameters ({weights}): {trainable} trainable, {frozen} non-trainable  ·  "
            "{macs} MACs per image  ·  {memory} of activations per image"
        ).format(
            total=f"{summary.total_params:,}",
            weights=format_bytes(summary.weights_bytes),
            trainable=f"{summary.trainable_params:,}",
            frozen=f"{summary.non_trainable_params:,}",
            macs=format_count(summary.total_macs),
            memory=format_bytes(summary.activation_bytes),
        )
        if not summary.valid:
            text += "  ·  " + self.tr("{count} layer(s) do not fit; totals are partial").format(
                count=len(summary.errors)
            )
        return text

    def _on_document_changed(self, architecture: Architecture) -> None:
        summary = self.document.summary
        self.model.set_summary(summary)
        self.totals.setText(self.totals_text(summary))
