"""Widget geometry that start-up needs, asked of Qt in the cheapest way."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea

__all__ = ["viewport_width"]


def viewport_width(area: QAbstractScrollArea) -> int:
    """``area.viewport().width()``, worked out without asking for the viewport.

    The first Python wrapper PySide makes for a viewport resolves every QWidget class it knows
    (dialogs, wizards, tab bars ... with all their enums): 10 ms of start-up. The viewport is
    the area inside the frame and margins, less the vertical scroll bar when it shows.
    """
    width = area.maximumViewportSize().width()
    bar = area.verticalScrollBar()
    if bar.isVisibleTo(area):
        width -= bar.width()
    return width
