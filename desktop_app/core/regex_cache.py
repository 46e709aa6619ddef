"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

The quote engine's patterns are long (one is 14,000 characters), and ``re`` compiles them in
pure Python every time a process imports the engine: 60 ms, most of what the reader waits for
before the quotes are listed. ``re`` keeps nothing across processes, so this module does. It
stores what ``re``'s compiler hands to the C matcher (``_sre.compile``: the flags, the code list
and the group names) in the user's cache directory, and builds the pattern from that on later
runs, which takes microseconds. The code is stored as the matcher's own machine words (bytes),
which unmarshal in a copy, not as a list of Python ints, which unmarshal one by one: reading
the whole file takes well under a millisecond instead of 5 ms.

The cache is only ever an accelerator, never a source of truth:

- its file is per Python version and per ``_sre.MAGIC`` (the matcher's code format), carries a
  checksum, and every entry is looked up by the exact pattern text and flags, so a changed
  pattern simply misses;
- ``_sre.compile`` validates the code it is given, and any entry it rejects, any unreadable,
  truncated or foreign file, and any Python whose ``re`` internals differ from 3.11's, fall back
  to ``re.compile`` silently;
- it is written atomically (a temporary file renamed over it), and a write that fails (read-only
  home, full disk) is ignored.

Like ``__pycache__``, the file is trusted as much as the user's own home directory: it is
unmarshalled, which is not safe against a file crafted by someone who can write there.
"""

from __future__ import annotations

import array
import contextlib
import importlib
import marshal
import os
import re
import sys
import tempfile
import threading
import zlib
from pathlib import Path
from typing import Any

__all__ = ["cache_file", "compile", "counts", "save"]

# What ``_sre.compile`` takes besides the pattern: flags, code, groups, groupindex, indexgroup;
# the code as the matcher's machine words (see _words).
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

_lock = threading.Lock()
_loaded: dict[_Key, Any] | None = None  # the file's entries, read on first use, not yet checked
_used: dict[_Key, _Entry] = {}  # every pattern built in this process
_unsaved = False  # an entry was compiled that the file does not have
_saved_once = False
_engine_changed = False  # a pattern missed before the first save(): the engine changed
_hits = 0  # patterns built from the file's entries
_misses = 0  # patterns compiled by re's compiler


def _internals() -> tuple[Any, Any, Any] | None:
    """``re``'s parser and code generator and the C matcher, or None on a Python whose ``re``
    is not laid out as 3.11's to 3.13's are."""
    try:  # (private modules, so imported by name: typeshed has no stubs for them)
        sre, compiler, parser = map(importlib.import_module, ("_sre", "re._compiler", "re._parser"))
    except ImportError:
        return None
    if not all(
        hasattr(m, a) for m, a in ((sre, "compile"), (compiler, "_code"), (parser, "parse"))
    ):
        return None
    return sre, compiler, parser


_INTERNALS = _internals()


def _word_type() -> str | None:
    """The ``array`` type code of the matcher's code words (``_sre.CODESIZE`` bytes)."""
    if _INTERNALS is None:
        return None
    size = getattr(_INTERNALS[0], "CODESIZE", None)
    return next((t for t in "IL" if array.array(t).itemsize == size), None)


_WORD = _word_type()


def _words(code: list[int]) -> bytes:
    assert _WORD is not None
    return array.array(_WORD, code).tobytes()


def _code(words: bytes) -> list[int]:
    """The code list back from its bytes (TypeError for anything but bytes)."""
    assert _WORD is not None
    if not isinstance(words, bytes):
        raise TypeError("not a code entry")
    code = array.array(_WORD)
    code.frombytes(words)
    return code.tolist()


def cache_file() -> Path | None:
    """Where the cache lives (None where this Python cannot use one)."""
    if _INTERNALS is None or _WORD is None:
        return None
    import platformdirs

    tag = sys.implementation.cache_tag or "python"
    directory = Path(platformdirs.user_cache_dir("article-viewer", appauthor=False))
    return directory / f"regex-{tag}-{_INTERNALS[0].MAGIC}.marshal"


def _load() -> dict[_Key, Any]:
    path = cache_file()
    if path is None:
        return {}
    try:
        raw = path.read_bytes()
        if int.from_bytes(raw[:4], "little") != zlib.crc32(raw[4:]):
            return {}  # a torn or damaged file
        data = marshal.loads(raw[4:])  # loads of bytes: load() reads a file in tiny pieces
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _build(pattern: str, flags: int) -> tuple[_Entry, re.Pattern[str]]:
    """Compile as ``re._compiler.compile`` does, keeping what the matcher was given."""
    assert _INTERNALS is not None
    sre, compiler, parser = _INTERNALS
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]
    words = _words(code)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags = int(flags | parsed.state.flags)
    groups = parsed.state.groups - 1
    entry: _Entry = (flags, words, groups, groupindex, tuple(indexgroup))
    return entry, sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))


def _from_entry(pattern: str, entry: _Entry) -> re.Pattern[str]:
    """The pattern from its stored entry (raises for an entry of another shape)."""
    assert _INTERNALS is not None
    flags, words, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _INTERNALS[0].compile(
        pattern, flags, _code(words), groups, groupindex, indexgroup
    )
    return compiled


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when an earlier run compiled it."""
    global _loaded, _unsaved, _engine_changed, _hits, _misses
    if _INTERNALS is None or _WORD is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    with _lock:
        if _loaded is None:
            _loaded = _load()
        stored = _loaded.get(key)
        if stored is not None:
            try:
                entry: _Entry = stored
                compiled = _from_entry(pattern, entry)
            except Exception:  # a damaged or older entry: _sre validates the code it is given
                pass
            else:
                _used[key] = entry
                _hits += 1
                return compiled
        try:
            entry, compiled = _build(pattern, key[1])
        except re.error:
            raise
        except Exception:  # re's internals are not what this module expects
            return re.compile(pattern, flags)
        _used[key] = entry
        _misses += 1
        _unsaved = True
        if not _saved_once:
            _engine_changed = True
        return compiled


def counts() -> tuple[int, int]:
    """(patterns built from the cache, patterns compiled) in this process so far."""
    with _lock:
        return _hits, _misses


def save() -> None:
    """Write the cache if patterns were compiled that it lacks; never raises.

    The quote engine calls this once its modules are imported, and after an extraction (which
    may compile the patterns it builds only when needed). When a pattern compiled at import
    time missed, the engine has changed since the file was written (an upgrade, or an edit
    during development), and the file starts over from this process's patterns: it never
    accumulates old versions' entries.
    """
    global _unsaved, _saved_once
    with _lock:
        _saved_once = True
        if not _unsaved:
            return
        _unsaved = False
        kept = {} if _engine_changed else (_loaded or {})
        entries = {**kept, **_used}
        path = cache_file()
    if path is None:
        return
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(entries)
        data = zlib.crc32(payload).to_bytes(4, "little") + payload
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
