"""The built wheel carries its resources: installed elsewhere, run from another directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (whl,) = out.glob("article_viewer-*.whl")
    return whl


def test_wheel_contains_the_seed_article(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop_app/resources/article.txt" in names
    assert "desktop_app/resources/icons/article-viewer-256.png" in names
    assert "desktop_app/app.py" in names


def test_installed_wheel_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import desktop_app, desktop_app.resources as r; "
        "print(desktop_app.__file__); print(r.default_article_path())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        check=True,
    )
    package_file, article = out.stdout.split()
    assert package_file.startswith(str(target))  # the wheel's copy, not the checkout
    assert article.startswith(str(target))
    shot = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--screenshot", "shot.png", "--data-dir", "data"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=120,
    )
    assert shot.returncode == 0, shot.stderr
    assert (elsewhere / "shot.png").stat().st_size > 10_000
