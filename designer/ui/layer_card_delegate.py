"""Paints each row of the network editor as a card: name, kind, key settings, output shape,
parameters; impossible layers in red with the reason and one-click fixes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from designer.core.layer_kind import Fix
from designer.core.report import format_count
from designer.ui.layer_list_model import CARD_ROLE, Card
from designer.ui.layer_text import layer_brief, shape_text
from designer.ui.style import ERROR_COLOUR, GROUP_COLOURS, INPUT_COLOUR, icon
from designer.ui.translation import translated, translated_without

MARGIN = 4
PAD = 8
ICON = 24
ACCENT = 4
GAP = 3

Index = QModelIndex | QPersistentModelIndex


@dataclass
class CardText:
    """The words on one card, worked out once for sizing and painting alike."""

    title: str
    kind: str = ""
    params: str = ""
    brief: str = ""
    shape: str = ""
    error: str = ""
    fixes: list[tuple[str, Fix]] = field(default_factory=list)


class LayerCardDelegate(QStyledItemDelegate):
    fix_requested = Signal(int, object)  # layer index, Fix

    def __init__(self, view: QAbstractItemView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        #: Clickable fix areas per model row, as painted last.
        self._fix_areas: dict[int, list[tuple[QRect, Fix]]] = {}
        #: Per row: the card last worded, its words, and its height per view width. An edit
        #: rewords only the cards whose layer or figures changed.
        self._worded: dict[int, tuple[Card, CardText, dict[int, int]]] = {}

    def card_text(self, card: Card) -> CardText:
        """The words on ``card``, in the interface's language."""
        if card.layer is None and card.in_block:
            brief = self.tr("what the layer before the block gives it")
            return CardText(
                self.tr("Block input"), brief=brief, shape="\u2192 " + shape_text(card.input_shape)
            )
        if card.layer is None:
            assert card.input_shape is not None
            channels = card.input_shape[0]
            brief = {1: self.tr("grayscale image"), 3: self.tr("RGB image")}.get(
                channels, self.tr("{channels}-channel image").format(channels=channels)
            )
            return CardText(self.tr("Input"), brief=brief, shape="\u2192 " + shape_text(card.input_shape))
        report = card.report
        assert report is not None
        text = CardText(card.layer.name, card.layer.kind, brief=layer_brief(card.layer))
        if report.params is not None:
            text.params = self.tr("{count} params").format(count=format_count(report.params))
        if report.status == "error" and report.error:
            text.error = translated_without(report.error, "label")
            text.fixes = [
                (self.tr("Fix: {action}").format(action=translated(fix.description)), fix)
                for fix in report.fixes
            ]
        elif report.status == "unknown":
            text.shape = "\u2192 " + self.tr("? (an earlier layer does not fit)")
        else:
            text.shape = "\u2192 " + shape_text(report.output_shape)
        return text

    def _small(self, option: QStyleOptionViewItem) -> QFont:
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.92, 7.0))
        return small

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        """Cards span the viewport; the view sizes items with varying option rects, so use the viewport."""
        width = self.view.viewport().width()
        return max(width - 2 * MARGIN - ACCENT - 3 * PAD - ICON, 80)

    def _error_height(self, text: CardText, option: QStyleOptionViewItem) -> int:
        if not text.error:
            return 0
        bounds = QRect(0, 0, self._text_width(option), 10_000)
        return (
            QFontMetrics(self._small(option))
            .boundingRect(bounds, Qt.TextFlag.TextWordWrap, text.error)
            .height()
        )

    def _words(self, index: Index) -> tuple[CardText, dict[int, int]]:
        card: Card = index.data(CARD_ROLE)
        known = self._worded.get(index.row())
        if known is None or known[0] != card:
            known = self._worded[index.row()] = (card, self.card_text(card), {})
        return known[1], known[2]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text, heights = self._words(index)
        width = self._text_width(option)
        if width not in heights:
            heights[width] = self._height(text, option)
        return QSize(200, heights[width])

    def _height(self, text: CardText, option: QStyleOptionViewItem) -> int:
        line = QFontMetrics(option.font).height()
        lines = 1 + bool(text.brief) + bool(text.shape)
        height = 2 * MARGIN + 2 * PAD + lines * line + (lines - 1) * GAP
        if text.error:
            height += 2 * GAP + 1 + self._error_height(text, option) + len(text.fixes) * (line + GAP)
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card = index.data(CARD_ROLE)
        text, _ = self._words(index)
        palette = option.palette
        line = QFontMetrics(option.font).height()
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = card.layer.spec.group if card.layer else ""
        accent = QColor(ERROR_COLOUR if text.error else GROUP_COLOURS.get(group, INPUT_COLOUR))
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        background = QColor(base)
        if selected:
            mix = 0.22
            background = QColor.fromRgbF(
                base.redF() * (1 - mix) + highlight.redF() * mix,
                base.greenF() * (1 - mix) + highlight.greenF() * mix,
                base.blueF() * (1 - mix) + highlight.blueF() * mix,
            )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = highlight if selected else (accent if text.error else palette.color(QPalette.ColorRole.Mid))
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), ACCENT + 2, rect.height()), 3, 3)

        ink = palette.color(QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlpha(160)
        left = rect.left() + ACCENT + PAD
        top = rect.top() + PAD
        icon(card.layer.spec.name_prefix if card.layer else "input").paint(
            painter, QRect(left, top, ICON, ICON)
        )
        x = left + ICON + PAD
        width = rect.right() - PAD - x
        middle = Qt.AlignmentFlag.AlignVCenter

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(QRect(x, top, width, line), middle, text.title)
        title_width = QFontMetrics(bold).horizontalAdvance(text.title)
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(QRect(x + title_width + 8, top, width, line), middle, text.kind)
        painter.drawText(QRect(x, top, width, line), Qt.AlignmentFlag.AlignRight | middle, text.params)
        y = top + line + GAP
        if text.brief:
            painter.drawText(QRect(x, y, width, line), middle, text.brief)
            y += line + GAP
        if text.shape:
            painter.setPen(ink if card.report is None or card.report.status == "ok" else muted)
            painter.drawText(QRect(x, y, width, line), middle, text.shape)

        self._fix_areas.pop(index.row(), None)
        if text.error:
            painter.setFont(self._small(option))
            painter.setPen(accent)
            reason = QRect(x, y, width, self._error_height(text, option))
            painter.drawText(reason, Qt.TextFlag.TextWordWrap, text.error)
            painter.setFont(option.font)
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            y = reason.bottom() + GAP + 1
            areas = []
            for label, fix in text.fixes:
                area = QRect(x, y, QFontMetrics(option.font).horizontalAdvance(label) + 4, line)
                painter.drawText(area, middle, label)
                areas.append((area, fix))
                y += line + GAP
            self._fix_areas[index.row()] = areas
        painter.restore()

    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            for area, fix in self._fix_areas.get(index.row(), []):
                if area.contains(event.position().toPoint()):
                    self.fix_requested.emit(index.row() - 1, fix)
                    return True
        return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Layer name"))
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """The name field sits over the card's title line."""
        line = QFontMetrics(option.font).height()
        left = option.rect.left() + MARGIN + ACCENT + 2 * PAD + ICON
        editor.setGeometry(QRect(left, option.rect.top() + MARGIN + PAD - 3, 220, line + 6))
