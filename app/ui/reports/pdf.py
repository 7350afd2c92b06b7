"""A report as a PDF: its title, filters and audience, then each table's chart and table.

Drawn with a `QPainter` on a `QPdfWriter` (A4, 300 dpi) in DejaVu Sans, so
Cyrillic and Swedish letters are real text that a reader can search and
copy. `chart_view.chart_picture` draws each chart into a 300 dpi image on the
UI thread (QtCharts are graphics items), and this module places the images,
so `write_pdf` itself may run on a worker thread. Without pictures (the
command line) it records them first, on the calling thread, creating the
`QApplication` QtCharts needs (offscreen where there is no display).

Tables are drawn row by row: a long one continues on the next page under its
header row again; a cell too wide for its column ends in "…". Numbers are
right-aligned. `should_stop()` is asked between rows: a cancelled export
leaves no file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app.ui.reports.cells import NUMERIC_KINDS, table_texts
from app.ui.reports.labels import audience_text, filters_text

DPI = 300
MARGIN_MM = 15
FONT = "DejaVu Sans"
MAX_COLUMN_SHARE = 0.45  # no column takes more than this share of the width
CHART_HEIGHT = 0.36  # a chart's share of the page's height


class ExportCancelled(Exception):
    """The person pressed Cancel: nothing was written."""


def ensure_application() -> None:
    """QtCharts need a QApplication; the command line has none (and maybe no display)."""
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([sys.argv[0] if sys.argv else "faltbok"])


def chart_pictures(report, label) -> dict:
    """Each chart of the report recorded for the PDF, by table key (UI thread only)."""
    from app.ui.reports.chart_view import chart_picture

    tables = {table.key: table for table in report.tables}
    return {spec.table_key: chart_picture(tables[spec.table_key], spec, label)
            for spec in report.charts
            if spec.table_key in tables and tables[spec.table_key].rows}


def write_pdf(report, path: str | os.PathLike, label, pictures=None,
              names: dict[str, str] | None = None,
              progress: Callable[[int, int], None] | None = None,
              should_stop: Callable[[], bool] | None = None) -> None:
    """Write `report` to `path`, its words from `label` (`reports/words.py`), the
    filtered project's and partner's titles from `names` (id: title).

    OSError if no file arrived (Qt's painter fails in silence); ExportCancelled
    (and no file) if `should_stop()` said so."""
    if pictures is None:
        ensure_application()
        pictures = chart_pictures(report, label)
    target = Path(path)
    target.unlink(missing_ok=True)
    title = label(f"kind:{report.kind}")
    writer = _writer(target, title)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"the report could not be written to {target}")
    page = _Page(painter, writer)
    try:
        page.heading(title, 15)
        page.line(filters_text(report.filters, label, names), 9)
        page.line(audience_text(report.audience, label), 9, italic=True)
        page.line(f"{label('word:generated')}: "
                  f"{report.generated_at.strftime('%Y-%m-%d %H:%M')}", 8)
        page.gap(0.5)
        steps = sum(len(t.rows) for t in report.tables) + len(report.tables)
        done = 0
        for table in report.tables:
            picture = pictures.get(table.key)
            if picture is not None:  # the heading goes with its chart to the next page
                page.room(page.picture_height(picture) + page.line_height(11) * 2)
            page.heading(label(f"table:{table.key}"), 11, keep=3)
            if picture is not None:
                page.picture(picture)
            for _ in page.table(table, label):
                done += 1
                if should_stop is not None and done % 50 == 0 and should_stop():
                    raise ExportCancelled()
                if progress is not None and done % 50 == 0:
                    progress(done, steps)
            done += 1
            if should_stop is not None and should_stop():
                raise ExportCancelled()
            page.gap(1)
    except BaseException:
        painter.end()
        target.unlink(missing_ok=True)
        raise
    painter.end()
    if not target.is_file():
        raise OSError(f"the report could not be written to {target}")
    if progress is not None:
        progress(1, 1)


def _writer(target: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(target))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("Fältbok")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    return writer


class _Page:
    """A cursor down the pages: each piece is drawn where the last one ended."""

    def __init__(self, painter: QPainter, writer: QPdfWriter):
        self.painter, self.writer = painter, writer
        self.width, self.height = float(writer.width()), float(writer.height())
        self.y = 0.0
        self.number = 1

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(FONT)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def room(self, height: float) -> None:
        """A new page if `height` does not fit below the cursor."""
        if self.y + height > self.height and self.y > 0:
            self.writer.newPage()
            self.number += 1
            self.y = 0.0

    def gap(self, lines: float) -> None:
        self.y += lines * QFontMetricsF(self.font(10), self.writer).height()

    def heading(self, text: str, points: float, keep: int = 1) -> None:
        font = self.font(points, bold=True)
        metrics = QFontMetricsF(font, self.writer)
        self.room(metrics.height() * (1.4 + keep))
        self._text(text, font)

    def line(self, text: str, points: float, italic: bool = False) -> None:
        if text:
            self._text(text, self.font(points, italic=italic))

    def _text(self, text: str, font: QFont) -> None:
        self.painter.setFont(font)
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.TextFlag.TextWordWrap)
        box = self.painter.boundingRect(QRectF(0, 0, self.width, self.height), flags, text)
        self.room(box.height())
        self.painter.drawText(QRectF(0, self.y, self.width, box.height()), flags, text)
        self.y += box.height() + metrics.height() * 0.3

    def line_height(self, points: float) -> float:
        return QFontMetricsF(self.font(points), self.writer).height()

    def picture_height(self, image, share: float = CHART_HEIGHT) -> float:
        return image.height() * min(self.width / image.width(),
                                    self.height * share / image.height())

    def picture(self, image, share: float = CHART_HEIGHT) -> None:
        height = self.height * share
        scale = min(self.width / image.width(), height / image.height())
        size = QSizeF(image.width() * scale, image.height() * scale)
        self.room(size.height())
        self.painter.drawImage(QRectF(QPointF((self.width - size.width()) / 2, self.y), size),
                               image)
        self.y += size.height() + QFontMetricsF(self.font(9), self.writer).height()

    def table(self, table, label, limit: int | None = None, skip: frozenset = frozenset()):
        """Draw the table row by row (a generator: one step per row, to stop between);
        with `limit`, only its first rows (and the totals row); without the `skip` columns."""
        if skip:
            keep = [n for n, c in enumerate(table.columns) if c.key not in skip]
            table = replace(table, columns=tuple(table.columns[n] for n in keep),
                            rows=tuple(tuple(row[n] for n in keep) for row in table.rows))
        font, bold = self.font(8), self.font(8, bold=True)
        metrics = QFontMetricsF(font, self.writer)
        pad = metrics.averageCharWidth() * 0.8
        row_height = metrics.height() * 1.5
        headers = [label(f"column:{c.key}") for c in table.columns]
        texts = table_texts(table, label)
        if limit is not None and len(texts) > limit:
            texts = texts[:limit] + ([texts[-1]] if table.totals else [])
        right = [c.kind in NUMERIC_KINDS for c in table.columns]
        widths = self._widths(headers, texts, QFontMetricsF(bold, self.writer), metrics, pad,
                              right)
        header_height = self._header_height(headers, widths, bold, pad, row_height)

        def header() -> None:
            self.room(header_height + row_height)
            self.painter.setFont(bold)
            x = 0.0
            for n, text in enumerate(headers):
                align = (Qt.AlignmentFlag.AlignRight if right[n]
                         else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignBottom
                self.painter.drawText(QRectF(x + pad, self.y, widths[n] - 2 * pad,
                                             header_height), int(align)
                                      | int(Qt.TextFlag.TextWordWrap), text)
                x += widths[n]
            self.y += header_height
            self.painter.setPen(QPen(Qt.GlobalColor.black, 3))
            self.painter.drawLine(0, int(self.y), int(sum(widths)), int(self.y))
            self.painter.setFont(font)

        header()
        for row in texts:
            if self.y + row_height > self.height:
                self.room(self.height)  # forces the page
                header()
            x = 0.0
            for n, text in enumerate(row):
                width = widths[n] - 2 * pad
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                align = (Qt.AlignmentFlag.AlignRight if right[n]
                         else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
                self.painter.drawText(QRectF(x + pad, self.y, width, row_height), int(align),
                                      shown)
                x += widths[n]
            self.y += row_height
            self.painter.setPen(QPen(Qt.GlobalColor.lightGray, 1))
            self.painter.drawLine(0, int(self.y), int(sum(widths)), int(self.y))
            self.painter.setPen(QPen(Qt.GlobalColor.black))
            yield

    def _widths(self, headers, texts, header_metrics, metrics, pad, numeric) -> list[float]:
        """Each column as wide as its widest cell (a header may wrap onto two lines),
        at most MAX_COLUMN_SHARE of the page. Too wide for the page: the figures keep
        their width and the text columns share what is left (their cells end in "…")."""
        widths = []
        for n, header in enumerate(headers):
            words = header.split()
            longest_word = max((header_metrics.horizontalAdvance(w) for w in words), default=0)
            cells = max((metrics.horizontalAdvance(row[n]) for row in texts), default=0)
            header_width = max(longest_word, header_metrics.horizontalAdvance(header) / 2)
            widths.append(min(max(cells, header_width) + 2 * pad,
                              self.width * MAX_COLUMN_SHARE))
        total = sum(widths)
        if total <= self.width:
            return widths
        figures = sum(w for w, number in zip(widths, numeric, strict=True) if number)
        room = self.width - figures
        texts_wide = sorted(w for w, number in zip(widths, numeric, strict=True) if not number)
        if not texts_wide or room < len(texts_wide) * pad * 6:
            return [w * self.width / total for w in widths]
        # the widest text columns give up width first, down to a common cap; the narrow
        # ones (a currency, a country) stay whole
        cap, left = room / len(texts_wide), room
        for n, width in enumerate(texts_wide):
            share = left / (len(texts_wide) - n)
            if width > share:
                cap = share
                break
            left -= width
        else:
            cap = texts_wide[-1]
        return [w if number else min(w, cap) for w, number in zip(widths, numeric, strict=True)]

    def _header_height(self, headers, widths, font, pad, row_height) -> float:
        self.painter.setFont(font)
        tallest = max((self.painter.boundingRect(
            QRectF(0, 0, widths[n] - 2 * pad, self.height),
            int(Qt.TextFlag.TextWordWrap), text).height() for n, text in enumerate(headers)),
            default=0.0)
        return max(row_height, tallest + row_height * 0.3)
