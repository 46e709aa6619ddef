"""Speaker statistics: counts per speaker, sorted, speech only unless asked."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.quote_types import Quote, QuotePart
from desktop_app.core.speaker_stats import (
    UNATTRIBUTED,
    SpeakerStats,
    SpeakerTally,
    speaker_key,
    speaker_stats,
)


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


_QUOTES = st.builds(
    q,
    st.text(" abc", max_size=12),
    st.sampled_from([None, "Ann", "Bob", " Ann", "Cleo"]),
    st.sampled_from(["speech", "mention"]),
)


@settings(max_examples=200, deadline=None)
@given(batches=st.lists(st.lists(_QUOTES, max_size=6), max_size=6), mentions=st.booleans())
def test_a_tally_fed_batch_by_batch_counts_what_the_whole_list_counts(
    batches: list[list[Quote]], mentions: bool
) -> None:
    tally = SpeakerTally(include_mentions=mentions)
    for batch in batches:
        tally.add(batch)
    everything = [quote for batch in batches for quote in batch]
    assert tally.stats() == speaker_stats(everything, include_mentions=mentions)
    tally.clear()
    assert tally.stats() == []
