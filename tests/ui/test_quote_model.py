"""The quotation list model, the filter proxy and the speakers model: per role, then mutated
under QAbstractItemModelTester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from quote_fixtures import make_quote

from desktop_app.core.article import load_article
from desktop_app.core.quote_types import Quote
from desktop_app.core.speaker_stats import speaker_stats
from desktop_app.ui.quote_model import (
    END_ROLE,
    KIND_ROLE,
    QUOTE_ROLE,
    SPEAKER_ROLE,
    START_ROLE,
    TEXT_ROLE,
    QuoteListModel,
)
from desktop_app.ui.quote_proxy import QuoteFilterProxy
from desktop_app.ui.speakers_panel import (
    IS_ALL_ROLE,
    QUOTE_COUNT_ROLE,
    SPEAKER_KEY_ROLE,
    WORD_COUNT_ROLE,
    SpeakerListModel,
)

SEED = Path(__file__).parents[2] / "resources" / "article.txt"


@pytest.fixture
def seed_quotes() -> list[Quote]:
    text = load_article(SEED).text
    return [
        make_quote(text, "International Lunar Research Station", kind="mention"),
        make_quote(
            text,
            "The deal has been concluded, and we are only ironing out those specifics at the "
            "moment.",
            speaker="Sergey Krikalev",
        ),
        make_quote(
            text,
            "Some deals can be prepared, and whether they are concluded or not may rely on how "
            "talks go.",
            "We have some talks scheduled on the outskirts of the forum.",
            speaker="Sergey Krikalev",
        ),
        make_quote(text, "space war", kind="mention"),
        make_quote(
            text,
            "All solutions are on the table for us, and we are evaluating them all.",
            speaker=None,
        ),
    ]


def test_quote_spans_index_the_article_text(seed_quotes: list[Quote]) -> None:
    text = load_article(SEED).text
    for quote in seed_quotes:
        for part in quote.parts:
            assert text[part.start : part.end] == part.text


def test_model_roles(qtmodeltester, seed_quotes: list[Quote]) -> None:
    model = QuoteListModel()
    model.set_quotes(seed_quotes)
    qtmodeltester.check(model)
    names = model.roleNames()
    for role, name in [
        (TEXT_ROLE, b"text"),
        (SPEAKER_ROLE, b"speaker"),
        (KIND_ROLE, b"kind"),
        (START_ROLE, b"start"),
        (END_ROLE, b"end"),
        (QUOTE_ROLE, b"quote"),
    ]:
        assert bytes(names[role].data()) == name
    assert bytes(names[Qt.ItemDataRole.DisplayRole.value].data()) == b"display"

    assert model.rowCount() == 5
    index = model.index(1, 0)
    quote = seed_quotes[1]
    assert index.data(TEXT_ROLE) == quote.text
    assert index.data(SPEAKER_ROLE) == "Sergey Krikalev"
    assert index.data(KIND_ROLE) == "speech"
    assert index.data(START_ROLE) == quote.start
    assert index.data(END_ROLE) == quote.end
    assert index.data(QUOTE_ROLE) is quote
    assert index.data(Qt.ItemDataRole.DisplayRole) == f"“{quote.text}” — Sergey Krikalev"
    assert "Sergey Krikalev" in index.data(Qt.ItemDataRole.ToolTipRole)
    # Unattributed and mentions still have display text (accessibility, keyboard search).
    assert model.index(4, 0).data() == f"“{seed_quotes[4].text}”"
    assert model.index(0, 0).data(KIND_ROLE) == "mention"
    assert model.index(0, 0).data() == "“International Lunar Research Station”"


def test_model_validates_indexes(seed_quotes: list[Quote]) -> None:
    model = QuoteListModel()
    model.set_quotes(seed_quotes)
    other = QuoteListModel()
    other.set_quotes(seed_quotes * 3)
    assert model.data(QModelIndex()) is None
    assert model.data(other.index(10, 0)) is None  # another model's index, out of our range
    assert model.index(5, 0) == QModelIndex()
    assert model.index(0, 1) == QModelIndex()
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.quote_at(-1) is None and model.quote_at(5) is None


def test_model_mutations_after_check(qtmodeltester, qtbot, seed_quotes: list[Quote]) -> None:
    model = QuoteListModel()
    qtmodeltester.check(model)  # the tester stays attached and checks every change below
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.append_quotes(seed_quotes[:2])
    assert inserted.args[1:] == [0, 1]
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.append_quotes(seed_quotes[2:])
    assert inserted.args[1:] == [2, 4]
    model.append_quotes([])
    assert model.rowCount() == 5
    assert list(model.quotes) == seed_quotes
    with qtbot.waitSignal(model.modelReset):
        model.set_quotes(seed_quotes[1:3])
    assert model.rowCount() == 2
    model.clear()
    assert model.rowCount() == 0


def test_rows_at_finds_the_quote_under_an_offset(seed_quotes: list[Quote]) -> None:
    model = QuoteListModel()
    model.append_quotes(seed_quotes[:3])
    model.append_quotes(seed_quotes[3:])
    two_parts = seed_quotes[2]
    first, second = two_parts.parts
    assert model.rows_at(first.start) == [2]
    assert model.rows_at(second.end - 1) == [2]
    assert model.rows_at(first.end + 1) == []  # between the parts: the closing/opening marks
    assert model.rows_at(second.end) == []
    assert model.rows_at(0) == []
    # Out of order arrival still works.
    model.set_quotes(list(reversed(seed_quotes)))
    assert model.rows_at(first.start + 3) == [2]


def test_proxy_under_model_tester(qtmodeltester, seed_quotes: list[Quote]) -> None:
    model = QuoteListModel()
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.append_quotes(seed_quotes)
    assert proxy.rowCount() == 3  # speech only by default
    proxy.set_show_mentions(True)
    assert proxy.rowCount() == 5
    proxy.set_filter_text("deals TALKS")
    assert proxy.rowCount() == 1
    proxy.set_speaker("Sergey Krikalev")
    proxy.set_filter_text("")
    assert proxy.rowCount() == 2
    model.append_quotes([seed_quotes[1]])
    assert proxy.rowCount() == 3
    model.set_quotes(seed_quotes[:1])
    assert proxy.rowCount() == 0
    proxy.clear_filters()
    assert proxy.rowCount() == 1


def test_speaker_model(qtmodeltester, seed_quotes: list[Quote]) -> None:
    model = SpeakerListModel()
    qtmodeltester.check(model)
    model.set_stats(speaker_stats(seed_quotes))
    assert model.rowCount() == 3  # All speakers, Krikalev, unattributed
    all_row = model.index(0, 0)
    assert all_row.data() == "All speakers"
    assert all_row.data(IS_ALL_ROLE) is True
    assert all_row.data(SPEAKER_KEY_ROLE) is None
    assert all_row.data(QUOTE_COUNT_ROLE) == 3
    krikalev = model.index(1, 0)
    assert krikalev.data() == "Sergey Krikalev"
    assert krikalev.data(SPEAKER_KEY_ROLE) == "Sergey Krikalev"
    assert krikalev.data(QUOTE_COUNT_ROLE) == 2
    words = len(seed_quotes[1].text.split()) + len(seed_quotes[2].text.split())
    assert krikalev.data(WORD_COUNT_ROLE) == words
    assert "2 quotations" in krikalev.data(Qt.ItemDataRole.ToolTipRole)
    unattributed = model.index(2, 0)
    assert unattributed.data() == "Unattributed"
    assert unattributed.data(SPEAKER_KEY_ROLE) == ""
    assert model.row_of("Sergey Krikalev") == 1 and model.row_of(None) == 0
    assert model.data(model.index(7, 0)) is None
    names = {bytes(v.data()) for v in model.roleNames().values()}
    assert {b"speaker", b"quotes", b"words"} <= names
    model.set_stats([])
    assert model.rowCount() == 1


def test_an_interrupted_quotation_shows_where_the_attribution_was() -> None:
    from desktop_app.core.quotes import extract_quotes
    from desktop_app.ui.quote_model import attribution

    split, runs_on = extract_quotes(
        "“We will win,” said Coach Ray Dunn, “and soon.”\n\n"
        "“The first half was poor,” Dunn said later. “We know that.\n\n"
        "“We will be better on Saturday.”"
    )
    assert attribution(split) == "“We will win, … and soon.” — Ray Dunn"
    # interrupted once, then running on into the next paragraph
    assert attribution(runs_on) == (
        "“The first half was poor, … We know that. We will be better on Saturday.” — Ray Dunn"
    )
