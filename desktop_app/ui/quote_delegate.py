"""Drawing one quotation in the list: its words (at most three lines), the speaker beneath.

Everything is painted from the view's palette and font, so dark themes and larger fonts work;
the selection background is drawn by the style, as for any item view. While the list is filtered,
the words typed are marked wherever they occur in a row's words and speaker, as a browser's find
marks them in a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.quote_types import Quote
from desktop_app.ui.geometry import viewport_width
from desktop_app.ui.quote_model import QUOTE_ROLE, quoted

__all__ = ["QuoteDelegate", "blend"]

MAX_LINES = 3
PAD_X = 12.0
PAD_Y = 9.0
GAP = 3.0  # between the words and the speaker line
TAG_TEXT = "mention"
MARK_COLOR = QColor("#ffd54f")  # the article's find highlight, blended into each row's background

_AnyIndex = QModelIndex | QPersistentModelIndex


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way to ``b`` (how dim text is made from the palette)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


@dataclass(frozen=True, slots=True)
class _Fonts:
    words: QFont
    speaker: QFont
    description: QFont
    tag: QFont


def _fonts(base: QFont) -> _Fonts:
    small = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(7.0, size * 0.88))
    speaker = QFont(small)
    speaker.setWeight(QFont.Weight.DemiBold)
    tag = QFont(small)
    if size > 0:
        tag.setPointSizeF(max(6.5, size * 0.76))
    tag.setWeight(QFont.Weight.DemiBold)
    tag.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    return _Fonts(QFont(base), speaker, small, tag)


class QuoteDelegate(QStyledItemDelegate):
    """Paints a :class:`Quote` row; with ``uniform`` every row gets the three-line height.

    Uniform heights let the view skip measuring every row: the pane turns it on for long lists.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uniform = False
        self._marks: re.Pattern[str] | None = None

    def set_marked_words(self, words: Iterable[str]) -> None:
        """Mark these words (the filter's) in every row painted from now on; none: no marks."""
        unique = sorted({w for w in words if w}, key=len, reverse=True)  # longest first
        self._marks = (
            re.compile("|".join(map(re.escape, unique)), re.IGNORECASE) if unique else None
        )

    def marked_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the marked words occur in ``text``, as (start, end), in order."""
        return [m.span() for m in self._marks.finditer(text)] if self._marks else []

    def _paint_marks(
        self, painter: QPainter, metrics: QFontMetricsF, text: str, at: QPointF, color: QColor
    ) -> None:
        """Backgrounds behind the marked words of ``text`` drawn with its top-left at ``at``."""
        spans = self.marked_spans(text)
        if not spans:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for start, end in spans:
            x0 = metrics.horizontalAdvance(text[:start])
            x1 = metrics.horizontalAdvance(text[:end])
            box = QRectF(at.x() + x0 - 1, at.y(), x1 - x0 + 2, metrics.height())
            painter.drawRoundedRect(box, 2.5, 2.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # --- geometry ------------------------------------------------------------------------------

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> float:
        width = option.rect.width()
        view = option.widget
        if width <= 0 and isinstance(view, QAbstractItemView):
            width = viewport_width(view)
        return max(40.0, width - 2 * PAD_X)

    @staticmethod
    def _lines(text: str, font: QFont, width: float) -> list[str]:
        """The text wrapped at ``width``: at most MAX_LINES, the last one elided."""
        layout = QTextLayout(text, font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(opt)
        layout.beginLayout()
        starts: list[int] = []
        while len(starts) < MAX_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        more = layout.createLine().isValid()
        layout.endLayout()
        if not starts:
            return []
        bounds = [*starts[1:], len(text)]
        lines = [text[a:b].rstrip() for a, b in zip(starts, bounds, strict=True)]
        if more:
            rest = text[starts[-1] :]
            lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        fonts = _fonts(option.font)
        words = QFontMetricsF(fonts.words)
        if self.uniform:
            n = MAX_LINES
        else:
            quote = index.data(QUOTE_ROLE)
            text = quoted(quote) if isinstance(quote, Quote) else str(index.data() or "")
            n = max(1, len(self._lines(text, fonts.words, self._text_width(option))))
        height = 2 * PAD_Y + n * words.lineSpacing() + GAP + self._speaker_line_height(fonts)
        return QSize(100, int(height + 0.999))

    @staticmethod
    def _speaker_line_height(fonts: _Fonts) -> float:
        return max(QFontMetricsF(fonts.speaker).height(), QFontMetricsF(fonts.tag).height() + 4)

    # --- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        quote = index.data(QUOTE_ROLE)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus frame come from the style; the text is ours.
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not isinstance(quote, Quote):
            return

        state = opt.state
        palette: QPalette = opt.palette
        if not state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        selected = bool(state & QStyle.StateFlag.State_Selected)
        back = palette.color(
            group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        fore = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = blend(fore, back, 0.38)
        faint = blend(fore, back, 0.55)

        rect = QRectF(opt.rect)
        fonts = _fonts(opt.font)
        width = rect.width() - 2 * PAD_X
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

        # A hairline between rows, so the quotations read as separate items.
        if not selected:
            painter.setPen(blend(palette.color(group, QPalette.ColorRole.Base), fore, 0.10))
            y = rect.bottom() - 0.5
            painter.drawLine(QPointF(rect.left() + PAD_X, y), QPointF(rect.right() - PAD_X, y))

        # The words.
        mark = blend(MARK_COLOR, back, 0.55 if selected else 0.35)
        metrics = QFontMetricsF(fonts.words)
        y = rect.top() + PAD_Y
        for line in self._lines(quoted(quote), fonts.words, width):
            self._paint_marks(painter, metrics, line, QPointF(rect.left() + PAD_X, y), mark)
            painter.setFont(fonts.words)
            painter.setPen(fore if quote.is_speech else dim)
            painter.drawText(QPointF(rect.left() + PAD_X, y + metrics.ascent()), line)
            y += metrics.lineSpacing()

        # The speaker line: [mention] Name, description.
        y += GAP
        line_h = self._speaker_line_height(fonts)
        x = rect.left() + PAD_X
        right = rect.right() - PAD_X
        if not quote.is_speech:
            x = self._paint_tag(painter, fonts.tag, QPointF(x, y), line_h, fore, back, selected) + 6
        base_y = (
            y
            + (
                line_h
                + QFontMetricsF(fonts.speaker).ascent()
                - QFontMetricsF(fonts.speaker).descent()
            )
            / 2
        )
        if quote.speaker:
            name_m = QFontMetricsF(fonts.speaker)
            name = name_m.elidedText(
                quote.speaker, Qt.TextElideMode.ElideRight, max(0.0, right - x)
            )
            top = base_y - name_m.ascent()
            self._paint_marks(painter, name_m, name, QPointF(x, top), mark)
            painter.setFont(fonts.speaker)
            painter.setPen(dim)
            painter.drawText(QPointF(x, base_y), name)
            x += name_m.horizontalAdvance(name)
            if quote.speaker_description and right - x > 30:
                desc_m = QFontMetricsF(fonts.description)
                desc = desc_m.elidedText(
                    f", {quote.speaker_description}", Qt.TextElideMode.ElideRight, right - x
                )
                painter.setFont(fonts.description)
                painter.setPen(faint)
                painter.drawText(QPointF(x, base_y), desc)
        elif quote.is_speech:
            italic = QFont(fonts.description)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(faint)
            painter.drawText(QPointF(x, base_y), "Unattributed")
        painter.restore()

    @staticmethod
    def _paint_tag(
        painter: QPainter,
        font: QFont,
        at: QPointF,
        line_h: float,
        fore: QColor,
        back: QColor,
        selected: bool,
    ) -> float:
        """A small rounded ‘mention’ badge; returns its right edge."""
        metrics = QFontMetricsF(font)
        w = metrics.horizontalAdvance(TAG_TEXT) + 10
        h = metrics.height() + 2
        box = QRectF(at.x(), at.y() + (line_h - h) / 2, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blend(back, fore, 0.22 if selected else 0.12))
        painter.drawRoundedRect(box, h / 2, h / 2)
        painter.setFont(font)
        painter.setPen(blend(fore, back, 0.2))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, TAG_TEXT)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return box.right()
