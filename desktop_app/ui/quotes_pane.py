"""The quotes pane: the article's quotations beside it, a filter, and who is quoted how much.

The pane owns the model, the proxy and the background extraction; the window attaches it to
the article view (``attach``) and calls ``set_article`` for each article shown. Selecting a
quotation highlights it in the article; clicking a quotation in the article selects it here.

Signals:
    status_changed(str): a one-line summary for the status bar ("9 quotations · 2 speakers").
    quote_selected(object): the selected Quote, or None.
    comment_requested(object): the reader asked to comment on this Quote.
    quotes_ready(): every quotation of the current article is listed.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.article import Article
from desktop_app.core.quote_types import Quote
from desktop_app.core.speaker_stats import SpeakerTally
from desktop_app.ui.article_view import ArticleView
from desktop_app.ui.quote_delegate import QuoteDelegate, blend
from desktop_app.ui.quote_model import QuoteListModel, attribution
from desktop_app.ui.quote_proxy import QuoteFilterProxy
from desktop_app.ui.quote_worker import Extractor, QuoteWorker
from desktop_app.ui.speakers_panel import SpeakersPanel, plural

if TYPE_CHECKING:  # dialogs load when first shown (start-up)
    from PySide6.QtWidgets import QMessageBox

__all__ = ["EXPORT_FILTERS", "QuotesPane"]

#: Save-dialog filters and the format each one writes.
EXPORT_FILTERS = {
    "CSV (*.csv)": "csv",
    "JSON (*.json)": "json",
    "Markdown (*.md)": "markdown",
}
_SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}
_FORMAT_SUFFIX = {"csv": ".csv", "json": ".json", "markdown": ".md"}

#: Above this many rows every row gets the same height, so the view need not measure them all.
UNIFORM_ROWS = 1500
#: Quotations tinted in the article per event-loop turn while a big article's quotes arrive.
STYLE_CHUNK = 1500
#: How often the tint, the speakers chart and the status line follow arriving batches (ms).
ARRIVAL_INTERVAL_MS = 100


class QuotesPane(QWidget):
    """The list of quotations, its filter and the speakers chart (see the module docstring)."""

    status_changed = Signal(str)
    quote_selected = Signal(object)
    comment_requested = Signal(object)
    quotes_ready = Signal()

    def __init__(self, parent: QWidget | None = None, *, extract: Extractor | None = None) -> None:
        """``extract`` finds the quotations of a text (default: the quote engine's)."""
        super().__init__(parent)
        self.setObjectName("quotesPane")
        self._article: Article | None = None
        self._view: ArticleView | None = None
        self._error: str | None = None
        self._message_box: QMessageBox | None = None
        self._context_menu: QMenu | None = None
        self._resetting = False

        self.model = QuoteListModel(self)
        self._tally = SpeakerTally()  # the model's quotations, counted as they arrive
        self.proxy = QuoteFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.worker = QuoteWorker(self, extract=extract)

        self._build_widgets()
        self._build_actions()
        self._connect()
        self._update_state()

    # --- construction ----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("quoteFilter")
        self.filter_edit.setPlaceholderText("Filter quotes or speakers")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter quotations")
        self.mentions_check = QCheckBox("Show mentions", self)
        self.mentions_check.setObjectName("showMentions")
        self.mentions_check.setToolTip(
            "Also list quoted words that are not speech: titles, terms, scare quotes"
        )

        self.progress = QProgressBar(self)
        self.progress.setObjectName("quoteProgress")
        self.progress.setAccessibleName("Finding quotations")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(4)
        self.progress.setRange(0, 0)
        self.progress.hide()

        self.list_view = QListView(self)
        self.list_view.setObjectName("quoteList")
        self.list_view.setAccessibleName("Quotations")
        self.list_view.setModel(self.proxy)
        self.delegate = QuoteDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap rows on resize
        self.list_view.setFrameShape(QListView.Shape.NoFrame)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("quotesEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setMargin(24)
        self.empty_label.setAutoFillBackground(True)
        self.empty_label.setBackgroundRole(QPalette.ColorRole.Base)
        self._dim_label(self.empty_label)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.empty_label)

        self.speakers = SpeakersPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("quotesSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.speakers)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        # The list takes most of the height from the start, as with later resizes: left to the
        # size hints, the chart took half the pane and clipped the list beside empty rows.
        self.splitter.setSizes([540, 180])

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 8, 8, 6)
        bar.setSpacing(10)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.mentions_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.splitter, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        # While quotations arrive, the article's tint, the speakers chart and the status line
        # are brought up to date a few times a second, not once per batch.
        self._arrival_timer = QTimer(self)
        self._arrival_timer.setSingleShot(True)
        self._unstyled: list[Quote] = []
        self._finishing = False
        self._last_status = ""

    def _dim_label(self, label: QLabel) -> None:
        pal = label.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            text, base = (
                pal.color(group, QPalette.ColorRole.Text),
                pal.color(group, QPalette.ColorRole.Base),
            )
            pal.setColor(group, QPalette.ColorRole.WindowText, blend(text, base, 0.4))
        label.setPalette(pal)

    def _action(self, text: str, *shortcuts: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        return action

    def _build_actions(self) -> None:
        window = Qt.ShortcutContext.WindowShortcut
        self.next_action = self._action("&Next Quote", "F8", "Alt+Down")
        self.next_action.setShortcutContext(window)
        self.next_action.setStatusTip("Select the next quotation and show it in the article")
        self.previous_action = self._action("&Previous Quote", "Shift+F8", "Alt+Up")
        self.previous_action.setShortcutContext(window)
        self.previous_action.setStatusTip(
            "Select the previous quotation and show it in the article"
        )
        # Ctrl+C copies a quotation only while the list has focus; the article keeps its own Copy.
        self.copy_action = self._action("&Copy with Attribution", QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_text_action = self._action("Cop&y")
        self.show_action = self._action("&Show in Article")
        self.comment_action = self._action("Co&mment on This Quote…")
        self.export_action = self._action("&Export Quotes…", "Ctrl+Shift+E")
        self.export_action.setShortcutContext(window)
        self.mentions_action = QAction("Show &Mentions", self)
        self.mentions_action.setCheckable(True)
        self.focus_filter_action = self._action("&Filter Quotes", "Ctrl+Shift+F")
        self.focus_filter_action.setShortcutContext(window)
        for action in (
            self.next_action,
            self.previous_action,
            self.export_action,
            self.focus_filter_action,
        ):
            self.addAction(action)  # window-wide shortcuts, with or without a menu
        self.list_view.addAction(self.copy_action)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self._filter_timer.timeout.connect(self._apply_filter_text)
        self.mentions_check.toggled.connect(self.mentions_action.setChecked)
        self.mentions_action.toggled.connect(self.mentions_check.setChecked)
        self.mentions_action.toggled.connect(self._on_show_mentions)
        self.speakers.speaker_chosen.connect(self._on_speaker_chosen)
        self.proxy.filter_changed.connect(self._on_filter_changed)
        self.proxy.filter_changed.connect(self._update_state)
        self.proxy.modelReset.connect(self._update_state)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.list_view.activated.connect(self._on_activated)
        self.list_view.customContextMenuRequested.connect(self._on_context_menu)
        self.next_action.triggered.connect(self.select_next)
        self.previous_action.triggered.connect(self.select_previous)
        self.copy_action.triggered.connect(self._on_copy_with_attribution)
        self.copy_text_action.triggered.connect(self._on_copy_text)
        self.show_action.triggered.connect(self._on_show_in_article)
        self.comment_action.triggered.connect(self._on_comment)
        self.export_action.triggered.connect(self._on_export)
        self.focus_filter_action.triggered.connect(self._on_focus_filter)
        self.worker.started.connect(self._on_worker_started)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.batch_ready.connect(self._on_batch)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self._arrival_timer.timeout.connect(self._on_arrival_tick)
        self.empty_label.linkActivated.connect(self._on_empty_link)
        for action in (
            self.copy_action,
            self.copy_text_action,
            self.show_action,
            self.comment_action,
        ):
            action.setEnabled(False)

    # --- public API ----------------------------------------------------------------------------

    def attach(self, view: ArticleView) -> None:
        """Follow the selection in ``view`` and answer clicks on its quotations."""
        if self._view is not None:
            self._view.offset_clicked.disconnect(self._on_offset_clicked)
        self._view = view
        view.offset_clicked.connect(self._on_offset_clicked)

    @property
    def article(self) -> Article | None:
        return self._article

    def set_article(self, article: Article) -> None:
        """List ``article``'s quotations: cleared now, filled in the background.

        The attached view is given the article first if it does not show it yet, so it
        paints before any quotation arrives.
        """
        self._article = article
        self._error = None
        if self._view is not None and self._view.article is not article:
            self._view.set_article(article)
        self._resetting = True  # one status update for the whole switch, not one per step
        try:
            self.worker.cancel()
            self._arrival_timer.stop()
            self._unstyled = []
            self._finishing = False
            self._set_uniform(False)
            self.model.clear()
            self._tally.clear()
            self.speakers.set_stats([])
            self.proxy.set_speaker(None)
            self.worker.start(article.text)
        finally:
            self._resetting = False
        self._update_state()

    def is_ready(self) -> bool:
        """True once every quotation of the current article is listed (and tinted)."""
        return self._article is not None and not self.worker.is_running() and not self._finishing

    def current_quote(self) -> Quote | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.proxy.quote(rows[0]) if rows else None

    def select_quote(self, quote: Quote | None) -> bool:
        """Select ``quote`` in the list (clearing filters that hide it); False if not listed."""
        if quote is None:
            self.list_view.selectionModel().clearSelection()
            return True
        try:
            row = self.model.quotes.index(quote)
        except ValueError:
            return False
        return self._select_source_row(row, clear_filters=True)

    def status_text(self) -> str:
        if self._error:
            return self._error
        quotes = self.model.quotes
        if self.worker.is_running():
            return (
                f"Finding quotations… {len(quotes):,} so far" if quotes else "Finding quotations…"
            )
        speech = [q for q in quotes if q.is_speech]
        mentions = len(quotes) - len(speech)
        speakers = len({q.speaker for q in speech if q.speaker})
        if not speech:
            text = "No quotations"
        else:
            text = f"{plural(len(speech), 'quotation')} · {plural(speakers, 'speaker')}"
        if mentions:
            text += f" ({plural(mentions, 'mention')})"
        return text

    # --- navigation ------------------------------------------------------------------------------

    @Slot()
    def select_next(self) -> None:
        self._step(+1)

    @Slot()
    def select_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        count = self.proxy.rowCount()
        if count == 0:
            return
        current = self.list_view.currentIndex()
        selected = current.isValid() and self.list_view.selectionModel().isSelected(current)
        if not selected:
            row = 0 if delta > 0 else count - 1
        else:
            row = min(max(current.row() + delta, 0), count - 1)
        self._select_proxy_index(self.proxy.index(row, 0))

    def _select_proxy_index(self, index: QModelIndex) -> None:
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list_view.scrollTo(index)

    def _select_source_row(self, row: int, *, clear_filters: bool) -> bool:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and clear_filters:
            quote = self.model.quote_at(row)
            if quote is not None and not quote.is_speech:
                self.mentions_action.setChecked(True)
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._select_proxy_index(index)
        return True

    def clear_filters(self) -> None:
        """Show every quotation again: no words, all speakers."""
        self._filter_timer.stop()
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.proxy.clear_filters()
        self.speakers.select_speaker(None)

    # --- slots: filter --------------------------------------------------------------------------

    @Slot(str)
    def _on_filter_text_changed(self, _text: str) -> None:
        if self.model.rowCount() > UNIFORM_ROWS:
            self._filter_timer.start()  # long lists: filter once typing pauses
        else:
            self._apply_filter_text()

    @Slot()
    def _apply_filter_text(self) -> None:
        self.proxy.set_filter_text(self.filter_edit.text())

    @Slot()
    def _on_filter_changed(self) -> None:
        # rows that stay listed show the words now typed marked
        self.delegate.set_marked_words(self.proxy.words)
        self.list_view.viewport().update()

    @Slot(bool)
    def _on_show_mentions(self, show: bool) -> None:
        self.proxy.set_show_mentions(show)

    @Slot(object)
    def _on_speaker_chosen(self, speaker: str | None) -> None:
        self.proxy.set_speaker(speaker)

    @Slot()
    def _on_focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- slots: selection and the article ------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        quote = self.current_quote()
        has = quote is not None
        for action in (
            self.copy_action,
            self.copy_text_action,
            self.show_action,
            self.comment_action,
        ):
            action.setEnabled(has)
        if self._view is not None:
            self._view.highlight_quote(quote)
        self.quote_selected.emit(quote)

    @Slot(int)
    def _on_offset_clicked(self, offset: int) -> None:
        """A click in the article: select the quotation under it, if any.

        A quotation hidden by the filter is still selected (the filter is cleared): the reader
        clicked it, so they want to see it. Hidden mentions stay hidden: their words are not
        marked as quotations in the article.
        """
        rows = self.model.rows_at(offset)
        for row in rows:
            if self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
                self._select_source_row(row, clear_filters=False)
                return
        for row in rows:
            quote = self.model.quote_at(row)
            if quote is not None and (quote.is_speech or self.proxy.show_mentions):
                self._select_source_row(row, clear_filters=True)
                return

    @Slot(QModelIndex)
    def _on_activated(self, _index: QModelIndex) -> None:
        self._on_show_in_article()

    @Slot()
    def _on_show_in_article(self) -> None:
        quote = self.current_quote()
        if quote is not None and self._view is not None:
            self._view.highlight_quote(quote)
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_comment(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            self.comment_requested.emit(quote)

    # --- slots: clipboard and context menu ------------------------------------------------------

    @Slot()
    def _on_copy_with_attribution(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            QGuiApplication.clipboard().setText(attribution(quote))

    @Slot()
    def _on_copy_text(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            QGuiApplication.clipboard().setText(quote.text)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        self._select_proxy_index(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.copy_text_action)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.show_action)
        menu.addAction(self.comment_action)
        self._context_menu = menu
        menu.popup(self.list_view.viewport().mapToGlobal(pos))

    @property
    def context_menu(self) -> QMenu | None:
        """The last context menu shown (tests read its actions)."""
        return self._context_menu

    # --- export -----------------------------------------------------------------------------------

    def export_default_path(self, fmt: str = "csv") -> str:
        article = self._article
        stem = "quotes"
        if article is not None and article.title:
            slug = re.sub(r"[^\w]+", "-", article.title.casefold()).strip("-")[:60]
            stem = f"{slug}-quotes" if slug else stem
        folder = Path(article.source).parent if article and article.source else Path.home()
        return str(folder / f"{stem}{_FORMAT_SUFFIX[fmt]}")

    @Slot()
    def _on_export(self) -> None:
        if not self.model.rowCount():
            return
        from PySide6.QtWidgets import QFileDialog  # loaded when first used (start-up)

        path, chosen = QFileDialog.getSaveFileName(
            self,
            "Export Quotes",
            self.export_default_path(),
            ";;".join(EXPORT_FILTERS),
            next(iter(EXPORT_FILTERS)),
        )
        if path:
            self.export_to(path, EXPORT_FILTERS.get(chosen))

    def export_to(self, path: str | Path, fmt: str | None = None) -> bool:
        """Write every quotation of the article (speech and mentions) as CSV, JSON or Markdown.

        The format comes from the file's extension, else from ``fmt`` (whose extension is
        then added). Returns False, after telling the reader, when the file cannot be written.
        """
        from desktop_app.core import quote_export
        from desktop_app.core.atomic import atomic_write_text

        target = Path(path)
        by_suffix = _SUFFIX_FORMATS.get(target.suffix.lower())
        fmt = by_suffix or fmt or "csv"
        if by_suffix is None:
            target = target.with_name(target.name + _FORMAT_SUFFIX[fmt])
        quotes = list(self.model.quotes)
        if fmt == "json":
            text = quote_export.to_json(quotes)
        elif fmt == "markdown":
            title = self._article.title if self._article and self._article.title else None
            text = quote_export.to_markdown(quotes, title=title)
        else:
            text = quote_export.to_csv(quotes)
        try:
            atomic_write_text(target, text)
        except OSError as e:
            self._show_error("Can’t export the quotes", f"{target}: {e.strerror or e}")
            return False
        self.status_changed.emit(f"Exported {plural(len(quotes), 'quotation')} to {target.name}")
        return True

    def _show_error(self, title: str, message: str) -> None:
        from desktop_app.ui.messages import open_warning

        self._message_box = open_warning(self, title, message, "quotesErrorBox")

    # --- slots: the worker ----------------------------------------------------------------------

    @Slot()
    def _on_worker_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update_state()

    @Slot(int, int)
    def _on_worker_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)

    @Slot(list)
    def _on_batch(self, batch: list[Quote]) -> None:
        first = self.model.rowCount() == 0
        if self.model.rowCount() + len(batch) > UNIFORM_ROWS:
            self._set_uniform(True)
        self.model.append_quotes(batch)
        self._tally.add(batch)
        self._unstyled.extend(batch)
        if first:
            self._on_arrival_tick()  # show the first quotations (and their tint) at once
        elif not self._arrival_timer.isActive():
            self._arrival_timer.start(ARRIVAL_INTERVAL_MS)

    @Slot()
    def _on_arrival_tick(self) -> None:
        self._arrival_timer.stop()
        # Tint at most STYLE_CHUNK quotations per turn: restyling is the slow part.
        chunk, self._unstyled = self._unstyled[:STYLE_CHUNK], self._unstyled[STYLE_CHUNK:]
        if self._view is not None and chunk:
            self._view.set_quotes(chunk)
        if self._unstyled:
            # Once every quotation is in, the rest is tinted turn after turn, without the pause
            # that spaces updates out while batches still arrive (1.2 s of idling for 20,000).
            self._arrival_timer.start(0 if self._finishing else ARRIVAL_INTERVAL_MS)
        self._update_speakers()
        self._update_state()
        if self._finishing and not self._unstyled:
            self._finish_listing()

    @Slot(int)
    def _on_worker_finished(self, _count: int) -> None:
        self._finishing = True  # ready once the article is tinted too
        self._on_arrival_tick()

    def _finish_listing(self) -> None:
        self._finishing = False
        self.progress.hide()
        self._update_state()
        self.quotes_ready.emit()

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._error = message
        self.progress.hide()
        self._update_state()
        self.quotes_ready.emit()

    def _set_uniform(self, uniform: bool) -> None:
        if self.delegate.uniform != uniform:
            self.delegate.uniform = uniform
            self.list_view.setUniformItemSizes(uniform)

    @Slot()
    def _update_speakers(self) -> None:
        self.speakers.set_stats(self._tally.stats(), current=self.proxy.speaker)

    @Slot()
    def _update_state(self) -> None:
        """The empty state, the enabled actions and the status line."""
        if self._resetting:
            return
        has_rows = self.proxy.rowCount() > 0
        running = self.worker.is_running()
        message = ""
        if self._error:
            message = html.escape(self._error)
        elif running and not has_rows:
            message = "Finding quotations…"
        elif self._article is not None and not has_rows:
            if self.proxy.is_filtering():
                what = self.filter_edit.text().strip()
                target = f"“{html.escape(what)}”" if what else "this speaker"
                message = (
                    f"No quotations match {target}.<br><br><a href='clear'>Show all quotations</a>"
                )
            else:
                message = "No quotations in this article"
                hidden = sum(1 for q in self.model.quotes if not q.is_speech)
                if hidden and not self.proxy.show_mentions:
                    message += f"<br><br><a href='mentions'>Show {plural(hidden, 'mention')}</a>"
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label if message else self.list_view)
        self.export_action.setEnabled(self.model.rowCount() > 0 and not running)
        for action in (self.next_action, self.previous_action):
            action.setEnabled(has_rows)
        status = self.status_text()
        if status != self._last_status:
            self._last_status = status
            self.status_changed.emit(status)

    @Slot(str)
    def _on_empty_link(self, link: str) -> None:
        if link == "clear":
            self.clear_filters()
        elif link == "mentions":
            self.mentions_action.setChecked(True)
