"""Quotations as JSON, CSV or Markdown: shared by ``article-viewer quotes`` and File > Export.

Plain functions over :class:`~desktop_app.core.quote_types.Quote` lists; each returns the whole
document as a string (the caller writes it, atomically in the app).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from desktop_app.core.quote_types import Quote

__all__ = ["CSV_FIELDS", "to_csv", "to_json", "to_markdown"]

#: The CSV columns, in order.
CSV_FIELDS = ("text", "speaker", "kind", "cue", "speaker_description", "start", "end")


def to_json(quotes: Iterable[Quote]) -> str:
    """A JSON array of ``Quote.to_dict()`` objects (UTF-8 text, not ASCII-escaped)."""
    return json.dumps([q.to_dict() for q in quotes], ensure_ascii=False, indent=2) + "\n"


def to_csv(quotes: Iterable[Quote]) -> str:
    """One row per quotation with a header row; empty cells for unknown values."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for q in quotes:
        writer.writerow(
            [
                q.text,
                q.speaker or "",
                q.kind,
                q.cue or "",
                q.speaker_description or "",
                q.start,
                q.end,
            ]
        )
    return buf.getvalue()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_markdown(quotes: Iterable[Quote], title: str | None = None) -> str:
    """A readable list: ``> “...” — **Speaker** _(said)_``; mentions are listed apart."""
    quotes = list(quotes)
    lines: list[str] = []
    if title:
        lines += [f"# Quotations: {_one_line(title)}", ""]
    else:
        lines += ["# Quotations", ""]
    speech = [q for q in quotes if q.is_speech]
    mentions = [q for q in quotes if not q.is_speech]
    if not speech and not mentions:
        lines.append("_No quotations found._")
    for q in speech:
        who = f"**{q.speaker}**" if q.speaker else "_unattributed_"
        cue = f" _({q.cue})_" if q.cue else ""
        lines.append(f"> “{_one_line(q.text)}” — {who}{cue}")
        if q.speaker_description:
            lines.append(f">  {_one_line(q.speaker_description)}")
        lines.append("")
    if mentions:
        lines += ["## Mentions (not speech)", ""]
        lines += [f"- “{_one_line(q.text)}” (characters {q.start}–{q.end})" for q in mentions]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
