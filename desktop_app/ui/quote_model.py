"""A list model over an article's quotations (frozen :class:`Quote` objects).

Roles are module constants; QML-style names come from :meth:`QuoteListModel.roleNames`.
The model validates every index it is given and answers ``None`` / ``QModelIndex()`` for bad
ones instead of raising.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.quote_types import Quote
from desktop_app.ui.list_model import ReadOnlyListModel

__all__ = [
    "END_ROLE",
    "KIND_ROLE",
    "QUOTE_ROLE",
    "SPEAKER_DESCRIPTION_ROLE",
    "SPEAKER_ROLE",
    "START_ROLE",
    "TEXT_ROLE",
    "QuoteListModel",
    "attribution",
    "quoted",
]

_PARAGRAPH_GAP = 4  # "\n\n“": between the parts of a quotation that runs on
_USER = Qt.ItemDataRole.UserRole.value
TEXT_ROLE = _USER + 1
SPEAKER_ROLE = _USER + 2
KIND_ROLE = _USER + 3
START_ROLE = _USER + 4
END_ROLE = _USER + 5
QUOTE_ROLE = _USER + 6
SPEAKER_DESCRIPTION_ROLE = _USER + 7

_ROLE_NAMES = {
    TEXT_ROLE: b"text",
    SPEAKER_ROLE: b"speaker",
    KIND_ROLE: b"kind",
    START_ROLE: b"start",
    END_ROLE: b"end",
    QUOTE_ROLE: b"quote",
    SPEAKER_DESCRIPTION_ROLE: b"speakerDescription",
}

_AnyIndex = QModelIndex | QPersistentModelIndex


def quoted(quote: Quote) -> str:
    """The words between typographic quotation marks: “…”. Where the article interrupts a
    quotation with its attribution, an ellipsis says so: “We will win, … and soon.” (the
    parts of one running on over paragraphs are joined as they read)."""
    if len(quote.parts) < 2:
        return f"“{quote.text}”"
    words = [quote.parts[0].text]
    for before, part in pairwise(quote.parts):
        # a new paragraph's gap is its break and opening mark; an attribution is longer
        words.append(" " if part.start - before.end <= _PARAGRAPH_GAP else " … ")
        words.append(part.text)
    return f"“{''.join(words)}”"


def attribution(quote: Quote) -> str:
    """The words with their speaker, as copied to the clipboard: “…” — Speaker."""
    return f"{quoted(quote)} — {quote.speaker}" if quote.speaker else quoted(quote)


def _tooltip(quote: Quote) -> str:
    """Rich text, so that Qt wraps long quotations in the tooltip."""
    lines = [f"<p>{html.escape(quoted(quote))}</p>"]
    who = quote.speaker or "Unattributed"
    if quote.speaker_description:
        who = f"{who}, {quote.speaker_description}"
    if quote.kind == "mention":
        lines.append("<p><i>Mention: quoted words, not speech</i></p>")
    else:
        lines.append(f"<p>— {html.escape(who)}</p>")
    return "".join(lines)


class QuoteListModel(ReadOnlyListModel):
    """Quotations in article order: one row each, one column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._quotes: list[Quote] = []
        # For finding the quote at a text offset: rows ordered by start, their starts, and the
        # widest span (bounding the backward search). Extractors list quotes in text order.
        self._by_start: list[int] = []
        self._starts: list[int] = []
        self._longest = 0

    # --- contents ----------------------------------------------------------------------------

    @property
    def quotes(self) -> Sequence[Quote]:
        return tuple(self._quotes)

    def set_quotes(self, quotes: Sequence[Quote]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._quotes = list(quotes)
        self._reindex()
        self.endResetModel()

    def clear(self) -> None:
        self.set_quotes([])

    def append_quotes(self, batch: Sequence[Quote]) -> None:
        """Add quotations at the end, as they arrive from the extractor."""
        if not batch:
            return
        first = len(self._quotes)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._quotes.extend(batch)
        starts = [q.start for q in batch]
        in_order = all(a <= b for a, b in pairwise(starts))
        if in_order and (not self._starts or self._starts[-1] <= starts[0]):
            self._by_start.extend(range(first, first + len(batch)))
            self._starts.extend(starts)
            self._longest = max(self._longest, *(q.end - q.start for q in batch))
        else:
            self._reindex()  # out of text order: rare, so rebuild the lookup
        self.endInsertRows()

    def _reindex(self) -> None:
        self._by_start = sorted(range(len(self._quotes)), key=lambda i: self._quotes[i].start)
        self._starts = [self._quotes[i].start for i in self._by_start]
        self._longest = max((q.end - q.start for q in self._quotes), default=0)

    def quote_at(self, row: int) -> Quote | None:
        return self._quotes[row] if 0 <= row < len(self._quotes) else None

    def quote(self, index: _AnyIndex) -> Quote | None:
        return self._quotes[index.row()] if self._valid(index) else None

    def rows_at(self, offset: int) -> list[int]:
        """Rows of the quotations whose words (any part) contain the text ``offset``.

        Innermost first: a mention quoted inside a longer quotation comes before it.
        """
        hits: list[tuple[int, int]] = []
        i = bisect_right(self._starts, offset) - 1
        while i >= 0 and self._starts[i] >= offset - self._longest:
            row = self._by_start[i]
            quote = self._quotes[row]
            if any(p.start <= offset < p.end for p in quote.parts):
                hits.append((quote.end - quote.start, row))
            i -= 1
        return [row for _, row in sorted(hits)]

    # --- Qt model interface --------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._quotes)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        quote = self._quotes[index.row()]
        role = int(role.value) if isinstance(role, Qt.ItemDataRole) else int(role)
        if role in (Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.AccessibleTextRole.value):
            return attribution(quote)
        if role == TEXT_ROLE:
            return quote.text
        if role == SPEAKER_ROLE:
            return quote.speaker
        if role == KIND_ROLE:
            return quote.kind
        if role == START_ROLE:
            return quote.start
        if role == END_ROLE:
            return quote.end
        if role == QUOTE_ROLE:
            return quote
        if role == SPEAKER_DESCRIPTION_ROLE:
            return quote.speaker_description
        if role == Qt.ItemDataRole.ToolTipRole.value:
            return _tooltip(quote)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({role: QByteArray(name) for role, name in _ROLE_NAMES.items()})
        return names
