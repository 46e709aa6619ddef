"""Who is quoted, and how much: per speaker, the number of quotations and of words quoted.

Plain Python (no Qt): the quotes pane's speakers chart and the status line are built from this.
Quotations with no attributed speaker are counted under :data:`UNATTRIBUTED` (an empty key).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.quote_types import Quote

__all__ = ["UNATTRIBUTED", "SpeakerStats", "SpeakerTally", "speaker_key", "speaker_stats"]

#: The key under which quotations without a known speaker are counted.
UNATTRIBUTED = ""


def speaker_key(quote: Quote) -> str:
    """The speaker a quotation is counted under: the name, or :data:`UNATTRIBUTED`."""
    return (quote.speaker or "").strip()


@dataclass(frozen=True, slots=True)
class SpeakerStats:
    """One speaker's share of an article's quotations."""

    speaker: str
    quotes: int
    words: int

    @property
    def is_unattributed(self) -> bool:
        return self.speaker == UNATTRIBUTED


class SpeakerTally:
    """Speaker statistics kept up to date as quotations arrive, each counted once.

    The quotes pane adds every batch the extractor delivers; for 20,000 quotations, counting
    the whole list again on each of the list's updates took 0.6 s in all.
    """

    def __init__(self, *, include_mentions: bool = False) -> None:
        self.include_mentions = include_mentions
        self._counts: dict[str, list[int]] = {}

    def add(self, quotes: Iterable[Quote]) -> SpeakerTally:
        counts = self._counts
        for quote in quotes:
            if not self.include_mentions and not quote.is_speech:
                continue
            entry = counts.setdefault(speaker_key(quote), [0, 0])
            entry[0] += 1
            entry[1] += len(quote.text.split())
        return self

    def clear(self) -> None:
        self._counts.clear()

    def stats(self) -> list[SpeakerStats]:
        """Speakers by number of quotations, then words quoted, then name; unattributed last."""
        stats = [SpeakerStats(name, n, words) for name, (n, words) in self._counts.items()]
        stats.sort(key=lambda s: (s.is_unattributed, -s.quotes, -s.words, s.speaker.casefold()))
        return stats


def speaker_stats(quotes: Iterable[Quote], *, include_mentions: bool = False) -> list[SpeakerStats]:
    """Speakers by number of quotations, then words quoted, then name; unattributed last.

    Mentions (scare quotes, titles) are not speech and are left out unless asked for.
    """
    return SpeakerTally(include_mentions=include_mentions).add(quotes).stats()
