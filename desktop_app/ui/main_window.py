"""The main window: the article, its quotations beside it, its comments below.

Signals:
    article_changed(object): a new Article is shown.
    ready(): the article is shown and its quotations are listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMessageBox

# Start-up is part of the product: Qt classes and enums cost milliseconds each the first time they
# are touched (the `Qt` namespace alone about 30 ms), so dialogs and enums used only on demand are
# looked up on demand.

from desktop_app.core.article import Article, ArticleError, load_article
from desktop_app.ui.article_view import ArticleView

OPEN_FILTER = (
    "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;"
    "Plain text (*.txt *.text);;Markdown (*.md *.markdown);;Web pages (*.html *.htm *.xhtml);;"
    "All files (*)"
)


class MainWindow(QMainWindow):
    article_changed = Signal(object)
    ready = Signal()

    def __init__(self, article: Article, *, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self._article = article
        self._ready = False
        self._error_box: QMessageBox | None = None
        self.setAcceptDrops(True)

        self.article_view = ArticleView(self)
        self._splitter = QSplitter(self)  # horizontal
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self.article_view)
        self.setCentralWidget(self._splitter)

        self._build_menus()
        self.resize(1280, 800)
        self.show_article(article)

    # --- menus -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.on_open)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Article Viewer", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.on_about)
        self.help_menu.addAction(about)

    # --- articles ----------------------------------------------------------------------------

    @property
    def article(self) -> Article:
        return self._article

    def is_ready(self) -> bool:
        return self._ready

    def show_article(self, article: Article) -> None:
        self._article = article
        self._ready = False
        self.article_view.set_article(article)
        name = article.title or Path(article.source or "").stem or "Untitled"
        self.setWindowTitle(f"{name} — Article Viewer")
        self.statusBar().showMessage(f"{article.word_count:,} words")
        self.article_changed.emit(article)
        self._set_ready()

    def _set_ready(self) -> None:
        self._ready = True
        self.ready.emit()

    def open_path(self, path: str | Path) -> bool:
        """Open an article; on failure tell the user and keep the article shown."""
        try:
            article = load_article(path)
        except ArticleError as e:
            self.show_error("Can’t open this article", str(e))
            return False
        self.show_article(article)
        return True

    def show_error(self, title: str, message: str) -> None:
        """A window-modal message that does not block the event loop (tests can read it)."""
        from PySide6.QtWidgets import QMessageBox

        Qt = QtCore.Qt
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._error_box = box
        box.open()

    @property
    def error_box(self) -> QMessageBox | None:
        return self._error_box

    @Slot()
    def on_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self._article.source).parent) if self._article.source else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", start, OPEN_FILTER)
        if path:
            self.open_path(path)

    @Slot()
    def on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        import desktop_app

        QMessageBox.about(
            self,
            "About Article Viewer",
            f"<h3>Article Viewer {desktop_app.__version__}</h3>"
            "<p>Read news articles, see every quotation with its speaker, and leave comments.</p>",
        )

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
