"""Speaker statistics: counts per speaker, sorted, speech only unless asked."""

from __future__ import annotations

from desktop_app.core.quote_types import Quote, QuotePart
from desktop_app.core.speaker_stats import UNATTRIBUTED, SpeakerStats, speaker_key, speaker_stats


def q(text: str, speaker: str | None = None, kind: str = "speech") -> Quote:
    return Quote(text, 0, len(text), (QuotePart(text, 0, len(text)),), kind, speaker)  # type: ignore[arg-type]


def test_counts_and_order() -> None:
    quotes = [
        q("one two three", "Ann"),
        q("four", None),
        q("a b", "Bob"),
        q("c d e f g", "Bob"),
        q("Moon Base", kind="mention"),
        q("x", "ann"),
        q("y z", " Ann "),
    ]
    # Most quotations first, then most words; names are not merged by case; unattributed last.
    assert speaker_stats(quotes) == [
        SpeakerStats("Bob", 2, 7),
        SpeakerStats("Ann", 2, 5),
        SpeakerStats("ann", 1, 1),
        SpeakerStats(UNATTRIBUTED, 1, 1),
    ]


def test_mentions_on_request_and_keys() -> None:
    quotes = [q("Moon Base", kind="mention"), q("hello", "Ann")]
    assert speaker_stats(quotes, include_mentions=True) == [
        SpeakerStats("Ann", 1, 1),
        SpeakerStats(UNATTRIBUTED, 1, 2),
    ]
    assert speaker_key(q("x", "  Ann ")) == "Ann"
    assert speaker_stats([]) == []
    assert SpeakerStats(UNATTRIBUTED, 1, 1).is_unattributed
