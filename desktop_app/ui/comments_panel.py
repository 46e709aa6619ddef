"""The comments part of the window: the "Leave a Reply" button and the thread under it.

The panel owns the dialog round trip: a new comment, a reply (from a comment's Reply link) or a
comment on a quotation (:meth:`CommentsPanel.comment_on_quote`, for the quotes pane); after a
post the thread is reloaded from the store, so the new comment shows at once.

Signals:
    problem_found(str): the comment store had a problem the reader must be told about (a
        damaged file set aside, a read-only file); the window shows it in a message box.
    comment_posted(Comment): a comment was saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.article import Article
from desktop_app.core.comment_store import Comment, CommentStore
from desktop_app.ui.comments_view import CommentsView

if TYPE_CHECKING:  # the dialog (and email validation) load when a reader first comments
    from desktop_app.ui.comment_dialog import CommentDialog


class CommentsPanel(QWidget):
    """The "Leave a Reply" button and the article’s comments (signals: see the module docstring)."""

    problem_found = Signal(str)
    comment_posted = Signal(object)

    def __init__(
        self,
        store: CommentStore,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.store = store
        self.settings = settings
        self.article: Article | None = None
        self.dialog: CommentDialog | None = None
        self._reported: Any = None

        self.comment_button = QPushButton("Leave a Reply", self)
        self.comment_button.setObjectName("commentButton")
        self.comment_button.setToolTip("Write a comment on this article")
        self.comment_button.setEnabled(False)
        self.comment_button.clicked.connect(self.new_comment)
        self.view = CommentsView(self)
        self.view.reply_requested.connect(self.reply_to)

        top = QHBoxLayout()
        top.setContentsMargins(12, 6, 8, 6)
        title = QLabel("Comments", self)
        title.setObjectName("commentsTitle")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.comment_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    @property
    def problem(self) -> str | None:
        """The store's current problem, in the reader's words, or ``None``."""
        return self.store.problem.message if self.store.problem else None

    # --- content ---------------------------------------------------------------------------

    def set_article(self, article: Article | None) -> None:
        """Show ``article``'s comments (and its page's own comments)."""
        self.article = article
        self.comment_button.setEnabled(article is not None)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the store again (another window may have posted) and show the thread."""
        self.store.load()
        self._refresh()

    def _refresh(self) -> None:
        if self.article is None:
            self.view.set_comments(())
        else:
            self.view.set_comments(
                self.store.comments_for(self.article.article_id, *self.article.former_ids),
                self.article.page_comments,
            )
        self._report_problem()

    def _report_problem(self) -> None:
        problem = self.store.problem
        if problem is not None and problem != self._reported:
            self._reported = problem
            self.problem_found.emit(problem.message)

    # --- the dialog ------------------------------------------------------------------------

    @Slot()
    def new_comment(self) -> CommentDialog | None:
        return self.open_dialog()

    @Slot(object)
    def reply_to(self, comment: Comment) -> CommentDialog | None:
        return self.open_dialog(parent_comment=comment)

    def comment_on_quote(self, quote: Any) -> CommentDialog | None:
        """Open the dialog for a comment attached to ``quote`` (a Quote or a quote dict)."""
        return self.open_dialog(quote=quote)

    def open_dialog(
        self, *, parent_comment: Comment | None = None, quote: Any = None
    ) -> CommentDialog | None:
        """Show the comment dialog (window-modal, not blocking) and return it."""
        if self.article is None:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from desktop_app.ui.comment_dialog import CommentDialog

        dialog = CommentDialog(
            self.store,
            self.article.article_id,
            self,
            parent_comment=parent_comment,
            quote=quote,
            settings=self.settings,
        )
        dialog.comment_posted.connect(self._on_comment_posted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _on_comment_posted(self, comment: Comment) -> None:
        self._refresh()
        self.comment_posted.emit(comment)
