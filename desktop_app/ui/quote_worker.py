"""Finding an article's quotations off the GUI thread, and handing them over in small batches.

The extractor runs in a :class:`QThreadPool` thread. Its result is then fed to the GUI a batch
per event-loop turn, so even 20,000 quotations never freeze the window: the article paints
first, the list fills while the reader scrolls.

Every :meth:`QuoteWorker.start` begins a new *generation*; results of an older one (an article
that has since been replaced) are dropped, whatever order the threads finish in, and the engine
working on one is told to stop, so it does not hold the GIL against the new article's.

Signals:
    started(): extraction of a new article's quotations began.
    progress(int, int): ``(done, total)`` quotations listed; ``total`` is 0 while the
        extractor is still reading (progress unknown).
    batch_ready(list): the next quotations, in text order.
    finished(int): all quotations of the current article were delivered (their number).
    failed(str): the extractor raised; the message is for the reader.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from desktop_app.core import quote_prefetch
from desktop_app.core.quote_types import Quote

__all__ = ["BATCH_SIZE", "QuoteWorker"]

Extractor = Callable[[str], Sequence[Quote]]

#: Quotations handed to the GUI per event-loop turn: small enough to keep each turn short.
BATCH_SIZE = 400

_pool: QThreadPool | None = None


def _thread_pool() -> QThreadPool:
    """A private pool (not the global one): quote extraction never waits behind other work."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)  # a replaced article's job may still be finishing
        atexit.register(_pool.waitForDone)  # never let Python finalize under a running job
    return _pool


def _engine(text: str, cancelled: Callable[[], bool]) -> Sequence[Quote]:
    """The quote engine, stopped early when ``cancelled()`` turns true (its article replaced).

    The start-up article's quotations may already have been found by a child process
    (:mod:`desktop_app.core.quote_prefetch`); they are taken from it then.
    """
    found = quote_prefetch.take(text, cancelled)
    if found is not None:
        return found
    from desktop_app.core.quotes import ExtractionCancelled, extract_quotes

    try:
        return extract_quotes(text, cancelled)
    except ExtractionCancelled:
        return []


class _Relay(QObject):
    """Carries a job's outcome from the pool thread to the GUI thread (queued)."""

    done = Signal(int, object)
    error = Signal(int, str)


class _Job(QRunnable):
    def __init__(
        self, generation: int, text: str, extract: Extractor | None, relay: _Relay
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._generation = generation
        self._text = text
        self._extract = extract
        self._relay = relay
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            if self.cancelled.is_set():
                return
            if self._extract is None:  # the engine (a missing one is reported too)
                quotes = list(_engine(self._text, self.cancelled.is_set))
            else:
                quotes = list(self._extract(self._text))
        except Exception as e:  # any extractor failure is reported, not raised
            if not self.cancelled.is_set():
                self._relay.error.emit(self._generation, f"Could not find the quotations: {e}")
            return
        finally:
            self._text = ""
        if not self.cancelled.is_set():
            self._relay.done.emit(self._generation, quotes)


class QuoteWorker(QObject):
    """Extracts quotations in the background; see the module docstring for the signals."""

    started = Signal()
    progress = Signal(int, int)
    batch_ready = Signal(list)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        extract: Extractor | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        super().__init__(parent)
        self.extract = extract  #: finds a text's quotations; None: the quote engine's
        self.batch_size = max(1, batch_size)
        self._generation = 0
        self._job: _Job | None = None
        self._pending: list[Quote] = []
        self._delivered = 0
        self._running = False
        # Jobs emit on the relay from the pool thread; the slots run queued in this thread.
        # It has no parent: a job still running when this worker is deleted keeps it alive.
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)
        self._feeder = QTimer(self)
        self._feeder.setInterval(0)
        self._feeder.timeout.connect(self._on_feed)

    @property
    def generation(self) -> int:
        return self._generation

    def is_running(self) -> bool:
        """True from :meth:`start` until the last batch is delivered (or extraction failed)."""
        return self._running

    def start(self, text: str) -> int:
        """Find the quotations of ``text``; forget whatever an earlier call was doing.

        When the start-up child has already found them, the first batch is delivered before
        this returns, so the window's first paint shows it; the rest follow as always.
        """
        self.cancel()
        self._running = True
        self.started.emit()
        self.progress.emit(0, 0)
        found = quote_prefetch.take_if_done(text) if self.extract is None else None
        if found is not None:
            generation = self._generation
            self._on_done(generation, found)
            if self._feeder.isActive() and generation == self._generation:
                self._on_feed()
            return generation
        job = _Job(self._generation, text, self.extract, self._relay)
        self._job = job
        _thread_pool().start(job)
        return self._generation

    def cancel(self) -> None:
        """Drop the current extraction and any quotations not yet delivered."""
        self._generation += 1
        if self._job is not None:
            self._job.cancelled.set()
            self._job = None
        self._feeder.stop()
        self._pending = []
        self._delivered = 0
        self._running = False

    def wait(self, msecs: int = -1) -> bool:
        """Block until no extraction runs in the pool (for shutdown and tests)."""
        return _thread_pool().waitForDone(msecs)

    @Slot(int, object)
    def _on_done(self, generation: int, quotes: Any) -> None:
        if generation != self._generation:
            return  # an older article's result
        self._job = None
        self._pending = list(quotes)
        self._delivered = 0
        self.progress.emit(0, len(self._pending))
        if self._pending:
            self._feeder.start()
        else:
            self._finish()

    @Slot(int, str)
    def _on_error(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._running = False
        self.failed.emit(message)

    @Slot()
    def _on_feed(self) -> None:
        start = self._delivered
        batch = self._pending[start : start + self.batch_size]
        self._delivered = start + len(batch)
        total = len(self._pending)
        generation = self._generation
        if batch:
            self.batch_ready.emit(batch)
            if generation != self._generation:
                return  # a slot started another article
        self.progress.emit(self._delivered, total)
        if self._delivered >= total:
            self._finish()

    def _finish(self) -> None:
        self._feeder.stop()
        count = len(self._pending)
        self._pending = []
        self._running = False
        self.finished.emit(count)
