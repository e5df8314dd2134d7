"""One small editor widget per parameter type, made from the parameter's declaration.

Every editor has the same face: ``value()``, ``set_value(value)`` (silent) and the signal
``value_edited(value)``, emitted only when the user changes the value, never for
``set_value``.  Editors only ever produce values that the declaration accepts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.core.params import (
    PADDING_MODES,
    BoolParam,
    ChoiceParam,
    FloatParam,
    IntParam,
    PaddingParam,
    Pair,
    Param,
    ParamError,
    SizeParam,
    TextParam,
    Value,
)
from designer.ui.style import ERROR_COLOUR
from designer.ui.translation import error_text, translated

INVALID_COLOUR = QColor(ERROR_COLOUR)
#: What a float field may hold while the user is still typing it.
_PARTIAL_NUMBER = re.compile(r"[+-]?\d*\.?\d*(?:[eE][+-]?\d*)?")


class ParamEditor(QWidget):
    """Edits the value of one parameter."""

    value_edited = Signal(object)

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.label = translated(param.label)
        self.setToolTip(translated(param.help))

    def value(self) -> Value:
        raise NotImplementedError

    def set_value(self, value: Value) -> None:
        """Show ``value`` without emitting ``value_edited``."""
        raise NotImplementedError

    def set_related(self, values: Mapping[str, Value]) -> None:
        """Learn the layer's other values (an optional size shows the size it follows)."""

    def _emit_value(self) -> None:
        self.value_edited.emit(self.value())

    def _guard_wheel(self, widget: QWidget) -> None:
        """Let the wheel scroll the panel, not change the value, unless the field has focus."""
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # ignored: the scroll area behind gets it
            return True
        return super().eventFilter(watched, event)


def _row(widget: QWidget, *children: QWidget, vertical: bool = False) -> QHBoxLayout | QVBoxLayout:
    """Lay ``children`` out in ``widget``, side by side or (``vertical``) one above the other."""
    layout = QVBoxLayout(widget) if vertical else QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2 if vertical else 4)
    for child in children:
        layout.addWidget(child)
    return layout


class _FloatSpinBox(QDoubleSpinBox):
    """A spin box for numbers from 1e-12 to 1e6: shows ``%g``, accepts scientific notation,
    steps tiny positive ranges by factors of ten and never reaches an excluded maximum."""

    def __init__(self, param: FloatParam) -> None:
        super().__init__()
        self._param = param
        self.setDecimals(40)  # values are rounded to this many places; 40 keeps every float we allow
        top = param.maximum if param.maximum_inclusive else math.nextafter(param.maximum, -math.inf)
        self.setRange(param.minimum, top)
        self._logarithmic = param.minimum > 0 and param.maximum / param.minimum > 1e3
        span = param.maximum - param.minimum
        self.setSingleStep(float(f"{span / 20:.0e}"))  # a round step: 0.05 for [0, 1]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Wide enough for ``1.2345e-05``; Qt measures only the minimum and maximum."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        shown = max(
            metrics.horizontalAdvance(self.textFromValue(v)) for v in (self.minimum(), self.maximum())
        )
        return QSize(hint.width() + max(metrics.horizontalAdvance("1.2345e-05") - shown, 0), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return f"{value:.12g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        number = self._number(text)
        return self.value() if number is None else number

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._number(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _PARTIAL_NUMBER.fullmatch(text.strip()):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def _number(self, text: str) -> float | None:
        """The number ``text`` spells, when the parameter allows it."""
        try:
            return self._param.parse(float(text.strip()))
        except (ValueError, ParamError):
            return None

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        value = self.value()
        if self._logarithmic:
            value = float(f"{value * 10.0**steps:.12g}")
        else:
            value = round(value + steps * self.singleStep(), 12)
        if not self._param.maximum_inclusive and value >= self._param.maximum:
            value = self._param.maximum - self.singleStep()
        self.setValue(min(max(value, self.minimum()), self.maximum()))


class NumberEditor(ParamEditor):
    """A whole number (``IntParam``) or a real one (``FloatParam``) in a spin box."""

    def __init__(self, param: IntParam | FloatParam, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        if isinstance(param, FloatParam):
            self._spin: QSpinBox | QDoubleSpinBox = _FloatSpinBox(param)
        else:
            self._spin = QSpinBox()
            self._spin.setRange(param.minimum, param.maximum)
            self._spin.setAccelerated(True)
        self._guard_wheel(self._spin)
        _row(self, self._spin).addStretch()
        self.setFocusProxy(self._spin)
        self._spin.valueChanged.connect(self._emit_value)

    def value(self) -> int | float:
        return self._spin.value()

    def set_value(self, value: Value) -> None:
        with QSignalBlocker(self._spin):
            self._spin.setValue(value)  # type: ignore[arg-type]


class BoolEditor(ParamEditor):
    def __init__(self, param: BoolParam, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._check = QCheckBox()
        _row(self, self._check).addStretch()
        self.setFocusProxy(self._check)
        self._check.toggled.connect(self._emit_value)

    def value(self) -> bool:
        return self._check.isChecked()

    def set_value(self, value: Value) -> None:
        with QSignalBlocker(self._check):
            self._check.setChecked(bool(value))


class ChoiceEditor(ParamEditor):
    def __init__(self, param: ChoiceParam, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._combo = QComboBox()
        for choice in param.choices:
            self._combo.addItem(choice, choice)
        self._guard_wheel(self._combo)
        _row(self, self._combo).addStretch()
        self.setFocusProxy(self._combo)
        self._combo.currentIndexChanged.connect(self._emit_value)

    def value(self) -> str:
        return str(self._combo.currentData())

    def set_value(self, value: Value) -> None:
        with QSignalBlocker(self._combo):
            self._combo.setCurrentIndex(self._combo.findData(value))


class TextEditor(ParamEditor):
    """A line edit that commits as the user types, whenever the text is acceptable."""

    def __init__(self, param: TextParam, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._edit = QLineEdit()
        self._edit.setMaxLength(param.max_length)
        _row(self, self._edit)
        self.setFocusProxy(self._edit)
        self._edit.textEdited.connect(self._on_edit_text_edited)

    def value(self) -> str:
        return self._edit.text()

    def set_value(self, value: Value) -> None:
        with QSignalBlocker(self._edit):
            self._edit.setText(str(value))
        self._show_problem(None)

    def _on_edit_text_edited(self, text: str) -> None:
        try:
            self.param.parse(text)
        except ParamError as error:
            self._show_problem(error_text(error))
            return
        self._show_problem(None)
        self._emit_value()

    def _show_problem(self, problem: str | None) -> None:
        palette = self._edit.palette()
        colour = INVALID_COLOUR if problem else self.palette().color(QPalette.ColorRole.Text)
        palette.setColor(QPalette.ColorRole.Text, colour)
        self._edit.setPalette(palette)
        self._edit.setToolTip(problem or "")


class _PairInput(QWidget):
    """Height and width spin boxes with a "square" toggle that keeps them equal.

    The value is one int while both are equal, else an ``(h, w)`` pair, as the core expects.
    """

    edited = Signal()

    def __init__(self, minimum: int, maximum: int, guard_wheel: Callable[[QWidget], None]) -> None:
        super().__init__()
        self._height, self._width = QSpinBox(), QSpinBox()
        times = QLabel("×")
        self._square = QCheckBox(self.tr("square"))
        self._square.setToolTip(self.tr("Keep height and width equal"))
        self._square.setObjectName("square")
        axes = ((self._height, "height", self.tr("Height")), (self._width, "width", self.tr("Width")))
        for spin, name, tip in axes:
            spin.setObjectName(name)
            spin.setRange(minimum, maximum)
            spin.setToolTip(tip)
            guard_wheel(spin)
        _row(self, self._height, times, self._width, self._square).addStretch()
        self._square.setChecked(True)
        self._width.setEnabled(False)
        self.setFocusProxy(self._height)
        self._height.valueChanged.connect(self._on_height_value_changed)
        self._width.valueChanged.connect(self.edited)
        self._square.toggled.connect(self._on_square_toggled)

    def value(self) -> int | Pair:
        height, width = self._height.value(), self._width.value()
        return height if height == width else (height, width)

    def set_value(self, value: int | Pair) -> None:
        if value == self.value():
            return  # keeps the square toggle as the user left it
        height, width = (value, value) if isinstance(value, int) else value
        with QSignalBlocker(self._height), QSignalBlocker(self._width), QSignalBlocker(self._square):
            self._height.setValue(height)
            self._width.setValue(width)
            self._square.setChecked(height == width)
            self._width.setEnabled(height != width)

    def _on_height_value_changed(self, height: int) -> None:
        if self._square.isChecked():
            with QSignalBlocker(self._width):
                self._width.setValue(height)
        self.edited.emit()

    def _on_square_toggled(self, square: bool) -> None:
        self._width.setEnabled(not square)
        if square and self._width.value() != self._height.value():
            with QSignalBlocker(self._width):
                self._width.setValue(self._height.value())
            self.edited.emit()


class SizeEditor(ParamEditor):
    """A size per axis; when optional, a check box stands for ``None`` ("same as ...")."""

    def __init__(self, param: SizeParam, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._follows = param.follows
        what = translated(param.follows_label)
        self._follow = QCheckBox(self.tr("same as {what}").format(what=what))  # first: the tab order
        self._follow.setObjectName("follow")
        self._follow.setVisible(param.optional)
        self._pair = _PairInput(param.minimum, param.maximum, self._guard_wheel)
        _row(self, self._follow, self._pair, vertical=True)
        self.setFocusProxy(self._follow if param.optional else self._pair)
        self._pair.edited.connect(self._emit_value)
        self._follow.toggled.connect(self._on_follow_toggled)

    def value(self) -> int | Pair | None:
        return None if self._follow.isChecked() else self._pair.value()

    def set_value(self, value: Value) -> None:
        with QSignalBlocker(self._follow):
            self._follow.setChecked(value is None)
        self._pair.setEnabled(value is not None)
        if value is not None:
            self._pair.set_value(value)  # type: ignore[arg-type]

    def set_related(self, values: Mapping[str, Value]) -> None:
        followed = values.get(self._follows)
        if self._follow.isChecked() and isinstance(followed, int | tuple):
            self._pair.set_value(followed)

    def _on_follow_toggled(self, follow: bool) -> None:
        self._pair.setEnabled(not follow)
        self._emit_value()


class PaddingEditor(ParamEditor):
    """Padding: "valid" or "same", or (when allowed) explicit zeros per side."""

    _EXPLICIT = "explicit"

    def __init__(self, param: PaddingParam, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._mode = QComboBox()
        self._mode.setObjectName("mode")
        self._mode.addItem(self.tr("valid"), "valid")
        self._mode.addItem(self.tr("same"), "same")
        if param.allow_explicit:
            self._mode.addItem(self.tr("explicit"), self._EXPLICIT)
        self._guard_wheel(self._mode)
        self._pair = _PairInput(0, param.maximum, self._guard_wheel)
        self._pair.setVisible(False)
        mode_row = QWidget()
        _row(mode_row, self._mode).addStretch()
        _row(self, mode_row, self._pair, vertical=True)
        self.setFocusProxy(self._mode)
        self._mode.currentIndexChanged.connect(self._on_mode_current_index_changed)
        self._pair.edited.connect(self._emit_value)

    def value(self) -> str | int | Pair:
        mode = self._mode.currentData()
        return self._pair.value() if mode == self._EXPLICIT else str(mode)

    def set_value(self, value: Value) -> None:
        explicit = value not in PADDING_MODES
        with QSignalBlocker(self._mode):
            self._mode.setCurrentIndex(self._mode.findData(self._EXPLICIT if explicit else value))
        self._pair.setVisible(explicit)
        if explicit:
            self._pair.set_value(value)  # type: ignore[arg-type]

    def _on_mode_current_index_changed(self) -> None:
        self._pair.setVisible(self._mode.currentData() == self._EXPLICIT)
        self._emit_value()


#: Most specific first: a subclass of a declaration type gets its parent's editor.
_EDITORS: tuple[tuple[type[Param], type[ParamEditor]], ...] = (
    (IntParam, NumberEditor),
    (FloatParam, NumberEditor),
    (BoolParam, BoolEditor),
    (ChoiceParam, ChoiceEditor),
    (TextParam, TextEditor),
    (SizeParam, SizeEditor),
    (PaddingParam, PaddingEditor),
)


def editor_for(param: Param, parent: QWidget | None = None) -> ParamEditor:
    """The editor for ``param``, showing its default."""
    for declaration, editor_type in _EDITORS:
        if isinstance(param, declaration):
            editor = editor_type(param, parent)  # type: ignore[arg-type]
            editor.set_value(param.default)
            return editor
    raise TypeError(f"no editor for {type(param).__name__}")
