"""Scoring quote extraction against annotated articles, in-process.

A port of ``../shared/tools/score_quotes.py`` (the issue's scorer) that takes predictions as
``Quote.to_dict()`` lists instead of running a command: same normalization, same similarity
ratio (0.9), same handling of split/multi-paragraph groups, ``scare`` items count as false
positives when listed as speech, ``either`` items are not scored, ``mention`` predictions are
ignored, and a speaker is right when it contains one of the ``speaker_keys`` (case-insensitive).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Prediction = Mapping[str, Any]


def norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    s = s.replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip().lower()
    return s.strip(" \"'.,!?;:—-")


def similar(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.9


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    messages: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.speaker_ok += other.speaker_ok
        self.speaker_n += other.speaker_n
        self.messages += other.messages

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0

    def summary(self) -> str:
        return (
            f"detection P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"speaker={self.speaker_accuracy:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})"
        )


def score_file(fname: str, items: list[dict[str, Any]], predictions: Iterable[Prediction]) -> Score:
    """Score one article's predictions against its annotations (score_quotes.py's rules)."""
    sc = Score()
    say = sc.messages.append
    preds = [p for p in predictions if p.get("kind", "speech") != "mention"]
    used = [False] * len(preds)

    def take(text: str) -> Prediction | None:
        for i, p in enumerate(preds):
            if not used[i] and similar(p.get("text", ""), text):
                used[i] = True
                return p
        return None

    def speaker_right(p: Prediction, keys: list[str] | None) -> bool | None:
        if keys is None:
            return None
        sp = (p.get("speaker") or "").lower()
        return any(k.lower() in sp for k in keys)

    def count_speaker(p: Prediction, keys: list[str] | None) -> None:
        r = speaker_right(p, keys)
        if r is not None:
            sc.speaker_n += 1
            sc.speaker_ok += r
            if not r:
                say(
                    f"{fname}: wrong speaker {p.get('speaker')!r} for {p['text'][:50]!r}"
                    f" (want {keys})"
                )

    groups: dict[str, list[dict[str, Any]]] = {}
    for q in items:
        if q.get("group"):
            groups.setdefault(q["group"], []).append(q)
    done_groups: set[str] = set()
    for q in items:
        kind = q["kind"]
        if kind == "either":
            take(q["text"])
            continue
        if kind == "scare":
            if take(q["text"]) is not None:
                sc.fp += 1
                say(f"{fname}: scare quote listed as speech: {q['text'][:60]!r}")
            continue
        g = q.get("group")
        if g:
            if g in done_groups:
                continue
            done_groups.add(g)
            parts = groups[g]
            joined = " ".join(x["text"] for x in parts)
            p = take(joined)
            matched: list[Prediction] = [p] if p else []
            if not p:
                got = [take(x["text"]) for x in parts]
                if all(got):
                    matched = [x for x in got if x is not None]
                else:
                    for x in got:  # give back partial matches
                        if x is not None:
                            used[next(i for i, y in enumerate(preds) if y is x)] = False
            if matched:
                sc.tp += len(parts)
                for m in matched:
                    count_speaker(m, parts[0].get("speaker_keys"))
            else:
                sc.fn += len(parts)
                say(f"{fname}: missed (split/multi) {joined[:70]!r}")
            continue
        p = take(q["text"])
        if p is None:
            sc.fn += 1
            say(f"{fname}: missed {q['text'][:70]!r}")
        else:
            sc.tp += 1
            count_speaker(p, q.get("speaker_keys"))
    for i, p in enumerate(preds):
        if not used[i]:
            sc.fp += 1
            say(f"{fname}: extra {p.get('text', '')[:70]!r} ({p.get('speaker')!r})")
    return sc


def score_all(
    expected: Mapping[str, Any], predict: Callable[[str], list[Prediction]]
) -> tuple[Score, dict[str, Score]]:
    """Score every article of an annotation file; ``predict(fname)`` returns its predictions."""
    total = Score()
    per_file: dict[str, Score] = {}
    for fname, items in expected.items():
        if fname.startswith("_"):
            continue
        sc = score_file(fname, items, predict(fname))
        per_file[fname] = sc
        total.add(sc)
    return total, per_file
