"""The network as a figure in the style of the LeNet-5 paper: feature maps as plane stacks, vectors as bars.

Element-wise layers (the Regularisation and Activation groups) get no node of their own: they are
named on the connector into the node they follow, as textbook figures do.  The widget, the PNG and
the SVG export all draw through ``DiagramView.paint``.
Preview: ``python -m designer.ui.diagram_view [preset]``.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import cast

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from designer.core.architecture import Architecture, Layer
from designer.core.atomic import write_atomic
from designer.core.catalogue import CATALOGUE
from designer.core.geometry import describe_pair
from designer.core.inference import Status, Summary, infer
from designer.core.layer_kind import Shape, pair_param
from designer.core.layers.pooling import pool_stride
from designer.core.params import Pair, as_pair
from designer.core.presets import load_preset
from designer.ui.image_files import encoded, save_image
from designer.ui.style import ERROR_COLOUR, GROUP_COLOURS, INPUT_COLOUR, kind_colour
from designer.ui.translation import translated

FOLDED_GROUPS = ("Regularisation", "Activation")
FLAT_KINDS = ("Flatten", "Dense", "GlobalAvgPool2D", "GlobalMaxPool2D")
ACTIVATION_NAMES = {"relu": "ReLU", "leaky_relu": "leaky ReLU", "elu": "ELU", "gelu": "GELU", "silu": "SiLU"}
_SEVERITY = {"ok": 0, "unknown": 1, "error": 2}

MARGIN = 16.0
MAX_SIDE = 112.0  # the largest feature map's front plane, in a figure of up to 8 nodes
SIDE_SHRINK = 5.0  # less per node beyond 8, down to 0.65 * MAX_SIDE, so long networks stay narrower
MIN_SIDE = 12.0
PLANE_STEP = 4.0  # offset between the planes of a stack
MAX_PLANES = 8
BAR_WIDTH = 12.0
BAR_DEPTH = 4.0
MIN_GAP = 36.0  # between columns, room for the connector
LABEL_PAD = 14.0  # between neighbouring operation labels
TEXT_GAP = 6.0  # between a node and its labels
BLOCK_LANE = 22.0  # below the nodes, where skip connections and branches run


@dataclass
class _Node:
    """A column of the figure: the input, or a layer with the element-wise layers folded after it."""

    name: str
    kind: str
    colour: str
    status: Status
    shape: Shape | None
    flat: bool
    operation: str = ""
    extras: list[tuple[str, str]] = field(default_factory=list)  # (text, colour) after the operation
    window: Pair | None = None
    #: A block: 1 for a residual block (drawn with a skip connection), its branch count for a parallel one.
    branches: int = 0
    front: QtCore.QRectF = field(default_factory=QtCore.QRectF)  # the front plane, or the bar's face
    box: QtCore.QRectF = field(default_factory=QtCore.QRectF)  # everything drawn for the node

    @property
    def planes(self) -> int:
        if self.flat:
            return 1
        channels = self.shape[0] if self.shape else 4
        return 1 + min(MAX_PLANES - 1, math.ceil(math.log2(max(channels, 1))))

    @property
    def depth(self) -> float:
        return BAR_DEPTH if self.flat else (self.planes - 1) * PLANE_STEP


class DiagramView(QtWidgets.QWidget):
    """An architecture drawn left to right; the minimum size is the whole figure, so use a scroll area."""

    def __init__(self, architecture: Architecture | None = None, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._error = ""
        self._size = QtCore.QSizeF(2 * MARGIN, 2 * MARGIN)
        self._operation_top = MARGIN
        self._lane = MARGIN
        self._error_box = QtCore.QRectF()
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred)
        if architecture is not None:
            self.set_architecture(architecture)

    def set_architecture(self, architecture: Architecture, summary: Summary | None = None) -> None:
        """Draw ``architecture``; pass its ``summary`` when it is at hand, to save inferring it again."""
        summary = summary or infer(architecture)
        self._error = translated(summary.errors[0]) if summary.errors else ""
        self._nodes = [_Node(self.tr("input"), "", INPUT_COLOUR, "ok", summary.input_shape, False)]
        for layer, report in zip(architecture.layers, summary.layers, strict=True):
            previous = self._nodes[-1]
            if CATALOGUE[layer.kind].group in FOLDED_GROUPS and len(self._nodes) > 1:
                previous.extras.append((self._operation(layer), kind_colour(layer.kind)))
                previous.status = max(previous.status, report.status, key=_SEVERITY.__getitem__)
                continue
            shape = report.output_shape
            flat = len(shape) == 1 if shape else layer.kind in FLAT_KINDS or previous.flat
            node = _Node(layer.name, layer.kind, kind_colour(layer.kind), report.status, shape, flat)
            node.operation = self._operation(layer)
            activation = layer.params.get("activation")
            if layer.kind != "Activation" and isinstance(activation, str) and activation != "linear":
                node.extras.append(
                    (ACTIVATION_NAMES.get(activation, activation), GROUP_COLOURS["Activation"])
                )
            node.branches = len(layer.branches)
            window = layer.params.get("kernel_size", layer.params.get("pool_size"))
            node.window = None if window is None else as_pair(cast("int | Pair", window))
            self._nodes.append(node)
        self._layout()

    def sizeHint(self) -> QtCore.QSize:
        """The whole figure, which is also the minimum size."""
        return self._size.toSize()

    def minimumSizeHint(self) -> QtCore.QSize:
        return self.sizeHint()

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """Write the figure as a PNG of ``scale`` pixels per on-screen pixel."""
        image = QtGui.QImage((self._size * scale).toSize(), QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        dots_per_metre = round(self.logicalDpiX() / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QtGui.QPainter(image)
        self.paint(painter, QtCore.QRectF(QtCore.QPointF(), self._size))
        painter.end()
        save_image(image, path)

    def export_svg(self, path: str | Path) -> None:
        def draw(buffer: QtCore.QBuffer) -> None:
            generator = QtSvg.QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(self._size.toSize())
            generator.setViewBox(QtCore.QRectF(QtCore.QPointF(), self._size))
            generator.setResolution(self.logicalDpiX())
            generator.setTitle(self.tr("Network diagram"))
            painter = QtGui.QPainter(generator)
            self.paint(painter, QtCore.QRectF(QtCore.QPointF(), self._size))
            painter.end()

        write_atomic(path, encoded(draw))

    def paint(self, painter: QtGui.QPainter, rect: QtCore.QRectF) -> None:
        """Draw the figure centred in ``rect`` on the palette's base colour."""
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, self.palette().color(QtGui.QPalette.ColorRole.Base))
        painter.translate(
            rect.left() + max(0.0, (rect.width() - self._size.width()) / 2),
            rect.top() + max(0.0, (rect.height() - self._size.height()) / 2),
        )
        for node in self._nodes:
            self._paint_node(painter, node)
        for before, after in pairwise(self._nodes):
            self._paint_connector(painter, before, after)
            if after.branches:
                self._paint_block(painter, before, after)
        for node in self._nodes:
            self._paint_labels(painter, node)
        for before, after in pairwise(self._nodes):
            self._paint_operation(painter, before, after)
        if self._error:
            painter.setFont(self._font())
            painter.setPen(QtGui.QColor(ERROR_COLOUR))
            painter.drawText(self._error_box, _WRAP, self._error)
        painter.restore()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        self.paint(painter, QtCore.QRectF(self.rect()))
        painter.end()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._layout()
        super().changeEvent(event)

    # Wording

    def _operation(self, layer: Layer) -> str:
        p, kind = layer.params, layer.kind
        if kind in ("Conv2D", "SeparableConv2D", "Conv2DTranspose"):
            verb = {
                "Conv2D": self.tr("conv {kernel}"),
                "SeparableConv2D": self.tr("sep. conv {kernel}"),
                "Conv2DTranspose": self.tr("up-conv {kernel}"),
            }[kind]
            text = verb.format(kernel=describe_pair(pair_param(p, "kernel_size")))
            stride = pair_param(p, "stride")
        elif kind in ("MaxPool2D", "AvgPool2D"):
            verb = self.tr("max pool {window}") if kind == "MaxPool2D" else self.tr("avg pool {window}")
            text = verb.format(window=describe_pair(pair_param(p, "pool_size")))
            stride = (1, 1) if pool_stride(p) == pair_param(p, "pool_size") else pool_stride(p)
        elif kind == "Residual":
            count = len(layer.branches[0]) if layer.branches else 0
            return self.tr("residual, {count} layers").format(count=count)
        elif kind == "Parallel":
            merge = self.tr("concat") if p.get("merge") == "concat" else self.tr("add")
            return self.tr("{count} branches, {merge}").format(count=len(layer.branches), merge=merge)
        else:
            return {
                "GlobalAvgPool2D": self.tr("global avg pool"),
                "GlobalMaxPool2D": self.tr("global max pool"),
                "Flatten": self.tr("flatten"),
                "Dense": self.tr("dense"),
                "BatchNorm": self.tr("BN"),
                "Dropout": self.tr("dropout {rate:g}").format(rate=p.get("rate", 0)),
                "Activation": ACTIVATION_NAMES.get(str(p.get("activation")), str(p.get("activation"))),
            }.get(kind, kind)
        if stride == (1, 1):
            return text
        step = str(stride[0]) if stride[0] == stride[1] else describe_pair(stride)
        return self.tr("{operation}, stride {stride}").format(operation=text, stride=step)

    def _shape_text(self, node: _Node) -> str:
        if node.shape is None:
            return "?" if node.flat else "?@?x?"
        if len(node.shape) == 1:
            return f"{node.shape[0]:,}"
        channels, height, width = node.shape
        return f"{channels}@{height}x{width}"

    # Layout

    def _font(self, bold: bool = False) -> QtGui.QFont:
        """The bold font of shapes, or the smaller one of all other labels."""
        font = QtGui.QFont(self.font())
        font.setBold(bold)
        if not bold:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _node_size(self, node: _Node, largest: int, max_side: float) -> QtCore.QSizeF:
        """The front plane: sides grow with the map (a power below 1 keeps small maps visible)."""
        if node.flat:
            units = node.shape[0] if node.shape else 64
            return QtCore.QSizeF(BAR_WIDTH, min(max_side * 1.15, max(28.0, 12 * math.log2(units + 1))))
        if node.shape is None:
            return QtCore.QSizeF(3 * MIN_SIDE, 3 * MIN_SIDE)

        def side(n: int) -> float:
            return max(MIN_SIDE, max_side * (n / largest) ** 0.7)

        return QtCore.QSizeF(side(node.shape[2]), side(node.shape[1]))

    def _layout(self) -> None:
        """Place columns left to right, widening gaps so operation labels never overlap."""
        small, bold = QtGui.QFontMetricsF(self._font()), QtGui.QFontMetricsF(self._font(bold=True))
        largest = max((max(n.shape[1:]) for n in self._nodes if n.shape and len(n.shape) == 3), default=1)
        max_side = max(0.65 * MAX_SIDE, MAX_SIDE - SIDE_SHRINK * max(0, len(self._nodes) - 8))
        sizes = [self._node_size(node, largest, max_side) for node in self._nodes]
        tallest = max(
            (size.height() + node.depth for node, size in zip(self._nodes, sizes, strict=True)), default=0.0
        )
        centre = MARGIN + small.height() + bold.height() + TEXT_GAP + tallest / 2
        column_right = node_right = MARGIN - MIN_GAP
        label_right = MARGIN - LABEL_PAD
        for node, size in zip(self._nodes, sizes, strict=True):
            width = size.width() + node.depth
            column = max(
                width, small.horizontalAdvance(node.name), bold.horizontalAdvance(self._shape_text(node))
            )
            inset = (column - width) / 2
            gap = MIN_GAP
            if node is not self._nodes[0]:
                label = max(small.horizontalAdvance(node.operation), self._extras_width(node, small))
                middle = (node_right + column_right + gap + inset) / 2
                gap += max(0.0, 2 * (label_right + LABEL_PAD + label / 2 - middle))
                label_right = (node_right + column_right + gap + inset) / 2 + label / 2
            left = column_right + gap + inset
            node.box = QtCore.QRectF(
                left, centre - (size.height() + node.depth) / 2, width, size.height() + node.depth
            )
            node.front = QtCore.QRectF(left, node.box.bottom() - size.height(), size.width(), size.height())
            node_right, column_right = node.box.right(), column_right + gap + column
        width = max(column_right, label_right) + MARGIN
        self._lane = centre + tallest / 2 + TEXT_GAP + BLOCK_LANE / 2
        lane = BLOCK_LANE if any(node.kind == "Residual" for node in self._nodes) else 0.0
        self._operation_top = centre + tallest / 2 + TEXT_GAP + lane
        height = self._operation_top + 2 * small.height() + MARGIN
        self._error_box = QtCore.QRectF()
        if self._error:
            error_width = max(width - 2 * MARGIN, 480.0)
            bounds = small.boundingRect(QtCore.QRectF(0, 0, error_width, 1000), _WRAP, self._error)
            self._error_box = QtCore.QRectF(MARGIN, height - MARGIN + TEXT_GAP, error_width, bounds.height())
            width = max(width, error_width + 2 * MARGIN)
            height += bounds.height() + TEXT_GAP
        self._size = QtCore.QSizeF(math.ceil(width), math.ceil(height))
        self.updateGeometry()
        self.update()

    def _extras_width(self, node: _Node, metrics: QtGui.QFontMetricsF) -> float:
        return metrics.horizontalAdvance(" · ".join(text for text, _ in node.extras))

    # Painting

    def _colours(self, node: _Node) -> tuple[QtGui.QColor, QtGui.QColor, QtGui.QColor]:
        """The node's outline, the background and the text colour."""
        base = self.palette().color(QtGui.QPalette.ColorRole.Base)
        text = self.palette().color(QtGui.QPalette.ColorRole.Text)
        if node.status == "error":
            return QtGui.QColor(ERROR_COLOUR), base, text
        if node.status == "unknown":
            return _mix(text, base, 0.5), base, text
        return QtGui.QColor(node.colour), base, text

    def _pen(self, colour: QtGui.QColor, node: _Node, width: float = 1.2) -> QtGui.QPen:
        pen = QtGui.QPen(colour, width)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
        if node.status != "ok":
            pen.setStyle(QtCore.Qt.PenStyle.DashLine)
        return pen

    def _paint_node(self, painter: QtGui.QPainter, node: _Node) -> None:
        stroke, base, _ = self._colours(node)
        painter.setPen(self._pen(stroke, node))
        face = node.front
        if node.flat:
            lift = QtCore.QPointF(BAR_DEPTH, -BAR_DEPTH)
            for start, end, tint in (
                (face.topLeft(), face.topRight(), 0.35),
                (face.topRight(), face.bottomRight(), 0.45),
            ):
                painter.setBrush(_mix(base, stroke, tint))
                painter.drawPolygon([start, start + lift, end + lift, end])
            painter.setBrush(_mix(base, stroke, 0.22))
            painter.drawRect(face)
            units = node.shape[0] if node.shape else 0
            if units > 1 and face.height() / units >= 4:
                painter.setPen(QtGui.QPen(_mix(base, stroke, 0.6), 0.8))
                for i in range(1, units):
                    y = face.top() + face.height() * i / units
                    painter.drawLine(QtCore.QLineF(face.left(), y, face.right(), y))
        else:
            for k in reversed(range(node.planes)):
                painter.setBrush(_mix(base, stroke, 0.25 if k == 0 else 0.12))
                painter.drawRect(face.translated(k * PLANE_STEP, -k * PLANE_STEP))
        if node.status != "ok" and face.height() >= 24:
            painter.setFont(self._font(bold=True))
            painter.setPen(stroke)
            painter.drawText(face, QtCore.Qt.AlignmentFlag.AlignCenter, "?")

    def _paint_connector(self, painter: QtGui.QPainter, before: _Node, after: _Node) -> None:
        """Receptive-field wedges for windows, a fan for dense layers, converging lines into a vector."""
        stroke, base, text = self._colours(after)
        line = _mix(text, base, 0.55) if after.status == "ok" else stroke
        painter.setPen(self._pen(line, after, 1.0))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        a, b = before.front, after.front
        ok = after.status == "ok"
        if ok and after.window and before.shape and not before.flat and not after.flat:
            _, height, width = before.shape
            size = QtCore.QSizeF(
                max(3.0, a.width() * min(1.0, after.window[1] / width)),
                max(3.0, a.height() * min(1.0, after.window[0] / height)),
            )
            centre = QtCore.QPointF(
                min(a.left() + a.width() * 0.6, a.right() - size.width() / 2),
                max(a.top() + a.height() * 0.35, a.top() + size.height() / 2),
            )
            window = QtCore.QRectF(centre - QtCore.QPointF(size.width(), size.height()) / 2, size)
            target = QtCore.QPointF(b.left() + b.width() * 0.35, b.top() + b.height() * 0.6)
            corners = (window.topLeft(), window.topRight(), window.bottomLeft(), window.bottomRight())
            painter.drawLines([QtCore.QLineF(corner, target) for corner in corners])
            painter.setPen(QtGui.QPen(stroke, 1.0))
            painter.setBrush(_mix(base, stroke, 0.5))
            painter.drawRect(window)
            painter.drawEllipse(target, 1.8, 1.8)
        elif ok and before.flat and after.flat:
            starts = [QtCore.QPointF(a.right(), a.top() + a.height() * f) for f in (0.2, 0.5, 0.8)]
            ends = [QtCore.QPointF(b.left(), b.top() + b.height() * f) for f in (0.2, 0.5, 0.8)]
            painter.drawLines([QtCore.QLineF(start, end) for start in starts for end in ends])
        elif ok and after.flat:
            ends = (b.topLeft(), b.bottomLeft()) if after.kind == "Flatten" else (b.center(), b.center())
            painter.drawLine(QtCore.QLineF(a.topRight(), ends[0]))
            painter.drawLine(QtCore.QLineF(a.bottomRight(), ends[1]))
        else:
            y = (before.box.center().y() + after.box.center().y()) / 2
            tip = QtCore.QPointF(after.box.left() - 3, y)
            painter.drawLine(QtCore.QLineF(before.box.right() + 3, y, tip.x(), y))
            painter.drawPolyline([tip + QtCore.QPointF(-5, -3.5), tip, tip + QtCore.QPointF(-5, 3.5)])

    def _paint_block(self, painter: QtGui.QPainter, before: _Node, after: _Node) -> None:
        """Under a residual block's connector its skip connection into a sum (a circled +); on a
        parallel block's connector its branches splitting and merging."""
        stroke, base, _ = self._colours(after)
        painter.setPen(self._pen(stroke, after, 1.2))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        y = self._lane
        if after.kind == "Residual":
            start, end = before.box.center().x(), after.box.center().x()
            radius = 5.0
            painter.drawPolyline(
                [QtCore.QPointF(start, before.box.bottom() + 2), QtCore.QPointF(start, y),
                 QtCore.QPointF(end - radius, y)]
            )  # fmt: skip
            painter.setBrush(base)
            painter.drawEllipse(QtCore.QPointF(end, y), radius, radius)
            painter.drawLine(QtCore.QLineF(end - 3, y, end + 3, y))
            painter.drawLine(QtCore.QLineF(end, y - 3, end, y + 3))
            tip = QtCore.QPointF(end, after.box.bottom() + 2)
            painter.drawLine(QtCore.QLineF(end, y - radius, tip.x(), tip.y()))
            painter.drawPolyline([tip + QtCore.QPointF(-3, 4), tip, tip + QtCore.QPointF(3, 4)])
            return
        y = (before.box.center().y() + after.box.center().y()) / 2  # around the connector's arrow
        left, right = before.box.right() + 6, after.box.left() - 8
        lanes = min(after.branches, 5)
        spread = 7.0 * (lanes - 1)
        split, merge = left + (right - left) * 0.25, left + (right - left) * 0.75
        for k in range(lanes):
            offset = y - spread / 2 + 7.0 * k
            painter.drawPolyline(
                [QtCore.QPointF(left, y), QtCore.QPointF(split, offset), QtCore.QPointF(merge, offset),
                 QtCore.QPointF(right, y)]
            )  # fmt: skip

    def _paint_labels(self, painter: QtGui.QPainter, node: _Node) -> None:
        """Name and shape above the node."""
        stroke, base, text = self._colours(node)
        small, bold = self._font(), self._font(bold=True)
        name_height = QtGui.QFontMetricsF(small).height()
        centre = node.box.center().x()
        painter.setFont(small)
        painter.setPen(_mix(text, base, 0.4))
        painter.drawText(_row(centre, MARGIN, name_height), _CENTRED, node.name)
        painter.setFont(bold)
        painter.setPen(text if node.status == "ok" else stroke)
        painter.drawText(
            _row(centre, MARGIN + name_height, QtGui.QFontMetricsF(bold).height()),
            _CENTRED,
            self._shape_text(node),
        )

    def _paint_operation(self, painter: QtGui.QPainter, before: _Node, after: _Node) -> None:
        """The operation between two nodes, and under it the folded layers in their group colours."""
        stroke, base, text = self._colours(after)
        metrics = QtGui.QFontMetricsF(self._font())
        centre = (before.box.right() + after.box.left()) / 2
        painter.setFont(self._font())
        painter.setPen(text if after.status == "ok" else stroke)
        painter.drawText(_row(centre, self._operation_top, metrics.height()), _CENTRED, after.operation)
        x = centre - self._extras_width(after, metrics) / 2
        baseline = self._operation_top + metrics.height() + metrics.ascent()
        for i, (label, colour) in enumerate(after.extras):
            if i:
                painter.setPen(_mix(text, base, 0.5))
                painter.drawText(QtCore.QPointF(x, baseline), " · ")
                x += metrics.horizontalAdvance(" · ")
            painter.setPen(QtGui.QColor(colour) if after.status == "ok" else _mix(text, base, 0.5))
            painter.drawText(QtCore.QPointF(x, baseline), label)
            x += metrics.horizontalAdvance(label)


def _mix(a: QtGui.QColor, b: QtGui.QColor, t: float) -> QtGui.QColor:
    """``a`` moved a fraction ``t`` towards ``b``."""
    return QtGui.QColor.fromRgbF(
        *(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True))
    )


def _row(centre: float, top: float, height: float) -> QtCore.QRectF:
    """A line of text centred on ``centre``, wide enough for any label."""
    return QtCore.QRectF(centre - 500, top, 1000, height)


_CENTRED = QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignBottom
_WRAP = QtCore.Qt.TextFlag.TextWordWrap | QtCore.Qt.AlignmentFlag.AlignLeft


def _preview() -> None:
    app = QtWidgets.QApplication(sys.argv)
    view = DiagramView(load_preset(sys.argv[1] if len(sys.argv) > 1 else "lenet5"))
    window = QtWidgets.QScrollArea()
    window.setWidget(view)
    window.setWidgetResizable(True)
    window.setWindowTitle(view.tr("Network diagram"))
    window.resize(1200, 420)
    window.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    _preview()
