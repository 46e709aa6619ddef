"""The "Leave a Reply" comment form, as a dialog. Thin: the rules live in the core.

On Post the dialog asks :func:`desktop_app.core.comment_rules.validate`, shows one message under
each field that is not acceptable and focuses the first one, keeping everything typed. Only a
valid comment reaches :meth:`CommentStore.add`; a duplicate or a failed save is shown in the
dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.comment_rules import FIELDS, clean_fields, validate
from desktop_app.core.comment_store import Comment, CommentStore, StoreError, quote_ref

REMEMBER_TEXT = "Save my name, email, and website for the next time I comment."
SETTINGS_ORG = SETTINGS_APP = "article-viewer"
_KEY_REMEMBER = "comments/remember"
_KEY_FIELDS = {"name": "comments/name", "email": "comments/email", "website": "comments/website"}
ERROR_COLOR = "#b3261e"
QUOTE_PREVIEW_CHARS = 400

_STYLE = f"""
QLabel[role="error"] {{ color: {ERROR_COLOR}; }}
QLabel[role="note"] {{ color: palette(placeholder-text); }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="quote"] {{
    background: #f3efe2; color: #1d1d1f; border-left: 3px solid #b3261e;
    padding: 6px 8px; font-style: italic;
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {ERROR_COLOR}; }}
"""


def as_quote_ref(quote: Any) -> dict[str, Any] | None:
    """A stored quote reference from a :class:`Quote`, a ready dict, or ``None``."""
    if quote is None:
        return None
    if isinstance(quote, Mapping):
        return quote_ref(
            str(quote.get("text", "")),
            quote.get("speaker"),
            int(quote.get("start", 0)),
            int(quote.get("end", 0)),
        )
    return quote_ref(quote.text, quote.speaker, quote.start, quote.end)


def quote_caption(ref: Mapping[str, Any], limit: int = QUOTE_PREVIEW_CHARS) -> str:
    """“text” — speaker, shortened to ``limit`` characters."""
    text = " ".join(str(ref.get("text") or "").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    speaker = ref.get("speaker")
    return f"“{text}”" + (f" — {speaker}" if speaker else "")


def _label(text: str, role: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", role)
    return label


class CommentDialog(QDialog):
    """The comment form for one article: a new comment, a reply, or a comment on a quotation.

    Signals:
        comment_posted(Comment): the comment was saved (as stored); the dialog then closes.

    ``settings`` keeps the remembered name, email and website; by default
    ``QSettings("article-viewer", "article-viewer")``, created when the dialog is.
    """

    comment_posted = Signal(object)

    def __init__(
        self,
        store: CommentStore,
        article_id: str,
        parent: QWidget | None = None,
        *,
        parent_comment: Comment | None = None,
        quote: Any = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.store = store
        self.article_id = article_id
        self.parent_comment = parent_comment
        self.quote = as_quote_ref(quote)
        self._settings = settings if settings is not None else QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.posted: Comment | None = None

        title = f"Reply to {parent_comment.author}" if parent_comment else "Leave a Reply"
        self.setWindowTitle(title)
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(460)

        layout = self._layout = QVBoxLayout(self)
        layout.setSpacing(4)
        heading = _label(title, "heading", self)
        heading.setObjectName("commentHeading")
        layout.addWidget(heading)

        if self.quote is not None:
            quote_label = _label(quote_caption(self.quote), "quote", self)
            quote_label.setObjectName("commentQuote")
            quote_label.setAccessibleName("Quotation you are commenting on")
            layout.addWidget(quote_label)
        if parent_comment is not None:
            excerpt = " ".join(parent_comment.content.split())
            if len(excerpt) > 160:
                excerpt = excerpt[:159].rstrip() + "…"
            replying = _label(f"{parent_comment.author} wrote: {excerpt}", "note", self)
            replying.setObjectName("replyingTo")
            layout.addWidget(replying)

        notes = _label(
            "Your email address will not be published. Required fields are marked *", "note", self
        )
        notes.setObjectName("commentNotes")
        layout.addWidget(notes)
        layout.addSpacing(6)

        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMinimumHeight(120)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("emailEdit")
        self.website_edit = QLineEdit(self)
        self.website_edit.setObjectName("websiteEdit")
        self.email_edit.setPlaceholderText("name@example.com")
        self.website_edit.setPlaceholderText("https://example.org")
        self.editors: dict[str, QPlainTextEdit | QLineEdit] = {
            "comment": self.comment_edit,
            "name": self.name_edit,
            "email": self.email_edit,
            "website": self.website_edit,
        }
        self.error_labels: dict[str, QLabel] = {}
        captions = {
            "comment": "Comment *",
            "name": "Name *",
            "email": "Email *",
            "website": "Website",
        }
        for field in FIELDS:
            editor = self.editors[field]
            caption = QLabel(captions[field], self)
            caption.setObjectName(f"{field}Label")
            caption.setBuddy(editor)
            editor.setAccessibleName(captions[field].rstrip(" *"))
            error = _label("", "error", self)
            error.setObjectName(f"{field}Error")
            error.setVisible(False)
            self.error_labels[field] = error
            layout.addWidget(caption)
            layout.addWidget(editor, 1 if field == "comment" else 0)
            layout.addWidget(error)
            layout.addSpacing(4)
        self.comment_edit.textChanged.connect(self._on_edited)
        for field in ("name", "email", "website"):
            self.editors[field].textChanged.connect(self._on_edited)

        self.remember_check = QCheckBox(REMEMBER_TEXT, self)
        self.remember_check.setObjectName("rememberCheck")
        layout.addWidget(self.remember_check)

        self.store_error = _label("", "error", self)
        self.store_error.setObjectName("storeError")
        self.store_error.setVisible(False)
        layout.addWidget(self.store_error)

        buttons = QDialogButtonBox(self)
        self.post_button = QPushButton("Post Comment", self)
        self.post_button.setObjectName("postButton")
        self.post_button.setDefault(True)
        self.post_button.setAutoDefault(True)
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.post_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.post_button.setToolTip("Post Comment (Ctrl+Enter)")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.post)

        self._validated_once = False
        self._load_remembered()
        if store.read_only and store.problem is not None:
            self._show_store_error(store.problem.message)
        self.comment_edit.setFocus()

    # --- values ----------------------------------------------------------------------------

    def fields(self) -> dict[str, str]:
        """What is typed in the form, by field name."""
        return {
            "comment": self.comment_edit.toPlainText(),
            "name": self.name_edit.text(),
            "email": self.email_edit.text(),
            "website": self.website_edit.text(),
        }

    def _load_remembered(self) -> None:
        remember = _as_bool(self._settings.value(_KEY_REMEMBER, False))
        self.remember_check.setChecked(remember)
        if remember:
            for field, key in _KEY_FIELDS.items():
                value = self._settings.value(key, "")
                line_edit = self.editors[field]
                if isinstance(value, str) and isinstance(line_edit, QLineEdit):
                    line_edit.setText(value)

    def _save_remembered(self, values: Mapping[str, str]) -> None:
        if self.remember_check.isChecked():
            self._settings.setValue(_KEY_REMEMBER, True)
            for field, key in _KEY_FIELDS.items():
                self._settings.setValue(key, values[field])
        else:
            self._settings.remove(_KEY_REMEMBER)
            for key in _KEY_FIELDS.values():
                self._settings.remove(key)
        self._settings.sync()

    # --- errors ----------------------------------------------------------------------------

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """One message under each field that has one; the others are cleared."""
        for field in FIELDS:
            message = errors.get(field, "")
            label = self.error_labels[field]
            label.setText(message)
            label.setVisible(bool(message))
            editor = self.editors[field]
            editor.setAccessibleDescription(message)
            if bool(editor.property("invalid")) != bool(message):
                editor.setProperty("invalid", bool(message))
                editor.style().unpolish(editor)
                editor.style().polish(editor)
        self._fit()

    def _fit(self) -> None:
        """Grow to fit messages that appeared, so that no field is squeezed under them."""
        layout = self._layout
        layout.invalidate()
        layout.activate()
        # Word-wrapped messages make the height depend on the width.
        wanted = max(layout.totalMinimumSize().height(), self.heightForWidth(self.width()))
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def _show_store_error(self, message: str) -> None:
        self.store_error.setText(message)
        self.store_error.setVisible(bool(message))
        self._fit()

    @Slot()
    def _on_edited(self) -> None:
        """After a first Post, keep the messages in step with what is typed."""
        if self._validated_once:
            self.show_errors(validate(self.fields()))

    # --- actions ---------------------------------------------------------------------------

    @Slot()
    def post(self) -> None:
        """Validate, then save; on any problem stay open with everything kept."""
        fields = self.fields()
        errors = validate(fields)
        self._validated_once = True
        self.show_errors(errors)
        self._show_store_error("")
        if errors:
            first = next(f for f in FIELDS if f in errors)
            self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        values = clean_fields(fields)
        comment = Comment.new(
            self.article_id,
            author=values["name"],
            email=values["email"],
            website=values["website"],
            content=values["comment"],
            parent_id=self.parent_comment.id if self.parent_comment else None,
            quote=self.quote,
        )
        try:
            saved = self.store.add(comment)
        except StoreError as exc:
            self._show_store_error(str(exc))
            self.comment_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.posted = saved
        self._save_remembered(values)
        self.comment_posted.emit(saved)
        super().accept()

    def accept(self) -> None:  # Enter on a line edit triggers the default button, not this
        self.post()

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask first if a comment would be thrown away."""
        if self.posted is None and self.comment_edit.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                "Discard Comment?",
                "Discard the comment you have typed? It has not been posted.",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def _as_bool(value: Any) -> bool:
    """QSettings hands back INI booleans as the strings "true"/"false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
