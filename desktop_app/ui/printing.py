"""Print and export to PDF the article as shown, header included, on paper-sized pages."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def printable(document: QTextDocument) -> QTextDocument:
    """A copy of the shown document without the on-screen column margins."""
    copy = document.clone()
    frame = copy.rootFrame()
    fmt = frame.frameFormat()
    fmt.setLeftMargin(0)
    fmt.setRightMargin(0)
    frame.setFrameFormat(fmt)
    copy.setDocumentMargin(0)
    return copy


def _setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)


def export_pdf(document: QTextDocument, path: str, title: str = "") -> None:
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Article Viewer")
    writer.setResolution(300)
    _setup(writer)
    printable(document).print_(writer)
