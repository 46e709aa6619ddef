"""The main window: the seed as a reader view; opening files; bad input keeps the article."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFontMetricsF
from PySide6.QtWidgets import QMessageBox, QTextBrowser

from desktop_app.app import build_window
from desktop_app.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data" / "articles"
FORM_TEXT = ("Leave a Reply", "Your email address will not be published", "Required fields")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = build_window(["--data-dir", str(tmp_path / "data")])
    assert isinstance(win, MainWindow)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _blocks(view: QTextBrowser) -> list[str]:
    doc = view.document()
    return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]


def test_seed_article_renders_headline_body_and_no_form_text(window: MainWindow) -> None:
    view = window.findChild(QTextBrowser, "articleView")
    assert view is not None
    blocks = _blocks(view)
    assert "Russia and China are talking of cooperating on lunar exploration" in blocks
    body = blocks[
        blocks.index("Russia and China are talking of cooperating on lunar exploration") + 2 :
    ]
    assert len(body) == 7
    assert body[0].startswith("The Russian space agency Roscosmos expects")
    assert body[-1].endswith("and we are evaluating them all.”")
    shown = view.toPlainText()
    assert not any(form in shown for form in FORM_TEXT)
    assert "Russia’s intention" in shown  # typographic apostrophes kept
    assert "Russia and China" in window.windowTitle()


def test_category_kicker_and_reading_time_in_header(window: MainWindow) -> None:
    blocks = _blocks(window.article_view)
    assert blocks[0] == "Moon  ·  Space"  # drawn in small capitals
    assert "431 words" in blocks[2] and "min read" in blocks[2]


@pytest.mark.parametrize("name", ["probe.txt", "probe.md", "probe_page.html"])
def test_open_each_format(window: MainWindow, name: str) -> None:
    assert window.open_path(DATA / name)
    shown = window.article_view.toPlainText()
    assert "Probe lands on the far side" in shown
    assert "the quietest place in the inner solar system" in shown
    assert not any(form in shown for form in FORM_TEXT)
    assert window.article.title == "Probe lands on the far side"


def test_web_page_renders_no_script_image_or_handler_and_fetches_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    requested: list[str] = []
    view = window.article_view
    original = type(view).loadResource

    def spy(self: QTextBrowser, kind: int, url: QUrl) -> object:
        requested.append(url.toString())
        return original(self, kind, url)

    monkeypatch.setattr(type(view), "loadResource", spy)
    assert window.open_path(DATA / "probe_page.html")
    window.grab()  # paint it
    shown = view.toPlainText()
    for junk in ("alert", "onclick", "color:red", "pixel.png", "Buy now"):
        assert junk not in shown
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat() and not fmt.isAnchor()
            it += 1
        block = block.next()
    assert requested == []


def test_load_resource_returns_nothing_for_local_files(window: MainWindow) -> None:
    data = window.article_view.loadResource(2, QUrl("file:///dev/zero"))
    assert data.isEmpty()


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    folder = tmp_path / "folder"
    folder.mkdir()
    return {
        "empty": (empty, "is empty"),
        "binary": (binary, "binary data"),
        "huge": (huge, "too large"),
        "missing": (tmp_path / "nope.txt", "does not exist"),
        "directory": (folder, "is a folder"),
    }


def _unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("Headline\n\nBody text.\n", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: fail the open the way it fails for others
        real_open = Path.open

        def denied(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", denied)
    return path


@pytest.mark.parametrize("case", ["empty", "binary", "huge", "missing", "directory", "unreadable"])
def test_bad_input_shows_a_message_and_keeps_the_article(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    before = window.article_view.toPlainText()
    if case == "unreadable":
        path, message = _unreadable(tmp_path, monkeypatch), "permission denied"
    else:
        path, message = _bad_inputs(tmp_path)[case]
    assert not window.open_path(path)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert message in box.text()
    assert window.article_view.toPlainText() == before
    assert "Russia and China" in window.windowTitle()
    box.accept()


def test_file_open_dialog_opens_the_chosen_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(DATA / "probe.md"), "")
    )
    window.open_action.trigger()
    assert window.article.title == "Probe lands on the far side"
    assert window.open_action.shortcut().toString() == "Ctrl+O"


def test_drop_a_file_opens_it(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "probe.txt"))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.article.title == "Probe lands on the far side"


def test_text_column_keeps_a_comfortable_measure(window: MainWindow) -> None:
    view = window.article_view
    for width in (800, 1280, 2560):
        window.resize(width, 800)
        fmt = view.document().rootFrame().frameFormat()
        column = view.viewport().width() - fmt.leftMargin() - fmt.rightMargin()
        chars = column / QFontMetricsF(view.document().defaultFont()).averageCharWidth()
        assert 35 <= chars <= 85, (width, chars)
        assert fmt.leftMargin() >= view.document().documentMargin()  # text never touches the edge


def test_a_pages_machine_date_is_shown_as_the_reader_writes_dates(window: MainWindow) -> None:
    from PySide6.QtCore import QLocale

    from desktop_app.ui.article_document import reader_date

    assert reader_date("2024-03-05", QLocale("en_US")) == "March 5, 2024"
    assert reader_date("2024-03-05T10:00:00+00:00", QLocale("en_GB")) == "5 March 2024"
    assert reader_date("April 2, 2021") == "April 2, 2021"  # a plain-text article's own words
    assert window.open_path(DATA / "probe_page.html")  # published 2024-03-05
    shown = window.findChild(QTextBrowser, "articleView").toPlainText()
    assert reader_date("2024-03-05") in shown and "2024-03-05" not in shown
