"""Articles: one structure that plain text, Markdown and saved web pages all load into.

``load_article(path)`` picks the loader by extension (and sniffs HTML saved as .txt), and
raises :class:`ArticleError` with a reader-facing message for anything it cannot open.
Heavy parsers (markdown-it, trafilatura) are imported only when such a file is opened.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
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
    #: What versions before 2026-11-25 read before this body, where that differs: their
    #: headline (a category line right above it, with no blank line between, was taken for part
    #: of it) and any paragraphs they read as body that are header now. Comments stored then
    #: were filed under that reading's id (see :attr:`former_ids`).
    former_title: str | None = None
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
        """Stable id: the canonical URL where known, else a hash of the normalized text.

        Comments are stored under it, so it never changes: ``sha256:`` and the first 32 hex
        digits of the SHA-256 of the headline and the text, their words joined by single
        spaces, lowercased.
        """
        if self.url:
            return self.url
        return self._text_ids()[0]

    @property
    def former_ids(self) -> tuple[str, ...]:
        """Ids earlier versions gave this article (comments stored under them are its own)."""
        if self.url or not self.former_title:
            return ()
        return self._text_ids()[1:]

    def _text_ids(self) -> tuple[str, ...]:
        """The id of the headline and text, then the former headline's; the text (tens of
        milliseconds for 8 MB) normalized once for both."""
        found = self._derived.get("ids")
        if found is None:
            body = " ".join(self.text.split()).lower().encode("utf-8")
            titles = [self.title] + ([self.former_title] if self.former_title else [])
            found = self._derived["ids"] = tuple(_hash_id(t, body) for t in titles)
        return tuple(found)

    @property
    def word_count(self) -> int:
        count = self._derived.get("words")
        if count is None:
            count = self._derived["words"] = sum(len(p.split()) for p in self.paragraphs)
        return int(count)


def _hash_id(title: str, body: bytes) -> str:
    """``" ".join(f"{title}\\n{text}".split()).lower()`` hashed, from the text's part done."""
    digest = hashlib.sha256(" ".join(title.split()).lower().encode("utf-8"))
    if title.strip() and body:
        digest.update(b" ")
    digest.update(body)
    return "sha256:" + digest.hexdigest()[:32]


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


# A line ending in one of these is a headline broken in two, not a category line above one.
_RUNS_ON_WORDS = """a an the and or but nor of to in on at by for from with into onto over under
after before amid as than via vs"""
_RUNS_ON = frozenset(_RUNS_ON_WORDS.split())


def _kicker_above_headline(block: str, tidy: Callable[[str], str]) -> tuple[str, str] | None:
    """A first block of a category line and the headline under it, with no blank line between:
    ("Technology Business", "Brellwick Software apologises ..."); else None.

    Only a short line of up to three words is a category line here, and not one ending in a
    word that runs on: a headline broken over two lines ("Thieves Cut Prized Dutch Portrait /
    From Frame") stays one headline.
    """
    first, _, rest = block.strip().partition("\n")
    kicker, headline = tidy(first), tidy(rest)
    if not kicker or not headline or not _looks_like_kicker(kicker):
        return None
    words = kicker.split()
    if len(words) > 3 or words[-1].lower() in _RUNS_ON:
        return None
    opening = headline.lstrip("“‘\"'(")[:1]
    if not (opening.isupper() or opening.isdigit()):
        return None
    return kicker, headline


# "HAMPTON, Va. — ", "LONDON — ": the dateline that opens a story's first paragraph.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][\w.'’ -]{0,30})?\s+[—–]\s")


def _headline_by_what_follows(block: str, after: str) -> bool:
    """A headline that ends like a sentence ("At 91, she still does the crossword in pen.")
    under a category line: known by the byline, date or dateline that follows it."""
    return len(block) <= 200 and bool(
        _BYLINE.match(after) or _DATE.match(after) or _DATELINE.match(after)
    )


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


def _read_header(
    blocks: list[str], first_raw: str, tidy: Callable[[str], str], *, legacy: bool = False
) -> tuple[tuple[str, ...], str, str | None, str | None, list[str]]:
    """Categories, headline, byline, date and the blocks after them.

    ``legacy``: as versions before 2026-11-25 read it, when a category line was recognized
    only with a blank line under it and only above a headline not ending in a full stop.
    """
    categories: tuple[str, ...] = ()
    headline_known = False
    if (
        len(blocks) >= 3
        and _looks_like_kicker(blocks[0])
        and (
            _looks_like_heading(blocks[1])
            or (not legacy and _headline_by_what_follows(blocks[1], blocks[2]))
        )
    ):
        categories, blocks, headline_known = _split_tags(blocks[0]), blocks[1:], not legacy
    elif not legacy and len(blocks) >= 2 and (split := _kicker_above_headline(first_raw, tidy)):
        kicker, headline = split
        if _looks_like_heading(headline) or _headline_by_what_follows(headline, blocks[1]):
            categories, blocks, headline_known = _split_tags(kicker), [headline, *blocks[1:]], True
    title = ""
    if len(blocks) >= 2 and (headline_known or _looks_like_heading(blocks[0])):
        title, blocks = blocks[0], blocks[1:]
    byline, date, blocks = _front_matter(blocks)
    return categories, title, byline, date, blocks


def _former_title(
    blocks: list[str], first_raw: str, tidy: Callable[[str], str], title: str, rest: list[str]
) -> str | None:
    """What the reading before 2026-11-25 had before this body, where it differs (its headline
    and the paragraphs it read as body that are header now), for :attr:`Article.former_ids`."""
    _, old_title, _, _, old_rest = _read_header(blocks, first_raw, tidy, legacy=True)
    moved = len(old_rest) - len(rest)
    if (old_title, moved) == (title, 0) or moved < 0 or old_rest[moved:] != rest:
        return None
    words = " ".join([old_title, *(b for b in old_rest[:moved] if not is_boilerplate(b))])
    return words.strip() or None


def parse_plain_text(text: str, source: str | None = None) -> Article:
    """The seed's layout: optional category line, headline, blank-line separated paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (control characters looked for once, not in each of an 8 MB article's 27,000 paragraphs)
    tidy = clean if _CONTROL.search(text) else _one_line
    blocks, first_raw = [], ""
    for raw in re.split(r"\n[ \t\f\v]*\n", text):
        if block := tidy(raw):
            first_raw = first_raw or raw
            blocks.append(block)
    categories, title, byline, date, rest = _read_header(blocks, first_raw, tidy)
    paragraphs = tuple(b for b in rest if not is_boilerplate(b))  # (cleaned above)
    if not paragraphs and not title:
        raise ArticleError("The file has no article text.")
    return Article(
        title=title,
        paragraphs=paragraphs,
        categories=categories,
        byline=byline,
        date=date,
        source=source,
        former_title=_former_title(blocks, first_raw, tidy, title, rest) if title else None,
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
