"""Render resources/icons/article-viewer.svg to the PNG sizes desktops and the window use.

    python packaging/icons.py          # rewrites resources/icons/article-viewer-<N>.png

Run it after editing the SVG and commit the PNGs: building the app never needs QtSvg.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "article-viewer.svg"))
    if not renderer.isValid():
        print("icons: the SVG does not parse", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"article-viewer-{size}.png"
        if not image.save(str(out), "PNG"):
            print(f"icons: could not write {out}", file=sys.stderr)
            return 1
        print(f"{out.relative_to(ICONS.parent.parent)}: {size}x{size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
