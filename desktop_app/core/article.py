"""Articles: one structure that plain text, Markdown and saved web pages all load into.

``load_article(path)`` picks the loader by extension (and sniffs HTML saved as .txt), and
raises :class:`ArticleError` with a reader-facing message for anything it cannot open.
Heavy parsers (markdown-it, trafilatura) are imported only when such a file is opened.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import ArticleError
from desktop_app.core.textio import read_text

__all__ = ["Article", "ArticleError", "PageComment", "load_article", "parse_plain_text"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})


@dataclass(frozen=True, slots=True)
class PageComment:
    """A comment that came with a saved web page (read-only in the app).

    ``depth`` is how deep in the page's thread it sits (0: a comment on the article, 1: a
    reply to one ...), and ``reply_to`` the author it answers, where the page's markup says.
    """

    author: str
    text: str
    date: str | None = None
    depth: int = 0
    reply_to: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]
    categories: tuple[str, ...] = ()
    byline: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    source: str | None = None
    page_comments: tuple[PageComment, ...] = ()
    # Values derived from the fields, computed once on first use (for an 8 MB article each
    # takes tens of milliseconds); not part of the article's identity.
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The body's plain text: paragraphs joined by one blank line. Quote spans index this."""
        text = self._derived.get("text")
        if text is None:
            text = self._derived["text"] = "\n\n".join(self.paragraphs)
        return str(text)

    @property
    def article_id(self) -> str:
        """Stable id: the canonical URL where known, else a hash of the normalized text."""
        if self.url:
            return self.url
        found = self._derived.get("id")
        if found is None:
            norm = " ".join(f"{self.title}\n{self.text}".split()).lower()
            found = self._derived["id"] = (
                "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]
            )
        return str(found)

    @property
    def word_count(self) -> int:
        count = self._derived.get("words")
        if count is None:
            count = self._derived["words"] = sum(len(p.split()) for p in self.paragraphs)
        return int(count)


# --- text clean-up ------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufeff\ufffc]")


def clean(text: str) -> str:
    """One line of display text: control characters dropped, whitespace runs made one space."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _one_line(text: str) -> str:
    """:func:`clean` for text known to have no control characters."""
    return " ".join(text.split())


# The comment form and sharing widgets that a saved page drags along: never article body.
_BOILERPLATE = re.compile(
    r"""^(?:
        leave\ a\ (?:reply|comment)\b.*
      | your\ email\ address\ will\ not\ be\ published\b.*
      | required\ fields\ are\ marked\b.*
      | cancel\ reply
      | post\ comment
      | (?:share|share\ this(?:\ article|\ story)?|related(?:\ (?:posts|articles|stories))?)\s*:?
      | advertisement
      | click\ to\ share\ on\ \w+.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_boilerplate(paragraph: str) -> bool:
    return len(paragraph) < 200 and _BOILERPLATE.match(paragraph) is not None


_BYLINE = re.compile(r"^by\s+(?P<name>[^\W\d_][^.!?]{1,100})$", re.IGNORECASE)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"^(?:(?:published|updated|posted)(?:\s+on)?:?\s+)?"
    rf"(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b[\w\s:.,+-]{{0,30}}$",
    re.IGNORECASE,
)
_TAG_SEPARATORS = re.compile(r"\s*[|,;·•/]\s*")


def _looks_like_kicker(block: str) -> bool:
    """A category line: a few capitalized words with no sentence punctuation."""
    words = block.split()
    return (
        0 < len(words) <= 6
        and len(block) <= 60
        and not re.search(r"[.!?:\"“”]", block)
        and all(w[0].isupper() or w[0].isdigit() for w in words if w[0].isalnum())
    )


def _looks_like_heading(block: str) -> bool:
    return len(block) <= 200 and not block.endswith((".", ",", ";"))


def _split_tags(line: str) -> tuple[str, ...]:
    parts = _TAG_SEPARATORS.split(line) if _TAG_SEPARATORS.search(line) else line.split()
    return tuple(p for p in (clean(x) for x in parts) if p)


def _front_matter(blocks: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Pull a byline and a date out of the first blocks after the headline."""
    byline = date = None
    while blocks:
        head = blocks[0]
        if byline is None and (m := _BYLINE.match(head)):
            byline = m.group("name").strip()
        elif date is None and _DATE.match(head):
            date = head
        else:
            break
        blocks = blocks[1:]
    return byline, date, blocks


def _body(paragraphs: Iterable[str]) -> tuple[str, ...]:
    body = [p for p in (clean(x) for x in paragraphs) if p and not is_boilerplate(p)]
    return tuple(body)


def parse_plain_text(text: str, source: str | None = None) -> Article:
    """The seed's layout: optional category line, headline, blank-line separated paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (control characters looked for once, not in each of an 8 MB article's 27,000 paragraphs)
    tidy = clean if _CONTROL.search(text) else _one_line
    blocks = [b for b in (tidy(b) for b in re.split(r"\n[ \t\f\v]*\n", text)) if b]
    categories: tuple[str, ...] = ()
    if len(blocks) >= 3 and _looks_like_kicker(blocks[0]) and _looks_like_heading(blocks[1]):
        categories = _split_tags(blocks[0])
        blocks = blocks[1:]
    title = ""
    if len(blocks) >= 2 and _looks_like_heading(blocks[0]):
        title, blocks = blocks[0], blocks[1:]
    byline, date, blocks = _front_matter(blocks)
    paragraphs = tuple(b for b in blocks if not is_boilerplate(b))  # (cleaned above)
    if not paragraphs and not title:
        raise ArticleError("The file has no article text.")
    return Article(
        title=title,
        paragraphs=paragraphs,
        categories=categories,
        byline=byline,
        date=date,
        source=source,
    )


def parse_markdown(text: str, source: str | None = None) -> Article:
    """Markdown: a YAML-style front matter block (title, author, date, tags) is optional; the
    first level-1 heading is the headline; every other block becomes a paragraph as plain text."""
    from desktop_app.core.markdown import markdown_blocks

    meta, blocks = markdown_blocks(text)
    title = meta.get("title", "")
    if not title and blocks and blocks[0][0] == "h1":
        title = blocks.pop(0)[1]
    texts = [b for _, b in blocks]
    byline, date, texts = _front_matter(texts)
    tags = meta.get("tags") or meta.get("categories") or ""
    paragraphs = _body(texts)
    if not paragraphs and not title:
        raise ArticleError("The Markdown file has no article text.")
    return Article(
        title=clean(title),
        paragraphs=paragraphs,
        categories=_split_tags(tags.strip("[]")) if tags else (),
        byline=meta.get("author") or byline,
        date=meta.get("date") or date,
        source=source,
    )


def parse_html(text: str, source: str | None = None) -> Article:
    """A saved web page: trafilatura extracts the article; its comment thread is kept apart."""
    from desktop_app.core.html_page import parse_html_page

    return parse_html_page(text, source)


def _sniff_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and "<body" in text[:4096].lower()
    )


def load_article(path: str | os.PathLike[str]) -> Article:
    """Open any article the viewer reads: plain text, Markdown or a saved web page."""
    p = Path(path)
    text = read_text(p)
    suffix = p.suffix.lower()
    source = str(p)
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _sniff_html(text)):
        return parse_html(text, source)
    if suffix in MARKDOWN_SUFFIXES:
        return parse_markdown(text, source)
    return parse_plain_text(text, source)
