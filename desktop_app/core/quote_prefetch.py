"""The start-up article's quotations, found by a child process while the window is built.

At launch the window's Python classes and Qt's take most of a core for about 150 ms, and the
quote engine (importing it and reading the article) would then share that core with them: a
thread cannot help, since both hold the GIL. So on Linux, once the article is read and before
Qt is imported, :func:`start` forks a child that imports the engine, finds the quotations and
hands them back through a pipe as plain values (``marshal``: strings, numbers, tuples, which
cannot carry code, and whose reader is built in, unlike pickle's); the window's first extraction
(:func:`take`) reads them there instead of running the engine. On a machine with a second core
the list is ready when the window is: a child that has already finished is read at once
(:func:`take_if_done`), so the window's first paint shows the quotations.

Nothing depends on the child. A different text, a child that failed, was killed or wrote
something unreadable, a platform without ``fork``: :func:`take` returns None and the caller runs
the engine as always. A child nobody takes is killed at exit; it also stops by itself if its
parent is gone.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import select
import signal
import sys
import threading
from collections.abc import Callable

from desktop_app.core.quote_types import Quote, QuotePart

__all__ = ["available", "start", "take", "take_if_done"]

#: How often :func:`take` looks at its ``cancelled`` callback while the child works (seconds).
_POLL = 0.05


class _Child:
    def __init__(self, pid: int, fd: int, text: str) -> None:
        self.pid = pid
        self.fd = fd
        self.text = text
        self.status: int | None = None  # the exit status, once reaped

    def is_for(self, text: str) -> bool:
        return self.text is text or self.text == text

    def finished(self) -> bool:
        """Whether the child has exited (reaped here, without waiting)."""
        if self.status is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped by someone else: its status is unknown
                self.status = -1
            else:
                if pid:
                    self.status = os.waitstatus_to_exitcode(status)
        return self.status is not None

    def read(self, cancelled: Callable[[], bool]) -> bytes | None:
        """Everything the child writes, or None when ``cancelled()`` turned true first."""
        chunks: list[bytes] = []
        while True:
            ready, _, _ = select.select([self.fd], [], [], _POLL)
            if cancelled():
                return None
            if ready:
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)

    def close(self, *, kill: bool) -> int | None:
        """Close the pipe and reap the child (killed first if ``kill``); its exit status."""
        with contextlib.suppress(OSError):
            os.close(self.fd)
        if self.status is not None:
            return self.status
        if kill:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return None
        return os.waitstatus_to_exitcode(status)


_lock = threading.Lock()
_pending: _Child | None = None


def available() -> bool:
    """Whether :func:`start` can fork here: Linux, before any other thread exists.

    Forking copies only the calling thread, so a process that already runs threads (Qt's, a
    pool's) could hand the child a lock held forever; macOS forbids much in a forked child of a
    process that has loaded its frameworks. The caller forks before importing Qt.
    """
    return sys.platform.startswith("linux") and threading.active_count() == 1


def start(text: str) -> bool:
    """Find ``text``'s quotations in a forked child; True when the child was started.

    Call :func:`available` first. A child started earlier and not taken is stopped.
    """
    global _pending
    read_fd, write_fd = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_fd)
        _child_main(text, write_fd, parent)
    os.close(write_fd)
    with _lock:
        old, _pending = _pending, _Child(pid, read_fd, text)
    if old is not None:
        old.close(kill=True)
    return True


def _child_main(text: str, fd: int, parent: int) -> None:
    code = 1
    try:
        # Not the parent's terminal or pipes: a shell reading the app's output must not wait
        # for this child, and nothing it could print is the reader's business.
        quiet = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):
            os.dup2(quiet, std)
        from desktop_app.core.quotes import ExtractionCancelled, extract_quotes

        try:
            quotes = extract_quotes(text, lambda: os.getppid() != parent)
        except ExtractionCancelled:
            quotes = None  # the parent is gone
        if quotes is not None:
            with open(fd, "wb", closefd=True) as pipe:
                pipe.write(marshal.dumps([_as_values(q) for q in quotes]))
            code = 0
    except BaseException:  # nothing may escape into a copy of the parent's program
        pass
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers


def take(text: str, cancelled: Callable[[], bool]) -> list[Quote] | None:
    """The child's quotations of ``text``, or None: no child, another text, or the child failed.

    Blocks (without the GIL) until the child is done; returns None as soon as ``cancelled()``
    turns true. Either way the child is gone afterwards: only one extraction takes it.
    """
    global _pending
    with _lock:
        child, _pending = _pending, None
    if child is None:
        return None
    if not child.is_for(text):
        child.close(kill=True)
        return None
    data = child.read(cancelled)
    status = child.close(kill=data is None)
    return _decoded(data) if status == 0 else None


def take_if_done(text: str) -> list[Quote] | None:
    """The child's quotations of ``text`` if it has finished already, without waiting.

    None when there is no child, it is still working (it is then left for :func:`take`), or it
    failed. A child that finished has written everything: it only exits once its whole result
    is in the pipe, so reading it cannot block.
    """
    global _pending
    with _lock:
        child = _pending
        if child is None or not child.is_for(text) or not child.finished():
            return None
        _pending = None
    data = child.read(lambda: False)
    return _decoded(data) if child.close(kill=False) == 0 else None


def _as_values(q: Quote) -> tuple[object, ...]:
    parts = tuple((p.text, p.start, p.end) for p in q.parts)
    return (q.text, q.start, q.end, parts, q.kind, q.speaker, q.speaker_description, q.cue)


def _decoded(data: bytes | None) -> list[Quote] | None:
    """The quotations :func:`_as_values` wrote, or None if ``data`` is anything else."""
    if data is None:
        return None
    try:
        rows = marshal.loads(data)
        quotes = [
            Quote(text, start, end, tuple(QuotePart(*p) for p in parts), kind, *who)
            for text, start, end, parts, kind, *who in rows
        ]
    except Exception:
        return None
    if not all(_well_formed(q) for q in quotes):
        return None
    return quotes


def _well_formed(q: Quote) -> bool:
    return (
        isinstance(q.text, str)
        and type(q.start) is int
        and type(q.end) is int
        and q.kind in ("speech", "mention")
        and len(q.parts) > 0
        and all(
            isinstance(p.text, str) and type(p.start) is int and type(p.end) is int for p in q.parts
        )
        and all(v is None or isinstance(v, str) for v in (q.speaker, q.speaker_description, q.cue))
    )


def _stop_pending() -> None:
    global _pending
    with _lock:
        child, _pending = _pending, None
    if child is not None:
        child.close(kill=True)


atexit.register(_stop_pending)
