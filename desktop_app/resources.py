"""Files shipped with the app, found from a wheel install, an editable install or a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """The path of a resource file: inside the installed package (the wheel maps the top-level
    ``resources/`` there), else the checkout's ``resources/`` beside the package."""
    # A package installed in a directory (the usual case) needs no importlib.resources, whose
    # import costs start-up time (the window icon is looked up before the window is built).
    for candidate in (_PACKAGE_DIR / "resources" / name, _PACKAGE_DIR.parent / "resources" / name):
        if candidate.is_file():
            return candidate
    from importlib import resources  # a package imported from elsewhere, e.g. a zip file

    packaged = resources.files("desktop_app") / "resources" / name
    if packaged.is_file():
        return Path(str(packaged))
    raise FileNotFoundError(f"resource {name!r} is missing from this installation")


def default_article_path() -> Path:
    return resource_path("article.txt")
