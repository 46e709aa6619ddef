"""Entry point: `article-viewer [PATH]`, `article-viewer quotes PATH`, `--screenshot`, `--version`.

Start-up is kept lean: the command line is parsed and the article loaded before Qt is
imported, and nothing heavy (HTML extraction, email validation) is imported until needed.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.article import Article, ArticleError, load_article

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMainWindow

PROG = "article-viewer"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read a news article, see every quotation with its speaker, leave comments.",
        epilog="Also: 'article-viewer quotes [--format json|csv|markdown] PATH' prints the quotes.",
    )
    parser.add_argument("path", nargs="?", help="article to open: .txt, .md or a saved .html page")
    parser.add_argument("--data-dir", type=Path, help="where comments are stored")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="lay the window out at 1280x800, save a PNG, exit"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def _load(path: str | None) -> Article:
    if path is None:
        from desktop_app.resources import default_article_path

        path = str(default_article_path())
    return load_article(path)


def _data_dir(arg: Path | None) -> Path:
    if arg is not None:
        return arg
    import platformdirs

    return Path(platformdirs.user_data_dir("article-viewer", appauthor=False))


def build_window(argv: list[str]) -> QMainWindow:
    """The main window for command-line style arguments, without starting the event loop.

    A QApplication must exist. Raises ArticleError when the article cannot be opened.
    """
    args = _parser().parse_args(argv)
    return _window(args, _load(args.path))


def _settings_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("article-viewer", appauthor=False)) / "settings.ini"


def _window(args: argparse.Namespace, article: Article) -> QMainWindow:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    return MainWindow(
        article, data_dir=_data_dir(args.data_dir), settings=Settings(_settings_path())
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["quotes"]:
        from desktop_app.quotes_cli import main as quotes_main

        return quotes_main(argv[1:])
    args = _parser().parse_args(argv)
    if args.version:
        import desktop_app

        print(f"{PROG} {desktop_app.__version__}")
        return 0
    try:
        article = _load(args.path)
    except ArticleError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
    _prefetch_quotes(article)
    gc.disable()  # until the window is ready: see _start_up_done
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    _drop_feature_import_hook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(PROG)
    app.setOrganizationName(PROG)
    app.setApplicationDisplayName("Article Viewer")
    from desktop_app.ui.app_icon import APP_ID, app_icon

    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the .desktop entry
    app.setWindowIcon(app_icon())
    try:
        window = _window(args, article)
    except BaseException:
        gc.enable()
        raise
    if args.screenshot:
        try:
            return _screenshot(window, args.screenshot)
        finally:
            _start_up_done()
    _when_ready(window, _start_up_done)
    window.show()
    return app.exec()


def _prefetch_quotes(article: Article) -> None:
    """Have a child process find the article's quotations while Qt starts (Linux only).

    Only before Qt is imported: forking a process that runs Qt's threads is not safe.
    """
    if "PySide6" in sys.modules:  # main() called from a process that already runs Qt
        return
    from desktop_app.core import quote_prefetch

    if quote_prefetch.available():
        quote_prefetch.start(article.text)


def _drop_feature_import_hook() -> None:
    """Hand Python's import statement back from PySide6's ``__feature__`` hook.

    Importing PySide6 replaces ``builtins.__import__`` with a hook that serves
    ``from __feature__ import snake_case`` (or ``true_property``). It runs on every import
    statement after that and reads the source of each module imported for the first time, to
    see whether it names PySide6: about 60 modules at start-up, 1.8% of its instructions. The
    app selects no feature, so the hook only costs; PySide6 works without it (it does not
    install it on PyPy). Only the app's own process drops it: ``main()``, once PySide6 is
    imported.
    """
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    if original is not None and builtins.__import__ is getattr(
        builtins, "__feature_import__", None
    ):
        builtins.__import__ = original


def _start_up_done() -> None:
    """Turn the garbage collector back on, with what start-up built kept out of its way.

    Start-up allocates hundreds of thousands of objects (Qt's enums alone are 4,000 members),
    almost none of them garbage, and the collector would walk them over and over: about 10 ms
    of start-up, and a full pass over all of them again when the app quits. So it is off
    until the window is ready, and then everything alive is frozen (``gc.freeze``: moved to
    a generation that later collections skip); objects freed later by reference counting go
    as usual. Called once; calling it again does nothing.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _pending_ready(window: QMainWindow) -> Any:
    """The window's ``ready`` signal while its quotations are still being listed, else None."""
    ready = getattr(window, "ready", None)
    return None if ready is None or getattr(window, "is_ready", lambda: True)() else ready


def _when_ready(
    window: QMainWindow, callback: Callable[[], None], *, timeout_ms: int = 5_000
) -> None:
    """Call ``callback`` once: when the window has listed its first article's quotations, or
    after ``timeout_ms`` whatever happens to the extraction."""
    from PySide6.QtCore import QTimer

    ready = _pending_ready(window)
    if ready is None:
        callback()
        return
    called = False

    def once() -> None:
        nonlocal called
        if called:
            return
        called = True
        with contextlib.suppress(RuntimeError):  # the window may be gone by then
            ready.disconnect(once)
        callback()

    ready.connect(once)
    QTimer.singleShot(timeout_ms, once)


def _screenshot(window: QMainWindow, out: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    ready = _pending_ready(window)
    if ready is not None:
        ready.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)  # never hang a docs build
        loop.exec()
    # Layout requests (the status bar's, a splitter's) are posted events: deliver them so the
    # window is laid out. Not processEvents(): that would also paint the whole window once
    # before grab() paints it again.
    QApplication.sendPostedEvents()
    if not window.grab().save(out):
        print(f"{PROG}: could not save the screenshot to {out}", file=sys.stderr)
        return 1
    return 0
