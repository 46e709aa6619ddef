"""The comment store: schema, duplicates, damaged files, disk full, two processes, SIGKILL."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import filelock
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import atomic, comment_store
from desktop_app.core.atomic import atomic_write_text
from desktop_app.core.comment_store import (
    SCHEMA,
    VERSION,
    Comment,
    CommentStore,
    DuplicateCommentError,
    StoreError,
    quote_ref,
)

ARTICLE = "https://example.org/news/story"


def make(content: str = "Great piece.", article: str = ARTICLE, **kw: object) -> Comment:
    fields: dict[str, object] = {"author": "Ann", "email": "ann@example.org", "content": content}
    fields.update(kw)
    return Comment.new(article, **fields)  # type: ignore[arg-type]


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "comments.json"


# --- the file and its schema ---------------------------------------------------------------


def test_missing_file_is_an_empty_store_and_nothing_is_created(path: Path) -> None:
    store = CommentStore(path)
    assert store.comments() == [] and store.problem is None and not store.read_only
    assert not path.parent.exists()


def test_add_writes_documented_schema_and_reloads(path: Path) -> None:
    store = CommentStore(path)
    root = store.add(make(website="https://ann.example.org"))
    reply = store.add(make("I disagree.", parent_id=root.id, author="Bob", email="bob@example.org"))
    quoted = store.add(make("About this quote", quote=quote_ref("We will win", "Jane Doe", 10, 21)))

    data = read_json(path)
    assert data["schema"] == SCHEMA == "article-viewer/comments"
    assert data["version"] == VERSION == 1
    assert [c["id"] for c in data["comments"]] == [root.id, reply.id, quoted.id]
    assert data["comments"][0] == {
        "id": root.id,
        "article_id": ARTICLE,
        "parent_id": None,
        "quote": None,
        "author": "Ann",
        "email": "ann@example.org",
        "website": "https://ann.example.org",
        "content": "Great piece.",
        "created": root.created,
    }
    assert len(root.id) == 32 and int(root.id, 16) >= 0
    assert root.created.endswith("Z") and root.created[10] == "T"
    assert data["comments"][2]["quote"] == {
        "text": "We will win",
        "speaker": "Jane Doe",
        "start": 10,
        "end": 21,
    }

    again = CommentStore(path)  # a restart
    assert again.comments_for(ARTICLE) == [root, reply, quoted]
    assert again.comments_for("sha256:other") == []


def test_comments_for_filters_by_article_oldest_first(path: Path) -> None:
    store = CommentStore(path)
    a = store.add(make("one"))
    b = store.add(make("other article", article="sha256:abc"))
    c = store.add(make("two"))
    assert store.comments_for(ARTICLE) == [a, c]
    assert store.comments_for("sha256:abc") == [b]
    assert len(store) == 3


def test_comments_for_takes_in_the_ids_an_earlier_version_gave_the_article(path: Path) -> None:
    store = CommentStore(path)
    before = store.add(make("filed under the old id", article="sha256:old"))
    now = store.add(make("filed under today's id", article="sha256:new"))
    store.add(make("another article's", article="sha256:other"))
    assert store.comments_for("sha256:new", "sha256:old") == [before, now]
    assert store.comments_for("sha256:new") == [now]


def test_unknown_keys_are_kept_when_rewriting(path: Path) -> None:
    store = CommentStore(path)
    first = store.add(make("one"))
    data = read_json(path)
    data["comments"][0]["likes"] = 3
    atomic_write_text(path, json.dumps(data))
    store = CommentStore(path)
    store.add(make("two"))
    kept = read_json(path)["comments"][0]
    assert kept["id"] == first.id and kept["likes"] == 3


def test_private_file_permissions_on_first_write(path: Path) -> None:
    CommentStore(path).add(make())
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # emails are in it


# --- duplicates ----------------------------------------------------------------------------


def test_duplicate_refused_with_clear_message_and_file_unchanged(path: Path) -> None:
    store = CommentStore(path)
    store.add(make("Great   piece.\n"))
    before = path.read_bytes()
    with pytest.raises(
        DuplicateCommentError, match="You have already posted this comment on this article"
    ):
        store.add(make("  great piece. ", author=" ann ", email="ANN@example.org"))
    assert path.read_bytes() == before
    # Another instance sees it too (the check re-reads the file).
    with pytest.raises(DuplicateCommentError):
        CommentStore(path).add(make("Great piece."))


@pytest.mark.parametrize(
    "change",
    [
        {"article": "sha256:other"},
        {"author": "Bob"},
        {"email": "other@example.org"},
        {"content": "Great piece!"},
    ],
)
def test_not_a_duplicate(path: Path, change: dict[str, str]) -> None:
    store = CommentStore(path)
    store.add(make())
    store.add(make(**change))
    assert len(CommentStore(path)) == 2


def test_same_id_twice_is_refused(path: Path) -> None:
    store = CommentStore(path)
    c = store.add(make())
    with pytest.raises(DuplicateCommentError):
        store.add(c)


# --- damaged or unusable files -------------------------------------------------------------


def corrupt_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob("comments.json.corrupt-*"))


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b'{"schema": "article-viewer/comments", "version": 1, "comments": [', "not valid JSON"),
        (b"\xff\xfe garbage", "not valid JSON"),
        (b"", "not valid JSON"),
        (b"[]", "not an Article Viewer comments file"),
        (b'{"schema": "something/else", "version": 1, "comments": []}', "not an Article Viewer"),
        (b'{"version": 1, "comments": []}', "not an Article Viewer comments file"),
        (
            b'{"schema": "article-viewer/comments", "version": "1", "comments": []}',
            "version number",
        ),
        (b'{"schema": "article-viewer/comments", "version": 0, "comments": []}', "version number"),
        (
            b'{"schema": "article-viewer/comments", "version": 1, "comments": {}}',
            "no list of comments",
        ),
        (
            b'{"schema": "article-viewer/comments", "version": 1, "comments": [{"id": 5}]}',
            "damaged",
        ),
    ],
)
def test_corrupt_store_is_moved_aside_never_overwritten(
    path: Path, content: bytes, why: str
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = CommentStore(path)

    assert store.problem is not None and store.problem.kind == "corrupt"
    assert why in store.problem.message
    moved = corrupt_files(path)
    assert len(moved) == 1 and moved[0] == store.problem.moved_to
    assert moved[0].read_bytes() == content  # kept exactly as it was
    assert moved[0].name.startswith("comments.json.corrupt-2")
    assert moved[0].name in store.problem.message
    assert not path.exists()

    # The app keeps working: a new store file is started.
    assert not store.read_only
    saved = store.add(make())
    assert CommentStore(path).comments() == [saved]
    assert moved[0].read_bytes() == content


def test_problem_is_kept_until_the_ui_clears_it(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"nope")
    store = CommentStore(path)
    store.load()  # the damaged file is gone now, but the reader has not been told yet
    assert store.problem is not None and store.problem.kind == "corrupt"
    store.problem = None
    store.load()
    assert store.problem is None


def test_corrupt_names_do_not_collide(path: Path) -> None:
    path.parent.mkdir(parents=True)
    for _ in range(3):
        path.write_bytes(b"not json")
        CommentStore(path)
    assert len(corrupt_files(path)) == 3


def test_file_corrupted_while_running_is_set_aside_on_next_save(path: Path) -> None:
    store = CommentStore(path)
    first = store.add(make("one"))
    path.write_bytes(b"{broken")
    second = store.add(make("two"))
    assert store.problem is not None and store.problem.kind == "corrupt"
    assert corrupt_files(path)[0].read_bytes() == b"{broken"
    # What this instance knew is written back with the new comment: nothing lost.
    assert [c.id for c in CommentStore(path).comments()] == [first.id, second.id]


def test_newer_version_is_opened_read_only(path: Path) -> None:
    store = CommentStore(path)
    old = store.add(make())
    data = read_json(path)
    data["version"] = 2
    data["comments"].append({"id": "x", "new-format": True})
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()

    store = CommentStore(path)
    assert store.read_only
    assert store.problem is not None and store.problem.kind == "newer-version"
    assert "newer version" in store.problem.message and "read-only" in store.problem.message
    assert store.comments_for(ARTICLE) == [old]  # what can be read is still shown
    with pytest.raises(StoreError, match=r"could not be saved.*newer version"):
        store.add(make("new"))
    assert path.read_bytes() == before
    assert corrupt_files(path) == []


def test_permission_denied_simulated_opens_read_only(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    CommentStore(path).add(make())
    before = path.read_bytes()

    def denied(p: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(p))

    monkeypatch.setattr(comment_store, "_read_bytes", denied)
    store = CommentStore(path)
    assert store.read_only and store.comments() == []
    assert store.problem is not None and store.problem.kind == "unreadable"
    assert "permission denied" in store.problem.message
    with pytest.raises(StoreError, match="could not be saved"):
        store.add(make("new"))
    monkeypatch.undo()
    assert path.read_bytes() == before and corrupt_files(path) == []


def test_permission_denied_with_open_patched(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    CommentStore(path).add(make())
    real_open = open

    def fake_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", fake_open)
    store = CommentStore(path)
    assert store.read_only and store.problem is not None and store.problem.kind == "unreadable"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_real_file(path: Path) -> None:
    CommentStore(path).add(make())
    path.chmod(0)
    try:
        store = CommentStore(path)
        assert store.read_only and store.problem is not None
        with pytest.raises(StoreError):
            store.add(make("two"))
    finally:
        path.chmod(0o600)
    assert len(CommentStore(path)) == 1


def test_unwritable_directory_reports_store_error(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CommentStore(path)
    store.add(make())

    def denied(*a: object, **k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(comment_store, "atomic_write_text", denied)
    with pytest.raises(StoreError, match="no permission to write"):
        store.add(make("two"))


def test_disk_full_raises_store_error_and_keeps_old_file(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CommentStore(path)
    first = store.add(make())
    before = path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(StoreError, match="the disk is full") as info:
        store.add(make("lost?"))
    assert "saved comments are unchanged" in str(info.value)
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["comments.json", "comments.json.lock"]
    assert store.comments() == [first]  # the failed comment is not shown as saved
    second = store.add(make("lost?"))  # and can be posted again once there is space
    assert CommentStore(path).comments() == [first, second]


def test_lock_timeout_is_a_store_error(path: Path) -> None:
    store = CommentStore(path, lock_timeout=0.05)
    other = filelock.FileLock(str(path) + ".lock")
    path.parent.mkdir(parents=True)
    with other, pytest.raises(StoreError, match="another Article Viewer window is busy"):
        store.add(make())
    store.add(make())


def test_stale_temp_files_are_removed(path: Path) -> None:
    path.parent.mkdir(parents=True)
    stale = path.parent / ".comments.json.abc123.tmp"
    stale.write_text("{half")
    CommentStore(path).add(make())
    assert not stale.exists()


# --- atomic writer -------------------------------------------------------------------------


def test_atomic_write_replaces_and_cleans_up_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.txt"
    atomic_write_text(target, "one")
    target.chmod(0o640)
    atomic_write_text(target, "two ✓")
    assert target.read_text(encoding="utf-8") == "two ✓"
    assert target.stat().st_mode & 0o777 == 0o640

    def boom(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "three")
    assert target.read_text(encoding="utf-8") == "two ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


# --- arbitrary input -----------------------------------------------------------------------

any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=80)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "article": any_text,
                "author": any_text,
                "email": any_text,
                "website": any_text,
                "content": any_text,
                "quote": st.none()
                | st.builds(
                    quote_ref,
                    any_text,
                    st.none() | any_text,
                    st.integers(0, 10**6),
                    st.integers(0, 10**6),
                ),
            }
        ),
        min_size=1,
        max_size=5,
    )
)
def test_arbitrary_strings_always_leave_valid_json_that_round_trips(
    tmp_path: Path, items: list[dict]
) -> None:
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "comments.json"
    store = CommentStore(path)
    saved = []
    for item in items:
        with contextlib.suppress(DuplicateCommentError):
            saved.append(store.add(make(item.pop("content"), item.pop("article"), **item)))
    data = json.loads(path.read_bytes().decode("utf-8"))  # strict UTF-8, valid JSON
    assert data["schema"] == SCHEMA and len(data["comments"]) == len(saved)
    reloaded = CommentStore(path)
    assert reloaded.problem is None
    assert reloaded.comments() == sorted(saved, key=lambda c: c.created)


def test_lone_surrogates_become_replacement_characters(path: Path) -> None:
    saved = CommentStore(path).add(make("bad \ud800 text \ud83d\ude00", author="A\udfff"))
    assert saved.content == "bad \ufffd text \U0001f600" and saved.author == "A\ufffd"
    assert CommentStore(path).comments() == [saved]


# --- several processes ---------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.core.comment_store import Comment, CommentStore
    path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = CommentStore(path, lock_timeout=60)
    print("ready", flush=True)
    i = 0
    while count < 0 or i < count:
        c = store.add(Comment.new("https://example.org/a", author=tag, email=tag + "@example.org",
                                  content=f"comment {tag} {i}"))
        print(c.id, flush=True)
        i += 1
    """
)


def spawn_writer(path: Path, tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), tag, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_two_processes_saving_500_each_lose_nothing(path: Path) -> None:
    path.parent.mkdir(parents=True)
    procs = [spawn_writer(path, tag, 500) for tag in ("one", "two")]
    outputs = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    acknowledged = {line for out, _ in outputs for line in out.split()[1:]}
    assert len(acknowledged) == 1000
    store = CommentStore(path)
    assert store.problem is None
    assert {c.id for c in store.comments()} == acknowledged
    assert len(read_json(path)["comments"]) == 1000


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_an_acknowledged_comment(path: Path) -> None:
    path.parent.mkdir(parents=True)
    rng = random.Random(6)
    acknowledged: set[str] = set()
    started = time.monotonic()
    for round_ in range(100):
        proc = spawn_writer(path, f"w{round_}", -1)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.005, 0.050))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        # Only whole lines were acknowledged; a torn last line never is.
        acknowledged.update(line for line in out.split("\n")[:-1] if len(line) == 32)

        store = CommentStore(path)
        assert store.problem is None, store.problem
        ids = {c.id for c in store.comments()}
        assert acknowledged <= ids
        if path.exists():
            json.loads(path.read_bytes().decode("utf-8"))
    assert corrupt_files(path) == []
    assert len(acknowledged) > 100, "the writer hardly ever got to save: the test proves little"
    assert time.monotonic() - started < 120
