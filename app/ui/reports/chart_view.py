"""A report's chart: built with QtCharts from one table of the report.

The same `build_chart` serves the window (`ReportChartView`) and the PDF
(`chart_picture` draws it into a 300 dpi image on the UI thread, which the
PDF writer places from its worker). Bars run sideways when the
category names are long (project titles, Russian words), so the names read
whole instead of being squeezed under the bars; a line chart's period
labels turn 45° when there are many. A suppressed public count ("<5", "x")
is drawn as nothing: the chart never shows more than the table.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene

from app.ui.reports.cells import chart_value, format_cell

# Colour-blind-safe (Okabe–Ito), readable in grey print too
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000")
NAME_LENGTH = 44  # characters of a category's name shown beside its bar (the table has all)
LONG_LABEL = 10  # characters: longer category names turn the bars sideways
MAX_CATEGORIES = 12  # more bars than this do not leave room for their names; the table has all
# QtCharts shows a sideways bar's name only where its row is this many pixels high (else
# "…"): the page draws as many bars as its height gives room for (the table has all).
ROW_PIXELS = 34


def _rows(table, most: int = MAX_CATEGORIES) -> tuple:
    """The rows a chart draws: not the totals row, at most `most`."""
    rows = table.rows[:-1] if table.totals else table.rows
    return rows[:most]


def sideways(spec, names: list[str]) -> bool:
    """Bars lie sideways when their names are long or many (lines never do)."""
    return spec.kind != "line" and (any(len(n) > LONG_LABEL for n in names) or len(names) > 8)


def bars_that_fit(table, spec, label, height: int) -> int:
    """How many rows a chart `height` pixels high draws with every name readable."""
    if not sideways(spec, _category_names(table, spec, label)):
        return MAX_CATEGORIES
    return max(3, min(MAX_CATEGORIES, (height - 60) // ROW_PIXELS))


def _category_names(table, spec, label, most: int = MAX_CATEGORIES) -> list[str]:
    """The bars' names. An axis holds each name once: look-alikes (one indicator in
    several projects) get their project's name, or else a number."""
    index = table.column_index(spec.category_column)
    column = table.columns[index]
    rows = _rows(table, most)
    names = [format_cell(row[index], column, label) for row in rows]
    keys = [c.key for c in table.columns]
    if len(set(names)) < len(names) and "project" in keys and spec.category_column != "project":
        project = keys.index("project")
        names = [f"{name} · {row[project]}" for name, row in zip(names, rows, strict=True)]
    shown, seen = [], {}
    for name in names:
        if len(name) > NAME_LENGTH:  # QtCharts hides a name it finds too long: shorten it
            name = name[:NAME_LENGTH - 1].rstrip() + "…"
        seen[name] = seen.get(name, 0) + 1
        shown.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return shown


def _index(table, key: str) -> int:
    return table.column_index(key)


def _scale(table, column: int) -> float:
    """A percent is stored as a fraction and drawn in percent."""
    return 100.0 if table.columns[column].kind == "percent" else 1.0


def build_chart(table, spec, label, font: QFont | None = None,
                most: int = MAX_CATEGORIES) -> QChart:
    """A QChart of `spec` over `table` (its first `most` rows); `label("column:…")`
    names the series."""
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if font is not None:
        chart.setFont(font)
        chart.legend().setFont(font)
    names = _category_names(table, spec, label, most)
    rows = _rows(table, most)
    if spec.kind == "line":
        _line(chart, table, spec, label, names, rows, font)
    else:
        _bars(chart, table, spec, label, names, rows, font)
    return chart


def _bars(chart, table, spec, label, names, rows, font) -> None:
    across = sideways(spec, names)
    stacked = spec.kind == "stacked_bar"
    kind = ((QHorizontalStackedBarSeries if stacked else QHorizontalBarSeries) if across
            else (QStackedBarSeries if stacked else QBarSeries))
    series = kind()
    for n, key in enumerate(spec.series_columns):
        bar_set = QBarSet(label(f"column:{key}"))
        bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
        column = _index(table, key)
        scale = _scale(table, column)
        for row in rows:
            bar_set.append(chart_value(row[column]) * scale)
        series.append(bar_set)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    # across: the first row at the top, as in the table
    categories.append(list(reversed(names)) if across else names)
    if across:
        for bar_set in series.barSets():
            values = [bar_set.at(i) for i in range(bar_set.count())]
            bar_set.remove(0, bar_set.count())
            bar_set.append(list(reversed(values)))
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    for axis in (categories, values):
        if font is not None:
            axis.setLabelsFont(font)
    if not across and len(names) > 4:
        categories.setLabelsAngle(-45)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if across
                  else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if across
                  else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    heights = [[bar_set.at(i) for bar_set in series.barSets()] for i in range(len(names))]
    values.setRange(0, max([1.0] + [sum(h) if stacked else max(h, default=0.0)
                                    for h in heights]))  # from 0, after attaching
    values.applyNiceNumbers()
    chart.legend().setVisible(len(spec.series_columns) > 1)


def _line(chart, table, spec, label, names, rows, font) -> None:
    categories = QBarCategoryAxis()
    categories.append(names)
    values = QValueAxis()
    values.setLabelFormat("%.0f")
    for axis in (categories, values):
        if font is not None:
            axis.setLabelsFont(font)
    if len(names) > 6:
        categories.setLabelsAngle(-45)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    top = 0.0
    for n, key in enumerate(spec.series_columns):
        series = QLineSeries()
        series.setName(label(f"column:{key}"))
        series.setPointsVisible(True)
        pen = series.pen()
        pen.setColor(QColor(PALETTE[n % len(PALETTE)]))
        pen.setWidthF(2.0)
        series.setPen(pen)
        column = _index(table, key)
        scale = _scale(table, column)
        for x, row in enumerate(rows):
            y = chart_value(row[column]) * scale
            top = max(top, y)
            series.append(QPointF(x, y))
        chart.addSeries(series)
        series.attachAxis(categories)
        series.attachAxis(values)
    values.setRange(0, max(top, 1.0))  # after attaching: attaching ranges it to the data
    values.applyNiceNumbers()
    chart.legend().setVisible(len(spec.series_columns) > 1)


def chart_picture(table, spec, label, size: QSizeF = QSizeF(720, 380),
                  scale: float = 3.0) -> QImage:
    """The chart drawn into an image `scale` times `size` (about 300 dpi across a
    page), on the UI thread (QtCharts are graphics items), for `pdf.write_pdf` to
    place on any thread. (A QPicture replayed on the PDF's 300 dpi scaled the
    chart's fonts twice.)"""
    chart = build_chart(table, spec, label, QFont("DejaVu Sans", 8))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    scene = QGraphicsScene()
    scene.addItem(chart)
    area = QRectF(QPointF(0, 0), size)
    chart.setGeometry(area)
    scene.setSceneRect(area)
    chart.layout().activate()  # the axes and bars are laid out lazily otherwise
    QApplication.sendPostedEvents()
    image = QImage((size * scale).toSize(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


class ReportChartView(QChartView):
    """The chart of one table on the page; replaced whole when the figures change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(160)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with keys: Tab skips it
        self._shown = (None, None, None)  # table, spec, label
        self._most: int | None = None  # the bars drawn now

    def show_table(self, table, spec, label) -> None:
        self._shown = (table, spec, label)
        self._most = None
        self._draw()

    def _draw(self) -> None:
        table, spec, label = self._shown
        most = None if table is None or spec is None or not _rows(table) else \
            bars_that_fit(table, spec, label, self.height())
        if most is not None and most == self._most:  # the same bars: nothing to redraw
            return
        self._most = most
        old = self.chart()
        if most is None:
            self.setChart(QChart())
        else:  # a point smaller than the window's: a name fits beside its bar
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
            self.setChart(build_chart(table, spec, label, font, most))
        if old is not None:
            old.deleteLater()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._shown[0] is not None:
            self._draw()  # taller or shorter: as many bars as have room for their names
