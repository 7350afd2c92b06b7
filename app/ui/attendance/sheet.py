"""The attendance sheet as a PDF: blank to fill in by hand, or filled in.

Built as HTML in a `QTextDocument` and printed with a `QPrinter` in PDF mode,
set in DejaVu Sans so Cyrillic names and codes render on any machine that has
the font (it is a dependency of most Linux desktops; Qt falls back otherwise).
The words arrive already translated in `SheetData`.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.services import exports
from app.ui.base import words


@dataclass
class SheetData:
    title: str
    training: str
    session: str
    headers: tuple[str, str, str, str, str]  # no., code, name, present, signature
    rows: list[tuple[str, str, bool]]  # code, name, present
    filled: bool
    footer: str  # with {present} and {total}


def sheet_html(data: SheetData) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in data.headers)
    body = []
    for n, (code, name, present) in enumerate(data.rows, start=1):
        mark = "✓" if data.filled and present else ""
        body.append(f"<tr><td align='right'>{n}</td><td>{escape(code)}</td>"
                    f"<td>{escape(name)}</td><td align='center'>{mark}</td><td></td></tr>")
    for n in range(len(data.rows) + 1, len(data.rows) + 6):  # lines for walk-ins
        body.append(f"<tr><td align='right'>{n}</td><td></td><td></td><td></td><td></td></tr>")
    present = sum(1 for _c, _n, p in data.rows if p)
    footer = (data.footer.format(present=words.format_number(present),
                                 total=words.format_number(len(data.rows)))
              if data.filled else "")
    return (
        "<html><body style='font-family: \"DejaVu Sans\"; font-size: 10pt;'>"
        f"<h2>{escape(data.title)}</h2>"
        f"<p><b>{escape(data.training)}</b><br/>{escape(data.session)}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<p>{escape(footer)}</p></body></html>"
    )


def write_sheet(data: SheetData, path: str) -> None:
    """Write the PDF beside `path` and rename it into place (`exports.written_in_place`):
    a failure leaves the file the user chose as it was. OSError if nothing arrived
    (Qt's painter fails in silence)."""
    with exports.written_in_place(path) as temp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        document = QTextDocument()
        document.setDefaultFont(QFont("DejaVu Sans", 10))
        document.setHtml(sheet_html(data))
        document.print_(printer)
        if not temp.stat().st_size:
            raise OSError(errno.EIO, "the sheet could not be written", str(path))
