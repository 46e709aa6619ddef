"""Properties of the quote engine on arbitrary text: it never raises, spans always match,
output is deterministic, and hostile inputs (walls of quote marks, a quote never closed)
finish in time proportional to their length."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.quotes import extract_quotes

# Quote marks, apostrophes, dashes, sentence punctuation, newlines and astral characters are
# over-represented: they are what the extractor reacts to.
_ALPHABET = st.sampled_from(
    [
        *"“”‘’\"'—–-.,;:!? \n\n\t",
        *["\u00a0", "😀", "👩‍🚀", "é", "Ж", "𝔘"],
        *"aeiouAEIOUsStThHdD",
        "said",
        " he ",
        " she ",
        " they ",
        "Mr. ",
        "Okafor",
        "Maria ",
        " according to ",
        "told reporters",
        "so-called ",
        "\n\n“",
        "”\n\n",
        "’s",
        "s’ ",
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=200).map("".join)


def check_invariants(text: str) -> None:
    quotes = extract_quotes(text)
    last_start = -1
    for q in quotes:
        assert q.kind in ("speech", "mention")
        assert q.parts
        for p in q.parts:
            assert 0 <= p.start < p.end <= len(text)
            assert text[p.start : p.end] == p.text
        assert q.text == " ".join(p.text for p in q.parts)
        assert q.start == q.parts[0].start and q.end == q.parts[-1].end
        assert all(a.end <= b.start for a, b in itertools.pairwise(q.parts))
        assert q.start >= last_start
        last_start = q.start
        if q.kind == "mention":
            assert q.speaker is None
        q.to_dict()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_arbitrary_text_never_raises_and_spans_match(text: str) -> None:
    check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    check_invariants(text)


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_output_is_deterministic(text: str) -> None:
    assert extract_quotes(text) == extract_quotes(text)


def test_parts_never_overlap_between_quotes() -> None:
    text = "“a “b” c ‘d’ e” ‘f “g” h’ “unclosed. More.\n\n“x”" * 50
    quotes = extract_quotes(text)
    spans = sorted((p.start, p.end) for q in quotes for p in q.parts)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    check_invariants(text)


def _timed(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        extract_quotes(text)
        best = min(best, time.perf_counter() - t)
    return best


_NEWS = (
    "“We are ready,” said Maria Okafor, the company’s chief engineer. The far side is “the "
    "quietest place in the solar system,” she added. Critics call it a “space race.”\n\n"
    "Sergey Krikalev, who leads the programme, said: “The deal has been concluded.” "
    "Krikalev also noted the cost. “It is high.”\n\n"
)


def test_a_wall_of_quote_marks_finishes() -> None:
    marks = "“”\"‘’' " * 30_000  # ~210 kB of nothing but marks
    quotes = extract_quotes(marks)
    assert all(q.text.strip() for q in quotes)
    small, big = marks[: len(marks) // 4], marks
    # linear: four times the text takes about four times as long (generous margin)
    assert _timed(big) < 10 * _timed(small) + 0.05


def test_unclosed_quote_at_the_start_of_a_long_text_finishes() -> None:
    body = " ".join((_NEWS * 400).split())  # one ~100 kB paragraph
    text = "“This was never closed by the publisher. " + body
    quotes = extract_quotes(text)
    # it is bounded before the next quotation, not run to the end of the text
    assert quotes[0].text == "This was never closed by the publisher."
    assert len(quotes) > 1000
    assert _timed(text) < 10 * _timed(body[: len(body) // 4]) + 0.05


def test_never_closed_single_quote_in_every_paragraph() -> None:
    text = "‘open and never closed, she said\n\n" * 2000
    quotes = extract_quotes(text)
    assert all(len(q.parts) >= 1 for q in quotes)
    check_invariants(text[:5000])


@pytest.mark.parametrize(
    "unit",
    [
        "“A.” ",
        "He said: “A.” ",
        "“A,” she said. ",
        "Mr. Smith met Ms. Jones. “B,” he said, “c.” ",
        "‘x’ ",
        "“a ",
        " “It is,” said the 23-year-old. ",
    ],
)
def test_one_paragraph_of_many_quotations_is_linear(unit: str) -> None:
    """Thousands of quotations in a single paragraph: no per-quotation scan of the paragraph
    (4x the text must not take anywhere near 16x the time)."""
    small, big = unit * 1500, unit * 6000
    extract_quotes(small)  # warm caches
    assert _timed(big) < 10 * _timed(small) + 0.05
