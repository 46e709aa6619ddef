"""The article page: a read-only QTextBrowser that never loads or runs anything.

Signals:
    offset_clicked(int): the reader clicked the body text at this offset of ``Article.text``
        (Python code points, the unit quote spans use).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
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

#: The text column's widest measure, in average characters: about 70 is comfortable to read.
MEASURE_CHARS = 70


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


class ArticleView(QTextBrowser):
    """Shows one article; highlights a quotation on request; reports clicks as text offsets."""

    offset_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # drops go to the window, which opens the dropped file
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._article: Article | None = None
        self._first_body_block = 0
        self._para_starts: list[int] = []
        self._document: QTextDocument | None = None  # ours; Qt deletes only its own default one
        self._theme = LIGHT
        self._base_size = 13.0
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
        self._rebuild()

    def _rebuild(self) -> None:
        if self._article is None:
            return
        old = self._document
        self._document, self._first_body_block = build_document(
            self._article, base_size=self._base_size, theme=self._theme, parent=self
        )
        self.setDocument(self._document)
        if old is not None:
            old.deleteLater()
        self._update_measure()
        self.setExtraSelections([])
        self.verticalScrollBar().setValue(0)

    def set_quotes(self, quotes: Sequence[Quote]) -> None:
        """Tint every quotation of speech once, in one edit block (fast on big articles)."""
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

    def highlight_quote(self, quote: Quote | None) -> None:
        """Select the quotation's words, mark each of its parts, and scroll to it."""
        if quote is None:
            self.setExtraSelections([])
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            return
        selections = []
        for part in quote.parts:
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(self.document())
            cur.setPosition(self.offset_to_position(part.start))
            cur.setPosition(self.offset_to_position(part.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sel.format.setBackground(QColor(self._theme.highlight))
            selections.append(sel)
        self.setExtraSelections(selections)
        if selections:
            # Scroll so the whole quotation shows, then leave its first part selected.
            last = QTextCursor(selections[-1].cursor)
            last.setPosition(last.selectionEnd())
            self.setTextCursor(last)
            self.ensureCursorVisible()
            self.setTextCursor(QTextCursor(selections[0].cursor))
            self.ensureCursorVisible()

    # --- look ------------------------------------------------------------------------------

    def _apply_theme(self, theme: Theme) -> None:
        pal = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Base, QColor(theme.background))
            pal.setColor(group, QPalette.ColorRole.Text, QColor(theme.text))
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.highlight))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#111111"))
        self.setPalette(pal)

    def _update_measure(self) -> None:
        """Keep the text column at a comfortable measure, centred, at any window width."""
        doc = self.document()
        metrics = QFontMetricsF(doc.defaultFont())
        column = metrics.averageCharWidth() * MEASURE_CHARS + 2 * doc.documentMargin()
        side = max(0.0, (self.viewport().width() - column) / 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_measure()

    # --- safety: nothing is loaded, links open only on click and only for http(s) -----------

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return QByteArray()

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

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
