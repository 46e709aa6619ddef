"""The read-only, one-column list model base shared by the quote and speaker models."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_AnyIndex = QModelIndex | QPersistentModelIndex


class ReadOnlyListModel(QAbstractListModel):
    """Validates indexes (an index of another model, another column or a stale row is invalid,
    and yields ``None``/no flags instead of raising) and makes rows selectable, not editable.

    Subclasses say how many rows they have in :meth:`row_total`.
    """

    def row_total(self) -> int:
        raise NotImplementedError

    def _valid(self, index: _AnyIndex) -> bool:
        return (
            index.isValid()
            and index.model() is self
            and index.column() == 0
            and 0 <= index.row() < self.row_total()
        )

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.row_total()

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
