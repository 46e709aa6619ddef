"""The quote engine: every direct quotation in an article's plain text, with its speaker.

Pure Python (stdlib ``re`` only, no model), linear in the length of the text. Three stages:

1. :mod:`~desktop_app.core.quote_marks` pairs the quote marks, paragraph by paragraph, into
   top-level quotations (multi-paragraph ones get one part per paragraph; an unclosed mark is
   bounded at a sentence or paragraph end).
2. :mod:`~desktop_app.core.quote_speakers` learns the article's people in one pass over the
   narrative between the quotations: fullest names, the pronouns used of them, their titles
   and appositives.
3. This module attributes each quotation from small windows of text around it (a few hundred
   characters at most, so the cost per quotation is constant), with the patterns of
   :mod:`~desktop_app.core.quote_patterns`:

   * **after** the closing mark, one anchored regex: ``“...,” said Maria Okafor``, ``“...,”
     Okafor, the chief engineer, said``, ``“...,” he told reporters``, ``“...” — Name``,
     ``“...,” according to a spokeswoman for ...``, ``“...,” said one of them, Earl Whitcomb``;
   * **before** the opening mark, within its sentence (or the previous paragraph when that one
     ends with a colon or an open appositive): ``Krikalev, who serves as ..., stated, “...``,
     ``Said Okafor: “...``, ``From the minister's statement: “...``, and partial quotations in a
     sentence with a speech verb (``Berg said the far side is “the quietest place...”``);
   * a split quotation (``“...,” he said, “...”``) becomes one quotation with two parts;
   * pronouns go to the nearest person who may be "he"/"she" in the paragraph, to the person
     quoted just before when the paragraph opens with them, else to a person known to be
     "he"/"she"; a role subject ("Another analyst, who ... his firm's policy") can be the
     antecedent too, and "said the 23-year-old" names the person of the paragraph;
   * a partial quotation whose sentence ends with an inverted attribution (a crack “several
     feet long” in one of the supports, said Dale Pruitt, a spokesman ...) is that speaker's;
   * a quotation with no attribution of its own takes it from context: the previous sentence
     (``A Roscosmos official stated...``, or an action beat: ``Blake paused.``), the other
     quotations of its paragraph, the next sentence (``Smith said the firm...``), then the
     previous paragraph (its speaker; in an exchange of questions and replies, the asker).

   A short quoted phrase with no speech cue, a title-case name ("International Lunar Research
   Station"), a "so-called"/"dubbed" phrase or a title after a kind of work (her memoir, “Flour
   on Everything,”; call it “Working Riverton.”) is a ``mention``, not speech.

Spans are Python code points into the text passed in; ``text[p.start:p.end] == p.text`` holds
for every part. Output is sorted by start and deterministic.
"""

from __future__ import annotations

import bisect
import functools
import gc
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final  # (compiled, a Final module constant is a C variable, no dict lookup)

from desktop_app.core import regex_cache
from desktop_app.core.quote_marks import (
    RawQuote,
    find_quote_spans,
    opens_sentence,
    paragraph_spans,
    sentence_starts,
)
from desktop_app.core.quote_patterns import (
    AFTER_WINDOW,
    AGE,
    BEAT,
    CLAUSE_BREAK,
    COORDINATED,
    DATELINE,
    DEFINITE,
    DET_START,
    DET_WORDS,
    DOCUMENT_NOUNS,
    DOCUMENT_ROLE,
    FILLER_DESC,
    FINITE_WORDS,
    GAP_APPOS,
    GAP_COMMA,
    GAP_PLAIN,
    GENDER_CLUE,
    GOVERNS_AS,
    GROUP,
    INSTITUTIONAL,
    INV_LEAD,
    LEAD_WINDOW,
    LINE_FROM,
    MENTION_CUE,
    NAME_ONLY,
    OBJECT_BEFORE,
    OBJECT_FAR_BEFORE,
    OBJECT_NAMED_BEFORE,
    ORG_DEFINITE,
    ORG_NAMED,
    ORG_NOUNS,
    OWN_WORDS,
    PRONOUN_START,
    RADIO_CALL,
    REPLY_CUES,
    ROLE_AFTER_AND,
    ROLE_AFTER_RELATIVE,
    ROLE_BEFORE_WHO,
    ROLE_LONG,
    ROLE_ONLY,
    ROLE_SEGMENT,
    ROLE_SUBJECT_START,
    ROLE_THEN_NAME,
    SENTENCE_TAIL,
    SMALL_WORDS,
    SUBJ_CAND,
    SUBJECT_ROLE,
    TERMINAL,
    THE_TITLES,
    TITLE_CUE,
    according,
    colon_subject,
    find_verbs,
    interviewer,
    match_after,
    match_intro,
    possessive_source,
    that_was,
)
from desktop_app.core.quote_speakers import (
    NAME,
    PRONOUN_GENDER,
    RELATIVE_WORDS,
    STOP_WORDS,
    People,
    after_role_noun,
    clean_role,
    ends_at,
    is_descriptive_head,
    is_person_head,
    starts_at,
    word_alternation,
)
from desktop_app.core.quote_types import Quote, QuotePart

__all__ = ["ExtractionCancelled", "extract_quotes"]


class ExtractionCancelled(Exception):
    """Raised by :func:`extract_quotes` when its ``cancelled`` callback returns true."""


_START_END: Final = operator.attrgetter("start", "end")  # the sort key of the output
_POSSESSIVE_PRONOUN: Final = {"his": "he", "her": "she", "their": "they"}
_APPOSITIVE_ROLE: Final = regex_cache.compile(
    r"[ \u00a0]+(?P<role>(?:the|a|an)(?:[ \u00a0]+[\w’'.-]+){0,5})[ \u00a0]+"
)
_NAME_COMMA_END: Final = regex_cache.compile(r"[A-Z][\w’'-]+,\s+$")
# The noun a possessor's subject phrase ends with, before its verb: "(Eskarra’s) foreign
# ministry (struck ...)"
_OWNED_SUBJECT: Final = regex_cache.compile(
    r"(?P<noun>(?:[ \u00a0]+[a-z][\w’'-]*){0,2}?[ \u00a0]+(?:"
    + "|".join(sorted(INSTITUTIONAL, key=lambda w: (-len(w), w)))  # (the same pattern each run)
    + r"))\b"
)
# "the Tarvenian foreign ministry": a definite phrase with words before its head noun
_DEFINITE_PHRASE: Final = regex_cache.compile(
    r"(?<![\w’'-])(?P<phrase>(?:the|The)(?P<mods>(?:[ \u00a0]+[\w’'-]+){1,3}?)[ \u00a0]+"
    r"(?P<head>ministry|company|firm|bank|agency|union|council|department|government|"
    r"regulator|embassy|court|club|group|university|hospital|school|office|commission))\b"
)
_CAPITALS_ONLY: Final = regex_cache.compile(r"\s*(?:[A-Z][\w.’'-]*\s+)*")  # "State Sen. "
# Capitalized words joined by "and" before a name opening its sentence: "Ashcombe and "
_NAMES_JOINED: Final = regex_cache.compile(r"\s*(?:[A-Z][\w.’'-]*\s+)+and\s+")
_TITLE_WORDS: Final = (
    r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Lady|Lord|Judge|Justice|Sen|Rep|Gov|Cllr|Rev)"
)
_TITLED: Final = regex_cache.compile(_TITLE_WORDS + r"\.?\s")
_PRONOUN_AFTER_INTRO: Final = regex_cache.compile(r"[ \u00a0]+(he|she)[ \u00a0]")
_LOWER_WORDS: Final = regex_cache.compile(r"(?:[ \u00a0]+[a-z][\w’'-]*){1,3}[ \u00a0]+")
# A name right before a verb (with its auxiliaries): "Reddaway had (claimed)"
_NAMED_SUBJECT: Final = regex_cache.compile(
    r"(?=[A-Z])(?<![\w’'-])[A-Z][a-z][\w’'-]*[ \u00a0]+"
    r"(?:(?:had|has|have|would|had[ \u00a0]+been)[ \u00a0]+)?$"
)
# A role as the subject of a reported clause, right before its verb: "that a careers master
# had (told)"
_ROLE_THEN_VERB: Final = regex_cache.compile(
    r"\bthat[ \u00a0]+(?P<who>(?:a|an|the|one)(?:[ \u00a0]+[a-z][\w’'-]*){1,3})[ \u00a0]+"
    r"(?:(?:had|has|have|would|had[ \u00a0]+been)[ \u00a0]+)?$"
)
# A role as the subject of a subordinate clause, right before its verb: "after a judge (said)"
_SUBORDINATE_ROLE: Final = regex_cache.compile(
    # (each first letter a literal branch, "\b" after it as a lookbehind: re skips to the
    # letters at C speed, where a leading lookahead is a call at every position)
    r"(?:a(?<!\w.)(?:fter|s)|b(?<!\w.)(?:efore|ecause)|w(?<!\w.)hen|s(?<!\w.)ince|u(?<!\w.)ntil"
    r"|o(?<!\w.)nce)[ \u00a0]+"
    r"(?P<who>(?:a|an|the|one|another|his|her|their)(?:[ \u00a0]+[\w’'-]+){1,8}?)[ \u00a0]*$"
)
_APPOSITIVES_THEN_WHO: Final = regex_cache.compile(
    r"(?:,[ \u00a0][^,;“”\"]{1,80}){1,2},[ \u00a0]who(?:[ \u00a0]+(?:also|later|then|had|has))?"
    r"[ \u00a0]+"
)
_WHO_THEN_VERB: Final = regex_cache.compile(
    r", who(?:[ \u00a0]+(?:also|later|then|had|has))?[ \u00a0]+"
)
# A written source ("a report", "The evacuation order", "its statement"), and who published it
_DOCUMENT: Final = regex_cache.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}"
    rf"(?P<noun>{DOCUMENT_NOUNS})\b"
)
_DOCUMENT_NOUN: Final = regex_cache.compile(rf"\b(?:{DOCUMENT_NOUNS})\b")  # (a cheap first test)
# ... or a document its issuer is the subject of: "a written statement Crunchwell Foods
# released about an hour before", "the logbook entry Threlkeld wrote shortly after noon"
_ISSUED_BY_SUBJECT: Final = regex_cache.compile(
    r"[ \u00a0]+(?:that[ \u00a0]+)?(?P<org>(?:the[ \u00a0]+)?[A-Z][\w&’'.-]*"
    r"(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w&’'-]*){0,4})[ \u00a0]+"
    r"(?:released|issued|published|put[ \u00a0]+out|sent|posted|circulated|e-?mailed|filed|"
    r"wrote|penned|signed|drafted|recorded|kept)\b"
)
# ... or one its author signed: "a letter signed by chief executive Miriam Castellane", "an
# entry from 14 January 1953, written by Assistant Keeper Alexander Munro"
_SIGNED_BY: Final = regex_cache.compile(
    r"(?:[ \u00a0]+(?:from|of|dated)[ \u00a0][^,.;“”\"]{1,40})?,?"
    r"[ \u00a0]+(?:signed|co-signed|written|sent)[ \u00a0]+by[ \u00a0]+"
    r"(?:[a-z][\w-]*[ \u00a0]+){0,4}?"
    r"(?P<org>[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*){0,3})"
)
# A record cited in passing, not the clause's subject: "At 16:42, the transcript shows, the
# tower controller cleared the flight"
_RECORD_SHOWS: Final = regex_cache.compile(
    r"(?=[tTiI])(?:[Tt]he|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?"
    r"(?:transcript|recording|records|logs?|data|documents|minutes|footage|filings?|report|"
    r"evidence|emails|messages)[ \u00a0]+(?:shows?|showed|suggests?|suggested|indicates?|"
    r"indicated|reveals?|revealed|confirms?|confirmed),[ \u00a0]+"
)
# A determiner and at most one word before a document noun that opens its sentence ("The
# letter", "Their open letter"): the document is that sentence's subject
_DETERMINER_ONLY: Final = regex_cache.compile(
    r"(?i:the|its|their|this|that)(?:[ \u00a0]+[a-z-]+)?[ \u00a0]+"
)
# A preposition opening a sentence, its phrase's comma left out: "Within an hour of the final
# whistle the defender posted ...:"
_OPENING_PREPOSITION: Final = regex_cache.compile(
    r"(?:Within|After|Before|During|Until|Since|By|At|In|On|Over|For|Throughout)[ \u00a0]+"
)
# A statement issued, right before a participle that says what it said: "issued a brief
# statement on Tuesday evening saying"
_ISSUED_STATEMENT: Final = regex_cache.compile(
    r"\b(?:issued|released|put[ \u00a0]+out|posted|sent|published)[ \u00a0]+"
    r"(?:a|an|its|his|her|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
    r"(?:statement|message|e-?mail|letter|note|post|tweet|press[ \u00a0]+release)"
    r"(?:[ \u00a0]+[\w-]+){0,3}[ \u00a0]+$"
)
# An organisation opening its sentence, a relative clause after it: "The Foreign Ministry,
# which had repeatedly described the case as criminal,"
_ORG_THEN_WHICH: Final = regex_cache.compile(
    r"[ \u00a0]*(?P<who>The[ \u00a0]+(?:[A-Z][\w’'&-]*[ \u00a0]+){0,3}[A-Z][\w’'&-]*),"
    r"[ \u00a0]+which\b"
)
# A quotation nested in another (its closing mark is no apostrophe: none inside a word)
_NESTED: Final = regex_cache.compile(r"(?<!\w)[‘“].*?[’”](?!\w)", re.DOTALL)
# Someone remembered or heard saying what follows: "She remembered him saying", "a colleague
# recalled her telling nurses" (the words are the one remembered's)
_HEARD_SAYING: Final = regex_cache.compile(
    r"\b(?P<verb>remember(?:ed|s)?|recall(?:ed|s)?|heard)[ \u00a0]+"
    rf"(?P<who>him|her|them|{NAME})[ \u00a0]+(?:say|saying|tell|telling)"
    r"(?:[ \u00a0]+(?!that\b)[a-z]+){0,2}?(?:[ \u00a0]+that)?[ \u00a0]*,?[ \u00a0]*$"
)
_SUBJECT_FORM: Final = {"him": "he", "her": "she", "them": "they"}
_FIRST_PERSON: Final = frozenset(("I", "I’m", "I'm", "I’ve", "I've", "me", "my", "we", "our", "us"))
# A role's own words giving the only name it goes by: "who gave her name only as Marguerite"
_NAME_GIVEN: Final = regex_cache.compile(
    r"who[ \u00a0]+(?:identified[ \u00a0]+(?:herself|himself|themselves)|gave[ \u00a0]+"
    r"(?:her|his|their)[ \u00a0]+(?:first[ \u00a0]+)?name)(?:[ \u00a0]+only)?[ \u00a0]+as"
    rf"[ \u00a0]+(?P<name>{NAME})$"
)
# After a role, the name it turned out to be: ", later identified as that of the cashier Anjali
# Fairweather,"
_IDENTIFIED_LATER: Final = regex_cache.compile(
    r",[ \u00a0]+(?:later[ \u00a0]+|since[ \u00a0]+|subsequently[ \u00a0]+)?identified[ \u00a0]+as"
    r"(?:[ \u00a0]+that[ \u00a0]+of)?(?:[ \u00a0]+(?:the|a|an)(?:[ \u00a0]+[a-z][\w’'-]*){1,3})?"
    rf"[ \u00a0]+(?P<name>{NAME}),"
)
# "the man", "the woman": the pronoun a known person of theirs would have
_GENDERED_HEAD: Final = {"the man": "he", "the woman": "she"}
# A paragraph's first words before an aside's pronoun, naming nobody: "The fete, "
_ASIDE_OPENING: Final = regex_cache.compile(
    r"(?:The|This|That|It|Its)(?:[ \u00a0]+[a-z][\w’'-]*){0,4},[ \u00a0]+"
)
# A relative named by a possessive: "his daughter", "her father", "Her husband"
_RELATION: Final = regex_cache.compile(
    r"(?i:(his|her))[ \u00a0]+(wife|husband|daughter|son|father|mother|sister|brother)"
)
# A pronoun after these opens a relative clause, as its subject: "in which she", "to whom he"
_RELATIVE_BEFORE: Final = (" which ", " whom ")
# The note before an interview printed as questions and answers: "This interview has been
# edited for length and clarity.", "Our conversation has been condensed and edited."
_EDITED_NOTE: Final = regex_cache.compile(
    r"\b(?:interview|conversation|exchange|transcript)s?\s+(?:has|have)\s+been\s+"
    r"(?:lightly\s+)?(?:edited|condensed)\b",
    re.IGNORECASE,
)
# The same words searched for on their own ("the defender posted"), after an opening phrase
_ROLE_WORDS: Final = regex_cache.compile(DET_WORDS)
# Where a subject is from, in commas before its verb: ", from the firm Pelham Rusk,"
_FIRM_ASIDE: Final = regex_cache.compile(
    r",[ \u00a0]+(?:from|of|at|with)[ \u00a0]+(?:[\w’'&.-]+[ \u00a0]+){0,5}?[\w’'&.-]+,[ \u00a0]*$"
)
# A dispatch's reporter: "Sanne Whitlock reports from Harrowgate:", "writing from Kyiv"
_REPORTS_FROM: Final = regex_cache.compile(
    rf"(?P<name>{NAME})[ \u00a0]+(?:reports|writes|reporting|writing)[ \u00a0]+from\b"
)
# A sign, then what it reads: "McAllister held up her sign. It read:"
_SIGN_READ: Final = regex_cache.compile(
    r"\b(?:sign|banner|placard|poster|t-shirt|noticeboard)s?\b[^“”‘\"]{0,80}?"
    r"(?:[Ii]t|[Tt]hey|[Oo]ne)[ \u00a0]+(?:read|reads|reading):?[ \u00a0]*$",
    re.IGNORECASE,
)
_OBJECT_PRONOUN_BEFORE: Final = regex_cache.compile(r"\b(?:him|her|them|me|us|it)[ \u00a0]+\Z")
# A role's appositive, before its relative clause or comma: ", a product manager who"
_ROLE_APPOSITIVE: Final = regex_cache.compile(
    r",[ \u00a0]+(?P<who>(?:a|an)(?:[ \u00a0]+[\w’'-]+){1,4}?)(?=[ \u00a0]+who\b|,)"
)
# A document its sender or signer is named after: "One message, sent by Mr Penhallow ..."
_SENT_DOCUMENT: Final = regex_cache.compile(
    r"(?i:an?|the|one|another|its|their)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}?"
    rf"(?:{DOCUMENT_NOUNS})\b"
)
# ... a message with nothing said of its sender: "One message, sent at 11.42pm,"
_MESSAGE_SENT_AT: Final = regex_cache.compile(
    r"(?i:an?|one|another)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+)?(?:message|e-?mail|text)"
    r"(?:,?[ \u00a0]+(?:sent|posted|written)\b[^,]*)?,?"
)
# What is written up, not said: "the motto reads", "the banner said"
_INSCRIPTION: Final = regex_cache.compile(
    r"(?:the|a|its|their)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+)?(?:motto|slogan|sign|banner|placard|"
    r"poster|inscription|plaque|tagline|caption|headline)\b(?![’'-])"
)
# A role, then an aside on why it goes unnamed, before its verb
_ROLE_THEN_ASIDE: Final = regex_cache.compile(
    # (or a group: "Aides to Mr. Ashgrove, who spoke on the condition of anonymity ..., said")
    r"[ \u00a0]*(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)(?:[ \u00a0]+[\w’'-]+){1,6}?"
    rf"|{GROUP}),"
    r"[ \u00a0]+(?:speaking|asking|talking|requesting|who[ \u00a0]+(?:spoke|asked|requested))\b"
    r"[^“”\"]{1,200}?,[ \u00a0]+"
)
# A time phrase with no comma, then a pronoun subject: "Before the final face-off she took",
# "Later in the evening he wrote"
_PRONOUN_AFTER_TIME: Final = regex_cache.compile(
    r"(?:Before|After|During|Moments[ \u00a0]+later|Minutes[ \u00a0]+later|Later|Earlier|Then)"
    r"(?:[ \u00a0]+(?:in|on|that)?[ \u00a0]*(?:the|a|an|his|her|their)?"
    r"(?:[ \u00a0]+[a-z][\w-]*){1,3})?[ \u00a0]+(he|she)[ \u00a0]"
)
# Between a subject and its verb: "(He) could be heard on her video (shouting)"
_HEARD_GAP: Final = regex_cache.compile(
    r"[ \u00a0]+(?:could|can|was|were|is|are)(?:[ \u00a0]+be)?[ \u00a0]+heard"
    r"(?:[ \u00a0]+(?:on|in)[ \u00a0]+[^“”\",.]{1,40}?)?[ \u00a0]+"
)
# ... or whom it was read for: "a statement on behalf of Leah and Tom Harrowgate"
_ON_BEHALF_OF: Final = regex_cache.compile(
    r"[ \u00a0]+on[ \u00a0]+behalf[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<org>[A-Z][\w’'-]*(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w’'-]*){0,4})"
)
# What "One" (of several submissions, messages ...) is from: "One, from a retired teacher,"
# (the aside after it, then who it names)
_ONE_ASIDE: Final = regex_cache.compile(r",[ \u00a0]+(?P<d>[^,;“”\"]{2,89}?),")
_FROM_SOMEONE: Final = regex_cache.compile(r"from[ \u00a0]+(?P<who>(?:an?|one)[ \u00a0].{2,80})")
_MESSAGES_FROM: Final = regex_cache.compile(
    r"\b(?:messages|e-?mails|texts|letters|notes|posts)\b[^.;“”\"]{0,40}?\bfrom[ \u00a0]+"
    rf"(?P<who>{NAME})"
)
_PREPOSITION_END: Final = regex_cache.compile(
    r"\b(?:after|before|for|in|at|on|with|without|during|of|to|from)[ \u00a0]+\Z"
)
# A span of time is nobody: "two days later", "a few minutes"
_TIME_SPAN: Final = regex_cache.compile(
    r"(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|a[ \u00a0]+few|several|\d+)"
    r"[ \u00a0]+(?:second|minute|hour|day|week|month|year)s?"
    r"(?:[ \u00a0]+(?:later|earlier|ago|before|after))?"
)
# "the ministry" (company, club ...) opening a sentence
_ORG_SUBJECT: Final = regex_cache.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<org>The[ \u00a0]+(?:{ORG_NOUNS}))\b"
)
# an organisation opening its sentence, then an appositive or its verb
_ORG_OPENING: Final = regex_cache.compile(
    r"(?P<org>(?:The[ \u00a0]+)?[A-Z][\w&’'-]*(?:[ \u00a0]+(?:(?:of|for|and)(?:[ \u00a0]+the)?"
    r"[ \u00a0]+)?[A-Z][\w&’'-]*){1,5})(?:,|[ \u00a0]+(?:has|had|have)\b|[ \u00a0]*\Z)"
)
# between a verb and a document it speaks of: "reminded him of (the report)"
_OBJECT_OF_VERB: Final = regex_cache.compile(
    r"(?:[ \u00a0]+(?:him|her|them|us|me|it|the[ \u00a0]+\w+))?[ \u00a0]+(?:of|about|to|on)"
    r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}"
)
# ... or one its issuer is the subject of, the object of the issuing: "X issued a statement"
_ISSUED_BEFORE: Final = regex_cache.compile(
    r"\b(?:issued|released|published|put[ \u00a0]+out|sent|posted|circulated|e-?mailed|filed"
    r"|pinned|read[ \u00a0]+out)(?:[ \u00a0]+[\w’'-]+){0,3}?[ \u00a0]+\Z"
)
_PUBLISHED_BY: Final = regex_cache.compile(
    r",?[ \u00a0]+(?:released|published|issued|prepared|commissioned|produced|compiled)\b"
    r"(?:[^,.;“”\"]|[ap]\.m\.){0,40}?\bby[ \u00a0]+"
    r"(?P<org>(?:the[ \u00a0]+)?(?:[a-z]+[’']s[ \u00a0]+)?"
    r"[A-Z][\w&’'-]*(?:[ \u00a0]+(?:of[ \u00a0]+|for[ \u00a0]+)?[A-Z][\w&’'-]*){0,5})"
)
_PREPOSITIONS: Final = frozenset(
    ("in", "of", "at", "for", "from", "by", "with", "to", "on", "near")
)
# The subject of a verb that ends a sentence after a comma: ", Dr Marchetti (said.)"
_TAIL_SUBJECT: Final = regex_cache.compile(
    rf",[ \u00a0]+(?P<who>(?:{_TITLE_WORDS}\.?[ \u00a0]+)?[A-Z][\w’'-]+"
    r"(?:[ \u00a0]+[A-Z][\w’'-]+){0,2}|he|she)[ \u00a0]+$"
)
# someone called by name in a quotation: "..., Mr Quarrie.", "..., Nadia?"
_ADDRESSED: Final = regex_cache.compile(
    rf"(?:\b{_TITLE_WORDS}\.?[ \u00a0]+|, )([A-Z][\w’'-]+)[,.!?]"
)
# Pronouns that are only ever subjects, after a preposition that has its own object:
# "In it she wrote", "On that he was clear"
_NOMINATIVE: Final = frozenset(("he", "she", "they", "we", "i"))
# A message and whom it came from, before a colon: "a text from her neighbor, Dolores Fenn,"
_MESSAGE_FROM: Final = regex_cache.compile(
    r"\b(?:text|message|email|e-mail|letter|note|voicemail|tweet)(?:[ \u00a0]+message)?"
    r"[ \u00a0]+(?:from[ \u00a0]+"
    r"(?:(?:his|her|their|its|a|an|the)[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){0,2}?"
    rf"[a-z][\w’'-]*,?[ \u00a0]+)?(?P<who>{NAME})"
    # ... or one someone sent: "a text message Breward sent to another friend"
    rf"|(?:that[ \u00a0]+)?(?P<sender>{NAME})[ \u00a0]+(?:had[ \u00a0]+)?(?:sent|wrote|posted))"
)
_PREPOSITION_IT: Final = regex_cache.compile(
    r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ww]ith|[Ff]rom|[Oo]f)[ \u00a0]+(?:it|this|that)[ \u00a0]+$"
)
_PRONOUN_OF: Final = {  # a pronoun ending what was taken for a role, as the subject it stands for
    **dict.fromkeys(("he", "him", "his"), "he"),
    **dict.fromkeys(("she", "her"), "she"),
    **dict.fromkeys(("they", "them", "their"), "they"),
}
# a verb inside what was taken for a role (not in its relative clause: "a man who was ...")
_CLAUSE_IN_ROLE: Final = regex_cache.compile(
    rf"^(?:(?!{RELATIVE_WORDS})[^,])*?[ \u00a0](?P<verb>{FINITE_WORDS}|came|comes)\b"
)
_FROM_NAME: Final = regex_cache.compile(
    rf"[ \u00a0]+from[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){{0,3}}(?P<name>{NAME})"
)
# a passive's auxiliary right before a verb: ", a line that has been (repeated)"
_BEEN_BEFORE: Final = regex_cache.compile(r"\b(?:been|being)[ \u00a0]+\Z")
# a relative clause in an appositive: "the lawyer who represented ..."
_RELATIVE_WORD: Final = regex_cache.compile(RELATIVE_WORDS)
# A name given before a short quotation: "called a", "taken to calling the rows of cots"
# (Each word's first letter comes first, then the word boundary before it as a lookbehind:
# ``re`` skips at C speed to a c, d, n or r, instead of trying every position.)
_NAMING_BEFORE: Final = regex_cache.compile(
    r"(?:c(?<!\w.)all(?:s|ed|ing)?|r(?<!\w.)enamed|n(?<!\w.)amed|d(?<!\w.)ubbed|n(?<!\w.)icknamed)"
    r"(?:[ \u00a0]+(?!(?:a|an|the)[ \u00a0]+\Z)[\w’'-]+){0,8}?"
    r"(?:[ \u00a0]+(?P<det>a|an|the))?[ \u00a0]+\Z"
)
# ... unless it is what the speaker calls it: "promising what she called a “clean start”"
_WHAT_ONE_CALLED: Final = regex_cache.compile(
    r"\bwhat[ \u00a0]+(?:he|she|they|[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'-]*){0,2}"
    r"|(?:one|a|an|another|the|some)(?:[ \u00a0]+[a-z][\w’'-]*){1,6}?)"  # ("one colleague")
    r"[ \u00a0]+(?:has[ \u00a0]+)?call(?:s|ed)[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?\Z"
)
# A quoted label inside a noun phrase: a determiner or possessor before it, its noun after
_DETERMINER_BEFORE: Final = regex_cache.compile(
    r"\b(?:the|a|an|its|their|his|her|\w+[’']s)[ \u00a0]+\Z"
)
_NOUN_AFTER: Final = regex_cache.compile(
    r"[ \u00a0]+(?!(?:were|was|is|are|had|has|have|would|could|will|can|should|may|might|must|"
    r"did|do|does|in|on|at|of|for|to|from|with|by|that|which|who|and|or|but|as|than|into|"
    r"over|under|after|before|since|because|if|when|while|said|says|told|added)\b)[a-z]+\b"
)
# (a literal first, so ``re`` scans fast; the first paragraph is never looked at)
_PARAGRAPH_PRONOUN: Final = regex_cache.compile(r"\n[ \t]*((?:He|She)\s)")
_CAPITAL_LATER: Final = regex_cache.compile(r"\s[A-Z]")  # a capitalized word after the first
_OTHER_PRONOUN: Final = {"he": "she", "she": "he"}
_INTRO_GENDER: Final = {
    "he": regex_cache.compile(r"\b(?:he|him|his|himself)\b"),
    "she": regex_cache.compile(r"\b(?:she|her|herself)\b"),
    "they": regex_cache.compile(r"\b(?:they|them|their|themselves)\b"),
}
_PARTICIPLE: Final = regex_cache.compile(r"[a-z]+ing\b")
# an office that makes someone "the official"
_OFFICE: Final = regex_cache.compile(
    r"\b(?:commissioner|minister|secretary|director|administrator|superintendent|inspector|"
    r"governor|mayor|councillor|councilor|chief|manager|spokes(?:man|woman|person)|officer|"
    r"official)\b",
    re.IGNORECASE,
)
# a subject, perhaps with an appositive, then its verb: "Graham Whitlow has left", "Ruiz, 64,
# told"
_SUBJECT_THEN_VERB: Final = regex_cache.compile(r"(?:,[^,“”\"‘’]{1,80},)?[ \u00a0]+[a-z]+\b")
_REPORTED_START: Final = regex_cache.compile(r"[ \u00a0]+(?:that[ \u00a0]+)?")
_RELATIVE_ASIDE: Final = regex_cache.compile(
    r"[ \u00a0]*(?:which|who|where|when)\b[^,:“”\"]{0,120},"
)
# A name and "said" (and when) right before a participle: "Chief Ana Ruiz said Wednesday, "
_SAID_THEN: Final = regex_cache.compile(
    r"(?=[A-Z])(?<![\w’'-])(?P<who>(?:[A-Z][\w.’'-]*[ \u00a0]+){1,5}?)(?:said|says)"
    r"(?:[ \u00a0]+(?:on[ \u00a0]+)?[A-Z][a-z]+day)?,[ \u00a0]+$"
)
_CLEFT: Final = regex_cache.compile(
    r"\b[Ii]t[ \u00a0]+was[ \u00a0]+(?P<who>[A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){0,2})"
    r"[ \u00a0]+who\b"
)
# A verb inside what an inverted attribution took for a role: "said the trial itself appeared"
_FINITE_VERB: Final = regex_cache.compile(rf"[ \u00a0]{FINITE_WORDS}\b")
# A name in commas right after a role, naming it: "Its pilot, Lt. Cmdr. Jared Fenn, ..."
_NAMED_IN_COMMAS: Final = regex_cache.compile(rf",[ \u00a0]+(?P<name>{NAME}),")
# A sentence's subject, an office and the name in commas after it: "Vellmoor’s health minister,
# Helen Marchbank, has rejected ..." (then ", telling listeners ...")
_OFFICE_THEN_NAMED: Final = regex_cache.compile(
    rf"(?P<role>(?:[Tt]he|[A-Z][\w&’'-]*[’']s)(?:[ \u00a0]+[\w’'-]+){{0,3}}[ \u00a0]+[a-z][\w’'-]*)"
    rf",[ \u00a0]+(?:the[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{1,3}}?)?(?P<name>{NAME}),[ \u00a0]+[a-z]"
)  # (a role may come before the name: "Mensforth’s teammate, the goalkeeper Ruben Achterberg,")
# Whom a document or a report quoted, before a colon: "The release quoted the company's chief
# executive, Graham Pellerin:"
_QUOTED_OBJECT: Final = regex_cache.compile(
    r"\bquoted[ \u00a0]+(?:[^:“”\"]{0,80}?,[ \u00a0]+)?"
    r"(?P<who>[A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){0,3})[ \u00a0]*:[ \u00a0]*$"
)
_CAME_FROM: Final = regex_cache.compile(
    r",?[ \u00a0]+(?P<cue>came[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?:reply|answer|response))"
    r"[ \u00a0]+from[ \u00a0]+(?P<who>[A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){0,2})\b"
)
_REPORTED_CLAUSE: Final = regex_cache.compile(r"\bthat\b")
_AMONG: Final = regex_cache.compile(r"Among[^,:“”\"]{1,60},")
# Before the subject of a paragraph's last sentence: a possessor's relative ("Mr Ainsley’s
# daughter, (Rebecca Ainsley-Hart, then read ...)")
_RELATIVE_OF: Final = regex_cache.compile(
    r"(?:[A-Z][\w’'-]*[ \u00a0]+){0,3}[A-Z][\w’'-]*[’']s(?:[ \u00a0]+[a-z][\w-]*){1,2},[ \u00a0]+"
)
# After it, up to its verb: an appositive or an age, then a lowercase word
_SUBJECT_TAIL: Final = regex_cache.compile(r"(?:,[ \u00a0]+[^,“”\"]{1,80},)?[ \u00a0]+[a-z]")
# A verb and "and" ending a role phrase: "Her mother nodded and (added)"
_AND_VERB: Final = regex_cache.compile(r"(?:[ \u00a0]+[a-z]+(?:ed|s))+[ \u00a0]+and$")
_OPENING_MARKS: Final = frozenset("“\"‘'„«")
_CLOSING_MARKS: Final = frozenset("”\"’'»")
_PARTY: Final = (
    regex_cache.compile(r"[RDI]-[A-Z]")  # a US party and state or district: "R-Lancaster"
)
_POSSESSOR: Final = regex_cache.compile(r"(?i:his|her|their|its)\s+")
# The last word of a phrase naming people: a spokesman, an official, the hydrologists.
_PERSON_NOUN: Final = regex_cache.compile(
    r"(?:m[ae]n|person|people|[eo]rs?|ists?|ants?|ents?|ians?|officials?|sources?|aides?|chief|"
    r"head|staff|members?|experts?|colleagues?|friends?|neighbou?rs?|witness(?:es)?|"
    r"nurses?|wife|husband|mother|father|daughter|son|sister|brother|widow|judge)$"
)
# the alternatives of the attribution after a quotation, in the order they are tried:
# (speaker, description, verb) groups
_AFTER_GROUPS: Final[tuple[tuple[str, str, str | None], ...]] = (
    ("s1", "d1", "v1"),
    ("s5", "d5", "v5"),
    ("s2", "d2", "v2"),
    ("s3", "d3", "v3"),
    ("s4", "d4", None),
)


@dataclass(slots=True, init=False)  # (its __init__ is written out: see _Attribution)
class _ParaInfo:
    """A paragraph's sentence starts, found once (not per quotation)."""

    text: str
    start: int
    end: int
    sentences: list[int]

    def __init__(self, text: str, start: int, end: int, sentences: list[int]) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.sentences = sentences

    def sentence_start(self, floor: int, pos: int) -> int:
        """Start of the sentence containing ``pos``, not before ``floor``."""
        k = bisect.bisect_right(self.sentences, pos) - 1
        if k >= 0 and self.sentences[k] >= floor:
            return self.sentences[k]
        return floor

    def sentence_end(self, pos: int) -> int:
        """Where the sentence containing ``pos`` ends: the next sentence's start, else the
        paragraph's end."""
        k = bisect.bisect_right(self.sentences, pos)
        return self.sentences[k] if k < len(self.sentences) else self.end

    def starts_before(self, lo: int, hi: int, limit: int = 6) -> list[tuple[int, int]]:
        """(start, end) of the last few sentences that begin in [lo, hi), latest first."""
        k = bisect.bisect_left(self.sentences, hi)
        out: list[tuple[int, int]] = []
        end = hi
        while len(out) < limit:
            k -= 1
            start = self.sentences[k] if k >= 0 else self.start
            if start < lo:
                break
            out.append((start, end))
            if k < 0:
                break
            end = start
        return out

    def verbs_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The speech verbs in a (short) range: looked for only where attributions can be,
        never inside the quotations themselves."""
        return find_verbs(self.text, start, end)


# (The __init__ of these dataclasses is written out, the one dataclass would generate: compiled
# with mypyc, a method written in the source is native code, a generated one is interpreted,
# and a few thousand of them are built per megabyte.)
@dataclass(slots=True, init=False)
class _Attribution:
    speaker: str | None
    description: str | None
    cue: str | None
    direct: bool  # an attribution next to the quotation (not inferred from context)
    relayed: bool  # words someone sent, told by another ("a text from X:")
    first_person: bool  # the writer's own words ("I asked"): never someone else's

    def __init__(
        self,
        speaker: str | None = None,
        description: str | None = None,
        cue: str | None = None,
        direct: bool = False,
        relayed: bool = False,
        first_person: bool = False,
    ) -> None:
        self.speaker = speaker
        self.description = description
        self.cue = cue
        self.direct = direct
        self.relayed = relayed
        self.first_person = first_person


@dataclass(slots=True, init=False)
class _Item:
    raw: RawQuote
    attribution: _Attribution
    speech: bool

    def __init__(self, raw: RawQuote, attribution: _Attribution, speech: bool) -> None:
        self.raw = raw
        self.attribution = attribution
        self.speech = speech


def extract_quotes(text: str, cancelled: Callable[[], bool] | None = None) -> list[Quote]:
    """Every quotation in ``text`` (an article's plain text), sorted by start.

    ``cancelled``, if given, is called now and then (between stages and paragraphs, a few
    thousand times for a megabyte); when it returns true, :class:`ExtractionCancelled` is
    raised: the viewer stops working on an article that has been replaced.
    """
    if not text:
        return []
    stop = cancelled or _never
    # Everything allocated here is acyclic and short-lived: the cyclic garbage collector's
    # passes over the growing result lists would only cost time (about a tenth of it).
    collecting = gc.isenabled()
    gc.disable()
    try:
        paragraphs = paragraph_spans(text)
        raws = find_quote_spans(text, paragraphs)
        if not raws:
            return []
        if stop():
            raise ExtractionCancelled
        people = People()
        people.scan(text, quoted=[part for raw in raws for part in raw.parts])
        if stop():
            raise ExtractionCancelled
        return _Extractor(text, paragraphs, people).run(raws, stop)
    finally:
        if collecting:
            gc.enable()
        regex_cache.save()  # patterns some articles need were compiled on first use


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
        self._finding_author = False
        self._document_authors: dict[str, str] = {}  # "letter" -> its author, once found
        self._pronoun_at: dict[int, str] = {}  # quotation -> "m"/"f" of its he/she said
        # a quotation's closing mark -> its speaker and their description
        self._said_by_close: dict[int, tuple[str, str | None]] = {}
        self._quote_starts: list[int] = []  # every quotation's opening mark, and its end
        self._quote_ends: list[int] = []
        self._interviews: dict[int, tuple[str, str]] = {}  # introduction -> (asker, answerer)
        self._call_signs: dict[str, str] = {}  # a radio call sign -> the person using it
        # the paragraphs that open with "He" or "She", in order (one pass over the text)
        self._pronoun_paragraphs = sorted(
            {self._paragraph_at(m.start(1)) for m in _PARAGRAPH_PRONOUN.finditer(text)}
        )
        self._chained = 0  # how many of them _chain has looked at

    def info(self, pi: int) -> _ParaInfo:
        info = self._info.get(pi)
        if info is None:
            ps, pe = self.paragraphs[pi]
            info = _ParaInfo(self.text, ps, pe, sentence_starts(self.text, ps, pe))
            if len(self._info) > 4:
                self._info.clear()  # only the current and previous paragraphs are needed
            self._info[pi] = info
        return info

    # --- driver --------------------------------------------------------------------------

    def run(self, raws: list[RawQuote], stop: Callable[[], bool]) -> list[Quote]:
        out: list[Quote] = []
        group: list[RawQuote] = []
        self._quote_starts = [raw.open_marks[0] for raw in raws]
        self._quote_ends = [raw.end for raw in raws]
        for raw in raws:
            if group and raw.paragraphs[0] != group[0].paragraphs[0]:
                self._chain(group[0].paragraphs[0])
                out.extend(self._paragraph(group))
                group = []
                if stop():
                    raise ExtractionCancelled
            group.append(raw)
        if group:
            self._chain(group[0].paragraphs[0])
            out.extend(self._paragraph(group))
        out.sort(key=_START_END)
        return out

    def _chain(self, last: int) -> None:
        """Paragraphs up to ``last`` that open with "He" or "She" ("He laughs when asked about
        it.") go on about the person quoted in the one before, or the one known to be
        "he"/"she" nearby: that person is their subject, for a pronoun after them. Each such
        paragraph is looked at once, in order."""
        text = self.text
        opening = self._pronoun_paragraphs
        k = self._chained
        while k < len(opening) and opening[k] <= last:
            pi = opening[k]
            k += 1
            self._chained = k
            ps = self.paragraphs[pi][0]
            m = PRONOUN_START.match(text, ps)
            if m is None or pi == 0:
                continue
            low = m[1].lower()
            pps = self.paragraphs[pi - 1][0]
            found, _, at = self.people.speaker_for_pronoun(low, ps, ps, pps)
            if found is not None and at >= pps:
                self.people.mention_subject(found, ps, low)

    def _paragraph(self, raws: list[RawQuote]) -> list[Quote]:
        pi = raws[0].paragraphs[0]
        items: list[_Item] = []
        spoken: RawQuote | None = None  # the last speech quotation before this one
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
            # (a mention before it does not end the narrative that may introduce it: "One
            # user, posting under the handle “@gus,” wrote on Chatterline: “...”")
            prev_end = (spoken.close_mark or spoken.end) + 1 if spoken is not None else 0
            attribution = self._attribute(raw, after[0] if after else None, prev_end)
            if attribution.speaker is None and items and self._same_sentence(items[-1], raw):
                # “a solution in search of a problem” and accused them of trying to “punish...”
                prev = items[-1].attribution
                attribution = _Attribution(prev.speaker, prev.description, prev.cue, prev.direct)
            items.append(_Item(raw, attribution, self._is_speech(raw, attribution)))
            if items[-1].speech:
                spoken = raw
                if attribution.speaker and raw.close_mark is not None:
                    self._said_by_close[raw.close_mark] = (
                        attribution.speaker,
                        attribution.description,
                    )
            k += 1
        self._from_context(items, pi)
        self._radio_calls(items)
        quotes = []
        for item in items:
            a = item.attribution
            if item.speech and a.speaker and not a.relayed:
                # (a message someone sent, in a paragraph about the one who got it, is no
                # turn of theirs: "“...,” she said" after it is still the recipient)
                last_pi = item.raw.paragraphs[-1]
                self.last_speaker = (last_pi, a.speaker)
                # quoted here, whoever the attribution named: a "He added ..." opening the
                # next paragraph continues them (“...,” he told The Wire. ¶ He added that ...),
                # as after a quotation over paragraphs (“... ¶ “... come back.” ¶ He said)
                self.people.quoted_as(
                    a.speaker,
                    item.raw.parts[-1][0],
                    self._pronoun_at.get(item.raw.open_marks[0]),
                )
                voice = (last_pi, a.speaker, self.text[item.raw.end - 1], a.cue)
                turns = self._exchange
                if turns and turns[-1][:2] == voice[:2]:
                    # the same speaker again in the same paragraph: one turn of an exchange
                    turns[-1] = (*voice[:3], turns[-1][3] or a.cue)
                else:
                    self._exchange = [turns[-1], voice] if turns else [voice]
            elif item.speech and a.first_person:
                # “Did you ever doubt the numbers?” I asked. ¶ “Every single day.”: the writer
                # asked, and the one quoted before answers, unless the paragraph names the one
                # who does ("“Did the report sting?” I ask. Achterberg is quiet for a moment.")
                last_pi = item.raw.paragraphs[-1]
                pe = self.paragraphs[last_pi][1]
                named = self.people.last_subject(pe, item.raw.end)
                if named is not None:
                    self.last_speaker = (last_pi, named)
                elif self.last_speaker is not None:
                    self.last_speaker = (last_pi, self.last_speaker[1])
            quotes.append(self._quote(item))
        return quotes

    def _definite_anaphor(self, role: str, pos: int, opening: bool = False) -> str | None:
        """The person a short definite description ("said the 23-year-old", "the Iowa
        Republican said") stands for: the last person named earlier in the same paragraph;
        for one that opens its paragraph ("The 23-year-old, whose footwork ..."), the one
        quoted or the subject in the paragraph before."""
        m = DEFINITE.fullmatch(role)
        if m is None or m["head"].lower() in INSTITUTIONAL or ORG_DEFINITE.fullmatch(role):
            return None  # ("the network" is no person named before it)
        if _plural(m["head"]):
            return None  # "the directors" are not the one person named before them
        pi = self._paragraph_at(pos)
        ps = self.paragraphs[pi][0]
        # (its subject before an object: "Whitlow said he had telephoned Reddaway ... “...,”
        # the manager said")
        found, _, at = self.people.speaker_for_pronoun("someone", pos, ps, ps, prefer_subject=True)
        if at >= ps:
            return found
        if opening and pi > 0 and (is_descriptive_head(m["head"]) or "year-old" in role):
            aged = self.people.alias(role, pos) if role.endswith("year-old") else None
            if aged is not None:  # "Quayle, 41, ..." earlier: "The 41-year-old" is her
                return aged
            if self.last_speaker is not None and self.last_speaker[0] == pi - 1:
                return self.last_speaker[1]
            before = self.paragraphs[pi - 1][0]
            # (or the only person it names: "... a blitz game, in which Ostrander, with the
            # black pieces, needed only a draw.")
            return self.people.last_subject(ps, before) or self.people.only_person(ps, before)
        return None

    def _paragraph_at(self, pos: int) -> int:
        k = bisect.bisect_right(self._para_starts, pos) - 1
        return max(k, 0)

    def _role_antecedent(
        self,
        pi: int,
        after: int,
        pos: int,
        pronoun: str,
        *,
        whole: bool = False,
        clue: bool = True,
    ) -> str | None:
        """A role subject ("Another analyst, who asked not to be named because of his firm's
        policy, was blunter.") that a pronoun at ``pos`` refers to, when no named person is
        mentioned between them. Its sentence must show the pronoun's gender (his firm's) or
        its head noun must (spokeswoman), unless ``clue`` is false (nobody named in the
        pronoun's paragraph could be it instead). With ``whole``, any sentence of paragraph
        ``pi`` after ``after`` (the paragraph before the pronoun's)."""
        info = self.info(pi)
        text = self.text
        own = info.end if whole else info.sentence_start(info.start, pos)  # (the pronoun's)
        for start, end in info.starts_before(after, own):
            m = self._role_subject(start, end)
            if m is None or not (
                not clue
                or GENDER_CLUE[pronoun].search(text, m.start(), end)
                # (or in an opening phrase, whose "him" is the subject's: "Asked about
                # reports linking him with a move, the 27-year-old smiled")
                or (m.start() > start and _INTRO_GENDER[pronoun].search(text, start, m.start()))
            ):
                continue
            role = _person_role(m["who"])
            if role is None and (app := _ROLE_APPOSITIVE.match(text, m.end(), end)) is not None:
                role = _person_role(app["who"])  # "The second, a product manager who"
            if role is not None:
                return role
        return None

    def _role_subject(self, start: int, end: int) -> re.Match[str] | None:
        """A role phrase as the subject opening the sentence at ``start``: "A spokeswoman for
        ...", "Another analyst, who ...", "The witness" (not yet known to name a person),
        also after an opening phrase ("Asked about ..., the 27-year-old smiled")."""
        text = self.text
        if text[start] not in "AOT":
            return None  # not "A", "An", "Another", "One" or "The" (nor "Asked", "On" ...)
        m = ROLE_SUBJECT_START.match(text, start, end)
        if m is None and (after := _after_intro(text, start, end)) > start:
            m = ROLE_SUBJECT_START.match(text, after, end)
        return m

    def _reporting_role(self, pi: int, at: int, name: str, pronoun: str) -> str | None:
        """The role subject of the sentence that mentions ``name`` at ``at`` in what it reports,
        when the role's own words give the pronoun's gender and the name's pronoun is not known
        to be that one: "A spokeswoman for the vice-chancellor's office said Kellaway respected
        ... ‘...,’ she said" is the spokeswoman's."""
        if pronoun not in ("he", "she"):
            return None
        info = self.info(pi)
        start = info.sentence_start(info.start, at)
        m = self._role_subject(start, at)
        if m is None or not any(
            _REPORTED_START.fullmatch(self.text, ve, at) for _, ve in info.verbs_in(m.end(), at)
        ):
            return None  # (the role's verb of speech, then the name opening what it says)
        who = m["who"]
        if not GENDER_CLUE[pronoun].search(who) or (
            self.people.gender_shown(name) == PRONOUN_GENDER[pronoun]
        ):
            return None
        return _person_role(who)

    def _same_sentence(self, prev: _Item, raw: RawQuote) -> bool:
        """Do ``prev`` and ``raw`` share a sentence (no sentence break between them)?"""
        if prev.raw.close_mark is None or prev.raw.paragraphs[-1] != raw.paragraphs[0]:
            return False
        if self.text[prev.raw.end - 1] in TERMINAL:
            return False
        info = self.info(raw.paragraphs[0])
        om = raw.open_marks[0]
        return info.sentence_start(prev.raw.close_mark, om) == prev.raw.close_mark

    def _quote(self, item: _Item) -> Quote:
        text = self.text
        raw_parts = item.raw.parts
        if len(raw_parts) == 1:
            s, e = raw_parts[0]
            words = text[s:e]
            parts: tuple[QuotePart, ...] = (_new_part(words, s, e),)
        else:
            parts = tuple([_new_part(text[s:e], s, e) for s, e in raw_parts])
            words = " ".join([p.text for p in parts])
            s = parts[0].start
            e = parts[-1].end
        if item.speech:
            a = item.attribution
            return _new_quote(words, s, e, parts, "speech", a.speaker, a.description, a.cue)
        return _new_quote(words, s, e, parts, "mention", None, None, None)

    # --- attribution next to the quotation -----------------------------------------------

    def _after(self, raw: RawQuote, nxt: RawQuote | None) -> tuple[_Attribution, int] | None:
        """The attribution right after the closing mark, and where it ends."""
        if raw.close_mark is None:
            return None
        pe = self.paragraphs[raw.paragraphs[-1]][1]
        end = min(pe, raw.close_mark + 1 + AFTER_WINDOW)
        if nxt is not None:
            end = min(end, nxt.open_marks[0])
        if end - raw.close_mark < 4:
            return None  # the paragraph ends, or another quotation follows at once
        m = match_after(self.text, raw.close_mark + 1, end)
        if m is None:
            came = (  # (the cheap test first)
                _CAME_FROM.match(self.text, raw.close_mark + 1, end)
                if self.text.find("came", raw.close_mark + 1, end) >= 0
                else None
            )
            if came is None:
                return None
            # “Copy, Rescue Two,” came the reply from Galbraith at the staging area.
            a = self._speaker(came["who"], None, raw.open_marks[0])
            a.cue, a.direct = came["cue"], True
            return a, came.end()
        dash = m["dash"]
        if not dash and m["s4"] is not None:
            return None
        text = self.text
        if (
            (text[raw.end - 1] == "." or starts_at(text, ";", raw.close_mark + 1))
            and not dash
            and not SENTENCE_TAIL.match(text, m.end(), end)
        ):  # “... done.” Smith said the firm would appeal: a new sentence (and “...”; Smith
            return None  # said the developer had ...: a clause of its own)
        pos = raw.open_marks[0]
        # s1 (said Name), s5 ("Italy's interior minister, Chiara Benedetti, said"), s2, s3, s4
        for who, desc, verb in _AFTER_GROUPS:
            speaker = m[who]
            if (
                speaker is not None
                and speaker[:1].islower()
                and " " in speaker  # (not "he", "she": the cheap test first)
                and _FINITE_VERB.search(clean_role(speaker))
            ):
                return None  # “...,” said the trial itself appeared ...: a reported clause
            vs = m.start(verb) if verb and m[verb] else -1
            if (
                speaker is not None
                and vs > 0
                and text.find("be", vs - 8 if vs > 8 else 0, vs) >= 0  # (the cheap test first)
                and _BEEN_BEFORE.search(text, vs - 8, vs)
            ):
                return None  # “...,” a line that has been repeated ever since: no speaker
            if speaker is not None:
                doc = _DOCUMENT.match(speaker) if speaker[:1] in "at" else None
                source = doc and (
                    _PUBLISHED_BY.match(text, m.start(who) + doc.end(), end)
                    or _ISSUED_BY_SUBJECT.match(text, m.start(who) + doc.end(), end)
                )
                if source:  # "according to a report released last month by the city’s
                    # Independent Budget Office": the office that published it
                    speaker = source["org"]
                a = self._speaker(speaker, m[desc], pos)
                if not source:
                    self.people.mark_subject(m.start(who))  # (“...,” said Aled Rees)
                a.cue = _cue(m[verb]) if verb else None
                a.direct = True
                return a, m.end()
        return None

    def _splits(self, raw: RawQuote, after: tuple[_Attribution, int], nxt: RawQuote) -> bool:
        """Is ``nxt`` the second half of a quotation split by the attribution ``after``?"""
        gap = self.text[after[1] : nxt.open_marks[0]]
        if len(gap) > 80 or raw.family != nxt.family:
            return False
        gap = gap.strip()
        if gap.endswith(".") and nxt.paragraphs[-1] != nxt.paragraphs[0]:
            # “...,” Vance said at a briefing. “The roof was sagging. ¶ “I want to be clear:
            # ...”: the statement the attribution interrupted goes on over paragraphs, one
            # quotation (a second one that ends in its paragraph is a quotation of its own,
            # and so is one someone else is said to end: “... ¶ “...,” Ruiz said)
            own = self._after(nxt, None)
            if own is not None and own[0].speaker and own[0].speaker != after[0].speaker:
                return False
            gap = gap[:-1] + ","
        if not gap.endswith(",") or _REPORTED_CLAUSE.search(gap):
            return False  # (", adding that a companion paper, “...”": a clause of its own)
        return "." not in gap or bool(re.fullmatch(r"[^.]*(?:\b[A-Z]\.)+[^.]*,", gap))

    def _attribute(self, raw: RawQuote, after: _Attribution | None, prev_end: int) -> _Attribution:
        lead, introduced = self._lead(raw, prev_end)
        if after is not None and after.speaker and after.direct and after.cue is None:
            return after  # “...” — Keisha Broussard: the quotation's own signature
        if introduced and lead is not None and lead.speaker:
            return lead
        if after is not None and (after.speaker or lead is None or not lead.speaker):
            return after
        if lead is not None and (lead.speaker or lead.cue):
            return lead
        tail = self._sentence_tail(raw)
        if tail is not None:
            return tail
        if lead is not None:
            return lead
        # a multi-paragraph quotation may be attributed after one of its earlier parts
        return _Attribution()

    def _sentence_tail(self, raw: RawQuote) -> _Attribution | None:
        """An inverted attribution that ends the quotation's sentence further on: a crack
        “several feet long” in one of the supports, said Dale Pruitt, a spokesman for ..."""
        cm = raw.close_mark
        if cm is None or len(raw.parts) > 1:
            return None
        info = self.info(raw.paragraphs[-1])
        end = info.sentence_end(cm)
        text = self.text
        stop = end
        while stop > cm and text[stop - 1] in " \u00a0\n":
            stop -= 1
        if stop <= cm + 1 or text[stop - 1] not in ".!?":
            return None
        stop -= 1
        tail = text[cm + 1 : stop]
        if "“" in tail or "‘" in tail or ", " not in tail:  # (another quotation follows)
            return None  # the inverted attribution follows a comma: ", said Dale Pruitt"
        for vs, ve in reversed(info.verbs_in(cm + 1, stop)):
            if '"' in text[cm + 1 : vs]:
                continue
            if text[vs - 2 : vs] != ", ":
                # ", Dr Marchetti said." ending the sentence: the subject before its verb
                subj = _TAIL_SUBJECT.search(text, max(cm + 1, vs - 60), vs)
                if subj is not None and SENTENCE_TAIL.fullmatch(text, ve, stop + 1):
                    a = self._speaker(subj["who"], None, raw.open_marks[0])
                    if a.speaker:
                        a.cue, a.direct = text[vs:ve], True
                        return a
                continue
            inv = INV_LEAD.fullmatch(text, ve, stop)
            if inv is not None:
                a = self._speaker(inv["who"], inv["d"], raw.open_marks[0])
                if a.speaker:
                    a.cue = text[vs:ve]
                    a.direct = True
                    return a
            break
        at = tail.find(", according to ")
        if at >= 0:  # “more than two dozen” players, according to a person familiar with ...
            acc = according().match(text, cm + 1 + at + 2, stop)
            if acc is not None:
                a = self._speaker(acc["who"], None, raw.open_marks[0])
                if a.speaker:
                    a.cue, a.direct = "according to", True
                    return a
        return None

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
            if last in TERMINAL or last in "”\"’'":
                return None, False
            prev = self.info(pi - 1)
            ls = prev.sentence_start(max(pps, ppe - LEAD_WINDOW), ppe - 1)
            return self._lead_text(prev, ls, ppe, ppe, introduced=True)
        floor = max(ps, om - LEAD_WINDOW, prev_end)
        if floor >= om or opens_sentence(text, ps, om):
            return None, False  # nothing of its sentence comes before the quotation
        info = self.info(pi)
        ls = info.sentence_start(floor, om)
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
        if introduced and text[end - 1] == ":":
            sent = _last_match(_MESSAGE_FROM, text, verbs[-1][1] if verbs else ls, end)
            if sent is not None:  # "until her phone buzzed with a text from her neighbor,
                # Dolores Fenn, who lives at the top of the street:": the sender's words
                a = self._speaker(sent["who"] or sent["sender"], None, pos)
                a.direct = a.relayed = True
                if a.speaker is not None:
                    self.people.relayed(a.speaker, pos)
                return a, True
        heard = (
            _HEARD_SAYING.search(text, max(ls, end - 90), end)
            if text.find(" say", end - 24, end) >= 0 or text.find(" tell", end - 24, end) >= 0
            else None
        )
        if heard is not None:  # "She remembered him saying “...”": his words, not hers
            who = heard["who"]
            a = self._speaker(_SUBJECT_FORM.get(who, who), None, pos, heard.start("who"))
            a.cue = _cue(heard["verb"])
            return a, introduced
        acc = according().search(text, ls, end) if text.find("ccording", ls, end) >= 0 else None
        if acc is not None and info.sentence_start(ls, end - 1) > acc.start():
            acc = None  # ("According to Whitcombe, the man ... He could be heard shouting “...”":
            # the source of the sentence before)
        if acc is not None and verbs and acc.start() > verbs[-1][1]:
            verbs = []  # "He has said it 200 times, according to Achterberg, “and maybe 20 ...”"
        if verbs:
            vs, ve = verbs[-1]
            # the verb opens the sentence ("Said Okafor: ..."): the cheap test first
            inv = INV_LEAD.fullmatch(text, ve, end) if vs == ls or text[ls:vs].isspace() else None
            if inv is not None:
                a = self._speaker(inv["who"], inv["d"], pos)
                a.cue, a.direct = _cue(text[vs:ve]), True
                return a, True
            direct = introduced and len(text[ve:end].strip()) < 120
            # the verb that introduces the quotation, else the sentence's first speech verb
            # with a subject: "Pennington said that she had told her players to ‘go for...’";
            # but a clause of its own comes first: "Marsh said ..., while Adeyemi-Lang
            # cautioned that the analysis had been “exploratory”"
            cs = ls
            if (
                not direct
                and len(verbs) > 1
                and _SAID_THEN.search(text, max(ls, verbs[-1][0] - 90), verbs[-1][0])
            ):  # "A man accused of ... is to be arraigned, Chief Ana Ruiz said Wednesday,
                # calling the arrest “...”": the participle of the one who said it first
                verbs = [verbs[-1], *verbs[:-1]]
            elif not direct and len(verbs) > 1:
                for b in CLAUSE_BREAK.finditer(text, ls, verbs[-1][0]):
                    if b.end() < verbs[-1][0]:  # (not ", but said": a second verb, same subject)
                        cs = b.end()
                if cs > ls and verbs[-1][0] >= cs:
                    verbs = [v for v in verbs if v[0] >= cs] + [v for v in verbs if v[0] < cs]
                elif GOVERNS_AS.fullmatch(text, verbs[-1][1], end):
                    # "a report that the president, Khalid al-Mansouri, dismissed as “...”":
                    # the verb the quotation completes is the one that says it
                    verbs = [verbs[-1], *verbs[:-1]]
            if not direct and len(verbs) > 1 and cs == ls:
                # reported speech inside reported speech: "She noted that ... Reddaway had
                # claimed he glanced at his phone only “to check the satnav”": his words,
                # when the last verb's subject is a name of its own
                vs, ve = verbs[-1]
                inner = _NAMED_SUBJECT.search(text, max(ls, vs - 40), vs)
                if inner is not None:
                    subject = self._subject(ls, vs, pos)
                    if subject is not None and subject.speaker:
                        subject.cue = _cue(text[vs:ve])
                        return subject, direct
                # ... or a role of its own: "She later said that a careers master had told
                # her surgery was “...”": his words
                told = _ROLE_THEN_VERB.search(text, max(ls, vs - 60), vs)
                if told is not None and _names_someone(clean_role(told["who"])):
                    a = self._speaker(told["who"], None, pos, told.start("who"))
                    a.cue = _cue(text[vs:ve])
                    return a, direct
            for vs, ve in [verbs[-1]] if direct else verbs:
                subject = self._subject(cs if vs >= cs else ls, vs, pos)
                if subject is not None:
                    subject.cue = _cue(text[vs:ve])
                    subject.direct = direct
                    return subject, direct
        if acc is not None:
            a = self._speaker(acc["who"], None, pos)
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
        if starts_at(text, "read", vs) and ends_at(text, (", which ", ", that "), cs, vs):
            # "a statement ..., which read in part:": whoever issued it, else the document
            # itself ("the final sentence of the report, which reads:")
            document = self._last_document(cs, vs)
            if document is not None:
                issuer = self._issuer(cs, document.start(), pos)
                return _Attribution(issuer or _the_document(document))
        if (cs == 0 or text[cs - 1] == "\n") and text[cs : cs + 1].isupper():
            dateline = DATELINE.match(text, cs, vs)
            if dateline is not None:  # "PORT CARRIDGE — A federal prosecutor told jurors"
                cs = dateline.end()
        after = _after_intro(text, cs, vs)
        if after > cs and SUBJ_CAND.search(text, after, vs) is not None:
            cs = after  # "Reviewing it for The Merrow Standard, the critic ... called"
        if text[vs - 2 : vs] == ", " and _PARTICIPLE.match(text, vs):
            # "Graham Whitlow has left Callum Reddaway, ..., out of his squad, calling the
            # decision ‘...’": the participle's subject is the sentence's, not the last name
            subject = None  # (the last in a subject's place: "Mariners head coach Rory
            for c in SUBJ_CAND.finditer(text, cs, vs):  # Tallant was ..., saying": Tallant)
                if c["pron"] or self.people.is_subject_at(c.start()):
                    subject = c
            if subject is not None and _SUBJECT_THEN_VERB.match(text, subject.end(), vs):
                return self._speaker(subject[0], None, pos, subject.start())
        cands = list(SUBJ_CAND.finditer(text, max(cs, vs - 300), vs))
        for c in reversed(cands[-6:]):
            raw = c[0]
            c_start, c_end = c.span()  # (read once: each c.start() is a method call)
            if raw in ("One", "Another") and text[c_end + 1 : c_end + 2].islower():
                continue  # "One man stood up and shouted": a determiner, not a name
            if text.rfind("(", cs, c_start) > text.rfind(")", cs, c_start):
                continue  # "Councillor Paul Wainwright (Green, Lenn Valley)": a party, a ward
            if raw.endswith(("’s", "'s")):
                if c["name"] and _SPEAKS_FOR.fullmatch(text, c_end, vs):
                    # "Arden’s office says": the office speaks for its principal
                    return self._speaker(raw[:-2], None, pos, c_start)
                continue
            comma = text.rfind(",", cs, c_start) if " " in raw else -1  # a full name
            if comma >= 0 and GAP_COMMA.fullmatch(text, c_end, vs):
                role = _APPOSITIVE_ROLE.fullmatch(text, comma + 1, c_start)
                if (
                    role is not None
                    and not _ends_with_preposition(role["role"])
                    and _RELATIVE_WORD.search(role["role"]) is None
                ):  # (not "Marcus Delahaye, the lawyer who represented the Fernhill
                    # Neighborhood Association, called": the relative clause's object)
                    # "Another member, the Conservative MP Sir Geoffrey Palling, said": the name
                    # ends the appositive (not "a nonprofit based in Port Avery, said": a place,
                    # the object of its preposition)
                    desc = role["role"]
                    desc = clean_role(desc) if " " in desc else None  # not a bare "the"
                    return self._speaker(raw, desc, pos, c_start)
            if ends_at(text, "quoted ", max(cs, c_start - 7), c_start) and starts_at(
                text, " as ", c_end
            ):  # "state media quoted President Anselm Rudavi as saying that ..."
                return self._speaker(raw, None, pos, c_start)
            # "a rebuke from Dr Olvany, who warned that she would ...": a titled object
            # with a relative clause of its own says it
            # ("led by Priya Landry, who called the plan “...”": the relative's verb is hers)
            relative = (
                starts_at(text, ", who ", c_end)
                and (
                    # (the verb inside the relative clause: not "Aides to Mr. Ashgrove, who
                    # spoke on the condition of anonymity, said": the aides said it)
                    (_TITLED.match(raw) is not None and text.find(",", c_end + 6, vs) < 0)
                    or (
                        _WHO_THEN_VERB.fullmatch(text, c_end, vs) is not None
                        and self.people.is_person_name(raw)
                    )  # (not "an analyst at Harbour Capital, who added": the analyst)
                )
            ) or (
                # "went to Hannah Osei, 15, a member of the swimming club, who said"
                starts_at(text, ",", c_end)  # (the cheap test first)
                and _APPOSITIVES_THEN_WHO.fullmatch(text, c_end, vs) is not None
                and self.people.is_person_name(raw)
            )
            # "In it she wrote": the preposition's object is "it", and "she" the subject
            nominative = (
                (
                    raw.lower() in _NOMINATIVE
                    and (
                        _PREPOSITION_IT.search(text, max(cs, c_start - 12), c_start) is not None
                        # ("put his bank records to him he replied": "him" is the object)
                        or _OBJECT_PRONOUN_BEFORE.search(text, max(cs, c_start - 12), c_start)
                        is not None
                    )
                )
                or (  # "a transcript of her interview, in which she had described": the
                    # relative clause's subject, not the preposition's object
                    raw.lower() in _NOMINATIVE
                    and (
                        ends_at(text, _RELATIVE_BEFORE, max(cs, c_start - 7), c_start)
                        # ("what she describes as “...”": her words, where "what they
                        # called ‘the Reith forecast’" gives a name)
                        or (
                            ends_at(text, " what ", max(cs, c_start - 6), c_start)
                            and starts_at(text, "describ", vs)
                        )
                    )
                )
                or (  # "Ashcombe and Wendleford MP Caroline Beddoes-Hart said": the "and"
                    # joins the names of a constituency, no objects
                    c["name"] is not None
                    and text[c_start - 4 : c_start] == "and "  # (the cheap test first)
                    and _NAMES_JOINED.fullmatch(text, cs, c_start) is not None
                )
                or (  # "The Rev. Samuel Oduya told": "the" is the title's, no object's
                    raw.startswith(THE_TITLES)
                    and ends_at(text, ("the ", "The "), max(cs, c_start - 4), c_start)
                )
                or (  # "The squad will parade the trophy on Sunday, and Maric promised he
                    # would be on board “...”": a clause of its own, the name its subject
                    c["name"]
                    and ends_at(text, ", and ", max(cs, c_start - 6), c_start)
                    and text[c_end:vs].isspace()
                )
            )
            if (
                not relative
                and not nominative
                and (
                    OBJECT_BEFORE.search(text, max(cs, c_start - 12), c_start)
                    or (
                        OBJECT_FAR_BEFORE.search(text, max(cs, c_start - 40), c_start)
                        # (but a name opening a clause: "to expose what Dana Whitcomb called")
                        and not (c["name"] and ends_at(text, "what ", cs, c_start))
                    )
                    or (
                        starts_at(text, ",", c_end)
                        and OBJECT_NAMED_BEFORE.search(text, max(cs, c_start - 40), c_start)
                    )
                )
            ):
                continue  # "a partner at Wellington venture firm Southern Meridian": an object
            if raw[1:2] == "-" and _PARTY.match(raw):  # (the cheap test first)
                continue  # "Doug Halvorsen, R-Lancaster, said": a party and a district
            if (
                GAP_PLAIN.fullmatch(text, c_end, vs)
                or (text[c_start - 2 : c_start] == ", " and GAP_COMMA.fullmatch(text, c_end, vs))
                # "He could be heard on her video shouting": his words
                or _HEARD_GAP.fullmatch(text, c_end, vs)
            ):
                return self._speaker(raw, None, pos, c_start)
            g = GAP_APPOS.fullmatch(text, c_end, vs)
            if g is not None:
                return self._speaker(raw, g["d"], pos)
            if (
                c is cands[0]
                and (
                    _CAPITALS_ONLY.fullmatch(text, cs, c_start) is not None
                    # (or a clause's: "The court heard that she had been arrested ... and had
                    # told officers")
                    or (c["pron"] is not None and ends_at(text, " that ", cs, c_start))
                )
                and COORDINATED.fullmatch(text, c_end, vs) is not None
            ):  # the sentence's subject, a second verb on: "(State Sen.) Delphine Marwick
                # stood on the bed of a truck and told 3,000 supporters that ..."
                return self._speaker(raw, None, pos, c_start)
        space = text.find(" ", vs, vs + 20)
        if ends_at(text, "ing", vs, space) and (
            text[vs - 2 : vs] == ", "
            # "Halvorsen issued a statement saying he “...”": the statement's issuer, as if
            # in commas
            or _ISSUED_STATEMENT.search(text, max(cs, vs - 80), vs) is not None
        ):
            named = _OFFICE_THEN_NAMED.match(text, after, vs)
            if named is not None:  # "Vellmoor’s health minister, Helen Marchbank, has
                # rejected calls to resign, telling listeners ...": the named subject's
                return self._speaker(
                    named["name"], clean_role(named["role"]), pos, named.start("name")
                )
            said = _SAID_THEN.search(text, max(cs, vs - 90), vs)
            if said is not None:  # "..., Police Chief Marguerite Dellacroix said Wednesday,
                # calling the arrest “...”": the participle is the one who said it
                return self._speaker(said["who"], None, pos, said.start("who"))
            # "Skarvik had rejected the offer, calling it “opportunistic”": the clause hangs on
            # the sentence's subject, a name or a role ("Among its findings, the institute
            # concluded ..., describing the program as ‘...’")
            first = cands[0] if cands else None
            opens = first is not None and not text[cs : first.start()].strip()
            if (
                first is not None
                and opens
                and len(cands) > 1
                and cands[1]["name"]
                and _LOWER_WORDS.fullmatch(text, first.end(), cands[1].start())
                and after_role_noun(text, cands[1].start())
            ):
                first = cands[1]  # "Mariners head coach Rory Tallant was ..., saying": his
            if first is not None and first["name"] and opens:
                owned = _OWNED_SUBJECT.match(text, first.end(), vs)
                if first[0].endswith(("’s", "'s")) and owned is not None:
                    # "Eskarra’s foreign ministry struck a similar tone, saying ..."
                    who = text[first.start() : owned.end("noun")]
                    return self._speaker(who, None, pos, first.start())
                return self._speaker(first[0], None, pos, first.start())
            intro = match_intro(text, cs, vs) or _AMONG.match(text, cs, vs)
            r = SUBJECT_ROLE.match(text, intro.end() if intro else cs, vs) or _ORG_THEN_WHICH.match(
                text, intro.end() if intro else cs, vs
            )  # ("The Foreign Ministry, which had ..., issued a statement saying")
            if r is not None:
                return self._speaker(r["who"], None, pos, r.start("who"))
        sub = _SUBORDINATE_ROLE.search(text, max(cs, vs - 100), vs)
        if sub is not None and (
            _PERSON_NOUN.search(sub["who"])
            or _names_someone(sub["who"])
            or _last_word(sub["who"]) in INSTITUTIONAL  # ("as his family described")
        ):  # "... was jailed on Friday, after a judge said he had shown “...”", "after the
            # governor of the Central Bank of Veloria warned that ..."
            return self._speaker(sub["who"], None, pos, sub.start("who"))
        wh = text.find("wh", cs, vs) >= 0  # (each pattern needs its relative word: who, that...)
        for pattern in (ROLE_BEFORE_WHO, ROLE_AFTER_RELATIVE):
            if not wh and (pattern is ROLE_BEFORE_WHO or text.find("that", cs, vs) < 0):
                continue
            r = pattern.fullmatch(text, cs, vs)
            if r is not None and (
                _PERSON_NOUN.search(r["who"])
                or (pattern is ROLE_AFTER_RELATIVE and _last_word(r["who"]) in INSTITUTIONAL)
                # ("what one colleague at a preview screening called")
                or (pattern is ROLE_AFTER_RELATIVE and _names_someone(r["who"]))
            ):
                # "through a company spokesman, who said" (not "at a hospital, who said"),
                # "emails in which a quality engineer described", "in what the Tarvenian
                # foreign ministry called"
                return self._speaker(r["who"], None, pos, r.start("who"))
        seg_start = text.rfind(",", cs, vs) + 1 or cs
        r = ROLE_SEGMENT.fullmatch(text, seg_start, vs)
        if r is None:
            # "The first officer called “Reversers,” and the captain replied": the role after
            # the quotation's "and"
            r = ROLE_AFTER_AND.fullmatch(text, max(seg_start, text.rfind("”", cs, vs) + 1), vs)
        if r is None and (aside := _FIRM_ASIDE.search(text, max(cs, vs - 90), vs)) is not None:
            # "lawyers for the company, from the firm Pelham Rusk, wrote": the role before
            # the aside (whose name is its preposition's object)
            role_start = text.rfind(",", cs, aside.start()) + 1 or cs
            r = ROLE_ONLY.fullmatch(text, role_start, aside.start())
        if r is None:
            r = ROLE_LONG.fullmatch(text, cs, vs)
        if r is None:
            # "A senior ministry official, speaking on condition of anonymity because he was
            # not authorised to ..., said": the role, whatever its aside says
            r = _ROLE_THEN_ASIDE.fullmatch(text, after, vs)
        if r is None and after > cs:  # "Near the end of the broadcast, a man in the audience"
            r = ROLE_LONG.fullmatch(text, after, vs)
        if r is not None:
            who = _before_past_verb(r["who"])
            if who.endswith(" and"):  # "Her mother nodded and added": the subject is hers,
                # "A man in the audience rose from his seat and shouted": the man's
                cut = ROLE_SUBJECT_START.match(who)
                who = cut["who"] if cut is not None else (_AND_VERB.sub("", who) or who)
            return self._speaker(who, r.groupdict().get("d"), pos, r.start("who"))
        return None

    def _colon_subject(self, ls: int, end: int, pos: int) -> _Attribution | None:
        text = self.text
        m = (  # (the cheap test first: the source is a possessive, "the minister's statement")
            possessive_source().search(text, ls, end)
            if text.find("’", ls, end) >= 0 or text.find("'", ls, end) >= 0
            else None
        )
        if m is not None:
            return self._speaker(m["who"], None, pos)
        quoted = _QUOTED_OBJECT.search(text, ls, end)
        if quoted is not None:  # "The release quoted the company's chief executive, Graham
            return self._speaker(quoted["who"], None, pos)  # Pellerin:"
        start = _after_intro(text, ls, end)
        timed = _PRONOUN_AFTER_TIME.match(text, start, end)
        if timed is not None:  # "Later in the evening he wrote on social media:"
            return self._speaker(timed[1], None, pos, timed.start(1))
        m = colon_subject().search(text, start, end)
        if m is None:
            return None
        if m["role2"] is not None and _PREPOSITION_END.search(
            text, max(start, m.start() - 8), m.start()
        ):
            return None  # "Then, after a moment:": no subject (the one speaking goes on)
        if m["name"] is not None and m[0].endswith(("’s", "'s")):
            office = _OFFICE_THEN_NAMED.match(text, m.start(), end)
            if office is not None:  # "Mensforth’s teammate, the goalkeeper Ruben Achterberg,
                # later added ...:" the teammate, not Mensforth
                return self._speaker(office["name"], clean_role(office["role"]), pos)
        if m["poss"] is not None:  # "Her reply was simple:": her words
            return self._speaker(_POSSESSIVE_PRONOUN[m["poss"].lower()], None, pos)
        if m["rname"] is not None:  # "the critic Léa Marchetti was blunt:"
            return self._speaker(m["rname"], clean_role(m["role"]), pos)
        if m["role2"] is not None:  # "Its pilot, Lt. Cmdr. Jared Fenn, reached the
            named = _NAMED_IN_COMMAS.match(text, m.end(), end)  # scene and radioed:"
            if named is not None:
                return self._speaker(named["name"], clean_role(m["role2"]), pos)
        if m["pron"] is not None:  # (not a name after it: "He reserved his warmest
            # words for Ekwueme, whose brace ...:")
            return self._speaker(m[0], None, pos, m.start())
        who = m[0]
        if who in ("One", "Another"):
            # "One, from a retired teacher on Quay Street, described": the one it is from;
            # "One, sent at 2.14am, read:" nobody named here
            aside = _ONE_ASIDE.match(text, m.end(), end)
            source = _FROM_SOMEONE.fullmatch(aside["d"]) if aside is not None else None
            return self._speaker(source["who"], None, pos) if source is not None else None
        if m["role2"] is not None:
            named = _IDENTIFIED_LATER.match(text, m.end(), end)
            if named is not None:  # "a woman’s voice, later identified as that of the cashier
                # Anjali Fairweather, can be heard saying:": hers
                return self._speaker(named["name"], None, pos, named.start("name"))
            who = _before_present_verb(_before_past_verb(who))
            if _OPENING_PREPOSITION.fullmatch(text, start, m.start()) and not _names_someone(
                clean_role(who)
            ):
                # "Within an hour of the final whistle the defender posted on social media:"
                # an opening phrase without its comma: the subject is the role after it
                return self._later_role_subject(m.start("role2"), end, pos)
        return self._speaker(who, None, pos)

    def _later_role_subject(self, at: int, end: int, pos: int) -> _Attribution | None:
        """The first role phrase naming a person that starts after the determiner at ``at``
        (for a lead-in whose first role phrase names none), or None."""
        text = self.text
        r = _ROLE_WORDS.search(text, text.find(" ", at, end) + 1 or end, end)
        while r is not None:
            who = _before_past_verb(r[0])
            if _names_someone(clean_role(who)):
                return self._speaker(who, None, pos, r.start())
            r = _ROLE_WORDS.search(text, r.start() + 1, end)  # (phrases may overlap)
        return None

    def _sender_before(self, at: int) -> str | None:
        """The person the sentence before ``at`` (in its paragraph) has as its subject: who
        sent a message its next sentence quotes without saying whose it is."""
        info = self.info(self._paragraph_at(at))
        ls = info.sentence_start(info.start, at)
        if ls <= info.start:
            return None
        return self.people.last_subject(ls, info.sentence_start(info.start, ls - 1))

    def _reporter(self, pos: int) -> str | None:
        """The reporter who writes the paragraph at ``pos``, when it says so: "16:50 — Sanne
        Whitlock reports from Harrowgate high street: ..." (a live blog's dispatch)."""
        ps = self.paragraphs[self._paragraph_at(pos)][0]
        m = _REPORTS_FROM.search(self.text, ps, pos)
        return m["name"] if m is not None else None

    def _speaker(self, who: str, desc: str | None, pos: int, at: int | None = None) -> _Attribution:
        """Turn the words naming a speaker into the speaker as the article names them best.

        ``pos`` is the quotation's opening mark; ``at`` where the words are, when before it.
        """
        span = len(who)  # how far the words naming the speaker reach from ``at``
        if who in ("I", "we", "We"):  # the writer: "“Busy day?” I asked him."
            return _Attribution(self._reporter(pos), desc, first_person=True)
        kind, who, desc = _parse_who(who, desc)
        if kind == "role" and who in ("the", "a", "an", "one", "another"):
            return _Attribution(description=desc)  # a determiner is nobody
        if kind == "role" and _TIME_SPAN.fullmatch(who):
            return _Attribution(description=desc)  # "Another, sent two days later, said:"
        if kind == "role" and desc and (given := _NAME_GIVEN.match(desc)) is not None:
            # "A third theatregoer, who gave her name only as Marguerite, said": Marguerite
            kind, who, desc = "name", given["name"], who
        if who in ("One", "Another") and not (desc and desc.startswith(("who ", "whose "))):
            # "One, from a retired teacher on Quay Street, described": the one it is from;
            # "One, sent at 2.14am, read:" nobody named here
            source = _FROM_SOMEONE.fullmatch(desc) if desc else None
            if source is not None:
                kind, who, desc = "role", clean_role(source["who"]), None
            else:  # "... 37 unanswered messages from Mr Furnival. One, sent at 2.14am, read:"
                ps = self.paragraphs[self._paragraph_at(pos)][0]
                sent = _last_match(_MESSAGES_FROM, self.text, ps, pos)
                if sent is None:
                    return _Attribution()
                kind, who, desc = "name", sent["who"], None
        if kind == "role" and (sent := _SENT_DOCUMENT.match(who)) is not None:
            by = _SIGNED_BY.match(who, sent.end())
            if by is not None:  # "One message, sent by Mr Penhallow to his sister, read:"
                kind, who = "name", by["org"]
            elif (
                at is not None
                and _MESSAGE_SENT_AT.fullmatch(who, sent.start())
                and (sender := self._sender_before(at)) is not None
            ):  # "Mr Metcalfe raised concerns ... One message, sent at 11.42pm, reads:" his
                kind, who = "name", sender
        if kind == "role" and _CAPITAL_LATER.search(who) is not None:
            titled = ROLE_THEN_NAME.fullmatch(who)
            if titled is not None and _ends_with_preposition(titled["role"]):
                titled = None  # "Aides to Mr. Ashgrove": the aides, whose he is
            if titled is not None and (
                self.people.is_person_name(titled["name"])
                or (" " in titled["name"] and _PERSON_NOUN.search(titled["role"]))
            ):  # ("the trumpeter Nadia Okereke": a person's noun, then a full name)
                # "the critic Harlan Croft", "the singer Dana Wolcott": the person, so described
                kind, who = "name", titled["name"]
                desc = desc or clean_role(titled["role"])
        if kind == "role" and (last := who.rsplit(None, 1)[-1]) in _PRONOUN_OF:
            # a role cut at its pronoun: "switching to the English she has been studying,
            # she said", "a reference to her repeated assurances": the pronoun's person
            kind, who = "pronoun", _PRONOUN_OF[last]
        a = _Attribution(description=desc)
        if kind == "pronoun":
            if who == "it":
                return self._it(a, pos if at is None else at)
            return self._pronoun(a, who, pos, at)
        if (
            kind == "role"
            and (_FINITE_VERB.search(who) or " came" in who or " comes" in who)  # (cheap test)
            and (clause := _CLAUSE_IN_ROLE.search(who)) is not None
        ):
            # a clause, not a role: "The remark came from Vice President Greg Tanaka, ...,
            # arguing", "The Prime Minister did not deny the memo's existence but said"
            source = _FROM_NAME.match(who, clause.end())
            if source is not None:
                return self._speaker(source["name"], desc, pos, at)
            # the subject before the verb, as the article words it (no office resolved
            # from a phrase the engine misread)
            subject = " ".join(who[: clause.start("verb")].split())
            last = subject.rsplit(None, 1)[-1]
            if last in _PRONOUN_OF:  # "the English she has been studying": hers
                return self._pronoun(_Attribution(description=desc), _PRONOUN_OF[last], pos, at)
            return _Attribution(subject[:1].lower() + subject[1:], desc)
        if kind == "role":
            role = who
            document = DOCUMENT_ROLE.fullmatch(role)
            author = self._document_author(document["noun"], pos) if document else None
            if author is not None:  # “The statement continued:”: whoever issued it
                # (a person as the article names them: "an email Ms. Voss sent": Lena Voss)
                if not author.startswith(("The ", "the ")) and self.people.is_person_name(author):
                    author = self.people.speaker_for_name(pos, author, None)[0]
                a.speaker = author
                a.description = a.description or role
                return a
            org = None
            if ORG_DEFINITE.fullmatch(role):
                # “...,” the ministry said: "the Tarvenian foreign ministry" just before, else
                # the company (bank, union ...) named before
                org = (
                    self._fuller_role(role, pos)
                    or self._named_with_head(role, pos)
                    or self._described_with_head(role, pos)
                    or self._possessed_head(role, pos)
                    or self._organisation_before(pos)
                )
            if org is not None:
                a.speaker, a.description = org, a.description or role
                return a
            # (the person named by the end of the role's own words: "The skipper said he had
            # told Osei that ...": not Osei; "The singer Dana Wolcott, who ...": Wolcott)
            first = pos if at is None else at  # the attribution, or the quotation it follows
            aged = "year-old" in role  # "the 41-year-old chef": who was just written about,
            # not whoever else the article names "chef" (no office goes by an age)
            # ("His wife finishes the thought for him:": the wife known as one)
            relation = _RELATION.fullmatch(role)
            role_for_alias = f"the {relation[2].lower()}" if relation is not None else role
            alias = (
                None if aged else self.people.alias(role_for_alias, pos)
            ) or self._definite_anaphor(
                role,
                pos if at is None else min(pos, at + span),
                self.paragraphs[self._paragraph_at(first)][0] == first,  # opening its paragraph
            )
            official = role.lower() == "the official"
            unnamed = bool(alias or official) and self._introduced_unnamed(role, first)
            if unnamed:
                alias = None  # "A former engineer ..." then "the former engineer said"
            if alias is None and not unnamed and official:
                # (not after "A senior official at the ministry, who asked not to be named,")
                alias = self._official_just_quoted(pos)
            if (
                alias is None
                and role.lower() in _GENDERED_HEAD
                and not self._introduced_unnamed(role, first)  # (not after "a man in the
            ):  # upper part of the village" made the call: “...,” the man answers)
                alias = self._gendered_person(_GENDERED_HEAD[role.lower()], pos)
            if alias:
                a.speaker = alias
                a.description = a.description or role
                self.people.quoted_as(alias, pos)
            else:
                a.speaker = role
                if not self._role_speakers or pos >= self._role_speakers[-1][0]:
                    self._role_speakers.append((pos, role))
        elif kind == "name":
            a.speaker, a.description = self.people.speaker_for_name(pos, who, desc)
        return a

    def _gendered_person(self, pronoun: str, pos: int) -> str | None:
        """The person "the man" ("the woman") at ``pos`` stands for, when no unnamed man was
        introduced: the last one named or quoted known to be a "he" ("she"): "Braddock ... He
        has been charged": “Where else would I be?” the man replied."""
        return self.people.last_known(pos, PRONOUN_GENDER[pronoun])

    def _official_just_quoted(self, pos: int) -> str | None:
        """ "the official" for the person quoted in this paragraph or the one before, when the
        article gives them an office ("Dr. Helena Marsh, the state health commissioner": “...,”
        Marsh replied. / Asked ..., the official said ...)."""
        if self.last_speaker is None or self.last_speaker[0] < self._paragraph_at(pos) - 1:
            return None
        who = self.last_speaker[1]
        desc = self.people.description_shown(who)
        return who if desc and _OFFICE.search(desc) else None

    def _fuller_role(self, role: str, pos: int) -> str | None:
        """An earlier "the Tarvenian foreign ministry" (a proper adjective before the head) that
        "the ministry" at ``pos`` shortens, in its paragraph or the one before."""
        head = _last_word(role)
        pi = self._paragraph_at(pos)
        lo = self.paragraphs[max(0, pi - 1)][0]
        found = None
        for m in _DEFINITE_PHRASE.finditer(self.text, lo, pos):
            if m["head"].lower() == head and any(w[:1].isupper() for w in m["mods"].split()):
                found = m["phrase"]
        return found

    def _named_with_head(self, role: str, pos: int) -> str | None:
        """An earlier name that "the network" at ``pos`` shortens: "The Northgate News Network
        called the race ... “...,” the network said" (in its paragraph or the two before)."""
        return self._last_name_before(_name_ending_with(_last_word(role)), pos)

    def _described_with_head(self, role: str, pos: int) -> str | None:
        """An earlier name given "the agency" at ``pos`` as its appositive's noun: "Blue Harbour
        Relief, an international aid agency with a warehouse in Casteval, said" (in its
        paragraph or the two before)."""
        found = self._last_name_before(_name_described_as(_last_word(role)), pos)
        if found is not None and found.split()[0] in STOP_WORDS:
            return None  # "released on Monday, the club said": a day, and the club its subject
        return found

    def _possessed_head(self, role: str, pos: int) -> str | None:
        """An earlier "Fennimore’s board" that "the board" at ``pos`` shortens (in its
        paragraph or the two before): whose board it is, not whichever company was named last."""
        return self._last_name_before(_possessor_of(_last_word(role)), pos)

    def _last_name_before(self, pattern: re.Pattern[str], pos: int) -> str | None:
        """The ``name`` of the last match of ``pattern`` before ``pos``, in its paragraph or
        the two before."""
        lo = self.paragraphs[max(0, self._paragraph_at(pos) - 2)][0]
        m = _last_match(pattern, self.text, lo, pos)
        return m["name"] if m is not None else None

    def _introduced_unnamed(self, role: str, pos: int) -> bool:
        """Is "the former engineer" at ``pos`` the "A former engineer" ("One former engineer")
        of a sentence shortly before (someone never named), rather than an earlier engineer
        with a name?"""
        words = role.split(maxsplit=1)
        if len(words) < 2 or words[0].lower() != "the":
            return False
        rest = words[1]
        text = self.text
        lo = max(0, pos - 1500)
        at = max(text.rfind(f"{a} {rest}", lo, pos) for a in ("a", "A", "an", "An", "One", "one"))
        if at < 0 and " " not in rest:  # (or with words before its noun: "A senior Pellegrini
            # aide" for "the aide", in the same paragraph)
            ps = self.paragraphs[self._paragraph_at(pos)][0]
            found = _last_match(_indefinite_role(rest), text, ps, pos)
            at = found.start() if found is not None else -1
        if at < 0:
            return False
        # not an appositive of a name: "Smith, a 23-year-old from Leeds," ... "the 23-year-old"
        return _NAME_COMMA_END.search(text, max(0, at - 40), at) is None

    def _it(self, a: _Attribution, pos: int) -> _Attribution:
        """The "it" that says something: the document last named in this paragraph or the
        one before ("The letter went further than most apologies. It said:"), as its author
        when known, else the organisation named before ("Brightwell ... It said")."""
        pi = self._paragraph_at(pos)
        lo = self.paragraphs[max(0, pi - 1)][0]
        document = self._last_document(lo, pos)
        if document is not None:
            a.speaker = self._document_author(document["noun"], pos) or _the_document(document)
        else:
            a.speaker = self._organisation_before(pos)
            if a.speaker is None:
                # "The ministry published new guidance. “...,” it said": the organisation the
                # sentence before was about, as "the ministry" would be found
                subject = _last_match(_ORG_SUBJECT, self.text, lo, pos)
                if subject is not None:
                    return self._speaker(subject["org"], a.description, pos)
        return a

    def _last_document(self, lo: int, hi: int) -> re.Match[str] | None:
        """The last document named between ``lo`` and ``hi``, outside quotations (not "a note
        about the paraffin" someone is quoted saying)."""
        found = None
        if _DOCUMENT_NOUN.search(self.text, lo, hi) is None:
            return None  # (the cheap test first: most paragraphs name no document)
        for m in _DOCUMENT.finditer(self.text, lo, hi):
            if not self._quoted_at(m.start()):
                found = m
        return found

    def _quoted_at(self, pos: int) -> bool:
        """Is ``pos`` inside one of the article's quotations?"""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self._quote_ends[k]

    def _organisation_before(self, pos: int) -> str | None:
        """The organisation that "the company" (bank, union ...) at ``pos`` stands for: the
        last capitalized name before it, in its paragraph or the two before, that is the
        subject of a verb or a possessive ("Halvard also said", "Tessaro’s hot wallets") and
        not a person of the article."""
        pi = self._paragraph_at(pos)
        lo = self.paragraphs[max(0, pi - 2)][0]
        found = None
        for m in ORG_NAMED.finditer(self.text, lo, pos):
            name = m["org"]
            if name.startswith("The ") and " " in name[4:]:
                name = name[4:]  # "The Harbourside Playhouse, where ..., said"
            first = name.split()[0]
            if first in STOP_WORDS or self.people.is_person_name(name):
                continue
            found = name
        return found

    def _document_author(self, noun: str, pos: int) -> str | None:
        """Who issued "the statement" (memo, letter ...) quoted at ``pos``: the subject of the
        last sentence before it, in its paragraph or the one before, that mentions one with a
        speech verb ("In a statement posted to its website, Brightwell said ..."); further
        on, whoever "the statement" was last found to be from."""
        if self._finding_author:
            return None  # that sentence's own subject is "the statement"
        author = self._find_document_author(noun, pos)
        if author is not None:
            self._document_authors[noun] = author
            return author
        return self._document_authors.get(noun)

    def _find_document_author(self, noun: str, pos: int) -> str | None:
        self._finding_author = True
        try:
            pi = self._paragraph_at(pos)
            for p in (pi, pi - 1):
                if p < 0:
                    break
                info = self.info(p)
                hi = min(info.end, pos)
                for _ in range(3):
                    at = self.text.rfind(noun, info.start, hi)
                    if at < 0:
                        break
                    after = at + len(noun)
                    issuer = (
                        _ISSUED_BY_SUBJECT.match(self.text, after, hi)
                        or _SIGNED_BY.match(self.text, after, hi)
                        or _PUBLISHED_BY.match(self.text, after, hi)
                        or _ON_BEHALF_OF.match(self.text, after, hi)
                    )
                    if issuer is not None:  # "a statement Crunchwell Foods released", "a
                        # letter signed by Miriam Castellane", "The evacuation order, issued
                        # shortly after 12:30 p.m. by the Dunmore County Office of ..."
                        return issuer["org"]
                    ls = info.sentence_start(info.start, at)
                    by = self._issuer(ls, at, pos)
                    if by is not None:
                        return by
                    # ("The letter, published on Monday, comes a fortnight after the government
                    # confirmed plans ...": the letter is the subject, the verbs are others')
                    le = (
                        ls
                        if _DETERMINER_ONLY.fullmatch(self.text, ls, at)
                        else min(info.sentence_end(at), pos)
                    )
                    for vs, ve in info.verbs_in(ls, le):
                        if ve <= at and _OBJECT_OF_VERB.fullmatch(self.text, ve, at):
                            continue  # "The chair reminded him of the committee’s own
                            # report": what the speaker spoke of, not what they wrote
                        a = self._subject(ls, vs, pos)
                        if a is not None and a.speaker and not DOCUMENT_ROLE.fullmatch(a.speaker):
                            return a.speaker
                    hi = at
            return None
        finally:
            self._finding_author = False

    def _issuer(self, ls: int, at: int, pos: int) -> str | None:
        """Who issued the document named at ``at``, the object of the sentence's issuing verb:
        "The umpires, Peter Hallam and Anwar Qureshi, issued a statement", "Achterberg pinned
        a handwritten ruling", "The Brotherhood of the Black Ridge, the group that held
        Whitcombe, issued its own statement"."""
        issued = _ISSUED_BEFORE.search(self.text, ls, at)
        if issued is None:
            return None
        a = self._subject(ls, issued.start(), pos)
        if a is not None and a.speaker and not DOCUMENT_ROLE.fullmatch(a.speaker):
            return a.speaker
        org = _ORG_OPENING.match(self.text, ls, issued.start())
        return org["org"] if org is not None else None

    def _pronoun(self, a: _Attribution, low: str, pos: int, at: int | None) -> _Attribution:
        if at is not None and at < pos:
            # “...,” he said, adding that the club would “rebuild the academy properly”: the
            # "he" of the quotation before, already found
            text = self.text
            j = at - 1
            while j > 0 and text[j] in " \u00a0":
                j -= 1
            comma = text[j] == ","  # (”, he said: the comma after the mark)
            if comma:
                j -= 1
            same = self._said_by_close.get(j)
            if same is not None and (comma or text[j - 1] == ","):  # (not “...” She added)
                a.speaker = same[0]
                a.description = a.description or same[1]
                return a
        pi = self._paragraph_at(pos)
        ps = self.paragraphs[pi][0]
        # "He said ..." opening a paragraph (or “...,” he said) continues the person quoted
        # just before; deeper in a paragraph, the paragraph's own people come first
        opens = (pos if at is None else at) <= ps
        start = PRONOUN_START.match(self.text, ps)
        if start is None and (intro := match_intro(self.text, ps, pos)) is not None:
            start = _PRONOUN_AFTER_INTRO.match(self.text, intro.end(), pos)
        if start is None:  # ("Later in the evening he wrote")
            start = _PRONOUN_AFTER_TIME.match(self.text, ps, pos)
        if start is not None and start[1].lower() == low:
            opens = True  # "He said officers had ... ‘...,’ he said": the same "he"
            # (and "Asked about the winning kick, he shrugged. “...,” he said")
        elif (
            not opens
            and at is not None
            and ps < at < ps + 40
            and _ASIDE_OPENING.fullmatch(self.text, ps, at) is not None
        ):  # "The fete, he says, is “...”": an aside in the paragraph's first words, nobody
            # named before it
            opens = True
        pps = self.paragraphs[pi - 1][0] if pi > 0 and opens else ps
        # people named between the pronoun and the quotation ("he said Ibarra-Duque had
        # “never needed ...”") are not who the pronoun stands for
        before = pos if at is None else min(at, pos)
        a.speaker, known, found_at = self.people.speaker_for_pronoun(
            low, before, ps, pps, quotation=_own_words(self._quotation_at(pos))
        )
        if opens and a.speaker is not None and low in _OTHER_PRONOUN:
            # “Are you calling me a liar, Priya?” he asked. ¶ “...,” she replied: the one the
            # question called by name answers it
            called = self._called_in_question(pi - 1)
            if called is not None and self.people.gender_shown(called) in (
                None,
                PRONOUN_GENDER[low],
            ):
                a.speaker, known = called, None
        if opens and len(self._exchange) == 2 and a.speaker is not None:
            (pa, other, _, _), (pb, asker, asker_end, _) = self._exchange
            if (
                pb == pi - 1
                and asker_end == "?"
                and a.speaker == asker
                and other != asker
                and pa >= pi - 4
                and self.people.gender_shown(other) in (None, PRONOUN_GENDER.get(low))
            ):  # “...?” Penn asked her. / “Not in this lifetime,” she said: not the asker
                a.speaker, known = other, None
        # (a role subject of this paragraph before anyone named in it: "On the other side, a
        # Marovian commander who uses the nom de guerre “Grom” appeared in a video. “...,” he
        # said", not a man named paragraphs before)
        role = self._role_antecedent(pi, max(found_at, ps), pos, low)
        unclued = False
        if role is None and found_at < ps:
            role = self._role_antecedent(pi, ps, pos, low, clue=False)
            unclued = role is not None
        if role is None and opens and pi > 0 and found_at < pps:
            # "One resident, who asked not to be named because she ..., said ... ¶ “...,” she
            # said": the role the paragraph before was about, nobody named since
            role = self._role_antecedent(pi - 1, max(found_at, pps), pps, low, whole=True)
        if role is None and a.speaker is not None and found_at > ps:
            role = self._reporting_role(pi, found_at, a.speaker, low)
        if role is None and self._role_speakers:
            # “...,” a spokeswoman for the Space Command said. She said there was ...
            rpos, rrole = self._role_speakers[-1]
            recent = self.paragraphs[pi - 1][0] if pi > 0 else ps
            # the role's own words show its gender ("his wife" is a "she")
            m = _POSSESSOR.match(rrole) if rrole[:1] in "hHtTiIİı" else None  # (cheap test)
            body = rrole[m.end() :] if m else rrole
            if rpos >= max(found_at, recent) and GENDER_CLUE[low].search(body):
                role = rrole
            elif (
                low in _OTHER_PRONOUN
                and max(found_at, ps) <= rpos < pos
                and _names_someone(rrole)
                and not GENDER_CLUE[_OTHER_PRONOUN[low]].search(body)
            ):  # “...,” said a bond trader, who asked not to be named. He said ...: the
                # role quoted earlier in this paragraph, nobody named since
                role = rrole
            elif (
                opens
                and low in _OTHER_PRONOUN
                and max(found_at, recent) <= rpos < ps
                and _names_someone(rrole)
                and not GENDER_CLUE[_OTHER_PRONOUN[low]].search(body)
                and not (self._exchange and self._exchange[-1][1:3] == (rrole, "?"))
            ):  # “...,” the former manager said. ¶ “...,” he added: the role quoted last, at
                # the end of the paragraph before, nobody named since (not a role that asked:
                # “...?” asked one reporter. ¶ “...,” she replied)
                role = rrole
        if role is not None:
            # "The 23-year-old, whose footwork has earned him ... He smiled as he said it":
            # a description opening its paragraph is the person of the one before
            subject_at = _after_intro(self.text, ps, pos)  # (after "Asked about ...,")
            opening = self.text[subject_at : subject_at + len(role)].lower() == role.lower()
            # (an age with an office, "The 31-year-old singer", is whoever holds the office
            # first: the one named "Pop singer Marisol Vey", not the publicist quoted last)
            aged_office = "year-old " in role
            person = self._definite_anaphor(role, pos, opening) if opening else None
            if aged_office and (office_holder := self.people.alias(role, pos)) is not None:
                person = office_holder
            if person is not None:
                a.speaker = person
                return a
            # "Finch, 47, was the government's first witness. ... The witness shook her head.
            # “...,” she said": the person that office was given to
            person = self.people.alias(role, pos)
            if person is not None and not self._introduced_unnamed(role, pos):
                a.speaker, a.description = person, a.description or role
                self.people.quoted_as(person, pos)
                return a
            if (
                unclued
                and a.speaker is not None
                and role[:1] in "Tt"
                and not self._introduced_unnamed(role, pos)
            ):  # (an unclued "The detective" nobody is known to be: likely the detective
                # named before, whom the pronoun found; but "the captain" after "a captain
                # who identified himself only by his call sign" is that captain)
                a.description = a.description or known
                return a
            a.speaker, known = role, None
            if not self._role_speakers or pos >= self._role_speakers[-1][0]:
                self._role_speakers.append((pos, role))
        elif a.speaker is not None and low in ("he", "she"):
            self._pronoun_at[pos] = PRONOUN_GENDER[low]  # (quoted as "she" here)
        a.description = a.description or known
        return a

    # --- speech or mention ---------------------------------------------------------------

    def _is_speech(self, raw: RawQuote, a: _Attribution) -> bool:
        if (
            a.speaker is not None
            and a.speaker.startswith(("the", "a", "its"))  # (the cheap test first)
            and _INSCRIPTION.match(a.speaker)
        ):
            return False  # "The motto over the entrance reads “Try, and try kindly”": no one's
        if len(raw.parts) > 1 or raw.close_mark is None:
            return True
        s, e = raw.parts[0]
        quoted = self.text[s:e]
        # only short quotations need their words (long ones are speech whatever they say)
        words = quoted.split() if quoted.count(" ", 0, 120) < 10 else quoted[:120].split()
        om = raw.open_marks[0]
        text = self.text
        lo = om - 24 if om > 24 else 0
        if len(words) > 8:
            # a sentence's worth of words: speech, unless a long title said to be one
            # ("published under the title “Once-Daily Velotrapant for the Prevention of ...”")
            # (the word test first: a sentence's words are seldom all capitalized, and it
            # spares the searches before the mark)
            if not _long_title(words):
                return True
            lead = text[lo:om]
            return not (
                (("itle" in lead or "ead" in lead) and _TITLE_NAMED.search(lead))
                # (or after the noun it names: "her project “Can You Clean Pond Water With
                # Sand and Charcoal?”")
                or TITLE_CUE.search(text, lo, om)
            )
        if _title_case(quoted.rstrip(".,!?").split()) and TITLE_CUE.search(text, lo, om):
            return False  # a title: the documentary “Strings Attached.”
        lead = text[lo:om]
        if _MENTION_KEY_RE.search(lead.lower()) is not None and MENTION_CUE.search(lead):
            return False  # “so-called” and its kind, whoever the sentence quotes
        if "rea" in lead and _SIGN_READ.search(text, om - 120 if om > 120 else 0, om):
            return False  # "She held up a sign. It read: ‘...’": what a sign says
        if (
            len(words) <= 3
            and quoted[-1].isalnum()
            and _NOUN_AFTER.match(text, e + 1) is not None
            and _DETERMINER_BEFORE.search(lead) is not None
        ):
            return False  # a label inside a noun phrase: the depot’s “maintenance admin” terminal
        titled = _title_case(words)
        if len(words) <= 4 and quoted[-1] not in "!?":
            naming = _NAMING_BEFORE.search(text, om - 90 if om > 90 else 0, om)
            if (
                naming is not None
                and a.speaker
                and not titled  # (what he called the “Evergreen Income Plan”: a name)
                and _WHAT_ONE_CALLED.search(text, om - 80 if om > 80 else 0, om)
            ):
                return True  # "promising what she called a “clean start”": her own words
            if naming is not None and (naming["det"] or _title_case(quoted.rstrip(".,").split())):
                return False  # a name given: "a type of weakness the industry has long
                # called a “leaky bucket”", "taken to calling the rows of cots “Camp
                # Bleacher.”", "named a healed gash on its jaw the “shark kiss”"
        if a.direct and a.cue is not None and not titled:
            return True
        if titled:
            return a.direct and quoted[-1] in ",!?"
        if a.direct or a.cue:  # a speech verb with its subject in the sentence
            return True
        return _sentence_like(quoted, words)

    # --- context -------------------------------------------------------------------------

    def _from_context(self, items: list[_Item], pi: int) -> None:
        """Speakers for speech with no attribution of its own (no verb, context is clear).
        One pass each way over the paragraph's quotations: linear however many there are."""
        for item in items:
            if item.speech and not item.attribution.speaker:
                break
        else:
            return  # every quotation here is attributed already (the common case)
        next_direct: list[_Attribution | None] = [None] * (len(items) + 1)
        for k in range(len(items) - 1, -1, -1):
            a = items[k].attribution
            usable = items[k].speech and a.speaker and a.direct
            next_direct[k] = a if usable else next_direct[k + 1]
        last: _Attribution | None = None  # the last quotation of the paragraph with a speaker
        for k, item in enumerate(items):
            a = item.attribution
            if item.speech and not a.speaker and not a.first_person:
                prev = items[k - 1].raw if k else None
                prev_close = (prev.close_mark or prev.end) if prev else -1
                found = _named(self._previous_sentence(item.raw, prev_close))
                if found is None and last is not None:
                    found = _Attribution(last.speaker, last.description)
                after = next_direct[k + 1]
                if found is None and after is not None:
                    found = _Attribution(after.speaker, after.description)
                if found is None:
                    nxt = items[k + 1] if k + 1 < len(items) else None
                    found = _named(self._next_sentence(item.raw, nxt))
                if found is None:
                    found = self._previous_paragraph(pi, item.raw)
                if found is not None and found.speaker:
                    a.speaker = found.speaker
                    a.description = a.description or found.description
                    if a.cue is None and found.cue:  # "A Roscosmos official stated ..."
                        a.cue = found.cue
            if item.speech and a.speaker:
                last = a

    def _radio_calls(self, items: list[_Item]) -> None:
        """Radio traffic: “Surface, this is Kestrel. ...,” radioed the pilot. The one who used
        a call sign next to their name uses it again in a call with no attribution of its own
        (“Surface, Kestrel. Stand by.”), or under one that only names a role or a message.
        A call is one that says "this is", or one addressed to a call sign already known
        (“Look, Mary.” is no call)."""
        signs = self._call_signs
        for item in items:
            if not item.speech:
                continue
            s, e = item.raw.parts[0]
            comma = self.text.find(",", s, e)  # (the cheap test first: "Surface," its first comma,
            if comma < 0 or self.text.count(" ", s, comma) > 1:  # one or two words before it)
                continue
            m = RADIO_CALL.match(self.text, s, e)
            if m is None or not (m["this"] or m["to"] in signs):
                continue
            a = item.attribution
            caller = m["from"]
            if a.direct and a.speaker and a.speaker[0].isupper():
                signs[caller] = a.speaker
            elif caller in signs and (not a.direct or not a.speaker or a.speaker[0].islower()):
                item.attribution = _Attribution(signs[caller])

    def _next_sentence(self, raw: RawQuote, nxt: _Item | None) -> _Attribution | None:
        """“We have done nothing wrong.” Smith said the firm would appeal: the sentence right
        after names the speaker as the subject of a speech verb."""
        if raw.close_mark is None:
            return None
        info = self.info(raw.paragraphs[-1])
        start = raw.close_mark + 1
        end = min(info.end, start + 120, nxt.raw.open_marks[0] if nxt else info.end)
        that = that_was().match(self.text, start, end)
        if that is not None:  # “...” That was the response of Bernadette Kilbride, who ...
            return self._speaker(that["who"] or that["owner"], None, raw.open_marks[0])
        line = LINE_FROM.match(self.text, start, end)
        if line is not None:  # “...” The line, from Benlloch’s opening statement, drew ...
            return self._speaker(line["who"], None, raw.open_marks[0])
        verbs = info.verbs_in(start, end)
        if not verbs or verbs[0][0] - start > 60:
            return None
        return self._subject(start, verbs[0][0], raw.open_marks[0])

    def _previous_sentence(self, raw: RawQuote, prev_close: int) -> _Attribution | None:
        """Indirect speech just before: “A Roscosmos official stated on April 2 that ...”.
        Not when that sentence holds (or ends) another quotation (``prev_close``): that
        quotation's speaker is the context then."""
        text = self.text
        om = raw.open_marks[0]
        info = self.info(raw.paragraphs[0])
        ps = info.start
        ls = info.sentence_start(max(ps, om - LEAD_WINDOW), om)
        if ls <= ps:
            return None
        prev = info.sentence_start(max(ps, ls - LEAD_WINDOW), ls - 1)
        after_quote = prev_close >= prev
        if after_quote:
            prev = prev_close + 1  # only the narrative after the last quotation counts
        if prev >= ls or any(c in text[prev:ls] for c in '“”"‘'):
            return None
        intro = match_intro(text, prev, ls)
        if intro is not None:  # "Asked whether the cat had been consulted, he laughed."
            prev = intro.end()
        verbs = info.verbs_in(prev, ls)
        if verbs and after_quote:
            return None  # “...,” she said. “...”: the previous quotation's speaker goes on
        if verbs:
            vs, ve = verbs[0]
            a = self._subject(prev, vs, om)
            if a is not None and a.speaker:
                a.cue = _cue(text[vs:ve])
                return a
        # an action beat: "Nora Blake paused. “We are ready.”", "Delaney, told of that remark,
        # rolled his eyes. “He’s lying.”"
        beat = BEAT.fullmatch(text, prev, ls)
        return self._speaker(beat["who"], None, om, prev) if beat else None

    def _interview_turn(self, pi: int, raw: RawQuote) -> _Attribution | None:
        """In an interview printed as questions and answers (a run of paragraphs that are
        quotations only, after an introduction such as "She spoke to Samuel Okafor-Lindqvist,
        Africa editor of ..." or "Our conversation has been edited and condensed."), a question
        is the interviewer's (nobody, when the interviewer is unnamed), anything else the
        answer. None when ``pi`` is no such turn."""
        text = self.text
        k = pi
        while k > 0 and text[self.paragraphs[k - 1][0]] in _OPENING_MARKS and pi - k < 60:
            k -= 1  # back over the run of quotation paragraphs to the introduction
        if k == 0 or text[self.paragraphs[pi][0]] not in _OPENING_MARKS:
            return None  # the quotation does not open its paragraph, or no introduction
        intro = k - 1
        found = self._interviews.get(intro)
        if found is None:
            found = self._interviews[intro] = self._interview_people(intro)
        asker, answerer = found
        if not answerer:
            return None
        # turns alternate, question first; an answer may run over several paragraphs (its
        # paragraphs but the last end without a closing mark)
        turn = sum(
            1 for p in range(k + 1, pi + 1) if text[self.paragraphs[p - 1][1] - 1] in _CLOSING_MARKS
        )
        return _Attribution(asker or None) if turn % 2 == 0 else _Attribution(answerer)

    def _interview_people(self, pi: int) -> tuple[str, str]:
        """(interviewer, interviewee) named by an interview's introduction, or ("", ""). An
        interviewer left unnamed is "": "Our conversation has been edited and condensed." (the
        interviewee then is the one the article introduced first, as a profile does)."""
        ps, pe = self.paragraphs[pi]
        m = interviewer().search(self.text, ps, pe)
        if m is None:
            if _EDITED_NOTE.search(self.text, ps, pe) is None:
                return "", ""
            return "", self.people.first_person(ps) or ""
        asker = self._speaker(m["who"], None, m.start("who"), m.start("who")).speaker
        answerer = None
        for c in SUBJ_CAND.finditer(self.text, ps, m.start()):
            if c["name"]:
                answerer = self._speaker(c["name"], None, c.start(), c.start()).speaker
                break
        if not asker or not answerer or asker == answerer:
            return "", ""
        # "She spoke to ...", "He later talked with ...": the one interviewed is a she / a he
        pronoun = PRONOUN_START.match(
            self.text, self.info(pi).sentence_start(ps, m.start()), m.start()
        )
        if pronoun is not None:
            self.people.vote_display(answerer, "f" if pronoun[1] == "She" else "m", 3)
        return asker, answerer

    def _previous_paragraph(self, pi: int, raw: RawQuote) -> _Attribution | None:
        turn = self._interview_turn(pi, raw)
        if turn is not None:
            return turn
        if self.last_speaker is not None and self.last_speaker[0] >= pi - 1:
            speaker = self._asker(pi, raw) or self.last_speaker[1]
            if len(self._exchange) == 2 and self._addresses(raw, speaker):
                # “...,’ he pressed. / ‘I had a mortgage, Mr Quarrie.’: nobody calls
                # themselves by name, so the other voice of the exchange answers
                (_, a, _, _), (_, b, _, _) = self._exchange
                speaker = a if speaker == b else b if speaker == a else speaker
            return _Attribution(speaker)
        if pi == 0:
            return None
        info = self.info(pi - 1)
        text = self.text
        floor = max(info.start, info.end - LEAD_WINDOW)
        if any(c in text[floor : info.end] for c in '“”"'):
            return None
        ls = info.sentence_start(floor, info.end - 1)
        subject = _after_intro(text, ls, info.end)  # (not "Asked whether she will retire,")
        verbs = info.verbs_in(subject, info.end)
        if verbs:
            found = self._subject(subject, verbs[0][0], info.end)
            if found is not None:
                return found
        # no speech verb: the person the paragraph is about ("Her husband, Angus, ... He has
        # written to every minister..."), by the last sentence that opens with a pronoun
        for start, _ in info.starts_before(info.start, info.end):
            m = PRONOUN_START.match(text, start, info.end)
            if m is None and (intro := match_intro(text, start, info.end)) is not None:
                # (after its opening phrase: "Reading from handwritten pages, she addressed")
                m = _PRONOUN_AFTER_INTRO.match(text, intro.end(), info.end)
            if m is None:  # (or one without its comma: "Before the final face-off she took")
                m = _PRONOUN_AFTER_TIME.match(text, start, info.end)
            if m is not None:
                return self._speaker(m[1], None, start)
        if raw.open_marks[0] == self.info(pi).start:
            # a paragraph that is all quotation, after one whose last sentence is about a
            # person: "Lindqvist, 47, has spent most of her career chasing that signal." /
            # “For ten years people have told me ...”: the person of that sentence speaks
            # (after the opening phrase: "Asked whether ..., Varga sets")
            relative = _RELATIVE_OF.match(text, subject, info.end)
            at = relative.end() if relative is not None else subject
            c = SUBJ_CAND.match(text, at, info.end)
            if (
                c is not None
                and c["name"]
                and _SUBJECT_TAIL.match(text, c.end(), info.end) is not None
                and self.people.is_person_name(c["name"])
            ):
                return self._speaker(c["name"], None, raw.open_marks[0], at)
            cleft = _CLEFT.search(text, ls, info.end)  # "it was Kincaid who delivered the
            if cleft is not None and self.people.is_person_name(cleft["who"]):  # eulogy."
                return self._speaker(cleft["who"], None, raw.open_marks[0], cleft.start())
        return None

    def _quotation_at(self, pos: int) -> str:
        """The words of the quotation at ``pos`` ("" where there is none)."""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        if k < 0 or pos > self._quote_ends[k]:
            return ""
        return self.text[self._quote_starts[k] : self._quote_ends[k]]

    def _called_in_question(self, pi: int) -> str | None:
        """The person called by name in the question that ends paragraph ``pi``, if any."""
        if pi < 0:
            return None
        k = bisect.bisect_left(self._quote_starts, self.paragraphs[pi + 1][0]) - 1
        if k < 0 or self._quote_starts[k] < self.paragraphs[pi][0]:
            return None
        qs, qe = self._quote_starts[k], self._quote_ends[k]
        if self.text[qe - 1] != "?":
            return None
        for m in _ADDRESSED.finditer(self.text, qs, qe):
            called = self.people.called(m[1])
            if called is not None:
                return called
        return None

    def _addresses(self, raw: RawQuote, speaker: str) -> bool:
        """Does the quotation call ``speaker`` by name ("..., Mr Quarrie.", "Nadia, ...")?"""
        name = speaker.split()[-1]
        if not name[:1].isupper():
            return False
        return any(m[1] == name for m in _ADDRESSED.finditer(self.text, raw.open_marks[0], raw.end))

    def _quotation_only(self, pi: int) -> bool:
        """Does paragraph ``pi`` open with a quotation mark (a turn of an exchange)?"""
        return self.text[self.paragraphs[pi][0]] in _OPENING_MARKS

    def _asker(self, pi: int, raw: RawQuote) -> str | None:
        """In an exchange (“...?” Serrano asked. / “I did,” Lang replied. / “And ...?”) an
        unattributed question or retort goes back to the one who asked, not the last voice."""
        if len(self._exchange) < 2:
            return None
        (pa, a, a_end, a_cue), (pb, b, b_end, b_cue) = self._exchange
        if not (pb == pi - 1 and a != b):
            return None
        asks = self.text[raw.end - 1] == "?"
        ps = self.paragraphs[pi][0]
        if (
            pa == pi - 2
            and b_cue is None
            and (
                a_cue in REPLY_CUES
                or a_end == "?"
                or (self._quotation_only(pi - 1) and self._quotation_only(pi - 2))
            )
            and raw.open_marks[0] == ps
        ):  # “...?” he asked. / “...,” she replied. / “...” (his) / “...” (hers again): a
            # bare exchange goes on turn by turn (as one of paragraphs that are turns only)
            return a
        if pa == pi - 2 and a_end == "?" and not asks and b_cue in REPLY_CUES:
            narrated = self.text[ps : raw.open_marks[0]].rstrip()
            if narrated.endswith("?") and "“" not in narrated and "‘" not in narrated:
                # “...?” one reporter asked. / “...,” Whitlow replied. / Had form been the
                # deciding factor? ‘Both, ...’: the question told, the one who replies answers
                return b
        if pa == pi - 2 and a_end == "?" and (b_cue in REPLY_CUES or asks):
            return a
        if (
            pa == pi - 2
            and b_cue in REPLY_CUES
            and raw.open_marks[0] == ps
            and self._quotation_only(pi - 1)
            and self._quotation_only(pi - 2)
        ):  # “...,” the negotiator said. / “...,” the man replied. / “...” (hers): two voices
            # turn by turn, each paragraph one of them, and the next paragraph the other's
            return a
        if pa >= pi - 4 and b_end == "?" and b_cue in (None, "asked") and not asks:
            # “...” Munro told the inquiry. / ... / “...?” Corrigan asked. / “Not from me.”:
            # the one who was asked answers
            return a
        return None


def _the_document(document: re.Match[str]) -> str:
    """A _DOCUMENT match as a speaker: "A ransom note" -> "the ransom note"."""
    return "the " + " ".join(document[0].split()[1:])


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``."""
    found = None
    for m in pattern.finditer(text, lo, hi):
        found = m
    return found


@functools.lru_cache(maxsize=8192)
def _parse_who(who: str, desc: str | None) -> tuple[str, str, str | None]:
    """Classify the words naming a speaker: ("pronoun", "he", desc), ("role", "a
    spokeswoman for ...", desc), ("name", "Priya Natarajan", desc) or ("none", "", None).
    Pure string work, cached: the same attributions recur through an article."""
    who = " ".join(who.split())
    if who[:4] in ("the ", "The ") and starts_at(who, THE_TITLES, 4):
        who = who[4:]  # "the Rev. Samuel Oduya": a titled name
    desc = " ".join(desc.split()).strip(" ,") if desc else None
    if desc:
        desc = AGE.sub("", desc)  # an age ("Johnson, 34,") is not a description
        if len(desc) < 3 or FILLER_DESC.match(desc):
            desc = None
    low = who.lower()
    if low in ("he", "she", "they", "it"):
        return "pronoun", low, desc
    if low in ("i", "we") or not who:
        return "none", "", desc
    first = who.split()[0]
    determined = DET_START.match(who) is not None
    if desc and (first[:1].islower() or determined):
        named = NAME_ONLY.fullmatch(desc)
        if named is not None:  # "said one of them, Earl Whitcomb, 74,"
            who, desc = named["name"], clean_role(who)
            first, determined = who.split()[0], False
        elif (titled := ROLE_THEN_NAME.fullmatch(desc)) is not None and " " in titled[
            "name"
        ]:  # "said the moderator, KPAL anchor Dominic Ferrante": the anchor, by name
            who, desc = titled["name"], clean_role(who)
            first, determined = who.split()[0], False
    titled = None if determined else ROLE_THEN_NAME.fullmatch(who)
    if titled is not None and _ends_with_preposition(titled["role"]):
        return "role", clean_role(who), desc  # "Aides to Mr. Ashgrove": the aides, his
    if titled is not None:  # "Jefferies analyst Priya Natarajan"
        who = titled["name"]
        desc = desc or titled["role"]
        first = who.split()[0]
    own = OWN_WORDS.fullmatch(who) if who[:1] in "hHtT" else None  # (his, her, their: cheap)
    if own is not None:  # "according to his own evidence": the person himself
        return "pronoun", _POSSESSIVE_PRONOUN[own[1].lower()], desc
    if first[:1].islower() or determined:
        return "role", clean_role(who), desc
    return "name", who, desc


# The frozen dataclasses' generated ``__init__`` sets each field through
# ``object.__setattr__`` (a Python-level call per field); with ``slots=True`` the fields are
# member descriptors whose ``__set__`` does the same store in C. Same instances, ~2x faster
# to build, which counts at one Quote (and a QuotePart or more) per quotation.
_PART_SET: Final = tuple(vars(QuotePart)[f].__set__ for f in ("text", "start", "end"))
_QUOTE_SET: Final = tuple(
    vars(Quote)[f].__set__
    for f in ("text", "start", "end", "parts", "kind", "speaker", "speaker_description", "cue")
)


def _new_part(text: str, start: int, end: int) -> QuotePart:
    """``QuotePart(text, start, end)``, built without the frozen dataclass's ``__init__``."""
    part = object.__new__(QuotePart)
    set_text, set_start, set_end = _PART_SET
    set_text(part, text)
    set_start(part, start)
    set_end(part, end)
    return part


def _new_quote(
    text: str,
    start: int,
    end: int,
    parts: tuple[QuotePart, ...],
    kind: str,
    speaker: str | None,
    description: str | None,
    cue: str | None,
) -> Quote:
    """``Quote(...)`` with every field given, built without the frozen ``__init__``."""
    quote = object.__new__(Quote)
    s_text, s_start, s_end, s_parts, s_kind, s_speaker, s_desc, s_cue = _QUOTE_SET
    s_text(quote, text)
    s_start(quote, start)
    s_end(quote, end)
    s_parts(quote, parts)
    s_kind(quote, kind)
    s_speaker(quote, speaker)
    s_desc(quote, description)
    s_cue(quote, cue)
    return quote


def _never() -> bool:
    return False


def _named(a: _Attribution | None) -> _Attribution | None:
    """An attribution that names someone, else None (so the next source of context is tried)."""
    return a if a is not None and a.speaker else None


def _cue(verb: str | None) -> str | None:
    """The cue as a reader would cite it: "said", "told The Associated Press"."""
    if not verb:
        return None
    first, _, rest = " ".join(verb.split()).rstrip(".,;:").partition(" ")
    return f"{first.lower()} {rest}" if rest else first.lower()


_SPEAKS_FOR: Final = regex_cache.compile(
    r"[ \u00a0]+(?:office|campaign|camp)[ \u00a0]+(?:(?:also|later|has|had)[ \u00a0]+)?"
)
# What names a title, however long: "titled", "under the headline"
_TITLE_NAMED: Final = regex_cache.compile(
    r"(?i:titled|entitled|headlined|the[ \u00a0]+(?:title|headline|heading))[\s,:]*$"
)
# Every MENTION_CUE contains one of these: a cheap test before the regex.
_MENTION_KEYS: Final = (
    "so", "dubbed", "nicknamed", "known", "title", "headline", "heading", "name", "word",
    "term", "phrase",
    "slogan", "motto", "tagline", "catchphrase", "hashtag", "label", "moniker", "brand", "billed",
    "marketed", "reading", "advertis", "promot",
    "chant", "cries", "shouts", "chorus", "sign", "banner", "placard", "poster", "shirt",
    "call ", "calls ", "asked about",
)  # fmt: skip


# (as a trie: a position costs a few comparisons, not one per key; only whether one is found
# counts)
_MENTION_KEY_RE: Final = regex_cache.compile(word_alternation(_MENTION_KEYS))


@functools.lru_cache(maxsize=64)
def _name_ending_with(head: str) -> re.Pattern[str]:
    """Capitalized words ending with ``head`` capitalized: "Northgate News Network", "Central
    Bank of Estravia", "United Nations Office for Civilian Relief" (without a "The" before
    them)."""
    return regex_cache.compile(  # (kept between runs, like the engine's other patterns)
        rf"(?<![\w’'-])(?:The[ \u00a0]+)?(?P<name>(?:[A-Z][\w&’'.-]*[ \u00a0]+){{1,4}}"
        rf"{re.escape(head.title())}\b(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?"
        rf"[A-Z][\w&’'-]*(?:[ \u00a0]+[A-Z][\w&’'-]*){{0,3}})?)"
    )


@functools.lru_cache(maxsize=64)
def _possessor_of(head: str) -> re.Pattern[str]:
    """Capitalized words owning ``head``: "Fennimore’s board", "Brackwater’s own board"."""
    return regex_cache.compile(
        r"(?<![\w’'-])(?P<name>[A-Z][\w&.-]*(?:[ \u00a0]+[A-Z][\w&.-]*){0,3}[’']s"
        rf"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?{re.escape(head)})\b"
    )


@functools.lru_cache(maxsize=64)
def _name_described_as(head: str) -> re.Pattern[str]:
    """Capitalized words with an appositive that ends in ``head``: "Blue Harbour Relief, an
    international aid agency" (for "the agency")."""
    # ("Citizens for Safe Technology, an advocacy group": "of", "for" and "and" inside it)
    name = (
        r"(?P<name>[A-Z][\w&’'.-]*(?:[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+)?[A-Z][\w&’'.-]*){0,4})"
    )
    described = r"(?:an?|the)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}"
    return regex_cache.compile(
        rf"(?<![\w’'-])(?:The[ \u00a0]+)?{name},[ \u00a0]+{described}{re.escape(head)}\b"
    )


def _plural(noun: str) -> bool:
    """ "directors", "officials", "parents": not "boss", "status", "analysis"."""
    low = noun.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


_BEFORE_PLACE: Final = frozenset(
    ("the", "a", "an", "nearby", "neighbouring", "neighboring", "rural")
)


_NUMBER_WORDS: Final = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "several")
)


def _before_past_verb(role: str) -> str:
    """A role phrase up to its verb in the past tense: "the tower controller cleared the
    flight to land with a" is "the tower controller" (not "the man in the tweed jacket")."""
    words = role.split()
    for i in range(2, len(words)):
        w = words[i]
        prev = words[i - 1].lower()
        if (
            w.endswith("ed")
            and w.islower()
            and prev not in _BEFORE_PLACE
            and not prev.endswith("ly")  # ("the newly elected mayor")
            # ("the two injured workers"; but a last word is the verb: "the world No 3
            # shrugged")
            and ((prev not in _NUMBER_WORDS and not prev[:1].isdigit()) or i == len(words) - 1)
        ):
            return " ".join(words[:i])
    return role


def _before_present_verb(role: str) -> str:
    """A role phrase up to a verb in the present tense right after its person noun: "His
    wife finishes the thought for him" is "His wife"."""
    words = role.split()
    for i in range(2, len(words)):
        w = words[i]
        head = words[i - 1].lower()
        if w.endswith("s") and w.islower() and (_PERSON_NOUN.search(head) or is_person_head(head)):
            return " ".join(words[:i])
    return role


@functools.lru_cache(maxsize=64)
def _indefinite_role(head: str) -> re.Pattern[str]:
    """A role introduced with that head noun: "A senior Pellegrini aide" for "aide"."""
    return regex_cache.compile(
        r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}?"
        + re.escape(head)
        + r"\b"
    )


def _ends_with_preposition(phrase: str) -> bool:
    """ "a nonprofit based in", "the leader of the", "a nurse from nearby": what follows is
    its object."""
    words = phrase.lower().split()
    if len(words) > 1 and words[-1] in _BEFORE_PLACE:
        words.pop()
    return bool(words) and words[-1] in _PREPOSITIONS


def _own_words(quotation: str) -> str:
    """A quotation's words without the quotations nested in it: a name there is not one the
    speaker calls ("“Every time, I told myself, ‘Don’t hope, Nadia,’” she said": Nadia's)."""
    if not quotation:
        return quotation
    inner = quotation[1:] if quotation[0] in _OPENING_MARKS else quotation
    if "‘" not in inner and "“" not in inner:  # (the cheap test first)
        return inner
    return _NESTED.sub(" ", inner)


def _after_intro(text: str, start: int, end: int) -> int:
    """Where a clause's subject may start: after an opening phrase ("In her closing remarks,")
    and a relative clause hung on it (", which the foreign ministry later published in full,"),
    whose names are not the subject, and after a record cited in passing ("the transcript
    shows,")."""
    intro = match_intro(text, start, end)
    after = start
    if intro is not None:
        aside = _RELATIVE_ASIDE.match(text, intro.end(), end)
        after = aside.end() if aside is not None else intro.end()
        while after < end and text[after] in " \u00a0":
            after += 1
    if not starts_at(text, ("the", "The", "its", "Its"), after):
        return after  # (the cheap test first: every record starts so)
    record = _RECORD_SHOWS.match(text, after, end)
    return after if record is None else record.end()


def _person_role(words: str) -> str | None:
    """A role phrase's words as a speaker, if they name a person (not "The heat was not")."""
    role = clean_role(words)
    return role if _names_someone(role) else None


def _names_someone(role: str) -> bool:
    """Does a role phrase name a person ("another analyst", "the witness", "a man near the
    back of the crowd", "the 27-year-old"), not a thing ("the heat was not")? One of its
    first words says so."""
    if " & " in role:  # "A Hartwell & Pryce spokeswoman": the firm's name is one word
        role = role.replace(" & ", "&")
    return "year-old" in role or any(
        _PERSON_NOUN.search(w) or is_person_head(w) for w in role.split(maxsplit=4)[1:4]
    )


def _last_word(phrase: str) -> str:
    return phrase.rsplit(None, 1)[-1].lower() if phrase else ""


def _long_title(words: list[str]) -> bool:
    """A title of any length, as a paper's or a report's: every word capitalized but the
    small ones ("... of Episodic and Chronic Migraine: A Randomized Controlled Trial.")."""
    return all(
        w[0].isupper() or w[0].isdigit() or w.lower().rstrip(".,:;") in SMALL_WORDS
        for w in (w.strip("(\"'‘“") for w in words)
        if w
    )


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
        elif w.lower() not in SMALL_WORDS:
            return False
    return caps > 0 and (caps > 1 or len(words) <= 2)


def _sentence_like(quoted: str, words: list[str]) -> bool:
    """Quoted words that stand as speech on their own: a sentence, or a long run of words.
    A short lowercase fragment ("the sound of retreat.") is not: its period is the
    publisher's, placed inside the marks American-style."""
    if len(words) >= 8:
        return True
    if not quoted[:1].isupper():
        # (but one in the first person is someone's own words: "described him as “the heart
        # of our home”", "introduced him as “the hardest-working player I have ever
        # represented”")
        return any(w.strip(",.;:!?—–") in _FIRST_PERSON for w in words)
    end = quoted.rstrip("”’\"' )")
    if not end:
        return False
    if end[-1] in TERMINAL or end[-1] in ",—–":  # "—": speech broken off
        return len(words) >= 2 or quoted[:1].isupper()
    return False


# Every pattern the engine compiles on import is in the cache now: the next run skips the work.
regex_cache.save()
