"""Text browsers that show untrusted text (articles, comments) and never load or run anything.

``SafeTextBrowser`` is the one place that rule lives: ``loadResource`` returns nothing (not even
for local files a page names: ``<img src="file:///dev/zero">`` would otherwise hang the app),
links never open by themselves, and :meth:`open_web_link` hands only http(s) URLs to the system
browser, on a click.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget


def is_web_url(url: str | QUrl) -> bool:
    qurl = url if isinstance(url, QUrl) else QUrl(url)
    return qurl.isValid() and qurl.scheme().lower() in ("http", "https") and bool(qurl.host())


class SafeTextBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # drops go to the window, which opens the dropped file

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Never load anything the text names (images, style sheets, local files)."""
        return QByteArray()

    @staticmethod
    def open_web_link(url: QUrl) -> bool:
        """Open ``url`` in the system browser if it is an http(s) link; True if it was."""
        if is_web_url(url):
            QDesktopServices.openUrl(url)
            return True
        return False
