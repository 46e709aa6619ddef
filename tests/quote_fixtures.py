"""Quotations built by hand over real spans of an article's text, for UI tests that must not
depend on the extractor's exact output."""

from __future__ import annotations

from desktop_app.core.quote_types import Quote, QuotePart


def make_quote(
    text: str, *fragments: str, speaker: str | None = None, kind: str = "speech"
) -> Quote:
    """A Quote over real spans of ``text``: one part per fragment, found in order."""
    parts, pos = [], 0
    for fragment in fragments:
        start = text.index(fragment, pos)
        parts.append(QuotePart(fragment, start, start + len(fragment)))
        pos = start + len(fragment)
    return Quote(
        text=" ".join(p.text for p in parts),
        start=parts[0].start,
        end=parts[-1].end,
        parts=tuple(parts),
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker,
    )
