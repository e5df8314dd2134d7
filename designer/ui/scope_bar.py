"""The bar above the layer list inside a block: the way back out, and a parallel block's branches
side by side."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.core.architecture import Architecture
from designer.core.document import Document, Scope, stack_at
from designer.ui.layer_list_model import ROW_MIME, dragged_layer
from designer.ui.layer_text import shape_text

#: Layers a branch column lists before it says how many more there are.
COLUMN_LAYERS = 5


class _OutButton(QToolButton):
    """The crumb of the stack around the block being edited: a layer card dropped on it moves
    out of the block, to just after it."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ROW_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop(event.mimeData()):
            event.acceptProposedAction()

    def drop(self, data: QMimeData) -> bool:
        layer = dragged_layer(data)
        if layer is None:
            return False
        self.document.move_out(layer)
        return True


class ScopeBar(QWidget):
    """``Network > block > block`` as buttons that go back up (a branch chooser for each outer
    parallel block), then the innermost parallel block's branches side by side: the one being
    edited checked, a click on another edits that one, and buttons add or remove a branch.
    Hidden while the network itself is edited."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self._crumbs = QHBoxLayout()
        self._columns = QHBoxLayout()
        layout.addLayout(self._crumbs)
        layout.addLayout(self._columns)
        #: The innermost parallel block's branches, as shown; buttons in branch order.
        self.branch_buttons: list[QToolButton] = []
        #: The crumb a card can be dropped on to move it out of the block being edited.
        self.out_button: _OutButton | None = None
        self._shown: object = None
        document.subscribe(self._on_document_changed)
        self._rebuild()

    def _on_document_changed(self, architecture: Architecture) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        scope = self.document.scope
        shown = (scope, self.document.architecture)
        if shown == self._shown:
            return
        self._shown = shown
        for layout in (self._crumbs, self._columns):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        self.branch_buttons = []
        self.setVisible(bool(scope))
        if not scope:
            return
        path = self.document.scope_path()
        self.out_button = None
        crumbs = [(self.tr("Network"), ()), *((name, scope[: k + 1]) for k, (name, _, _) in enumerate(path))]
        for k, (text, target) in enumerate(crumbs):
            if k:
                self._crumbs.addWidget(QLabel("\u203a"))
            crumb = self._button(text, target, out=k == len(path) - 1)  # around the block edited
            if isinstance(crumb, _OutButton):
                self.out_button = crumb
            self._crumbs.addWidget(crumb)
            if 0 < k < len(path) and path[k - 1][2] > 1:  # an outer parallel block: its branch
                _, branch, count = path[k - 1]
                self._crumbs.addWidget(self._chooser(scope, k - 1, branch, count))
        self._crumbs.addStretch(1)
        *_, (_, branch, count) = path
        if count > 1:
            self._show_branches(scope, branch, count)

    def _button(self, text: str, scope: Scope | None, out: bool = False) -> QToolButton:
        button = _OutButton(self.document) if out else QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        if scope is not None:
            button.setToolTip(
                self.tr("Edit this stack; drop a layer here to move it out of the block")
                if out
                else self.tr("Edit this stack")
            )
            button.clicked.connect(lambda: self.document.set_scope(scope))
        return button

    def _chooser(self, scope: Scope, depth: int, branch: int, count: int) -> QComboBox:
        chooser = QComboBox()
        chooser.addItems([self.tr("branch {number}").format(number=n + 1) for n in range(count)])
        chooser.setCurrentIndex(branch)
        index = scope[depth][0]
        chooser.currentIndexChanged.connect(
            lambda chosen: self.document.set_scope((*scope[:depth], (index, chosen)))
        )
        return chooser

    def _show_branches(self, scope: Scope, branch: int, count: int) -> None:
        """A column per branch with its layers and their output shapes; the edited one checked."""
        *outer, (index, _) = scope
        for number in range(count):
            target = (*outer, (index, number))
            layers = stack_at(self.document.architecture.layers, target) or ()
            reports = self.document.reports_at(target)
            lines = [f"{layer.name}  \u2192 {shape_text(report.output_shape)}" for layer, report in zip(
                layers[:COLUMN_LAYERS], reports, strict=False
            )]  # fmt: skip
            if len(layers) > COLUMN_LAYERS:
                lines.append(self.tr("and {count} more").format(count=len(layers) - COLUMN_LAYERS))
            title = self.tr("branch {number}").format(number=number + 1)
            column = QToolButton()
            column.setText("\n".join([title, *(lines or [self.tr("(empty)")])]))
            column.setCheckable(True)
            column.setChecked(number == branch)
            column.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            column.setToolTip("\n".join([title, *lines]))
            # Columns share the width the list has; a long line is cut rather than widening the window.
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            column.setMinimumWidth(60)
            column.clicked.connect(lambda _=False, target=target: self.document.set_scope(target))
            self._columns.addWidget(column, 1)
            self.branch_buttons.append(column)
        buttons = QVBoxLayout()
        add = self._button(self.tr("Add branch"), None)
        add.clicked.connect(self._on_add_clicked)
        remove = self._button(self.tr("Remove branch {number}").format(number=branch + 1), None)
        remove.setEnabled(count > 2)
        remove.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        holder = QWidget()
        holder.setLayout(buttons)
        self._columns.addWidget(holder)

    def _on_add_clicked(self) -> None:
        *parent, (index, _) = self.document.scope
        self.document.set_scope(tuple(parent))
        branch = self.document.add_branch(index)
        self.document.set_scope((*parent, (index, branch)))

    def _on_remove_clicked(self) -> None:
        *parent, (index, branch) = self.document.scope
        self.document.set_scope(tuple(parent))
        self.document.remove_branch(index, branch)
        self.document.set_scope((*parent, (index, max(0, branch - 1))))
