#!/usr/bin/env python3
"""Cold start of `article-viewer --screenshot OUT.png` against the floor of a bare Qt window.

The floor is ../shared/bench/qt_floor.py: a QTextBrowser showing the same article beside an empty
QListView, laid out at 1280x800, saving the same PNG. Runs alternate (app, floor, app, floor ...)
so that both see the same machine, and the ratio of medians is printed. Target: at most 1.3x.

The app runs as installed apps run: with its modules' bytecode cached. PYTHONDONTWRITEBYTECODE
is dropped from the runs' environment, so the warm-up run writes desktop_app's __pycache__
(gitignored) as a normal first launch or a wheel install would; otherwise every run would
compile the app's source again, which no real start-up does (PySide6 comes precompiled).

usage: python bench/startup.py [RUNS]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = ROOT.parent / "shared" / "bench" / "qt_floor.py"
ARTICLE = ROOT / "resources" / "article.txt"


def app_command(out: str) -> list[str]:
    exe = shutil.which("article-viewer", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "desktop_app"]
    return [*cmd, "--screenshot", out, str(ARTICLE)]


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    if not FLOOR.is_file():
        print(f"floor not found: {FLOOR} (shared/ must sit beside the repository)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(Path(tmp) / "data"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module docstring
        app_out, floor_out = str(Path(tmp) / "app.png"), str(Path(tmp) / "floor.png")
        floor_cmd = [sys.executable, str(FLOOR), str(ARTICLE), floor_out]
        timed(app_command(app_out), env)  # warm the file cache for both (and write the bytecode)
        timed(floor_cmd, env)
        app_times, floor_times = [], []
        for _ in range(runs):
            app_times.append(timed(app_command(app_out), env))
            floor_times.append(timed(floor_cmd, env))
    app_med, floor_med = statistics.median(app_times), statistics.median(floor_times)
    print(f"app   median {app_med * 1000:7.1f} ms  (min {min(app_times) * 1000:.1f})")
    print(f"floor median {floor_med * 1000:7.1f} ms  (min {min(floor_times) * 1000:.1f})")
    print(f"ratio {app_med / floor_med:.2f}x the floor (target <= 1.30x), {runs} interleaved runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
