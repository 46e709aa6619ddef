"""The quote engine: every direct quotation in an article's plain text, with its speaker.

Pure Python (stdlib ``re`` only), linear in the length of the text. Three stages:

1. :mod:`~desktop_app.core.quote_marks` pairs the quote marks, paragraph by paragraph, into
   top-level quotations (multi-paragraph ones get one part per paragraph; an unclosed mark is
   bounded at a sentence or paragraph end).
2. :mod:`~desktop_app.core.quote_speakers` learns the article's people in one pass: fullest
   names, the pronouns used of them, their titles and appositives.
3. This module attributes each quotation from small windows of text around it (never more
   than a few hundred characters, so the cost per quotation is constant):

   * **after** the closing mark, one anchored regex: ``“...,” said Maria Okafor``, ``“...,”
     Okafor, the chief engineer, said``, ``“...,” he told reporters``, ``“...” — Name``,
     ``“...,” according to a spokeswoman for ...``;
   * **before** the opening mark, within its sentence (or the previous paragraph when that one
     ends with a colon or an open appositive): ``Krikalev, who serves as ..., stated, “...``,
     ``Said Okafor: “...``, ``From the minister's statement: “...``, and partial quotations in a
     sentence with a speech verb (``Berg said the far side is “the quietest place...”``);
   * a split quotation (``“...,” he said, “...”``) becomes one quotation with two parts;
   * a quotation with no attribution of its own takes it from context: the previous sentence
     (``A Roscosmos official stated...``), the other quotations of its paragraph, then the
     previous paragraph's speaker.

   A short quoted phrase with no speech cue, a title-case name ("International Lunar Research
   Station") or a "so-called" phrase is a ``mention``, not speech.

Spans are Python code points into the text passed in; ``text[p.start:p.end] == p.text`` holds
for every part. Output is sorted by start and deterministic.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from desktop_app.core.quote_marks import (
    RawQuote,
    find_quote_spans,
    paragraph_spans,
    sentence_starts,
)
from desktop_app.core.quote_speakers import NAME, UP, People, clean_role, word_alternation
from desktop_app.core.quote_types import Quote, QuotePart

__all__ = ["extract_quotes"]


def _words(text: str) -> list[str]:
    """A word list written as one string (easier to read and edit than a list literal)."""
    return text.split()


# --- the vocabulary of attribution -----------------------------------------------------------

_VERBS = _words("""said says say saying added adds adding told tells telling explained explains
explaining warned warns warning announced announces insisted insists insisting stressed
stresses stressing recalled recalls recalling noted notes noting argued argues arguing asserted
asserts claimed claims claiming commented comments confirmed confirms continued continues
declared declares declaring emphasised emphasized emphasises emphasizes observed observes
remarked remarks replied replies replying responded responds reported revealed stated states
suggested suggests wrote writes writing asked asks asking acknowledged acknowledges admitted
admits agreed agrees answered answers conceded concedes contended contends cautioned cautions
complained complains predicted predicts promised promises recounted recounts reiterated
reiterates repeated repeats shouted shouts testified testifies tweeted tweets posted
underlined underlines urged urges vowed vows whispered whispers joked jokes laughed mused muses
quipped quips boasted boasts countered counters objected protested protests pleaded pleads
maintained maintains elaborated clarified disclosed discloses estimated lamented laments
mentioned mentions proclaimed exclaimed exclaims yelled screamed sighed wondered confided
demanded demands denied denies echoed echoes grumbled hinted implored
interjected opined pledged pledges retorted snapped speculated surmised thundered volunteered
emailed texted cried muttered murmured gushed marvelled marveled bragged assured assures
affirmed affirms alleged alleges advised advises reflected reflects acknowledging insists
conceding cautioning announcing adds called calls described describes hailed praised
criticised criticized slammed blasted dismissed remembers remembered recall laughs
smiles shrugs sighs recalls accused accuses describe tell explain warn insist recall
admit""")
# Multi-word cues, as regexes ("pointed out", "was quoted as saying").
_PHRASAL = _words(
    r"""pointed\s+out points\s+out put\s+it puts\s+it went\s+on goes\s+on summed\s+up sums\s+up
    chimed\s+in weighed\s+in was\s+quoted\s+as\s+saying is\s+quoted\s+as\s+saying
    wrote\s+in\s+\w+\s+\w+ said\s+in\s+a\s+statement"""
)
_TOLD_OBJECT = (
    rf"(?:\s+(?:the\s+)?(?:{UP}(?:[\w’'&-]|\.(?=\w))*(?:\s+{UP}(?:[\w’'&-]|\.(?=\w))*){{0,4}}"
    r"|the\s+press|the\s+media|a\s+news\s+conference|a\s+press\s+conference"
    r"|(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?"
    r"(?!(?:that|how|why|what|when|whether|if|to|it|this|the|a|an)\b)[a-z]+))?"
)
_VERB_ALT = word_alternation(v for v in set(_VERBS) if v != "told")
#: A speech verb (the cue); "told" keeps its object: "told reporters".
VERB = (
    rf"(?:\b(?i:told)\b{_TOLD_OBJECT}"
    rf"|(?i:\b(?:{'|'.join(_PHRASAL)}|{_VERB_ALT})\b))"
)
_SP = r"[ \u00a0]"
_PRON = r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b"
_DET = (
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Hh]is|"
    r"[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne\s+of\s+the)"
)
_GROUP = (
    r"\b(?:[Oo]fficials|[Pp]olice|[Rr]esearchers|[Ss]cientists|[Aa]nalysts|[Ee]xperts|"
    r"[Cc]ritics|[Rr]esidents|[Ww]itnesses|[Pp]rosecutors|[Ii]nvestigators|[Dd]octors|"
    r"[Oo]rgani[sz]ers|[Ss]upporters|[Oo]pponents|[Ee]conomists|[Ee]ngineers|[Ss]tudents|"
    r"[Tt]eachers|[Ww]orkers|[Ll]eaders|[Ss]ources|[Aa]uthorities|[Pp]rotesters|[Ff]armers)\b"
)
# A word of a role phrase; "U.S." keeps its periods.
_RTOK = rf"(?:(?:{UP}\.){{2,}}|(?:[^\s,;:!?.“”\"—–()]|\.(?![\s,;]|$))+)"
_ROLE_INV = rf"(?:{_DET}(?:{_SP}+{_RTOK}){{1,12}}|{_GROUP})"
_ROLE_SUBJ = rf"(?:{_DET}(?:{_SP}+{_RTOK}){{1,8}}?|{_GROUP})"
_LOWER_ROLE_WORD = r"(?!(?:of|the|for|at|from|in|on|and|with|by|to|a|an)\b)[a-z][\w-]*"
_ROLE_NAME = (
    rf"(?:{UP}[\w&’'.-]*{_SP}+){{0,3}}{_LOWER_ROLE_WORD}(?:{_SP}+{_LOWER_ROLE_WORD}){{0,2}}"
    rf"{_SP}+{NAME}"
)
_APPOS_TAIL = r"[^;“”\"]{1,200}?(?=,|(?<!\b[A-Z])\.(?:\s|$)|;|$)"
_ADV = r"(?:later|earlier|simply|then|also|again|once|recently|yesterday|today|afterwards|quietly)"

# Words that may stand between a speaker and the speech verb: "Krikalev first stressed".
_GAP_WORD = (
    r"(?:has|have|had|would|will|could|should|may|might|must|also|then|later|earlier|first|"
    r"further|again|once|previously|recently|subsequently|repeatedly|only|never|often|always|"
    r"even|still|already|just|finally|initially|did|does|do|not|is|was|has\s+been|"
    r"[a-z]{2,}ly)"
)
_AFTER = re.compile(
    rf"{_SP}*(?:[,;]{_SP}*)?(?P<dash>(?:[—–]|--?){_SP}*)?(?:"
    rf"(?P<v1>{VERB})(?:{_SP}+{_ADV})?{_SP}+(?P<s1>{_PRON}|{_ROLE_NAME}|{NAME}|{_ROLE_INV})"
    rf"(?:,{_SP}+(?P<d1>{_APPOS_TAIL}))?"
    rf"|(?P<d5>(?:{NAME}[’']s|{_DET}){_SP}+(?:[\w’'-]+{_SP}+){{0,3}}?[a-z][\w-]*),{_SP}+"
    rf"(?P<s5>{NAME}),{_SP}+(?:{_GAP_WORD}{_SP}+){{0,2}}(?P<v5>{VERB})"
    rf"|(?P<s2>{_PRON}|{_ROLE_NAME}|{NAME}|{_ROLE_SUBJ})(?:,{_SP}+(?P<d2>[^,“”\"]{{2,200}}?),)?"
    rf"{_SP}+(?:{_GAP_WORD}{_SP}+){{0,2}}(?P<v2>{VERB})"
    rf"|(?P<v3>(?i:according{_SP}+to)){_SP}+(?P<s3>{NAME}|{_ROLE_INV})"
    rf"(?:,{_SP}+(?P<d3>{_APPOS_TAIL}))?"
    rf"|(?P<s4>{NAME})(?:,{_SP}+(?P<d4>{_APPOS_TAIL}))?{_SP}*(?:[.;]|$)"
    r")"
)
# Finding speech verbs in running text: a separator, then a trie of literal words (lower and
# capitalized). Starting with a character set lets ``re`` skip ahead at C speed, and the trie
# is only tried at word starts.
_VERB_FIND = re.compile(
    r"[\s\"“‘(\[—–,;:]"
    + word_alternation(
        [w for v in [*_VERBS, "told"] for w in (v, v.capitalize())]
        + [p.replace(r"\s+", " ") for p in _PHRASAL[:10]]
    )
    + r"\b"
)
_TOLD_OBJECT_RE = re.compile(_TOLD_OBJECT)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$")


def _find_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every speech verb in ``text[start:end]`` ("told" with its object)."""
    out = []
    for m in _VERB_FIND.finditer(text, max(0, start - 1), end):
        s = m.start() + 1
        e = m.end()
        if _PASSIVE_BEFORE.search(text, max(0, s - 12), s):
            continue  # "has been criticised by", "is said to be": not a speaker's verb
        if text[s + 1 : e] == "old":  # told / Told: keep the object, "told reporters"
            obj = _TOLD_OBJECT_RE.match(text, e, end)
            if obj is not None:
                e = obj.end()
        out.append((s, e))
    return out


@dataclass(slots=True)
class _ParaInfo:
    """A paragraph's sentence starts and speech verbs, found once (not per quotation)."""

    start: int
    end: int
    sentences: list[int]
    verb_starts: list[int]
    verbs: list[tuple[int, int]]

    def sentence_start(self, floor: int, pos: int) -> int:
        """Start of the sentence containing ``pos``, not before ``floor``."""
        k = bisect.bisect_right(self.sentences, pos) - 1
        if k >= 0 and self.sentences[k] >= floor:
            return self.sentences[k]
        return floor

    def verbs_in(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect.bisect_left(self.verb_starts, start)
        hi = bisect.bisect_left(self.verb_starts, end)
        return [v for v in self.verbs[lo:hi] if v[1] <= end]


_SUBJ_CAND = re.compile(rf"(?P<pron>{_PRON})|(?<![\w’'\-])(?<!\w\.)(?P<name>{NAME})")
# "Tom Hadley of Iowa", "Jonas Berg at Chalmers": where a person is from, before the verb.
_FROM = rf"(?:{_SP}+(?:of|from|at){_SP}+(?:the{_SP}+)?{UP}[\w’'.-]*(?:{_SP}+{UP}[\w’'.-]*)*)?"
_GAP_PLAIN = re.compile(rf"{_FROM}{_SP}+(?:{_GAP_WORD}{_SP}+){{0,3}}")
# "Mr Mahmood’s widow, Ayesha, said": a name in commas right before the verb
_GAP_COMMA = re.compile(rf"{_FROM},{_SP}+(?:{_GAP_WORD}{_SP}+){{0,2}}")
_GAP_APPOS = re.compile(
    rf"{_FROM},{_SP}+(?P<d>[^“”\"]{{2,250}}?),{_SP}+(?:{_GAP_WORD}{_SP}+){{0,2}}"
)
_INV_LEAD = re.compile(
    rf"(?:{_SP}+{_ADV})?{_SP}+(?P<who>{NAME}|{_ROLE_INV})(?:,{_SP}+(?P<d>{_APPOS_TAIL}))?"
    rf"{_SP}*[,:]?{_SP}*"
)
_ACCORDING = re.compile(rf"(?i:according{_SP}+to){_SP}+(?P<who>{NAME}|{_ROLE_INV})")
# A name right after one of these is an object, not the subject of the verb that follows.
_OBJECT_BEFORE = re.compile(
    r"\b(?:for|of|at|from|with|to|by|and|or|the|on|in|against|about|between)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}$",
    re.IGNORECASE,
)
# A role phrase from the start of the sentence, commas allowed: "A spokesperson for the
# Department for Culture, Media and Sport said".
_ROLE_LONG = re.compile(
    rf"{_SP}*(?P<who>{_DET}(?:{_SP}+(?!(?:who|which|that|whose)\b)"
    rf"{_RTOK},?){{1,14}}?)"
    rf"(?:,{_SP}+(?P<d>(?:who|which|whose){_SP}[^,“”\"]{{1,150}}),)?"
    rf"{_SP}+(?:{_GAP_WORD}{_SP}+){{0,2}}"
)
_ROLE_SEGMENT = re.compile(rf"{_SP}*(?P<who>{_ROLE_SUBJ}){_SP}+(?:{_GAP_WORD}{_SP}+){{0,2}}")
_POSSESSIVE_SOURCE = re.compile(
    rf"(?P<who>{NAME}|{_DET}(?:{_SP}+[\w-]+){{1,8}}?)[’']s?{_SP}+(?:[\w-]+{_SP}+){{0,2}}?"
    r"(?:statement|letter|email|e-mail|post|tweet|speech|remarks|words|message|note|blog|"
    r"testimony|report|address|announcement|memo|submission|reply|response|interview|column)"
)
_COLON_SUBJECT = re.compile(
    rf"(?P<pron>{_PRON})|(?<![\w’'\-])(?P<name>{NAME})|(?P<role>{_DET}"
    rf"(?:{_SP}+[\w’'-]+){{1,6}})"
)
_MENTION_CUE = re.compile(
    r"(?i:so-called|so\s+called|dubbed|nicknamed|known\s+as|titled|entitled|named|the\s+word|"
    r"the\s+words|the\s+term|the\s+phrase|the\s+slogan|the\s+motto|the\s+hashtag|labelled|"
    r"labeled|branded\s+as|billed\s+as|marketed\s+as|a\s+sign\s+reading|signs\s+reading)"
    r"[\s,:]*$"
)
# What may follow an attribution to the end of its sentence: "Smith said on Tuesday."
_SENTENCE_TAIL = re.compile(r"[^.!?“”\"]{0,30}?(?:[.!?]|$)(?!\w)")
_FILLER_DESC = re.compile(
    r"(?i:for\s+(?:his|her|their|its)\s+part|however|meanwhile|in\s+turn|too|though|"
    r"though|again|instead|in\s+response|in\s+reply|in\s+an?\s+\w+|at\s+the\s+time)$"
)
# A sentence whose subject is a role: "Another analyst, who ...", "A spokeswoman for ...".
_ROLE_SUBJECT_START = re.compile(
    rf"(?P<who>(?:A|An|Another|One|The)(?:{_SP}+(?!(?:who|which|that)\b)[\w’'-]+){{1,6}})"
    rf"(?=,|{_SP}+(?:who|was|is|had|has|said|says|did|declined|spoke|added|told)\b)"
)
_GENDER_CLUE = {
    "he": re.compile(r"\b(?:his|he|himself|\w*(?<!wo)man|father|husband|son|brother)\b", re.I),
    "she": re.compile(r"\b(?:her|hers|she|herself|\w*woman|mother|wife|daughter|sister)\b", re.I),
    "they": re.compile(r"\b(?:their|they|themselves)\b", re.I),
}
_NAME_ONLY = re.compile(rf"(?P<name>{NAME})(?:,.*)?", re.DOTALL)
# Lowercase role words before a name: "Jefferies analyst Priya Natarajan", "press secretary
# Dana Whitfield".
_ROLE_THEN_NAME = re.compile(
    rf"(?P<role>(?:{UP}[\w&’'.-]*{_SP}+){{0,3}}[a-z][\w-]*(?:{_SP}+[a-z][\w-]*){{0,2}})"
    rf"(?<!\bfor)(?<!\bof)(?<!\bat)(?<!\bfrom)(?<!\bwith)(?<!\bby)(?<!\band)(?<!\bthe)"
    rf"{_SP}+(?P<name>{NAME})"
)
_REPLY_CUES = frozenset(_words("replied answered responded countered retorted shot back"))
_OWN_WORDS = re.compile(
    r"(?i:(his|her|their)\s+(?:own\s+)?(?:evidence|account|testimony|statement|words|version|"
    r"admission|recollection|telling))"
)
_DEFINITE = re.compile(r"the\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[\w-]+)")
# Heads of definite descriptions that name an office or a body, not an earlier person.
_INSTITUTIONAL = frozenset(
    _words(
        """spokesman spokeswoman spokesperson statement report company agency ministry
        department police government court council committee office embassy minister
        president chairman chair director organisers organizers authorities officials
        prosecution defence defense campaign group union team club board firm bank"""
    )
)
_PRONOUN_START = re.compile(r"(He|She)\s")
_AGE = re.compile(r"^\d{1,3}(?:,\s*|$)")
_SMALL_WORDS = frozenset(_words("of the and for in on a an to at de la du von van by with or & vs"))
_TERMINAL = frozenset(".!?…")
_LEAD_WINDOW = 400
_AFTER_WINDOW = 320


@dataclass(slots=True)
class _Attribution:
    speaker: str | None = None
    description: str | None = None
    cue: str | None = None
    direct: bool = False  # an attribution next to the quotation (not inferred from context)


@dataclass(slots=True)
class _Item:
    raw: RawQuote
    attribution: _Attribution
    speech: bool


def extract_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text`` (an article's plain text), sorted by start."""
    if not text:
        return []
    paragraphs = paragraph_spans(text)
    raws = find_quote_spans(text, paragraphs)
    if not raws:
        return []
    people = People()
    people.scan(text, quoted=[part for raw in raws for part in raw.parts])
    return _Extractor(text, paragraphs, people).run(raws)


class _Extractor:
    def __init__(self, text: str, paragraphs: list[tuple[int, int]], people: People) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.people = people
        self.last_speaker: tuple[int, str] | None = None  # (paragraph, speaker)
        # the last speech quotations, for exchanges: (paragraph, speaker, text, cue)
        self._exchange: list[tuple[int, str, str, str | None]] = []
        self._info: dict[int, _ParaInfo] = {}
        self._para_starts = [p[0] for p in paragraphs]
        self._role_speakers: list[tuple[int, str]] = []  # (position, role) of quoted roles

    def info(self, pi: int) -> _ParaInfo:
        info = self._info.get(pi)
        if info is None:
            ps, pe = self.paragraphs[pi]
            verbs = _find_verbs(self.text, ps, pe)
            info = _ParaInfo(
                ps, pe, sentence_starts(self.text, ps, pe), [v[0] for v in verbs], verbs
            )
            if len(self._info) > 4:
                self._info.clear()  # only the current and previous paragraphs are needed
            self._info[pi] = info
        return info

    # --- driver --------------------------------------------------------------------------

    def run(self, raws: list[RawQuote]) -> list[Quote]:
        out: list[Quote] = []
        group: list[RawQuote] = []
        for raw in raws:
            if group and raw.paragraphs[0] != group[0].paragraphs[0]:
                out.extend(self._paragraph(group))
                group = []
            group.append(raw)
        if group:
            out.extend(self._paragraph(group))
        out.sort(key=lambda q: (q.start, q.end))
        return out

    def _paragraph(self, raws: list[RawQuote]) -> list[Quote]:
        pi = raws[0].paragraphs[0]
        items: list[_Item] = []
        k = 0
        while k < len(raws):
            raw = raws[k]
            after = self._after(raw, raws[k + 1] if k + 1 < len(raws) else None)
            # a split quotation: “...,” he said, “...”
            while after is not None and k + 1 < len(raws) and self._splits(raw, after, raws[k + 1]):
                nxt = raws[k + 1]
                raw = RawQuote(
                    raw.parts + nxt.parts,
                    raw.open_marks + nxt.open_marks,
                    nxt.close_mark,
                    raw.paragraphs + nxt.paragraphs,
                    raw.family,
                )
                k += 1
                later = self._after(raw, raws[k + 1] if k + 1 < len(raws) else None)
                after = (after[0], later[1] if later else after[1])
            prev_end = (items[-1].raw.close_mark or items[-1].raw.end) + 1 if items else 0
            attribution = self._attribute(raw, after[0] if after else None, prev_end)
            if attribution.speaker is None and items and self._same_sentence(items[-1], raw):
                # “a solution in search of a problem” and accused them of trying to “punish...”
                prev = items[-1].attribution
                attribution = _Attribution(prev.speaker, prev.description, prev.cue, prev.direct)
            items.append(_Item(raw, attribution, self._is_speech(raw, attribution)))
            k += 1
        self._from_context(items, pi)
        quotes = []
        for item in items:
            a = item.attribution
            if item.speech and a.speaker:
                self.last_speaker = (item.raw.paragraphs[-1], a.speaker)
                self._exchange = [
                    *self._exchange[-1:],
                    (item.raw.paragraphs[-1], a.speaker, self.text[item.raw.end - 1], a.cue),
                ]
            quotes.append(self._quote(item))
        return quotes

    def _definite_anaphor(self, role: str, pos: int) -> str | None:
        """The person a short definite description ("said the 23-year-old", "the Iowa
        Republican said") stands for: the last person named earlier in the same paragraph."""
        m = _DEFINITE.fullmatch(role)
        if m is None or m.group("head").lower() in _INSTITUTIONAL:
            return None
        ps = self.paragraphs[self._paragraph_at(pos)][0]
        found, _, at = self.people.speaker_for_pronoun("someone", pos, ps, ps)
        return found if at >= ps else None

    def _paragraph_at(self, pos: int) -> int:
        k = bisect.bisect_right(self._para_starts, pos) - 1
        return max(k, 0)

    def _role_antecedent(self, pi: int, after: int, pos: int, pronoun: str) -> str | None:
        """A role subject ("Another analyst, who asked not to be named because of his firm's
        policy, was blunter.") that a pronoun at ``pos`` refers to, when no named person is
        mentioned between them. Its sentence must show the pronoun's gender (his firm's) or
        its head noun must (spokeswoman)."""
        info = self.info(pi)
        text = self.text
        own = info.sentence_start(info.start, pos)  # the pronoun's own sentence
        starts = [info.start, *info.sentences]
        for k in range(len(starts) - 1, -1, -1):
            start = starts[k]
            if start >= own or start < after:
                continue
            m = _ROLE_SUBJECT_START.match(text, start, own)
            if m is None:
                continue
            end = starts[k + 1] if k + 1 < len(starts) else own
            if _GENDER_CLUE[pronoun].search(text, m.start(), min(end, own)) is not None:
                return clean_role(m.group("who"))
        return None

    def _same_sentence(self, prev: _Item, raw: RawQuote) -> bool:
        """Do ``prev`` and ``raw`` share a sentence (no sentence break between them)?"""
        if prev.raw.close_mark is None or prev.raw.paragraphs[-1] != raw.paragraphs[0]:
            return False
        if self.text[prev.raw.end - 1] in _TERMINAL:
            return False
        info = self.info(raw.paragraphs[0])
        om = raw.open_marks[0]
        return info.sentence_start(prev.raw.close_mark, om) == prev.raw.close_mark

    def _quote(self, item: _Item) -> Quote:
        text = self.text
        parts = tuple(QuotePart(text[s:e], s, e) for s, e in item.raw.parts)
        a = item.attribution
        speech = item.speech
        return Quote(
            text=" ".join(p.text for p in parts),
            start=parts[0].start,
            end=parts[-1].end,
            parts=parts,
            kind="speech" if speech else "mention",
            speaker=a.speaker if speech else None,
            speaker_description=a.description if speech else None,
            cue=a.cue if speech else None,
        )

    # --- attribution next to the quotation -----------------------------------------------

    def _after(self, raw: RawQuote, nxt: RawQuote | None) -> tuple[_Attribution, int] | None:
        """The attribution right after the closing mark, and where it ends."""
        if raw.close_mark is None:
            return None
        pe = self.paragraphs[raw.paragraphs[-1]][1]
        end = min(pe, raw.close_mark + 1 + _AFTER_WINDOW)
        if nxt is not None:
            end = min(end, nxt.open_marks[0])
        m = _AFTER.match(self.text, raw.close_mark + 1, end)
        if m is None:
            return None
        if m.group("s4") is not None and not m.group("dash"):
            return None
        text = self.text
        if (
            text[raw.end - 1] == "."
            and not m.group("dash")
            and not _SENTENCE_TAIL.match(text, m.end(), end)
        ):
            return None  # “... done.” Smith said the firm would appeal: a new sentence
        pos = raw.open_marks[0]
        for who, desc, verb in (
            ("s1", "d1", "v1"),
            ("s5", "d5", "v5"),  # "Italy's interior minister, Chiara Benedetti, said"
            ("s2", "d2", "v2"),
            ("s3", "d3", "v3"),
            ("s4", "d4", None),
        ):
            if m.group(who) is not None:
                a = self._speaker(m.group(who), m.group(desc), pos)
                a.cue = _cue(m.group(verb)) if verb else None
                a.direct = True
                return a, m.end()
        return None

    def _splits(self, raw: RawQuote, after: tuple[_Attribution, int], nxt: RawQuote) -> bool:
        """Is ``nxt`` the second half of a quotation split by the attribution ``after``?"""
        gap = self.text[after[1] : nxt.open_marks[0]]
        if len(gap) > 80 or raw.family != nxt.family:
            return False
        gap = gap.strip()
        if not gap.endswith(","):
            return False
        return "." not in gap or bool(re.fullmatch(r"[^.]*(?:\b[A-Z]\.)+[^.]*,", gap))

    def _attribute(self, raw: RawQuote, after: _Attribution | None, prev_end: int) -> _Attribution:
        lead, introduced = self._lead(raw, prev_end)
        if introduced and lead is not None and lead.speaker:
            return lead
        if after is not None:
            return after
        if lead is not None:
            return lead
        # a multi-paragraph quotation may be attributed after one of its earlier parts
        return _Attribution()

    def _lead(self, raw: RawQuote, prev_end: int) -> tuple[_Attribution | None, bool]:
        """The attribution before the opening mark, and whether it introduces the quotation
        (ends with a colon/comma or the verb itself) rather than merely sharing its sentence."""
        text = self.text
        om = raw.open_marks[0]
        pi = raw.paragraphs[0]
        ps, _ = self.paragraphs[pi]
        if om <= ps and pi > 0:
            # a lead-in line or an appositive before a paragraph break
            pps, ppe = self.paragraphs[pi - 1]
            last = text[ppe - 1]
            if last in _TERMINAL or last in "”\"’'":
                return None, False
            prev = self.info(pi - 1)
            ls = prev.sentence_start(max(pps, ppe - _LEAD_WINDOW), ppe - 1)
            return self._lead_text(prev, ls, ppe, ppe, introduced=True)
        info = self.info(pi)
        floor = max(ps, om - _LEAD_WINDOW, prev_end)
        ls = info.sentence_start(floor, om)
        if ls >= om:
            return None, False
        j = om
        while j > ls and text[j - 1] in " \u00a0":
            j -= 1
        introduced = text[j - 1] in ",:"
        return self._lead_text(info, ls, j, om, introduced)

    def _lead_text(
        self, info: _ParaInfo, ls: int, end: int, pos: int, introduced: bool
    ) -> tuple[_Attribution | None, bool]:
        text = self.text
        verbs = info.verbs_in(ls, end)
        if verbs:
            vs, ve = verbs[-1]
            inv = _INV_LEAD.fullmatch(text, ve, end)
            if inv is not None and (vs == ls or text[ls:vs].strip() == ""):
                a = self._speaker(inv.group("who"), inv.group("d"), pos)
                a.cue, a.direct = _cue(text[vs:ve]), True
                return a, True
            direct = introduced and len(text[ve:end].strip()) < 120
            # the verb that introduces the quotation, else the sentence's first speech verb
            # with a subject: "Pennington said that she had told her players to ‘go for...’"
            for vs, ve in [verbs[-1]] if direct else verbs:
                subject = self._subject(ls, vs, pos)
                if subject is not None:
                    subject.cue = _cue(text[vs:ve])
                    subject.direct = direct
                    return subject, direct
        acc = _ACCORDING.search(text, ls, end) if text.find("ccording", ls, end) >= 0 else None
        if acc is not None:
            a = self._speaker(acc.group("who"), None, pos)
            a.cue, a.direct = "according to", True
            return a, True
        if text[end - 1] == ":":
            colon = self._colon_subject(ls, end, pos)
            if colon is not None:
                colon.direct = True
                return colon, True
        return None, False

    def _subject(self, cs: int, vs: int, pos: int) -> _Attribution | None:
        """The speaker before a speech verb at ``vs``: a name or pronoun right before it (or
        before an appositive), else a role phrase ("A Roscosmos official")."""
        text = self.text
        cands = list(_SUBJ_CAND.finditer(text, max(cs, vs - 300), vs))
        for c in reversed(cands[-6:]):
            raw = c.group()
            if raw.endswith(("’s", "'s")):
                continue
            if _OBJECT_BEFORE.search(text, max(cs, c.start() - 12), c.start()):
                continue  # "a spokesperson for the Department ...": not the subject
            if _GAP_PLAIN.fullmatch(text, c.end(), vs) or (
                text[c.start() - 2 : c.start()] == ", " and _GAP_COMMA.fullmatch(text, c.end(), vs)
            ):
                return self._speaker(raw, None, pos, c.start())
            g = _GAP_APPOS.fullmatch(text, c.end(), vs)
            if g is not None:
                return self._speaker(raw, g.group("d"), pos)
        seg_start = text.rfind(",", cs, vs) + 1 or cs
        r = _ROLE_SEGMENT.fullmatch(text, seg_start, vs)
        if r is not None:
            return self._speaker(r.group("who"), None, pos)
        r = _ROLE_LONG.fullmatch(text, cs, vs)
        if r is not None:
            return self._speaker(r.group("who"), r.group("d"), pos)
        return None

    def _colon_subject(self, ls: int, end: int, pos: int) -> _Attribution | None:
        text = self.text
        m = _POSSESSIVE_SOURCE.search(text, ls, end)
        if m is None:
            m = _COLON_SUBJECT.search(text, ls, end)
        if m is None:
            return None
        return self._speaker(m.group("who") if "who" in m.groupdict() else m.group(), None, pos)

    def _speaker(
        self, who: str, desc: str | None, pos: int, at: int | None = None
    ) -> _Attribution:
        """Turn the words naming a speaker into the speaker as the article names them best.

        ``pos`` is the quotation's opening mark; ``at`` where the words are, when before it.
        """
        who = " ".join(who.split())
        desc = " ".join(desc.split()).strip(" ,") if desc else None
        if desc:
            desc = _AGE.sub("", desc)  # an age ("Johnson, 34,") is not a description
            if len(desc) < 3 or _FILLER_DESC.match(desc):
                desc = None
        low = who.lower()
        a = _Attribution(description=desc or None)
        if low in ("he", "she", "they"):
            pi = self._paragraph_at(pos)
            ps = self.paragraphs[pi][0]
            # "He said ..." opening a paragraph (or “...,” he said) continues the person quoted
            # just before; deeper in a paragraph, the paragraph's own people come first
            opens = (pos if at is None else at) <= ps
            pps = self.paragraphs[pi - 1][0] if pi > 0 and opens else ps
            a.speaker, known, at = self.people.speaker_for_pronoun(low, pos, ps, pps)
            role = self._role_antecedent(pi, max(at, ps), pos, low)
            if role is None and self._role_speakers:
                # “...,” a spokeswoman for the Space Command said. She said there was ...
                rpos, rrole = self._role_speakers[-1]
                if rpos >= max(at, ps) and _GENDER_CLUE[low].search(rrole):
                    role = rrole
            if role is not None:
                a.speaker, known = role, None
            a.description = a.description or known
            return a
        if low in ("i", "we"):
            return a
        first = who.split()[0]
        if desc and (first[:1].islower() or re.match(_DET + r"\s", who)):
            named = _NAME_ONLY.fullmatch(desc)
            if named is not None:  # "said one of them, Earl Whitcomb, 74,"
                who, desc = named.group("name"), clean_role(who)
                first = who.split()[0]
        titled = None if re.match(_DET + r"\s", who) else _ROLE_THEN_NAME.fullmatch(who)
        if titled is not None:  # "Jefferies analyst Priya Natarajan"
            who = titled.group("name")
            desc = desc or titled.group("role")
            first = who.split()[0]
        own = _OWN_WORDS.fullmatch(who)
        if own is not None:  # "according to his own evidence": the person himself
            pronoun = {"his": "he", "her": "she", "their": "they"}[own.group(1).lower()]
            return self._speaker(pronoun, desc, pos)
        if first[:1].islower() or re.match(_DET + r"\s", who):
            role = clean_role(who)
            alias = self.people.alias(role) or self._definite_anaphor(role, pos)
            a.description = desc or None
            if alias:
                a.speaker = alias
                a.description = a.description or role
            else:
                a.speaker = role
                if not self._role_speakers or pos >= self._role_speakers[-1][0]:
                    self._role_speakers.append((pos, role))
            return a
        a.speaker, a.description = self.people.speaker_for_name(pos, who, desc or None)
        return a

    # --- speech or mention ---------------------------------------------------------------

    def _is_speech(self, raw: RawQuote, a: _Attribution) -> bool:
        if len(raw.parts) > 1 or raw.close_mark is None:
            return True
        s, e = raw.parts[0]
        quoted = self.text[s:e]
        words = quoted.split()
        om = raw.open_marks[0]
        if a.direct and a.cue is not None and not _title_case(words):
            return True
        if len(words) <= 8:
            if _MENTION_CUE.search(self.text, max(0, om - 24), om):
                return False
            if _title_case(words):
                return a.direct and quoted[-1] in ",!?"
        if a.direct or a.cue:  # a speech verb with its subject in the sentence
            return True
        return _sentence_like(quoted, words)

    # --- context -------------------------------------------------------------------------

    def _from_context(self, items: list[_Item], pi: int) -> None:
        """Speakers for speech with no attribution of its own (no verb, context is clear)."""
        for k, item in enumerate(items):
            a = item.attribution
            if not item.speech or a.speaker:
                continue
            found = self._previous_sentence(item.raw)
            if found is None:
                for other in reversed(items[:k]):
                    if other.speech and other.attribution.speaker:
                        found = _Attribution(
                            other.attribution.speaker, other.attribution.description
                        )
                        break
            if found is None:
                for other in items[k + 1 :]:
                    if other.speech and other.attribution.speaker and other.attribution.direct:
                        found = _Attribution(
                            other.attribution.speaker, other.attribution.description
                        )
                        break
            if found is None:
                found = self._previous_paragraph(pi, item.raw)
            if found is not None and found.speaker:
                a.speaker = found.speaker
                a.description = a.description or found.description
                if a.cue is None and found.cue and found.direct:
                    a.cue = found.cue

    def _previous_sentence(self, raw: RawQuote) -> _Attribution | None:
        """Indirect speech just before: “A Roscosmos official stated on April 2 that ...”."""
        text = self.text
        om = raw.open_marks[0]
        info = self.info(raw.paragraphs[0])
        ps = info.start
        ls = info.sentence_start(max(ps, om - _LEAD_WINDOW), om)
        if ls <= ps:
            return None
        prev = info.sentence_start(max(ps, ls - _LEAD_WINDOW), ls - 1)
        if any(c in text[prev:ls] for c in '“”"'):
            return None
        verbs = info.verbs_in(prev, ls)
        if not verbs:
            return None
        vs, ve = verbs[0]
        a = self._subject(prev, vs, om)
        if a is not None and a.speaker:
            a.cue = _cue(text[vs:ve])
            return a
        return None

    def _previous_paragraph(self, pi: int, raw: RawQuote) -> _Attribution | None:
        if self.last_speaker is not None and self.last_speaker[0] >= pi - 1:
            asked = self._asker(pi, raw)
            return _Attribution(asked or self.last_speaker[1])
        if pi == 0:
            return None
        info = self.info(pi - 1)
        text = self.text
        floor = max(info.start, info.end - _LEAD_WINDOW)
        if any(c in text[floor : info.end] for c in '“”"'):
            return None
        ls = info.sentence_start(floor, info.end - 1)
        verbs = info.verbs_in(ls, info.end)
        if verbs:
            return self._subject(ls, verbs[0][0], info.end)
        # no speech verb: the person the paragraph is about ("Her husband, Angus, ... He has
        # written to every minister..."), by the last sentence that opens with a pronoun
        for start in reversed([info.start, *info.sentences]):
            m = _PRONOUN_START.match(text, start, info.end)
            if m is not None:
                return self._speaker(m.group(1), None, start)
        return None


    def _asker(self, pi: int, raw: RawQuote) -> str | None:
        """In an exchange (“...?” Serrano asked. / “I did,” Lang replied. / “And ...?”) an
        unattributed question or retort goes back to the one who asked, not the last voice."""
        if len(self._exchange) < 2:
            return None
        (pa, a, a_end, _), (pb, b, _, b_cue) = self._exchange
        if not (pa == pi - 2 and pb == pi - 1 and a != b):
            return None
        is_reply = b_cue in _REPLY_CUES
        if a_end == "?" and (is_reply or self.text[raw.end - 1] == "?"):
            return a
        return None


def _cue(verb: str | None) -> str | None:
    """The cue as a reader would cite it: "said", "told The Associated Press"."""
    if not verb:
        return None
    first, _, rest = " ".join(verb.split()).rstrip(".,;:").partition(" ")
    return f"{first.lower()} {rest}" if rest else first.lower()


def _title_case(words: list[str]) -> bool:
    """A name of a thing: “International Lunar Research Station”, “The Lord of the Rings”."""
    if not words or len(words) > 8:
        return False
    if words[-1][-1:] in ".!?":
        return False
    caps = 0
    for w in words:
        w = w.strip("(\"'‘“")
        if not w:
            continue
        if w[0].isupper() or w[0].isdigit():
            caps += 1
        elif w.lower() not in _SMALL_WORDS:
            return False
    return caps > 0 and (caps > 1 or len(words) <= 2)


def _sentence_like(quoted: str, words: list[str]) -> bool:
    """Quoted words that stand as speech on their own: a sentence, or a long run of words.
    A short lowercase fragment ("the sound of retreat.") is not: its period is the
    publisher's, placed inside the marks American-style."""
    if len(words) >= 8:
        return True
    if not quoted[:1].isupper():
        return False
    end = quoted.rstrip("”’\"' )")
    if not end:
        return False
    if end[-1] in _TERMINAL or end[-1] == ",":
        return len(words) >= 2 or quoted[:1].isupper()
    return False
