"""The comment thread under an article, and the panel that ties it to the dialog."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDateTime, QLocale, QPoint, QSettings, Qt, QTimeZone, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.article import Article, PageComment
from desktop_app.core.comment_store import Comment, CommentStore, quote_ref
from desktop_app.core.quote_types import Quote, QuotePart
from desktop_app.ui import safe_browser
from desktop_app.ui.comments_panel import CommentsPanel
from desktop_app.ui.comments_view import (
    EMPTY_TEXT,
    INDENT_PX,
    MAX_INDENT_LEVELS,
    CommentsView,
    local_date,
    responses_header,
    thread_order,
)

ARTICLE = "https://example.org/news/story"
HOSTILE = "<b>x</b><script>alert(1)</script><img src=http://example.com/x.png>"


def comment(content: str, author: str = "Ann", **kw: object) -> Comment:
    fields: dict[str, object] = {"email": f"{author.lower()}@secret.example", "content": content}
    fields.update(kw)
    return Comment.new(ARTICLE, author=author, **fields)  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot: QtBot) -> CommentsView:
    v = CommentsView()
    qtbot.addWidget(v)
    v.resize(600, 500)
    v.show()
    return v


def margin_of(view: CommentsView, text: str) -> float:
    cursor = view.document().find(text)
    assert not cursor.isNull(), text
    return cursor.blockFormat().leftMargin()


# --- header and basics -----------------------------------------------------------------------


def test_header_counts(view: CommentsView) -> None:
    assert view.objectName() == "commentsView"
    assert view.toPlainText().startswith(EMPTY_TEXT)
    assert EMPTY_TEXT == "No responses yet — be the first to leave a reply"
    view.set_comments([comment("one")])
    assert view.toPlainText().startswith("1 Response\n")
    view.set_comments([comment("one"), comment("two"), comment("three")])
    assert view.toPlainText().startswith("3 Responses\n") and view.count == 3
    assert responses_header(1000) == "1,000 Responses"


def test_author_date_and_text_shown_but_never_the_email(view: CommentsView) -> None:
    c = comment("Nice.", author="Ann Reader", website="https://ann.example.org")
    view.set_comments([c])
    text = view.toPlainText()
    assert "Ann Reader" in text and "Nice." in text and local_date(c.created) in text
    assert "secret.example" not in text and "secret.example" not in view.toHtml()


def test_multiline_text_and_spaces_are_kept(view: CommentsView) -> None:
    view.set_comments([comment("line one\n\nline  three")])
    assert "line one\n\nline  three" in view.toPlainText().replace("\u2028", "\n")


# --- plain text, never HTML ------------------------------------------------------------------


def test_html_and_script_are_shown_literally(view: CommentsView) -> None:
    view.set_comments([comment(HOSTILE, author="<i>Mallory</i>")])
    text = view.toPlainText()
    assert HOSTILE in text and "<i>Mallory</i>" in text
    # Nothing became markup: no image, no bold run, no extra anchors.
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat()
            if it.fragment().text() == "x":
                pytest.fail("the <b> in a comment was rendered")
            it += 1
        block = block.next()


def test_nothing_is_ever_loaded(view: CommentsView) -> None:
    for url in ("http://example.com/x.png", "file:///dev/zero", "file:///etc/passwd"):
        assert (
            view.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl(url))
            == QByteArray()
        )
    assert not view.openLinks() and not view.openExternalLinks()


def test_control_characters_do_not_break_the_view(view: CommentsView) -> None:
    view.set_comments([comment("a\x00b\x1bc\u2028d\ufffe")])
    assert view.count == 1 and "1 Response" in view.toPlainText()


# --- threads ---------------------------------------------------------------------------------


def test_replies_are_indented_under_their_parent_in_order(view: CommentsView) -> None:
    def at(minute: int, c: Comment) -> Comment:
        return Comment(**{**c.to_dict(), "created": f"2024-05-01T12:{minute:02d}:00.000Z"})

    a = at(1, comment("alpha-root"))
    b = at(2, comment("beta-child", author="Bob", parent_id=a.id))
    c = at(3, comment("gamma-root", author="Cy"))
    d = at(4, comment("delta-grandchild", author="Di", parent_id=b.id))
    e = at(5, comment("epsilon-child", author="Ed", parent_id=a.id))
    view.set_comments([e, d, c, b, a])  # any order in, thread order out
    text = view.toPlainText()
    order = ["alpha-root", "beta-child", "delta-grandchild", "epsilon-child", "gamma-root"]
    assert [text.index(t) for t in order] == sorted(text.index(t) for t in order)
    assert margin_of(view, "alpha-root") == 0 == margin_of(view, "gamma-root")
    assert margin_of(view, "beta-child") == INDENT_PX == margin_of(view, "epsilon-child")
    assert margin_of(view, "delta-grandchild") == 2 * INDENT_PX
    assert "in reply to Bob" in text


def test_indentation_is_capped(view: CommentsView) -> None:
    chain = [comment("level 0")]
    for depth in range(1, 15):
        chain.append(comment(f"level {depth}", author=f"U{depth}", parent_id=chain[-1].id))
    view.set_comments(chain)
    assert margin_of(view, "level 14") == MAX_INDENT_LEVELS * INDENT_PX
    assert view.count == 15


def test_orphans_and_cycles_are_shown_not_lost() -> None:
    orphan = comment("orphan", parent_id="gone")
    x = comment("x", author="X")
    y = comment("y", author="Y", parent_id=x.id)
    x = Comment(**{**x.to_dict(), "parent_id": y.id})  # x <-> y: a hand-edited file
    selfish = Comment(**{**comment("self").to_dict(), "parent_id": "me"})
    selfish = Comment(**{**selfish.to_dict(), "id": "me"})
    ordered = thread_order([orphan, x, y, selfish])
    assert sorted(c.id for c, _ in ordered) == sorted(c.id for c in (orphan, x, y, selfish))
    assert dict((c.id, d) for c, d in ordered)[orphan.id] == 0


def test_quote_block_is_shown(view: CommentsView) -> None:
    view.set_comments([comment("About that.", quote=quote_ref("We will win", "Jane Doe", 1, 12))])
    text = view.toPlainText()
    assert "“We will win” — Jane Doe" in text
    assert text.index("We will win") < text.index("About that.")


# --- links -----------------------------------------------------------------------------------


def anchor_point(view: CommentsView, text: str, occurrence: int = 0) -> QPoint:
    cursor = QTextCursor(view.document())
    for _ in range(occurrence + 1):
        cursor = view.document().find(text, cursor)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    return view.cursorRect(cursor).center()


def test_reply_link_click_emits_reply_requested(qtbot: QtBot, view: CommentsView) -> None:
    first, second = comment("first"), comment("second", author="Bob")
    view.set_comments([first, second])
    with qtbot.waitSignal(view.reply_requested) as signal:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, "Reply", 1)
        )
    assert signal.args == [second]


def test_reply_link_by_keyboard(qtbot: QtBot, view: CommentsView) -> None:
    only = comment("only")
    view.set_comments([only])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # first link (there is no author link)
    with qtbot.waitSignal(view.reply_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [only]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        safe_browser.QDesktopServices, "openUrl", lambda url: urls.append(url.toString())
    )
    return urls


def test_author_links_open_only_on_click_and_only_http(
    qtbot: QtBot, view: CommentsView, opened: list[str]
) -> None:
    view.set_comments([comment("hi", author="Ann", website="https://ann.example.org/")])
    assert opened == []  # showing opens nothing
    assert 'href="https://ann.example.org/"' in view.toHtml()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(view, "Ann"))
    assert opened == ["https://ann.example.org/"]
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "reply:nope"):
        view.anchorClicked.emit(QUrl(bad))
    assert opened == ["https://ann.example.org/"]


def test_a_non_http_website_in_the_file_is_not_a_link(view: CommentsView) -> None:
    view.set_comments([comment("hi", author="Eve", website="javascript:alert(1)")])
    assert "javascript" not in view.toHtml()


# --- dates -----------------------------------------------------------------------------------


def test_date_in_the_readers_locale_and_time_zone() -> None:
    german = QLocale("de_DE")
    expected = QDateTime(2024, 5, 1, 12, 34, 56, 789, QTimeZone.utc()).toLocalTime()
    assert local_date("2024-05-01T12:34:56.789Z", german) == german.toString(
        expected, QLocale.FormatType.ShortFormat
    )
    assert local_date("2024-05-01T12:34:56Z", german).startswith("01.05.24")
    assert local_date("not a date") == "not a date"


def test_date_without_a_locale_is_written_out_unambiguously() -> None:
    # Qt's "C" locale would write "15 03 2024 12:00"
    assert re.fullmatch(
        r"1[45] Mar 2024, \d\d:\d\d", local_date("2024-03-15T12:00:00Z", QLocale.c())
    )


# --- the page's own comments -----------------------------------------------------------------


def test_page_comments_are_a_separate_read_only_section(view: CommentsView) -> None:
    view.set_comments(
        [comment("mine")], (PageComment("Pat", HOSTILE, "May 1, 2024"), PageComment("", "anon"))
    )
    text = view.toPlainText()
    assert "1 Response" in text
    assert "Comments from the page (2)" in text
    section = text[text.index("Comments from the page") :]
    assert "Pat · from the page · May 1, 2024" in section and HOSTILE in section
    assert "Anonymous · from the page" in section
    assert "Reply" not in section and "mine" not in section


def test_page_comment_replies_are_indented_under_the_comment_they_answer(
    view: CommentsView,
) -> None:
    view.set_comments(
        [],
        (
            PageComment("Ann", "page-root", "2024-03-05T10:00:00+00:00"),
            PageComment("Bo", "page-reply", depth=1, reply_to="Ann"),
            PageComment("Cy", "page-deep", depth=12, reply_to="Bo"),
        ),
    )
    assert margin_of(view, "page-root") == 0
    assert margin_of(view, "page-reply") == INDENT_PX
    assert margin_of(view, "page-deep") == MAX_INDENT_LEVELS * INDENT_PX
    text = view.toPlainText()
    assert "Bo · from the page · in reply to Ann" in text
    assert "Cy · from the page · in reply to Bo" in text
    # a machine date from the page's markup is shown as the reader's dates are
    assert f"Ann · from the page · {local_date('2024-03-05T10:00:00+00:00')}" in text
    assert "T10:00:00" not in text


# --- speed -----------------------------------------------------------------------------------


def test_a_thousand_comments_show_quickly(qtbot: QtBot, view: CommentsView) -> None:
    comments: list[Comment] = []
    for i in range(1000):
        parent = comments[i // 2].id if i % 3 == 0 and comments else None
        comments.append(
            comment(f"Comment number {i}. " * 5, author=f"Reader {i}", parent_id=parent)
        )
    view.set_comments(comments[:10])  # warm up fonts
    start = time.perf_counter()
    view.set_comments(comments)
    qtbot.wait(1)
    elapsed = time.perf_counter() - start
    assert view.count == 1000
    assert elapsed < 1.0  # the target is 150 ms (bench/comments.py); this machine is shared


# --- the panel -------------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot: QtBot, tmp_path: Path) -> CommentsPanel:
    store = CommentStore(tmp_path / "data" / "comments.json")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    p = CommentsPanel(store, settings=settings)
    qtbot.addWidget(p)
    p.show()
    return p


ARTICLE_OBJ = Article(
    title="Story",
    paragraphs=("Body.",),
    url=ARTICLE,
    page_comments=(PageComment("Pat", "From the page"),),
)


def post_through(qtbot: QtBot, panel: CommentsPanel, text: str = "Hello there") -> Comment:
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    for name, value in (("comment", text), ("name", "Ann"), ("email", "ann@example.org")):
        dialog.editors[name].setFocus()
        qtbot.keyClicks(dialog.editors[name], value)
    with qtbot.waitSignal(panel.comment_posted) as signal:
        qtbot.mouseClick(dialog.findChild(QPushButton, "postButton"), Qt.MouseButton.LeftButton)
    return signal.args[0]


def test_panel_button_opens_dialog_and_new_comment_shows_at_once(
    qtbot: QtBot, panel: CommentsPanel
) -> None:
    button = panel.findChild(QPushButton, "commentButton")
    assert button is not None and button.text() == "Leave a Reply" and not button.isEnabled()
    panel.set_article(ARTICLE_OBJ)
    assert button.isEnabled()
    assert "Comments from the page (1)" in panel.view.toPlainText()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.dialog is not None and panel.dialog.objectName() == "commentDialog"
    saved = post_through(qtbot, panel)
    assert "1 Response" in panel.view.toPlainText() and saved.content in panel.view.toPlainText()

    # Reply from the thread's Reply link.
    panel.view.reply_requested.emit(saved)
    assert panel.dialog is not None and panel.dialog.windowTitle() == "Reply to Ann"
    reply = post_through(qtbot, panel, "A reply")
    assert reply.parent_id == saved.id
    assert margin_of(panel.view, "A reply") == INDENT_PX


def test_panel_comment_on_quote(qtbot: QtBot, panel: CommentsPanel) -> None:
    panel.set_article(ARTICLE_OBJ)
    quote = Quote("Body", 0, 4, (QuotePart("Body", 0, 4),), speaker="Someone")
    dialog = panel.comment_on_quote(quote)
    assert dialog is not None
    shown = dialog.findChild(QLabel, "commentQuote")
    assert shown is not None and shown.text() == "“Body” — Someone"
    saved = post_through(qtbot, panel, "On the quote")
    assert saved.quote == {"text": "Body", "speaker": "Someone", "start": 0, "end": 4}
    assert "“Body” — Someone" in panel.view.toPlainText()


def test_panel_without_article_opens_nothing(panel: CommentsPanel) -> None:
    assert panel.new_comment() is None and panel.comment_on_quote(None) is None


def test_panel_reports_store_problems(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "comments.json"
    path.write_text("{not json")
    panel = CommentsPanel(CommentStore(path))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.problem_found) as signal:
        panel.set_article(ARTICLE_OBJ)
    assert "damaged" in signal.args[0] and panel.problem == signal.args[0]
    assert not path.exists()  # set aside, not overwritten
    assert list(tmp_path.glob("comments.json.corrupt-*"))


def test_panel_reload_shows_comments_from_another_instance(panel: CommentsPanel) -> None:
    panel.set_article(ARTICLE_OBJ)
    CommentStore(panel.store.path).add(comment("from the other window"))
    panel.reload()
    assert "from the other window" in panel.view.toPlainText()


def test_panel_shows_comments_filed_under_the_id_an_earlier_version_gave_the_article(
    qtbot: QtBot, panel: CommentsPanel
) -> None:
    """Versions before 2026-11-25 read a category line right above the headline as part of it,
    and filed the article's comments under that reading's id."""
    from desktop_app.core.article import parse_plain_text

    article = parse_plain_text("Technology Business\nBrellwick apologises\n\nThe body.\n\nMore.")
    assert article.title == "Brellwick apologises" and article.former_ids
    store = CommentStore(panel.store.path)
    filed = {"author": "Ann", "email": "ann@example.org"}
    old = store.add(Comment.new(article.former_ids[0], content="Filed before", **filed))
    other = store.add(Comment.new("sha256:" + "0" * 32, content="Elsewhere", **filed))
    panel.set_article(article)
    shown = panel.view.toPlainText()
    assert old.content in shown and other.content not in shown
    panel.new_comment()
    reply = post_through(qtbot, panel, "Filed now")
    assert reply.article_id == article.article_id  # new comments go under the id of today
    assert "2 Responses" in panel.view.toPlainText()
