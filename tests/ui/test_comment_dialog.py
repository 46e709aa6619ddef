"""The real "Leave a Reply" dialog, driven by typing and clicking."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.comment_rules import validate
from desktop_app.core.comment_store import Comment, CommentStore, StoreError
from desktop_app.core.quote_types import Quote, QuotePart
from desktop_app.ui.comment_dialog import REMEMBER_TEXT, CommentDialog
from desktop_app.ui.comments_view import CommentsView

ARTICLE = "https://example.org/news/story"
MakeDialog = Callable[..., CommentDialog]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "comments.json"


@pytest.fixture
def store(store_path: Path) -> CommentStore:
    return CommentStore(store_path)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_dialog(qtbot: QtBot, store: CommentStore, qsettings: QSettings) -> MakeDialog:
    def make(**kw: object) -> CommentDialog:
        dialog = CommentDialog(store, ARTICLE, settings=qsettings, **kw)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def fill(qtbot: QtBot, dialog: CommentDialog, **fields: str) -> None:
    """Type into the named fields (comment, name, email, website) like a user."""
    for field, text in fields.items():
        editor = dialog.editors[field]
        editor.setFocus()
        for i, line in enumerate(text.split("\n")):  # QTest.keyClicks asserts on "\n"
            if i:
                qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.keyClicks(editor, line)


def click_post(qtbot: QtBot, dialog: CommentDialog) -> None:
    button = dialog.findChild(QPushButton, "postButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def label(dialog: CommentDialog, name: str) -> QLabel:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found


def error_texts(dialog: CommentDialog) -> dict[str, str]:
    """The inline messages the reader can see, by field."""
    out = {}
    for field in ("comment", "name", "email", "website"):
        label = dialog.findChild(QLabel, f"{field}Error")
        assert label is not None
        if not label.isHidden():
            out[field] = label.text()
    return out


VALID = {"comment": "Thanks for this article.", "name": "Ann Reader", "email": "ann@example.org"}


# --- the form --------------------------------------------------------------------------------


def test_form_has_the_named_fields_labels_and_notes(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    assert dialog.objectName() == "commentDialog"
    assert dialog.windowTitle() == "Leave a Reply"
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"Comment *", "Name *", "Email *", "Website"} <= labels
    assert any("Your email address will not be published." in t for t in labels)
    assert any("Required fields are marked *" in t for t in labels)
    for name in (
        "commentEdit",
        "nameEdit",
        "emailEdit",
        "websiteEdit",
        "rememberCheck",
        "postButton",
    ):
        assert dialog.findChild(QObject, name) is not None, name
    assert dialog.comment_edit.metaObject().className() == "QPlainTextEdit"
    assert dialog.remember_check.text() == REMEMBER_TEXT
    assert REMEMBER_TEXT == "Save my name, email, and website for the next time I comment."
    assert dialog.post_button.text() == "Post Comment" and dialog.post_button.isDefault()
    assert error_texts(dialog) == {}
    assert dialog.focusWidget() is dialog.comment_edit


def test_empty_form_shows_every_required_message_and_writes_nothing(
    qtbot: QtBot, make_dialog: MakeDialog, store_path: Path
) -> None:
    dialog = make_dialog()
    click_post(qtbot, dialog)
    assert error_texts(dialog) == {
        "comment": "Please write a comment.",
        "name": "Please enter your name.",
        "email": "Please enter your email address.",
    }
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.focusWidget() is dialog.comment_edit
    assert not store_path.exists()


LONG = {
    "comment": "x" * 65_526,
    "name": "n" * 246,
    "email": "a" * 60 + "@" + "b" * 36 + ".org",
    "website": "https://example.org/" + "p" * 181,
}


@pytest.mark.parametrize(
    ("typed", "field", "message"),
    [
        ({"comment": "   "}, "comment", "Please write a comment."),
        ({"name": "   "}, "name", "Please enter your name."),
        ({"email": "   "}, "email", "Please enter your email address."),
        (
            {"email": "ann"},
            "email",
            "An email address must have an @-sign. "
            "Please enter an address such as name@example.com.",
        ),
        (
            {"email": "ann@example"},
            "email",
            "The part after the @-sign is not valid. It should have a period. "
            "Please enter an address such as name@example.com.",
        ),
        (
            {"website": "javascript:alert(1)"},
            "website",
            "Only web addresses starting with http:// or https:// are allowed "
            "(this one starts with “javascript:”).",
        ),
        (
            {"website": "ftp://example.org"},
            "website",
            "Only web addresses starting with http:// or https:// are allowed "
            "(this one starts with “ftp:”).",
        ),
        (
            {"website": "my site"},
            "website",
            "A web address cannot contain spaces. Please enter a web address such as https://example.org.",
        ),
        (
            {"comment": LONG["comment"]},
            "comment",
            "Your comment is too long: 65,526 characters; at most 65,525 are allowed.",
        ),
        (
            {"name": LONG["name"]},
            "name",
            "Your name is too long: 246 characters; at most 245 are allowed.",
        ),
        (
            {"email": LONG["email"]},
            "email",
            "Your email address is too long: 101 characters; at most 100 are allowed.",
        ),
        (
            {"website": LONG["website"]},
            "website",
            "The website address is too long: 201 characters; at most 200 are allowed.",
        ),
    ],
)
def test_each_rule_shows_its_message_beside_its_field(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    store_path: Path,
    typed: dict[str, str],
    field: str,
    message: str,
) -> None:
    dialog = make_dialog()
    values = {**VALID, **typed}
    for name, text in values.items():
        if len(text) > 300:  # typing 65,000 keys takes minutes: paste it
            editor = dialog.editors[name]
            editor.setPlainText(text) if name == "comment" else editor.setText(text)  # type: ignore[union-attr]
        else:
            fill(qtbot, dialog, **{name: text})
    click_post(qtbot, dialog)
    assert error_texts(dialog) == {field: message}
    assert dialog.focusWidget() is dialog.editors[field]
    assert dialog.isVisible()
    assert dialog.fields() == {"website": "", **values}  # everything typed is kept
    assert not store_path.exists()


def test_first_invalid_field_gets_focus(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, comment="Hello", email="bad", website="ftp://x.org")
    click_post(qtbot, dialog)
    assert set(error_texts(dialog)) == {"name", "email", "website"}
    assert dialog.focusWidget() is dialog.name_edit


def test_messages_follow_the_typing_after_a_first_post(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog()
    click_post(qtbot, dialog)
    fill(qtbot, dialog, name="Ann")
    assert "name" not in error_texts(dialog)
    fill(qtbot, dialog, email="ann@")
    assert error_texts(dialog)["email"].startswith("There must be something after the @-sign.")


def test_nothing_written_while_invalid_then_valid_comment_saved_reloaded_and_shown(
    qtbot: QtBot, make_dialog: MakeDialog, store_path: Path
) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, comment="Thanks for this article.", name="Ann Reader", email="ann@example")
    click_post(qtbot, dialog)
    assert not store_path.exists()

    dialog.email_edit.clear()
    fill(qtbot, dialog, email="ann@example.org", website="ann.example.org")
    with qtbot.waitSignal(dialog.comment_posted) as posted:
        click_post(qtbot, dialog)
    saved = posted.args[0]
    assert isinstance(saved, Comment)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert (saved.author, saved.email, saved.website, saved.content) == (
        "Ann Reader",
        "ann@example.org",
        "https://ann.example.org",
        "Thanks for this article.",
    )
    assert saved.article_id == ARTICLE and saved.parent_id is None and saved.quote is None

    # A restart: a new store reads the file; the view shows the comment, never the email.
    data = json.loads(store_path.read_text(encoding="utf-8"))
    assert [c["id"] for c in data["comments"]] == [saved.id]
    reloaded = CommentStore(store_path).comments_for(ARTICLE)
    assert reloaded == [saved]
    view = CommentsView()
    qtbot.addWidget(view)
    view.set_comments(reloaded)
    text = view.toPlainText()
    assert "1 Response" in text and "Ann Reader" in text and "Thanks for this article." in text
    assert "ann@example.org" not in text and "ann@example.org" not in view.toHtml()


def test_enter_in_a_line_edit_posts(
    qtbot: QtBot, make_dialog: MakeDialog, store_path: Path
) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, **VALID)
    with qtbot.waitSignal(dialog.comment_posted):
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert store_path.exists()


def test_enter_in_the_comment_is_a_new_line(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, comment="one")
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.comment_edit, "two")
    assert dialog.comment_edit.toPlainText() == "one\ntwo" and dialog.isVisible()


def test_duplicate_is_shown_in_the_dialog_which_stays_open(
    qtbot: QtBot, make_dialog: MakeDialog, store_path: Path
) -> None:
    first = make_dialog()
    fill(qtbot, first, **VALID)
    click_post(qtbot, first)
    before = store_path.read_bytes()

    again = make_dialog()
    fill(qtbot, again, **{**VALID, "comment": "Thanks  for this\narticle."})
    click_post(qtbot, again)
    problem = label(again, "storeError")
    assert not problem.isHidden()
    assert problem.text() == (
        "You have already posted this comment on this article. "
        "Change the text if you want to post again."
    )
    assert again.isVisible() and again.comment_edit.toPlainText() == "Thanks  for this\narticle."
    assert store_path.read_bytes() == before


def test_a_failed_save_is_shown_and_nothing_typed_is_lost(
    qtbot: QtBot, make_dialog: MakeDialog, store: CommentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(comment: Comment) -> Comment:
        raise StoreError("Your comment could not be saved: the disk is full.")

    monkeypatch.setattr(store, "add", full)
    dialog = make_dialog()
    fill(qtbot, dialog, **VALID)
    click_post(qtbot, dialog)
    assert (
        label(dialog, "storeError").text() == "Your comment could not be saved: the disk is full."
    )
    assert dialog.isVisible() and dialog.fields()["comment"] == VALID["comment"]
    monkeypatch.undo()
    with qtbot.waitSignal(dialog.comment_posted):
        click_post(qtbot, dialog)  # once there is space, the same text posts


def test_read_only_store_is_explained_when_the_dialog_opens(
    qtbot: QtBot, store_path: Path, qsettings: QSettings
) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_text(
        json.dumps({"schema": "article-viewer/comments", "version": 9, "comments": []})
    )
    dialog = CommentDialog(CommentStore(store_path), ARTICLE, settings=qsettings)
    qtbot.addWidget(dialog)
    assert "newer version" in label(dialog, "storeError").text()


# --- remember me -----------------------------------------------------------------------------


def test_remember_me_prefills_the_next_dialog_and_unchecking_forgets(
    qtbot: QtBot, make_dialog: MakeDialog, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, **VALID, website="example.org")
    qtbot.mouseClick(dialog.remember_check, Qt.MouseButton.LeftButton)
    assert dialog.remember_check.isChecked()
    click_post(qtbot, dialog)

    # A new settings object on the same file: as after a restart.
    reread = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert reread.value("comments/name") == "Ann Reader"
    nxt = make_dialog()
    assert nxt.remember_check.isChecked()
    assert (nxt.name_edit.text(), nxt.email_edit.text(), nxt.website_edit.text()) == (
        "Ann Reader",
        "ann@example.org",
        "https://example.org",
    )
    assert nxt.comment_edit.toPlainText() == ""

    fill(qtbot, nxt, comment="Second thoughts.")
    qtbot.mouseClick(nxt.remember_check, Qt.MouseButton.LeftButton)
    assert not nxt.remember_check.isChecked()
    click_post(qtbot, nxt)
    third = make_dialog()
    assert not third.remember_check.isChecked()
    assert third.fields() == {"comment": "", "name": "", "email": "", "website": ""}
    qsettings.sync()
    assert qsettings.value("comments/email") is None


def test_remember_me_is_not_saved_when_posting_fails(
    qtbot: QtBot, make_dialog: MakeDialog, qsettings: QSettings
) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, name="Ann", email="ann@example.org")
    dialog.remember_check.setChecked(True)
    click_post(qtbot, dialog)  # no comment: invalid
    assert qsettings.value("comments/name") is None


# --- replies and quotes ----------------------------------------------------------------------


def test_reply_threads_under_its_parent(
    qtbot: QtBot, make_dialog: MakeDialog, store: CommentStore
) -> None:
    parent = store.add(
        Comment.new(ARTICLE, author="Bob", email="bob@example.org", content="First!")
    )
    dialog = make_dialog(parent_comment=parent)
    assert dialog.windowTitle() == "Reply to Bob"
    assert "Bob wrote: First!" in label(dialog, "replyingTo").text()
    fill(qtbot, dialog, **VALID)
    with qtbot.waitSignal(dialog.comment_posted) as posted:
        click_post(qtbot, dialog)
    reply = posted.args[0]
    assert reply.parent_id == parent.id
    other = store.add(
        Comment.new(ARTICLE, author="Cy", email="cy@example.org", content="Later, top level")
    )
    comments = CommentStore(store.path).comments_for(ARTICLE)
    assert [c.id for c in comments] == [parent.id, reply.id, other.id]

    view = CommentsView()
    qtbot.addWidget(view)
    view.set_comments(reversed(comments))
    text = view.toPlainText()
    assert text.index("First!") < text.index(VALID["comment"]) < text.index("Later, top level")
    doc = view.document()
    assert (
        doc.find(VALID["comment"]).blockFormat().leftMargin()
        > doc.find("First!").blockFormat().leftMargin()
    )
    assert (
        doc.find("Later, top level").blockFormat().leftMargin()
        == doc.find("First!").blockFormat().leftMargin()
    )


def test_comment_on_a_quote_shows_and_stores_the_quote(
    qtbot: QtBot, make_dialog: MakeDialog, store: CommentStore
) -> None:
    quote = Quote(
        text="We will win this",
        start=120,
        end=136,
        parts=(QuotePart("We will win this", 120, 136),),
        speaker="Jane Doe",
    )
    dialog = make_dialog(quote=quote)
    shown = dialog.findChild(QLabel, "commentQuote")
    assert shown is not None and shown.text() == "“We will win this” — Jane Doe"
    fill(qtbot, dialog, **VALID)
    with qtbot.waitSignal(dialog.comment_posted) as posted:
        click_post(qtbot, dialog)
    assert posted.args[0].quote == {
        "text": "We will win this",
        "speaker": "Jane Doe",
        "start": 120,
        "end": 136,
    }
    stored = CommentStore(store.path).comments_for(ARTICLE)[0]
    assert stored.quote == posted.args[0].quote

    view = CommentsView()
    qtbot.addWidget(view)
    view.set_comments([stored])
    text = view.toPlainText()
    assert "“We will win this” — Jane Doe" in text
    assert text.index("We will win this") < text.index(VALID["comment"])


# --- cancelling ------------------------------------------------------------------------------


class Question:
    """Stands in for QMessageBox.question: gives the queued answers, records each call."""

    def __init__(self) -> None:
        self.answers: list[QMessageBox.StandardButton] = []
        self.asked: list[tuple[object, ...]] = []
        self.default = QMessageBox.StandardButton.Discard

    def __call__(self, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        self.asked.append(args)
        return self.answers.pop(0) if self.answers else self.default


@pytest.fixture(autouse=True)
def question(monkeypatch: pytest.MonkeyPatch) -> Question:
    """Never a real (blocking) message box, even when qtbot closes a dialog at teardown."""
    fake = Question()
    monkeypatch.setattr(QMessageBox, "question", fake)
    return fake


@pytest.mark.parametrize("how", ["escape", "cancel"])
def test_discarding_a_typed_comment_asks_first(
    qtbot: QtBot, make_dialog: MakeDialog, question: Question, how: str, store_path: Path
) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, comment="A long thought")

    def close() -> None:
        if how == "escape":
            qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    question.answers.append(QMessageBox.StandardButton.Cancel)
    close()
    assert dialog.isVisible() and dialog.comment_edit.toPlainText() == "A long thought"
    question.answers.append(QMessageBox.StandardButton.Discard)
    close()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert len(question.asked) == 2
    assert not store_path.exists()


def test_empty_comment_closes_without_asking(
    qtbot: QtBot, make_dialog: MakeDialog, question: Question
) -> None:
    dialog = make_dialog()
    fill(qtbot, dialog, name="Ann", comment="   ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert question.asked == []


def test_default_settings_are_created_on_demand_not_at_import(
    qtbot: QtBot, store: CommentStore
) -> None:
    import desktop_app.ui.comment_dialog as module

    assert not any(isinstance(v, QSettings) for v in vars(module).values())
    app = QApplication.instance()
    assert app is not None
    dialog = CommentDialog(store, ARTICLE)  # XDG_CONFIG_HOME points into a temporary dir
    qtbot.addWidget(dialog)
    assert dialog.remember_check.isChecked() is False


# --- arbitrary input -------------------------------------------------------------------------


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.fixed_dictionaries(
        {
            "comment": st.text(max_size=200),
            "name": st.text(max_size=60),
            "email": st.text(max_size=60) | st.emails(),
            "website": st.text(max_size=60),
        }
    )
)
def test_arbitrary_strings_never_crash_and_keep_valid_json(
    qtbot: QtBot, qsettings: QSettings, tmp_path: Path, fields: dict[str, str]
) -> None:
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "comments.json"
    store = CommentStore(path)
    dialog = CommentDialog(store, ARTICLE, settings=qsettings)
    qtbot.addWidget(dialog)
    dialog.comment_edit.setPlainText(fields["comment"])
    for name in ("name", "email", "website"):
        dialog.editors[name].setText(fields[name])  # type: ignore[union-attr]
    dialog.post()
    if validate(dialog.fields()):
        assert not path.exists() and dialog.posted is None
    else:
        assert dialog.posted is not None
        data = json.loads(path.read_bytes().decode("utf-8"))
        assert len(data["comments"]) == 1
        assert CommentStore(path).comments() == [dialog.posted]
