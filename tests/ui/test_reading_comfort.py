"""Reading comfort: zoom, fonts, themes, find bar, recent files, window state, PDF, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget

from desktop_app.app import build_window
from desktop_app.ui.main_window import MainWindow

DATA = Path(__file__).parents[1] / "data" / "articles"


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    def make() -> MainWindow:
        win = build_window(["--data-dir", str(tmp_path / "data")])
        assert isinstance(win, MainWindow)
        qtbot.addWidget(win)
        with qtbot.waitActive(win):  # window shortcuts need an active window
            win.show()
            win.activateWindow()
        return win

    return make


def body_point_size(win: MainWindow) -> float:
    return win.article_view.document().defaultFont().pointSizeF()


def test_zoom_changes_the_article_font_and_persists(make_window, qtbot) -> None:
    win = make_window()
    start = body_point_size(win)
    qtbot.keyClick(win.article_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = body_point_size(win)
    assert bigger > start
    qtbot.keyClick(win.article_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win.article_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert body_point_size(win) < bigger
    win.zoom_in_action.trigger()
    remembered = body_point_size(win)
    win.close()
    again = make_window()
    assert body_point_size(again) == remembered
    again.zoom_reset_action.trigger()
    assert body_point_size(again) == 13.0


def test_ctrl_wheel_zooms(make_window) -> None:
    win = make_window()
    view = win.article_view
    start = body_point_size(win)
    event = QWheelEvent(
        QPointF(50, 50),
        QPointF(view.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(event)
    assert body_point_size(win) > start


def test_font_family_choice_persists(make_window) -> None:
    win = make_window()
    assert "Serif" in " ".join(win.article_view.document().defaultFont().families())
    win.font_actions["sans"].trigger()
    assert "DejaVu Sans" in win.article_view.document().defaultFont().families()
    win.close()
    again = make_window()
    assert again.font_actions["sans"].isChecked()
    assert "DejaVu Sans" in again.article_view.document().defaultFont().families()


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_theme_changes_the_palette_and_persists(make_window, theme: str) -> None:
    win = make_window()
    win.theme_actions[theme].trigger()
    base = win.article_view.palette().color(QPalette.ColorRole.Base)
    text = win.article_view.palette().color(QPalette.ColorRole.Text)
    if theme == "dark":
        assert base.lightness() < 60 and text.lightness() > 180
    else:
        assert base.lightness() > 200 and text.lightness() < 80
    if theme == "sepia":
        assert base.red() > base.blue() + 20  # warm paper
    win.close()
    again = make_window()
    assert again.theme_actions[theme].isChecked()
    assert again.article_view.palette().color(QPalette.ColorRole.Base) == base


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_quote_highlight_stays_readable_in_every_theme(make_window, theme: str) -> None:
    win = make_window()
    win.theme_actions[theme].trigger()
    pal = win.article_view.palette()
    highlight = pal.color(QPalette.ColorRole.Highlight)
    on_highlight = pal.color(QPalette.ColorRole.HighlightedText)

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(highlight), luminance(on_highlight)), reverse=True)
    assert (hi + 0.05) / (lo + 0.05) >= 4.5  # WCAG AA contrast


def test_find_bar_highlights_counts_and_moves(make_window, qtbot) -> None:
    win = make_window()
    view = win.article_view
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = win.find_bar
    assert bar.isVisible()
    edit = bar.findChild(QLineEdit, "findEdit")
    count = bar.findChild(QLabel, "findCount")
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "china")
    expected = view.toPlainText().lower().count("china")
    assert expected > 3
    assert count.text() == f"1 of {expected}"
    assert len(view.extraSelections()) == expected
    assert view.textCursor().selectedText().lower() == "china"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert count.text() == f"2 of {expected}"
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert count.text() == f"1 of {expected}"
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert count.text() == f"{expected} of {expected}"  # wraps
    qtbot.keyClick(edit, Qt.Key.Key_F3)
    assert count.text() == f"1 of {expected}"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.extraSelections() == []


def test_find_marks_stay_through_zoom_theme_and_font(make_window, qtbot) -> None:
    win = make_window()
    view = win.article_view
    win.find_action.trigger()
    edit = win.find_bar.findChild(QLineEdit, "findEdit")
    count = win.find_bar.findChild(QLabel, "findCount")
    qtbot.keyClicks(edit, "china")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    expected = view.toPlainText().lower().count("china")
    assert count.text() == f"2 of {expected}"
    for change in (win.zoom_in_action.trigger, lambda: win.set_theme("sepia")):
        change()
        assert len(view.extraSelections()) == expected  # every match still marked
        assert count.text() == f"2 of {expected}"
        current = [
            s
            for s in view.extraSelections()
            if s.format.background().color().name() == view.theme.highlight
        ]
        assert len(current) == 1 and current[0].cursor.selectedText().lower() == "china"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert count.text() == f"3 of {expected}"  # and the next match is the one after it


def test_find_counts_again_in_another_article(make_window, qtbot, tmp_path: Path) -> None:
    win = make_window()
    win.find_action.trigger()
    edit = win.find_bar.findChild(QLineEdit, "findEdit")
    count = win.find_bar.findChild(QLabel, "findCount")
    qtbot.keyClicks(edit, "china")
    other = tmp_path / "other.txt"
    other.write_text("World\nA second article\n\nChina and China again; no other match.\n")
    win.open_path(str(other))
    assert count.text() == "2 matches"
    assert len(win.article_view.extraSelections()) == 2
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert count.text() == "1 of 2"


def test_find_with_no_match(make_window, qtbot) -> None:
    win = make_window()
    win.find_action.trigger()
    qtbot.keyClicks(win.find_bar.edit, "zebra crossing")
    assert win.find_bar.count_label.text() == "No matches"


def test_recent_files_list_updates(make_window) -> None:
    win = make_window()
    assert not win.recent_menu.isEnabled()
    win.open_path(DATA / "probe.txt")
    win.open_path(DATA / "probe.md")
    win.open_path(DATA / "probe.txt")
    paths = [a.data() for a in win.recent_menu.actions() if a.data()]
    assert paths == [str((DATA / "probe.txt").resolve()), str((DATA / "probe.md").resolve())]
    win.close()
    again = make_window()
    entries = [a for a in again.recent_menu.actions() if a.data()]
    assert len(entries) == 2
    entries[1].trigger()
    assert again.article.source and again.article.source.endswith("probe.md")


def test_geometry_and_panes_restore(make_window, qtbot) -> None:
    win = make_window()
    win.resize(760, 560)  # within the offscreen screen (800x600): restoring clamps to the screen
    qtbot.waitUntil(win.is_ready)
    win.quotes_pane.layout().activate()  # (the progress bar, hidden once listed, freed height)
    win._splitter.setSizes([480, 280])
    win._reading.setSizes([300, 200])
    win.quotes_pane.splitter.setSizes([250, 230])
    panes = [s.sizes() for s in (win._splitter, win._reading, win.quotes_pane.splitter)]
    win.close()
    again = make_window()
    qtbot.waitUntil(again.is_ready)
    again.quotes_pane.layout().activate()
    assert (again.width(), again.height()) == (760, 560)
    assert [s.sizes() for s in (again._splitter, again._reading, again.quotes_pane.splitter)] == (
        panes
    )


def test_the_quote_list_gets_most_of_its_pane_from_the_start(make_window, qtbot) -> None:
    win = make_window()
    win.resize(1280, 800)
    qtbot.waitUntil(win.is_ready)
    listed, chart = win.quotes_pane.splitter.sizes()
    assert listed >= 2.5 * chart


def test_corrupt_settings_file_is_ignored_with_a_warning(make_window, tmp_path: Path) -> None:
    import platformdirs

    config = Path(platformdirs.user_config_dir("article-viewer", appauthor=False))
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.ini").write_bytes(b"[reading]\nfont_size=\x00\xff\xfe garbage\n[[[\n")
    win = make_window()  # starts
    assert body_point_size(win) == 13.0
    (config / "settings.ini").write_text("[reading]\nfont_size=enormous\ntheme=plaid\n")
    win2 = make_window()
    assert body_point_size(win2) == 13.0
    assert win2.theme_actions["system"].isChecked()


def test_export_pdf_contains_the_headline(make_window, tmp_path: Path) -> None:
    win = make_window()
    out = tmp_path / "article.pdf"
    assert win.export_pdf(str(out))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Russia and China are talking of cooperating" in " ".join(text.split())
    assert "MOON" in text.upper()


def test_keyboard_shortcuts_dialog_lists_every_shortcut(make_window, qtbot) -> None:
    win = make_window()
    win.on_shortcuts()
    dialog = win.findChild(QTableWidget, "shortcutsTable")
    assert dialog is not None
    listed = {dialog.item(r, 0).text() for r in range(dialog.rowCount())}
    with_keys = {
        a.text().replace("&", "").rstrip("…").strip()
        for a in win.all_actions()
        if any(k.toString() for k in a.shortcuts())
    }
    assert with_keys <= listed
    assert {"Open", "Find in Article", "Zoom In", "Next Quote"} <= listed


def test_about_shows_version_and_licenses(make_window) -> None:
    import desktop_app
    from desktop_app.ui.help_dialogs import AboutDialog

    win = make_window()
    win.on_about()
    about = win.findChild(AboutDialog)
    text = about.text.toPlainText()
    assert desktop_app.__version__ in text
    assert "LGPL" in text and "trafilatura" in text and "Apache-2.0" in text


@pytest.mark.parametrize("size", [(800, 600), (2560, 1440)])
def test_usable_at_small_and_large_sizes(make_window, size: tuple[int, int]) -> None:
    win = make_window()
    win.resize(*size)
    win.grab()
    assert win.article_view.width() >= 380
    assert win.quotes_pane.width() >= 200
    assert win.article_view.isVisible() and win.quotes_pane.isVisible()
