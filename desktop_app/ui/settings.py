"""Typed, forgiving access to the app's QSettings.

Settings never break a start: a value of the wrong type or out of range reads as its default,
and a file Qt cannot parse is ignored with a warning (``problem``) and not written over.
The INI file lives at a path passed in (by default in the platform's user config dir), so tests
and ``--config-dir`` redirect it and Qt's per-process path cache never matters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "sepia", "dark")
FONT_FAMILIES = ("serif", "sans")
MIN_FONT, MAX_FONT, DEFAULT_FONT = 8.0, 40.0, 13.0
MAX_RECENT = 10


class Settings:
    """The app's preferences and remembered state, each with a safe default."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.problem: str | None = None
        if self.qsettings.status() != QSettings.Status.NoError:
            self.problem = (
                f"The settings file {path} could not be read and is ignored; "
                "your preferences are back to their defaults for this session."
            )
            # Keep the user's file as it is; work from an in-memory copy instead.
            self.qsettings = QSettings(str(path) + ".unused", QSettings.Format.IniFormat)
            self._read_only = True
        else:
            self._read_only = False

    # --- helpers -----------------------------------------------------------------------------

    def _get(self, key: str) -> Any:
        return self.qsettings.value(key)

    def _set(self, key: str, value: Any) -> None:
        if not self._read_only:
            self.qsettings.setValue(key, value)

    def sync(self) -> None:
        if not self._read_only:
            self.qsettings.sync()

    # --- reading -----------------------------------------------------------------------------

    @property
    def font_size(self) -> float:
        try:
            value = float(self._get("reading/font_size"))
        except (TypeError, ValueError):
            return DEFAULT_FONT
        return value if MIN_FONT <= value <= MAX_FONT else DEFAULT_FONT

    @font_size.setter
    def font_size(self, value: float) -> None:
        self._set("reading/font_size", float(min(MAX_FONT, max(MIN_FONT, value))))

    @property
    def font_family(self) -> str:
        value = self._get("reading/font_family")
        return value if value in FONT_FAMILIES else "serif"

    @font_family.setter
    def font_family(self, value: str) -> None:
        if value in FONT_FAMILIES:
            self._set("reading/font_family", value)

    @property
    def theme(self) -> str:
        value = self._get("reading/theme")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value in THEMES:
            self._set("reading/theme", value)

    # --- recent files --------------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        value = self._get("files/recent")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: str) -> list[str]:
        files = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT]
        self._set("files/recent", files)
        return files

    def clear_recent(self) -> None:
        self._set("files/recent", [])

    # --- window state --------------------------------------------------------------------------

    def state(self, key: str) -> QByteArray | None:
        value = self._get(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._set(f"window/{key}", value)

    # --- anything else (the comment form's remembered author, ...) ----------------------------

    def value(self, key: str, default: Any = None) -> Any:
        value = self._get(key)
        return default if value is None else value

    def set_value(self, key: str, value: Any) -> None:
        self._set(key, value)

    def remove(self, key: str) -> None:
        if not self._read_only:
            self.qsettings.remove(key)
