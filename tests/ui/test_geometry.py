"""viewport_width() is the viewport's width, without asking PySide for the viewport."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView, QTextBrowser

from desktop_app.ui.geometry import viewport_width


@pytest.mark.parametrize("lines", [1, 400], ids=["no scroll bar", "scroll bar"])
@pytest.mark.parametrize("size", [(300, 200), (800, 600), (1400, 900)])
def test_viewport_width_is_the_viewports_width(qtbot, lines: int, size: tuple[int, int]) -> None:
    browser = QTextBrowser()
    browser.setPlainText("\n".join(f"line {i} of the article" for i in range(lines)))
    view = QListView()
    view.setModel(QStringListModel([f"quotation {i}" for i in range(lines)], view))
    for widget in (browser, view):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        assert widget.verticalScrollBar().isVisible() == (lines > 1)
        assert viewport_width(widget) == widget.viewport().width()
