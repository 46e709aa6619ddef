"""The quote engine's compiled patterns are kept between runs, and the cache never changes what
the engine finds, whatever state its file is in."""

from __future__ import annotations

import array
import json
import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import regex_cache

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "data" / "quotes").glob("*.txt"))

# One process's run of the engine: the cache's counts, its file, and every quotation found.
RUN = """
import json, sys
from pathlib import Path
import desktop_app.core.quotes as engine
from desktop_app.core import regex_cache
from desktop_app.core.article import load_article
quotes = [[q.to_dict() for q in engine.extract_quotes(load_article(p).text)] for p in sys.argv[1:]]
hits, misses = regex_cache.counts()
print(json.dumps({"hits": hits, "misses": misses, "file": str(regex_cache.cache_file()),
                  "quotes": quotes}))
"""


def run_engine(cache_home: Path, paths: list[Path]) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", RUN, *map(str, paths)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_a_second_run_builds_every_pattern_from_the_cache_and_finds_the_same(
    tmp_path: Path,
) -> None:
    paths = [ROOT / "resources" / "article.txt", *ARTICLES]
    cold = run_engine(tmp_path, paths)
    assert cold["hits"] == 0 and cold["misses"] > 50
    assert Path(cold["file"]).is_file()
    warm = run_engine(tmp_path, paths)
    assert warm["misses"] == 0, "the second run compiled patterns again"
    assert warm["hits"] == cold["misses"]
    assert warm["quotes"] == cold["quotes"]
    assert sum(map(len, warm["quotes"])) > 900


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],  # torn
        lambda data: data[:100] + bytes([data[100] ^ 0x40]) + data[101:],  # one bit flipped
        lambda data: b"\x00\x01\x02 not a cache at all",
    ],
    ids=["empty", "truncated", "bit-flip", "foreign"],
)
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path, damage) -> None:
    seed = [ROOT / "resources" / "article.txt", ARTICLES[0]]
    first = run_engine(tmp_path, seed)
    cache = Path(first["file"])
    cache.write_bytes(damage(cache.read_bytes()))
    again = run_engine(tmp_path, seed)
    assert again["quotes"] == first["quotes"]
    assert again["misses"] == first["misses"]  # nothing trusted from the damaged file
    assert run_engine(tmp_path, seed)["misses"] == 0  # and it was written afresh


def test_an_unwritable_cache_directory_costs_only_the_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would be")
    result = run_engine(blocker, [ROOT / "resources" / "article.txt"])
    assert result["misses"] > 50
    assert len(result["quotes"][0]) == 9  # the seed's quotations, all found


def test_a_file_from_the_previous_format_is_ignored_and_rewritten(tmp_path: Path) -> None:
    """Version 0.1's file held each code as a list of ints; an upgrade finds the same quotes."""
    seed = [ROOT / "resources" / "article.txt", ARTICLES[0]]
    first = run_engine(tmp_path, seed)
    cache = Path(first["file"])
    entries = marshal.loads(cache.read_bytes()[4:])
    old = {
        key: (flags, array.array("I", words).tolist(), *rest)
        for key, (flags, words, *rest) in entries.items()
    }
    payload = marshal.dumps(old)
    cache.write_bytes(zlib.crc32(payload).to_bytes(4, "little") + payload)
    again = run_engine(tmp_path, seed)
    assert again["quotes"] == first["quotes"]
    assert again["misses"] == first["misses"]
    assert run_engine(tmp_path, seed)["misses"] == 0


def test_the_file_stores_code_as_machine_words() -> None:
    """Bytes unmarshal in one copy; a list of ints one object at a time (5 ms for the engine)."""
    assert regex_cache._INTERNALS is not None
    _, compiler, parser = regex_cache._INTERNALS
    entry, pattern = regex_cache._build(r"(?P<who>\w+) said", 0)
    assert isinstance(entry[1], bytes)
    assert regex_cache._code(entry[1]) == [
        int(op) for op in compiler._code(parser.parse(r"(?P<who>\w+) said"), 0)
    ]
    found = pattern.match("Ana said")
    assert found is not None and found.group("who") == "Ana"


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process's cache state, as in a process that has compiled nothing yet."""
    for name, value in [
        ("_loaded", None),
        ("_used", {}),
        ("_unsaved", False),
        ("_saved_once", False),
        ("_engine_changed", False),
        ("_hits", 0),
        ("_misses", 0),
    ]:
        monkeypatch.setattr(regex_cache, name, value)


@pytest.mark.usefixtures("fresh_cache")
def test_a_cached_pattern_is_the_pattern_re_compiles() -> None:
    pattern = r"(?P<who>[A-Z]\w+)\s+(?i:said|says)(?:,\s+(?P<role>[^,]{1,40}),)?"
    compiled = regex_cache.compile(pattern, re.M)
    regex_cache.save()
    regex_cache._loaded = None  # read the file back, as a new process would
    cached = regex_cache.compile(pattern, re.M)
    assert regex_cache.counts() == (1, 1)
    expected = re.compile(pattern, re.M)
    for p in (compiled, cached):
        assert (p.pattern, p.flags, p.groups, p.groupindex) == (
            expected.pattern,
            expected.flags,
            expected.groups,
            expected.groupindex,
        )
    text = "Maria Okafor said, the mayor, that.\nTom SAYS no."
    assert [m.groupdict() for m in cached.finditer(text)] == [
        m.groupdict() for m in expected.finditer(text)
    ]


@pytest.mark.usefixtures("fresh_cache")
def test_a_changed_engine_starts_the_file_over() -> None:
    regex_cache.compile(r"old pattern \d+")
    regex_cache.save()
    # a later version: its import-time pattern misses, so the old entry is not carried on
    regex_cache._loaded, regex_cache._used, regex_cache._saved_once = None, {}, False
    regex_cache._engine_changed = False
    regex_cache.compile(r"new pattern \w+")
    regex_cache.save()
    regex_cache._loaded = None
    assert set(regex_cache._load()) == {(r"new pattern \w+", 0)}
    # patterns compiled on first use later in the same run are added to the file
    regex_cache.compile(r"lazy pattern \s+")
    regex_cache.save()
    assert set(regex_cache._load()) == {(r"new pattern \w+", 0), (r"lazy pattern \s+", 0)}


@pytest.mark.usefixtures("fresh_cache")
def test_a_bad_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")


@settings(max_examples=60, deadline=None)
@given(
    pattern=st.from_regex(
        r"[a-z]{1,3}(?:\\s\+|\[a-c\]\*|\(\?P<g>[a-z]\)|\|[a-z]{1,3}){0,4}", fullmatch=True
    ),
    text=st.text(alphabet="abcxyz \n", max_size=60),
)
def test_cached_patterns_match_what_re_matches(pattern: str, text: str) -> None:
    """A pattern rebuilt from its stored entry finds exactly what ``re`` finds."""
    try:
        expected = re.compile(pattern)
    except re.error:
        return
    entry, _ = regex_cache._build(pattern, 0)
    rebuilt = regex_cache._from_entry(pattern, entry)
    assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in expected.finditer(text)]
    assert rebuilt.groupindex == expected.groupindex
