"""Report filters: date range, project, partner, country; parsed from command-line text.

Each bad filter raises a `FilterError` carrying a `Problem` (the field, a
code, its params): `not_a_date`, `end_before_start`, `unknown_reference`,
`not_a_choice`. The CLI prints `str(error)`; the UI words the problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.enums import COUNTRIES
from app.services.errors import NotFoundError, Problem, ServiceError


class FilterError(ServiceError):
    """A filter that cannot be applied (the report is not built)."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(f"report filter {problem.describe()}")


@dataclass(frozen=True)
class ReportFilters:
    date_from: date | None = None
    date_to: date | None = None
    project_id: str | None = None
    partner_id: str | None = None
    country: str | None = None

    def __post_init__(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise FilterError(Problem("to", "end_before_start"))
        if self.country is not None and self.country not in COUNTRIES:
            raise FilterError(Problem("country", "not_a_choice",
                                      {"choices": ", ".join(COUNTRIES)}))

    def covers(self, day: date | None) -> bool:
        """Whether a day lies in the date range (a missing day lies in none)."""
        if day is None:
            return self.date_from is None and self.date_to is None
        return ((self.date_from is None or day >= self.date_from)
                and (self.date_to is None or day <= self.date_to))

    @classmethod
    def parse(cls, services, *, date_from: str | None = None, date_to: str | None = None,
              project: str | None = None, partner: str | None = None,
              country: str | None = None) -> ReportFilters:
        """Filters from command-line text; ids are checked against the database."""
        dates = {}
        for name, text in (("from", date_from), ("to", date_to)):
            try:
                dates[name] = date.fromisoformat(text) if text else None
            except ValueError:
                raise FilterError(Problem(name, "not_a_date", {"value": text})) from None
        for name, text, service, entity in (
                ("project", project, services.projects, "project"),
                ("partner", partner, services.partners, "partner")):
            if text:
                try:
                    service.get(text)
                except NotFoundError:
                    raise FilterError(Problem(name, "unknown_reference",
                                              {"entity": entity, "id": text})) from None
        code = country.upper() if country else None
        return cls(dates["from"], dates["to"], project or None, partner or None, code)
