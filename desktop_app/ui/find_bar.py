"""Find in the article: a bar under the article (not a modal dialog).

Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous one, Escape closes.
Every match is highlighted and the bar says "3 of 12".
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop_app.ui.article_view import ArticleView


class FindBar(QWidget):
    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText("Find in article")
        self.edit.setAccessibleName("Find in article")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._on_text_changed)
        view.find_changed.connect(self._show)  # retypeset, or another article opened
        # Enter reaches keyPressEvent below: QLineEdit passes Return on to its parent.
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        for text, tip, name, slot in (
            ("▲", "Previous match (Shift+Enter, Shift+F3)", "Previous match", self.find_previous),
            ("▼", "Next match (Enter, F3)", "Next match", self.find_next),
            ("✕", "Close (Escape)", "Close find bar", self.close_bar),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text():
            self._on_text_changed(self.edit.text())

    @Slot()
    def close_bar(self) -> None:
        self._view.clear_find()
        self.hide()
        self._view.setFocus()

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        count = self._view.find_all(text)
        if count:
            self._show(*self._view.find_step())
        else:
            self.count_label.setText("No matches" if text else "")

    @Slot()
    def find_next(self) -> None:
        if self.isHidden():
            self.open_bar()
            return
        self._show(*self._view.find_step())

    @Slot()
    def find_previous(self) -> None:
        if self.isHidden():
            self.open_bar()
            return
        self._show(*self._view.find_step(backward=True))

    @Slot(int, int)
    def _show(self, index: int, count: int) -> None:
        if not count:
            self.count_label.setText("No matches")
        else:
            self.count_label.setText(f"{index} of {count}" if index else f"{count} matches")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        Qt = QtCore.Qt
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
        else:
            super().keyPressEvent(event)
