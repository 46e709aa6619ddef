#!/usr/bin/env python3
"""Screenshots for the README, made from the real window (offscreen), like --screenshot does.

usage: python docs/make_screenshots.py [OUT_DIR]   (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
home = tempfile.mkdtemp(prefix="article-viewer-shots-")
os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")  # the user's settings stay untouched

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.app import build_window  # noqa: E402


def settle(window: object) -> None:
    loop = QEventLoop()
    if not window.is_ready():  # type: ignore[attr-defined]
        window.ready.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
    for _ in range(3):
        QApplication.processEvents()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(["--data-dir", str(Path(home) / "data")])
    window.resize(1280, 800)
    window.show()
    settle(window)
    window.grab().save(str(out / "seed.png"))
    pane = window.quotes_pane  # type: ignore[attr-defined]
    pane.select_next()
    pane.select_next()
    QApplication.processEvents()
    window.grab().save(str(out / "quote-selected.png"))
    pane.speakers.grab().save(str(out / "speakers.png"))
    for theme in ("light", "sepia", "dark"):
        window.set_theme(theme)  # type: ignore[attr-defined]
        QApplication.processEvents()
        window.grab().save(str(out / f"theme-{theme}.png"))
    window.set_theme("system")  # type: ignore[attr-defined]
    dialog = window.comments_panel.new_comment()  # type: ignore[attr-defined]
    QApplication.processEvents()
    dialog.grab().save(str(out / "leave-a-reply.png"))
    dialog.reject()
    window.close()
    app.quit()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
