"""Reading an article file's bytes and decoding them, with a clear message for every bad input.

Every failure is an :class:`ArticleError` whose message is fit to show a reader as it is.
"""

from __future__ import annotations

import codecs
import errno
import os
import unicodedata
from pathlib import Path

from desktop_app.core.errors import ArticleError

#: Larger files are refused before they are read: the app stays responsive and memory bounded.
MAX_BYTES = 64 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab, newline and carriage return never occur in text.
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a whole file, refusing folders, missing, unreadable, empty and oversized files."""
    p = Path(path)
    name = p.name or str(p)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ArticleError(f"“{p}” does not exist.") from None
    except OSError as e:
        raise ArticleError(f"“{name}” cannot be opened: {e.strerror or e}.") from None
    if p.is_dir():
        raise ArticleError(f"“{name}” is a folder, not an article file.")
    if st.st_size > MAX_BYTES:
        raise ArticleError(
            f"“{name}” is too large to open ({_human_size(st.st_size)}; "
            f"the limit is {_human_size(MAX_BYTES)})."
        )
    try:
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except PermissionError:
        raise ArticleError(f"“{name}” cannot be read: permission denied.") from None
    except OSError as e:
        if e.errno == errno.EISDIR:
            raise ArticleError(f"“{name}” is a folder, not an article file.") from None
        raise ArticleError(f"“{name}” cannot be read: {e.strerror or e}.") from None
    if len(data) > MAX_BYTES:  # grew while we looked, or a special file
        raise ArticleError(
            f"“{name}” is too large to open (the limit is {_human_size(MAX_BYTES)})."
        )
    if not data.strip():
        raise ArticleError(f"“{name}” is empty: there is no article to show.")
    return data


def decode(data: bytes, name: str = "the file") -> str:
    """Decode article bytes: a BOM wins, then strict UTF-8, then Windows-1252.

    Binary data (NUL and other control bytes outside a UTF-16/32 text) is refused.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                label = encoding.upper().removesuffix("-SIG")
                message = f"“{name}” says it is {label} text but is not valid {label}."
                raise ArticleError(message) from None
            return _checked_text(text, name)
    sample = data[:65536]
    if sample.count(0) or sum(sample.count(b) for b in _BINARY_BYTES) > len(sample) // 100:
        raise ArticleError(f"“{name}” is not a text article (it contains binary data).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:  # legacy Windows text
            text = data.decode("cp1252")
        except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
            text = data.decode("latin-1")
    return _checked_text(text, name)


def _checked_text(text: str, name: str) -> str:
    if "\x00" in text[:65536]:
        raise ArticleError(f"“{name}” is not a text article (it contains binary data).")
    if not text.strip():
        raise ArticleError(f"“{name}” is empty: there is no article to show.")
    return unicodedata.normalize("NFC", text) if not text.isascii() else text


def read_text(path: str | os.PathLike[str]) -> str:
    """Read and decode an article file."""
    p = Path(path)
    return decode(read_bytes(p), p.name or str(p))
