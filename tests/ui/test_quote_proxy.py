"""The filter proxy: word-by-word, case-insensitive over words and speaker; speaker; mentions."""

from __future__ import annotations

import pytest

from desktop_app.core.quote_types import Quote, QuotePart
from desktop_app.core.speaker_stats import UNATTRIBUTED
from desktop_app.ui.quote_model import TEXT_ROLE, QuoteListModel
from desktop_app.ui.quote_proxy import QuoteFilterProxy

TEXT = (
    "“We will go back to the Moon,” said Ana Núñez, the mission chief. "
    "“Budgets are tight,” said Bill Ford. Critics call it a “vanity project”. "
    "“Nobody knows,” one engineer said. “The Moon can wait,” Ford added."
)


def quote(words: str, speaker: str | None = None, kind: str = "speech") -> Quote:
    start = TEXT.index(words)
    part = QuotePart(words, start, start + len(words))
    return Quote(words, part.start, part.end, (part,), kind, speaker)  # type: ignore[arg-type]


@pytest.fixture
def proxy(qtmodeltester) -> QuoteFilterProxy:
    model = QuoteListModel()
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    model.setParent(proxy)
    qtmodeltester.check(proxy)
    model.set_quotes(
        [
            quote("We will go back to the Moon,", "Ana Núñez"),
            quote("Budgets are tight,", "Bill Ford"),
            quote("vanity project", kind="mention"),
            quote("Nobody knows,"),
            quote("The Moon can wait,", "Bill Ford"),
        ]
    )
    return proxy


def shown(proxy: QuoteFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(TEXT_ROLE) for r in range(proxy.rowCount())]


def test_speech_only_by_default_then_mentions(proxy: QuoteFilterProxy, qtbot) -> None:
    assert "vanity project" not in shown(proxy)
    assert len(shown(proxy)) == 4
    with qtbot.waitSignal(proxy.filter_changed):
        proxy.set_show_mentions(True)
    assert shown(proxy)[2] == "vanity project"  # article order is kept
    proxy.set_show_mentions(False)
    assert len(shown(proxy)) == 4


def test_words_match_text_or_speaker_case_insensitively(proxy: QuoteFilterProxy) -> None:
    proxy.set_filter_text("moon")
    assert shown(proxy) == ["We will go back to the Moon,", "The Moon can wait,"]
    proxy.set_filter_text("  MOON   ford ")  # every word must match, in text or speaker
    assert shown(proxy) == ["The Moon can wait,"]
    proxy.set_filter_text("núñez")
    assert shown(proxy) == ["We will go back to the Moon,"]
    proxy.set_filter_text("bud ti")  # parts of words match
    assert shown(proxy) == ["Budgets are tight,"]
    proxy.set_filter_text("xyzzy")
    assert shown(proxy) == []
    assert proxy.is_filtering()
    proxy.set_filter_text("")
    assert len(shown(proxy)) == 4
    assert not proxy.is_filtering()


def test_speaker_filter_combines_with_words(proxy: QuoteFilterProxy) -> None:
    proxy.set_speaker("Bill Ford")
    assert shown(proxy) == ["Budgets are tight,", "The Moon can wait,"]
    proxy.set_filter_text("moon")
    assert shown(proxy) == ["The Moon can wait,"]
    proxy.set_filter_text("")
    proxy.set_speaker(UNATTRIBUTED)
    assert shown(proxy) == ["Nobody knows,"]
    proxy.set_show_mentions(True)
    assert shown(proxy) == ["vanity project", "Nobody knows,"]
    proxy.clear_filters()
    assert len(shown(proxy)) == 5
    assert proxy.speaker is None and proxy.filter_text == ""
