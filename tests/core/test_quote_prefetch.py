"""The start-up article's quotations found by a forked child (quote_prefetch), and its fallbacks.

Each case runs in a fresh interpreter, as the app forks: before Qt, with no other thread.
"""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import quote_prefetch as qp
from desktop_app.core.quote_types import Quote, QuotePart

SEED = Path(__file__).parents[2] / "resources" / "article.txt"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")


_PRELUDE = """
import json, os, sys, time
from desktop_app.core import quote_prefetch as qp
from desktop_app.core.article import load_article
text = load_article(sys.argv[1]).text
out = {}
def no_children_left():
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False
"""


def _run(body: str) -> dict[str, object]:
    code = _PRELUDE + textwrap.dedent(body) + "\nprint(json.dumps(out))\n"
    done = subprocess.run(
        [sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_child_finds_exactly_what_the_engine_finds() -> None:
    out = _run(
        """
        out["available"] = qp.available()
        qp.start(text)
        got = qp.take(text, lambda: False)
        from desktop_app.core.quotes import extract_quotes
        want = extract_quotes(text)
        out["same"] = got == want
        out["count"] = len(got)
        out["speakers"] = sorted({q.speaker or "" for q in got})
        out["reaped"] = no_children_left()
        out["qt"] = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        out["again"] = qp.take(text, lambda: False)  # only one extraction takes it
        """
    )
    assert out["available"] is True
    assert out["same"] is True
    assert isinstance(out["count"], int) and out["count"] >= 7
    assert "Sergey Krikalev" in out["speakers"]  # type: ignore[operator]
    assert out["reaped"] is True
    assert out["qt"] == []
    assert out["again"] is None


def test_a_finished_child_is_taken_without_waiting_and_one_still_working_is_left() -> None:
    out = _run(
        """
        one_long_paragraph = " ".join([" ".join(text.split())] * 2000)  # a second's work
        qp.start(one_long_paragraph)
        started = time.perf_counter()
        out["while_working"] = qp.take_if_done(one_long_paragraph)
        out["returned_at_once"] = time.perf_counter() - started < 0.05
        out["still_pending"] = qp._pending is not None  # left for take(): the worker's wait
        qp.start(text)  # replaces (and stops) the long one
        while not qp._pending.finished():
            time.sleep(0.005)
        got = qp.take_if_done(text)
        from desktop_app.core.quotes import extract_quotes
        out["same"] = got == extract_quotes(text)
        out["reaped"] = no_children_left()
        out["again"] = qp.take_if_done(text)
        out["then_take"] = qp.take(text, lambda: False)
        """
    )
    assert out == {
        "while_working": None,
        "returned_at_once": True,
        "still_pending": True,
        "same": True,
        "reaped": True,
        "again": None,
        "then_take": None,
    }


def test_a_finished_child_of_another_text_or_that_failed_gives_nothing() -> None:
    out = _run(
        """
        qp.start(text)
        while not qp._pending.finished():
            time.sleep(0.005)
        out["other_text"] = qp.take_if_done(text + " “A different ending,” she said.")
        out["then_take_kills"] = qp.take(text + " “A different ending,” she said.", lambda: False)
        import desktop_app.core.quotes as engine
        def broken(text, cancelled=None):
            raise RuntimeError("engine broke")
        engine.extract_quotes = broken
        qp.start(text)
        while not qp._pending.finished():
            time.sleep(0.005)
        out["failed"] = qp.take_if_done(text)
        out["reaped"] = no_children_left()
        """
    )
    assert out == {"other_text": None, "then_take_kills": None, "failed": None, "reaped": True}


def test_another_text_is_not_taken_and_the_child_is_stopped() -> None:
    out = _run(
        """
        qp.start(text)
        out["taken"] = qp.take(text + " “A different ending,” she said.", lambda: False)
        out["reaped"] = no_children_left()
        """
    )
    assert out == {"taken": None, "reaped": True}


def test_a_child_that_fails_gives_nothing_and_the_engine_runs_as_always() -> None:
    out = _run(
        """
        import desktop_app.core.quotes as engine
        def broken(text, cancelled=None):
            raise RuntimeError("engine broke")
        engine.extract_quotes = broken  # the forked child inherits the broken engine
        qp.start(text)
        out["taken"] = qp.take(text, lambda: False)
        out["reaped"] = no_children_left()
        """
    )
    assert out == {"taken": None, "reaped": True}


def test_a_cancelled_wait_stops_the_child_at_once() -> None:
    out = _run(
        """
        long_text = text * 400  # about 2.5 MB: seconds of work for the child
        qp.start(long_text)
        started = time.perf_counter()
        out["taken"] = qp.take(long_text, lambda: time.perf_counter() - started > 0.2)
        out["waited_under_2s"] = time.perf_counter() - started < 2.0
        out["reaped"] = no_children_left()
        """
    )
    assert out == {"taken": None, "waited_under_2s": True, "reaped": True}


def test_a_child_nobody_takes_is_stopped_at_exit() -> None:
    out = _run(
        """
        one_long_paragraph = " ".join([" ".join(text.split())] * 2000)  # a second's work
        qp.start(one_long_paragraph)
        out["pid"] = qp._pending.pid
        """
    )
    pid = out["pid"]
    assert isinstance(pid, int)
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()


def test_no_fork_once_another_thread_runs() -> None:
    out = _run(
        """
        import threading
        stop = threading.Event()
        worker = threading.Thread(target=stop.wait)
        worker.start()
        out["available"] = qp.available()
        stop.set()
        worker.join()
        out["after"] = qp.available()
        """
    )
    assert out == {"available": False, "after": True}


def test_the_app_takes_its_first_article_s_quotations_from_the_child(tmp_path: Path) -> None:
    out = _run(
        f"""
        taken = []
        real_take, real_take_if_done = qp.take, qp.take_if_done
        def watched_take(text, cancelled):
            found = real_take(text, cancelled)
            taken.append(None if found is None else len(found))
            return found
        def watched_take_if_done(text):
            found = real_take_if_done(text)
            if found is not None:  # else the worker's take() waits for the child
                taken.append(len(found))
            return found
        qp.take, qp.take_if_done = watched_take, watched_take_if_done
        from desktop_app.app import main
        png = {str(tmp_path / "seed.png")!r}
        out["rc"] = main(["--screenshot", png, "--data-dir", {str(tmp_path / "d")!r}, sys.argv[1]])
        from desktop_app.core.quotes import extract_quotes
        out["taken"] = taken
        out["engine"] = len(extract_quotes(text))
        """
    )
    assert out["rc"] == 0
    assert out["taken"] == [out["engine"]]
    assert (tmp_path / "seed.png").stat().st_size > 0


_text = st.text(max_size=12)
_offset = st.integers(min_value=0, max_value=10_000)
_parts = st.lists(st.builds(QuotePart, _text, _offset, _offset), min_size=1, max_size=3)
_quotes = st.builds(
    Quote,
    _text,
    _offset,
    _offset,
    _parts.map(tuple),
    st.sampled_from(["speech", "mention"]),
    st.none() | _text,
    st.none() | _text,
    st.none() | _text,
)


@given(st.lists(_quotes, max_size=5))
def test_what_the_child_writes_reads_back_as_the_same_quotations(quotes: list[Quote]) -> None:
    data = marshal.dumps([qp._as_values(q) for q in quotes])
    assert qp._decoded(data) == quotes


_plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.binary(max_size=5),
    lambda inner: st.lists(inner, max_size=8) | st.lists(inner, max_size=8).map(tuple),
    max_leaves=30,
)


@given(_plain)
def test_anything_else_in_the_pipe_is_refused_not_raised(value: object) -> None:
    got = qp._decoded(marshal.dumps(value))
    assert got is None or all(qp._well_formed(q) for q in got)


def test_unreadable_bytes_are_refused() -> None:
    assert qp._decoded(b"\x00not marshal") is None
    assert qp._decoded(marshal.dumps([("quote", "0", 5, (("quote", 0, 5),), "speech")])) is None
    assert qp._decoded(None) is None
