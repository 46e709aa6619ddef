"""``article-viewer quotes``: every format on the seed article, and bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.quotes_cli import main

SEED = Path(__file__).parents[2] / "resources" / "article.txt"
KRIKALEV = "Sergey Krikalev"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_json_is_an_array_of_quote_dicts(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, str(SEED))
    assert rc == 0 and err == ""
    items = json.loads(out)
    assert isinstance(items, list)
    assert set(items[0]) == {
        "text",
        "start",
        "end",
        "parts",
        "kind",
        "speaker",
        "speaker_description",
        "cue",
    }
    speech = [i for i in items if i["kind"] == "speech"]
    assert len(speech) == 7
    assert "“" not in out.split('"text"')[0]  # no ASCII escapes needed to read it
    assert "We’ve already entered" in out  # ensure_ascii=False
    assert sum(1 for i in speech if i["speaker"] == KRIKALEV) == 6
    mentions = {i["text"] for i in items if i["kind"] == "mention"}
    assert mentions == {"International Lunar Research Station", "space war"}


def test_json_spans_index_the_article_text(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.core.article import load_article

    text = load_article(SEED).text
    _, out, _ = run(capsys, "--format", "json", str(SEED))
    for item in json.loads(out):
        for part in item["parts"]:
            assert text[part["start"] : part["end"]] == part["text"]


def test_csv(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "--format", "csv", str(SEED))
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"text", "speaker", "kind", "cue", "start", "end"} <= set(rows[0])
    assert len(rows) == 9
    assert rows[2]["speaker"] == KRIKALEV and rows[2]["cue"] == "stated"
    assert int(rows[2]["start"]) < int(rows[2]["end"])


def test_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "--format", "markdown", str(SEED))
    assert rc == 0
    assert out.startswith("# Quotations: Russia and China are talking of cooperating")
    assert "> “The deal has been concluded, and we are only ironing out" in out
    assert f"— **{KRIKALEV}**" in out
    assert "space war" in out.split("## Mentions")[1]


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, out, err = run(capsys, str(tmp_path / "nope.txt"))
    assert rc == 1 and out == ""
    assert err.startswith("article-viewer: ") and "nope.txt" in err


def test_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, out, err = run(capsys, str(tmp_path))
    assert rc == 1 and out == ""
    assert err.startswith("article-viewer: ")


def test_empty_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    rc, out, err = run(capsys, str(empty))
    assert rc == 1 and out == ""
    assert err.startswith("article-viewer: ")


def test_binary_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blob = tmp_path / "photo.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    rc, out, err = run(capsys, str(blob))
    assert rc == 1 and out == ""
    assert err.startswith("article-viewer: ")


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = run(capsys)
    assert rc == 2 and "usage: article-viewer quotes" in err
    rc, _, err = run(capsys, "--format", "xml", str(SEED))
    assert rc == 2 and "invalid choice" in err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "--help")
    assert rc == 0 and "--format" in out


def test_no_qt_is_imported() -> None:
    code = (
        "import sys; from desktop_app.quotes_cli import main; import io, contextlib\n"
        "with contextlib.redirect_stdout(io.StringIO()): main([sys.argv[1]])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_utf8_output_whatever_the_locale() -> None:
    code = "import sys; from desktop_app.quotes_cli import main; sys.exit(main(sys.argv[1:]))"
    env = {"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", code, "--format", "markdown", str(SEED)],
        capture_output=True,
        check=False,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert "“The deal has been concluded".encode() in out.stdout
