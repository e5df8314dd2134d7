"""The bar above the layer list inside a block: the way back out, and a parallel block's branches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from designer.core.architecture import Architecture
from designer.core.document import Document, Scope


class ScopeBar(QWidget):
    """``Network > block > block`` as buttons that go back up; a branch chooser per parallel block,
    and buttons to add or remove a branch of the innermost one. Hidden while the network is edited."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._shown: object = None
        document.subscribe(self._on_document_changed)
        self._rebuild()

    def _on_document_changed(self, architecture: Architecture) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        path = self.document.scope_path()
        shown = (self.document.scope, path)
        if shown == self._shown:
            return
        self._shown = shown
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        scope = self.document.scope
        self.setVisible(bool(scope))
        if not scope:
            return
        self._button(self.tr("Network"), ())
        for depth, (name, branch, count) in enumerate(path):
            self._layout.addWidget(QLabel("\u203a"))
            self._button(name, scope[: depth + 1])
            if count > 1:
                self._branches(scope, depth, branch, count)
        self._layout.addStretch(1)
        *_, (_, branch, count) = path
        if count > 1:
            add = self._button(self.tr("Add branch"), None)
            add.clicked.connect(self._on_add_clicked)
            remove = self._button(self.tr("Remove branch {number}").format(number=branch + 1), None)
            remove.setEnabled(count > 2)
            remove.clicked.connect(self._on_remove_clicked)

    def _button(self, text: str, scope: Scope | None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if scope is not None:
            button.setToolTip(self.tr("Edit this stack"))
            button.clicked.connect(lambda: self.document.set_scope(scope))
        self._layout.addWidget(button)
        return button

    def _branches(self, scope: Scope, depth: int, branch: int, count: int) -> None:
        chooser = QComboBox()
        chooser.addItems([self.tr("branch {number}").format(number=n + 1) for n in range(count)])
        chooser.setCurrentIndex(branch)
        index = scope[depth][0]
        chooser.currentIndexChanged.connect(
            lambda chosen: self.document.set_scope((*scope[:depth], (index, chosen)))
        )
        self._layout.addWidget(chooser)

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
