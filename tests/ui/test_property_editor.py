"""The property editor, driven as a user drives it: every edit lands in the Document, once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from designer.core.architecture import INPUT_PARAMS, Architecture, InputSpec, Layer
from designer.core.catalogue import CATALOGUE
from designer.core.document import Document
from designer.core.inference import infer
from designer.core.params import FloatParam, PaddingParam, SizeParam, TextParam
from designer.core.presets import load_preset
from designer.ui.param_widgets import editor_for
from designer.ui.property_editor import PropertyEditor, output_size_formulas

# The offscreen platform warns when a window is shown; nothing is wrong with the panel.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

C1, S2 = 0, 1  # LeNet-5's first convolution and first pooling layer


@pytest.fixture
def document() -> Document:
    return Document(load_preset("lenet5"))


@pytest.fixture
def panel(qtbot, document) -> PropertyEditor:
    panel = PropertyEditor()
    qtbot.addWidget(panel)
    panel.set_document(document)
    panel.show_layer(C1)
    panel.resize(320, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def spin(panel: PropertyEditor, param: str, name: str = "") -> QAbstractSpinBox:
    field = panel.param_editor(param)
    return field.findChild(QSpinBox, name) if name else field.findChild(QAbstractSpinBox)


def check_box(panel: PropertyEditor, param: str, name: str) -> QCheckBox:
    return panel.param_editor(param).findChild(QCheckBox, name)


def type_into(qtbot, field: QAbstractSpinBox | QLineEdit, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def shown_texts(panel: PropertyEditor) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]


def c1(document: Document) -> Layer:
    return document.architecture.layers[C1]


def test_stepping_filters_edits_the_layer_and_one_undo_restores_it(panel, document):
    original = document.architecture
    spin(panel, "filters").stepBy(1)
    assert c1(document).params["filters"] == 7
    assert infer(document.architecture).layers[C1].output_shape == (7, 28, 28)
    document.undo()
    assert document.architecture == original
    assert spin(panel, "filters").value() == 6


def test_typing_a_number_is_one_undo_step(qtbot, panel, document):
    original = document.architecture
    type_into(qtbot, spin(panel, "filters"), "120")
    assert c1(document).params["filters"] == 120
    assert document.undo_text == "Change filters of c1"
    document.undo()
    assert document.architecture == original


def test_a_size_is_a_pair_when_unlinked_and_an_int_when_square(qtbot, panel, document):
    square = check_box(panel, "kernel_size", "square")
    assert square.isChecked()
    spin(panel, "kernel_size", "height").setValue(3)
    assert c1(document).params["kernel_size"] == 3
    qtbot.mouseClick(square, Qt.MouseButton.LeftButton)
    spin(panel, "kernel_size", "width").stepBy(2)
    assert c1(document).params["kernel_size"] == (3, 5)
    qtbot.mouseClick(square, Qt.MouseButton.LeftButton)
    assert c1(document).params["kernel_size"] == 3
    assert spin(panel, "kernel_size", "width").value() == 3


def test_pooling_stride_follows_the_pool_size_when_left_empty(qtbot, panel, document):
    panel.show_layer(S2)
    follow = check_box(panel, "stride", "follow")
    assert follow.isChecked()
    assert follow.text() == "same as pool size"
    assert spin(panel, "stride", "height").value() == 2  # shows the pool size it follows
    spin(panel, "pool_size", "height").setValue(3)
    assert spin(panel, "stride", "height").value() == 3
    document.undo()
    qtbot.mouseClick(follow, Qt.MouseButton.LeftButton)
    assert document.architecture.layers[S2].params["stride"] == 2
    spin(panel, "stride", "height").stepBy(-1)
    assert document.architecture.layers[S2].params["stride"] == 1
    qtbot.mouseClick(follow, Qt.MouseButton.LeftButton)
    assert document.architecture.layers[S2].params["stride"] is None


def test_explicit_padding(panel, document):
    mode = panel.param_editor("padding").findChild(QComboBox, "mode")
    mode.setCurrentIndex(mode.findData("explicit"))
    assert c1(document).params["padding"] == 0
    spin(panel, "padding", "height").setValue(2)
    assert c1(document).params["padding"] == 2
    assert "(32 - 5 + 2*2) / 1 + 1 = 32" in shown_texts(panel)
    mode.setCurrentIndex(mode.findData("same"))
    assert c1(document).params["padding"] == "same"


def test_pooling_padding_offers_only_valid_and_same(panel):
    panel.show_layer(S2)
    mode = panel.param_editor("padding").findChild(QComboBox, "mode")
    assert [mode.itemData(i) for i in range(mode.count())] == ["valid", "same"]


def test_renaming_and_a_refused_name(qtbot, panel, document):
    name = panel.findChild(QLineEdit)
    type_into(qtbot, name, "conv_a")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert c1(document).name == "conv_a"
    type_into(qtbot, name, "s2")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert c1(document).name == "conv_a"
    assert name.text() == "conv_a"
    assert '"s2" already names another layer' in shown_texts(panel)


def test_the_input(panel, document):
    panel.show_layer(None)
    assert [p.name for p in INPUT_PARAMS] == ["channels", "height", "width"]
    spin(panel, "channels").setValue(3)
    spin(panel, "width").stepBy(-4)
    assert document.architecture.input.shape == (3, 32, 28)
    assert "3 @ 32x28" in shown_texts(panel)
    document.undo()
    document.undo()
    assert document.architecture.input.shape == (1, 32, 32)
    assert spin(panel, "channels").value() == 1


def test_undo_elsewhere_refreshes_the_fields_without_editing(qtbot, panel, document):
    spin(panel, "kernel_size", "height").setValue(3)
    document.set_param(C1, "activation", "relu")
    changes = []
    document.subscribe(changes.append)
    document.undo()
    document.undo()
    assert len(changes) == 2  # the two undos, and no edit made while refreshing
    assert document.redo_text == "Change kernel_size of c1"  # nothing new was edited
    assert spin(panel, "kernel_size", "height").value() == 5
    assert panel.param_editor("activation").value() == "tanh"


def test_an_outside_change_keeps_the_field_being_typed_in(qtbot, panel, document):
    filters = spin(panel, "filters")
    type_into(qtbot, filters, "12")
    document.set_param(C1, "use_bias", False)
    assert filters.text() == "12"
    assert filters.lineEdit().cursorPosition() == 2
    assert c1(document).params["filters"] == 12


def test_the_formula_of_lenet_c1_follows_the_kernel_size(panel):
    assert "(32 - 5 + 2*0) / 1 + 1 = 28" in shown_texts(panel)
    spin(panel, "kernel_size", "height").setValue(4)
    assert "(32 - 4 + 2*0) / 1 + 1 = 29" in shown_texts(panel)
    spin(panel, "stride", "height").setValue(2)
    assert "(32 - 4 + 2*0) / 2 + 1 = 15" in shown_texts(panel)
    spin(panel, "kernel_size", "height").stepBy(1)
    assert "floor((32 - 5 + 2*0) / 2) + 1 = 14" in shown_texts(panel)
    spin(panel, "dilation", "height").setValue(2)
    assert "floor((32 - 9 + 2*0) / 2) + 1 = 12\ndilated kernel 2*(5 - 1) + 1 = 9" in shown_texts(panel)


def test_a_layer_that_does_not_fit_shows_why(panel, document):
    spin(panel, "kernel_size", "height").setValue(40)
    errors = [text for text in shown_texts(panel) if "does not fit" in text]
    assert errors == ["layer 1 (Conv2D): a 40x40 kernel does not fit a 32x32 input with padding 0"]
    document.undo()
    assert not any("does not fit" in text for text in shown_texts(panel))


def test_a_deleted_layer_leaves_the_input_shown_and_a_moved_one_is_followed(qtbot, panel, document):
    panel.show_layer(2)
    with qtbot.waitSignal(panel.shown_layer_changed) as moved:
        document.remove(0)
    assert moved.args == [1]
    assert panel.param_editor("filters").value() == 16
    with qtbot.waitSignal(panel.shown_layer_changed) as lost:
        document.remove(1)
    assert lost.args == [None]
    assert "Input" in shown_texts(panel)


def test_floats_accept_scientific_notation_and_stay_below_an_open_maximum(qtbot, panel, document):
    document.insert(1, document.new_layer("BatchNorm"))
    document.insert(2, document.new_layer("Dropout"))
    panel.show_layer(1)
    type_into(qtbot, spin(panel, "epsilon"), "1e-10")  # on the way: 1, then 1e-1; "0.1" would spoil it
    assert document.architecture.layers[1].params["epsilon"] == 1e-10
    assert spin(panel, "epsilon").text() == "1e-10"
    panel.show_layer(2)
    rate = spin(panel, "rate")
    type_into(qtbot, rate, "0.25")  # "0." is 0 already; showing it as "0" would spoil the typing
    assert document.architecture.layers[2].params["rate"] == 0.25
    type_into(qtbot, rate, "1")
    assert document.architecture.layers[2].params["rate"] == 0.25  # 1 is not below 1
    rate.setValue(0.95)
    rate.stepBy(1)
    assert document.architecture.layers[2].params["rate"] == 0.95


def test_a_text_commits_only_what_its_pattern_allows(qtbot):
    param = TextParam(name="dataset", default="digits", pattern="[a-z]+", help="lower-case letters")
    field = editor_for(param)
    qtbot.addWidget(field)
    edited = []
    field.value_edited.connect(edited.append)
    type_into(qtbot, field.findChild(QLineEdit), "ab1")
    assert edited == ["a", "ab"]


def test_tab_walks_from_the_name_through_the_fields(qtbot, panel):
    panel.activateWindow()
    name = panel.findChild(QLineEdit)
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert spin(panel, "filters").hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert spin(panel, "kernel_size", "height").hasFocus()


def test_the_wheel_scrolls_past_a_field_without_focus(panel, document):
    filters = spin(panel, "filters")
    centre = QPointF(filters.rect().center())
    wheel = QWheelEvent(
        centre,
        filters.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(filters, wheel)
    assert c1(document).params["filters"] == 6


EVERY_PARAM = [(kind.name, param) for kind in CATALOGUE.values() for param in kind.params]
EVERY_PARAM += [("input", param) for param in INPUT_PARAMS]


@pytest.mark.parametrize(("kind", "param"), EVERY_PARAM, ids=lambda x: getattr(x, "name", x))
def test_every_param_gets_an_editor_that_round_trips_silently(qtbot, kind, param):
    field = editor_for(param)
    qtbot.addWidget(field)
    values = [param.default]
    if isinstance(param, SizeParam):
        values += [(param.minimum + 1, param.minimum + 2), param.minimum + 3]
        values += [None] if param.optional else []
    if isinstance(param, PaddingParam):
        values += ["same", "valid"] + ([(1, 2), 3] if param.allow_explicit else [])
    if isinstance(param, FloatParam):
        values += [param.minimum, (param.minimum + param.maximum) / 3]
    for value in values:
        with qtbot.assertNotEmitted(field.value_edited):
            field.set_value(value)
        assert field.value() == value
        assert type(field.value()) is type(value)
    assert field.toolTip() == param.help
    assert field.label == param.label


CASES = [
    ("Conv2D", {"kernel_size": 3, "padding": "same", "stride": 2}),
    ("Conv2D", {"kernel_size": (5, 3), "padding": (1, 2), "stride": (3, 2), "dilation": (2, 1)}),
    ("Conv2D", {"kernel_size": 4, "padding": "same", "dilation": 3}),
    ("SeparableConv2D", {"kernel_size": 7, "stride": 4}),
    ("MaxPool2D", {"pool_size": 3, "padding": "same", "stride": None}),
    ("AvgPool2D", {"pool_size": (2, 3), "stride": (1, 2)}),
    ("Conv2DTranspose", {"kernel_size": 3, "padding": "same", "stride": 3}),
    ("Conv2DTranspose", {"kernel_size": 4, "padding": (1, 0), "output_padding": 1, "dilation": 2}),
    ("Conv2DTranspose", {"kernel_size": 3, "padding": "valid", "stride": (2, 1)}),
]


@pytest.mark.parametrize(("kind", "params"), CASES)
@pytest.mark.parametrize("size", [(29, 29), (32, 17)])
def test_the_formula_ends_in_the_inferred_size(kind, params, size):
    layer = Layer.new(kind, "x", **params)
    architecture = Architecture(InputSpec(3, *size), (layer,))
    expected = infer(architecture).layers[0].output_shape[1:]
    formulas = output_size_formulas(layer.spec, layer.params, size)
    assert [int(formula.splitlines()[0].rsplit("= ", 1)[1]) for formula in formulas] == list(expected)


def test_kinds_without_a_window_have_no_formula():
    assert output_size_formulas(CATALOGUE["Dense"], CATALOGUE["Dense"].defaults(), (8, 8)) == []
