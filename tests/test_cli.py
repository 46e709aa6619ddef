"""The command line as a user runs it: version, screenshot, bad paths (in a subprocess each)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert out.stdout.strip() == f"article-viewer {version}"


def test_screenshot_of_the_seed_article(tmp_path: Path) -> None:
    png = tmp_path / "seed.png"
    out = run("--screenshot", str(png), "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank window: the page has text on it.
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20


@pytest.mark.parametrize("screenshot", [False, True])
def test_bad_path_exits_non_zero_with_a_message(tmp_path: Path, screenshot: bool) -> None:
    args = ["--screenshot", str(tmp_path / "x.png")] if screenshot else []
    out = run(*args, str(tmp_path / "missing.txt"))
    assert out.returncode == 1
    assert "missing.txt" in out.stderr and "does not exist" in out.stderr
    assert not (tmp_path / "x.png").exists()
