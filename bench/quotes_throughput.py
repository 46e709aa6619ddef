"""Quote extraction throughput against the floor: one regex pass over the same text.

Builds at least 2 MB of news text, deterministically, from the development set
(``tests/data/quotes/*.txt``) and the seed article (``resources/article.txt``): each copy of
an article gets its people renamed and its numbers varied, so the text is not one article
repeated verbatim. Then, in the same run:

* ``extract_quotes`` on 2 MB and on 8 MB, alternately (best of N each): chars/s and the
  8 MB / 2 MB time ratio (linear is 4.0; the target is at most 4.5);
* the floor: ``../shared/bench/regex_floor.py`` (one regex finding every quote mark), run as a
  subprocess on the same 2 MB text written to a temporary file; if ``shared/`` is not beside
  the repository, the same one-regex pass is run inline;
* two pathological inputs, each timed against normal text of the same size: a megabyte of
  quote marks, and an unclosed quote at the start of a long text without paragraph breaks.

    python bench/quotes_throughput.py [--mb 2] [--rounds 3]

It measures the engine that ``import desktop_app`` finds, and says which: the source in a
development (editable) install, the mypyc-compiled modules of a wheel install (``pip install .``,
the packaged app; see ``hatch_build.py``). To measure the compiled engine from a checkout:

    pip wheel --no-deps -w /tmp/wheel . && python -m zipfile -e /tmp/wheel/*.whl /tmp/site
    PYTHONPATH=/tmp/site python bench/quotes_throughput.py

Prints the numbers; asserts nothing; exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("desktop_app") is None:  # not installed: use this checkout
    sys.path.insert(0, str(REPO))

from desktop_app.core import quotes as _engine  # noqa: E402
from desktop_app.core.article import load_article  # noqa: E402
from desktop_app.core.quotes import extract_quotes  # noqa: E402

ENGINE = (
    f"pure Python ({_engine.__file__})"
    if str(_engine.__file__).endswith(".py")
    else f"compiled with mypyc ({_engine.__file__})"
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
FLOOR_SCRIPT = SHARED / "bench" / "regex_floor.py"
_FLOOR_PATTERN = re.compile("[\"\u201c\u201d\u2018\u2019']")

_NAMES = [
    *("Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Kowalski", "Mensah", "Ruiz"),
    *("Petrov", "Nakamura", "Oyelaran", "Fischer", "Duarte", "Varga", "Castillo", "Brandt"),
]


def source_articles() -> list[str]:
    """The body texts of the dev set articles and the seed, in a fixed order."""
    paths = sorted((REPO / "tests" / "data" / "quotes").glob("*.txt"))
    paths.append(REPO / "resources" / "article.txt")
    texts = []
    for p in paths:
        try:
            texts.append(load_article(p).text)
        except Exception:  # a broken dev file must not stop the bench
            continue
    return texts


def _vary(text: str, rng: random.Random) -> str:
    """Rename capitalized surnames consistently and change the numbers: a new article."""
    mapping: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        word = m.group()
        if word not in mapping:
            mapping[word] = word if rng.random() < 0.5 else rng.choice(_NAMES)
        return mapping[word]

    text = re.sub(r"(?<=[A-Z][a-z]{2} )[A-Z][a-z]{3,}\b", rename, text)
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 99)), text)


def news_text(n_chars: int, seed: int = 4) -> str:
    rng = random.Random(seed)
    sources = source_articles()
    out: list[str] = []
    size = 0
    k = 0
    while size < n_chars:
        art = _vary(sources[k % len(sources)], rng)
        out.append(art)
        size += len(art) + 2
        k += 1
    return "\n\n".join(out)[:n_chars]


def best_time(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def best_times_alternating(rounds: int, *fns: Callable[[], object]) -> list[float]:
    """The best time of each of ``fns``, run in turn in every round: compared runs see the
    machine in the same state (a shared machine's speed drifts between runs)."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            best[k] = min(best[k], best_time(fn, 1))
    return best


def floor_rate(text: str) -> tuple[float, str]:
    """chars/s of the one-regex floor on ``text``, and how it was measured."""
    if FLOOR_SCRIPT.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "news.txt"
            path.write_text(text, encoding="utf-8")
            out = subprocess.run(
                [sys.executable, str(FLOOR_SCRIPT), str(path)],
                capture_output=True,
                text=True,
                check=False,
            )
        m = re.match(r"(\d+) chars/s", out.stdout)
        if m:
            return float(m.group(1)), str(FLOOR_SCRIPT)
    t = best_time(lambda: sum(1 for _ in _FLOOR_PATTERN.finditer(text)), 5)
    return len(text) / t, "inline one-regex pass"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the base text")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    n = int(args.mb * 1_000_000)
    small = news_text(n)
    big = news_text(4 * n)
    quotes = extract_quotes(small)
    t_small, t_big = best_times_alternating(
        args.rounds, lambda: extract_quotes(small), lambda: extract_quotes(big)
    )
    floor, how = floor_rate(small)
    rate = len(small) / t_small
    print(f"engine: {ENGINE}")
    print(f"text: {len(small):,} chars of news, {len(quotes):,} quotations found")
    print(f"extract_quotes: {rate:,.0f} chars/s ({rate / 1e6:.1f} MB/s), best of {args.rounds}")
    print(f"floor ({how}): {floor:,.0f} chars/s")
    print(f"ratio floor/extract: {floor / rate:.1f}x")
    print(
        f"linearity: {len(big):,} chars in {t_big:.3f}s vs {t_small:.3f}s: "
        f"ratio {t_big / t_small:.2f} (4.0 is linear; target <= 4.5)"
    )

    marks = ("“”\"‘’' " * (1_000_000 // 7 + 1))[:1_000_000]
    normal = news_text(len(marks), seed=7)
    t_normal, t_marks = best_times_alternating(
        args.rounds, lambda: extract_quotes(normal), lambda: extract_quotes(marks)
    )
    runon = "“" + " ".join(normal.split())  # one paragraph, never closed
    t_runon = best_time(lambda: extract_quotes(runon), args.rounds)
    print(
        f"pathological, 1 MB of quote marks: {t_marks:.3f}s = "
        f"{t_marks / t_normal:.2f}x normal text of the same size ({t_normal:.3f}s)"
    )
    print(
        f"pathological, unclosed quote at the start of a 1 MB paragraph: {t_runon:.3f}s = "
        f"{t_runon / t_normal:.2f}x normal text"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
