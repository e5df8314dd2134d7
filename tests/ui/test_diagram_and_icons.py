"""The icon set in resources/icons and the network diagram: icons render, presets draw, exports write."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtSvg, QtWidgets
from pytestqt.qtbot import QtBot

from designer.core.architecture import Architecture, InputSpec, Layer
from designer.core.catalogue import CATALOGUE, GROUPS
from designer.core.layer_kind import LayerKind
from designer.core.presets import load_preset, preset_names
from designer.ui import style
from designer.ui.diagram_view import DiagramView

KIND_ICONS = [kind.name_prefix for kind in CATALOGUE.values()]
ACTION_ICONS = [
    "new",
    "open",
    "save",
    "save_as",
    "undo",
    "redo",
    "delete",
    "duplicate",
    "move_up",
    "move_down",
    "rename",
    "fix",
    "error",
    "warning",
    "export",
    "diagram",
    "train",
    "inspect",
    "design",
    "preset",
]
SVG = "{http://www.w3.org/2000/svg}"


def ink(image: QtGui.QImage) -> int:
    """Pixels that differ from the top-left one: 0 for a blank image."""
    background = image.pixel(0, 0)
    return sum(
        image.pixel(x, y) != background for y in range(0, image.height(), 2) for x in range(image.width())
    )


def invalid_architecture() -> Architecture:
    """A 15x15 kernel on a 12x12 map: conv2 fails and every layer after it is unknown."""
    return Architecture(
        InputSpec(1, 28, 28),
        (
            Layer.new("Conv2D", "conv1", filters=8, kernel_size=5),
            Layer.new("MaxPool2D", "pool1"),
            Layer.new("Conv2D", "conv2", filters=16, kernel_size=15),
            Layer.new("BatchNorm", "bn"),
            Layer.new("Flatten", "flatten"),
            Layer.new("Dense", "fc", units=10),
        ),
    )


def svg_texts(path: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(path).getroot().iter(f"{SVG}text"))


def preset_labels(qtbot: QtBot, tmp_path: Path, preset: str) -> tuple[DiagramView, list[str]]:
    """The diagram of ``preset`` and the texts of its SVG export."""
    view = DiagramView(load_preset(preset))
    qtbot.addWidget(view)
    view.export_svg(tmp_path / f"{preset}.svg")
    return view, [element.text.strip() for element in svg_texts(tmp_path / f"{preset}.svg") if element.text]


def test_kind_icons_are_named_after_the_kinds() -> None:
    assert sorted(KIND_ICONS) == sorted(
        [
            "conv2d",
            "separable_conv2d",
            "conv2d_transpose",
            "max_pool2d",
            "avg_pool2d",
            "global_avg_pool2d",
            "global_max_pool2d",
            "flatten",
            "dense",
            "dropout",
            "batch_norm",
            "activation",
            "residual",
            "parallel",
        ]
    )
    assert style.kind_icon_name("Conv2DTranspose") == "conv2d_transpose"


@pytest.mark.parametrize("name", [*KIND_ICONS, "input", *ACTION_ICONS])
def test_icon_is_a_small_valid_24px_svg(qapp: QtWidgets.QApplication, name: str) -> None:
    path = style.icon_path(name)
    text = path.read_text()
    renderer = QtSvg.QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QtCore.QRectF(0, 0, 24, 24)
    assert "<image" not in text
    assert len(text) < 2000
    icon = style.icon(name)
    assert not icon.isNull()
    assert ink(icon.pixmap(24, 24).toImage()) > 20


@pytest.mark.parametrize("kind", CATALOGUE.values(), ids=lambda kind: kind.name)
def test_kind_icons_use_their_group_colour(kind: LayerKind) -> None:
    text = style.icon_path(kind.name_prefix).read_text().upper()
    assert style.GROUP_COLOURS[kind.group].upper() in text
    others = set(style.GROUP_COLOURS.values()) - {style.GROUP_COLOURS[kind.group]}
    assert not any(colour.upper() in text for colour in others)


@pytest.mark.parametrize("name", [n for n in ACTION_ICONS if n not in ("error", "warning")])
def test_action_icons_are_neutral(name: str) -> None:
    assert style.NEUTRAL_COLOUR.upper() in style.icon_path(name).read_text().upper()


def test_every_group_has_a_colour_and_kinds_get_theirs() -> None:
    assert set(style.GROUP_COLOURS) == set(GROUPS)
    assert style.kind_colour("MaxPool2D") == style.GROUP_COLOURS["Pooling"]
    assert style.kind_colour("NoSuchLayer") == style.NEUTRAL_COLOUR


def test_a_missing_icon_is_empty_not_an_error(qapp: QtWidgets.QApplication) -> None:
    assert style.icon("no_such_icon").isNull()


@pytest.mark.parametrize("preset", preset_names())
def test_diagram_draws_each_preset(qtbot: QtBot, preset: str) -> None:
    view = DiagramView(load_preset(preset))
    qtbot.addWidget(view)
    view.resize(view.sizeHint())
    assert view.minimumSizeHint() == view.sizeHint()
    assert ink(view.grab().toImage()) > 2000


def test_an_empty_view_draws_nothing_but_background(qtbot: QtBot) -> None:
    view = DiagramView()
    qtbot.addWidget(view)
    view.resize(200, 100)
    assert ink(view.grab().toImage()) == 0


def test_export_png_writes_the_figure_at_scale(qtbot: QtBot, tmp_path: Path) -> None:
    view = DiagramView(load_preset("lenet5"))
    qtbot.addWidget(view)
    view.export_png(tmp_path / "lenet.png", scale=2)
    image = QtGui.QImage(str(tmp_path / "lenet.png"))
    assert image.size() == view.sizeHint() * 2
    assert ink(image) > 4000


def test_exports_to_an_unwritable_place_raise_os_error(qtbot: QtBot, tmp_path: Path) -> None:
    view = DiagramView(load_preset("lenet5"))
    qtbot.addWidget(view)
    with pytest.raises(OSError, match=r"No such file or directory: '.*missing/figure\.svg'$"):
        view.export_svg(tmp_path / "missing" / "figure.svg")
    with pytest.raises(OSError, match=r"No such file or directory: '.*missing/figure\.png'$"):
        view.export_png(tmp_path / "missing" / "figure.png")


def test_export_svg_holds_the_lenet_labels(qtbot: QtBot, tmp_path: Path) -> None:
    view = DiagramView(load_preset("lenet5"))
    qtbot.addWidget(view)
    view.export_svg(tmp_path / "lenet.svg")
    texts = [element.text.strip() for element in svg_texts(tmp_path / "lenet.svg") if element.text]
    for label in ("1@32x32", "6@28x28", "6@14x14", "16@10x10", "16@5x5", "120", "84", "10"):
        assert label in texts
    for label in ("conv 5x5", "avg pool 2x2", "flatten", "dense", "tanh", "softmax"):
        assert label in texts


def test_element_wise_layers_are_folded_into_the_connector(qtbot: QtBot, tmp_path: Path) -> None:
    view = DiagramView(load_preset("mnist_bn"))
    qtbot.addWidget(view)
    view.export_svg(tmp_path / "mnist.svg")
    texts = {element.text.strip() for element in svg_texts(tmp_path / "mnist.svg") if element.text}
    assert {"conv1_1", "32@28x28", "BN", "ReLU", "dropout 0.3", "global avg pool", "64"} <= texts
    assert not {"bn1_1", "relu1_1", "dropout"} & texts


@pytest.mark.parametrize("preset", preset_names())
def test_labels_in_a_row_do_not_overlap(qtbot: QtBot, tmp_path: Path, preset: str) -> None:
    view = DiagramView(load_preset(preset))
    qtbot.addWidget(view)
    view.export_svg(tmp_path / "figure.svg")
    rows: dict[float, list[tuple[float, float]]] = {}
    for element in svg_texts(tmp_path / "figure.svg"):
        font = QtGui.QFont(element.get("font-family", ""))
        font.setPointSizeF(float(element.get("font-size", "12")) * 72 / view.logicalDpiX())
        font.setBold(element.get("font-weight") == "700")
        width = QtGui.QFontMetricsF(font).horizontalAdvance(element.text or "")
        x = float(element.get("x", "0"))
        rows.setdefault(round(float(element.get("y", "0"))), []).append((x, x + width))
    assert len(rows) >= 4
    for spans in rows.values():
        for (_, right), (left, _) in pairwise(sorted(spans)):
            assert left >= right - 0.5


def test_small_networks_fit_the_window_and_long_ones_scroll_a_little(qtbot: QtBot) -> None:
    widths = {}
    for preset in ("lenet5", "cifar10_cnn", "vgg_small"):
        view = DiagramView(load_preset(preset))
        qtbot.addWidget(view)
        widths[preset] = view.sizeHint().width()
        assert 150 < view.sizeHint().height() < 400
    assert widths["lenet5"] < widths["cifar10_cnn"] < 1400
    assert widths["vgg_small"] < 1600


def test_the_figure_follows_the_palette_and_the_font(qtbot: QtBot) -> None:
    view = DiagramView(load_preset("lenet5"))
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QtGui.QPalette.ColorRole.Base, QtGui.QColor("#1e1f22"))
    palette.setColor(QtGui.QPalette.ColorRole.Text, QtGui.QColor("#dfe1e5"))
    view.setPalette(palette)
    view.resize(view.sizeHint())
    assert view.grab().toImage().pixelColor(0, 0) == QtGui.QColor("#1e1f22")
    width = view.sizeHint().width()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    assert view.sizeHint().width() > width


def test_an_invalid_architecture_draws_in_the_error_colour(qtbot: QtBot, tmp_path: Path) -> None:
    view = DiagramView(invalid_architecture())
    qtbot.addWidget(view)
    view.resize(view.sizeHint())
    assert ink(view.grab().toImage()) > 1000
    view.export_svg(tmp_path / "broken.svg")
    svg = (tmp_path / "broken.svg").read_text()
    texts = {element.text.strip() for element in svg_texts(tmp_path / "broken.svg") if element.text}
    assert {"8@12x12", "?@?x?", "?"} <= texts
    assert any("does not fit" in text for text in texts)
    assert style.ERROR_COLOUR.lower() in svg.lower()


def test_set_architecture_replaces_the_figure(qtbot: QtBot) -> None:
    view = DiagramView(load_preset("vgg_small"))
    qtbot.addWidget(view)
    wide = view.sizeHint().width()
    view.set_architecture(load_preset("lenet5"))
    assert view.sizeHint().width() < wide


def test_residual_blocks_draw_their_skip_connection_into_a_sum(qtbot: QtBot, tmp_path: Path) -> None:
    view, texts = preset_labels(qtbot, tmp_path, "resnet20")
    assert texts.count("residual, 5 layers") == 9
    view.export_png(tmp_path / "resnet.png", scale=1)
    image = QtGui.QImage(str(tmp_path / "resnet.png"))
    teal = QtGui.QColor(style.GROUP_COLOURS["Blocks"])
    lane = round(view._lane)
    # The sum's circle sits on the lane under each block: its outline is in the blocks' colour.
    centres = [round(node.box.center().x()) for node in view._nodes if node.kind == "Residual"]
    assert len(centres) == 9
    for x in centres:
        ring = [image.pixelColor(x + dx, lane) for dx in range(-7, 8)]
        assert any(abs(c.hue() - teal.hue()) < 12 and c.saturation() > 80 for c in ring), x


def test_parallel_blocks_name_their_branches_and_merge(qtbot: QtBot, tmp_path: Path) -> None:
    _, texts = preset_labels(qtbot, tmp_path, "inception_mini")
    assert texts.count("4 branches, concat") == 3
