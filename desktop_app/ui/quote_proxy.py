"""Narrowing the quotation list: by words, by speaker, and speech-only unless mentions are shown.

Signals:
    filter_changed(): the filter text, the speaker or the mentions toggle changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal

from desktop_app.core.quote_types import Quote
from desktop_app.core.speaker_stats import speaker_key
from desktop_app.ui.quote_model import QUOTE_ROLE, QuoteListModel

__all__ = ["QuoteFilterProxy"]


class QuoteFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose words and speaker contain every word typed, case-insensitively.

    ``speaker`` is ``None`` for all speakers, or a key from
    :func:`desktop_app.core.speaker_stats.speaker_key` (``""`` for unattributed quotations).
    Article order is kept: the proxy filters, it does not sort.
    """

    filter_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._text = ""
        self._speaker: str | None = None
        self._show_mentions = False

    # --- settings --------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def words(self) -> tuple[str, ...]:
        """The words typed, casefolded: a row must contain every one."""
        return self._words

    @property
    def speaker(self) -> str | None:
        return self._speaker

    @property
    def show_mentions(self) -> bool:
        return self._show_mentions

    def is_filtering(self) -> bool:
        """True when words or a speaker hide rows (the mentions toggle does not count)."""
        return bool(self._words) or self._speaker is not None

    def set_filter_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        self._text = text
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def set_speaker(self, speaker: str | None) -> None:
        if speaker != self._speaker:
            self._change(lambda: setattr(self, "_speaker", speaker))

    def set_show_mentions(self, show: bool) -> None:
        if show != self._show_mentions:
            self._change(lambda: setattr(self, "_show_mentions", bool(show)))

    def clear_filters(self) -> None:
        """Forget the words and the speaker (the mentions toggle stays)."""
        self._text = ""
        if self.is_filtering():

            def reset() -> None:
                self._words, self._speaker = (), None

            self._change(reset)

    def _change(self, apply: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: the non-deprecated way
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateFilter()
        self.filter_changed.emit()

    # --- filtering ---------------------------------------------------------------------------

    def accepts(self, quote: Quote) -> bool:
        """Whether ``quote`` passes the current filter."""
        if not self._show_mentions and not quote.is_speech:
            return False
        if self._speaker is not None and speaker_key(quote) != self._speaker:
            return False
        if self._words:
            haystack = f"{quote.text}\n{quote.speaker or ''}".casefold()
            return all(word in haystack for word in self._words)
        return True

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if isinstance(model, QuoteListModel):
            quote = model.quote_at(source_row)
        else:
            quote = model.index(source_row, 0, source_parent).data(QUOTE_ROLE) if model else None
        return isinstance(quote, Quote) and self.accepts(quote)

    # --- conveniences for the pane --------------------------------------------------------------

    def quote(self, index: QModelIndex | QPersistentModelIndex) -> Quote | None:
        quote = index.data(QUOTE_ROLE) if index.isValid() and index.model() is self else None
        return quote if isinstance(quote, Quote) else None

    def visible_count(self, *, speech_only: bool = False) -> int:
        model = self.sourceModel()
        if not speech_only or not isinstance(model, QuoteListModel):
            return self.rowCount()
        return sum(
            1 for r in range(self.rowCount()) if (q := self.quote(self.index(r, 0))) and q.is_speech
        )
