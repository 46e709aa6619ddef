"""Wheel build hook: the quote engine compiled with mypyc, the same source kept as the fallback.

``desktop_app/core/quote*.py`` (the engine: pure, fully typed Python) are compiled to C extension
modules by mypyc (the compiler mypy and black ship with) when a wheel is built, which the
packaged app is made from: extraction runs about 1.35x as fast, with the same output (CI checks
that the compiled engine passes the quote tests). The ``.py`` sources stay in the wheel.

Not compiled, and not a failure:
* editable installs (the README's quick start, development): the source runs as it is, so an
  edit takes effect at once;
* ``ARTICLE_VIEWER_PURE_PYTHON=1`` in the environment;
* a machine without a C compiler or Python headers: a warning, and the pure-Python wheel.

mypyc builds in place; the compiled files are removed from the source tree once the wheel has
them, so that a checkout never runs a stale compiled copy of code being edited.
"""

from __future__ import annotations

import os
from typing import Any

from hatch_mypyc.plugin import MypycBuildHook


class QuoteEngineCompiler(MypycBuildHook):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("ARTICLE_VIEWER_PURE_PYTHON"):
            self.app.display_info(
                "ARTICLE_VIEWER_PURE_PYTHON is set: the quote engine stays pure Python"
            )
            return
        try:
            super().initialize(version, build_data)
        except Exception as error:  # no compiler, no headers...: the same code, uncompiled
            self.clean([version])
            self.app.display_warning(
                f"could not compile the quote engine with mypyc ({_reason(error)}); "
                "building a pure-Python wheel (the same code, slower)"
            )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self.target_name == "wheel" and version != "editable":
            self.clean([version])  # the wheel has them; the checkout keeps its plain source


def _reason(error: Exception) -> str:
    """The line of mypyc's output that says what went wrong (its first error), else the first."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    errors = [line for line in lines if ": error:" in line]  # mypy's and the C compiler's
    return (errors or lines or [repr(error)])[0]


def get_build_hook() -> type[QuoteEngineCompiler]:
    """Hatchling's entry point for a custom hook file (the file imports a second hook class)."""
    return QuoteEngineCompiler
