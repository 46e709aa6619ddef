"""The article page: a read-only QTextBrowser that never loads or runs anything.

Signals:
    offset_clicked(int): the reader clicked the body text at this offset of ``Article.text``
        (Python code points, the unit quote spans use).
    zoom_changed(float): the text size changed.
    find_changed(int, int): the article was typeset anew (size, font, theme, another article)
        while the find bar looks for something: the current match (1-based, 0 for none
        chosen) and how many there are now. The marks stay.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop_app.core.article import Article
from desktop_app.core.quote_types import Quote
from desktop_app.ui.article_document import LIGHT, Theme, build_document, quote_format
from desktop_app.ui.geometry import viewport_width
from desktop_app.ui.safe_browser import SafeTextBrowser

#: The text column's widest measure, in average characters: about 70 is comfortable to read.
MEASURE_CHARS = 70
DEFAULT_SIZE, MIN_SIZE, MAX_SIZE = 13.0, 8.0, 40.0


def utf16_len(text: str) -> int:
    """Qt positions count UTF-16 code units: characters beyond the BMP count twice."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def utf16_to_index(text: str, units: int) -> int:
    """The code point index in ``text`` at ``units`` UTF-16 code units."""
    if text.isascii():
        return min(units, len(text))
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class ArticleView(SafeTextBrowser):
    """Shows one article; highlights a quotation on request; reports clicks as text offsets."""

    offset_clicked = Signal(int)
    zoom_changed = Signal(float)
    find_changed = Signal(int, int)  # (current match, 1-based or 0; matches) after a retypeset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._article: Article | None = None
        self._first_body_block = 0
        self._para_starts: list[int] = []
        self._document: QTextDocument | None = None  # ours; Qt deletes only its own default one
        self._theme = LIGHT
        self._base_size = DEFAULT_SIZE
        self._sans = False
        self._quotes: Sequence[Quote] = ()
        self._current: Quote | None = None
        self._find_matches: list[QTextCursor] = []
        self._find_index = -1
        self._find_needle = ""  # what the find bar looks for, kept across a retypeset
        self._apply_theme(LIGHT)

    # --- content ---------------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def set_article(self, article: Article) -> None:
        self._article = article
        starts, pos = [], 0
        for p in article.paragraphs:
            starts.append(pos)
            pos += len(p) + 2
        self._para_starts = starts
        self._quotes, self._current = (), None
        self._find_index = -1  # (the same words are looked for in the new article)
        self._rebuild()
        self.verticalScrollBar().setValue(0)

    def _rebuild(self) -> None:
        """Typeset the article anew (new article, size, font or theme); keep what was marked."""
        if self._article is None:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        old = self._document
        self._document, self._first_body_block = build_document(
            self._article,
            base_size=self._base_size,
            theme=self._theme,
            sans=self._sans,
            parent=self,
        )
        self.setDocument(self._document)
        if old is not None:
            old.deleteLater()
        self._update_measure()
        self._style_quotes()
        self._find_matches = self._matches(self._find_needle)
        if self._find_index >= len(self._find_matches):
            self._find_index = -1
        self._refresh_selections()
        bar.setValue(round(fraction * bar.maximum()))
        if self._find_needle:  # the marks stay on a new size, font or theme
            current = self._find_index + 1 if self._find_index >= 0 else 0
            self.find_changed.emit(current, len(self._find_matches))

    # --- reading comfort ----------------------------------------------------------------------

    @property
    def font_size(self) -> float:
        return self._base_size

    def set_font_size(self, size: float) -> None:
        size = min(MAX_SIZE, max(MIN_SIZE, round(size * 2) / 2))
        if size != self._base_size:
            self._base_size = size
            self._rebuild()
            self.zoom_changed.emit(size)

    def zoom_in(self) -> None:
        self.set_font_size(self._base_size * 1.1 + 0.5)

    def zoom_out(self) -> None:
        self.set_font_size(self._base_size / 1.1 - 0.5)

    def zoom_reset(self) -> None:
        self.set_font_size(DEFAULT_SIZE)

    @property
    def sans(self) -> bool:
        return self._sans

    def set_sans(self, sans: bool) -> None:
        if sans != self._sans:
            self._sans = sans
            self._rebuild()

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        if theme != self._theme:
            self._theme = theme
            self._apply_theme(theme)
            self._rebuild()

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps > 0:
                self.zoom_in()
            elif steps < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # --- quotes ---------------------------------------------------------------------------------

    def set_quotes(self, quotes: Sequence[Quote]) -> None:
        """Tint every quotation of speech once, in one edit block (fast on big articles)."""
        self._quotes = quotes
        self._style_quotes()

    def _style_quotes(self) -> None:
        quotes = self._quotes
        if not quotes:
            return
        fmt = quote_format(self._theme)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for quote in quotes:
            if not quote.is_speech:
                continue
            for part in quote.parts:
                cursor.setPosition(self.offset_to_position(part.start))
                cursor.setPosition(
                    self.offset_to_position(part.end), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    # --- positions: Python code points in Article.text <-> Qt document positions ----------

    def offset_to_position(self, offset: int) -> int:
        if self._article is None or not self._para_starts:
            return 0
        i = max(0, bisect_right(self._para_starts, offset) - 1)
        paragraph = self._article.paragraphs[i]
        within = min(max(0, offset - self._para_starts[i]), len(paragraph))
        block = self.document().findBlockByNumber(self._first_body_block + i)
        return block.position() + utf16_len(paragraph[:within])

    def position_to_offset(self, position: int) -> int | None:
        """The text offset at a document position, or None outside the body."""
        if self._article is None:
            return None
        block = self.document().findBlock(position)
        i = block.blockNumber() - self._first_body_block
        if not 0 <= i < len(self._article.paragraphs):
            return None
        paragraph = self._article.paragraphs[i]
        return self._para_starts[i] + utf16_to_index(paragraph, position - block.position())

    # --- highlighting ----------------------------------------------------------------------

    def _span_cursor(self, start: int, end: int) -> QTextCursor:
        cur = QTextCursor(self.document())
        cur.setPosition(self.offset_to_position(start))
        cur.setPosition(self.offset_to_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cur

    def _quote_cursors(self, quote: Quote | None) -> list[QTextCursor]:
        return [self._span_cursor(p.start, p.end) for p in quote.parts] if quote else []

    def highlight_quote(self, quote: Quote | None) -> None:
        """Select the quotation's words, mark each of its parts, and scroll to it."""
        self._current = quote
        self._refresh_selections()
        cursors = self._quote_cursors(quote)
        if not cursors:
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            return
        # Leave its first part selected, and bring the whole quotation into view with the
        # lines before it for context: a third of the way down, as a reader's eye expects
        # (not pressed against the bottom edge where the minimal scroll would leave it).
        self.setTextCursor(cursors[0])
        start = QTextCursor(cursors[0])
        start.setPosition(start.selectionStart())
        end = QTextCursor(cursors[-1])
        end.setPosition(end.selectionEnd())
        top, bottom = self.cursorRect(start).top(), self.cursorRect(end).bottom()
        height = self.viewport().height()
        margin = self.cursorRect(start).height()
        if top < margin or bottom > height - margin:
            span = bottom - top
            above = (height - span) / 3 if span < height - 2 * margin else margin
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + round(top - above))

    def _refresh_selections(self) -> None:
        """Find matches under the active quotation: one ExtraSelection each, nothing more."""
        selections = []
        for i, cur in enumerate(self._find_matches):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cur
            current = i == self._find_index
            sel.format.setBackground(QColor(self._theme.highlight if current else self._theme.find))
            selections.append(sel)
        for cur in self._quote_cursors(self._current):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cur
            sel.format.setBackground(QColor(self._theme.highlight))
            selections.append(sel)
        self.setExtraSelections(selections)

    # --- find in the article ------------------------------------------------------------------

    def find_all(self, needle: str) -> int:
        """Mark every case-insensitive match of ``needle``; returns how many there are."""
        self._find_needle, self._find_index = needle, -1
        self._find_matches = self._matches(needle)
        self._refresh_selections()
        return len(self._find_matches)

    def _matches(self, needle: str) -> list[QTextCursor]:
        found: list[QTextCursor] = []
        if needle:
            doc = self.document()
            cur = doc.find(needle, 0)
            while not cur.isNull():
                found.append(cur)
                cur = doc.find(needle, cur)
        return found

    def find_step(self, backward: bool = False) -> tuple[int, int]:
        """Move to the next (or previous) match, wrapping; returns (1-based index, count)."""
        count = len(self._find_matches)
        if not count:
            return 0, 0
        if self._find_index < 0:
            here = self.textCursor().selectionStart()
            after = [i for i, c in enumerate(self._find_matches) if c.selectionStart() >= here]
            self._find_index = (after[0] if after else 0) if not backward else count - 1
        else:
            self._find_index = (self._find_index + (-1 if backward else 1)) % count
        self._refresh_selections()
        match = self._find_matches[self._find_index]
        self.setTextCursor(match)
        self.ensureCursorVisible()
        return self._find_index + 1, count

    def clear_find(self) -> None:
        self._find_matches, self._find_index, self._find_needle = [], -1, ""
        self._refresh_selections()

    # --- look ------------------------------------------------------------------------------

    def _apply_theme(self, theme: Theme) -> None:
        pal = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Base, QColor(theme.background))
            pal.setColor(group, QPalette.ColorRole.Text, QColor(theme.text))
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.highlight))
            on_highlight = "#ffffff" if theme.name == "dark" else "#111111"
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(on_highlight))
        self.setPalette(pal)

    def _update_measure(self) -> None:
        """Keep the text column at a comfortable measure, centred, at any window width."""
        doc = self.document()
        metrics = QFontMetricsF(doc.defaultFont())
        column = metrics.averageCharWidth() * MEASURE_CHARS
        # The root frame's side margins replace the document margin: never go below it.
        side = max(doc.documentMargin(), (viewport_width(self) - column) / 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_measure()

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.open_web_link(url)  # only http(s), only on a click (see SafeTextBrowser)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (
            event.button() == QtCore.Qt.MouseButton.LeftButton
            and not self.textCursor().hasSelection()
        ):
            offset = self.position_to_offset(
                self.cursorForPosition(event.position().toPoint()).position()
            )
            if offset is not None:
                self.offset_clicked.emit(offset)
