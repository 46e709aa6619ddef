"""Start-up's garbage collection: off while the window is built, back on once it is ready."""

from __future__ import annotations

import builtins
import gc
import inspect
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from desktop_app import app
from desktop_app.app import build_window

SEED = Path(__file__).parents[2] / "resources" / "article.txt"
DATA = Path(__file__).parents[1] / "data" / "articles"


@pytest.fixture(autouse=True)
def _import_statement_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """main() hands Python's import statement back from PySide6 for good: not in the tests."""
    monkeypatch.setattr(builtins, "__import__", builtins.__import__)


@pytest.fixture
def freezes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Record ``gc.freeze`` calls instead of freezing the test process's objects."""
    calls: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(True))
    yield calls
    gc.enable()  # whatever a failing test left behind


def screenshot_of_the_seed(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_build: Callable[[], None]
) -> Path:
    """Run ``main(["--screenshot", ...])`` on the seed, calling ``on_build`` as the window is
    built (which the test's qtbot then owns); the PNG written."""
    build = app._window

    def watched_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_build()
        window = build(*args, **kwargs)
        qtbot.addWidget(window)
        return window

    monkeypatch.setattr(app, "_window", watched_build)
    png = tmp_path / "seed.png"
    assert app.main(["--screenshot", str(png), "--data-dir", str(tmp_path / "d"), str(SEED)]) == 0
    assert png.stat().st_size > 0
    return png


def test_a_screenshot_run_builds_with_the_collector_off_and_ends_with_it_on(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, freezes: list[bool]
) -> None:
    during_build: list[bool] = []
    screenshot_of_the_seed(
        qtbot, tmp_path, monkeypatch, lambda: during_build.append(gc.isenabled())
    )
    assert during_build == [False]
    assert gc.isenabled()
    assert freezes == [True]


def test_a_bad_path_leaves_the_collector_on(tmp_path: Path, freezes: list[bool]) -> None:
    assert app.main(["--screenshot", str(tmp_path / "x.png"), str(tmp_path / "missing.txt")]) == 1
    assert gc.isenabled()
    assert freezes == []


def test_start_up_ends_once_when_the_first_article_is_ready(
    qtbot, tmp_path: Path, freezes: list[bool]
) -> None:
    window = build_window(["--data-dir", str(tmp_path / "d")])
    qtbot.addWidget(window)
    calls: list[int] = []
    app._when_ready(window, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1])
    window.open_path(str(DATA / "probe.txt"))  # type: ignore[attr-defined]
    qtbot.waitUntil(window.is_ready)  # type: ignore[attr-defined]
    assert calls == [1]


class _NeverReady(QObject):
    ready = Signal()

    def is_ready(self) -> bool:
        return False


def test_start_up_ends_after_a_while_even_if_the_window_never_gets_ready(qtbot) -> None:
    window = _NeverReady()
    calls: list[int] = []
    app._when_ready(window, lambda: calls.append(1), timeout_ms=50)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: calls == [1])
    window.ready.emit()  # late: the callback is not called again
    assert calls == [1]


def test_start_up_done_turns_the_collector_back_on_once(freezes: list[bool]) -> None:
    gc.disable()
    app._start_up_done()
    app._start_up_done()
    assert gc.isenabled()
    assert freezes == [True]


def test_build_window_leaves_the_collector_alone(qtbot, tmp_path: Path) -> None:
    window: QMainWindow = build_window(["--data-dir", str(tmp_path / "d")])
    qtbot.addWidget(window)
    assert gc.isenabled()


def test_the_screenshot_is_the_window_as_it_shows_once_every_event_is_handled(
    qtbot, tmp_path: Path
) -> None:
    """``--screenshot`` delivers the posted layout requests but does not paint the window
    before grabbing it: the PNG must still be exactly what the laid-out window shows."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    window: QMainWindow = build_window(["--data-dir", str(tmp_path / "d"), str(SEED)])
    qtbot.addWidget(window)
    png = tmp_path / "seed.png"
    assert app._screenshot(window, str(png)) == 0
    status = window.statusBar().currentMessage()
    assert "quotation" in status  # the quotations were listed before the grab
    QApplication.processEvents()
    shown = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    saved = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    assert saved.size() == shown.size()
    assert saved == shown


def test_after_start_up_imports_no_longer_read_each_module_source(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, freezes: list[bool]
) -> None:
    """PySide6's ``__feature__`` hook reads the source of every module imported after it; the
    app selects no feature, so main() gives Python its own import statement back."""
    read: list[str] = []
    real_getsource = inspect.getsource

    def getsource(obj: object) -> str:
        read.append(getattr(obj, "__name__", "?"))
        return real_getsource(obj)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", getsource)

    def import_afresh(name: str) -> None:
        monkeypatch.delitem(sys.modules, name, raising=False)
        exec(f"import {name}", {"__name__": "probe"})

    import_afresh("colorsys")
    assert read == ["colorsys"]  # the hook is there before the app starts
    screenshot_of_the_seed(qtbot, tmp_path, monkeypatch, lambda: None)
    read.clear()
    import_afresh("graphlib")
    assert read == []
