"""``article-viewer quotes [--format json|csv|markdown] PATH``: print an article's quotations.

Qt-free: ``desktop_app.app`` dispatches here before it imports Qt, so this is quick to start.
Exit status: 0 on success, 1 when the article cannot be read, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.core.article import ArticleError, load_article
from desktop_app.core.quote_export import to_csv, to_json, to_markdown
from desktop_app.core.quotes import extract_quotes

PROG = "article-viewer quotes"
FORMATS = ("json", "csv", "markdown")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Print every quotation of an article with its speaker.",
    )
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument("path", help="the article: .txt, .md or a saved .html page")
    return parser


def _write(text: str) -> None:
    """Write UTF-8 whatever the terminal's locale (typographic quotes are the point)."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:  # a text-only stream (captured in tests)
        stream.write(text)
        stream.flush()


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:  # argparse printed the usage message
        return int(e.code) if isinstance(e.code, int) else 2
    try:
        article = load_article(args.path)
    except ArticleError as e:
        print(f"article-viewer: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"article-viewer: {args.path}: {e.strerror or e}", file=sys.stderr)
        return 1
    quotes = extract_quotes(article.text)
    if args.format == "csv":
        out = to_csv(quotes)
    elif args.format == "markdown":
        out = to_markdown(quotes, title=article.title or None)
    else:
        out = to_json(quotes)
    try:
        _write(out)
    except BrokenPipeError:  # `article-viewer quotes x | head`
        return 0
    return 0
