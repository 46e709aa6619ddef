"""The main window: the article, its quotations beside it, its comments below.

Signals:
    article_changed(object): a new Article is shown.
    ready(): the article is shown and its quotations are listed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from desktop_app.core.article import Article, ArticleError, load_article
from desktop_app.core.comment_store import CommentStore
from desktop_app.ui.article_document import THEMES
from desktop_app.ui.article_view import ArticleView
from desktop_app.ui.comments_panel import CommentsPanel
from desktop_app.ui.find_bar import FindBar
from desktop_app.ui.quotes_pane import QuotesPane
from desktop_app.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMessageBox

# Start-up is part of the product: Qt classes and enums cost milliseconds each the first time they
# are touched, so dialogs and printing are imported when they are first used.

OPEN_FILTER = (
    "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;"
    "Plain text (*.txt *.text);;Markdown (*.md *.markdown);;Web pages (*.html *.htm *.xhtml);;"
    "All files (*)"
)


class MainWindow(QMainWindow):
    article_changed = Signal(object)
    ready = Signal()

    def __init__(
        self,
        article: Article,
        *,
        data_dir: Path,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.settings = settings
        self._article = article
        self._error_box: QMessageBox | None = None
        self.setAcceptDrops(True)

        self.article_view = ArticleView(self)
        self.find_bar = FindBar(self.article_view, self)
        self.quotes_pane = QuotesPane(self)
        self.quotes_pane.attach(self.article_view)
        self.quotes_pane.quotes_ready.connect(self.ready)
        self.quotes_pane.status_changed.connect(self._on_quotes_status)

        self.comments_panel = CommentsPanel(
            CommentStore.in_directory(data_dir), self, settings=settings.qsettings
        )
        self.comments_panel.problem_found.connect(self._on_store_problem)
        self.quotes_pane.comment_requested.connect(self.comments_panel.comment_on_quote)

        article_box = QWidget(self)
        column = QVBoxLayout(article_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.article_view, 1)
        column.addWidget(self.find_bar)
        self._reading = QSplitter(QtCore.Qt.Orientation.Vertical, self)  # article / comments
        self._reading.setObjectName("readingSplitter")
        self._reading.addWidget(article_box)
        self._reading.addWidget(self.comments_panel)
        self._reading.setCollapsible(0, False)
        self._reading.setStretchFactor(0, 4)
        self._reading.setStretchFactor(1, 1)
        self._reading.setSizes([600, 160])
        self._splitter = QSplitter(self)  # horizontal: reading column | quotes
        self._splitter.setObjectName("mainSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._reading)
        self._splitter.addWidget(self.quotes_pane)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([860, 420])
        self.setCentralWidget(self._splitter)

        self._apply_reading_settings()
        self._build_menus()
        self.resize(1280, 800)
        self._restore_window_state()
        if settings.problem:
            self.statusBar().showMessage(settings.problem, 15_000)
        self.show_article(article)

    # --- menus -------------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        *shortcuts: str | QKeySequence.StandardKey,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _choices(
        self,
        menu: QMenu,
        choices: tuple[tuple[str, str], ...],
        current: str,
        choose: Callable[[str], None],
    ) -> dict[str, QAction]:
        """One checkable action per (key, label), exclusive; triggering one calls choose(key)."""
        group = QActionGroup(self)
        actions: dict[str, QAction] = {}
        for key, label in choices:
            action = QAction(label, group)
            action.setCheckable(True)
            action.setChecked(current == key)
            action.triggered.connect(lambda _=False, k=key: choose(k))
            menu.addAction(action)
            actions[key] = action
        return actions

    def _build_menus(self) -> None:
        bar = self.menuBar()
        pane = self.quotes_pane
        view = self.article_view

        file_menu = bar.addMenu("&File")
        self.open_action = self._action(
            file_menu, "&Open…", self.on_open, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        self._update_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(pane.export_action)
        self.export_pdf_action = self._action(
            file_menu, "Export as &PDF…", self.on_export_pdf, "Ctrl+Shift+P"
        )
        self.print_action = self._action(
            file_menu, "&Print…", self.on_print, QKeySequence.StandardKey.Print
        )
        file_menu.addSeparator()
        quit_action = self._action(file_menu, "&Quit", self.close, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(pane.copy_action)
        self.find_action = self._action(
            edit_menu, "&Find in Article…", self.find_bar.open_bar, QKeySequence.StandardKey.Find
        )
        self._action(edit_menu, "Find &Next", self.find_bar.find_next, "F3")
        self._action(edit_menu, "Find Pre&vious", self.find_bar.find_previous, "Shift+F3")
        edit_menu.addAction(pane.focus_filter_action)

        view_menu = bar.addMenu("&View")
        self.zoom_in_action = self._action(
            view_menu, "Zoom &In", view.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+="
        )
        self.zoom_out_action = self._action(
            view_menu, "Zoom &Out", view.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_reset_action = self._action(view_menu, "&Actual Size", view.zoom_reset, "Ctrl+0")
        view_menu.addSeparator()
        self.font_actions = self._choices(
            view_menu,
            (("serif", "&Serif Font"), ("sans", "Sa&ns-Serif Font")),
            self.settings.font_family,
            self.set_font_family,
        )
        view_menu.addSeparator()
        self.theme_actions = self._choices(
            view_menu.addMenu("&Theme"),
            (
                ("system", "Follow &System"),
                ("light", "&Light"),
                ("sepia", "S&epia"),
                ("dark", "&Dark"),
            ),
            self.settings.theme,
            self.set_theme,
        )
        view_menu.addSeparator()
        view_menu.addAction(pane.mentions_action)

        quotes_menu = bar.addMenu("&Quotes")
        quotes_menu.addAction(pane.next_action)
        quotes_menu.addAction(pane.previous_action)
        quotes_menu.addSeparator()
        quotes_menu.addAction(pane.show_action)
        quotes_menu.addAction(pane.copy_text_action)
        quotes_menu.addAction(pane.copy_action)
        quotes_menu.addAction(pane.comment_action)
        self.quotes_menu = quotes_menu

        comments_menu = bar.addMenu("&Comments")
        self.reply_action = self._action(
            comments_menu, "&Leave a Reply…", self.comments_panel.new_comment, "Ctrl+Shift+R"
        )

        self.help_menu = bar.addMenu("&Help")
        self._action(self.help_menu, "&Keyboard Shortcuts", self.on_shortcuts, "Ctrl+/", "F1")
        about = self._action(self.help_menu, "&About Article Viewer", self.on_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def all_actions(self) -> list[QAction]:
        """Every action reachable from the menus, in menu order (for the shortcuts list)."""
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())  # type: ignore[arg-type]
                elif not action.isSeparator():
                    found.append(action)

        for top in self.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())  # type: ignore[arg-type]
        return found

    # --- articles ----------------------------------------------------------------------------

    @property
    def article(self) -> Article:
        return self._article

    def is_ready(self) -> bool:
        return self.quotes_pane.is_ready()

    def show_article(self, article: Article) -> None:
        self._article = article
        self._words = article.word_count  # counted once: the status bar updates often
        self.article_view.set_article(article)
        name = article.title or Path(article.source or "").stem or "Untitled"
        self.setWindowTitle(f"{name} — Article Viewer")
        self.article_changed.emit(article)
        self.quotes_pane.set_article(article)
        self.comments_panel.set_article(article)

    def open_path(self, path: str | Path) -> bool:
        """Open an article; on failure tell the user and keep the article shown."""
        try:
            article = load_article(path)
        except ArticleError as e:
            self.show_error("Can’t open this article", str(e))
            return False
        self.show_article(article)
        self.settings.add_recent(str(Path(path).resolve()))
        self._update_recent_menu()
        return True

    def show_error(self, title: str, message: str) -> None:
        """A window-modal message that does not block the event loop (tests can read it)."""
        from desktop_app.ui.messages import open_warning

        self._error_box = open_warning(self, title, message, "errorBox")

    @Slot(str)
    def _on_store_problem(self, message: str) -> None:
        self.show_error("Comments", message)

    @Slot(str)
    def _on_quotes_status(self, text: str) -> None:
        words = self._words
        self.statusBar().showMessage(f"{text}  ·  {words:,} words" if text else f"{words:,} words")

    @Slot()
    def on_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self._article.source).parent) if self._article.source else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", start, OPEN_FILTER)
        if path:
            self.open_path(path)

    def _update_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_files
        for i, path in enumerate(recent, 1):
            label = f"&{i} {Path(path).name}" if i < 10 else Path(path).name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if recent:
            menu.addSeparator()
            menu.addAction("&Clear Menu").triggered.connect(self._on_clear_recent)
        menu.setEnabled(bool(recent))

    @Slot()
    def _on_clear_recent(self) -> None:
        self.settings.clear_recent()
        self._update_recent_menu()

    # --- reading comfort -----------------------------------------------------------------------

    def _apply_reading_settings(self) -> None:
        view = self.article_view
        view.set_font_size(self.settings.font_size)
        view.set_sans(self.settings.font_family == "sans")
        view.set_theme(THEMES[self._theme_name(self.settings.theme)])
        view.zoom_changed.connect(self._on_zoom_changed)

    @staticmethod
    def _theme_name(choice: str) -> str:
        if choice != "system":
            return choice
        from PySide6.QtGui import QGuiApplication

        scheme = QGuiApplication.styleHints().colorScheme()
        return "dark" if scheme == QtCore.Qt.ColorScheme.Dark else "light"

    @Slot(float)
    def _on_zoom_changed(self, size: float) -> None:
        self.settings.font_size = size
        self.statusBar().showMessage(f"Text size {size:g} pt", 2000)

    def set_font_family(self, family: str) -> None:
        self.settings.font_family = family
        self.article_view.set_sans(family == "sans")
        self.font_actions[family].setChecked(True)

    def set_theme(self, choice: str) -> None:
        self.settings.theme = choice
        self.article_view.set_theme(THEMES[self._theme_name(choice)])
        self.theme_actions[choice].setChecked(True)

    # --- print and PDF -------------------------------------------------------------------------

    @Slot()
    def on_export_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        stem = Path(self._article.source or "article").stem
        path, _ = QFileDialog.getSaveFileName(
            self, "Export as PDF", f"{stem}.pdf", "PDF documents (*.pdf)"
        )
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str) -> bool:
        from desktop_app.ui.printing import export_pdf

        try:
            export_pdf(self.article_view.document(), path, self._article.title)
        except OSError as e:
            self.show_error("Can’t export the PDF", str(e))
            return False
        if not Path(path).is_file():
            self.show_error("Can’t export the PDF", f"Nothing could be written to {path}.")
            return False
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    @Slot()
    def on_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop_app.ui.printing import printable

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            printable(self.article_view.document()).print_(printer)

    # --- help ----------------------------------------------------------------------------------

    @Slot()
    def on_shortcuts(self) -> None:
        from desktop_app.ui.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self.all_actions(), self).open()

    @Slot()
    def on_about(self) -> None:
        from desktop_app.ui.help_dialogs import AboutDialog

        AboutDialog(self).open()

    # --- window state --------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        if geometry := self.settings.state("geometry"):
            self.restoreGeometry(geometry)
        if splitter := self.settings.state("splitter"):
            self._splitter.restoreState(splitter)
        if reading := self.settings.state("reading_splitter"):
            self._reading.restoreState(reading)
        if quotes := self.settings.state("quotes_splitter"):
            self.quotes_pane.splitter.restoreState(quotes)

    def save_window_state(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("splitter", self._splitter.saveState())
        self.settings.set_state("reading_splitter", self._reading.saveState())
        self.settings.set_state("quotes_splitter", self.quotes_pane.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)

    # --- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())
