"""The reader's comments, kept in one local JSON file that no crash or second window can lose.

File format
-----------
``comments.json`` (in the user data directory, or the directory given with ``--data-dir``)::

    {
      "schema": "article-viewer/comments",
      "version": 1,
      "comments": [
        {
          "id": "3f2b9c0e8d7a4b6c9e1f2a3b4c5d6e7f",
          "article_id": "https://example.org/news/story or sha256:<32 hex digits>",
          "parent_id": null,
          "quote": {"text": "We will win", "speaker": "Jane Doe", "start": 120, "end": 131},
          "author": "Ann Reader",
          "email": "ann@example.org",
          "website": "https://ann.example.org",
          "content": "Plain text, exactly as typed.",
          "created": "2024-05-01T12:34:56.789Z"
        }
      ]
    }

* ``id``: 32 hex digits (a UUID4), unique in the file.
* ``article_id``: the article's canonical URL, else ``sha256:`` + a hash of its normalized text.
* ``parent_id``: the ``id`` of the comment this one replies to, or ``null``.
* ``quote``: the quotation the comment is attached to, or ``null``; ``start``/``end`` count
  characters (code points) in the article's plain text; ``speaker`` may be ``null``.
* ``website``: ``""`` or an http(s) URL. ``email`` is stored but never shown.
* ``created``: UTC, ISO 8601 with a ``Z``.
* Unknown keys in a comment are kept when the file is rewritten. A file with a higher
  ``version`` is opened read-only.

Safety
------
Every save takes ``comments.json.lock`` (a :class:`filelock.FileLock` with a timeout), re-reads
the file, merges it with what this process knows by ``id`` and writes it back with
:func:`~desktop_app.core.atomic.atomic_write_text`: a crash leaves the old or the new complete
file, and two running instances lose nothing. A file that cannot be understood is never
overwritten: it is moved aside as ``comments.json.corrupt-YYYYmmddTHHMMSS`` (invalid JSON, wrong
schema) or left in place and opened read-only (newer version, permission denied); the reason is
in :attr:`CommentStore.problem` for the UI to tell the reader.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.core.atomic import atomic_write_text

if TYPE_CHECKING:
    import filelock

__all__ = [
    "SCHEMA",
    "VERSION",
    "Comment",
    "CommentStore",
    "DuplicateCommentError",
    "StoreError",
    "StoreProblem",
    "quote_ref",
]

SCHEMA = "article-viewer/comments"
VERSION = 1
FILE_NAME = "comments.json"
LOCK_TIMEOUT = 10.0  # seconds another instance may hold the lock before a save gives up

_STR_FIELDS = ("id", "article_id", "author", "email", "website", "content", "created")


class StoreError(Exception):
    """A comment could not be saved; the message says why, in a reader's words."""


class DuplicateCommentError(StoreError):
    """The same author already posted the same comment on this article."""


class _Corrupt(Exception):
    """The file is not a comments store this version understands (internal)."""


class _Newer(Exception):
    """The file was written by a newer version of the app (internal)."""


@dataclass(frozen=True, slots=True)
class StoreProblem:
    """Why the store could not be used as it was; ``message`` is meant for the reader."""

    kind: Literal["corrupt", "newer-version", "unreadable", "locked"]
    message: str
    path: Path
    moved_to: Path | None = None


def utc_now_iso() -> str:
    """The current time as stored: UTC, ISO 8601, milliseconds, ``Z``."""
    from datetime import datetime, timezone  # only when a comment is posted: not at start-up

    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def _text(value: str) -> str:
    """Join surrogate pairs and replace lone surrogates (not writable as UTF-8) with U+FFFD."""
    if not _has_surrogate(value):
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def quote_ref(text: str, speaker: str | None, start: int, end: int) -> dict[str, Any]:
    """The small reference a comment keeps to the quotation it is attached to."""
    return {"text": text, "speaker": speaker, "start": int(start), "end": int(end)}


@dataclass(frozen=True, slots=True, eq=True)
class Comment:
    """One comment as stored. ``quote`` is ``None`` or a :func:`quote_ref` dict."""

    id: str
    article_id: str
    parent_id: str | None
    quote: dict[str, Any] | None
    author: str
    email: str
    website: str
    content: str
    created: str

    __hash__ = None  # type: ignore[assignment]  # ``quote`` is a dict

    @classmethod
    def new(
        cls,
        article_id: str,
        *,
        author: str,
        email: str,
        content: str,
        website: str = "",
        parent_id: str | None = None,
        quote: Mapping[str, Any] | None = None,
    ) -> Comment:
        """A fresh comment with a new id, created now."""
        import uuid  # only when a comment is posted: not at start-up

        return cls(
            id=uuid.uuid4().hex,
            article_id=article_id,
            parent_id=parent_id,
            quote=dict(quote) if quote is not None else None,
            author=author,
            email=email,
            website=website,
            content=content,
            created=utc_now_iso(),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "parent_id": self.parent_id,
            "quote": self.quote,
            "author": self.author,
            "email": self.email,
            "website": self.website,
            "content": self.content,
            "created": self.created,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Comment:
        """Raise ``ValueError`` for anything that is not a well-formed comment."""
        if not isinstance(data, dict):
            raise ValueError("a comment is not an object")
        for key in _STR_FIELDS:
            if not isinstance(data.get(key), str):
                raise ValueError(f"comment field {key!r} is not text")
        if not data["id"]:
            raise ValueError("comment without id")
        parent = data.get("parent_id")
        if parent is not None and not isinstance(parent, str):
            raise ValueError("parent_id is not text")
        quote = data.get("quote")
        if quote is not None and not isinstance(quote, dict):
            raise ValueError("quote is not an object")
        return cls(
            id=data["id"],
            article_id=data["article_id"],
            parent_id=parent,
            quote=quote,
            author=data["author"],
            email=data["email"],
            website=data["website"],
            content=data["content"],
            created=data["created"],
        )

    def sanitized(self) -> Comment:
        """The same comment with text that can always be written as UTF-8 JSON."""
        quote = self.quote
        if quote is not None:
            quote = json.loads(json.dumps(quote, ensure_ascii=True))
            for key in ("text", "speaker"):
                if isinstance(quote.get(key), str):
                    quote[key] = _text(quote[key])
        return Comment(
            id=self.id,
            article_id=_text(self.article_id),
            parent_id=self.parent_id,
            quote=quote,
            author=_text(self.author),
            email=_text(self.email),
            website=_text(self.website),
            content=_text(self.content),
            created=self.created,
        )


def _same_words(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_duplicate(a: Comment, b: Comment) -> bool:
    """Same article, same author (name and email) and the same text (ignoring whitespace)."""
    return (
        a.article_id == b.article_id
        and a.author.strip().casefold() == b.author.strip().casefold()
        and a.email.strip().casefold() == b.email.strip().casefold()
        and _same_words(a.content) == _same_words(b.content)
    )


def _read_bytes(path: Path) -> bytes:
    """Read the whole file (a seam for tests that simulate unreadable files)."""
    with open(path, "rb") as f:
        return f.read()


def _parse(raw: bytes, known: Mapping[str, Any]) -> dict[str, tuple[Comment, Any]]:
    """``{id: (comment, entry)}`` for comments not in ``known`` (entries of known ids are only
    checked to be objects with that id); raise _Corrupt or _Newer."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _Corrupt(f"it is not valid JSON ({exc.__class__.__name__})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise _Corrupt("it is not an Article Viewer comments file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Corrupt("its version number is missing or wrong")
    entries = data.get("comments")
    if version > VERSION:
        raise _Newer(version)
    if not isinstance(entries, list):
        raise _Corrupt("it has no list of comments")
    new: dict[str, tuple[Comment, Any]] = {}
    for entry in entries:
        if isinstance(entry, dict) and entry.get("id") in known:
            continue  # comments never change once written
        try:
            comment = Comment.from_dict(entry)
        except ValueError as exc:
            raise _Corrupt(f"a comment in it is damaged ({exc})") from None
        new.setdefault(comment.id, (comment, entry))
    return new


def _lenient_comments(raw: bytes) -> list[Comment]:
    """Whatever comments a newer file holds that this version can read, for display only."""
    try:
        entries = json.loads(raw.decode("utf-8")).get("comments")
    except (UnicodeDecodeError, ValueError, AttributeError, RecursionError):
        return []
    out = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            out.append(Comment.from_dict(entry))
        except ValueError:
            continue
    return out


class CommentStore:
    """All comments in one JSON file; see the module docstring for the format and guarantees.

    ``problem`` is ``None`` or the latest :class:`StoreProblem` (the UI shows it once and may
    clear it); ``read_only`` is true when saving would risk a file this version cannot handle.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = LOCK_TIMEOUT):
        self.path = Path(path)
        self.lock_path = Path(str(self.path) + ".lock")
        # One lock object per store: it is re-entrant, a second FileLock on the same file in
        # the same process would wait for the first one. Made on the first save: filelock's
        # import costs start-up time that a reader who never comments should not pay.
        self._lock_timeout = lock_timeout
        self._filelock: filelock.FileLock | None = None
        self.read_only = False
        self.problem: StoreProblem | None = None
        self._comments: dict[str, Comment] = {}
        # id -> the comment's JSON text as written, or its entry as read (serialized lazily,
        # once, so that a save does not re-encode thousands of comments).
        self._raw: dict[str, str | dict[str, Any]] = {}
        self._stamp: tuple[int, int, int] | None = None  # (inode, size, mtime_ns) last seen
        self.load()

    @classmethod
    def in_directory(cls, directory: str | os.PathLike[str]) -> CommentStore:
        return cls(Path(directory) / FILE_NAME)

    # --- reading -------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the file. Never raises: problems end up in :attr:`problem` (which keeps the
        last problem until the UI sets it to ``None``)."""
        self._comments.clear()
        self._raw.clear()
        self._stamp = None
        self.read_only = False  # ``problem`` stays: the UI may not have shown it yet
        with contextlib.suppress(StoreError):  # recorded in self.problem; keep working
            self._refresh(set_aside=True)

    def comments(self) -> list[Comment]:
        """Every comment, oldest first."""
        return sorted(self._comments.values(), key=lambda c: c.created)

    def comments_for(self, article_id: str, *former_ids: str) -> list[Comment]:
        """The article's comments, oldest first (replies come after their parents), with those
        stored under ids an earlier version gave it (``Article.former_ids``)."""
        ids = {article_id, *former_ids}
        return [c for c in self.comments() if c.article_id in ids]

    def __len__(self) -> int:
        return len(self._comments)

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _refresh(self, *, set_aside: bool) -> None:
        """Merge the file's comments into memory, unless it is unchanged since last seen.

        A corrupt file is moved aside when ``set_aside`` (the caller should hold the lock);
        raises StoreError when saving must not go on (newer version, unreadable).
        """
        stamp = self._file_stamp()
        if stamp is not None and stamp == self._stamp:
            return
        try:
            raw = _read_bytes(self.path)
        except FileNotFoundError:
            self._stamp = None
            return
        except PermissionError:
            self._set_read_only(
                "unreadable",
                f"The comments file {self.path} cannot be read (permission denied). "
                "It has been left as it is; new comments cannot be saved until it can be read.",
            )
            raise StoreError(self.problem.message if self.problem else "") from None
        except OSError as exc:
            self._set_read_only(
                "unreadable",
                f"The comments file {self.path} cannot be read ({exc.strerror or exc}). "
                "It has been left as it is; new comments cannot be saved until it can be read.",
            )
            raise StoreError(self.problem.message if self.problem else "") from None
        try:
            new = _parse(raw, self._raw)
        except _Newer as newer:
            for c in _lenient_comments(raw):
                self._comments.setdefault(c.id, c)
            self._set_read_only(
                "newer-version",
                f"The comments file {self.path} was written by a newer version of Article "
                f"Viewer (format version {newer.args[0]}). It is opened read-only so that "
                "nothing in it is lost; new comments cannot be saved with this version.",
            )
            raise StoreError(self.problem.message if self.problem else "") from None
        except _Corrupt as corrupt:
            if not set_aside:
                raise StoreError(f"The comments file is damaged: {corrupt}.") from None
            self._set_aside(corrupt)
            return
        self._merge(new)
        self._stamp = stamp

    def _merge(self, new: Mapping[str, tuple[Comment, Any]]) -> None:
        for cid, (comment, entry) in new.items():
            self._comments[cid] = comment
            self._raw[cid] = entry

    def _set_read_only(self, kind: Literal["unreadable", "newer-version"], message: str) -> None:
        self.read_only = True
        self.problem = StoreProblem(kind, message, self.path)

    def _set_aside(self, reason: _Corrupt) -> None:
        """Move the damaged file out of the way so that saving can go on without touching it."""
        try:
            with self._lock():
                # Another instance may have set it aside (or rewritten it) meanwhile.
                try:
                    new = _parse(_read_bytes(self.path), self._raw)
                except FileNotFoundError:
                    return
                except _Corrupt:
                    pass
                else:
                    self._merge(new)
                    self._stamp = self._file_stamp()
                    return
                target = self._corrupt_name()
                os.replace(self.path, target)
        except (OSError, StoreError, _Newer) as exc:
            self.read_only = True
            self.problem = StoreProblem(
                "corrupt",
                f"The comments file {self.path} is damaged ({reason}) and could not be set "
                f"aside ({exc}). It has been left as it is; new comments cannot be saved.",
                self.path,
            )
            return
        self._stamp = None
        self.problem = StoreProblem(
            "corrupt",
            f"The comments file was damaged ({reason}). It has been kept as {target.name} "
            f"in {target.parent} and a new comments file was started.",
            self.path,
            target,
        )

    def _corrupt_name(self) -> Path:
        base = f"{self.path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}"
        target = self.path.with_name(base)
        n = 1
        while target.exists():
            target = self.path.with_name(f"{base}-{n}")
            n += 1
        return target

    # --- writing -------------------------------------------------------------------------

    def _lock(self) -> filelock.FileLock:
        if self._filelock is None:
            import filelock

            self._filelock = filelock.FileLock(str(self.lock_path), timeout=self._lock_timeout)
        return self._filelock

    def add(self, comment: Comment) -> Comment:
        """Save ``comment`` and return it as stored (text made safe for UTF-8).

        Raises :class:`DuplicateCommentError` for a repeated comment and :class:`StoreError`
        when it could not be saved; in both cases the file on disk is unchanged.
        """
        if self.read_only:
            reason = self.problem.message if self.problem else "The comments file is read-only."
            raise StoreError(f"Your comment could not be saved. {reason}")
        comment = comment.sanitized()
        import filelock

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._lock():
                self._refresh(set_aside=True)
                self._check_duplicate(comment)
                self._remove_stale_temps()
                texts: list[str] = []
                for cid, entry in self._raw.items():
                    if not isinstance(entry, str):
                        entry = self._raw[cid] = _dump(entry)
                    texts.append(entry)
                texts.append(_dump(comment.to_dict()))
                atomic_write_text(self.path, _document(texts))
                self._raw[comment.id] = texts[-1]
                self._comments[comment.id] = comment
                self._stamp = self._file_stamp()
        except filelock.Timeout:
            raise StoreError(
                "Your comment could not be saved: another Article Viewer window is busy saving "
                "comments. Please try again in a moment."
            ) from None
        except OSError as exc:
            raise StoreError(_write_error_message(exc, self.path)) from None
        return comment

    def _check_duplicate(self, comment: Comment) -> None:
        if comment.id in self._comments:
            raise DuplicateCommentError("This comment has already been saved.")
        for other in self._comments.values():
            if is_duplicate(other, comment):
                raise DuplicateCommentError(
                    "You have already posted this comment on this article. "
                    "Change the text if you want to post again."
                )

    def _remove_stale_temps(self) -> None:
        """Temporary files left by a writer that crashed (we hold the lock: none is live)."""
        for tmp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _dump(entry: Any) -> str:
    """One comment's JSON text: readable UTF-8, or ASCII escapes if it holds lone surrogates
    (which a file read back from ``"\\ud800"`` escapes can)."""
    text = json.dumps(entry, ensure_ascii=False)
    return json.dumps(entry) if _has_surrogate(text) else text


def _document(entries: Iterable[str]) -> str:
    """The whole file, from each comment's JSON text (serialized once, then reused)."""
    body = ",\n    ".join(entries)
    head = json.dumps({"schema": SCHEMA, "version": VERSION})[:-1]
    if not body:
        return head + ', "comments": []}\n'
    return head + ', "comments": [\n    ' + body + "\n]}\n"


def _write_error_message(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        why = "the disk is full. Free some space and click Post Comment again"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = f"there is no permission to write in {path.parent}"
    else:
        why = f"{exc.strerror or exc} ({path.parent})"
    return f"Your comment could not be saved: {why}. Your saved comments are unchanged."
