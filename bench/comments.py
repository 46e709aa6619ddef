"""Comment store and thread speed: prints numbers next to their targets (no asserts).

    python bench/comments.py [--saves 200] [--existing 10000] [--shown 1000]

1. Saving one comment into a store that already holds 10,000: p50 and p99 over 200 fresh
   comments, each a full ``CommentStore.add`` (lock, re-read check, atomic write, fsync).
   Target: p99 <= 50 ms.
2. Showing an article with 1,000 comments in ``CommentsView`` (offscreen): ``set_comments``
   plus the event processing that lays out and paints the first screen, then the same with
   the whole document laid out. Target: <= 150 ms.
3. Reading the comment thread of a saved web page with 1,500 threaded comments (replies
   nested up to 8 deep, WordPress markup): ``page_comments`` against parsing the same page
   with lxml, measured in the same run (the floor: the thread cannot be read without the
   parse). Target: linear, a small multiple of the parse.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.atomic import atomic_write_text
from desktop_app.core.comment_store import SCHEMA, VERSION, Comment, CommentStore, quote_ref

SAVE_P99_TARGET_MS = 50.0
DISPLAY_TARGET_MS = 150.0
WORDS = (
    *("the", "council", "said", "it", "would", "review", "the", "plan", "before", "the"),
    *("vote", "next", "week", "and", "residents", "asked", "for", "more", "time", "to"),
    *("read", "the", "report", "which", "runs", "to", "two", "hundred", "pages"),
)


def fake_comments(n: int, article_ids: list[str], rng: random.Random) -> list[Comment]:
    out: list[Comment] = []
    for i in range(n):
        article = article_ids[i % len(article_ids)]
        siblings = [c for c in out[-50:] if c.article_id == article]
        parent = rng.choice(siblings).id if siblings and rng.random() < 0.35 else None
        quote = quote_ref("We will win this", "Jane Doe", 10, 26) if rng.random() < 0.1 else None
        out.append(
            Comment.new(
                article,
                author=f"Reader {i}",
                email=f"reader{i}@example.org",
                website="https://example.org/~r" if i % 4 == 0 else "",
                content=" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 60))),
                parent_id=parent,
                quote=quote,
            )
        )
    return out


def ms(seconds: float) -> float:
    return seconds * 1000.0


def bench_saves(directory: Path, existing: int, saves: int, rng: random.Random) -> None:
    path = directory / "comments.json"
    seed = fake_comments(existing, [f"https://example.org/a{i}" for i in range(100)], rng)
    document = {"schema": SCHEMA, "version": VERSION, "comments": [c.to_dict() for c in seed]}
    atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=1))
    size_mb = path.stat().st_size / 1e6

    start = time.perf_counter()
    store = CommentStore(path)
    load = time.perf_counter() - start
    assert store.problem is None and len(store) == existing

    times = []
    for i in range(saves):
        comment = Comment.new(
            "https://example.org/bench",
            author="Bench",
            email="bench@example.org",
            content=f"Fresh comment number {i}: " + " ".join(rng.choice(WORDS) for _ in range(30)),
        )
        t = time.perf_counter()
        store.add(comment)
        times.append(time.perf_counter() - t)
    times_sorted = sorted(times)
    p50 = statistics.median(times_sorted)
    p99 = times_sorted[min(len(times_sorted) - 1, round(0.99 * len(times_sorted)) - 1)]
    print(f"store: {existing:,} comments, {size_mb:.1f} MB; open (load + parse): {ms(load):.1f} ms")
    print(
        f"save one comment ({saves} saves): p50 {ms(p50):.1f} ms, p99 {ms(p99):.1f} ms, "
        f"max {ms(times_sorted[-1]):.1f} ms (first save {ms(times[0]):.1f} ms)  "
        f"target p99 <= {SAVE_P99_TARGET_MS:.0f} ms: "
        f"{'OK' if ms(p99) <= SAVE_P99_TARGET_MS else 'MISSED'}"
    )


def bench_display(shown: int, rng: random.Random, repeats: int = 5) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.article import PageComment
    from desktop_app.ui.comments_view import CommentsView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    comments = fake_comments(shown, ["https://example.org/shown"], rng)
    page = tuple(PageComment(f"Page reader {i}", "A comment from the page.") for i in range(20))
    view = CommentsView()
    view.resize(900, 700)
    view.show()
    app.processEvents()
    view.set_comments(comments[:5])  # fonts and style caches warm, as in a running app
    app.processEvents()

    first_screen, full = [], []
    for _ in range(repeats):
        view.set_comments(())
        app.processEvents()
        t = time.perf_counter()
        view.set_comments(comments, page)
        app.processEvents()
        view.viewport().grab()  # paint the first screen
        first_screen.append(time.perf_counter() - t)
        view.document().size()  # and lay out the rest (the scroll bar's true range)
        full.append(time.perf_counter() - t)
    assert view.count == shown
    f_med, l_med = statistics.median(first_screen), statistics.median(full)
    print(
        f"show {shown:,} comments: first screen median {ms(f_med):.1f} ms "
        f"(worst {ms(max(first_screen)):.1f}); fully laid out median {ms(l_med):.1f} ms "
        f"(worst {ms(max(full)):.1f})  target <= {DISPLAY_TARGET_MS:.0f} ms: "
        f"{'OK' if ms(l_med) <= DISPLAY_TARGET_MS else 'MISSED'}"
    )


def _wordpress_thread(count: int, rng: random.Random) -> str:
    """A saved page's comment list of about ``count`` comments, replies nested in their parent."""
    made = 0

    def comment(depth: int) -> str:
        nonlocal made
        made += 1
        i = made
        replies = rng.choice((0, 0, 1, 1, 2)) if depth < 8 else 0
        children = "".join(comment(depth + 1) for _ in range(replies) if made < count)
        nested = f"<ol class='children'>{children}</ol>" if children else ""
        return (
            f"<li id='comment-{i}' class='comment depth-{depth + 1}'><article class='comment-body'>"
            f"<footer class='comment-meta'><div class='comment-author vcard'>"
            f"<b class='fn'>Reader {i}</b> <span class='says'>says:</span></div>"
            f"<div class='comment-metadata'><time datetime='2024-03-05T10:00:00+00:00'>"
            f"March 5, 2024</time></div></footer><div class='comment-content'>"
            f"<p>{' '.join(rng.choices(WORDS, k=25))}.</p></div></article>{nested}</li>"
        )

    roots = []
    while made < count:
        roots.append(comment(0))
    return f"<ol class='comment-list'>{''.join(roots)}</ol>"


def bench_page_thread(count: int, rng: random.Random, repeats: int = 5) -> None:
    from lxml import html as lxml_html

    from desktop_app.core.html_page import page_comments

    body = "".join(f"<p>{' '.join(rng.choices(WORDS, k=40))}.</p>" for _ in range(30))
    page = (
        "<html><head><title>A story</title></head><body><article><h1>A story</h1>"
        f"{body}</article><section id='comments'>{_wordpress_thread(count, rng)}</section>"
        "</body></html>"
    )
    parse, thread = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        tree = lxml_html.document_fromstring(page)
        parse.append(time.perf_counter() - t)
        t = time.perf_counter()
        found = page_comments(tree)
        thread.append(time.perf_counter() - t)
    p_med, t_med = statistics.median(parse), statistics.median(thread)
    print(
        f"saved page with {len(found):,} threaded comments "
        f"(up to {max(c.depth for c in found) + 1} deep, {len(page) / 1e6:.1f} MB): "
        f"reading the thread {ms(t_med):.1f} ms, parsing the page (floor) {ms(p_med):.1f} ms: "
        f"{t_med / p_med:.1f}x the floor"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--existing", type=int, default=10_000)
    parser.add_argument("--shown", type=int, default=1_000)
    args = parser.parse_args(argv)
    rng = random.Random(6)
    with tempfile.TemporaryDirectory(prefix="comments-bench-") as tmp:
        bench_saves(Path(tmp), args.existing, args.saves, rng)
    bench_display(args.shown, rng)
    bench_page_thread(1_500, rng)


if __name__ == "__main__":
    main()
