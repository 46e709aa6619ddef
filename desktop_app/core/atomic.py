"""Crash-safe file writes: the file on disk is always the old or the new complete content.

``atomic_write_text`` writes a temporary file in the same directory (so the rename stays on one
file system), flushes and fsyncs it, renames it over the target with ``os.replace`` (atomic on
POSIX and Windows) and fsyncs the directory so the rename itself survives a power cut. On any
failure the temporary file is removed and the target is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["atomic_write_text", "fsync_dir"]


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # Windows, or a directory we may not open: nothing more we can do.
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically; raise ``OSError`` and leave ``path`` as it was
    if anything (disk full, permissions, ...) goes wrong."""
    target = Path(path)
    directory = target.parent
    data = text.encode(encoding)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            # Keep the permissions of the file being replaced (mkstemp creates it 0600).
            os.chmod(tmp_name, target.stat().st_mode & 0o7777)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(directory)
