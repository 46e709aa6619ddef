"""Saved web pages: the main article via trafilatura, the page's comment thread kept apart.

Nothing is fetched: trafilatura gets the page's text, never a URL, and the app renders only
the extracted text. Scripts, styles, menus and ads are left behind by the extraction.
"""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from desktop_app.core.article import (
    Article,
    PageComment,
    _body,
    _split_tags,
    clean,
)
from desktop_app.core.errors import ArticleError

_HAS_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
# A comment of a WordPress-style thread (the most common markup), and Disqus-like variants.
_COMMENT_XPATH = " | ".join(
    [
        f"//li[{_HAS_CLASS.format('comment')}]",
        f"//article[{_HAS_CLASS.format('comment')}]",
        f"//div[{_HAS_CLASS.format('comment')}"
        f" and not(ancestor::*[{_HAS_CLASS.format('comment')}])]",
    ]
)
_AUTHOR_XPATH = (
    f"//*[{_HAS_CLASS.format('fn')} or {_HAS_CLASS.format('comment-author')}"
    f" or {_HAS_CLASS.format('author')}]"
)
_CONTENT_XPATH = (
    f"//*[{_HAS_CLASS.format('comment-content')} or {_HAS_CLASS.format('comment-text')}"
    f" or {_HAS_CLASS.format('comment-body')}]"
)


def _own_text(el: Any, comments: set[Any]) -> str:
    """Text of an element, leaving out the comments (replies) nested inside it."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node in comments:
            return
        if node.text and node.tag not in ("script", "style"):
            parts.append(node.text)
        for child in node:
            if child.tag not in ("script", "style"):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return clean(" ".join(parts))


def page_comments(tree: Any, nodes: list[Any] | None = None) -> tuple[PageComment, ...]:
    """The comments of a page's own thread, in page order, each with author, text and date, and
    its place in the thread: a reply's markup is nested inside the comment it answers.
    ``nodes``: the page's comment elements, when the caller has found them already.

    Linear in the page: each author, text and date element belongs to the comment it is
    nearest inside (never to the comments that contain that one), found by walking up from it.
    """
    nodes = tree.xpath(_COMMENT_XPATH) if nodes is None else nodes
    comments = set(nodes)

    def owner(el: Any) -> Any:
        if el in comments:  # a comment marked up as an author or text block is its own thing
            return None
        return next((a for a in el.iterancestors() if a in comments), None)

    def by_owner(xpath: str) -> dict[Any, list[Any]]:
        found: dict[Any, list[Any]] = {}
        for el in tree.xpath(xpath):  # document order
            if (node := owner(el)) is not None:
                found.setdefault(node, []).append(el)
        return found

    authors, contents, times = by_owner(_AUTHOR_XPATH), by_owner(_CONTENT_XPATH), by_owner("//time")
    shown: dict[Any, PageComment] = {}  # comment element -> what it became
    for node in nodes:
        if node not in authors or node not in contents:
            continue
        author = clean(authors[node][0].text_content()).removesuffix(" says:").removesuffix(" says")
        text = _own_text(contents[node][-1], comments)
        date = None
        if node in times:
            first = times[node][0]
            date = first.get("datetime") or clean(first.text_content()) or None
        if text:
            # Elements come in document order, so the comments a reply is nested in are known.
            parents = [shown[a] for a in node.iterancestors() if a in shown]
            shown[node] = PageComment(
                author=author or "Anonymous",
                text=text,
                date=date,
                depth=len(parents),
                reply_to=parents[0].author if parents else None,
            )
    return tuple(shown.values())


def _drop_comments(nodes: list[Any]) -> None:
    """Take a page's comment thread out of its tree (the text after each comment's markup
    kept)."""
    comments = set(nodes)
    for node in nodes:
        if not any(a in comments for a in node.iterancestors()):
            node.drop_tree()


def parse_html_page(text: str, source: str | None = None) -> Article:
    import trafilatura

    try:
        tree = lxml_html.document_fromstring(text)
    except Exception as e:  # lxml raises several unrelated types on junk
        raise ArticleError(f"The web page could not be read: {e}.") from None
    nodes = tree.xpath(_COMMENT_XPATH)
    comments = page_comments(tree, nodes)
    # The article is read from the page without its comment thread, when there is one: a
    # comment's date is not the article's, nor its text body text. (The tree is not needed
    # after this, so the thread is taken out of it, not out of a copy.)
    if comments:
        _drop_comments(nodes)
    doc: Any = trafilatura.bare_extraction(
        tree if comments else text,
        include_comments=True,
        with_metadata=True,
        include_tables=False,
        favor_precision=True,
    )
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise ArticleError("No article text was found in this web page.")
    paragraphs = _body(body.split("\n"))
    if not comments and (doc.comments or "").strip():
        comments = tuple(
            PageComment(author="", text=c)
            for c in (clean(x) for x in doc.comments.split("\n"))
            if c
        )
    # trafilatura can leave the first comment's text in the body; a page comment is never body.
    comment_texts = {c.text for c in comments}
    paragraphs = tuple(p for p in paragraphs if p not in comment_texts)
    title = clean(doc.title or "")
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    categories = tuple(c for raw in (doc.categories or []) for c in _split_tags(raw))
    return Article(
        title=title,
        paragraphs=paragraphs,
        categories=categories,
        byline=clean(doc.author) if doc.author else None,
        date=doc.date or None,
        site_name=clean(doc.sitename) if doc.sitename else None,
        url=doc.url or None,
        source=source,
        page_comments=comments,
    )
