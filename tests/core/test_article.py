"""Loading articles: every format into one structure; every bad input gets a clear message."""

from __future__ import annotations

import codecs
import hashlib
import os
import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import textio
from desktop_app.core.article import ArticleError, clean, load_article, parse_plain_text

DATA = Path(__file__).parents[1] / "data" / "articles"
SEED = Path(__file__).parents[2] / "resources" / "article.txt"
FORM_TEXT = ("Leave a Reply", "Your email address will not be published", "Required fields")


def test_seed_article_structure() -> None:
    article = load_article(SEED)
    assert article.categories == ("Moon", "Space")
    assert article.title == "Russia and China are talking of cooperating on lunar exploration"
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].startswith("The Russian space agency Roscosmos")
    assert article.paragraphs[-1].endswith("and we are evaluating them all.”")
    assert not any(form in article.text for form in FORM_TEXT)
    # The article's own typography is kept, not "straightened".
    assert "Russia’s intention" in article.text and "“space war”" in article.text


@pytest.mark.parametrize("name", ["probe.txt", "probe.md", "probe_page.html"])
def test_every_format_loads_into_the_same_structure(name: str) -> None:
    article = load_article(DATA / name)
    assert article.title == "Probe lands on the far side"
    assert article.byline == "Jane Roe"
    assert article.date == "2024-03-05"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[1] == (
        "The far side is “the quietest place in the inner solar system,” said Jonas Berg, "
        "the mission's chief scientist."
    )
    assert not any(form in article.text for form in FORM_TEXT)
    if name != "probe_page.html":
        assert article.categories == ("Moon", "Space")


def test_web_page_metadata_comments_and_no_boilerplate() -> None:
    article = load_article(DATA / "probe_page.html")
    assert article.site_name == "Space Daily"
    assert article.url == "https://spacedaily.example/probe-lands"
    assert article.article_id == article.url
    text = article.text
    for junk in ("alert", "color:red", "Home", "Buy now", "All rights reserved", "Congratulations"):
        assert junk not in text
    assert [(c.author, c.text) for c in article.page_comments] == [
        ("Ann Lee", "What a landing! Congratulations to the team."),
        ("Bo Chen", "Agreed, amazing work."),
    ]
    # Bo Chen's comment is nested in Ann Lee's: a reply
    assert [(c.depth, c.reply_to) for c in article.page_comments] == [(0, None), (1, "Ann Lee")]


def _wp_comment(cid: int, author: str, text: str, children: str = "") -> str:
    nested = f"<ol class='children'>{children}</ol>" if children else ""
    return (
        f"<li id='comment-{cid}' class='comment'><article class='comment-body'>"
        f"<div class='comment-author vcard'><b class='fn'>{author}</b> <span>says:</span></div>"
        f"<div class='comment-content'><p>{text}</p></div></article>{nested}</li>"
    )


def test_a_pages_comment_thread_keeps_its_replies_depth_and_whom_they_answer(
    tmp_path: Path,
) -> None:
    thread = _wp_comment(
        1,
        "Ann",
        "First!",
        _wp_comment(2, "Bo", "Reply to Ann.", _wp_comment(3, "Cy", "Reply to Bo."))
        + _wp_comment(4, "Di", "Another reply to Ann."),
    ) + _wp_comment(5, "Ed", "A second thread.")
    body = "".join(
        f"<p>Paragraph {i} of the story, long enough to be the article.</p>" for i in range(8)
    )
    page = tmp_path / "thread.html"
    page.write_text(
        "<html><head><title>A story</title></head><body><article><h1>A story</h1>"
        f"{body}</article><section id='comments'><ol class='comment-list'>{thread}</ol>"
        "</section></body></html>",
        encoding="utf-8",
    )
    comments = load_article(page).page_comments
    assert [(c.author, c.text, c.depth, c.reply_to) for c in comments] == [
        ("Ann", "First!", 0, None),
        ("Bo", "Reply to Ann.", 1, "Ann"),
        ("Cy", "Reply to Bo.", 2, "Bo"),
        ("Di", "Another reply to Ann.", 1, "Ann"),
        ("Ed", "A second thread.", 0, None),
    ]
    assert not any("Reply to" in p or "First!" in p for p in load_article(page).paragraphs)


def test_a_pages_comment_dates_and_words_are_not_the_articles(tmp_path: Path) -> None:
    comment = _wp_comment(1, "Ann", "Posted on the day, great story.").replace(
        "<div class='comment-content'>",
        "<div class='comment-metadata'><time datetime='2019-07-04T09:00:00+00:00'>July 4, 2019"
        "</time></div><div class='comment-content'>",
    )
    body = "".join(f"<p>Paragraph {i} of the story, long enough to be read.</p>" for i in range(8))
    page = tmp_path / "undated.html"
    page.write_text(
        "<html><head><title>An undated story</title></head><body><article>"
        f"<h1>An undated story</h1>{body}</article><ol class='comment-list'>{comment}</ol>"
        "</body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.date is None  # not the comment's 2019-07-04
    assert [(c.author, c.date) for c in article.page_comments] == [
        ("Ann", "2019-07-04T09:00:00+00:00")
    ]
    assert not any("great story" in p for p in article.paragraphs)


# A comment thread: each node is (author, text, replies).
_names = st.text("abcdefghij", min_size=1, max_size=8).map(str.title)
_words = st.lists(st.text("abcdefghijklmnop", min_size=1, max_size=7), min_size=1, max_size=6)
_threads = st.recursive(
    st.tuples(_names, _words.map(" ".join), st.just(())),
    lambda replies: st.tuples(_names, _words.map(" ".join), st.lists(replies, max_size=3)),
    max_leaves=25,
)


def _render(node: tuple, ids: list[int]) -> str:
    author, text, replies = node
    ids.append(len(ids) + 1)
    return _wp_comment(ids[-1], author, text, "".join(_render(r, ids) for r in replies))


def _flatten(node: tuple, depth: int = 0, parent: str | None = None) -> list[tuple]:
    author, text, replies = node
    out = [(author, text, depth, parent)]
    for r in replies:
        out += _flatten(r, depth + 1, author)
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(_threads, min_size=1, max_size=4))
def test_any_comment_thread_is_read_in_page_order_with_each_replys_place(roots: list) -> None:
    from lxml import html as lxml_html

    from desktop_app.core.html_page import page_comments

    ids: list[int] = []
    markup = "".join(_render(r, ids) for r in roots)
    tree = lxml_html.document_fromstring(
        f"<html><body><article><p>Story.</p></article><ol class='comment-list'>{markup}</ol>"
        "</body></html>"
    )
    expected = [row for r in roots for row in _flatten(r)]
    got = [(c.author, c.text, c.depth, c.reply_to) for c in page_comments(tree)]
    assert got == expected


def test_loading_a_web_page_makes_no_network_request(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = load_article(DATA / "probe_page.html")
    assert "pixel.png" not in article.text


def test_markdown_markup_and_raw_html_become_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# Title *here*\n\nSome **bold** and `code` and <script>x()</script> text.\n\n"
        "## A subhead\n\n- a list item\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Title here"
    assert article.paragraphs == (
        "Some bold and code and <script>x()</script> text.",
        "A subhead",
        "a list item",
    )


SAMPLE = "Moon Space\n\nA headline\n\nIt’s “quoted” – naïve café text.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM, native order
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "cp1252"],
)
def test_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(encoded)
    article = load_article(path)
    assert article.title == "A headline"
    assert article.paragraphs == ("It’s “quoted” – naïve café text.",)


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n \t\n")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: 100 MB on paper, nothing on disk
        f.truncate(100 * 1024 * 1024)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    return {
        "empty": (empty, "is empty"),
        "blank": (blank, "is empty"),
        "binary": (binary, "binary data"),
        "huge": (huge, "too large"),
        "missing": (tmp_path / "missing.txt", "does not exist"),
        "directory": (folder, "is a folder"),
    }


BAD = ["empty", "blank", "binary", "huge", "missing", "directory"]


@pytest.mark.parametrize("case", BAD)
def test_bad_input_gets_a_clear_message(tmp_path: Path, case: str) -> None:
    path, message = _bad_inputs(tmp_path)[case]
    with pytest.raises(ArticleError, match=message):
        load_article(path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Headline\n\nBody text.\n", encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the open fail the way it does for other users

        def denied(self: Path, *args: object, **kwargs: object) -> object:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ArticleError, match="permission denied"):
        load_article(path)


def test_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textio, "MAX_BYTES", 10)
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nA body longer than ten bytes.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)


def _id_of(title: str, text: str) -> str:
    """The article id as the app has always worked it out: comments are stored under it."""
    norm = " ".join(f"{title}\n{text}".split()).lower()
    return "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


def test_the_seeds_id_never_changes() -> None:
    """Comments are filed under the id; this is the one every earlier version stored them under."""
    article = load_article(SEED)
    assert article.article_id == "sha256:2f0dcd20cd54370d8d4bb4f6b0bed63b"
    assert article.article_id == _id_of(article.title, article.text)
    assert article.former_ids == ()


@pytest.mark.parametrize(
    ("head", "categories", "title"),
    [
        ("Technology Business\nBrellwick apologises after data sat exposed for months",
         ("Technology", "Business"), "Brellwick apologises after data sat exposed for months"),
        ("Features\n“We kept going”: the last keepers of Fennick Head",
         ("Features",), "“We kept going”: the last keepers of Fennick Head"),
        ("World | Disasters\n23 miners pulled alive from flooded pit",
         ("World", "Disasters"), "23 miners pulled alive from flooded pit"),
    ],
)  # fmt: skip
def test_a_category_line_right_above_the_headline_is_not_part_of_it(
    head: str, categories: tuple[str, ...], title: str
) -> None:
    body = "“It was close,” a rescuer said.\n\nThe work goes on."
    article = parse_plain_text(f"{head}\n\n{body}")
    assert (article.categories, article.title) == (categories, title)
    assert article.text == "“It was close,” a rescuer said.\n\nThe work goes on."
    # Before, the category line was read as the headline's start, and the article's comments
    # were filed under that reading's id: they are still its comments.
    assert article.former_ids == (_id_of(head, body),)
    assert article.article_id == _id_of(title, body) != _id_of(head, body)


@pytest.mark.parametrize(
    "head",
    [
        "Thieves Cut Prized Dutch Portrait\nFrom Frame in Overnight Raid",  # over 3 words
        "Russia Invites China To\nJoin Its Moon Base",  # "To" runs on
        "Moon Base Plans\nrevealed by the agency",  # the second line goes on lower case
    ],
)
def test_a_headline_broken_over_two_lines_stays_one(head: str) -> None:
    article = parse_plain_text(f"{head}\n\nThe body.\n\nMore body.")
    assert article.categories == ()
    assert article.title == " ".join(head.split())
    assert article.former_ids == ()


@pytest.mark.parametrize(
    ("after", "byline"),
    [
        ("By Lydia Conway", "Lydia Conway"),
        ("HAMPTON, Va. — Dorothy Vance keeps a slide rule.", None),
    ],
)
def test_a_headline_ending_in_a_full_stop_is_known_by_what_follows_it(
    after: str, byline: str | None
) -> None:
    headline = "She checked the math for the moon. At 91, she still does the crossword in pen."
    text = f"Science People\n\n{headline}\n\n{after}\n\nShe has not used it since 1971."
    article = parse_plain_text(text)
    assert (article.categories, article.title, article.byline) == (
        ("Science", "People"),
        headline,
        byline,
    )
    assert headline not in article.text
    # Before, "Science People" was the headline and the rest body (the byline too).
    assert article.former_ids == (_id_of("Science People", text.split("\n\n", 1)[1]),)


def test_a_short_first_paragraph_under_a_title_is_still_body() -> None:
    article = parse_plain_text("Moon Base Plans\n\nOfficials met today.\n\nThey agreed.")
    assert (article.categories, article.title) == ((), "Moon Base Plans")
    assert article.paragraphs == ("Officials met today.", "They agreed.")


_WORD = st.text(st.characters(categories=("Lu", "Ll")), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    kicker=st.lists(_WORD.map(str.capitalize), min_size=1, max_size=4),
    headline=st.lists(_WORD, min_size=1, max_size=12),
    body=st.lists(st.lists(_WORD, min_size=1, max_size=20), min_size=1, max_size=4),
    stop=st.sampled_from(["", ".", "?"]),
)
def test_the_id_a_plain_text_article_had_before_is_never_lost(
    kicker: list[str], headline: list[str], body: list[list[str]], stop: str
) -> None:
    """Whatever the new reading makes of a first block of two lines, the comments stored under
    the id the earlier reading gave (every word of it hashed) are still the article's."""
    text = " ".join(kicker) + "\n" + " ".join(headline).capitalize() + stop + "\n\n"
    text += "\n\n".join(" ".join(p) + "." for p in body)
    article = parse_plain_text(text)
    assert _id_of("", text) in (article.article_id, *article.former_ids)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_plain_text_parser_never_crashes_and_keeps_paragraphs_clean(text: str) -> None:
    try:
        article = parse_plain_text(text)
    except ArticleError:
        return
    for paragraph in article.paragraphs:  # one line, no control character, single spaces
        assert paragraph and paragraph == clean(paragraph)
        assert "\n" not in paragraph
    # Every word of the body is a word of the input (control characters aside): nothing invented.
    assert set(article.text.split()) <= set(clean(text).split())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_gives_text_or_a_clear_error(data: bytes) -> None:
    try:
        text = textio.decode(data, "x.txt")
    except ArticleError as e:
        assert "x.txt" in str(e)
    else:
        assert isinstance(text, str) and text.strip()


def test_text_word_count_and_id_are_worked_out_once_and_are_not_identity() -> None:
    """An 8 MB article's text, word count and id each take tens of milliseconds: the viewer
    asks for them several times, so they are kept after the first time."""
    import dataclasses

    article = parse_plain_text("Moon Space\n\nA headline\n\nOne two three.\n\nFour five.")
    assert article.text is article.text
    assert article.word_count == 5
    assert article.article_id == article.article_id
    copy = dataclasses.replace(article)  # nothing worked out yet
    assert copy == article and hash(copy) == hash(article)
    assert (copy.text, copy.word_count, copy.article_id) == (
        article.text,
        article.word_count,
        article.article_id,
    )
    assert "_derived" not in repr(article)
