"""Quotations are found off the GUI thread: the window keeps ticking on an 8 MB article, and a
replaced article's late results are dropped."""

from __future__ import annotations

import importlib.util
import re
import threading
import time
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor, QTextFormat

from desktop_app.core.article import Article, parse_plain_text
from desktop_app.core.quote_types import Quote, QuotePart
from desktop_app.ui.article_view import ArticleView
from desktop_app.ui.quote_worker import QuoteWorker
from desktop_app.ui.quotes_pane import QuotesPane

BENCH = Path(__file__).parents[2] / "bench" / "big_article.py"


def _bench_module():
    spec = importlib.util.spec_from_file_location("big_article", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def python_extractor(text: str) -> list[Quote]:
    """A pure-Python scan (holds the GIL like any Python extractor): “…” runs as speech."""
    quotes, start = [], -1
    for i, ch in enumerate(text):
        if ch == "“":
            start = i + 1
        elif ch == "”" and start >= 0:
            part = QuotePart(text[start:i], start, i)
            quotes.append(Quote(part.text, start, i, (part,)))
            start = -1
    return quotes


def real_or_python_extractor():
    try:
        from desktop_app.core.quotes import extract_quotes
    except ImportError:
        return python_extractor
    return extract_quotes


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture(scope="module")
def big_article() -> Article:
    text, written = _bench_module().make_article_text(8_000_000)
    assert 15_000 <= written <= 25_000
    return parse_plain_text(text)


@pytest.mark.slow
def test_gui_keeps_ticking_while_20000_quotes_are_found(qtbot, big_article: Article) -> None:
    extract = real_or_python_extractor()
    result: list[Sequence[Quote]] = []
    extraction: dict[str, float] = {}

    def recording(text: str) -> Sequence[Quote]:
        extraction["start"] = time.perf_counter()
        quotes = extract(text)
        extraction["end"] = time.perf_counter()
        result.append(quotes)
        return quotes

    view = ArticleView()
    view.resize(900, 600)
    pane = QuotesPane(extract=recording)
    pane.attach(view)
    qtbot.addWidget(view)
    qtbot.addWidget(pane)
    paints = PaintCounter()
    view.viewport().installEventFilter(paints)
    view.show()
    view.set_article(big_article)
    qtbot.waitUntil(lambda: paints.count > 0)  # the article paints first

    painted_before_first_batch: list[bool] = []
    pane.worker.batch_ready.connect(
        lambda _batch: painted_before_first_batch.append(paints.count > 0)
    )
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    with qtbot.waitSignal(pane.quotes_ready, timeout=180_000):
        pane.set_article(big_article)
    finished = time.perf_counter()
    timer.stop()

    # Every quotation is listed, in the order found.
    assert len(result) == 1
    assert pane.model.rowCount() == len(result[0]) >= 15_000
    assert list(pane.model.quotes) == list(result[0])
    assert painted_before_first_batch and painted_before_first_batch[0]

    # The GUI thread was never blocked: the 10 ms timer kept firing during extraction...
    during = [t for t in ticks if extraction["start"] <= t <= extraction["end"]]
    seconds = extraction["end"] - extraction["start"]
    assert len(during) >= max(3, int(seconds / 0.010 * 0.1)), (len(during), seconds)
    # ...and no pause (extraction or feeding the list) was long enough to feel frozen.
    stamps = [started, *ticks, finished]
    longest = max(b - a for a, b in pairwise(stamps))
    assert longest < 1.0, f"the GUI thread stalled for {longest:.2f} s"
    print(
        f"extraction {seconds:.2f} s, {len(during)} ticks; "
        f"longest GUI pause {longest * 1000:.0f} ms"
    )
    assert not pane.worker.is_running()
    assert pane.progress.isHidden()


def test_a_replaced_articles_results_are_dropped(qtbot) -> None:
    release = threading.Event()
    calls: list[str] = []

    def extract(text: str) -> list[Quote]:
        calls.append(text)
        if text.startswith("old"):
            release.wait(10)
        return python_extractor(text)

    worker = QuoteWorker(extract=extract, batch_size=2)
    got: list[Quote] = []
    worker.batch_ready.connect(got.extend)
    worker.start("old “one” “two” “three”")
    qtbot.waitUntil(lambda: len(calls) == 1)
    with qtbot.waitSignal(worker.finished) as done:
        worker.start("new “alpha” “beta” “gamma”")
    assert done.args == [3]
    release.set()
    assert worker.wait(5000)
    qtbot.wait(50)  # any late (dropped) delivery would arrive now
    assert [q.text for q in got] == ["alpha", "beta", "gamma"]
    assert not worker.is_running()


def test_the_engine_stops_working_on_a_replaced_article(qtbot, monkeypatch) -> None:
    """The old article's extraction is told to stop (it would otherwise hold the GIL against
    the new one for seconds on a big article), and its stop is not reported as a failure."""
    import desktop_app.core.quotes as engine

    real = engine.extract_quotes
    old: list[str] = []

    def extract(text: str, cancelled=None) -> list[Quote]:  # type: ignore[no-untyped-def]
        if text.startswith("old"):
            old.append("started")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if cancelled is not None and cancelled():
                    old.append("stopped")
                    raise engine.ExtractionCancelled
                time.sleep(0.002)
            old.append("ran to the end")
        return real(text, cancelled)

    monkeypatch.setattr(engine, "extract_quotes", extract)
    worker = QuoteWorker()
    failures: list[str] = []
    worker.failed.connect(failures.append)
    got: list[Quote] = []
    worker.batch_ready.connect(got.extend)
    worker.start("old “one,” said Maria Okafor.")
    qtbot.waitUntil(lambda: old == ["started"])
    with qtbot.waitSignal(worker.finished):
        worker.start("“We are ready,” said Nora Blake.")
    assert worker.wait(5000)
    assert old == ["started", "stopped"]
    assert [(q.text, q.speaker) for q in got] == [("We are ready,", "Nora Blake")]
    assert failures == []


def test_progress_and_batches(qtbot) -> None:
    text = " ".join(f"“q{i}”" for i in range(25))
    worker = QuoteWorker(extract=python_extractor, batch_size=10)
    progress: list[tuple[int, int]] = []
    batches: list[int] = []
    worker.progress.connect(lambda done, total: progress.append((done, total)))
    worker.batch_ready.connect(lambda batch: batches.append(len(batch)))
    with qtbot.waitSignal(worker.finished):
        worker.start(text)
    assert batches == [10, 10, 5]
    assert progress[0] == (0, 0)  # busy while the extractor reads
    assert progress[-1] == (25, 25)


def test_extractor_failure_is_reported(qtbot) -> None:
    def broken(_text: str) -> list[Quote]:
        raise ValueError("bad input")

    worker = QuoteWorker(extract=broken)
    with qtbot.waitSignal(worker.failed) as failed:
        worker.start("text")
    assert "bad input" in failed.args[0]
    assert not worker.is_running()


def test_pane_shows_extractor_failure(qtbot) -> None:
    pane = QuotesPane(extract=lambda _t: (_ for _ in ()).throw(RuntimeError("boom")))
    qtbot.addWidget(pane)
    article = Article(title="T", paragraphs=("“Hi,” she said.",))
    with qtbot.waitSignal(pane.quotes_ready):
        pane.set_article(article)
    assert "boom" in pane.empty_label.text()
    assert re.search("Could not find", pane.status_text())


def test_quotations_a_finished_start_up_child_found_are_listed_before_the_first_paint(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start-up child (quote_prefetch) is usually done before the window is: its quotations
    are then in the list, the article tinted and the pane ready when ``set_article`` returns,
    with no event-loop turn in between, so the window's first paint shows them."""
    from desktop_app.core import quote_prefetch

    article = parse_plain_text("Headline\n\n“We are ready,” said Ana Lima. “All of it,” she said.")
    found = python_extractor(article.text)
    asked: list[str] = []

    def done_child(text: str) -> list[Quote] | None:
        asked.append(text)
        return list(found)

    monkeypatch.setattr(quote_prefetch, "take_if_done", done_child)
    view = ArticleView()
    pane = QuotesPane()
    qtbot.addWidget(view)
    qtbot.addWidget(pane)
    pane.attach(view)
    ready: list[bool] = []
    pane.quotes_ready.connect(lambda: ready.append(True))
    pane.set_article(article)
    assert asked == [article.text]
    assert list(pane.model.quotes) == found
    assert pane.is_ready() and ready == [True]
    assert pane.stack.currentWidget() is pane.list_view
    for quote in found:  # tinted in the article
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.offset_to_position((quote.start + quote.end) // 2))
        assert cursor.charFormat().property(QTextFormat.Property.UserProperty) == "quote"


def test_a_start_up_child_still_working_leaves_the_list_to_the_background_job(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core import quote_prefetch

    monkeypatch.setattr(quote_prefetch, "take_if_done", lambda text: None)
    pane = QuotesPane()
    qtbot.addWidget(pane)
    article = parse_plain_text("Headline\n\n“We are ready,” said Ana Lima.")
    pane.set_article(article)
    assert pane.model.rowCount() == 0 and not pane.is_ready()
    with qtbot.waitSignal(pane.quotes_ready, timeout=30_000):
        pass
    assert [q.text for q in pane.model.quotes] == ["We are ready,"]
