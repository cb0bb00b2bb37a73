"""The text of a PDF's pages (QtPdf), flattened: extraction breaks lines its own way."""

from pathlib import Path

from PySide6.QtPdf import QPdfDocument


def flat(text: str) -> str:
    return "".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_, f"not a readable PDF: {path}"
    return [flat(document.getAllText(page).text()) for page in range(document.pageCount())]
