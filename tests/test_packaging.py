"""Desktop integration files: the .desktop entry, AppStream metainfo and the application icon.

Fast checks only; the PyInstaller bundle is built and smoke-tested by `.ci/packaging`.
The two validators run when installed (`.ci/packaging` installs them: Debian's
desktop-file-utils and appstream).
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.core.article import HTML_SUFFIXES, MARKDOWN_SUFFIXES
from desktop_app.resources import resource_path

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"
APP_ID = "io.github.article_viewer.ArticleViewer"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICON_NAME = "article-viewer"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

# The MIME type of each file name suffix the article loader opens (desktop_app.core.article).
SUFFIX_MIME = {".txt": "text/plain", ".xhtml": "application/xhtml+xml"}
SUFFIX_MIME |= {suffix: "text/markdown" for suffix in MARKDOWN_SUFFIXES}
SUFFIX_MIME |= {s: "text/html" for s in HTML_SUFFIXES if s != ".xhtml"}


def _pyproject() -> dict:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib.loads(text)
    version = re.search(r'^version = "([^"]+)"$', text, re.MULTILINE)
    assert version is not None
    return {"project": {"version": version.group(1), "scripts": {"article-viewer": ""}}}


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def _list(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def _run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (.ci/packaging installs it)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_validates() -> None:
    result = _run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_runs_the_console_script_with_one_file() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Article Viewer"
    command, *args = entry["Exec"].split()
    assert command in _pyproject()["project"]["scripts"]
    assert args == ["%f"]
    assert entry["Icon"] == ICON_NAME


def test_metainfo_names_the_desktop_entry_and_the_binary() -> None:
    root = _metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("name") == _desktop_entry()["Name"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("provides/binary") == _desktop_entry()["Exec"].split()[0]


def test_newest_metainfo_release_is_the_pyproject_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == _pyproject()["project"]["version"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_declared_mime_types_are_the_formats_the_app_opens() -> None:
    opened = set(SUFFIX_MIME.values())
    assert {"text/plain", "text/markdown", "text/html"} <= opened
    assert set(_list(_desktop_entry()["MimeType"])) == opened
    mediatypes = {el.text for el in _metainfo().findall("provides/mediatype")}
    assert mediatypes == opened


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert header[12:16] == b"IHDR"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_has_its_pixel_size(size: int) -> None:
    assert _png_size(RESOURCES / "icons" / f"{ICON_NAME}-{size}.png") == (size, size)


def test_svg_icon_is_square_svg() -> None:
    root = ET.parse(RESOURCES / "icons" / f"{ICON_NAME}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_icons_are_found_as_resources() -> None:
    """The window icon is looked up like any resource, from a wheel, a bundle or a checkout."""
    assert resource_path(f"icons/{ICON_NAME}-256.png").is_file()
    assert resource_path(f"icons/{ICON_NAME}.svg").is_file()
