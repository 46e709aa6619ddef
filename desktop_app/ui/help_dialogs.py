"""Help > Keyboard Shortcuts (made from the window's own actions, so it is never out of date)
and Help > About (version, and the licenses of the libraries the app ships)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

#: Libraries shipped with the app: (distribution, license).
LIBRARIES = (
    ("PySide6-Essentials", "LGPL-3.0-only (Qt for Python and Qt 6)"),
    ("shiboken6", "LGPL-3.0-only"),
    ("trafilatura", "Apache-2.0"),
    ("lxml", "BSD-3-Clause"),
    ("markdown-it-py", "MIT"),
    ("platformdirs", "MIT"),
    ("email-validator", "Unlicense"),
    ("filelock", "Unlicense"),
)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, in menu order, without duplicates."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in actions:
        keys = ", ".join(
            text
            for k in action.shortcuts()
            if (text := k.toString(QKeySequence.SequenceFormat.NativeText))
        )
        if not keys:
            continue
        row = (action.text().replace("&", "").rstrip("…").strip(), keys)
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard Shortcuts")
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(["Action", "Shortcut"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (what, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(what))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 520)


def _installed_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def about_html() -> str:
    import desktop_app

    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(_installed_version(name))}</td>"
        f"<td>{escape(license_)}</td></tr>"
        for name, license_ in LIBRARIES
    )
    return (
        f"<h2>Article Viewer {escape(desktop_app.__version__)}</h2>"
        "<p>Read news articles, see every direct quotation with its speaker, and leave "
        "comments that are kept on this computer.</p>"
        "<h3>Libraries</h3>"
        "<table cellspacing=0 cellpadding=3><tr><th align=left>Library</th>"
        f"<th align=left>Version</th><th align=left>License</th></tr>{rows}</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About Article Viewer")
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 420)
