"""The core is plain Python: importing it (and using it) never loads Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import desktop_app.core


def test_core_modules_import_without_qt() -> None:
    modules = [
        f"desktop_app.core.{m.name}" for m in pkgutil.iter_modules(desktop_app.core.__path__)
    ]
    assert "desktop_app.core.article" in modules
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import desktop_app.core.article as a\n"
        "a.load_article(sys.argv[1])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(bad)\n"
    )
    seed = str(__import__("pathlib").Path(__file__).parents[2] / "resources" / "article.txt")
    out = subprocess.run(
        [sys.executable, "-c", code, seed], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
