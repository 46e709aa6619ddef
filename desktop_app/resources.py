"""Files shipped with the app, found from a wheel install, an editable install or a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(name: str) -> Path:
    """The path of a resource file: inside the installed package (the wheel maps the top-level
    ``resources/`` there), else the checkout's ``resources/`` beside the package."""
    packaged = resources.files("desktop_app") / "resources" / name
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "resources" / name
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(f"resource {name!r} is missing from this installation")


def default_article_path() -> Path:
    return resource_path("article.txt")
