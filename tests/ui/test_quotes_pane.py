"""The quotes pane beside a real ArticleView: click through the quotes and the article follows."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListView, QWidget
from quote_fixtures import make_quote

from desktop_app.core.article import Article, load_article, parse_plain_text
from desktop_app.core.quote_types import Quote
from desktop_app.core.speaker_stats import speaker_stats
from desktop_app.ui.article_view import ArticleView
from desktop_app.ui.quote_model import QUOTE_ROLE
from desktop_app.ui.quotes_pane import QuotesPane
from desktop_app.ui.speakers_panel import QUOTE_COUNT_ROLE, SPEAKER_KEY_ROLE, WORD_COUNT_ROLE

SEED = Path(__file__).parents[2] / "resources" / "article.txt"
KRIKALEV = "Sergey Krikalev"


def hand_quotes(text: str) -> list[Quote]:
    """The seed's quotations, built by hand (independent of the extractor's exact output)."""
    return [
        make_quote(text, "International Lunar Research Station", kind="mention"),
        make_quote(
            text,
            "The deal has been concluded, and we are only ironing out those specifics at the "
            "moment.",
            speaker=KRIKALEV,
        ),
        make_quote(
            text,
            "Some deals can be prepared, and whether they are concluded or not may rely on how "
            "talks go.",
            "We have some talks scheduled on the outskirts of the forum.",
            speaker=KRIKALEV,
        ),
        make_quote(text, "space war", kind="mention"),
        make_quote(
            text,
            "We can imagine cooperating with China on this initiative until China establishes "
            "its space station,",
            speaker=KRIKALEV,
        ),
        make_quote(text, "All solutions are on the table for us, and we are evaluating them all."),
    ]


class Harness(QWidget):
    """The article and the pane side by side, small enough that the article must scroll."""

    def __init__(self, extract: Callable[[str], Sequence[Quote]] | None) -> None:
        super().__init__()
        self.view = ArticleView(self)
        self.pane = QuotesPane(self, extract=extract)
        self.pane.attach(self.view)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.pane, 2)
        self.resize(900, 300)


@pytest.fixture
def seed() -> Article:
    return load_article(SEED)


def open_harness(qtbot, article: Article, extract=None) -> Harness:
    harness = Harness(extract)
    qtbot.addWidget(harness)
    harness.show()
    qtbot.waitExposed(harness)
    with qtbot.waitSignal(harness.pane.quotes_ready, timeout=10_000):
        harness.pane.set_article(article)
    return harness


@pytest.fixture
def harness(qtbot, seed: Article) -> Harness:
    quotes = hand_quotes(seed.text)
    return open_harness(qtbot, seed, lambda text: quotes if text == seed.text else [])


def listed(pane: QuotesPane) -> list[Quote]:
    return [pane.proxy.index(r, 0).data(QUOTE_ROLE) for r in range(pane.proxy.rowCount())]


def assert_highlighted(view: ArticleView, quote: Quote) -> None:
    """The article's selection is the quotation's words; every part is marked; it is in view."""
    assert view.textCursor().selectedText() == quote.parts[0].text
    marked = [s.cursor.selectedText() for s in view.extraSelections()]
    for part in quote.parts:
        assert part.text in marked
    assert view.viewport().rect().contains(view.cursorRect().center())
    start, end = QTextCursor(view.textCursor()), QTextCursor(view.textCursor())
    start.setPosition(view.offset_to_position(quote.parts[0].start))
    end.setPosition(view.offset_to_position(quote.parts[-1].end))
    top, bottom = view.cursorRect(start).top(), view.cursorRect(end).bottom()
    line = view.cursorRect(end).height()
    # all of it in view, and not pressed against an edge: a line of context around it
    assert line <= top and bottom <= view.viewport().height() - line


def click_row(qtbot, pane: QuotesPane, row: int) -> None:
    index = pane.proxy.index(row, 0)
    pane.list_view.scrollTo(index)
    rect = pane.list_view.visualRect(index)
    qtbot.mouseClick(pane.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- the seed article with the real quote engine ---------------------------------------------


def test_click_through_every_seed_quote(qtbot, seed: Article) -> None:
    pytest.importorskip("desktop_app.core.quotes")
    h = open_harness(qtbot, seed)  # the real extractor, in the worker
    pane, view = h.pane, h.view
    pane.mentions_check.setChecked(True)  # every quotation, mentions too
    quotes = listed(pane)
    assert len(quotes) >= 5
    assert pane.model.rowCount() == len(quotes)
    scrolled = set()
    click_row(qtbot, pane, 0)
    for row, quote in enumerate(quotes):
        if row:
            if row % 2:
                qtbot.keyClick(pane.list_view, Qt.Key.Key_Down)
            else:
                click_row(qtbot, pane, row)
        assert pane.current_quote() is quote
        assert_highlighted(view, quote)
        scrolled.add(view.verticalScrollBar().value())
    assert len(scrolled) > 1  # the article had to scroll to show them


# --- selection both ways ---------------------------------------------------------------------


def test_selecting_rows_highlights_each_quote(qtbot, harness: Harness) -> None:
    pane, view = harness.pane, harness.view
    quotes = listed(pane)
    assert [q.is_speech for q in quotes] == [True] * 4  # mentions hidden by default
    click_row(qtbot, pane, 0)
    for row, quote in enumerate(quotes):
        if row:
            qtbot.keyClick(pane.list_view, Qt.Key.Key_Down)
        assert_highlighted(view, quote)
    two_parts = quotes[1]
    pane.select_quote(two_parts)
    assert len(view.extraSelections()) == 2
    assert_highlighted(view, two_parts)


def _click_article_at(qtbot, view: ArticleView, offset: int) -> None:
    position = view.offset_to_position(offset)
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_quotation_in_the_article_selects_its_row(qtbot, harness: Harness) -> None:
    pane, view = harness.pane, harness.view
    for quote in listed(pane):
        for part in quote.parts:
            with qtbot.waitSignal(view.offset_clicked):
                _click_article_at(qtbot, view, part.start + len(part.text) // 2)
            assert pane.current_quote() is quote
            assert pane.list_view.visualRect(pane.list_view.currentIndex()).intersects(
                pane.list_view.viewport().rect()
            )


def test_clicking_a_filtered_out_quotation_shows_it(qtbot, harness: Harness) -> None:
    pane, view = harness.pane, harness.view
    qtbot.keyClicks(pane.filter_edit, "solutions")
    assert len(listed(pane)) == 1
    target = next(q for q in pane.model.quotes if q.text.startswith("We can imagine"))
    _click_article_at(qtbot, view, target.start + 5)
    assert pane.current_quote() is target
    assert pane.filter_edit.text() == ""
    # Outside any quotation: the selection stays.
    _click_article_at(qtbot, view, 3)
    assert pane.current_quote() is target


def test_next_and_previous_shortcuts_work_from_the_article(qtbot, harness: Harness) -> None:
    pane, view = harness.pane, harness.view
    harness.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    quotes = listed(pane)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert pane.current_quote() is quotes[0]
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert pane.current_quote() is quotes[1]
    assert_highlighted(view, quotes[1])
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert pane.current_quote() is quotes[2]
    qtbot.keyClick(view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert pane.current_quote() is quotes[1]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # stays on the first
    assert pane.current_quote() is quotes[0]
    assert view.hasFocus()  # the reader keeps reading


# --- copy, context menu, comment -------------------------------------------------------------


def test_ctrl_c_on_the_list_copies_with_attribution(qtbot, harness: Harness) -> None:
    pane = harness.pane
    harness.activateWindow()
    click_row(qtbot, pane, 0)
    pane.list_view.setFocus()
    qtbot.waitUntil(pane.list_view.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(pane.list_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    expected = (
        "“The deal has been concluded, and we are only ironing out those specifics at the "
        "moment.” — Sergey Krikalev"
    )
    assert QGuiApplication.clipboard().text() == expected


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen menus
def test_context_menu_actions(qtbot, harness: Harness) -> None:
    pane = harness.pane
    rect = pane.list_view.visualRect(pane.proxy.index(3, 0))
    pane.list_view.customContextMenuRequested.emit(rect.center())
    menu = pane.context_menu
    assert menu is not None
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Copy", "Copy with Attribution", "Show in Article", "Comment on This Quote…"]
    quote = pane.current_quote()
    assert quote is not None and quote.speaker is None
    pane.copy_text_action.trigger()
    assert QGuiApplication.clipboard().text() == quote.text
    pane.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == f"“{quote.text}”"  # no speaker to credit
    with qtbot.waitSignal(pane.comment_requested) as blocker:
        pane.comment_action.trigger()
    assert blocker.args == [quote]
    menu.close()


# --- export ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "chosen"),
    [("q.csv", "CSV (*.csv)"), ("q.json", "JSON (*.json)"), ("q", "Markdown (*.md)")],
)
def test_export_each_format(qtbot, harness: Harness, tmp_path: Path, monkeypatch, name, chosen):
    pytest.importorskip("desktop_app.core.quote_export")
    pane = harness.pane
    asked = []

    def fake_dialog(*args, **kwargs):
        asked.append(args)
        return str(tmp_path / name), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert pane.export_action.isEnabled()
    pane.export_action.trigger()
    assert asked
    quotes = list(pane.model.quotes)
    if chosen.startswith("CSV"):
        rows = list(csv.DictReader(io.StringIO((tmp_path / "q.csv").read_text("utf-8"))))
        assert len(rows) == len(quotes)
        assert rows[1]["text"] == quotes[1].text and rows[1]["speaker"] == KRIKALEV
    elif chosen.startswith("JSON"):
        data = json.loads((tmp_path / "q.json").read_text("utf-8"))
        items = data["quotes"] if isinstance(data, dict) else data
        assert [item["text"] for item in items] == [q.text for q in quotes]
    else:
        text = (tmp_path / "q.md").read_text("utf-8")  # the extension was added
        assert "Russia and China are talking of cooperating on lunar exploration" in text
        assert quotes[1].text in text and KRIKALEV in text


def test_export_failure_is_reported(qtbot, harness: Harness, tmp_path: Path) -> None:
    pytest.importorskip("desktop_app.core.quote_export")
    assert not harness.pane.export_to(tmp_path / "missing" / "q.csv")
    box = harness.pane.findChild(QWidget, "quotesErrorBox")
    assert box is not None and box.isVisible()
    box.close()


# --- speakers, filter, empty state, status ----------------------------------------------------


def test_speakers_panel_counts_and_filters(qtbot, harness: Harness) -> None:
    pane = harness.pane
    speakers = pane.speakers
    model = speakers.model
    assert model.rowCount() == 3
    assert model.index(1, 0).data(SPEAKER_KEY_ROLE) == KRIKALEV
    assert model.index(1, 0).data(QUOTE_COUNT_ROLE) == 3
    words = sum(len(q.text.split()) for q in pane.model.quotes if q.speaker == KRIKALEV)
    assert model.index(1, 0).data(WORD_COUNT_ROLE) == words
    view = speakers.findChild(QListView, "speakerList")
    assert view is not None

    def choose(row: int) -> None:
        rect = view.visualRect(model.index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    choose(1)
    assert [q.speaker for q in listed(pane)] == [KRIKALEV] * 3
    choose(2)  # unattributed
    assert [q.speaker for q in listed(pane)] == [None]
    choose(0)  # All speakers
    assert len(listed(pane)) == 4


def test_speakers_chart_counts_every_batch_once_and_starts_over_for_a_new_article(
    qtbot, harness: Harness, seed: Article
) -> None:
    pane = harness.pane
    pane.worker.batch_size = 2  # the seed's quotations arrive in several batches
    with qtbot.waitSignal(pane.quotes_ready, timeout=10_000):
        pane.set_article(seed)  # the same article again: nothing counted twice
    shown = [
        (index.data(SPEAKER_KEY_ROLE), index.data(QUOTE_COUNT_ROLE), index.data(WORD_COUNT_ROLE))
        for index in (pane.speakers.model.index(r, 0) for r in range(1, 3))
    ]
    assert shown == [(s.speaker, s.quotes, s.words) for s in speaker_stats(pane.model.quotes)]
    other = parse_plain_text("Headline\n\n“Alone here,” said Cleo Ray.\n\nThe end.")
    pane.worker.extract = lambda text: [make_quote(text, "Alone here", speaker="Cleo Ray")]
    with qtbot.waitSignal(pane.quotes_ready, timeout=10_000):
        pane.set_article(other)
    assert pane.speakers.model.rowCount() == 2  # "All speakers" and Cleo Ray only
    assert pane.speakers.model.index(1, 0).data(SPEAKER_KEY_ROLE) == "Cleo Ray"
    assert pane.speakers.model.index(1, 0).data(QUOTE_COUNT_ROLE) == 1


def test_once_every_quotation_is_in_the_rest_is_tinted_without_idle_waits(
    qtbot, harness: Harness, seed: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While batches arrive, the article's tint catches up a few times a second; after the
    last one, what is left is tinted turn after turn, so a long list is ready sooner."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import quotes_pane

    monkeypatch.setattr(quotes_pane, "STYLE_CHUNK", 1)  # one quotation tinted per turn
    pane = harness.pane
    pane.worker.batch_size = 100  # everything in one batch
    with qtbot.waitSignal(pane.worker.finished, timeout=10_000):
        pane.set_article(seed)
    assert not pane.is_ready()  # tinted one at a time: some are still waiting
    turns = 0
    while not pane.is_ready() and turns < 50:
        QApplication.processEvents()  # one pass over what is due now: no waiting
        turns += 1
    assert pane.is_ready(), "the rest of the tint waited for a timer"
    assert turns <= len(pane.model.quotes)


def test_filter_and_empty_states(qtbot, harness: Harness, seed: Article) -> None:
    pane = harness.pane
    assert pane.status_text() == "4 quotations · 1 speaker (2 mentions)"
    qtbot.keyClicks(pane.filter_edit, "DEALS talks")
    assert [q.text[:10] for q in listed(pane)] == ["Some deals"]
    pane.filter_edit.clear()
    qtbot.keyClicks(pane.filter_edit, "krikalev")
    assert len(listed(pane)) == 3
    qtbot.keyClicks(pane.filter_edit, " xyzzy")
    assert pane.stack.currentWidget() is pane.empty_label
    assert "No quotations match" in pane.empty_label.text()
    pane.empty_label.linkActivated.emit("clear")
    assert pane.stack.currentWidget() is pane.list_view
    assert len(listed(pane)) == 4

    empty = Article(title="Nothing said", paragraphs=("A plain paragraph with no quotations.",))
    with qtbot.waitSignal(pane.quotes_ready):
        pane.set_article(empty)
    assert harness.view.article is empty
    assert pane.stack.currentWidget() is pane.empty_label
    assert pane.empty_label.isVisible()
    assert "No quotations in this article" in pane.empty_label.text()
    assert pane.status_text() == "No quotations"
    assert not pane.export_action.isEnabled()


def test_accessible_names_and_no_widget_per_row(harness: Harness) -> None:
    pane = harness.pane
    lst = pane.findChild(QListView, "quoteList")
    assert lst is pane.list_view
    assert lst.accessibleName() == "Quotations"
    assert pane.filter_edit.placeholderText() == "Filter quotes or speakers"
    assert pane.filter_edit.isClearButtonEnabled()
    assert all(
        lst.indexWidget(pane.proxy.index(r, 0)) is None for r in range(pane.proxy.rowCount())
    )


def test_status_changed_signal(qtbot, seed: Article) -> None:
    quotes = hand_quotes(seed.text)
    h = Harness(lambda _text: quotes)
    qtbot.addWidget(h)
    messages: list[str] = []
    h.pane.status_changed.connect(messages.append)
    with qtbot.waitSignal(h.pane.quotes_ready):
        h.pane.set_article(seed)
    assert messages[0] == "Finding quotations…"
    assert messages[-1] == "4 quotations · 1 speaker (2 mentions)"


def mark_pixels(pane: QuotesPane, row: int) -> int:
    """How many pixels of a row show the filter's mark colour (on an unselected row)."""
    from desktop_app.ui.quote_delegate import MARK_COLOR, blend

    pane.list_view.clearSelection()
    pane.list_view.setCurrentIndex(pane.proxy.index(-1, 0))
    rect = pane.list_view.visualRect(pane.proxy.index(row, 0))
    image = pane.list_view.viewport().grab(rect).toImage()
    base = pane.list_view.palette().color(pane.list_view.viewport().backgroundRole())
    want = blend(MARK_COLOR, base, 0.35)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) <= 2
                and abs(c.green() - want.green()) <= 2
                and abs(c.blue() - want.blue()) <= 2
            ):
                count += 1
    return count


def test_the_filters_words_are_marked_in_the_rows_words_and_speaker(
    qtbot, harness: Harness
) -> None:
    pane = harness.pane
    assert mark_pixels(pane, 0) == 0  # nothing typed, nothing marked
    qtbot.keyClicks(pane.filter_edit, "CHINA")
    assert [q.text[:9] for q in listed(pane)] == ["We can im"]
    assert pane.delegate.marked_spans("with China on this until china") == [(5, 10), (25, 30)]
    assert mark_pixels(pane, 0) > 100  # the marks behind the word's two occurrences
    # a narrower filter on the same row: the marks follow the words typed
    pane.filter_edit.clear()
    qtbot.keyClicks(pane.filter_edit, "krik")
    assert len(listed(pane)) == 3
    assert pane.delegate.marked_spans(KRIKALEV) == [(7, 11)]
    assert mark_pixels(pane, 0) > 0  # the speaker line's "Krik"
    pane.filter_edit.clear()
    assert pane.delegate.marked_spans("China") == []
    assert all(mark_pixels(pane, r) == 0 for r in range(pane.proxy.rowCount()))


@settings(max_examples=80, deadline=None)
@given(
    text=st.text(alphabet="abAB c", max_size=40),
    words=st.lists(st.text(alphabet="abAB", min_size=1, max_size=3), max_size=3),
)
def test_every_occurrence_of_a_filter_word_is_marked(qapp, text: str, words: list[str]) -> None:
    from desktop_app.ui.quote_delegate import QuoteDelegate

    delegate = QuoteDelegate()
    delegate.set_marked_words(w.casefold() for w in words)
    spans = delegate.marked_spans(text)
    assert spans == sorted(spans)
    assert all(a < b <= c < d for (a, b), (c, d) in itertools.pairwise(spans))  # disjoint
    lowered = {w.casefold() for w in words}
    assert all(text[a:b].casefold() in lowered for a, b in spans)
    for w in lowered:  # each occurrence overlaps a mark
        at = text.casefold().find(w)
        while at >= 0:
            assert any(a < at + len(w) and at < b for a, b in spans), (w, at)
            at = text.casefold().find(w, at + 1)
