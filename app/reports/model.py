"""The report model in one place: what the UI, the exporters and the CLI import.

`build_report(kind, filters, audience, db)` builds one of `REPORT_KINDS`
from the database; the dataclasses are in `tables.py`, the filters in
`filters.py`, each kind in a module of its own (`report_<kind>.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from app.reports import (
    report_activities,
    report_advocacy,
    report_attendance,
    report_disbursements,
    report_indicators,
)
from app.reports.filters import FilterError, ReportFilters
from app.reports.tables import (
    Audience,
    ChartSpec,
    Column,
    Label,
    Report,
    Table,
    plain_label,
)
from app.services.errors import ServiceError
from app.storage.database import Database

_BUILDERS = {
    "indicator_progress": report_indicators.build,
    "attendance": report_attendance.build,
    "activities": report_activities.build,
    "advocacy": report_advocacy.build,
    "disbursements": report_disbursements.build,
}
REPORT_KINDS: tuple[str, ...] = tuple(_BUILDERS)


class UnknownReportError(ServiceError):
    def __init__(self, kind: str):
        self.kind = kind
        super().__init__(f"no report is called {kind!r} (one of {', '.join(REPORT_KINDS)})")


class ReportCancelled(Exception):  # noqa: N818 - not an error: the user asked
    """`should_stop` said so between two steps of the report."""


def build_report(kind: str, filters: ReportFilters, audience: Audience | str, db: Database, *,
                 generated_at: datetime | None = None,
                 should_stop: Callable[[], bool] | None = None) -> Report:
    """One report from the database. Names never appear in it; in the public audience
    every count has passed `app/reports/public.py`."""
    if kind not in _BUILDERS:
        raise UnknownReportError(kind)
    audience = Audience(audience)

    def check() -> None:
        if should_stop is not None and should_stop():
            raise ReportCancelled

    tables, charts = _BUILDERS[kind](db, filters, audience, check)
    return Report(kind, filters, audience, tuple(tables), tuple(charts),
                  generated_at or datetime.now(UTC))


__all__ = ["REPORT_KINDS", "Audience", "ChartSpec", "Column", "FilterError", "Label", "Report",
           "ReportCancelled", "ReportFilters", "Table", "UnknownReportError", "build_report",
           "plain_label"]
