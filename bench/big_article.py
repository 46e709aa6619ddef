"""How the app copes with a huge article: 8 MB of news text with about 20,000 quotations.

Runs, each in a fresh offscreen subprocess and interleaved (app, floor, app, floor, ...):

* **app**: the main window (``desktop_app.app.build_window``) opened on the file, started as
  ``article-viewer PATH`` starts it (on Linux a child process finds the quotations while Qt
  starts): time to first paint of the article, time until every quotation is listed, peak
  memory (ru_maxrss).
* **floor**: a bare ``QTextBrowser`` showing the same text with ``setPlainText``: time to first
  paint and peak memory. Nothing can be faster than this; the app is judged against it.

    python bench/big_article.py [--mb 8] [--rounds 2]

Prints a table; asserts nothing. ``make_article_text`` is also used by the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

FIRST = [
    "Ana",
    "Bill",
    "Chen",
    "Dmitry",
    "Elena",
    "Farah",
    "Gustav",
    "Hana",
    "Ivan",
    "Jae-won",
    "Kofi",
    "Lucía",
    "Maya",
    "Nikolai",
    "Olu",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tomás",
]
LAST = [
    "Núñez",
    "Ford",
    "Wei",
    "Rogozin",
    "Petrova",
    "Haddad",
    "Lind",
    "Sato",
    "Krikalev",
    "Park",
    "Mensah",
    "García",
    "Cohen",
    "Volkov",
    "Adeyemi",
    "Raman",
    "Dubois",
    "Silva",
]
ROLES = [
    "the agency's director",
    "a senior engineer",
    "the mission chief",
    "a spokesperson",
    "an analyst at the institute",
    "the minister",
    "a former astronaut",
]
WORDS = " ".join(
    [
        "moon lunar station module launch orbit crew rocket agency budget partners talks ",
        "programme mission timeline schedule experiment research cooperation treaty delay ",
        "science data landing pole water ice habitat power plant robotic rover sample return ",
        "cost contract industry supply engine test flight review safety risk plan",
    ]
).split()
TERMS = ["space race", "lunar gateway", "moonshot", "new frontier", "dual track", "deep space"]


def _sentence(rng: random.Random, lo: int = 8, hi: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0].capitalize()
    return " ".join(words)


def _paragraph(rng: random.Random, people: list[tuple[str, str]]) -> tuple[str, int]:
    """One paragraph and its number of quotations."""
    name, role = rng.choice(people)
    surname = name.split()[-1]
    kind = rng.randrange(8)
    if kind == 0 or kind > 5:  # plain reporting, no quotation
        return f"{_sentence(rng)}. {_sentence(rng)}. {_sentence(rng)}.", 0
    if kind == 1:
        return f"“{_sentence(rng)},” said {name}, {role}. {_sentence(rng)}.", 1
    if kind == 2:
        return f"{_sentence(rng)}. {name} said: “{_sentence(rng)}. {_sentence(rng)}.”", 1
    if kind == 3:
        return f"“{_sentence(rng)},” {surname} said. “{_sentence(rng)}.”", 1
    if kind == 4:
        term = rng.choice(TERMS)
        return (
            f"{_sentence(rng)} what critics call a “{term}” {_sentence(rng, 4, 8).lower()}. "
            f"“{_sentence(rng)},” {surname} added."
        ), 2
    return f"{_sentence(rng)}, {name} told reporters. “{_sentence(rng)}.”", 1


def make_article_text(target_bytes: int = 8_000_000, seed: int = 7) -> tuple[str, int]:
    """A plain-text article (headline, blank-line paragraphs) of about ``target_bytes`` bytes,
    and how many quotations (speech and mentions) were written into it."""
    rng = random.Random(seed)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(60)]
    parts = ["Space", "A very long report on the new race to the moon"]
    size = sum(len(p.encode()) + 2 for p in parts)
    quotes = 0
    while size < target_bytes:
        text, n = _paragraph(rng, people)
        parts.append(text)
        quotes += n
        size += len(text.encode()) + 2
    return "\n\n".join(parts) + "\n", quotes


# --- the two programs, each run in its own process --------------------------------------------

APP = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
try:  # as `article-viewer PATH` starts: the quotations are found by a child while Qt starts
    from desktop_app.core import quote_prefetch
    from desktop_app.core.article import load_article
    if quote_prefetch.available():
        quote_prefetch.start(load_article(sys.argv[1]).text)
except ImportError:  # a checkout from before the child existed
    pass
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.app import build_window
marks = {}
class Paint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.perf_counter() - t0
        return False
window = build_window([sys.argv[1], "--data-dir", sys.argv[2]])
view = window.article_view
painter = Paint()
view.viewport().installEventFilter(painter)
pane = getattr(window, "quotes_pane", None)
marks["extractor"] = "desktop_app.core.quotes"
extract = None
try:
    import desktop_app.core.quotes
except ImportError:  # the quote engine is not there yet: a regex stand-in, named in the output
    import re
    from desktop_app.core.quote_types import Quote, QuotePart
    def extract(text):
        out = []
        for m in re.finditer(r"“([^”]+)”", text):
            p = QuotePart(m.group(1), m.start(1), m.end(1))
            out.append(Quote(p.text, p.start, p.end, (p,)))
        return out
    marks["extractor"] = "regex stand-in"
if pane is None:  # a window without the pane: attach one, as the window will
    from PySide6.QtWidgets import QSplitter
    from desktop_app.ui.quotes_pane import QuotesPane
    pane = QuotesPane()
    pane.attach(view)
    splitter = window.centralWidget()
    if isinstance(splitter, QSplitter):
        splitter.addWidget(pane)
if extract is not None or not pane.worker.is_running():
    pane.worker.extract = extract
    pane.set_article(window.article)
def done():
    marks["listed"] = time.perf_counter() - t0
    marks["quotes"] = pane.model.rowCount() if pane is not None else 0
    marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    to_end(view)
    app.quit()
def to_end(browser):  # lay the whole document out, as reading it to the end would
    from PySide6.QtGui import QTextCursor
    browser.moveCursor(QTextCursor.MoveOperation.End)
    browser.ensureCursorVisible()
    app.processEvents()
if pane is None:
    QTimer.singleShot(0, done)
elif pane.is_ready():
    QTimer.singleShot(0, done)
else:
    pane.quotes_ready.connect(done)
QTimer.singleShot(300_000, app.quit)  # never hang the benchmark
window.show()
app.exec()
marks["rss_end_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(marks))
"""

FLOOR = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication([])
marks = {}
class Paint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.perf_counter() - t0
            QTimer.singleShot(0, done)
        return False
def done():
    from PySide6.QtGui import QTextCursor
    marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    browser.moveCursor(QTextCursor.MoveOperation.End)  # lay the whole document out
    browser.ensureCursorVisible()
    app.processEvents()
    app.quit()
text = open(sys.argv[1], encoding="utf-8").read()
browser = QTextBrowser()
painter = Paint()
browser.viewport().installEventFilter(painter)
browser.setPlainText(text)
browser.resize(1280, 800)
browser.show()
QTimer.singleShot(300_000, app.quit)  # never hang the benchmark
app.exec()
marks["rss_end_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(marks))
"""


def _run(program: str, *args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", program, *args], capture_output=True, text=True, env=env, check=False
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        sys.stderr.write(out.stderr[-2000:])
        return {}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=8.0, help="article size in MB (default 8)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each program (default 2)")
    args = parser.parse_args()

    text, written = make_article_text(int(args.mb * 1_000_000))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big-article.txt"
        path.write_text(text, encoding="utf-8")
        print(f"article: {len(text.encode()) / 1e6:.1f} MB, {written:,} quotations written in")
        app_runs, floor_runs = [], []
        for i in range(args.rounds):
            app_runs.append(_run(APP, str(path), str(Path(tmp) / f"data{i}")))
            floor_runs.append(_run(FLOOR, str(path)))

    def med(runs: list[dict[str, Any]], key: str) -> str:
        values = [r[key] for r in runs if key in r]
        return f"{statistics.median(values):8.2f}" if values else "       -"

    print(f"{'':28}{'app':>10}{'floor':>10}")
    print(f"{'first paint (s)':28}{med(app_runs, 'paint'):>10}{med(floor_runs, 'paint'):>10}")
    print(f"{'all quotes listed (s)':28}{med(app_runs, 'listed'):>10}{'':>10}")
    print(f"{'quotes listed':28}{med(app_runs, 'quotes'):>10}{'':>10}")
    print(f"{'peak memory (MB)':28}{med(app_runs, 'rss_mb'):>10}{med(floor_runs, 'rss_mb'):>10}")
    print(
        f"{'  … after scrolling to end':28}"
        f"{med(app_runs, 'rss_end_mb'):>10}{med(floor_runs, 'rss_end_mb'):>10}"
    )
    extractors = {r.get("extractor") for r in app_runs if r}
    print(f"(median of {args.rounds} runs each, interleaved, offscreen; extractor: {extractors})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
