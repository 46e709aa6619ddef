"""Guard against PySide6 6.12.0's refcount bug (see pyproject.toml's pin)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_none_refcount_survives_many_void_calls(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 5
