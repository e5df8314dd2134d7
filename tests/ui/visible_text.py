"""Every string a window shows: the widget tree walked, with menus, item views, tab bars, plots and
diagram items; and a test of whether a string still reads as English."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from designer.core.catalogue import CATALOGUE
from designer.core.params import ChoiceParam
from designer.core.presets import preset_names
from designer.core.training import training_params
from designer.ui.layer_card_delegate import LayerCardDelegate
from designer.ui.layer_list_model import LayerListModel

_SPELLED_THE_SAME = """
    LeNet Keras CIFAR MNIST Fashion PyTorch TorchScript ONNX JSON CSV PNG SVG SQLite PostgreSQL
    MySQL Optuna TPE CPU GPU CUDA MPS RGB MACs ReLU LeakyReLU BatchNorm Grad CAM TensorFlow torchrun
    sgd adam adamw rmsprop relu tanh sigmoid softmax linear elu gelu silu leaky_relu valid same auto
    fp32 bf16 cpu cuda mps digits shapes mnist fashion_mnist cifar10 cifar100 cnnd json onnx png svg
    csv img cnn designer English max min add concat none step cosine split test channels_last
    contiguous nan inf Ctrl Shift Del Alt Esc Tab Enter Space PgUp PgDown Home End Ins Backspace
    Return cnn-designer Grad-CAM log ResNet Inception VGG torchvision LeCun Szegedy ceil Python
    Sequential Nesterov Mixup alpha Apple Sobel Fashion-MNIST CIFAR-10 CIFAR-100 LeNet-5
"""
#: Words that read the same in every language: names of layer kinds, parameters, values, formats,
#: products and units, as the code and the files spell them.
NAMES = {
    *CATALOGUE,
    *(param.name for kind in CATALOGUE.values() for param in kind.params),
    *(param.name for param in training_params()),
    *(choice for param in training_params() if isinstance(param, ChoiceParam) for choice in param.choices),
    *(
        choice
        for kind in CATALOGUE.values()
        for param in kind.params
        if isinstance(param, ChoiceParam)
        for choice in param.choices
    ),
    *preset_names(),
    *_SPELLED_THE_SAME.split(),
}
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
_TAG = re.compile(r"<[^>]+>|&[a-z]+;")
_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\~.][^\s,;:()]*)+")


def english_words(text: str, names: set[str]) -> list[str]:
    """The words of ``text`` that are English prose: three letters or more, not a name in ``names``,
    not an identifier (digits or underscores), not part of a path or a file name."""
    text = _PATH.sub(" ", _TAG.sub(" ", text)).replace("&", "")
    words = []
    for word in _WORD.findall(text):
        if word in names or len(word) < 3 or re.search(r"[0-9_]", word) or word.isupper():
            continue
        words.append(word)
    return words


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount to itself: one column
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, rows: int = 60) -> Iterator[str]:
    for column in range(_columns(model, parent)):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                yield header
    for row in range(min(model.rowCount(parent), rows)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index, rows)


def _card_texts(view: QAbstractItemView) -> Iterator[str]:
    """The words painted on the layer cards."""
    delegate, model = view.itemDelegate(), view.model()
    if isinstance(delegate, LayerCardDelegate) and isinstance(model, LayerListModel):
        for row in range(model.rowCount()):
            words = delegate.card_text(model.card(row))
            yield from (words.title, words.params, words.brief, words.shape, words.error)
            yield from (label for label, _fix in words.fixes)


def _action_texts(action: QAction) -> Iterator[str]:
    yield from (action.text(), action.toolTip(), action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for inner in menu.actions():
            yield from _action_texts(inner)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.toolTip(), widget.statusTip(), widget.accessibleName(), widget.whatsThis())
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
        yield from (widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield from (widget.tabText(i), widget.tabToolTip(i))
    elif isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), QModelIndex())
        yield from _card_texts(widget)
    if isinstance(widget, pg.PlotWidget):
        item = widget.getPlotItem()
        yield item.titleLabel.text
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            if axis.isVisible():
                yield axis.labelText
        if item.legend is not None:
            yield from (label.text for _sample, label in item.legend.items)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for graphic in widget.scene().items():
            if isinstance(graphic, QGraphicsTextItem):
                yield graphic.toPlainText()
            elif isinstance(graphic, QGraphicsSimpleTextItem):
                yield graphic.text()
            if hasattr(graphic, "toolTip"):
                yield graphic.toolTip()
    for action in widget.actions():
        yield from _action_texts(action)


def visible_texts(window: QWidget) -> dict[str, str]:
    """Each text the window shows now, with the class of the widget that shows it: the window's
    title, its menus and every visible widget's text, tool tip, items and headers."""
    found: dict[str, str] = {}

    def add(texts: Iterator[str], where: str) -> None:
        for text in texts:
            if isinstance(text, str) and text.strip():
                found.setdefault(text, where)

    add(iter([window.windowTitle()]), "window")
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or widget.isVisibleTo(window):
            add(_widget_texts(widget), type(widget).__name__)
    return found


def untranslated(window: QWidget, extra_names: set[str] = frozenset()) -> dict[str, list[str]]:
    """The texts the window shows that still hold English words, with those words."""
    names = NAMES | set(extra_names)
    return {
        f"{where}: {text}": words
        for text, where in visible_texts(window).items()
        if (words := english_words(text, names))
    }
