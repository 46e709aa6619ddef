"""Where the quotations are: quote marks paired into spans, paragraph by paragraph.

This is the first stage of the quote engine (:mod:`desktop_app.core.quotes`); it knows nothing
about speakers. It works in one left-to-right pass over the article with precompiled regexes:

* The text is cut into paragraphs at blank lines (the loaders join paragraphs with ``"\\n\\n"``).
* In each paragraph one regex finds the candidate marks: ``“ ” "`` and the single marks ``‘ ’ '``
  that are not between two letters (``don’t``, ``company’s`` never reach the pairing).
* Each mark is classified from its neighbours, not from its glyph alone: a mark after a space
  and before a word opens, one after a word and before a space or punctuation closes (so a
  misprinted ``,“ he said`` still closes). The glyph only breaks ties. Single marks that look
  like elisions (``’90s``, ``’em``) are dropped, and a ``s’`` followed by a word (the students’
  union) closes only when no better closing mark follows in the paragraph.
* Marks are paired with a small stack (nested quotations of either family stay inside the
  outer one). A mark still open at the end of its paragraph either continues the quotation in
  the next paragraph (which then opens with a mark of the same family: the multi-paragraph
  convention) or was never closed by the publisher: it is then bounded before the sentence that
  contains the next quotation, else at the paragraph's end, so it never swallows the article.

The output is a list of :class:`RawQuote`: one per top-level quotation, with one part per
paragraph it covers, and the positions of its marks for the attribution stage.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final  # (compiled, a Final module constant is a C variable, no dict lookup)

from desktop_app.core import regex_cache
from desktop_app.core.quote_speakers import LATIN1_NON_LETTER

__all__ = ["RawQuote", "find_quote_spans", "paragraph_spans", "sentence_start"]


def _words(text: str) -> list[str]:
    """A word list written as one string (easier to read and edit than a list literal)."""
    return text.split()


_DOUBLE: Final = 0
_SINGLE: Final = 1
_MAX_DEPTH: Final = 4  # deeper "nesting" is noise; extra openers are ignored (keeps the stack O(1))

# Candidate marks: doubles always; singles unless flanked by letters/digits on both sides.
# (The pattern starts with a character set, so ``re`` scans for it at C speed.)
# A run of four or more marks (spaces allowed between them) quotes nothing: it is matched
# as one "wall" and skipped, so a megabyte of quote marks costs no more than prose.
_MARK: Final = regex_cache.compile(
    r"[\"“”„'‘’](?:(?P<wall>(?:\s?[\"“”„'‘’]){3,})|(?<=[\"“”„])|(?<![^\W_].)|(?![^\W_]))"
)
_MARK_CHARS: Final = "\"“”„'‘’"  # (the first character set of _MARK)
_DOUBLE_CHARS: Final = '"“”„'  # (marks that are always candidates)
_PARAGRAPH_BREAK: Final = regex_cache.compile(r"\n[ \t\f\v\r]*\n\s*")
_OPEN_CONTEXT: Final = frozenset("([{<—–-/\u00a0“‘\"'„«")
_CLOSE_CONTEXT: Final = frozenset(".,;:!?)]}>—–-…/”’\"'»")
# Elisions that start with an apostrophe: ’90s, ’em, ’tis, ’til, ’cause, rock ’n’ roll.
_ELISION: Final = regex_cache.compile(
    r"\d\ds\b|\d\d\b|(?:em|tis|twas|til|cause|n|bout|round)\b", re.IGNORECASE
)

# A sentence boundary: terminal punctuation (and closing marks), space, then a capital/digit.
_SENTENCE_END: Final = regex_cache.compile(
    rf"[.!?…][”’\"')\]]*\s+(?=[“‘\"'(\[]?[^\W\d_a-z{LATIN1_NON_LETTER}]|\d)"
)
_END_CHARS: Final = ".!?…"  # (the first character set of _SENTENCE_END)
_CLOSER_CHARS: Final = "”’\"')]"  # (its second one)
ABBREVIATIONS: Final = frozenset(
    _words("""mr mrs ms dr st sen rep gov gen col lt sgt capt prof rev jr sr inc co corp ltd no vs
    mt ft jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx est
    dept univ cmdr adm maj pres hon messrs mme mlle""")
)


@dataclass(slots=True, init=False)
class RawQuote:
    """A top-level quotation before attribution.

    ``parts`` are (start, end) spans of the quoted words (marks excluded, whitespace trimmed);
    ``open_marks[i]`` is the position of the mark that opens part ``i``; ``close_mark`` the
    position of the final closing mark, or None when the publisher never closed it.
    ``paragraphs`` are the indexes (into :func:`paragraph_spans`) of the parts' paragraphs.
    """

    parts: list[tuple[int, int]]
    open_marks: list[int]
    close_mark: int | None
    paragraphs: list[int]
    family: int
    nested: list[tuple[int, int]]

    def __init__(
        self,
        parts: list[tuple[int, int]],
        open_marks: list[int],
        close_mark: int | None,
        paragraphs: list[int],
        family: int = _DOUBLE,
        nested: list[tuple[int, int]] | None = None,
    ) -> None:
        # (written out, as dataclass would generate it: compiled with mypyc, a method in the
        # source is native code, a generated one is interpreted)
        self.parts = parts
        self.open_marks = open_marks
        self.close_mark = close_mark
        self.paragraphs = paragraphs
        self.family = family
        self.nested = [] if nested is None else nested

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: text between blank lines, outer whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _positions(text: str, chars: str, start: int, end: int) -> list[int]:
    """Where any of ``chars`` stands in [start, end), in order. ``str.find`` skips ahead at
    memory-scan speed; a regex that starts with a character set tests it at every position
    with a call (many times slower), so the patterns are only matched at these positions."""
    out: list[int] = []
    for c in chars:
        i = text.find(c, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1, end)
    out.sort()
    return out


def is_abbreviation_end(text: str, dot: int, floor: int) -> bool:
    """Is the period at ``dot`` the end of an abbreviation or an initial (St., U.S., J.)?"""
    lo = max(floor, dot - 7)
    word = text[text.rfind(" ", lo, dot) + 1 or lo : dot].lstrip("(")
    if not word or len(word) > 6:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: J. K. Rowling, U. S.
    return word.lower().rstrip(".") in ABBREVIATIONS


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Positions in [start, end) where a new sentence begins (abbreviations are skipped)."""
    out: list[int] = []
    abbreviations = ABBREVIATIONS
    # (no bound methods in locals, ``rfind = text.rfind``: compiled with mypyc, ``text.rfind``
    # and ``out.append`` are direct C calls, a bound method is called as any Python object)
    # the lookahead may look at the mark just past ``end`` (“... go.” “We ...)
    stop = min(len(text), end + 2)
    resume = start  # (what finditer would do: the next match starts after this one)
    for dot in _positions(text, _END_CHARS, start, stop):
        if dot < resume:
            continue
        if stop - dot <= 4 and not text[dot + 1 : stop].strip().strip(_CLOSER_CHARS):
            continue  # only closing marks and spaces up to ``stop`` (a paragraph's last
            # sentence, before "\n\n"): no capital can follow, _SENTENCE_END cannot match
        m = _SENTENCE_END.match(text, dot, stop)
        if m is None:
            continue
        e = resume = m.end()
        if e > end:
            break
        if text[dot] == ".":
            # inlined is_abbreviation_end(text, dot, start)
            lo = dot - 7 if dot - 7 > start else start
            word = text[text.rfind(" ", lo, dot) + 1 or lo : dot].lstrip("(")
            if word and len(word) <= 6:
                if len(word) == 1 and word.isupper():
                    continue
                if word.lower().rstrip(".") in abbreviations:
                    continue
        out.append(e)
    return out


_CLOSERS: Final = frozenset("”’\"')]")
_SENTENCE_OPENER: Final = regex_cache.compile(rf"[“‘\"'(\[]?[^\W\d_a-z{LATIN1_NON_LETTER}]|\d")


def opens_sentence(text: str, start: int, pos: int) -> bool:
    """Does a sentence begin at ``pos`` (``pos in sentence_starts(text, start, end)``)?

    The same rule read backwards from ``pos``, without finding every sentence before it:
    terminal punctuation (not an abbreviation's period), closing marks, then spaces.
    """
    j = pos
    while j > start and text[j - 1].isspace():
        j -= 1
    if j == pos:
        return False
    while j > start and text[j - 1] in _CLOSERS:
        j -= 1
    dot = j - 1
    if dot < start or text[dot] not in ".!?…" or not _SENTENCE_OPENER.match(text, pos):
        return False
    if text[dot] == ".":
        lo = dot - 7 if dot - 7 > start else start
        word = text[text.rfind(" ", lo, dot) + 1 or lo : dot].lstrip("(")
        if word and len(word) <= 6:
            if len(word) == 1 and word.isupper():
                return False
            if word.lower().rstrip(".") in ABBREVIATIONS:
                return False
    return True


def sentence_start(text: str, floor: int, pos: int) -> int:
    """Where the sentence containing ``pos`` begins (not before ``floor``)."""
    starts = sentence_starts(text, floor, pos)
    return starts[-1] if starts else floor


# --- mark classification ------------------------------------------------------------------

_OPEN: Final = 1
_CLOSE: Final = 2
_BOTH: Final = 3


def _classify(text: str, i: int, ps: int, pe: int) -> tuple[int, int, bool]:
    """(family, role, weak) for the mark at ``i``; role 0 means "not a quote mark"."""
    ch = text[i]
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + 1] if i + 1 < pe else " "
    open_ctx = prev.isspace() or prev in _OPEN_CONTEXT
    close_ctx = nxt.isspace() or nxt in _CLOSE_CONTEXT
    if ch in '"“”„':
        family = _DOUBLE
        if open_ctx and not nxt.isspace():
            role = _BOTH if close_ctx and not prev.isspace() else _OPEN
        elif close_ctx and not prev.isspace():
            role = _CLOSE
        else:
            role = _BOTH
        if role == _BOTH:
            if ch in "“„":
                role = _OPEN
            elif ch == "”":
                role = _CLOSE
        return family, role, False
    # single marks
    if open_ctx and not nxt.isspace():
        if nxt.isalnum() and _ELISION.match(text, i + 1, pe):
            return _SINGLE, 0, False
        if close_ctx and not prev.isspace():
            return _SINGLE, (_OPEN if ch == "‘" else _CLOSE if ch == "’" else _BOTH), False
        return _SINGLE, _OPEN, False
    if close_ctx and not prev.isspace():
        if prev in "nN" and i >= ps + 3 and text[i - 2] in "’'" and text[i - 3].isspace():
            return _SINGLE, 0, False  # the second mark of rock ’n’ roll
        weak = False
        if nxt.isspace() and prev in "sSzZ":
            # a closing mark, or a plural possessive (the students’ union)?
            j = i + 1
            while j < pe and text[j].isspace():
                j += 1
            weak = j < pe and text[j].isalnum()
        return _SINGLE, _CLOSE, weak
    return _SINGLE, 0, False


# --- pairing ------------------------------------------------------------------------------


@dataclass(slots=True, init=False)  # (its __init__ written out, as RawQuote's)
class _Open:
    family: int
    mark: int  # position of the opening mark
    start: int  # first position of the quoted words
    carried: RawQuote | None  # a multi-paragraph quotation continued here
    has_same_family_inside: bool

    def __init__(self, family: int, mark: int, start: int, carried: RawQuote | None = None) -> None:
        self.family = family
        self.mark = mark
        self.start = start
        self.carried = carried
        self.has_same_family_inside = False


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[RawQuote]:
    """Every top-level quotation in ``text``, sorted by start. Linear in ``len(text)``."""
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    out: list[RawQuote] = []
    carry: RawQuote | None = None
    carry_family = _DOUBLE
    positions = []  # _MARK.finditer's matches that are no wall, matched at the marks only
    resume = 0
    n = len(text)
    for i in _positions(text, _MARK_CHARS, 0, n):
        if i < resume:
            continue  # (inside a wall)
        j = i + 1
        if j < n and (
            text[j] in _MARK_CHARS
            or (j + 1 < n and text[j + 1] in _MARK_CHARS and text[j].isspace())
        ):  # another mark next (maybe after a space): perhaps a wall, which _MARK tells
            m = _MARK.match(text, i)
            if m is not None:
                resume = m.end()
                if m.lastgroup is None:
                    positions.append(i)
        elif (
            text[i] in _DOUBLE_CHARS
            or i == 0
            or j == n
            or not text[i - 1].isalnum()
            or not text[j].isalnum()
        ):  # no wall starts here: _MARK's other branches, tested without a regex call (most
            # marks): a double mark, or a single one not between letters or digits ([^\W_]
            # is str.isalnum)
            positions.append(i)
    n_pos = len(positions)
    k = 0
    for pi, (ps, pe) in enumerate(paragraphs):
        if k >= n_pos or positions[k] >= pe:  # no marks: the common, fast case
            if carry is not None:
                _close_unclosed_carry(text, carry, out)
                carry = None
            continue
        j = bisect.bisect_left(positions, pe, k)
        marks = []
        for i in positions[k:j]:
            family, role, weak = _classify(text, i, ps, pe)
            if role:
                marks.append((i, family, role, weak))
        k = j
        if carry is not None:
            first = marks[0] if marks else None
            if first and first[0] == ps and first[1] == carry_family and first[2] != _CLOSE:
                carry_open: RawQuote | None = carry
            else:
                _close_unclosed_carry(text, carry, out)
                carry_open = None
            carry = None
        else:
            carry_open = None
        if carry_open is None and _simple_pairs(text, marks, pi, out):
            continue
        spans, leftover = _pair(text, marks, ps, pe, carry_open)
        # A quotation left open at the paragraph's end: continued in the next paragraph?
        nxt_open_family = _next_paragraph_opener(text, paragraphs, pi) if leftover else None
        for entry in leftover:
            is_bottom = entry is leftover[0]
            if is_bottom and nxt_open_family == entry.family and not entry.has_same_family_inside:
                s, e = _trim(text, entry.start, pe)
                rq = entry.carried or RawQuote([], [], None, [], entry.family)
                if s < e:
                    rq.parts.append((s, e))
                    rq.open_marks.append(entry.mark)
                    rq.paragraphs.append(pi)
                carry, carry_family = rq, entry.family
                spans.append((entry.start, pe, None, rq))  # reserves the range
                continue
            bound = _unclosed_bound(text, entry, marks, pe)
            if bound is None:
                if entry.carried is not None:
                    _finish(entry.carried, out)
                continue
            s, e = _trim(text, entry.start, bound)
            if s >= e:
                if entry.carried is not None:
                    _finish(entry.carried, out)
                continue
            rq = entry.carried or RawQuote([], [], None, [], entry.family)
            rq.parts.append((s, e))
            rq.open_marks.append(entry.mark)
            rq.paragraphs.append(pi)
            spans.append((s, e, None, rq))
        _select_top_level(text, spans, pi, out, carry)
    if carry is not None:
        _close_unclosed_carry(text, carry, out)
    out.sort(key=lambda q: q.start)
    return out


def _simple_pairs(
    text: str, marks: list[tuple[int, int, int, bool]], pi: int, out: list[RawQuote]
) -> bool:
    """The common paragraph: marks of one family, strictly open, close, open, close...
    Emits its quotations and returns True; returns False (emitting nothing) otherwise."""
    n = len(marks)
    if n % 2:
        return False
    if not n:
        return True
    family = marks[0][1]
    for k in range(0, n, 2):
        o, c = marks[k], marks[k + 1]
        if o[1] != family or c[1] != family or o[2] == _CLOSE or c[2] == _OPEN or c[3]:
            return False
    for k in range(0, n, 2):
        start, close = marks[k][0] + 1, marks[k + 1][0]
        s, e = _trim(text, start, close)
        if s < e:
            out.append(RawQuote([(s, e)], [start - 1], close, [pi], family))
    return True


def _finish(rq: RawQuote, out: list[RawQuote]) -> None:
    if rq.parts:
        out.append(rq)


def _close_unclosed_carry(text: str, rq: RawQuote, out: list[RawQuote]) -> None:
    """The next paragraph did not continue it: the last part stays as it is (unclosed)."""
    _finish(rq, out)


def _next_paragraph_opener(text: str, paragraphs: list[tuple[int, int]], pi: int) -> int | None:
    if pi + 1 >= len(paragraphs):
        return None
    ns, ne = paragraphs[pi + 1]
    m = _MARK.match(text, ns, ne)
    if m is None:
        return None
    family, role, _ = _classify(text, ns, ns, ne)
    return family if role in (_OPEN, _BOTH) else None


def _pair(
    text: str,
    marks: list[tuple[int, int, int, bool]],
    ps: int,
    pe: int,
    carried: RawQuote | None,
) -> tuple[list[tuple[int, int, int | None, RawQuote | None]], list[_Open]]:
    """Pair the paragraph's marks. Returns spans (start, end, close mark, carried quote) of
    closed quotations (nested ones included) and the openers left open, bottom first."""
    # For weak single closers: is there a strong single closer later, before a single opener?
    strong_after = [False] * (len(marks) + 1)
    seen = False
    any_weak = any(m[3] for m in marks)
    for k in range(len(marks) - 1 if any_weak else -1, -1, -1):
        strong_after[k] = seen
        _, fam, role, weak = marks[k]
        if fam == _SINGLE:
            if role == _OPEN:
                seen = False
            elif role in (_CLOSE, _BOTH) and not weak:
                seen = True
    stack: list[_Open] = []
    spans: list[tuple[int, int, int | None, RawQuote | None]] = []
    for k, (i, fam, role, weak) in enumerate(marks):
        if carried is not None and k == 0:
            stack.append(_Open(fam, i, i + 1, carried))
            continue
        open_families = [o.family for o in stack]
        if role == _BOTH:
            role = _CLOSE if fam in open_families else _OPEN
        if role == _CLOSE:
            if fam not in open_families:
                continue  # stray closer (or an apostrophe)
            if weak and strong_after[k]:
                continue  # students’ union: a better closer follows
            while stack:
                top = stack.pop()
                if top.family == fam:
                    spans.append((top.start, i, i, top.carried))
                    break
            continue
        # opener
        if len(stack) >= _MAX_DEPTH:
            continue
        for o in stack:
            if o.family == fam:
                o.has_same_family_inside = True
        stack.append(_Open(fam, i, i + 1))
    return spans, stack


def _unclosed_bound(
    text: str, entry: _Open, marks: list[tuple[int, int, int, bool]], pe: int
) -> int | None:
    """Where an unclosed quotation ends: before the sentence holding the next opening mark,
    else at the paragraph's end. None when it cannot be bounded sensibly."""
    nxt = None
    for i, fam, role, _ in marks:  # marks are sorted; stop at the first opener after entry
        if i > entry.mark and role in (_OPEN, _BOTH) and fam == entry.family:
            nxt = i
            break
    if nxt is None:
        return pe
    starts = sentence_starts(text, entry.start, nxt)
    if not starts:
        return None
    return starts[-1]


def _select_top_level(
    text: str,
    spans: list[tuple[int, int, int | None, RawQuote | None]],
    pi: int,
    out: list[RawQuote],
    carry: RawQuote | None,
) -> None:
    """Keep the spans not inside another one; turn them into RawQuotes."""
    spans.sort(key=lambda s: (s[0], -s[1]))
    last_end = -1
    for start, end, close, rq in spans:
        if start < last_end:
            continue
        last_end = end
        if rq is not None and close is None:
            # an unclosed or continued quotation: its part is already recorded
            if rq is not carry:
                _finish(rq, out)
            continue
        s, e = _trim(text, start, end)
        if s >= e:
            continue
        if rq is not None:  # the closing paragraph of a multi-paragraph quotation
            rq.parts.append((s, e))
            rq.open_marks.append(start - 1)
            rq.paragraphs.append(pi)
            rq.close_mark = close
            out.append(rq)
        else:
            fam = _DOUBLE if text[start - 1] in '"“”„' else _SINGLE
            out.append(RawQuote([(s, e)], [start - 1], close, [pi], fam))
