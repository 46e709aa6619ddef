"""The quote engine scored on the development set, in-process, as the issue's scorer does.

``tests/data/quotes/`` holds annotated articles (``*.txt`` and ``expected.json`` in the format
of ``../shared/seed/quotes.json``), written independently of the extractor. The scoring rules
are ``tests/quote_scoring.py``, a port of ``../shared/tools/score_quotes.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from desktop_app.core.article import load_article
from desktop_app.core.quotes import extract_quotes

TESTS = Path(__file__).parents[1]
REPO = TESTS.parent
DEV_DIR = TESTS / "data" / "quotes"
SEED_ARTICLE = REPO / "resources" / "article.txt"
SEED_EXPECTED = TESTS / "data" / "seed_quotes.json"

MIN_F1 = 0.97
MIN_SPEAKER = 0.95


def _scoring() -> ModuleType:
    import quote_scoring  # tests/ is on pytest's pythonpath (pyproject.toml)

    return quote_scoring


def _predict(path: Path) -> list[dict]:
    return [q.to_dict() for q in extract_quotes(load_article(path).text)]


def test_seed_article_is_perfect() -> None:
    scoring = _scoring()
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    total, _ = scoring.score_all(expected, lambda fname: _predict(SEED_ARTICLE))
    report = "\n".join(total.messages) + "\n" + total.summary()
    assert total.fn == 0 and total.fp == 0, report
    assert total.speaker_ok == total.speaker_n, report


def test_development_set_scores() -> None:
    expected_path = DEV_DIR / "expected.json"
    if not expected_path.is_file():
        pytest.skip(f"no development set at {DEV_DIR}")
    scoring = _scoring()
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    articles = [k for k in expected if not k.startswith("_")]
    assert len(articles) >= 30, "the development set has at least 30 articles"
    total, _ = scoring.score_all(expected, lambda fname: _predict(DEV_DIR / fname))
    report = "\n".join(total.messages) + "\n" + total.summary()
    print(report)
    assert total.f1 >= MIN_F1, report
    assert total.speaker_accuracy >= MIN_SPEAKER, report
