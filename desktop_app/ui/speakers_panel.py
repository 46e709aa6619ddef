"""Who is quoted: a list of speakers drawn as a small bar chart, and a way to filter by speaker.

Signals (SpeakersPanel):
    speaker_chosen(object): the reader chose a speaker key (``""`` for unattributed
        quotations) or ``None`` for "All speakers".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.speaker_stats import SpeakerStats
from desktop_app.ui.list_model import ReadOnlyListModel
from desktop_app.ui.quote_delegate import blend

__all__ = [
    "IS_ALL_ROLE",
    "QUOTE_COUNT_ROLE",
    "SPEAKER_KEY_ROLE",
    "WORD_COUNT_ROLE",
    "SpeakerListModel",
    "SpeakersPanel",
]

_USER = Qt.ItemDataRole.UserRole.value
SPEAKER_KEY_ROLE = _USER + 1
QUOTE_COUNT_ROLE = _USER + 2
WORD_COUNT_ROLE = _USER + 3
IS_ALL_ROLE = _USER + 4

ALL_SPEAKERS = "All speakers"
UNATTRIBUTED_LABEL = "Unattributed"

_AnyIndex = QModelIndex | QPersistentModelIndex


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


class SpeakerListModel(ReadOnlyListModel):
    """Row 0 is "All speakers" (the totals); then one row per speaker, most quoted first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._stats: list[SpeakerStats] = []
        self._total = SpeakerStats(ALL_SPEAKERS, 0, 0)
        self.max_quotes = 0
        self.max_words = 0

    def set_stats(self, stats: Sequence[SpeakerStats]) -> None:
        self.beginResetModel()
        self._stats = list(stats)
        self._total = SpeakerStats(
            ALL_SPEAKERS, sum(s.quotes for s in stats), sum(s.words for s in stats)
        )
        self.max_quotes = max((s.quotes for s in stats), default=0)
        self.max_words = max((s.words for s in stats), default=0)
        self.endResetModel()

    @property
    def stats(self) -> Sequence[SpeakerStats]:
        return tuple(self._stats)

    def row_of(self, speaker: str | None) -> int:
        """The row of a speaker key (0, "All speakers", for None or an unknown key)."""
        if speaker is None:
            return 0
        for i, s in enumerate(self._stats):
            if s.speaker == speaker:
                return i + 1
        return 0

    def row_total(self) -> int:
        return len(self._stats) + 1

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = index.row()
        stats = self._total if row == 0 else self._stats[row - 1]
        role = int(role.value) if isinstance(role, Qt.ItemDataRole) else int(role)
        name = stats.speaker if row == 0 or not stats.is_unattributed else UNATTRIBUTED_LABEL
        if role == Qt.ItemDataRole.DisplayRole.value:
            return name
        if role in (Qt.ItemDataRole.ToolTipRole.value, Qt.ItemDataRole.AccessibleTextRole.value):
            return (
                f"{name}: {plural(stats.quotes, 'quotation')}, {plural(stats.words, 'word')} quoted"
            )
        if role == SPEAKER_KEY_ROLE:
            return None if row == 0 else stats.speaker
        if role == QUOTE_COUNT_ROLE:
            return stats.quotes
        if role == WORD_COUNT_ROLE:
            return stats.words
        if role == IS_ALL_ROLE:
            return row == 0
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                SPEAKER_KEY_ROLE: QByteArray(b"speaker"),
                QUOTE_COUNT_ROLE: QByteArray(b"quotes"),
                WORD_COUNT_ROLE: QByteArray(b"words"),
                IS_ALL_ROLE: QByteArray(b"isAll"),
            }
        )
        return names


PAD_X = 12.0
PAD_Y = 7.0
BAR_H = 5.0
BAR_GAP = 3.0


def _bar_colors(
    palette: QPalette, group: QPalette.ColorGroup, selected: bool
) -> tuple[QColor, QColor, QColor]:
    """Quotations bar (the accent), words bar (a neutral grey), track: from the palette, so
    light and dark themes both work."""
    role = QPalette.ColorRole
    base = palette.color(group, role.Highlight if selected else role.Base)
    fore = palette.color(group, role.HighlightedText if selected else role.Text)
    accent = fore if selected else palette.color(group, role.Highlight)
    return accent, blend(base, fore, 0.42), blend(base, fore, 0.09)


class SpeakerBarDelegate(QStyledItemDelegate):
    """A speaker's name and counts, above two bars: quotations (strong) and words (light)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        metrics = QFontMetricsF(option.font)
        height = 2 * PAD_Y + metrics.height()
        if not index.data(IS_ALL_ROLE):
            height += 2 * (BAR_GAP + BAR_H)
        return QSize(120, int(height + 0.999))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        name = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        state = opt.state
        palette: QPalette = opt.palette
        group = (
            QPalette.ColorGroup.Active
            if state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        selected = bool(state & QStyle.StateFlag.State_Selected)
        fore = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        back = palette.color(
            group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        quotes, words = (
            int(index.data(QUOTE_COUNT_ROLE) or 0),
            int(index.data(WORD_COUNT_ROLE) or 0),
        )
        is_all = bool(index.data(IS_ALL_ROLE))
        model = index.model()

        rect = QRectF(opt.rect).adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        font = QFont(opt.font)
        if is_all:
            font.setWeight(QFont.Weight.DemiBold)
        small = QFont(opt.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))
        metrics, small_m = QFontMetricsF(font), QFontMetricsF(small)
        counts = f"{plural(quotes, 'quote')} · {plural(words, 'word')}"

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small)
        painter.setPen(blend(fore, back, 0.35))
        count_w = small_m.horizontalAdvance(counts)
        base_y = rect.top() + metrics.ascent()
        painter.drawText(QPointF(rect.right() - count_w, base_y), counts)
        painter.setFont(font)
        painter.setPen(fore)
        if not is_all and index.data(SPEAKER_KEY_ROLE) == "":
            italic = QFont(font)
            italic.setItalic(True)
            painter.setFont(italic)
        label = metrics.elidedText(
            name, Qt.TextElideMode.ElideRight, max(0.0, rect.width() - count_w - 10)
        )
        painter.drawText(QPointF(rect.left(), base_y), label)

        if not is_all and isinstance(model, SpeakerListModel):
            strong, light, track = _bar_colors(palette, group, selected)
            y = rect.top() + metrics.height() + BAR_GAP
            for value, top, color in (
                (quotes, model.max_quotes, strong),
                (words, model.max_words, light),
            ):
                bar = QRectF(rect.left(), y, rect.width(), BAR_H)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(track)
                painter.drawRoundedRect(bar, BAR_H / 2, BAR_H / 2)
                if top > 0 and value > 0:
                    bar.setWidth(max(BAR_H, rect.width() * value / top))
                    painter.setBrush(color)
                    painter.drawRoundedRect(bar, BAR_H / 2, BAR_H / 2)
                y += BAR_H + BAR_GAP
        painter.restore()


class _Legend(QWidget):
    """The chart's key: which bar is quotations and which is words."""

    def sizeHint(self) -> QSize:
        m = QFontMetricsF(self._font())
        return QSize(
            int(m.horizontalAdvance("quotations   words quoted") + 40), int(m.height() + 2)
        )

    def _font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        strong, light, _ = _bar_colors(self.palette(), QPalette.ColorGroup.Active, False)
        text = self.palette().color(QPalette.ColorRole.Text)
        dim = blend(text, self.palette().color(QPalette.ColorRole.Base), 0.4)
        x = float(self.width())
        for label, color in (("words quoted", light), ("quotations", strong)):
            x -= metrics.horizontalAdvance(label)
            painter.setPen(dim)
            painter.drawText(QPointF(x, metrics.ascent() + 1), label)
            x -= 14
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, (self.height() - BAR_H) / 2, 10, BAR_H), 2, 2)
            x -= 12
        painter.end()


class SpeakersPanel(QWidget):
    """The speakers chart; choosing a row filters the quotation list to that speaker."""

    speaker_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakersPanel")
        self.model = SpeakerListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("speakerList")
        self.view.setAccessibleName("Speakers")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SpeakerBarDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setBackgroundRole(QPalette.ColorRole.Base)
        self.view.setAutoFillBackground(True)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self._syncing = False

        title = QLabel("Speakers", self)
        title.setObjectName("speakersTitle")
        bold = QFont(title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        title.setFont(bold)
        title.setBuddy(self.view)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 4)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(_Legend(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)

    def set_stats(self, stats: Sequence[SpeakerStats], current: str | None = None) -> None:
        """Show new counts, keeping ``current`` (a speaker key, or None for all) chosen."""
        self._syncing = True
        try:
            self.model.set_stats(stats)
            self._select_row(self.model.row_of(current))
        finally:
            self._syncing = False

    def select_speaker(self, speaker: str | None) -> None:
        """Show ``speaker`` as chosen without emitting ``speaker_chosen``."""
        self._syncing = True
        try:
            self._select_row(self.model.row_of(speaker))
        finally:
            self._syncing = False

    def current_speaker(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(SPEAKER_KEY_ROLE) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.speaker_chosen.emit(current.data(SPEAKER_KEY_ROLE))
