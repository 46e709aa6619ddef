"""The application icon, from the PNGs in resources/icons (no QtSvg plugin needed)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path

APP_ID = "io.github.article_viewer.ArticleViewer"  # the .desktop and metainfo id
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path(f"icons/article-viewer-{size}.png")), QSize(size, size))
    return icon
