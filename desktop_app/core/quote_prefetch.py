"""The start-up article's quotations, found by a child process while the window is built.

At launch the window's Python classes and Qt's take most of a core for about 150 ms, and the
quote engine (importing it and reading the article) would then share that core with them: a
thread cannot help, since both hold the GIL. So on Linux, once the article is read and before
Qt is imported, :func:`start` forks a child that imports the engine, finds the quotations and
hands them back pickled through a pipe; the window's first extraction (:func:`take`) reads them
there instead of running the engine. On a machine with a second core the list is ready when the
window is.

Nothing depends on the child. A different text, a child that failed, was killed or wrote
something unreadable, a platform without ``fork``: :func:`take` returns None and the caller runs
the engine as always. A child nobody takes is killed at exit; it also stops by itself if its
parent is gone. The pipe is the child's own, so what is unpickled comes from this program's
code, not from anywhere a user or a file could write to.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import select
import signal
import sys
import threading
from collections.abc import Callable

from desktop_app.core.quote_types import Quote

__all__ = ["available", "start", "take"]

#: How often :func:`take` looks at its ``cancelled`` callback while the child works (seconds).
_POLL = 0.05


class _Child:
    def __init__(self, pid: int, fd: int, text: str) -> None:
        self.pid = pid
        self.fd = fd
        self.text = text

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
            import pickle

            data = pickle.dumps(quotes, protocol=pickle.HIGHEST_PROTOCOL)
            with open(fd, "wb", closefd=True) as pipe:
                pipe.write(data)
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
    if child.text is not text and child.text != text:
        child.close(kill=True)
        return None
    data = child.read(cancelled)
    status = child.close(kill=data is None)
    if data is None or status != 0:
        return None
    import pickle

    try:
        quotes = pickle.loads(data)
    except Exception:
        return None
    if not isinstance(quotes, list) or not all(isinstance(q, Quote) for q in quotes):
        return None
    return quotes


def _stop_pending() -> None:
    global _pending
    with _lock:
        child, _pending = _pending, None
    if child is not None:
        child.close(kill=True)


atexit.register(_stop_pending)
