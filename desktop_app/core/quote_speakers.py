"""Who the people in an article are: names, their fullest form, their pronouns and roles.

The second building block of the quote engine (:mod:`desktop_app.core.quotes`). It learns only
from the article itself, in one regex pass over the text (:meth:`People.scan`):

* **Names** are runs of capitalized words ("Sergey Krikalev", "Mr. Smith", "Jean-Luc de la
  Tour"). Sentence-initial function words ("The", "When") and honorifics are stripped; what is
  left is keyed by its last word, so a later "Krikalev" resolves to the fullest form seen.
* **Pronouns**: every mention of a person votes for the first he/she/they that follows it
  before any other name (“Okafor said her team...”); honorifics (Mr, Ms, Mrs, Sir, Dame...) and
  gendered role words in an appositive (spokeswoman, chairman) vote too. No list of first names
  is used: the article tells who is "he" and who is "she".
* **Person evidence**: a title, an appositive (", who...", ", the company's chief engineer,"),
  an age (", 52,", ", now 64 and"), a role noun before the name ("Eastgate boss Ray Duggan"),
  pronoun votes, or being quoted. A quoted nickname between first name and surname
  (Margaret “Peggy” Albright) still names her; a capitalized run after "an analyst at" is an
  employer, not a person; "Mrs. Albright" is the Albright of her title's gender. Only
  person names take part in pronoun resolution, so "he said" after "...with China" does not
  pick China.

:meth:`People.resolve_pronoun` walks back over the most recent person mentions (a bounded
number), preferring a known matching pronoun, so the cost per quotation is constant.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from typing import Final  # (compiled, a Final module constant is a C variable, no dict lookup)

from desktop_app.core import regex_cache

__all__ = [
    "LATIN1_NON_LETTER",
    "NAME",
    "NAME_BODY",
    "UP",
    "People",
    "clean_name",
    "clean_role",
    "ends_at",
    "starts_at",
    "starts_with_stop_word",
]


def _words(text: str) -> list[str]:
    """A word list written as one string (easier to read and edit than a list literal)."""
    return text.split()


# ``text.startswith(prefix, pos)`` and ``text.endswith(suffix, start, end)``, as the engine
# writes them: compiled with mypyc, ``str.startswith``/``endswith`` are direct C calls only
# without bounds; with them they are generic method calls (looked up by name, their arguments
# boxed and parsed from a tuple), several times the cost of the short slice compared here.
# Negative bounds (counted from the end) and empty ranges go to the methods themselves.
def starts_at(text: str, prefix: str | tuple[str, ...], pos: int) -> bool:
    """``text.startswith(prefix, pos)``."""
    if pos < 0 or pos > len(text):
        return text.startswith(prefix, pos)
    if isinstance(prefix, str):
        return text[pos : pos + len(prefix)] == prefix
    return text[pos : pos + _longest(prefix)].startswith(prefix)


def ends_at(text: str, suffix: str | tuple[str, ...], start: int, end: int) -> bool:
    """``text.endswith(suffix, start, end)``."""
    if end > len(text):
        end = len(text)
    if start < 0 or start > end:
        return text.endswith(suffix, start, end)
    if isinstance(suffix, str):
        return text[max(start, end - len(suffix)) : end] == suffix
    return text[max(start, end - _longest(suffix)) : end].endswith(suffix)


def _longest(words: tuple[str, ...]) -> int:
    n = 0
    for w in words:
        if len(w) > n:
            n = len(w)
    return n


# (?i) takes these too for a letter: the Kelvin sign is a k, ſ (long s) an s.
_IGNORECASE_EXTRA: Final = {"k": "\u212a", "s": "\u017f"}


def by_first_letter(cues: list[str], word_start: bool = False) -> str:
    r"""``(?i:cue|cue|...)`` (``(?i:\b(?:cue|...))`` with ``word_start``) for cues that each start
    with a lowercase ASCII letter, written as one branch per first letter, after a lookahead
    for the first letters: ``so-called|slogan`` -> ``(?=[sSſ])(?:[sSſ](?i:o-called|logan))``.

    ``re`` passes over a branch that starts with a character set at one test, but enters every
    branch that starts with a letter compared without case (a case-insensitive alternation of
    forty cues costs forty entries at every position of a search). Cues with different first
    letters never match at the same place, and those of one letter keep their order: the
    matches are the same. (A letter's set is what ``(?i)`` takes for it.)
    """
    rests: dict[str, list[str]] = {}
    for cue in cues:
        rests.setdefault(cue[0], []).append(cue[1:])
    sets = {c: f"{c}{c.upper()}{_IGNORECASE_EXTRA.get(c, '')}" for c in rests}
    branches = [f"[{sets[c]}](?i:{'|'.join(r)})" for c, r in rests.items()]
    start = r"\b" if word_start else ""
    return f"{start}(?=[{''.join(sets.values())}])(?:{'|'.join(branches)})"


#: The Latin-1 characters that a set of capitals excludes by \W, \d or _ (all but the letters
#: and ª, º, µ, ¹, ², ³, ¼-¾, which \w holds and \d does not). Listed too, they are in the set's
#: bitmap, which ``re`` tests before its categories: a space, a digit or a comma costs one bit
#: test instead of four Unicode table lookups, and every scan for a capital is faster.
LATIN1_NON_LETTER: Final = r"\x00-@\[-`{-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7"
#: One capital letter, as a regex: any letter but the lowercase letters of ASCII and Latin-1.
#: Letters beyond Latin-1 count whatever their case: listing the capitals of Latin Extended,
#: Greek and Cyrillic would make ``re`` build a 64K-entry bitmap at each of the hundred uses
#: (40 ms of import time), and a word starting with such a lowercase letter is vanishingly
#: rare in English news.
UP: Final = rf"[^\W\d_a-zß-öø-ÿ{LATIN1_NON_LETTER}]"

_STOP_WORDS: Final = _words("""A An The In On At By For From To Of With Without About Above After
Against Along Amid Among Around As Before Behind Below Beneath Beside Besides Between
Beyond But Despite Down During Except Inside Into Like Near Off Onto Out Outside Over
Past Since Through
Throughout Till Toward Towards Under Underneath Unlike Until Up Upon Via Within And Or Nor So
Yet If When While Although Though Because Whether Once Unless Whereas Where Whereby
Wherever Whenever Whatever Whoever Why How What Which Who Whom Whose This That These Those
It Its He She They We I You His Her Hers Him Them Their Theirs Our Ours Your Yours My Me Us
There Here Then Now Still Also Even Just Only Meanwhile However Moreover Furthermore
Nevertheless Nonetheless Instead Indeed Thus Therefore Hence Otherwise Afterward Afterwards
Earlier Later Last Next First Second Third Finally Today Tonight Yesterday Tomorrow
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Asked Speaking Speaks Said Says Added
Adds Told Tells According Asked Answering Writing Interviewed Reached Contacted Both Each
Every Some Many Most Much More Few Several All Any No Not None Neither Either Another Other
Such Own Same Do Does Did Is Are Was Were Be Been Being Have Has Had Will Would Shall Should
Can Could May Might Must Let Please Yes Oh Well Perhaps Maybe Sometimes Often Never Always
Already Again Once Twice Soon Recently Currently Initially Originally Eventually Overall
Ultimately Together Almost Nearly Around Nor Whereupon Two Three Four Five Six Seven Eight Nine
Ten Eleven Twelve Fifteen Twenty Thirty Forty Fifty Hundreds Thousands Dozens Minutes Hours
Days Weeks Months Years Seconds Moments Fellow Pressed Challenged Born""")
STOP_WORDS: Final = frozenset(_STOP_WORDS)

# (Not "Earl", "Duke" or "Baron": they are first names far more often than titles in news.)
_MALE_TITLES: Final = frozenset(
    _words("mr sir lord king prince father brother councilman congressman assemblyman spokesman")
)
_FEMALE_TITLES: Final = frozenset(
    _words("""mrs ms miss dame lady queen princess sister duchess baroness madam mme mlle
    councilwoman congresswoman assemblywoman spokeswoman""")
)
_NEUTRAL_TITLES: Final = frozenset(
    _words("""dr prof professor president vice minister secretary senator sen rep representative
    governor gov mayor judge justice chancellor general gen colonel col lieutenant lt major maj
    captain capt sergeant sgt admiral adm commander cmdr officer inspector detective chief
    ambassador commissioner chairman chairwoman chair director rev reverend pope bishop
    archbishop rabbi imam sheikh coach councillor councilor premier speaker deputy
    superintendent sheriff attorney prosecutor mx leader spokesperson
    chairperson ceo cfo coo founder manager minister executive analyst economist strategist
    researcher scientist coach editor reporter correspondent lawyer det insp supt cllr dc ds pc
    kc qc mp msp mep mla""")
)
_TITLES: Final = _MALE_TITLES | _FEMALE_TITLES | _NEUTRAL_TITLES
# Words before an office that make another office of it: the prime minister is not "the
# minister", the vice president not "the president".
_COMPOUND_OFFICE: Final = frozenset(
    _words("prime vice deputy lieutenant assistant acting attorney associate general first cabinet")
)
_ALIAS_SKIP: Final = frozenset(_words("the a an his her their its"))
# The noun a title abbreviates, which "the governor", "the senator" ... later stand for.
_TITLE_NOUN: Final = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "col": "colonel", "lt": "lieutenant", "maj": "major", "capt": "captain", "sgt": "sergeant",
    "adm": "admiral", "cmdr": "commander", "det": "detective", "insp": "inspector",
    "supt": "superintendent", "cllr": "councillor", "prof": "professor", "dr": "doctor",
    "rev": "reverend", "pres": "president",
}  # fmt: skip
_PLACE_ABBR: Final = frozenset(_words("st mt ft jr sr"))
# words that make a role of "woman", "man": "spokeswoman", "chairman"
_ROLE_PREFIX_WORDS: Final = _words(
    "spokes chair business congress council sales police assembly country frontwo"
)
_FEMALE_ROLE: Final = regex_cache.compile(
    by_first_letter(
        [
            *(f"{p}wom[ae]n" for p in _ROLE_PREFIX_WORDS),
            "wom[ae]n",
            *_words("""actress mother wife daughter sister grandmother aunt niece girl widow queen
            princess duchess lady heiress waitress hostess stepmother girlfriend granddaughter
            stepdaughter goddaughter"""),
        ],
        word_start=True,
    )
    + r"\b(?![’'])"  # (not "women’s")
)
# Every word of _FEMALE_ROLE contains one of these, every word of _MALE_ROLE one of those.
_FEMALE_PARTS: Final = _words(
    "wom ess mother wife daughter sister aunt niece girl widow queen lady"
)
_MALE_PARTS: Final = _words(
    "man men actor father husband son brother uncle nephew boy widow king prince duke"
)


def _has_part(low: str, parts: list[str]) -> bool:
    return any(part in low for part in parts)


_MALE_PREFIX_WORDS: Final = [
    *(w for w in _ROLE_PREFIX_WORDS if w != "frontwo"),
    *_words("front fisher gentle states kins"),
]
_MALE_ROLE: Final = regex_cache.compile(
    by_first_letter(
        [
            *(f"{p}m[ae]n" for p in _MALE_PREFIX_WORDS),
            "m[ae]n",
            *_words("""actor father husband son brother grandfather uncle nephew boy widower king
            prince duke stepfather boyfriend grandson stepson godson"""),
        ],
        word_start=True,
    )
    + r"\b(?![’'])"  # (not "both men’s last four fights")
)
_ORG_WORDS: Final = frozenset(
    _words("""agency station conference ministry department university institute command company
    corporation corp inc ltd council committee commission association union party bank court
    office service services group foundation centre center society league board army navy
    force forces police times post news journal press network school college hospital
    organization organisation federation alliance authority administration government
    house senate congress parliament assembly club team fund programme program project
    mission museum festival treaty act bill law accord agreement protocol convention prize award cup
    county state city province island valley park street avenue road bridge airport port
    observatory crater ocean sea lake river bay coast desert forest mountain mountains
    square hall tower building church cathedral palace castle stadium arena centre
    republic kingdom union emirates islands states weekly daily magazine review
    laboratory lab labs caucus network channel radio television airlines airways systems
    promotions productions ventures enterprises pictures records logistics solutions consulting
    technologies holdings partners capital energy motors bureau drive lane boulevard highway
    parish borough district terrace crescent playhouse theatre theater opera gallery orchestra
    studio studios library zoo landing springs falls heights crossing junction creek harbor
    harbour beach village search rescue trust industries media medical pharmaceuticals
    therapeutics foods rovers united athletic wanderers albion rangers row mews quay wharf parade
    gardens embankment promenade plaza alley""")
)

# One capitalized word of a name: "Krikalev", "O’Brien", "Jae-won", an initial "F.", "St."
_ABBREVIATED_TITLE: Final = (
    r"(?:Mr|Mrs|Ms|Mx|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Mt|Hon|Adm|Maj|Cmdr|"
    r"Supt|Insp|Det|Pres|Amb|Cllr)\.(?=[ \u00a0]+[A-Z])"
)
_NAME_WORD: Final = rf"(?:{_ABBREVIATED_TITLE}|{UP}(?:\.(?=[ \u00a0]+{UP})|[\w’'\-]*\w)?)"
_PARTICLE: Final = r"(?:de|da|del|della|di|van|von|der|den|le|la|al|bin|ibn|el|dos|du|ter|y)"
_PARTICLES: Final = frozenset(_PARTICLE[3:-1].split("|"))


def word_alternation(
    words: Iterable[str], either_case_first: bool = False, case_branches: bool = False
) -> str:
    """A regex matching any of ``words``, as a trie: ``said|says`` -> ``sa(?:id|ys)``.

    Python's ``re`` tries the branches of a flat alternation one by one at every position;
    sharing prefixes makes a few hundred words cost a few comparisons. With
    ``either_case_first`` the first letter may also be a capital (``[sS]a(?:id|ys)``): cheaper
    to compile than a case-insensitive trie, where every letter becomes a character set. With
    ``case_branches`` too, each case of the first letter is a branch of its own
    (``sa(?:id|ys)|Sa(?:id|ys)``): twice as long, but ``re`` passes over a branch that starts
    with another literal at one comparison, and over one that starts with ``[sS]`` at a call,
    which counts in a trie tried at every word of a text.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg,unused-ignore]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, root: bool = False) -> str:  # type: ignore[type-arg,unused-ignore]
        alts = []
        for ch in sorted(k for k in node if k):
            rest = build(node[ch])
            if not root or ch.upper() == ch:
                alts.append(re.escape(ch) + rest)
            elif case_branches:
                alts += [ch + rest, ch.upper() + rest]
            else:
                alts.append(f"[{ch}{ch.upper()}]{rest}")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie, either_case_first)


def case_branches(alternatives: Iterable[str]) -> str:
    """An alternation of regexes that each start with a letter, written ``[hH]e`` when either
    case: ``[Hh]e|[Ss]he|I|[Ii]t`` -> ``(?:He|he|She|she|I(?:|t)|it)``. Each case of a first
    letter is a branch of its own, holding the rests of the alternatives that start with it in
    their order: the same matches tried in the same order (branches that start with other
    letters cannot match), but ``re`` passes over a branch that starts with a literal at one
    comparison, and over one that starts with ``[hH]`` at a call. (No alternative may hold a
    group: it would be written twice.)"""
    rests: dict[str, list[str]] = {}
    for alt in alternatives:
        if alt.startswith("[") and alt[3:4] == "]" and alt[1].lower() == alt[2].lower():
            firsts, rest = alt[1:3], alt[4:]
        else:
            firsts, rest = alt[0], alt[1:]
        for c in firsts:
            rests.setdefault(c, []).append(rest)
    branches = [c + (r[0] if len(r) == 1 else "(?:" + "|".join(r) + ")") for c, r in rests.items()]
    return "(?:" + "|".join(branches) + ")"


_STOP_LOOKAHEAD: Final = r"(?!" + word_alternation(STOP_WORDS) + r"\b)"
#: A name: capitalized words, the first not a sentence-initial function word.
#: :data:`NAME` without its first check (not a stop word), for patterns that check it after
#: matching (see :func:`starts_with_stop_word`).
# "al-Rashidi", "bin-Talal": a particle joined to the surname by a hyphen
_HYPHEN_PARTICLE: Final = rf"(?:al|el|ad|ash|bin|ibn|abu|bint)-{UP}[\w’'\-]*\w"
NAME_BODY: Final = (
    rf"{_NAME_WORD}(?:[ \u00a0]+(?:(?:{_PARTICLE}[ \u00a0]+)*{_NAME_WORD}|{_HYPHEN_PARTICLE}))"
    r"{0,5}"
)
NAME: Final = _STOP_LOOKAHEAD + NAME_BODY
_WORD_AT: Final = regex_cache.compile(r"\w+")


def starts_with_stop_word(text: str, pos: int) -> bool:
    """Is the word at ``pos`` a sentence-initial function word ("The", "When")? The same test
    as the lookahead that starts :data:`NAME`."""
    m = _WORD_AT.match(text, pos)
    return m is not None and m[0] in STOP_WORDS


def _stop_after_first_letter() -> str:
    """A lookbehind, placed after a capital letter, that fails on a stop word ("The", "When"):
    the word is read from its first letter, one character back, by the trie of stop words.
    (Its branches start with a letter, which ``re`` rejects at one comparison each; branches
    guarded by a lookbehind on the first letter cost a call each.)"""
    return rf"(?<!(?={word_alternation(STOP_WORDS)}(?![\w’'\-])).)"


# The pre-pass: the first letter comes first so that ``re`` can skip ahead quickly; a lone
# sentence-initial function word is refused right after it.
_NAME_SCAN: Final = regex_cache.compile(
    rf"{UP}(?<![\w’'\-].){_stop_after_first_letter()}"
    rf"(?:[a-z]{{0,3}}\.(?=[ \u00a0]+{UP})|[\w’'\-]*\w)?"
    rf"(?:[ \u00a0]+(?:(?:{_PARTICLE}[ \u00a0]+)*{_NAME_WORD}|{_HYPHEN_PARTICLE})){{0,5}}"
)
# No pronoun vote for the name before them: ", he said," (the speaker's), and the "she"
# after "told her" (hers)
_ASIDE_SAID: Final = regex_cache.compile(
    r",[ \u00a0]+(?:he|she|they)[ \u00a0]+(?:said|says|added|argued|insisted|told[ \u00a0]+\w+),"
)
_TOLD_HIM_BEFORE: Final = regex_cache.compile(
    r"\b(?:told|tells|asked|asks|warned|warns|reminded|informed|assured|promised)"
    r"[ \u00a0]+(?:him|her|them)[ \u00a0]+(?:that[ \u00a0]+)?\Z"
)
# Pronouns that vote for the name before them (object forms like "her" in "pressed her on
# why..." are too often someone else).
# The search stops at a quotation or a new paragraph (the pronoun after “...,” is the
# speaker's, not the last name's).
# The match is the pronoun, or the one mark. Each case of a pronoun's first letter is a branch of
# its own, its other letters sets of their cases (what re.IGNORECASE matches: ſ is an s, İ and
# ı are i's), so that every branch starts with a literal: ``re`` finds the first characters
# with one set test per position and passes over the branches of others at one comparison
# (with a lookahead, each position cost a match call; the search is almost twice as fast).
_PRONOUN_TAILS: Final = (
    # he, hers, herself, his, himself
    ("hH", r"(?:[eE](?:[rR][sSſ](?:[eE][lL][fF])?)?|[iIİı](?:[sSſ]|[mM][sSſ][eE][lL][fF]))"),
    ("sSſ", r"[hH][eE]"),  # she
    ("tT", r"[hH][eE](?:[yY]|[iIİı][rR])"),  # they, their
)
_PRONOUN_AFTER: Final = regex_cache.compile(
    "|".join(
        ["“", "”", "‘", '"', "\n"]
        + [rf"{c}(?<!\w.){tail}(?!\w)" for firsts, tail in _PRONOUN_TAILS for c in firsts]
    )
)
# Finite verbs: a clause, never a role's words ("Helen Marchbank, has rejected calls", "For
# Ferreira, the focus has already shifted")
FINITE_WORDS: Final = r"(?:appeared|seemed|was|were|is|are|had|has|have|would|could|will|did|does)"
# The words that open a relative clause ("a man who was ...")
RELATIVE_WORDS: Final = r"\b(?:who|whom|whose|that|which)\b"
# ... a finite verb outside one, or one opened by "where" or "when" ("a retired postman who
# has watched Harrowfield" is a role)
_FINITE_IN: Final = regex_cache.compile(
    rf"(?:(?!{RELATIVE_WORDS}|\b(?:where|when)\b).)*?\s{FINITE_WORDS}\b"
)
_PERSON_APPOSITIVE: Final = regex_cache.compile(
    r",[ \u00a0]+(?:(?P<age>\d{1,3}),|(?P<who>who|whose)\b"
    # (or a possessor's: "Lorraine Brightwater, Jonah’s mother,")
    r"|(?P<desc>(?:the|a|an|its|his|her|their|[A-Z][\w-]*[’']s)\s[^,;“”\"]{2,160}?)(?=,|\.|;|$))"
)
# Someone introduced by their relation to another: "His lawyer, (Renata Obi)"
_RELATION_OF: Final = regex_cache.compile(
    r"\b(His|Her|his|her)[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?,[ \u00a0]+$"
)
# A name after a preposition and a described noun is an object: "an interview with the radio
# station Onda Sur". The pronoun that follows is the sentence subject's, not its.
_OBJECT_OF: Final = regex_cache.compile(
    r"(?=[wtfobai])\b(?:with|to|from|for|of|by|at|on|in)[ \u00a0]+the[ \u00a0]+"
    r"(?:(?!(?:was|were|is|are)[ \u00a0])[\w’'.-]+[ \u00a0]+){1,3}$",  # ("in the tailback was X")
    re.IGNORECASE,
)
_POSSESSIVE_END: Final = regex_cache.compile(r"[’']s?$")
_ELISION_TAIL: Final = regex_cache.compile(r"[’'][a-z]*$")
_ROLE_HEAD: Final = regex_cache.compile(  # (their captain, Luca Brennan: "the captain" later;
    # Vellmoor’s health minister, Helen Marchbank: "the minister")
    r"(?:(?i:the|a|an|his|her|their|its)|[A-Z][\w&-]*[’']s)\s+(?:[\w’'-]+\s+){0,4}?([a-z]+)\b"
    r"(?:\s+(?:of|for|at|on|in|with)\b|$)"  # ("the council’s lead engineer on the project")
)
PRONOUN_GENDER: Final = {
    "he": "m",
    "his": "m",
    "him": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "they": "t",
    "their": "t",
    "them": "t",
}
# A capitalized run after a determiner is a thing or a group, not a person: "the Rio Grande
# Food Network", "the veteran Labour MP".
_DETERMINED: Final = regex_cache.compile(
    r"(?=[tai])\b(?:the|a|an|its|their)[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+)?$"
)
# "Her husband, Angus," / "Mr Mahmood’s brother, Imran,": found from the ", Name," (a literal
# comma first, so ``re`` scans fast), then the role before it is checked.
_COMMA_NAME: Final = regex_cache.compile(
    rf",[ \u00a0]+(?P<name>{UP}[a-z’'-]+(?:[ \u00a0]+{UP}[a-z’'-]+){{0,2}})(?:,|\.(?!\w))"
)
_ROLE_DET: Final = rf"(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Aa]n?|{UP}[\w-]+[’']s)"
# the role opens its clause ("The Labour MP for the area, Tahir Ali,") ...
_ROLE_BEFORE: Final = regex_cache.compile(
    rf"(?:(?<=[.,;:(—–] )|(?<=\n))(?P<role>{_ROLE_DET}"
    rf"(?:[ \u00a0]+[\w’'.-]+){{0,6}}?[ \u00a0]+[a-z][\w’'-]*)$"
)
# ... or it is the last noun phrase ("runs the bakery with her husband, Carl.")
_IDENTIFIED_AS: Final = regex_cache.compile(
    rf"\bidentified[ \u00a0]+(?P<self>herself|himself|themselves)(?:[ \u00a0]+only)?[ \u00a0]+"
    rf"as[ \u00a0]+(?P<name>{UP}[a-z’'-]+(?:[ \u00a0]+{UP}[a-z’'-]+)?)"
)
# A role after a verb, right before a name in commas: "who played his on-screen wife, Bethan"
_OBJECT_ROLE: Final = regex_cache.compile(
    # (or a preposition's: "a text from her neighbor, Dolores Fenn,", "fled with her husband,
    # Tomas,")
    r"(?<![\w’'-])(?:(?!(?:said|says|told|added|asked)\b)[a-z]+ed|with|from|for)[ \u00a0]+"
    r"(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Aa]n?)(?:[ \u00a0]+[\w’'-]+){1,3}$"
)
_ROLE_LAST: Final = regex_cache.compile(
    rf".*(?<![\w’'-])(?P<role>{_ROLE_DET}(?:[ \u00a0]+[a-z][\w’'-]*){{1,3}})$", re.DOTALL
)
# Two first names and a shared surname: "Derek and Sheila Mountfield"
_COUPLE: Final = regex_cache.compile(
    rf"(?<![\w’'.-])(?P<first>{UP}[a-z]+)[ \u00a0]+and[ \u00a0]+(?P<second>{UP}[a-z]+)[ \u00a0]+"
    rf"(?P<last>{UP}[a-z][\w’'-]*)\b(?![ \u00a0]+{UP})"
)


def _word_start(text: str, k: int, lo: int) -> int:
    """Where the word that ends at ``k`` starts (not before ``lo``)."""
    j = k
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return j


def _titled(text: str, title: str, surname: str, start: int, end: int) -> bool:
    """Does "Mr Mountfield" ("Mr. Mountfield") occur in ``text[start:end]``?"""
    for form in (f"{title} {surname}", f"{title}. {surname}"):
        at = text.find(form, start, end)
        while at >= 0:
            after = at + len(form)
            if (at == 0 or not text[at - 1].isalnum()) and not text[after : after + 1].isalnum():
                return True
            at = text.find(form, at + 1, end)
    return False


_NICK_FIRST: Final = regex_cache.compile(rf"(?<![\w’'.-]){UP}[a-z][\w’'-]*(?=[ \u00a0][“\"‘']$)")
_NICK_LAST: Final = regex_cache.compile(
    rf"[”\"’'][ \u00a0](?P<last>{UP}[a-z][\w’'-]*\w)(?![ \u00a0]{UP})"
)
# Person evidence next to a name: an age ("Ruiz, now 64 and", "Smith, 52,") or a lowercase
# role noun right before it ("Eastgate boss Ray Duggan", "analyst Aisha Bello").
# A name's appositive noun, a pronoun right after it opening a clause about the noun: ", an
# anaesthetist " (she met)
_CONTACT_CLAUSE: Final = regex_cache.compile(
    r",[ \u00a0]+(?:a|an|the|his|her|their)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}"
)
# A question put about someone, opening a sentence: "Asked about " (Dravic now, she ...)
_ASKED_ABOUT: Final = regex_cache.compile(
    r"\b(?:Asked|Told|Pressed|Questioned)[ \u00a0]+(?:about|of|on|over)[ \u00a0]+"
    r"(?:[\w’'-]+[ \u00a0]+){0,2}$"
)
_AGE_AFTER: Final = regex_cache.compile(r",[ \u00a0]+(?:(?:now|aged)[ \u00a0]+\d{1,3}\b|\d{1,3},)")
_ROLE_NOUNS: Final = frozenset(
    _words("""boss manager coach captain striker midfielder defender goalkeeper player analyst
    custodian janitor principal firefighter sergeant trainer pitcher quarterback forward guard
    assistant worker volunteer resident student
    economist spokesman spokeswoman spokesperson chief founder owner director president chair
    chairman chairwoman secretary minister lawyer attorney judge officer member executive
    teacher nurse doctor professor researcher scientist author artist singer actor actress
    writer editor skipper youngster teenager rookie critic composer playwright novelist
    poet photographer designer architect chef historian curator broadcaster presenter comedian
    dancer musician""")
)
_EMPLOYEE_SUFFIXES: Final = ("ist", "yst", "er", "or", "ian", "ant", "ent")
_EMPLOYEE_NOUNS: Final = frozenset(_words("chief head fellow staff faculty"))


def _words_before(text: str, pos: int) -> list[str]:
    """The last few words before ``pos`` when a space separates them from it."""
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return []
    return text[max(0, pos - 40) : pos].split()[-3:]


# "Rosa, a neighbor who has lived across the street for two decades, said": a person
_APPOSITIVE_PERSON: Final = regex_cache.compile(
    rf",[ \u00a0]+(?:a|an)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_ROLE_NOUNS))}|neighbou?r|woman|man|mother|father|grandmother|"
    rf"grandfather|widow|widower|retiree|pensioner|shopkeeper|witness|survivor|parent|farmer)\b"
)

# A person's role given by a copula after their name, in the subject's place: "Finch, 47, was
# the government's first witness" ("the witness" later is Finch).
_COPULA_ROLE: Final = regex_cache.compile(
    rf"(?:,[ \u00a0]+\d{{1,3}},)?[ \u00a0]+(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been|became)"
    # (or made it, with no article needed: "Rafael Ostrander was crowned Northcliffe champion")
    rf"(?P<made>[ \u00a0]+(?:crowned|named|appointed|elected))?"
    rf"[ \u00a0]+(?P<role>(?(made)(?:(?:the|a|an)[ \u00a0]+)?|(?:the|a|an)[ \u00a0]+)"
    rf"(?:[\w’'-]+[ \u00a0]+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_ROLE_NOUNS))}|witness|survivor|champion))(?![\w’'-])"
)


def _copula_may_follow(text: str, e: int) -> bool:
    """Is ``e`` (the end of a name) followed by ", " or " ", and may :data:`_COPULA_ROLE` match
    there? After an age (", 64,") it may; after spaces only if its verb comes first."""
    if starts_at(text, ",", e):
        return True
    if not starts_at(text, " ", e):
        return False
    e += 1
    while starts_at(text, (" ", "\u00a0"), e):
        e += 1
    return starts_at(text, ("is", "was", "has", "had", "became"), e)


# "Luis Ortega, one of two guards on duty": one of a group, named by its plural
_ONE_OF: Final = regex_cache.compile(
    r",[ \u00a0]+one[ \u00a0]+of[ \u00a0]+"
    r"(?:(?:the|his|her|their|two|three|four|five|six|several|many|dozens[ \u00a0]+of)[ \u00a0]+)?"
    r"(?:[a-z][\w’'-]*[ \u00a0]+)?(?P<noun>[a-z]+s)\b(?![’'])"
)


def _singular(noun: str) -> str:
    """ "guards" -> "guard", "witnesses" -> "witness", "deputies" -> "deputy"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "ches", "shes", "xes")):
        return noun[:-2]
    return noun[:-1]


# A place's preposition right before a name: "a courier from Bramley Cross"
# ... or the kind of place it is: "the northern city of Calder Ridge"
_PLACE_OF: Final = (
    r"\b(?:city|town|village|county|province|state|region|district|island|port|suburb|capital)"
    r"[ \u00a0]+of"
)
_PLACE_BEFORE: Final = regex_cache.compile(
    rf"(?:\b(?:from|in|near|outside)|{_PLACE_OF})[ \u00a0]+$"
)
_PLACE_OF_BEFORE: Final = regex_cache.compile(rf"{_PLACE_OF}[ \u00a0]+$")
_PLACE_REACH: Final = 16  # how far before a name _PLACE_BEFORE looks
# every way _PLACE_BEFORE can end, for a cheap test before the search
_PLACE_TAILS: Final = tuple(f"{w}{sp}" for w in ("in", "of", "om", "ar", "de") for sp in " \u00a0")
# a role and its name after a preposition: "run by chef (Augustin Pellerin)"
_ROLE_AS_OBJECT: Final = regex_cache.compile(
    r"\b(?:by|with|to|for|from|under|against|beside)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[a-z][\w-]*[ \u00a0]+){1,3}$"
)
# an office in commas after a name, without an article: ", chief market strategist at X,"
_BARE_ROLE: Final = regex_cache.compile(
    r",[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,3}(?P<head>[a-z][\w-]+)"
    r"(?:[ \u00a0]+(?:at|of|for|with|in)[ \u00a0][^,;.“”\"]{1,80})?,"
)
_SENTENCE_END: Final = regex_cache.compile(r"[.!?][”’\"']?\s")
_ORDINALS: Final = frozenset(_words("first second third fourth fifth last final only"))
_SUBJECT_PRONOUNS: Final = frozenset(_words("he she they He She They"))  # (not his, their ...)


def _after_place(text: str, pos: int) -> bool:
    """Is the name at ``pos`` a place's, after "from", "in", "near", "outside" or "the city
    of"?"""
    return ends_at(text, _PLACE_TAILS, 0, pos) and (
        _PLACE_BEFORE.search(text, pos - _PLACE_REACH if pos > _PLACE_REACH else 0, pos) is not None
    )


def _names_in(name: str, words: str) -> bool:
    """Does ``words`` contain a word of ``name`` as a whole word ("Luca" in "Luca is ...")?"""
    for part in name.split():
        i = words.find(part)
        while i >= 0:
            j = i + len(part)
            if (i == 0 or not words[i - 1].isalnum()) and (
                j == len(words) or not words[j].isalnum()
            ):
                return True
            i = words.find(part, j)
    return False


@functools.lru_cache(maxsize=1024)
def _alias_head(role: str) -> str:
    """The office a role names, as "the ..." refers to it later: "governor" for "gov", the
    compound whole ("prime minister": the prime minister is not "the minister" of a post)."""
    words = [_TITLE_NOUN.get(w, w) for w in role.lower().split()]
    while words and words[0] in _ALIAS_SKIP:
        words.pop(0)  # "the", "a", "his" ...
    if not words:
        return ""
    if len(words) > 1 and words[-2] in _COMPOUND_OFFICE:
        return f"{words[-2]} {words[-1]}"
    return words[-1]


def _person_evidence(text: str, pos: int, e: int, end: int) -> bool:
    """Is the capitalized word at ``pos``..``e`` shown to be a person by what follows it in
    commas: an age ("Ruiz, 64,") or, opening a sentence, "a neighbor ..." ("Rosa, a neighbor
    who has lived ...")? Both start with a comma: callers test that first (a hot path)."""
    if _AGE_AFTER.match(text, e, e + 12 if e + 12 < end else end) is not None:
        return True
    return (
        starts_at(text, (", a ", ", an "), e)
        and (pos == 0 or text[pos - 1] == "\n" or text[pos - 2 : pos] in (". ", "? ", "! "))
        and _APPOSITIVE_PERSON.match(text, e, e + 80 if e + 80 < end else end) is not None
    )


def is_person_head(word: str) -> bool:
    """Does a description with this head noun name a person: "a judge", "the skipper", "the
    23-year-old" (not "the paper itself")?"""
    low = word.lower()
    return low.endswith("year-old") or low in _ROLE_NOUNS or low in _NEUTRAL_TITLES


_DESCRIPTIVE: Final = frozenset(_words("youngster teenager veteran rookie newcomer"))


def is_descriptive_head(word: str) -> bool:
    """Does "the <word>" describe someone just written about, rather than name an office:
    "the 23-year-old", "the youngster" (but "the skipper" is whoever captains the side)?"""
    low = word.lower()
    return low.endswith("year-old") or low in _DESCRIPTIVE


def after_role_noun(text: str, pos: int) -> bool:
    """A lowercase role noun right before a name: "Eastgate boss Ray Duggan"."""
    words = _words_before(text, pos)
    return bool(words) and words[-1] in _ROLE_NOUNS


def _role_before(text: str, pos: int) -> str:
    """The role noun before a name, with the words before it that may make another office or
    say whose it is: "Mariners head coach" (Rory Tallant), "deputy minister"."""
    return " ".join(_words_before(text, pos))


_NEW_WORDS: Final = frozenset(_words("new incoming"))
_OLD_WORDS: Final = frozenset(_words("defending former outgoing reigning previous incumbent ex"))


def _tense_of(role: str) -> str:
    """ "new" for "the new champion", "old" for "the defending champion", else ""."""
    words = set(role.lower().replace("-", " ").split()[:-1])
    return "new" if words & _NEW_WORDS else "old" if words & _OLD_WORDS else ""


def _office_of(role: str) -> str:
    """Whose office a role names, when a capitalized word says: "harbourside" for
    "Harbourside manager" and "the Harbourside manager"; "" for "the manager"."""
    words = role.split()
    for w in reversed(words[:-1]):
        if w[:1].isupper() and w not in ("The", "A", "An") and w.isalpha():
            return w.lower()
    return ""


def _after_employee_at(text: str, pos: int) -> bool:
    """Where someone works, not a person: "an analyst at (the) Nordea Markets"."""
    words = _words_before(text, pos)
    if words and words[-1] == "the":
        words.pop()
    if len(words) < 2 or words[-1] != "at":
        return False
    w = words[-2]
    return w.isalpha() and w.islower() and (w.endswith(_EMPLOYEE_SUFFIXES) or w in _EMPLOYEE_NOUNS)


_RECENT_LIMIT: Final = 40  # mentions looked at when resolving a pronoun
_SETTLED: Final = 6  # votes after which a person's pronoun is not looked for any more
_SAME_NAME_LIMIT: Final = 8  # people sharing a surname that are told apart


# First words of place names, never of a person's ("Port Velden", "Lake Orme", "New Harwick")
_PLACE_FIRST: Final = frozenset(
    _words("Port Fort Mount Lake Cape New North South East West Upper Lower")
)
_POSSESSIVE_INSIDE: Final = regex_cache.compile(r"[’']s(?=[ \u00a0])")
_GENDER_AFTER: Final = regex_cache.compile(r"[^.;:“”‘\"]{0,50}?\b(he|his|she)\b")
_PRONOUN_WORDS: Final = frozenset(_words("He She They It We His Her Their Its Him Them"))


@functools.lru_cache(maxsize=4096)
def _mention(raw: str) -> tuple[str, str | None, str, bool] | None:
    """(name, gender, role, several words?) of a capitalized run found by the pre-pass, or
    None when the run itself shows it is no person: a lone function word, an organisation or
    place ("Hyde Park", but "Dr. Mei-Ling Park" is a person), "The Rio Grande ..."."""
    cut = _POSSESSIVE_INSIDE.search(raw) if "’" in raw or "'" in raw else None  # (cheap test)
    if cut is not None and raw[cut.end() :].split()[0] in STOP_WORDS:
        raw = raw[: cut.end()]  # "Ilse Marchbank’s Saturday (event)": hers (not "Coroner’s Court")
    name, gender, role = clean_name(raw)
    if not name or name in STOP_WORDS:
        return None
    words = name.split()
    if words[-1].lower().rstrip(".") in _ORG_WORDS and not (role or gender):
        return None
    if len(words) > 1 and words[0].title() in _PLACE_FIRST and not (role or gender):
        return None  # "Port Velden", "Mount Ashby": a place
    if len(words) > 1 and raw.startswith(("The ", "A ", "An ")):
        return None
    return name, gender, role, len(words) > 1


@functools.lru_cache(maxsize=4096)
def clean_name(raw: str) -> tuple[str, str | None, str]:
    """(name, gender from a title or None, role words before the name) for a raw name match.

    "Mr. Smith" -> ("Smith", "m", ""); "Health Minister Jane Doe" -> ("Jane Doe", None,
    "health minister"); "Okafor’s" -> ("Okafor", None, "").
    """
    words = raw.split()
    if len(words) > 1 and words[0] in ("Q.", "A."):
        words.pop(0)  # a transcript's question or answer: "Q. What did he ...", "A. Mr. Dunmore"
    for k, w in enumerate(words[:-1]):  # "Iran. The": a sentence ended, not a title
        if w.endswith(".") and len(w) > 2 and w[:-1].lower() not in _TITLES | _PLACE_ABBR:
            words = words[: k + 1]
            words[-1] = w[:-1]
            break
    for k, w in enumerate(words[1:], 1):  # "Kingsford, N.Y. She was 94": a new sentence
        if w in _PRONOUN_WORDS:
            words = words[:k]
            break
    if words:
        last = words[-1]
        if "’" in last or "'" in last:  # (the cheap test first)
            words[-1] = _POSSESSIVE_END.sub("", last) or last
    while words and words[0] in STOP_WORDS and len(words) > 1:
        words.pop(0)
    gender = None
    role: list[str] = []
    last_title = -1
    for k, w in enumerate(words[:-1]):
        lw = w.lower().rstrip(".")
        if lw in _TITLES:
            last_title = k
            if lw in _MALE_TITLES:
                gender = "m"
            elif lw in _FEMALE_TITLES:
                gender = "f"
    if last_title >= 0:
        role = [w.lower().rstrip(".") for w in words[: last_title + 1]]
        words = words[last_title + 1 :]
    elif len(words) >= 3 and words[0].lower() in _ROLE_NOUNS:
        role, words = [words[0].lower()], words[1:]  # "Goalkeeper Renee Castillo"
    if len(words) > 2 and words[-1] in _POST_NOMINALS:
        # "Julian Calloway KC": the name, and "the barrister" later is him
        office = _POST_NOMINALS[words.pop()]
        if office and not role:
            role = [office]
    return " ".join(words), gender, " ".join(role)


# Letters after a name: the office they show, if a later role phrase may name it by
_POST_NOMINALS: Final = {
    "KC": "barrister",
    "QC": "barrister",
    "SC": "barrister",
    "MP": "MP",
    "MSP": "MSP",
    "MEP": "MEP",
    "OBE": "",
    "MBE": "",
    "CBE": "",
}


_PARENTHETICAL: Final = regex_cache.compile(r",\s*(?:he|she|they)\s+\w+,?", re.IGNORECASE)
_APPOSITIVE_CUT: Final = regex_cache.compile(r",\s+(?:a|an)\s.*$", re.DOTALL)
_ROLE_CUT: Final = regex_cache.compile(
    r"\s+(?:on|during|yesterday|today|last|this|who|which|that|when|while|after|before|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?:\s+(?:later|earlier)|\s*$)|"
    r"said|says|told|tells|was|were|is|are|"  # (a copula: "the captain was blunt:")
    r"earlier|later|in\s+(?:a|an|his|her|their|its)\s|at\s+(?:a|an|the)\s+\w+\s+(?:on|in))\b"
    r".*$",
    re.IGNORECASE | re.DOTALL,
)


def clean_role(raw: str) -> str:
    """A role phrase as a speaker: "A Roscosmos official" -> "a Roscosmos official"."""
    role = " ".join(raw.split())
    if "," in role:  # (the cheap test first: both cuts start with a comma)
        role = _PARENTHETICAL.sub("", role)  # "One nurse, she said, had"
    role = _ROLE_CUT.sub("", role).strip(" ,;:")
    if "," in role:
        # (an appositive: "a heckler near the back, a man in a yellow rain jacket," is the
        # heckler)
        role = _APPOSITIVE_CUT.sub("", role)
    first, _, rest = role.partition(" ")
    if first in ("A", "An", "The", "One", "Another", "His", "Her", "Their", "Its"):
        role = first.lower() + (" " + rest if rest else "")
    return role


class People:
    """The persons of one article, learnt in a pre-pass and from attributions as they come.

    A person's key is their name as first seen in full ("Sergey Krikalev"); a lone surname or
    first name ("Krikalev", "Sir Keir") is looked up among the people named so far, the most
    recent one first when two share it.
    """

    def __init__(self) -> None:
        self.display: dict[str, str] = {}  # key -> fullest name
        self._shown: dict[str, str] = {}  # fullest name -> the first key shown so (a cache)
        self.first_pos: dict[str, int] = {}
        self.votes: dict[str, dict[str, int]] = {}
        self.person: set[str] = set()
        self.description: dict[str, str] = {}
        # "minister" -> (position, key, whose office) of each person named with that office,
        # in order: "Harbourside manager Sandra Kells" -> (..., "Sandra Kells", "harbourside")
        self.role_alias: dict[str, list[tuple[int, str, str]]] = {}
        self._alias_tense: dict[tuple[str, str], str] = {}  # (head, key) -> "new" or "old"
        self._described: set[tuple[str, str]] = set()
        self._by_last: dict[str, list[str]] = {}
        self._by_first: dict[str, list[str]] = {}
        self._learned: dict[str, str] = {}  # name as written -> person key
        self._mention_pos: list[int] = []
        self._mention_key: list[str] = []
        # mention position -> in a subject's place (opening its sentence or clause, in commas
        # after its noun, after its role)? Objects ("found Watts") give way to subjects.
        self._subject_at: dict[int, bool] = {}
        self._speaker_pos: list[int] = []
        self._spoke_gender: dict[int, str] = {}  # speaker position -> the he/she it was
        self._speaker_key: list[str] = []

    # --- learning ------------------------------------------------------------------------

    def scan(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        """Learn names, mentions, pronoun votes and appositives from ``text[start:end]``.

        ``quoted`` (sorted spans of quotations): names inside them are the speaker's words,
        not mentions that a later "he" or "she" could refer to.
        """
        end = len(text) if end is None else end
        # only the narrative between the quotations is read
        segments: list[tuple[int, int]] = []
        pos = start
        for qs, qe in quoted or ():
            if qs > pos:
                segments.append((pos, qs if qs < end else end))
            if qe > pos:
                pos = qe
        if pos < end:
            segments.append((pos, end))
        # "Her husband, Angus, a retired fisherman,": a lone first name introduced by a role
        commas = [
            m
            for a, b in segments
            if text.find(",", a, b) >= 0  # (the cheap test first)
            for m in _COMMA_NAME.finditer(text, a, b)
        ]
        for m in commas:
            name = m["name"]
            if name in STOP_WORDS:
                continue
            lo = max(start, m.start() - 60)
            if lo > 0 and text[lo - 1] not in " \n":
                lo = text.find(" ", lo, m.start()) + 1 or lo  # begin on a word
            before = _ROLE_BEFORE.search(text, lo, m.start()) or _ROLE_LAST.match(
                text, lo, m.start()
            )
            if before is None:
                continue
            at = m.start("name")
            key = self._person_named(name, at)
            self.person.add(key)
            self._learn_description(key, before["role"], at)
        # "A woman who identified herself only as Marjorie": a person, and her pronoun
        for a, b in segments:
            if text.find("identified ", a, b) < 0:
                continue
            for m in _IDENTIFIED_AS.finditer(text, a, b):
                name = m["name"]
                if name in STOP_WORDS:
                    continue
                at = m.start("name")
                key = self._person_named(name, at)
                self.vote(key, PRONOUN_GENDER.get(m["self"], "t"), 3)
        # Margaret “Peggy” Albright: a quoted nickname between a first name and a surname
        for qs, qe in quoted or ():
            if qe - qs > 30 or qs < 2 or not text[qs].isupper() or text[qs - 2] not in " \u00a0":
                continue
            first = _NICK_FIRST.search(text, max(start, qs - 40), qs)
            last = _NICK_LAST.match(text, qe, min(end, qe + 40)) if first else None
            if first is not None and last is not None and first[0] not in STOP_WORDS:
                surname = _POSSESSIVE_END.sub("", last["last"])  # McBride’s vest
                key = self._learn(f"{first[0]} {surname}", first.start())
                self.person.add(key)
        # "Derek and Sheila Mountfield": a couple sharing the surname, when the text tells
        # them apart by title later ("Mr Mountfield", "Mrs Mountfield"). Which is which, only
        # the order says: news names a husband and wife so, husband first (a weak vote that
        # anything the text says outweighs)
        for a, b in segments:
            k = text.find(" and ", a, b)
            while k >= 0:
                couple = (
                    _COUPLE.match(text, _word_start(text, k, a), b)
                    if text[k + 5 : k + 6].isupper()
                    else None
                )
                k = text.find(" and ", k + 5, b)
                if couple is None:
                    continue
                one, other, shared = couple["first"], couple["second"], couple["last"]
                window = couple.end() + 20_000  # (the article's next pages, however long the text)
                if (
                    one in STOP_WORDS
                    or shared.lower() in _ORG_WORDS
                    or one.lower() in self._by_last
                    or not _titled(text, "Mr", shared, couple.end(), window)
                    or not _titled(text, "Mrs", shared, couple.end(), window)
                ):
                    continue
                husband = self._learn(f"{one} {shared}", couple.start("first"))
                wife = self._learn(f"{other} {shared}", couple.start("second"))
                self.person.update((husband, wife))
                self.vote(husband, "m")
                self.vote(wife, "f")
                self._learn_alias("husband", husband, couple.start())  # ("his wife" later)
                self._learn_alias("wife", wife, couple.start())
        matches = [m for a, b in segments for m in _NAME_SCAN.finditer(text, a, b)]
        significant: dict[str, bool] = {}  # is this capitalized run a name (not "On Sunday")?
        stop_words = STOP_WORDS
        titles = _TITLES
        by_last = self._by_last
        by_first = self._by_first
        mention_pos = self._mention_pos
        mention_key = self._mention_key
        person = self.person
        votes = self.votes
        description = self.description
        n_matches = len(matches)
        for k, m in enumerate(matches):
            raw = m[0]
            if " " not in raw:  # the fast path: a lone capitalized word
                if raw in stop_words:
                    continue
                low = raw.lower()
                if low.endswith(("’s", "'s")):
                    low = low[:-2]
                if low not in by_last and low not in by_first and low.rstrip(".") not in titles:
                    pos, e = m.span()  # an age after it ("Ruiz, 64,") starts with a comma
                    if e >= end or text[e] != "," or not _person_evidence(text, pos, e, end):
                        continue
            pos, e = m.span()  # (read once: each m.start() is a method call, compiled)
            if text.startswith(" & ", e) or text.endswith(" & ", 0, pos):
                continue  # "Tamsett & Pryor’s chief executive": a firm, nobody's name
            mention = _mention(raw)
            if mention is None:
                continue
            name, gender, role, multi = mention
            prev_ch = text[pos - 1] if pos > 0 else ""
            if multi and prev_ch and prev_ch in "“‘\"'":
                continue  # a nickname or a title: “Big Shot Reese”
            if (
                multi
                and prev_ch
                and prev_ch in " \u00a0\n"
                and _DETERMINED.search(text, pos - 30 if pos > 30 else 0, pos)
                and not after_role_noun(text, pos)  # (but "the critic Harlan Croft")
            ):
                continue  # "the veteran Labour MP"
            if (
                not role
                and not gender
                and ends_at(text, ("at ", "at the "), pos - 8 if pos > 8 else 0, pos)
                and _after_employee_at(text, pos)
            ):
                continue  # "an analyst at Nordea Markets": where someone works
            if not multi and text[pos - 4 if pos > 4 else 0 : pos].lower() == "the ":
                continue  # "the Ellery laboratory"
            hint = gender
            if hint is None and not multi and len(self._by_last.get(name.lower(), ())) > 1:
                # namesakes ("Milo Castellane", "his father, Daniel Castellane"): the one the
                # words right after show ("Castellane, for his part, insisted he ...")
                clue = _GENDER_AFTER.match(text, e, e + 60 if e + 60 < end else end)
                if clue is not None:
                    hint = "f" if clue[1] == "she" else "m"
            found = None if multi else self._lookup(name, pos, hint)
            aged = found is None and text[e : e + 1] == "," and _person_evidence(text, pos, e, end)
            if found is None and not multi and not gender and not aged:
                continue  # a lone capitalized word: a place, an agency, a month...
            if (
                found is None
                and not gender
                and ends_at(text, ("of ", "of\u00a0"), 0, pos)  # (the cheap test first)
                and _PLACE_OF_BEFORE.search(text, pos - 24 if pos > 24 else 0, pos)
            ):
                continue  # "in the northern city of Calder Ridge": a place, nobody's name
            key = found or self._learn(name, pos)
            if text.startswith(",", e) and (age := _AGE_AFTER.match(text, e, e + 12)) is not None:
                # "Quayle, 41,": "the 41-year-old" later is her
                years = age[0].strip(" ,\u00a0").split()[-1]
                self._learn_alias(f"{years}-year-old", key, pos)
            after_role = after_role_noun(text, pos)  # "Eastgate boss Ray Duggan"
            if key not in person and (
                aged
                or after_role
                or (found is not None and not name.isupper() and key.endswith(f" {name}"))
            ):  # "Ruiz, now 64,", "Eastgate boss Ray Duggan", and "Gideon Marsh" called
                person.add(key)  # "Marsh" later: the way news names people, not firms
            mention_pos.append(pos)
            mention_key.append(key)
            j = pos - 1
            while j >= 0 and text[j] in " \u00a0":
                j -= 1
            if ends_at(text, (", and", ", but"), 0, j + 1):
                j -= 4  # ", and Reyes answered": a new clause's subject
            # opening a sentence, or in commas after one's noun ("Tran’s star forward, Kayla
            # Ostrowski, who ..."): the subject's place, not an object's ("found Watts")
            role_subject = after_role and not _ROLE_AS_OBJECT.search(
                text, pos - 50 if pos > 50 else 0, pos
            )  # (not "run by chef Augustin Pellerin": a preposition's object, role and all)
            self._subject_at[pos] = (j < 0 or text[j] in '.!?\n”’",:;(' or role_subject) and not (
                text[j] == ","
                and text[e : e + 1] == ","
                and _OBJECT_ROLE.search(text, max(0, j - 60), j) is not None
            )  # (or after its role: "Care assistant Daniel Osei told the inquest"; but "who
            # played his on-screen wife, Bethan, for years": a verb's object, in commas)
            if gender:
                self.vote(key, gender, 3)
            if role:
                person.add(key)  # "Sen. Tom Hadley", "press secretary Dana Whitfield"
                self._learn_alias(role, key, pos)
            elif after_role:  # "with captain Josh Ngata-Bell": "the captain" later
                self._learn_alias(_role_before(text, pos), key, pos)
            elif self._subject_at[pos] and _copula_may_follow(text, e):
                cop = _COPULA_ROLE.match(text, e, e + 120 if e + 120 < end else end)
                if cop is not None:
                    role_words = cop["role"].split()
                    if cop["made"]:  # "was crowned champion": the new one
                        role_words.insert(0, "new")
                    self._learn_alias(" ".join(role_words), key, pos)
                    if len(role_words) > 1 and role_words[-2] in _ORDINALS:
                        # "the first witness": "the witness" too
                        self._learn_alias(role_words[-1], key, pos)
            if key not in description and starts_at(text, ",", e):  # (each starts so)
                app = _PERSON_APPOSITIVE.match(text, e, e + 200 if e + 200 < end else end)
                if app is not None and ends_at(text, "ccording to ", pos - 12, pos):
                    app = None  # "According to Whitcombe, the man ...": the clause's subject
                elif app is not None and app["who"] and _after_place(text, pos):
                    app = None  # "a courier from Bramley Cross, who said": the courier's "who"
                elif app is not None and app["desc"] and _FINITE_IN.match(app["desc"]):
                    app = None  # "For Ferreira, the focus has shifted": a clause, no role
                if app is not None:
                    person.add(key)
                    desc = app["desc"]
                    if desc:
                        self._learn_description(key, desc.strip(), pos)
                elif (
                    bare := _BARE_ROLE.match(text, e, e + 120 if e + 120 < end else end)
                ) is not None and is_person_head(
                    bare["head"]
                ):  # "Lena Marchetti, chief market strategist at Pinefield, said": a person
                    person.add(key)
                elif starts_at(text, ", one of ", e):  # "the guard" later: Luis Ortega
                    group = _ONE_OF.match(text, e, e + 80 if e + 80 < end else end)
                    noun = _singular(group["noun"]) if group is not None else ""
                    if is_person_head(noun):
                        person.add(key)
                        self._learn_alias(noun, key, pos)
            box = votes.get(key)
            if box is not None and max(box.values()) >= _SETTLED:
                continue  # the article has made this person's pronoun clear already
            # a pronoun after a name votes for it only when no other name comes between
            window = e + 160 if e + 160 < end else end
            place = window  # a place named in between is nobody ("a courier from Bramley
            # Cross, who said he"), but after it only a subject pronoun is the name's
            # ("... in a gymnasium in Belvar, said her husband had stayed to look after his")
            for j in range(k + 1, min(k + 8, n_matches)):
                nxt = matches[j]
                nxt_start = nxt.start()
                if nxt_start >= window:
                    break
                word = nxt[0]
                sig = significant.get(word)
                if sig is None:
                    plain = _ELISION_TAIL.sub("", word) if "’" in word or "'" in word else word
                    name = clean_name(plain)[0]
                    sig = significant[word] = bool(name) and name not in STOP_WORDS
                if not sig:
                    continue
                if not _after_place(text, nxt_start):
                    window = nxt_start
                    break
                place = min(place, nxt_start)
            pr = _PRONOUN_AFTER.search(text, e, window)
            word = pr[0] if pr is not None else ""
            pr_start = pr.start() if pr is not None else -1  # (used only while pr is not None)
            if pr is not None and pr_start > place and word not in _SUBJECT_PRONOUNS:
                pr = None
            if (
                pr is not None
                and text[e : e + 2] == ", "  # (the cheap test first)
                and _CONTACT_CLAUSE.fullmatch(text, e, pr_start)
            ):
                pr = None  # "Peter Calloway, an anaesthetist she met": whoever met him
            elif (
                pr is not None
                # (the cheap test first: every cue ends with "ed" or is "Told")
                and (
                    text.find("ed ", max(0, pos - 40), pos) >= 0
                    or text.find("Told ", max(0, pos - 40), pos) >= 0
                )
                and _ASKED_ABOUT.search(text, max(0, pos - 40), pos)
            ):
                pr = None  # "Asked about Dravic now, she sets down her cup": hers, not his
            elif pr is not None and pr_start - e == 2 and text.startswith(", ", e):
                # "Speaking through a translator, Rafael Ondiveros, she told the hall": a
                # subject pronoun right after the name's comma is another's (his would be
                # "Ondiveros told")
                pr = None
            if (
                pr is not None
                and len(word) > 1  # not stopped by a quote mark
                and not (
                    "the" in text[pos - 40 if pos > 40 else 0 : pos].lower()  # (cheap test)
                    and _OBJECT_OF.search(text, pos - 40 if pos > 40 else 0, pos)
                )
                # ("According to Whitcombe, the man ... He could be heard": the man's "he")
                and not ends_at(text, "ccording to ", pos - 12 if pos > 12 else 0, pos)
                # ("Lorraine Brightwater, Jonah’s mother, ... she said": not Jonah's "she")
                and not ends_at(text, ("’s", "'s"), e - 2, e)
                # ("Linnane, he said, was a different matter": the speaker's "he")
                and _ASIDE_SAID.match(text, e) is None
                # ("Kessler told her she was too polite": her "she")
                and _TOLD_HIM_BEFORE.search(text, max(e, pr_start - 24), pr_start) is None
                and not _after_place(text, pos)
                and not (
                    not self._subject_at[pos]
                    and starts_at(text, (", where ", ", when "), e)
                    and pr_start - e < 12
                )
            ):  # ("In an interview with the radio station Onda Sur, he said": not Onda Sur's;
                # "she spent six years at the restaurant run by Gideon Marsh, where she rose")
                said = PRONOUN_GENDER[word.lower()]
                owner = (  # (a comma right before the name first: the cheap test)
                    _RELATION_OF.search(text, pos - 40 if pos > 40 else 0, pos)
                    if text[pos - 2 : pos] == ", "
                    else None
                )
                if (
                    (owner is None or PRONOUN_GENDER[owner[1].lower()] != said)
                    and not (
                        not self._subject_at[pos] and self._subject_may_be(text, said, key, pos)
                    )
                    and not self._described_as_other(key, said)
                ):  # (but "His lawyer, Renata Obi, said he ...": he is still the client;
                    # "Gary Pruitt ... stood beside Marsh ... he stepped to the microphone";
                    # and "Drazhenko’s wife, Nadia Orlovska, ... on his behalf": his)
                    self.vote(key, said, 1)

    def _subject_may_be(self, text: str, gender: str, key: str, pos: int) -> bool:
        """Is the person named last before ``pos`` (not ``key``) the subject of the sentence
        ``pos`` is in, and possibly of ``gender``? A pronoun after an object ("stood beside
        Marsh") may then be the subject's; it is the object's only if the subject is known to
        be someone else ("Caldwell, who ... attacked Marwick; she ...")."""
        i = bisect.bisect_left(self._mention_pos, pos) - 1
        if i < 0 or self._mention_key[i] == key:
            return False
        before = self._mention_pos[i]
        if not self._subject_at.get(before) or _SENTENCE_END.search(text, before, pos):
            return False
        box = self.votes.get(self._mention_key[i])
        return not box or max(box, key=box.__getitem__) == gender

    def _lookup(self, word: str, pos: int, gender: str | None = None) -> str | None:
        """The person a lone name word refers to at ``pos`` (surname first, then first name)."""
        low = word.lower()
        keys = self._by_last.get(low)
        if not keys:  # a first name ("Sir Keir") names a person, never a company
            keys = [k for k in self._by_first.get(low, ())[-_SAME_NAME_LIMIT:] if k in self.person]
        if not keys:
            return None
        if len(keys) == 1:
            return keys[0]
        # the latest one named before ``pos`` (a bounded look: namesakes are few), of the
        # title's gender when there is one ("Mrs. Albright" is not her son Thomas Albright)
        recent = [k for k in reversed(keys[-_SAME_NAME_LIMIT:]) if self.first_pos[k] <= pos]
        if gender is not None:  # (one known to be of it before one whose pronoun is unknown)
            for k in recent:
                if self.gender(k) == gender:
                    return k
        for k in recent:
            if gender is None or self.gender(k) in (None, gender):
                return k
        if gender is not None:
            return self._lookup(word, pos)
        return keys[0]

    def _person_named(self, name: str, at: int) -> str:
        """The person a name introduced at ``at`` stands for: a lone first name or surname
        seen before, else the name learned as given."""
        return (self._lookup(name, at) if " " not in name else None) or self._learn(name, at)

    def _learn(self, name: str, pos: int) -> str:
        """The person ``name`` names (a new one, or one seen before under a fuller or
        shorter form, whose display name then becomes the fullest seen)."""
        key = self._learned.get(name)
        if key is None:
            key = self._learned[name] = self._learn_new(name, pos)
        return key  # the same words again name the same person

    def _learn_new(self, name: str, pos: int) -> str:
        words = name.split()
        last, first = words[-1].lower(), words[0].lower()
        # "De la Vega" is the surname of "María José de la Vega": no first name to compare
        surname_only = len(words) == 1 or first in _PARTICLES
        for key in self._by_last.get(last, ())[-_SAME_NAME_LIMIT:]:
            kwords = key.split()
            if surname_only or len(kwords) == 1 or kwords[0].lower() == first:
                if len(words) > len(self.display[key].split()):
                    self._show(key, name)
                    if len(kwords) == 1:
                        self._by_first.setdefault(first, []).append(key)
                return key
        self._show(name, name)
        self.first_pos[name] = pos
        self._by_last.setdefault(last, []).append(name)
        if len(words) > 1:
            self._by_first.setdefault(first, []).append(name)
        return name

    def _learn_description(self, key: str, desc: str, pos: int) -> None:
        if (key, desc) in self._described:
            return  # the same appositive again (quoted twice): nothing new to learn
        self._described.add((key, desc))
        self.description.setdefault(key, desc)
        # (the cheap test first: an ASCII description matches only with one of the words'
        # parts in it; re.IGNORECASE matches these letters as lower() does in ASCII)
        low = desc.lower() if desc.isascii() else ""
        if (not low or _has_part(low, _FEMALE_PARTS)) and _FEMALE_ROLE.search(desc):
            self.vote(key, "f", 2)
        elif (not low or _has_part(low, _MALE_PARTS)) and _MALE_ROLE.search(desc):
            self.vote(key, "m", 2)
        head = _ROLE_HEAD.match(desc)
        if head:
            self._learn_alias(desc[head.start() : head.end(1)], key, pos)  # (not its "of")

    def _described_as_other(self, key: str, gender: str) -> bool:
        """Does the person's description say the other gender than ``gender`` ("Drazhenko’s
        wife" for a "his" after her name)?"""
        desc = self.description.get(key)
        if not desc:
            return False
        if gender == "m":
            return _FEMALE_ROLE.search(desc) is not None
        return gender == "f" and _MALE_ROLE.search(desc) is not None

    def vote(self, key: str, gender: str, weight: int = 1) -> None:
        box = self.votes.setdefault(key, {})
        box[gender] = box.get(gender, 0) + weight
        self.person.add(key)

    def is_person_name(self, name: str) -> bool:
        """Is ``name`` (or its last word, a surname) one of the article's people?"""
        words = name.split()
        keys = self._by_last.get(words[-1].lower(), ())
        return any(k in self.person for k in keys) or (
            len(words) == 1 and any(k in self.person for k in self._by_first.get(name.lower(), ()))
        )

    def _show(self, key: str, name: str) -> None:
        self.display[key] = name
        known = self._shown.get(name)
        if known is None or self.display.get(known) != name:
            self._shown[name] = key

    def _key_shown(self, display: str) -> str | None:
        """The person shown as ``display`` (a speaker already found)."""
        key = self._shown.get(display)
        if key is None:
            return None  # never a person's name as shown: a role, an organisation
        if self.display[key] == display:
            return key
        for other, shown in self.display.items():  # (the cached one is shown otherwise now)
            if shown == display:
                self._shown[display] = other
                return other
        return None

    def mention_subject(self, display: str, pos: int, pronoun: str) -> None:
        """The person shown as ``display`` is the subject at ``pos``, as ``pronoun`` (a "He"
        opening a paragraph about them)."""
        key = self._key_shown(display)
        if key is None:
            return
        i = bisect.bisect_left(self._mention_pos, pos)
        if i < len(self._mention_pos) and self._mention_pos[i] == pos:
            return
        self._mention_pos.insert(i, pos)
        self._mention_key.insert(i, key)
        self._subject_at[pos] = True
        self.vote(key, PRONOUN_GENDER[pronoun])

    def is_subject_at(self, pos: int) -> bool:
        """Is the name mentioned at ``pos`` a person in a sentence subject's place?"""
        return self._subject_at.get(pos, False)

    def mark_subject(self, pos: int) -> None:
        """The name mentioned at ``pos`` is a speech verb's subject after all: "said Aled
        Rees" after a quotation (the pre-pass takes a name after a verb for its object)."""
        if pos in self._subject_at:
            self._subject_at[pos] = True

    def quoted_as(self, display: str, pos: int, gender: str | None = None) -> None:
        """The person shown as ``display`` is quoted at ``pos`` (found by a role: "the captain
        was blunt:"), as a pronoun after it should know; ``gender`` when the attribution was
        a he or a she (“...,” she said), which holds there whatever else is known."""
        key = self._key_shown(display)
        if key is not None:
            self._quoted(key, pos)
            if gender is not None:
                self._spoke_gender[pos] = gender

    def relayed(self, display: str, pos: int) -> None:
        """The person shown as ``display`` is not speaking at ``pos`` after all: their
        message is told there by another ("a text from her neighbor, Dolores Fenn:")."""
        key = self._key_shown(display)
        if self._speaker_pos and (self._speaker_pos[-1], self._speaker_key[-1]) == (pos, key):
            self._speaker_pos.pop()
            self._speaker_key.pop()

    def _quoted(self, key: str, pos: int) -> None:
        """``key`` is quoted at ``pos`` (kept in text order: a later find never goes back)."""
        if not self._speaker_pos or pos >= self._speaker_pos[-1]:
            self._speaker_pos.append(pos)
            self._speaker_key.append(key)

    def vote_display(self, display: str, gender: str, weight: int = 1) -> None:
        """A pronoun vote for the person shown as ``display`` (a speaker already found)."""
        key = self._key_shown(display)
        if key is not None:
            self.vote(key, gender, weight)

    def description_shown(self, display: str) -> str | None:
        """What the article calls the person shown as ``display`` ("the state health
        commissioner"), if anything."""
        key = self._key_shown(display)
        return None if key is None else self.description.get(key)

    def gender_shown(self, display: str) -> str | None:
        """The pronoun ("m", "f", "t") known for the person shown as ``display``."""
        key = self._key_shown(display)
        return None if key is None else self.gender(key)

    def gender(self, key: str) -> str | None:
        box = self.votes.get(key)
        if not box:
            return None
        if len(box) == 1:
            for only in box:
                return only
        # a tie with "they" goes to he/she: "their" after a name is often its team or firm;
        # a tie of he and she leaves the pronoun unknown
        ranked = sorted(box.items(), key=lambda kv: (kv[1], kv[0] != "t"), reverse=True)
        (top, n), (second, m) = ranked[0], ranked[1]
        if n == m and {top, second} == {"m", "f"}:
            return None
        return top

    # --- resolving -----------------------------------------------------------------------

    def speaker_for_name(
        self, pos: int, raw: str, description: str | None = None
    ) -> tuple[str | None, str | None]:
        """(fullest name, description) for a name quoted at ``pos``; learns the speaker."""
        name, gender, _ = clean_name(raw)
        if not name:
            return None, description
        words = name.split()
        key = self._lookup(words[0], pos, gender) if len(words) == 1 else None
        if key is None:
            key = self._learn(name, pos)
        if not (name.isupper() or words[-1].lower() in _ORG_WORDS):
            self.person.add(key)  # NASA, the Space Command: never a "he"
        if gender:
            self.vote(key, gender, 3)
        if description:
            self._learn_description(key, description, pos)
        self._quoted(key, pos)
        return self.display[key], description or self.description.get(key)

    def _learn_alias(self, role: str, key: str, pos: int) -> None:
        """Let "the <role>" stand for ``key`` after ``pos``: "Gov. Harlan Voss" (the governor),
        "their captain, Luca Brennan" (the captain)."""
        head = _alias_head(role)
        if head:
            named = self.role_alias.setdefault(head, [])
            entry = (pos, key, _office_of(role))
            i = bisect.bisect_left(named, entry)
            if i == len(named) or named[i] != entry:
                named.insert(i, entry)
            tense = _tense_of(role)
            if tense:  # "the defending champion", "the new champion"
                self._alias_tense[(head, key)] = tense

    def called(self, word: str) -> str | None:
        """The person a quotation calls by one name ("Are you calling me a liar, Priya?"), as
        shown, when exactly one of the article's people goes by it."""
        low = word.lower()
        keys = {*self._by_last.get(low, ()), *self._by_first.get(low, ())} & self.person
        return self.display.get(keys.pop()) if len(keys) == 1 else None

    def alias(self, role: str, pos: int) -> str | None:
        """A definite role ("the minister") at ``pos``: the person last named with that office
        before it ("Minister Jane Doe"; with two coaches, the one the story is on), else the
        first named after it."""
        words = role.lower().split()
        if len(words) > 3 and words[3] in ("for", "of"):
            # "the cabinet member for culture": the office, its portfolio aside
            words = words[:3]
            role = " ".join(role.split()[:3])
        if len(words) < 2 or words[0] != "the" or len(words) > 3:
            return None
        head = _alias_head(role)
        named = self.role_alias.get(head)  # parsed as the alias was learned
        office = _office_of(role)
        if office and named:  # "the Eastgate manager" is not the Harbourside manager
            named = [n for n in named if n[2] in ("", office)]
        tense = _tense_of(role)
        if tense and named:  # "the new champion" is not the defending one
            kept = [n for n in named if self._alias_tense.get((head, n[1]), tense) == tense]
            named = kept or named
        if not named:
            return None
        i = bisect.bisect_left(named, (pos, "", "")) - 1
        return self.display.get(named[i if i >= 0 else 0][1])

    def _recent(self, pos: int, among: set[str] | None) -> Iterable[tuple[str, int, bool]]:
        """(person key, position, quoted there?) of people mentioned before ``pos``, most
        recent first (bounded)."""
        i = bisect.bisect_left(self._mention_pos, pos) - 1
        j = bisect.bisect_left(self._speaker_pos, pos) - 1
        seen: set[str] = set()
        for _ in range(_RECENT_LIMIT):
            if i < 0 and j < 0:
                return
            if j >= 0 and (i < 0 or self._speaker_pos[j] >= self._mention_pos[i]):
                key, at, spoke = self._speaker_key[j], self._speaker_pos[j], True
                j -= 1
            else:
                key, at, spoke = self._mention_key[i], self._mention_pos[i], False
                i -= 1
            if key in seen or (among is not None and key not in among):
                continue
            seen.add(key)
            yield key, at, spoke

    def last_subject(self, pos: int, since: int) -> str | None:
        """The person last quoted, or last named as a sentence's subject, between ``since``
        and ``pos``."""
        for key, at, spoke in self._recent(pos, self.person):
            if at < since:
                return None
            if spoke or self._subject_at.get(at, False):
                return self.display[key]
        return None

    def last_known(self, pos: int, gender: str) -> str | None:
        """The person last named or quoted before ``pos`` whose pronoun is known to be of
        ``gender`` ("m", "f"), among the recent ones, or None."""
        for key, _, _ in self._recent(pos, self.person):
            if self.gender(key) == gender:
                return self.display[key]
        return None

    def first_person(self, pos: int) -> str | None:
        """The first person the text names before ``pos`` (a profile's subject: news names
        the one it is about first), or None. A person: known to be one, or quoted."""
        quoted = set(self._speaker_key[: bisect.bisect_left(self._speaker_pos, pos)])
        for at, key in zip(self._mention_pos, self._mention_key, strict=True):
            if at >= pos:
                break
            if key in self.person or key in quoted:
                return self.display[key]
        return None

    def only_person(self, pos: int, since: int) -> str | None:
        """The one person named between ``since`` and ``pos``, if exactly one is."""
        lo = bisect.bisect_left(self._mention_pos, since)
        hi = bisect.bisect_left(self._mention_pos, pos)
        keys = {k for k in self._mention_key[lo:hi] if k in self.person}
        return self.display[keys.pop()] if len(keys) == 1 else None

    def speaker_for_pronoun(
        self,
        pronoun: str,
        pos: int,
        paragraph_start: int = 0,
        previous_start: int = 0,
        *,
        prefer_subject: bool = False,
        quotation: str = "",
    ) -> tuple[str | None, str | None, int]:
        """(fullest name, description, position of the mention) of the person a he/she/they
        at ``pos`` refers to; (None, None, -1) when nobody fits.

        ``quotation``: the quotation's own words. Nobody says their own name ("Luca is not
        finished yet," he said: not Luca), so who it names is passed over.

        The most recent person who may be "he" (or "she": known so, or of unknown pronoun)
        wins when mentioned in the pronoun's own paragraph, or quoted in it or the previous
        one; further back, a person known to be "he" is preferred to one of unknown pronoun.
        A subject of these paragraphs comes before a more recent object of theirs, for a
        he/she/they or, with ``prefer_subject``, anyone ("the manager").
        """
        want = PRONOUN_GENDER.get(pronoun.lower(), "any")
        unknown: tuple[str, int] | None = None
        found: tuple[str, int] | None = None
        # an object of this paragraph ("DeLuca ... found Watts on the curb. “...,” he said")
        # gives way to a subject of it who may be the same "he"
        obj: tuple[str, int] | None = None
        for key, at, spoke in self._recent(pos, None if want == "any" else self.person):
            if quotation and _names_in(self.display[key], quotation):
                continue
            g = self.gender(key)
            if g == "t" and want in ("m", "f") and sum(self.votes[key].values()) < 2:
                g = None  # one "they" after a name is weak evidence against a "she"
            # near: in the pronoun's paragraph, or quoted or a subject in the one before when
            # the quotation opens its paragraph (``previous_start``)
            subject = spoke or self._subject_at.get(at, False)
            near = (at >= paragraph_start or (subject and at >= previous_start)) and not (
                spoke and self._spoke_gender.get(at, want) != want
            )  # (not when quoted there as “...,” she said, for a "he")
            if g == want or (g is None and want != "t" and near) or want == "any":
                if obj is not None and at < previous_start:
                    break  # no subject in these paragraphs: the object it is
                if (
                    (want != "any" or prefer_subject)
                    and at >= previous_start
                    and not spoke
                    and not self._subject_at.get(at, True)
                ):
                    obj = obj or (key, at)  # the most recent object, if no subject is found
                    continue
                found = (key, at)
                break
            if want != "t" and g is None and unknown is None:
                unknown = (key, at)  # "they" is a group unless a person is known to use it
        found = found or obj or unknown
        if found is None and want in ("m", "f"):
            # nobody is known to be a person: the nearest name will do ("John Reed spoke
            # first. He added: ...")
            for key, at, _ in self._recent(pos, None):
                if self.gender(key) in (None, want):
                    found = (key, at)
                    break
        if found is None:
            return None, None, -1
        return self.display[found[0]], self.description.get(found[0]), found[1]
