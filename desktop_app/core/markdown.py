"""Markdown to plain-text blocks with markdown-it-py (CommonMark, raw HTML kept as text)."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_META_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group("body").splitlines():
        if lm := _META_LINE.match(line.strip()):
            meta[lm.group("key").lower()] = lm.group("value").strip().strip("\"'")
    return meta, text[m.end() :]


def _inline_text(token: Token) -> str:
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            continue  # images are not fetched; their alt text is not prose
    return "".join(out)


def markdown_blocks(text: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Front matter, then (tag, plain text) for each heading, paragraph and code block."""
    meta, body = _front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    md = MarkdownIt("commonmark", {"html": False})
    tokens = md.parse(body)
    blocks: list[tuple[str, str]] = []
    tag = "p"
    for tok in tokens:
        if tok.type in ("heading_open", "paragraph_open"):
            tag = tok.tag
        elif tok.type == "inline":
            blocks.append((tag, _inline_text(tok)))
        elif tok.type in ("fence", "code_block"):
            blocks.append(("pre", tok.content))
    return meta, [(t, b) for t, b in blocks if b.strip()]
