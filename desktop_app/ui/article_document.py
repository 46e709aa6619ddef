"""Typesetting an Article into a QTextDocument, like a reader view.

The document is built with QTextCursor, block by block, never from the article's own HTML:
what is shown is the extracted text, so nothing in an article can run, load or link. Body
paragraph *i* is block ``first_body_block + i`` and holds exactly ``article.paragraphs[i]``,
which is what lets the view map quote spans (Python code points) to Qt positions (UTF-16).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop_app.core.article import Article

SERIF_FAMILIES = ["Charter", "Georgia", "Source Serif 4", "Noto Serif", "DejaVu Serif", "serif"]
SANS_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans", "sans-serif"]
WORDS_PER_MINUTE = 230


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours of the article page."""

    name: str
    background: str
    text: str
    muted: str
    accent: str
    quote_tint: str
    highlight: str
    find: str


LIGHT = Theme("light", "#fdfdfb", "#1d1d1f", "#6b6b70", "#b3261e", "#f1ecdc", "#ffd54f", "#c8e6ff")
SEPIA = Theme("sepia", "#f4ecd8", "#3b2f23", "#7a6a55", "#9c3d1c", "#e8dcc0", "#f2c14e", "#cfe3d4")
DARK = Theme("dark", "#1e1f22", "#dcdcd6", "#9a9aa2", "#ff8a80", "#33302a", "#7a5f00", "#1f4e79")
THEMES = {t.name: t for t in (LIGHT, SEPIA, DARK)}


def reading_minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_WEEKDAY = re.compile(r"d{4},?\s*|,?\s*d{4}")


def reader_date(date: str, locale: QLocale | None = None) -> str:
    """A machine date (a page's "2024-03-05") as the reader writes dates, without the weekday:
    "March 5, 2024", "5 March 2024"; any other text as it is ("April 2, 2021")."""
    iso = _ISO_DATE.fullmatch(date.strip())
    day = QDate.fromString(iso.group(1), Qt.DateFormat.ISODate) if iso else QDate()
    if not day.isValid():
        return date
    locale = locale or QLocale()
    long_format = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(day, long_format or "d MMMM yyyy")


def meta_line(article: Article) -> str:
    bits = []
    if article.byline:
        bits.append(f"By {article.byline}")
    if article.date:
        bits.append(reader_date(article.date))
    if article.site_name:
        bits.append(article.site_name)
    words = article.word_count
    bits.append(f"{words:,} words · {reading_minutes(words)} min read")
    return "  ·  ".join(bits)


def _font(families: list[str], point_size: float, weight: QFont.Weight) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def build_document(
    article: Article,
    *,
    base_size: float = 13.0,
    theme: Theme = LIGHT,
    sans: bool = False,
    parent: QObject | None = None,
) -> tuple[QTextDocument, int]:
    """The article as a document, and the block number of its first body paragraph."""
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(28)
    families = SANS_FAMILIES if sans else SERIF_FAMILIES
    body_font = _font(families, base_size, QFont.Weight.Normal)
    doc.setDefaultFont(body_font)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()

    def block(
        text: str, font: QFont, color: str, top: float, bottom: float, line_height: int, first: bool
    ) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        char = QTextCharFormat()
        char.setFont(font)
        char.setForeground(QColor(color))
        if first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
            cursor.setCharFormat(char)
        else:
            cursor.insertBlock(fmt, char)
        cursor.insertText(text, char)

    first = True
    if article.categories:
        kicker = _font(SANS_FAMILIES, base_size * 0.72, QFont.Weight.DemiBold)
        kicker.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        kicker.setCapitalization(QFont.Capitalization.AllUppercase)
        block("  ·  ".join(article.categories), kicker, theme.accent, 0, 6, 100, first)
        first = False
    if article.title:
        title = _font(families, base_size * 2.0, QFont.Weight.Bold)
        block(article.title, title, theme.text, 0, 10, 115, first)
        first = False
    meta = _font(SANS_FAMILIES, base_size * 0.78, QFont.Weight.Normal)
    block(meta_line(article), meta, theme.muted, 0, base_size * 1.6, 100, first)
    first_body = doc.blockCount()
    if article.paragraphs:
        # One insertion for the whole body: each "\n" starts a block with the same formats.
        # (A call per paragraph takes seconds on an 8 MB article.)
        block("\n".join(article.paragraphs), body_font, theme.text, 0, base_size * 0.95, 150, False)
    cursor.endEditBlock()
    return doc, first_body


def quote_format(theme: Theme) -> QTextCharFormat:
    """How quoted speech is marked in the article: a quiet tint under the words."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(theme.quote_tint))
    fmt.setProperty(QTextFormat.Property.UserProperty, "quote")
    return fmt
