"""Qt-free core: article loading, quote extraction, comment validation and storage.

Nothing in this package may import PySide6 (an import-linter contract in pyproject.toml and
tests/core/test_qt_free.py keep it so): it is usable from the command line and in tests
without a QApplication.
"""
