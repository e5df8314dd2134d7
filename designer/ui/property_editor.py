"""The property panel: edits the selected layer or the input, generated from the catalogue.

Every field comes from a parameter declaration, so a new layer kind or parameter needs no
change here.  Edits go to the Document as they happen; when the Document changes (an
edit here, undo, another view) the panel shows the new values without editing anything.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from designer.core.architecture import INPUT_PARAMS, Architecture, Layer
from designer.core.document import Document
from designer.core.inference import LayerReport
from designer.core.layer_kind import LayerKind
from designer.core.params import Pair, Param, ParamError, SizeParam, Value, as_pair
from designer.ui.layer_text import shape_text
from designer.ui.param_widgets import INVALID_COLOUR, ParamEditor, editor_for
from designer.ui.translation import tr, translated


def output_size_formulas(kind: LayerKind, params: Mapping[str, Value], size: Pair) -> list[str]:
    """How each output axis (height, width) follows from the input ``size``, with the numbers.

    Empty for kinds that slide no window: the ones without a kernel or pool size, a stride
    and a padding.
    """
    names = {param.name: param for param in kind.params}
    window = "kernel_size" if "kernel_size" in names else "pool_size"
    if window not in names or "stride" not in names or "padding" not in names:
        return []
    stride_param = names["stride"]
    stride_value = params["stride"]
    if stride_value is None and isinstance(stride_param, SizeParam):
        stride_value = params[stride_param.follows]
    kernel, stride = as_pair(params[window]), as_pair(stride_value)  # type: ignore[arg-type]
    dilation = as_pair(params.get("dilation", 1))  # type: ignore[arg-type]
    padding = params["padding"]
    formulas = []
    for axis in (0, 1):
        explicit = 0 if isinstance(padding, str) else as_pair(padding)[axis]  # type: ignore[arg-type]
        geometry = (size[axis], kernel[axis], stride[axis], dilation[axis])
        if "output_padding" in names:
            extra = as_pair(params["output_padding"])[axis]  # type: ignore[arg-type]
            lines = _transposed_formula(*geometry, padding == "same", explicit, extra)
        else:
            lines = _window_formula(*geometry, padding == "same", explicit, axis)
        formulas.append("\n".join(lines))
    return formulas


def _window_formula(n: int, k: int, s: int, d: int, same: bool, p: int, axis: int) -> list[str]:
    """A window of ``k`` taps ``d`` apart stepping ``s`` over ``n`` positions padded by ``p``."""
    span = d * (k - 1) + 1
    notes = [tr("dilated kernel {d}*({k} - 1) + 1 = {span}").format(d=d, k=k, span=span)] if d > 1 else []
    if same:
        out = -(-n // s)
        raw = (out - 1) * s + span - n
        total = f"({out} - 1)*{s} + {span} - {n}" if raw >= 0 else f"max(({out} - 1)*{s} + {span} - {n}, 0)"
        pads = max(raw, 0)
        sides = (
            tr("  = {before} top + {after} bottom") if axis == 0 else tr("  = {before} left + {after} right")
        )
        padding = tr("padding {total} = {pads}").format(total=total, pads=pads)
        return [
            f"ceil({n} / {s}) = {out}",
            *notes,
            padding,
            sides.format(before=pads // 2, after=pads - pads // 2),
        ]
    spread = n - span + 2 * p
    fraction = f"({n} - {span} + 2*{p}) / {s}"
    if spread % s:
        fraction = f"floor({fraction})"
    return [f"{fraction} + 1 = {spread // s + 1}", *notes]


def _transposed_formula(n: int, k: int, s: int, d: int, same: bool, p: int, extra: int) -> list[str]:
    """PyTorch's ConvTranspose2d output size; "same" makes it the input size times the stride."""
    if same:
        return [f"{n} * {s} = {n * s}"]
    taps = f"({k} - 1)" if d == 1 else f"{d}*({k} - 1)"
    out = (n - 1) * s - 2 * p + d * (k - 1) + extra + 1
    return [f"({n} - 1)*{s} - 2*{p} + {taps} + {extra} + 1 = {out}"]


def _section(title: str, scale: float = 1.0) -> QLabel:
    """A bold heading, a little apart from what is above it."""
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setContentsMargins(0, 6, 0, 0)
    return label


def _wrapping() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _error_label() -> QLabel:
    label = _wrapping()
    colour = INVALID_COLOUR.name()
    label.setStyleSheet(f"color: {colour}; background: #fdecea; border-radius: 3px; padding: 4px 6px;")
    label.setVisible(False)
    return label


class PropertyEditor(QWidget):
    """Shows and edits one layer of a Document, or its input."""

    #: The panel moved to another layer on its own: the index (or None for the input)
    #: after the shown layer moved or was deleted.
    shown_layer_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._index: int | None = None
        self._name = ""  # the shown layer's name, to follow it when layers move
        self._layer_count = 0
        self._form_key: str | None = None  # the kind whose fields are in the form; "" for the input
        self._editors: dict[str, ParamEditor] = {}
        self._kind = _section("", 1.25)
        self._description = _wrapping()
        self._description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._name_edit = QLineEdit()
        self._name_edit.setToolTip(self.tr("The layer's name in the model and the exported code"))
        self._name_edit.editingFinished.connect(self._on_name_edit_editing_finished)
        self._name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self._name_problem, self._error = _error_label(), _error_label()
        self._settings = _section(self.tr("Settings"))
        self._formulas = (_wrapping(), _wrapping())
        for label in self._formulas:
            label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            label.setContentsMargins(12, 0, 0, 0)
        self._formula_title = _section(self.tr("Output size"))
        self._formula_rows = (
            self._formula_title,
            QLabel(self.tr("Height")),
            self._formulas[0],
            QLabel(self.tr("Width")),
            self._formulas[1],
        )
        self._output, self._params, self._macs = QLabel(), QLabel(), QLabel()
        self._macs.setToolTip(self.tr("Multiply-accumulate operations for one image"))

        content = QWidget()
        self._form = QFormLayout(content)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panels: field below
        for widget in (self._kind, self._description):
            self._form.addRow(widget)
        self._form.addRow(self.tr("Name"), self._name_edit)
        for widget in (self._name_problem, self._settings, *self._formula_rows):
            self._form.addRow(widget)
        self._form.addRow(_section(self.tr("Result")))
        self._form.addRow(self.tr("Output"), self._output)
        self._form.addRow(self.tr("Parameters"), self._params)
        self._form.addRow(self.tr("MACs"), self._macs)
        self._form.addRow(self._error)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setEnabled(False)

    # What is shown.
    def set_document(self, document: Document) -> None:
        self._document = document
        document.subscribe(partial(self._on_document_changed, document))
        self._index = None
        self._refresh()

    def show_layer(self, index: int | None) -> None:
        """Show the layer at ``index``, or the input for None."""
        layers = self._document.layers if self._document else ()
        self._index = index if index is not None and 0 <= index < len(layers) else None
        self._name = layers[self._index].name if self._index is not None else ""
        self._leave_name_edit()
        self._refresh()

    @property
    def shown_layer(self) -> int | None:
        return self._index

    def param_editor(self, name: str) -> ParamEditor:
        """The field of the parameter called ``name`` of what is shown."""
        return self._editors[name]

    def _on_document_changed(self, document: Document, architecture: Architecture) -> None:
        if document is not self._document or not Shiboken.isValid(self):
            return  # a Document shown before, or a panel already deleted
        index = self._follow(document.layers)
        if index != self._index:
            self._index = index
            self._leave_name_edit()
            self.shown_layer_changed.emit(index)
        self._refresh()

    def _follow(self, layers: tuple[Layer, ...]) -> int | None:
        """Where the shown layer is now: by name, or at the same place when it was renamed."""
        if self._index is None:
            return None
        if self._index < len(layers) and layers[self._index].name == self._name:
            return self._index
        for index, layer in enumerate(layers):
            if layer.name == self._name:
                return index
        renamed = len(layers) == self._layer_count and self._index < len(layers)
        return self._index if renamed else None

    # Showing values.
    def _refresh(self) -> None:
        document = self._document
        self.setEnabled(document is not None)
        if document is None:
            return
        architecture = document.architecture
        layers = document.layers
        self._layer_count = len(layers)
        layer = None if self._index is None else layers[self._index]
        formulas: list[str] = []
        if layer is None and document.scope:
            self._show_form("block input", (), {})
            self._kind.setText(self.tr("Block input"))
            self._description.setText(self.tr("What the block receives: the output of the layer before it"))
            self._show_report(LayerReport(-1, "", "", "ok", output_shape=document.scope_input))
        elif layer is None:
            spec = architecture.input
            values = {param.name: getattr(spec, param.name) for param in INPUT_PARAMS}
            self._show_form("", INPUT_PARAMS, values)
            self._kind.setText(self.tr("Input"))
            self._description.setText(self.tr("The images the network reads"))
            self._show_report(LayerReport(-1, "", "", "ok", output_shape=spec.shape))  # index -1: no counts
        else:
            self._name = layer.name
            self._show_form(layer.kind, layer.spec.params, layer.params)
            self._kind.setText(layer.kind)
            self._description.setText(translated(layer.spec.description))
            if not (self._name_edit.hasFocus() and self._name_edit.isModified()):
                self._name_edit.setText(layer.name)  # not while the user types a new one
            reports = document.reports
            before = reports[self._index - 1].output_shape if self._index else document.scope_input
            if before is not None and len(before) == 3:
                formulas = output_size_formulas(layer.spec, layer.params, (before[1], before[2]))
            self._show_report(reports[self._index])
        self._form.setRowVisible(self._name_edit, layer is not None)
        for label, formula in zip(self._formulas, formulas or ["", ""], strict=True):
            label.setText(formula)
        for widget in self._formula_rows:
            self._form.setRowVisible(widget, bool(formulas))

    def _show_form(self, key: str, params: tuple[Param, ...], values: Mapping[str, Value]) -> None:
        """Fill the fields with ``values``, first making them when the kind changed."""
        if key != self._form_key:
            for editor in self._editors.values():
                row = self._form.takeRow(editor)
                for item in (row.labelItem, row.fieldItem):  # later: an editor may be mid-signal
                    item.widget().hide()
                    item.widget().deleteLater()
            self._editors = {}
            first = self._form.getWidgetPosition(self._settings)[0] + 1
            for row, param in enumerate(params, start=first):
                editor = editor_for(param)
                editor.value_edited.connect(partial(self._on_editor_value_edited, param))
                label = QLabel(editor.label)
                label.setToolTip(editor.toolTip())
                label.setBuddy(editor)
                self._form.insertRow(row, label, editor)
                self._editors[param.name] = editor
            self._form_key = key
        self._settings.setVisible(bool(params))
        for name, editor in self._editors.items():
            if editor.value() != values[name]:  # an equal value is left alone: keeps the cursor
                editor.set_value(values[name])
            editor.set_related(values)

    def _show_report(self, report: LayerReport) -> None:
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # group digits, even in "C"
        for field in (self._params, self._macs):
            self._form.setRowVisible(field, report.status == "ok" and report.index >= 0)
        if report.output_shape is not None:
            self._output.setText(shape_text(report.output_shape))
        elif report.status == "error":
            self._output.setText("—")
        else:
            self._output.setText(self.tr("unknown: an earlier layer has an error"))
        params = locale.toString(report.params or 0)
        if report.non_trainable:
            frozen = locale.toString(report.non_trainable)
            params = self.tr("{trainable} + {frozen} non-trainable").format(trainable=params, frozen=frozen)
        self._params.setText(params)
        self._macs.setText(locale.toString(report.macs or 0))
        self._error.setText(translated(report.error or ""))
        self._error.setVisible(report.error is not None)

    # Edits.
    def _on_editor_value_edited(self, param: Param, value: Value) -> None:
        document = self._document
        if document is None:
            return
        try:
            param.parse(param.to_json(value))
        except ParamError:
            return  # editors keep to their ranges; this keeps a slip out of the Document
        if self._index is None:
            document.set_input(replace(document.architecture.input, **{param.name: value}))
        else:
            document.set_param(self._index, param.name, value)

    def _on_name_edit_editing_finished(self) -> None:
        if self._document is None or self._index is None:
            return
        problem = self._document.rename(self._index, self._name_edit.text().strip())
        self._name_edit.setModified(False)
        self._name_problem.setText(translated(problem or ""))
        self._name_problem.setVisible(problem is not None)
        if problem:
            self._name_edit.setText(self._document.layers[self._index].name)

    def _leave_name_edit(self) -> None:
        """Drop a half-typed name and its problem: they belonged to the layer shown before."""
        self._name_edit.setModified(False)
        self._name_problem.setVisible(False)

    def _on_name_edit_text_edited(self) -> None:
        self._name_problem.setVisible(False)


def _preview() -> None:
    """The editor on the LeNet-5 preset, with a layer list; Ctrl+Z and Ctrl+Shift+Z undo and redo."""
    from designer.core.presets import load_preset

    app = QApplication(sys.argv)
    document = Document(load_preset("lenet5"))
    window = QWidget()
    window.setWindowTitle("Property editor")
    layers = QListWidget()
    layers.setMaximumWidth(150)
    editor = PropertyEditor()
    editor.setMinimumWidth(320)
    editor.set_document(document)

    def list_layers(architecture: Architecture) -> None:
        row = max(layers.currentRow(), 0)
        with QSignalBlocker(layers):
            layers.clear()
            layers.addItems([tr("Input"), *(f"{layer.name} ({layer.kind})" for layer in architecture.layers)])
            layers.setCurrentRow(min(row, layers.count() - 1))

    list_layers(document.architecture)
    document.subscribe(list_layers)
    layers.currentRowChanged.connect(lambda row: editor.show_layer(row - 1 if row > 0 else None))
    editor.shown_layer_changed.connect(lambda index: layers.setCurrentRow(0 if index is None else index + 1))
    QShortcut(QKeySequence.StandardKey.Undo, window, document.undo)
    QShortcut(QKeySequence.StandardKey.Redo, window, document.redo)
    row = QHBoxLayout(window)
    row.addWidget(layers)
    row.addWidget(editor)
    window.resize(500, 640)
    window.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    _preview()
