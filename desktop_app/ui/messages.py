"""Messages to the reader that do not block the event loop (and that tests can read)."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QMessageBox, QWidget


def open_warning(parent: QWidget, title: str, message: str, object_name: str) -> QMessageBox:
    """A window-modal warning, shown with ``open()``: it deletes itself when closed."""
    Qt = QtCore.Qt
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName(object_name)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
