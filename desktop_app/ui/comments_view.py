"""The comments under an article: threaded, plain text, and fast for a thousand of them.

One read-only QTextBrowser holds the whole thread, built as escaped HTML: nothing a comment
contains is ever rendered, run or fetched (``loadResource`` returns nothing, links open only on
click and only for http/https). Each comment has a "Reply" link (``reply:<id>``) that emits
``reply_requested``; links are reachable with Tab and activated with Enter, like any text
browser's. Replies are indented under their parent, up to :data:`MAX_INDENT_LEVELS` levels.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.core.article import PageComment
from desktop_app.core.comment_store import Comment
from desktop_app.ui.safe_browser import SafeTextBrowser, is_web_url

MAX_INDENT_LEVELS = 6
INDENT_PX = 28
EMPTY_TEXT = "No responses yet — be the first to leave a reply"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\ufffe\uffff]")

_CSS = """
h2 { font-size: 15pt; font-weight: 600; margin-top: 4px; margin-bottom: 4px; }
h2.page { margin-top: 28px; }
.author { font-weight: 600; }
.meta { color: #6b6b70; }
p.head { margin-top: 16px; margin-bottom: 0; }
p.quote { background-color: #f3efe2; font-style: italic; white-space: pre-wrap; }
p.body { white-space: pre-wrap; margin-top: 3px; margin-bottom: 0; }
p.comment { white-space: pre-wrap; margin-top: 16px; margin-bottom: 0; }
.reply { color: #b3261e; }
.page { color: #6b6b70; }
p.empty { color: #6b6b70; font-style: italic; margin-top: 6px; }
"""


def responses_header(count: int) -> str:
    if count == 0:
        return EMPTY_TEXT
    return "1 Response" if count == 1 else f"{count:,} Responses"


def _plain(text: str) -> str:
    """Text as HTML that shows literally (control characters made harmless)."""
    return html.escape(_CONTROL.sub("\ufffd", text), quote=True)


def local_date(iso: str, locale: QLocale | None = None) -> str:
    """A stored UTC timestamp in the reader's time zone and locale (the raw text if unparsable)."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        # No locale set (LANG=C, a bare container): Qt's "C" short format is "5 03 2024 10:00";
        # an unambiguous English date reads better than that.
        return when.toLocalTime().toString("d MMM yyyy, HH:mm")
    return locale.toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


def _indent(depth: int) -> str:
    """The style that indents a reply ``depth`` levels deep (capped), for a comment's blocks."""
    indent = min(depth, MAX_INDENT_LEVELS) * INDENT_PX
    return f"margin-left:{indent}px;" if indent else ""


def thread_order(comments: Iterable[Comment]) -> list[tuple[Comment, int]]:
    """Each comment with its depth, replies right after their parent (oldest first at every
    level). A reply whose parent is missing, or a cycle of parents, is shown at the top level."""
    ordered = sorted(comments, key=lambda c: c.created)
    ids = {c.id for c in ordered}
    children: dict[str | None, list[Comment]] = defaultdict(list)
    for c in ordered:
        parent = c.parent_id if c.parent_id in ids and c.parent_id != c.id else None
        children[parent].append(c)
    out: list[tuple[Comment, int]] = []
    seen: set[str] = set()

    def walk(roots: list[Comment]) -> None:
        stack = [(c, 0) for c in reversed(roots)]
        while stack:
            comment, depth = stack.pop()
            if comment.id in seen:
                continue
            seen.add(comment.id)
            out.append((comment, depth))
            stack.extend((child, depth + 1) for child in reversed(children.get(comment.id, ())))

    walk(children[None])
    walk([c for c in ordered if c.id not in seen])  # cycles: no root leads to them
    return out


class CommentsView(SafeTextBrowser):
    """The reader's comments on one article, then the page's own comments (read-only).

    Signals:
        reply_requested(Comment): the reader clicked "Reply" under this comment.
    """

    reply_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsView")
        self.setAccessibleName("Comments")
        self.document().setDefaultStyleSheet(_CSS)
        self.document().setDocumentMargin(10)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.highlighted.connect(self._on_highlighted)
        self._comments: dict[str, Comment] = {}
        self._count = 0
        self.set_comments(())

    # --- content ---------------------------------------------------------------------------

    @property
    def count(self) -> int:
        """How many of the reader's comments are shown."""
        return self._count

    def comment(self, comment_id: str) -> Comment | None:
        return self._comments.get(comment_id)

    def set_comments(
        self, comments: Iterable[Comment], page_comments: Sequence[PageComment] = ()
    ) -> None:
        """Show ``comments`` threaded, then ``page_comments`` in their own section."""
        threaded = thread_order(comments)
        self._comments = {c.id: c for c, _ in threaded}
        self._count = len(threaded)
        locale = QLocale()
        header = _plain(responses_header(self._count))
        parts = [f"<h2>{header}</h2>" if self._count else f"<p class='empty'>{header}</p>"]
        parts.extend(self._comment_html(c, depth, locale) for c, depth in threaded)
        if page_comments:
            parts.append(
                f"<h2 class='page'>Comments from the page ({len(page_comments):,})</h2>"
                "<p class='page'>These came with the saved web page. They are shown as they "
                "were and cannot be replied to here.</p>"
            )
            parts.extend(self._page_comment_html(pc) for pc in page_comments)
        scroll = self.verticalScrollBar().value()
        self.setHtml("".join(parts))
        self.verticalScrollBar().setValue(scroll)

    def _comment_html(self, c: Comment, depth: int, locale: QLocale) -> str:
        # One block per comment (two with a quote): block count is what costs time in Qt's
        # HTML import and layout, and a thousand comments must show in well under 150 ms.
        author = _plain(c.author.strip() or "Anonymous")
        if c.website and is_web_url(c.website):
            author = f"<a href='{_plain(c.website)}'>{author}</a>"
        reply_to = ""
        if depth:
            parent = self._comments.get(c.parent_id or "")
            if parent is not None:
                reply_to = f" · in reply to {_plain(parent.author.strip() or 'Anonymous')}"
        margin = _indent(depth)
        quote = ""
        if isinstance(c.quote, dict) and c.quote.get("text"):
            speaker = c.quote.get("speaker")
            who = f" — {_plain(str(speaker))}" if speaker else ""
            quote = (
                f"<p class='quote' style='{margin}margin-top:4px;margin-bottom:0'>"
                f"“{_plain(str(c.quote['text']))}”{who}</p>"
            )
        head = (
            f"<span class='author'>{author}</span>"
            f"<span class='meta'> · {_plain(local_date(c.created, locale))}{reply_to}</span>"
        )
        reply = f"<a class='reply' href='reply:{_plain(c.id)}'>Reply</a>"
        if quote:  # the quote block goes between the author line and the text
            return (
                f"<p class='head' style='{margin}'>{head}</p>{quote}"
                f"<p class='body' style='{margin}'>{_plain(c.content)}\n{reply}</p>"
            )
        # White space is pre-wrap, so "\n" breaks the line inside the one block.
        return f"<p class='comment' style='{margin}'>{head}\n{_plain(c.content)}\n{reply}</p>"

    @staticmethod
    def _page_comment_html(pc: PageComment) -> str:
        margin = _indent(pc.depth)
        date = f" · {_plain(local_date(pc.date))}" if pc.date else ""  # ISO: the reader's way
        reply_to = f" · in reply to {_plain(pc.reply_to)}" if pc.reply_to else ""
        return (
            f"<p class='head' style='{margin}'><span class='author'>"
            f"{_plain(pc.author.strip() or 'Anonymous')}</span>"
            f"<span class='meta'> · from the page{date}{reply_to}</span></p>"
            f"<p class='body' style='{margin}'>{_plain(pc.text)}</p>"
        )

    # --- links -----------------------------------------------------------------------------

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "reply":
            comment = self._comments.get(url.path())
            if comment is not None:
                self.reply_requested.emit(comment)
        else:
            self.open_web_link(url)

    @Slot(QUrl)
    def _on_highlighted(self, url: QUrl) -> None:
        """Show where an author link goes before it is clicked."""
        if is_web_url(url):
            QToolTip.showText(self.cursor().pos(), url.toDisplayString(), self)
        else:
            QToolTip.hideText()
