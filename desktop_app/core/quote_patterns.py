"""The vocabulary of attribution: speech verbs, names, roles and the regexes built from them.

Shared by the quote engine (:mod:`desktop_app.core.quotes`). Patterns that run over running
text start with a character set or a literal (the speech-verb finder is a trie of words after a
separator), so that ``re`` can skip ahead at C speed; the others only run on short windows next
to a quotation.

Compiling is most of the engine's import time (the app's cold start), so patterns are kept
short: capitals are one category-based class (:data:`~desktop_app.core.quote_speakers.UP`),
verb tries are case-sensitive with an either-case first letter (a case-insensitive trie turns
every letter into a character set), a role-or-name is ``(?:ROLE_PREFIX)?NAME`` (one copy of
NAME), rarely needed patterns are compiled on first use (``functools.cache``), and the patterns
with names are compiled without each name's stop-word lookahead (:class:`NameChecked`,
:func:`match_after`): the names matched are checked afterwards, and the full pattern, which
tries the same matches in the same order, is compiled and used only when one starts with a
stop word (in none of the development articles).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from typing import Final  # (compiled, a Final module constant is a C variable, no dict lookup)

from desktop_app.core import regex_cache
from desktop_app.core.quote_speakers import (
    FINITE_WORDS,
    LATIN1_NON_LETTER,
    NAME,
    NAME_BODY,
    UP,
    by_first_letter,
    case_branches,
    ends_at,
    starts_at,
    starts_with_stop_word,
    word_alternation,
)


def _words(text: str) -> list[str]:
    """A word list written as one string (easier to read and edit than a list literal)."""
    return text.split()


# --- the vocabulary of attribution -----------------------------------------------------------

VERBS: Final = _words("""said says say saying added adds adding told tells telling explained
explains explaining warned warns warning announced announces insisted insists insisting stressed
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
emailed texted radioed radios cried muttered murmured gushed marvelled marveled bragged assured
assures affirmed affirms alleged alleges advised advises reflected reflects acknowledging insists
conceding cautioning announcing adds called calls described describes hailed praised
criticised criticized slammed blasted dismissed remembers remembered recall laughs
smiles shrugs sighs recalls accused accuses written describe tell explain warn insist recall
admit admitting describing predicting promising urging accusing confirming revealing reminded
calling reminds reminding remind read reads concluded concludes thanked began begins interrupted
interrupts shouting yelling ask""")
# Multi-word cues, as regexes ("pointed out", "was quoted as saying").
# (the two-word ones are also found in running text, as the verbs are: ``VERB_FIND``)
PHRASAL_PAIRS: Final = _words(
    r"""pointed\s+out points\s+out put\s+it puts\s+it went\s+on goes\s+on summed\s+up sums\s+up
    chimed\s+in weighed\s+in shot\s+back fired\s+back cut\s+in broke\s+in"""
)
PHRASAL: Final = PHRASAL_PAIRS + _words(
    r"""was\s+quoted\s+as\s+saying is\s+quoted\s+as\s+saying
    wrote\s+in\s+\w+\s+\w+ said\s+in\s+a\s+statement"""
)
TOLD_OBJECT: Final = (
    rf"(?:\s+(?:the\s+)?(?:{UP}(?:[\w’'&-]|\.(?=\w))*(?:\s+{UP}(?:[\w’'&-]|\.(?=\w))*){{0,4}}"
    r"|the\s+press|the\s+media|a\s+news\s+conference|a\s+press\s+conference"
    r"|(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?"
    r"(?!(?:that|how|why|what|when|whether|if|to|it|this|the|a|an)\b)[a-z]+))?"
)
_VERB_WORDS: Final = sorted(set(VERBS) - {"told"})
#: A speech verb (the cue), lowercase or capitalized; "told" keeps its object: "told reporters".
#: ("told", then the phrasal verbs, then a trie of the others: one branch per first letter.)
VERB: Final = r"\b" + case_branches(
    [
        rf"[tT]old\b{TOLD_OBJECT}",
        *(f"[{p[0]}{p[0].upper()}]{p[1:]}\\b" for p in PHRASAL),
        *(
            f"[{c}{c.upper()}]{word_alternation([w[1:] for w in _VERB_WORDS if w[0] == c])}\\b"
            for c in sorted({w[0] for w in _VERB_WORDS})
        ),
    ]
)
SP: Final = r"[ \u00a0]"
# (The alternations below are written with case_branches: one branch per case of a first
# letter.)
PRON: Final = r"\b" + case_branches(_words(r"[Hh]e [Ss]he [Tt]hey I [Ww]e [Ii]t")) + r"\b"
DET: Final = r"\b" + case_branches(
    _words(r"""[Aa]n? [Tt]he [Oo]ne [Aa]nother [Tt]wo [Tt]hree [Ss]everal [Ss]ome [Mm]any [Hh]is
    [Hh]er [Tt]heir [Ii]ts [Oo]ne\s+of\s+the""")
)
GROUP: Final = (  # (one word may qualify it: "opposition members", "local residents")
    r"\b"
    + case_branches(
        _words(r"""[Oo]pposition\s+ [Ll]ocal\s+ [Gg]overnment\s+ [Ff]ederal\s+ [Ss]tate\s+
        [Uu]nion\s+ [Cc]ampus\s+ [Hh]ospital\s+ [Ss]chool\s+ [Uu]niversity\s+""")
    )
    + "?"
    + case_branches(
        _words(r"""[Oo]fficials [Pp]olice [Rr]esearchers [Ss]cientists [Aa]nalysts [Ee]xperts
        [Cc]ritics [Rr]esidents [Ww]itnesses [Pp]rosecutors [Ii]nvestigators [Dd]octors
        [Oo]rgani[sz]ers [Ss]upporters [Oo]pponents [Ee]conomists [Ee]ngineers [Ss]tudents
        [Tt]eachers [Ww]orkers [Ll]eaders [Ss]ources [Aa]uthorities [Pp]rotesters [Ff]armers
        [Mm]embers [Ll]awmakers MPs [Ss]enators [Vv]oters [Ff]ans [Pp]arents [Aa]ctivists
        [Ll]awyers [Aa]ttorneys [Rr]egulators [Ee]mployees [Ss]ecurity [Ss]taff [Ss]omeone
        [Ss]omebody [Aa]ides [Aa]dvisers [Aa]dvisors [Aa]llies [Rr]elatives [Cc]olleagues
        [Nn]egotiators [Dd]iplomats [Cc]ampaigners""")
    )
    + r"\b"  # (“Shame!” someone shouted from the public gallery)
    # (whose: "lawyers for the drivers", "members of the public", "aides to Mr. Ashgrove")
    r"(?:\s+(?:for|of|to)\s+(?:the\s+)?"
    r"(?:[a-z][\w’'-]*|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*){0,2}))?"
)
# A word of a role phrase; "U.S." keeps its periods. Never a subject pronoun: in "a nickname
# she claims to dislike" the role ends before "she".
# (Possessive, ``++``: what follows a word in every pattern (a space, a comma, the end) is
# never one of its characters, so giving some back could only fail; ``re`` no longer tries.)
RTOK: Final = (
    r"(?!(?:he|she|they|we|I|it|you)\b)"
    rf"(?:(?:{UP}\.){{2,}}|(?:[^\s,;:!?.“”\"—–()]|\.(?![\s,;]|$))++)"
)
ROLE_INV: Final = rf"(?:{DET}(?:{SP}+{RTOK}){{1,12}}|{GROUP})"
ROLE_SUBJ: Final = rf"(?:{DET}(?:{SP}+{RTOK}){{1,8}}?|{GROUP})"
# (Not a determiner of number: "said one Kestrel technician" is a role, not "one" + a name.)
LOWER_ROLE_WORD: Final = (
    r"(?!(?:of|the|for|at|from|in|on|and|with|by|to|a|an|one|another|two|three|several|some|"
    r"many)\b)[a-z][\w-]*+"
)
# Role words before a name ("press secretary Dana Whitfield"). ``(?:ROLE_PREFIX)?NAME`` tries
# the same matches in the same order as ``ROLE_PREFIX NAME|NAME`` with one copy of NAME.
# (Possessive, ``*+`` and ``{0,3}+``: each word is followed by a space, never one of its
# characters, so ``re`` need not give letters back; and giving words back cannot help either:
# a capitalized word is never a lowercase one, and a name never starts with a lowercase
# word, so fewer words would only fail later.)
ROLE_PREFIX: Final = (
    rf"(?:{UP}[\w&’'.-]*+{SP}+){{0,3}}+{LOWER_ROLE_WORD}(?:{SP}+{LOWER_ROLE_WORD}){{0,2}}+{SP}+"
)
ROLE_NAME: Final = rf"{ROLE_PREFIX}{NAME}"
ROLE_OR_NAME: Final = rf"(?:{ROLE_PREFIX})?{NAME}"
APPOS_TAIL: Final = r"[^;“”\"]{1,200}?(?=,|(?<!\b[A-Z])\.(?:\s|$)|;|$)"
ADV: Final = (
    r"(?:later|earlier|simply|then|also|again|once|recently|yesterday|today|afterwards|quietly)"
)

# Words that may stand between a speaker and the speech verb: "Krikalev first stressed".
GAP_WORD: Final = (
    r"(?:has|have|had|would|will|could|should|may|might|must|also|then|later|earlier|first|"
    r"further|again|once|previously|recently|subsequently|repeatedly|only|never|often|always|"
    r"even|still|already|just|now|finally|initially|did|does|do|not|is|was|has\s+been|"
    r"[a-z]{2,}ly)"
)


# Titles that take "the": in "the Rev. Samuel Oduya", "the Hon. Jane Doe" the article belongs
# to the title, not a role
THE_TITLES: Final = ("Rev", "Reverend", "Very Rev", "Right Rev", "Hon")
THE_TITLED: Final = (
    rf"[Tt]he{SP}+(?=(?:{'|'.join(t.replace(' ', f'{SP}+') for t in THE_TITLES)})\b)"
)


def _after_pattern(name: str) -> str:
    """The attribution after a closing mark; each name in it is group ``n1``..``n6``.

    (d5, "Okafor’s deputy, Ade Bello, said", has two commas and none before them: its
    lookahead for them is a quick refusal of the many windows without.)"""
    return (
        rf"{SP}*(?:[,;]{SP}*)?(?P<dash>(?:[—–]|--?){SP}*)?(?:"
        rf"(?P<v1>{VERB})(?:{SP}+{ADV})?{SP}+"
        rf"(?P<s1>{PRON}|(?:{ROLE_PREFIX}|{THE_TITLED})?(?P<n1>{name})|{ROLE_INV})"
        rf"(?:,{SP}+(?P<d1>{APPOS_TAIL}))?"
        rf"|(?=[^,]*,[^,]*,)(?P<d5>(?:(?P<n2>{name})[’']s|{DET}){SP}+(?:[\w’'-]+{SP}+){{0,3}}?[a-z][\w-]*),{SP}+"
        rf"(?P<s5>(?P<n3>{name})),{SP}+(?:{GAP_WORD}{SP}+){{0,2}}(?P<v5>{VERB})"
        rf"|(?P<s2>{PRON}|(?:{ROLE_PREFIX})?(?P<n4>{name})|{ROLE_SUBJ})"
        rf"(?:,{SP}+(?P<d2>[^,“”\"]{{2,200}}?),)?"
        rf"{SP}+(?:{GAP_WORD}{SP}+){{0,2}}(?P<v2>{VERB})"
        rf"|(?P<v3>[aA]ccording{SP}+to){SP}+(?P<s3>(?P<n5>{name})|{ROLE_INV})"
        rf"(?:,{SP}+(?P<d3>{APPOS_TAIL}))?"
        rf"|(?P<s4>(?P<n6>{name}))(?:,{SP}+(?P<d4>{APPOS_TAIL}))?{SP}*(?:[.;]|$)"
        r")"
    )


# Compiled without the stop-word check of each name (a sixth of the pattern's length each):
# :func:`match_after` checks the names it matched and falls back to the full pattern, which
# tries the same matches in the same order, only when one starts with a stop word.
_AFTER_LIGHT: Final = regex_cache.compile(_after_pattern(NAME_BODY))
_NAME_GROUPS: Final = ("n1", "n2", "n3", "n4", "n5", "n6")


@functools.cache
def _after_full() -> re.Pattern[str]:
    return regex_cache.compile(_after_pattern(NAME))


class NameChecked:
    """A pattern compiled without the stop-word check of its names (group ``n``), which is
    done after matching; it falls back to the full pattern (same matches, same order) only
    when a matched name starts with a stop word. Saves most of the pattern's compile time."""

    def __init__(self, build: Callable[[str], str], flags: int = 0) -> None:
        self._build = build
        self._flags = flags
        self._light = regex_cache.compile(build(rf"(?P<n>{NAME_BODY})"), flags)
        self._full: re.Pattern[str] | None = None

    def _fallback(self) -> re.Pattern[str]:
        if self._full is None:
            self._full = regex_cache.compile(self._build(rf"(?P<n>{NAME})"), self._flags)
        return self._full

    def match(self, text: str, pos: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        m = self._light.match(text, pos, end)
        if m is not None and m.start("n") >= 0 and starts_with_stop_word(text, m.start("n")):
            return self._fallback().match(text, pos, end)
        return m

    def fullmatch(self, text: str, pos: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        m = self._light.fullmatch(text, pos, end)
        if m is not None and m.start("n") >= 0 and starts_with_stop_word(text, m.start("n")):
            return self._fallback().fullmatch(text, pos, end)
        return m


def match_after(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The attribution right after a closing mark at ``pos - 1`` (``AFTER.match``)."""
    m = _AFTER_LIGHT.match(text, pos, end)
    if m is not None:
        for g in _NAME_GROUPS:
            s = m.start(g)
            if s >= 0 and starts_with_stop_word(text, s):
                return _after_full().match(text, pos, end)
    return m


# Finding speech verbs in running text: a separator, then a trie of literal words (lower and
# capitalized, each case a branch of its own: tried at every word). Starting with a character
# set lets ``re`` skip ahead at C speed, and the trie is only tried at word starts.
VERB_FIND: Final = regex_cache.compile(
    r"[\s\"“‘(\[—–,;:]"
    + word_alternation(
        [*VERBS, "told", *(p.replace(r"\s+", " ") for p in PHRASAL_PAIRS)],
        either_case_first=True,
        case_branches=True,
    )
    + r"\b"
)
TOLD_OBJECT_RE: Final = regex_cache.compile(TOLD_OBJECT)
PASSIVE_BEFORE: Final = regex_cache.compile(r"(?=[biaw])\b(?:be|been|being|is|are|was|were)\s+$")


# What "calls to ..." or "calls for ..." follows as a noun: "rejected calls to resign"
CALLS_AS_NOUN: Final = regex_cache.compile(
    r"(?:\b(?:the|amid|growing|mounting|renewed|fresh|repeated|despite|new)|[a-z]ed)[ \u00a0]$"
)


_DETERMINERS_BEFORE: Final = (" the ", " a ", " an ", " its ", " their ", " his ", " her ")


def find_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every speech verb in ``text[start:end]`` ("told" with its object)."""
    out = []
    passive = PASSIVE_BEFORE.search
    for m in VERB_FIND.finditer(text, max(0, start - 1), end):
        s, e = m.span()
        s += 1
        lo = s - 12 if s > 12 else 0
        # every passive auxiliary contains "be", "is", "are" or "w" (was, were): a cheap test
        window = text[lo:s]
        if ("be" in window or "is" in window or "are" in window or "w" in window) and passive(
            text, lo, s
        ):
            continue  # "has been criticised by", "is said to be": not a speaker's verb
        if text[e - 2 : e] == "ed" and ends_at(text, _DETERMINERS_BEFORE, lo, s):
            continue  # "described the promised returns as", "the stated aim": an adjective
        if text[s + 1 : s + 5] == "gree" and starts_at(text, (" to ", " on ", " upon "), e):
            continue  # "unless Halvek agreed to an inspection": a deal, not words
        if text[s + 1 : s + 4] == "ead" and starts_at(text, " as ", e):
            continue  # "what many supporters will read as the dreaded ‘vote of confidence’"
        if e - s == 3 and text[s + 1 : e] == "sk" and ends_at(text, "to ", lo, s):
            continue  # "the question a reporter is obliged to ask": no one asked it yet
        if (
            text[s + 1 : s + 4] == "all"
            and starts_at(text, (" to ", " for "), e)
            and CALLS_AS_NOUN.search(text, lo, s)
        ):
            continue  # "has rejected calls to resign", "amid growing calls for": a noun
        if text[s + 1 : e] == "old":  # told / Told: keep the object, "told reporters"
            obj = TOLD_OBJECT_RE.match(text, e, end)
            if obj is not None:
                e = obj.end()
        out.append((s, e))
    return out


# The lookaheads only make the scan faster (about 2x), matching the same: every candidate
# starts with a capital or the h/s/t/w of a pronoun, and a name with a capital, tested
# before the stop-word lookahead of NAME (a long alternation otherwise tried everywhere).
SUBJ_CAND: Final = regex_cache.compile(
    rf"(?=[^\W\d_a-gi-ru-vx-zß-öø-ÿ{LATIN1_NON_LETTER}])"  # UP (as the "I" of "It"), or h, s, t, w
    rf"(?:(?P<pron>{PRON})|(?={UP})(?<![\w’'\-])(?<!\w\.)(?P<name>{NAME}))"
)
# "Tom Hadley of Iowa", "Jonas Berg at Chalmers": where a person is from, before the verb.
FROM: Final = (
    rf"(?:{SP}+\([^()“”\"]{{1,40}}\))?"  # "Mayor Ruth Ortega (D) said"
    rf"(?:{SP}+(?:of|from|at){SP}+(?:the{SP}+)?{UP}[\w’'.-]*(?:{SP}+{UP}[\w’'.-]*)*)?"
)
# (", who" too: "Dr. Marta Gutiérrez-Holm, who called the star “a moody neighbour.”")
GAP_PLAIN: Final = regex_cache.compile(rf"{FROM}(?:,{SP}+who)?{SP}+(?:{GAP_WORD}{SP}+){{0,3}}")
# "Mr Mahmood’s widow, Ayesha, said": a name in commas right before the verb
GAP_COMMA: Final = regex_cache.compile(rf"{FROM},{SP}+(?:{GAP_WORD}{SP}+){{0,2}}")
GAP_APPOS: Final = regex_cache.compile(
    rf"{FROM},{SP}+(?!{FINITE_WORDS}\b)(?P<d>[^“”\"]{{2,250}}?),{SP}+(?:who{SP}+)?"
    rf"(?:{GAP_WORD}{SP}+){{0,2}}"
)
# A role right before ", who said": "through a company spokesman, who said"
ROLE_BEFORE_WHO: Final = regex_cache.compile(  # (or with no comma: "by a judge who said")
    rf".*(?<![\w’'-])(?<!,{SP})(?P<who>{DET}(?:{SP}+[\w’'-]+){{1,5}}),?{SP}+who{SP}+"
    rf"(?:{GAP_WORD}{SP}+){{0,2}}",
    re.DOTALL,
)
INV_LEAD: Final = NameChecked(
    lambda name: (
        rf"(?:{SP}+{ADV})?{SP}+(?P<who>{name}|{ROLE_INV})(?:,{SP}+(?P<d>{APPOS_TAIL}))?"
        rf"{SP}*[,:]?{SP}*"
    )
)


# Rarely needed patterns are compiled on first use: compiling costs import time.
@functools.cache
def according() -> re.Pattern[str]:
    """``according to`` and its source (before the quotation)."""
    # ("according to chief financial officer Liesl Harmon": role words, then the name)
    return regex_cache.compile(rf"(?i:according{SP}+to){SP}+(?P<who>{ROLE_OR_NAME}|{ROLE_INV})")


# A name right after one of these is an object, not the subject of the verb that follows
# (searched for in the 12 characters before the name) ...
OBJECT_BEFORE: Final = regex_cache.compile(
    r"(?=[foatwbi])"  # the first letters of the words: a cheap test before the alternation
    r"\b(?:for|of|at|from|with|to|by|and|or|the|on|in|against|about|between)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}$",
    re.IGNORECASE,
)
# ... and a preposition a few words further back, in the 40 characters before it: "a partner
# at Wellington venture firm Southern Meridian Capital", "of the Bandon Traders’ Association".
OBJECT_FAR_BEFORE: Final = regex_cache.compile(
    r"(?=[foatwbi])\b(?:for|of|at|from|with|to|by|on|in|against|about|between)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?"
    r"(?:(?!(?:was|were|is|are|has|have|had|said|says|told|who|which|that|and|but)\b)"
    r"[\w.’'-]+[ \u00a0]+){0,3}$",
    re.IGNORECASE,
)
# ... or the name in commas after such an object, naming it: "in the capital, Istrava, on
# Saturday" (a place, not the subject)
OBJECT_NAMED_BEFORE: Final = regex_cache.compile(
    r"(?=[ifantowb])\b(?:in|at|from|near|of|to|for|with|by|on)[ \u00a0]+the[ \u00a0]+"
    r"(?:[\w’'-]+[ \u00a0]+){0,2}[\w’'-]+,[ \u00a0]+$",
    re.IGNORECASE,
)
# A role phrase from the start of the sentence, commas allowed: "A spokesperson for the
# Department for Culture, Media and Sport said".
ROLE_LONG: Final = regex_cache.compile(
    rf"{SP}*(?P<who>{DET}(?:{SP}+(?!(?:who|which|that|whose)\b)"
    rf"{RTOK},?|{SP}+(?:he|she|they){SP}+[a-z]+,){{1,14}}?)"  # "One nurse, she said, had"
    rf"(?:,{SP}+(?P<d>(?:who|which|whose){SP}[^,“”\"]{{1,150}}),)?"
    rf"{SP}+(?:{GAP_WORD}{SP}+){{0,2}}"
)
# (after "with": "..., with its chairman admitting the club could be “weeks, not months” ...")
_ROLE_AFTER_WITH: Final = rf"{SP}*(?:with{SP}+)?(?P<who>{ROLE_SUBJ})"
_BEFORE_VERB: Final = rf"{SP}+(?:{GAP_WORD}{SP}+){{0,2}}"  # (then the verb)
ROLE_SEGMENT: Final = regex_cache.compile(_ROLE_AFTER_WITH + _BEFORE_VERB)
ROLE_ONLY: Final = regex_cache.compile(_ROLE_AFTER_WITH)  # (the role and nothing else)
# ... after a quotation's "and": "The first officer called “Reversers,” and the captain (replied)"
ROLE_AFTER_AND: Final = regex_cache.compile(
    rf"{SP}*(?:and|but){SP}+(?P<who>{ROLE_SUBJ})" + _BEFORE_VERB
)
# A role after a relative pronoun: "internal emails in which a quality engineer described",
# "a countertop home assistant that the company says can ..."
ROLE_AFTER_RELATIVE: Final = regex_cache.compile(
    rf".*\b(?:which|whom|where|when|what|that){SP}+"
    # (or a bare plural: "a large study that campaigners say should ...")
    rf"(?P<who>{DET}(?:{SP}+[\w’'-]+){{1,6}}?|[a-z]+(?:ers|ists|ants|ents|ians|ors))"
    rf"{SP}+(?:{GAP_WORD}{SP}+){{0,2}}",
    re.DOTALL,
)


@functools.cache
def possessive_source() -> re.Pattern[str]:
    """A lead-in naming a written source: "From the minister's statement:"."""
    return regex_cache.compile(
        rf"(?P<who>{NAME}|{DET}(?:{SP}+[\w-]+){{1,8}}?)[’']s?{SP}+(?:[\w-]+{SP}+){{0,2}}?"
        r"(?:statement|letter|email|e-mail|post|tweet|speech|remarks|words|message|note|blog|"
        r"testimony|report|address|announcement|memo|submission|reply|response|interview|column)"
    )


# A determiner and up to six words after it: a lead-in's role subject, up to its colon
DET_WORDS: Final = rf"{DET}(?:{SP}+[\w’'-]+){{1,6}}"


@functools.cache
def colon_subject() -> re.Pattern[str]:
    """The first pronoun, name or role phrase of a lead-in line that ends with a colon: "Her
    reply was simple:" (her words: the pronoun's person), "the critic Léa Marchetti was
    blunt:" (the name, described by the role), "A Roscosmos official added:"."""
    return regex_cache.compile(
        rf"(?P<poss>\b(?:[Hh]is|[Hh]er|[Tt]heir))(?:{SP}+[\w-]+){{0,2}}?{SP}+(?:{SPEECH_NOUNS})\b"
        # ("One user, posting as ...:" is a role: "One" before a noun is no name)
        rf"|(?P<pron>{PRON})|(?<![\w’'\-])(?!One{SP}+[a-z])(?P<name>{NAME})"
        rf"|(?P<role>{DET}(?:{SP}+[a-z][\w’'-]*){{1,3}}){SP}+(?P<rname>{NAME})"
        rf"|(?P<role2>{DET_WORDS})"
    )


# Nouns for what someone said: "Her reply was simple:", "That was the verdict of ...".
RESPONSE_NOUNS: Final = (
    r"response|reaction|verdict|view|message|words|answer|reply|assessment|retort|warning|plan"
)
SPEECH_NOUNS: Final = (
    rf"{RESPONSE_NOUNS}|advice|explanation|conclusion|plea|comment|comments|remarks"
    r"|sign|placard|note|letter|post|email|text"  # ("Her own sign ... is blunter:" hers)
)


@functools.cache
def that_was() -> re.Pattern[str]:
    """A sentence after a quotation that names its speaker without a speech verb: “...” That
    was Reyes again. / That was the response of Bernadette Kilbride. / So said the mayor. /
    Those were the judge’s words. The speaker is group ``who`` or ``owner``."""
    return regex_cache.compile(
        # (an aside may stand before the verb: "That, at least, was the view of Atherby")
        rf"{SP}*(?:(?:That|This)(?:,[^,“”\"]{{1,30}},)?\s+was|Those\s+were|So\s+said)\s+"
        rf"(?:(?:the\s+(?:{RESPONSE_NOUNS})\s+(?:of|from)\s+)?"
        rf"(?P<who>{NAME})(?=[\s,.;:!?]|$)"
        # "Those were the judge’s words", "That was Reyes’s verdict"
        rf"|(?P<owner>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|{NAME})[’']s?\s+(?:{RESPONSE_NOUNS})\b)"
    )


# A sentence after a quotation that says whose words they were: “...” The line, from
# Benlloch’s opening statement, drew applause. / The remark came from Greg Tanaka.
LINE_FROM: Final = NameChecked(
    lambda name: (
        rf"{SP}*The{SP}+(?:line|words|remark|remarks|comment|quote|phrase|sentence),?{SP}+"
        rf"(?:came{SP}+)?(?:from|in|of){SP}+(?P<who>{name})(?:[’']s)?\b"
    )
)


# Who conducted an interview printed as questions and answers: "She spoke to Samuel Okafor,
# Africa editor of ...", "... was interviewed by Dana Ruiz". Compiled on first use.
@functools.cache
def interviewer() -> re.Pattern[str]:
    return regex_cache.compile(
        r"\b(?:(?:spoke|talked|speaking|talking)\s+(?:to|with)|interviewed\s+by|"
        rf"in\s+an\s+interview\s+with)\s+(?P<who>{NAME})"
    )


# An opening phrase before the subject of a lead-in: "At her farewell lecture in March,",
# "Writing in the music weekly Ritmo Semanal,".
INTRO_PHRASE: Final = regex_cache.compile(
    r"(?:(?:In|At|On|During|After|Before|Writing|Speaking|Asked|Told|Pressed|Challenged|Addressing|"
    r"Interviewed|Later|"
    r"Earlier|Afterwards|Outside|Inside|Then|Back|Across|Along|Around|Behind|Near|Over|Under|"
    r"Upstairs|Downstairs|Elsewhere|Meanwhile|Today|Yesterday|Tonight|Within|Throughout|"
    r"Midway|Halfway|Partway|Moments|Minutes|Shortly|Soon|Late|Early|Following|Amid|Despite|"
    r"Through|Toward|Towards)\b"
    # (a gerund, then its words: "Speaking to reporters," not the name "Kettering, 34,")
    r"|[A-Z][a-z]+ing\b(?=[ \u00a0]+[a-z])"
    # (a clause before the subject: "When a reporter asked whether ..., Pennock leaned", not
    # "When Everett Lasko, the critic, visited")
    r"|(?:When|While|Once|Although|Though|Because)\b(?=[ \u00a0]+[a-z]))"
    r"(?:[^,:“”\"]|(?<=\d):(?=\d\d)){0,120},"
)  # (a clock time's colon is no lead-in's: "At 16:42 local time,")


def match_intro(text: str, start: int, end: int) -> re.Match[str] | None:
    """``INTRO_PHRASE.match``, refused at once where it cannot match: every opening phrase
    starts with an ASCII capital and ends with a comma."""
    if start < 0:
        start = 0
    if not "A" <= text[start : start + 1] <= "Z" or text.find(",", start, end) < 0:
        return None
    return INTRO_PHRASE.match(text, start, end)


_BEFORE_AS: Final = r"(?:\s+(?:itself|themselves|it))?\s+as"  # "billed itself as"
_SIGN_SAYS: Final = r"(?:\s+that)?\s+(?:read|reading|said)"  # "placards that read"
_NAMED_IT: Final = r"\s+(?:it|him|her|them|this|that|the\s+[a-z]+)(?:\s+(?:the|a|an))?"
MENTION_CUE: Final = regex_cache.compile(
    by_first_letter(
        [
            *(r"so-called", r"so\s+called", r"dubbed", r"nicknamed", r"known\s+as", r"titled"),
            # (under the title “...”)
            *(r"entitled", r"named", r"the\s+word", r"the\s+(?:title|headline|heading)"),
            *(r"the\s+words", r"the\s+term", r"the\s+phrase", r"slogan", r"motto", r"tagline"),
            *(r"catchphrase", r"the\s+hashtag", r"labelled"),
            # ("A second internal label, “Clean Sheet,” appears"; the word boundary before a
            # first letter is tested after it: l(?<!\w.)abel)
            *(r"l(?<!\w.)abel", r"n(?<!\w.)ickname", r"m(?<!\w.)oniker", r"labeled"),
            *(f"branded{_BEFORE_AS}", f"billed{_BEFORE_AS}", f"marketed{_BEFORE_AS}"),
            *(f"advertis(?:ed|es|ing){_BEFORE_AS}", f"promot(?:ed|es|ing){_BEFORE_AS}"),
            *(r"a\s+sign\s+reading", r"signs\s+reading"),
            *(f"{w}[\\s-]?names?" for w in _words("brand trade code stage pen screen product")),
            *(r"chants?\s+of", r"cries\s+of", r"shouts\s+of", r"chorus(?:es)?\s+of"),
            *(r"chant(?:ed|ing)", r"asked\s+about"),
            *(f"{w}{_SIGN_SAYS}" for w in _words("signs? banners? placards? posters? t-shirts?")),
            # ("branded the deal the “Velmora Accord.”")
            *(f"{w}{_NAMED_IT}" for w in _words("dubbed nicknamed branded labell?ed")),
            # "officials have named the “Cedar Ridge fire”", "a gap residents call “the
            # Chute”", "which members, with some affection, call “the Veterans’ Hour.”"
            *(
                f"{w}\\s+(?:it\\s+)?the"
                for w in _words("named renamed nicknamed dubbed designated")
            ),
            r"c(?<=[\w,]\s.)(?:all|alls)",
        ]
    )
    + r"[\s,:]*$"
)
# Before a title-case quotation, a kind of work names its title ("her 2009 memoir, “Flour on
# Everything,”", "the documentary “Strings Attached.”") and "call it" a name.
TITLE_CUE: Final = regex_cache.compile(
    by_first_letter(
        _words(
            r"""memoir book novel biography autobiography film movie documentary album song
            single play musical opera series show podcast column essay poem journal magazine
            newspaper anthem hymn ballad track exhibition episode collection anthology cookbook
            programme program report study paper campaign slogan project calls?\s+(?:it|this|them)
            called\s+(?:it|this|them)"""
        ),
        word_start=True,
    )
    + r"[\s,:]*$"
)
# What may follow an attribution to the end of its sentence: "Smith said on Tuesday."
SENTENCE_TAIL: Final = regex_cache.compile(
    rf"(?:{SP}+(?:on|in|at|during|after|before|outside|inside|via|through|by|to|with|from|"
    r"yesterday|today|tonight|last|this|late|early|earlier|later|afterwards|again|simply|"
    r"quietly|flatly|bluntly|softly)\b[^.!?“”\"]{0,30}?)?(?:[.!?]|$)(?!\w)"
)
FILLER_DESC: Final = regex_cache.compile(
    r"(?i:for\s+(?:his|her|their|its)\s+part|however|meanwhile|in\s+turn|too|though|"
    r"though|again|instead|in\s+response|in\s+reply|in\s+an?\s+\w+|at\s+the\s+time|"
    r"\w+ing\b.*)$"  # "pointing at the scan", "speaking on condition of anonymity"
)
# A sentence whose subject is a role: "Another analyst, who ...", "A spokeswoman for ...",
# "The witness shook her head." (up to its first verb)
ROLE_SUBJECT_START: Final = regex_cache.compile(
    # (a firm's "&" among its words: "A Hartwell & Pryce spokeswoman")
    rf"(?P<who>(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne|[Tt]he)(?:{SP}+(?!(?:who|which|that)\b)(?:[\w’'-]+|&)){{1,12}}?)"
    rf"(?=,|{SP}+who\b|{SP}+{VERB}|{SP}+(?:[a-z]{{2,}}ed|shook|took|sat|stood|held|gave|kept|"
    rf"fell|began|wept|bit|hung|drew|rose|got|ran|went|came|threw|broke|spoke)\b)"
)
GENDER_CLUE: Final = {
    "he": regex_cache.compile(
        r"\b(?:his|he|himself|\w*(?<!wo)man|father|husband|son|brother)\b", re.I
    ),
    "she": regex_cache.compile(
        r"\b(?:her|hers|she|herself|\w*woman|mother|wife|daughter|sister)\b", re.I
    ),
    "they": regex_cache.compile(r"\b(?:their|they|themselves)\b", re.I),
}
NAME_ONLY: Final = NameChecked(lambda name: rf"(?P<name>{name})(?:,.*)?", re.DOTALL)
# Lowercase role words before a name: "Jefferies analyst Priya Natarajan", "press secretary
# Dana Whitfield".
ROLE_THEN_NAME: Final = NameChecked(
    lambda name: (
        rf"(?P<role>(?:{UP}[\w&’'.-]*{SP}+){{0,3}}[a-z][\w-]*(?:{SP}+[a-z][\w-]*){{0,2}})"
        rf"(?<!\bfor)(?<!\bof)(?<!\bat)(?<!\bfrom)(?<!\bwith)(?<!\bby)(?<!\band)(?<!\bthe)"
        rf"{SP}+(?P<name>{name})"
    )
)
# The written sources an article quotes: "a report", "The evacuation order", "the advisory".
DOCUMENT_NOUNS: Final = "|".join(
    _words("""report study survey analysis review audit statement letter email e-mail memo note
    message release filing order notice ruling judgment post advisory bulletin directive entry
    logbook log diary transcript""")
)
# "The statement continued:": a written source stands for whoever issued it.
DOCUMENT_ROLE: Final = regex_cache.compile(
    rf"(?i:the|that|this|its|their|his|her)\s+(?:[\w-]+\s+)?(?P<noun>{DOCUMENT_NOUNS})"
)
# The kinds of organisation a definite description stands for: "the company said", "The
# ministry published new guidance."
ORG_NOUNS: Final = "|".join(
    _words("""company firm bank group exchange carrier airline retailer insurer lender automaker
    carmaker manufacturer maker startup club union council ministry agency regulator broadcaster
    network chain operator charity university school hospital trust theatre theater museum
    gallery orchestra festival library foundation institute league team party publisher label
    studio venue newspaper magazine church department government court commission board
    authority office bureau""")
)
# "the company said": an organisation named before, by a definite description of its kind
ORG_DEFINITE: Final = regex_cache.compile(rf"(?i:the)\s+(?:{ORG_NOUNS})")
# A capitalized name followed by a verb or a possessive: a candidate for that organisation.
ORG_NAMED: Final = regex_cache.compile(
    # ("The United Nations Office for Civilian Relief": "of", "for" and "and" inside it, and
    # a particle: "Alianza de Socorro Internacional")
    rf"(?<![\w’'-])(?P<org>{UP}[\w&-]+"
    rf"(?:[ \u00a0]+(?:(?:of|for|and|de|del|des|da|do|di|du)[ \u00a0]+)?{UP}[\w&-]+){{0,5}})"
    # (a clause in commas between: "The Harbourside Playhouse, where he began, said")
    r"(?:[’']s\b|(?:,[^,;“”\"]{1,120},)?(?:[ \u00a0]+on[ \u00a0]+[A-Z][a-z]+day)?"
    r"[ \u00a0]+(?:also[ \u00a0]+)?(?:said|says|has|had|is|was|will|would|announced|"
    r"confirmed|denied|declined|reported|posted|told|added|insisted|stated|disclosed|unveiled|"
    r"launched|released|introduced|issued|warned|apologi[sz]ed|cancell?ed|admitted|argued|"
    r"claimed|promised|pledged|welcomed|rejected|blamed))"
)
REPLY_CUES: Final = frozenset(_words("replied answered responded countered retorted shot back"))
#: A radio call opening a quotation, addressee first: "Surface, this is Kestrel." or, between
#: call signs already known, "Kestrel, Surface." (the "from" group is the caller's call sign).
RADIO_CALL: Final = regex_cache.compile(
    rf"(?P<to>{UP}[\w-]*(?:{SP}{UP}[\w-]*)?),{SP}+(?P<this>this{SP}+is{SP}+)?"
    rf"(?P<from>{UP}[\w-]*(?:{SP}{UP}[\w-]*)?)[.,!](?:\s|$)"
)
OWN_WORDS: Final = regex_cache.compile(
    r"(?i:(his|her|their)\s+(?:own\s+)?(?:evidence|account|testimony|statement|words|version|"
    r"admission|recollection|telling))"
)
DEFINITE: Final = regex_cache.compile(r"the\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[\w-]+)")
# Heads of definite descriptions that name an office or a body, not an earlier person.
INSTITUTIONAL: Final = frozenset(
    _words(
        """spokesman spokeswoman spokesperson statement report company agency ministry
        department police government court council committee office embassy minister
        president chairman chair director organisers organizers authorities officials
        prosecution defence defense campaign group union team club board firm bank
        suit lawsuit family regulator watchdog"""
    )
)
BEAT: Final = NameChecked(
    # (a role before the name too: "Castlebrook manager Declan Whitcombe saw it differently.")
    lambda name: (
        rf"{SP}*(?P<who>{PRON}|(?:{ROLE_PREFIX})?{name})(?:,[^,.“”\"]{{1,100}},)?"
        rf"{SP}+[a-z]+(?:{SP}+[a-z]+){{0,7}}[.!?]{SP}*"  # (an aside: "Delaney, told of it,")
    )
)
DET_START: Final = regex_cache.compile(DET + r"\s")
# A wire story's dateline before its first sentence: "PORT CARRIDGE — ", "BRUSSELS (Reuters) - "
DATELINE: Final = regex_cache.compile(
    r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]*)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+"
    r"(?:\([A-Za-z ]+\)\s+)?(?:—|–|--?)\s+"
)
# Between a verb and the quotation it completes: "dismissed as “...”", "described it as “...”"
GOVERNS_AS: Final = regex_cache.compile(
    r"\s+(?:(?:it|them|him|her|this|that)\s+"
    # (or a short object: "in which she had described the promised returns as “...”")
    r"|(?:the|its|their|his|her|this|that)(?:\s+[\w’'-]+){1,3}\s+)?as\s*"
)
# A role opening a clause as the subject of its verb: "the institute concluded", "The union
# criticized": the determiner phrase, then a verb in the past or present tense.
SUBJECT_ROLE: Final = regex_cache.compile(
    rf"{SP}*(?P<who>(?i:the|a|an){SP}+(?:[\w’'-]+{SP}+){{0,3}}?[a-z][\w’'-]*)"
    rf"{SP}+(?:has{SP}+|had{SP}+)?[a-z]+(?:ed|s)\b"
)
# A subject's first verb phrase, then "and" (or "but") and the speech verb: " stood on the
# bed of a borrowed truck and " (told supporters ...), " declined to say ..., but " (said);
# a relative clause may come first: ", who leads the Riverside Party, has been watching the
# tables closely and " (said)
COORDINATED: Final = regex_cache.compile(
    rf"(?:,{SP}+who{SP}+[^,.;:“”\"]{{1,120}},)?"
    rf"{SP}+[a-z]+\b[^.;:“”\"]{{0,160}}?,?{SP}+(?:and|but){SP}+(?:{GAP_WORD}{SP}+){{0,2}}"
)
# Where a sentence starts a clause with a subject of its own: "Marsh said ..., while Lang ..."
CLAUSE_BREAK: Final = regex_cache.compile(
    r",\s+(?:while|whereas|but|although|though|where|when)\s+|;\s+"
)
PRONOUN_START: Final = regex_cache.compile(r"(He|She)\s")
AGE: Final = regex_cache.compile(r"^\d{1,3}(?:,\s*|$)")
SMALL_WORDS: Final = frozenset(
    _words("""of the and for in on a an to at de la du von van by with or & vs e y et da do dos
    das del della di der den le les el und from into about through via""")
)
TERMINAL: Final = frozenset(".!?…")
LEAD_WINDOW: Final = 400
AFTER_WINDOW: Final = 320
