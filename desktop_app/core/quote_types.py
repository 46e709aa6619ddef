"""The data a quotation is made of, shared by the extractor, the CLI and the quotes pane."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

QuoteKind = Literal["speech", "mention"]


@dataclass(frozen=True, slots=True)
class QuotePart:
    """One contiguous run of quoted words: ``article_text[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (or a mention) found in an article's plain text.

    Spans count Python code points in ``Article.text``. A quotation split by an attribution or
    running over several paragraphs has several ``parts``; ``text`` joins them with a space and
    ``start``/``end`` run from the first part's start to the last part's end.
    """

    text: str
    start: int
    end: int
    parts: tuple[QuotePart, ...]
    kind: QuoteKind = "speech"
    speaker: str | None = None
    speaker_description: str | None = None
    cue: str | None = None

    @property
    def is_speech(self) -> bool:
        return self.kind == "speech"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "parts": [{"text": p.text, "start": p.start, "end": p.end} for p in self.parts],
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_description": self.speaker_description,
            "cue": self.cue,
        }
