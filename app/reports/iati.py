"""The projects as an IATI Activity Standard 2.03 file (docs/iati.md).

`build_iati` turns every live project into an `iati-activity`, reading through
the services only; `export_iati` writes it where asked, but only once the
official 2.03 schema has found it valid: the bytes go to a temporary file
beside the target, that file is parsed back and validated, and only then
renamed over the target. An invalid file is never left under the target's
name, and an older one stays as it was. The `export` audit event follows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from lxml import etree

from app.reports import iati_schema, iati_settings
from app.reports.iati_results import add_results
from app.reports.iati_sectors import DAC_VOCABULARY, UnknownThemeError, sectors
from app.reports.iati_settings import IatiError
from app.reports.iati_xml import WITHHELD_PARTNER, iso, money, narrative, sub, text_element
from app.services import Services, exports
from app.storage.atomic import replace_durably, write_temp
from app.storage.database import Database

VERSION = "2.03"
ORG_TYPE_INTERNATIONAL_NGO = "21"
ROLE_ACCOUNTABLE, ROLE_IMPLEMENTING = "2", "4"
STATUS = {"planned": "1", "active": "2", "completed": "3", "cancelled": "5"}
DISBURSEMENT = "3"
WITHHELD = ("sensitive", "high_risk")  # partner sensitivities published without a name


class NothingToPublishError(IatiError):
    def __init__(self):
        super().__init__("there are no projects to publish")


class InvalidIatiError(IatiError):
    """A project would make the file invalid; nothing was written."""

    def __init__(self, project_id: str | None, reason: str, title: str = ""):
        self.project_id, self.reason, self.title = project_id, reason, title
        where = f"project {project_id}" if project_id else "the file"
        super().__init__(f"{where} would make the IATI file invalid, so nothing was "
                         f"written: {reason}")


@dataclass(frozen=True)
class IatiExport:
    path: str
    activities: int
    outside: bool  # written outside the data folder (the UI warned first)


@dataclass(frozen=True)
class Publisher:
    ref: str
    name: str


def publisher(db: Database, ref: str | None = None, name: str | None = None) -> Publisher:
    """The organisation that publishes: given, or from the settings; checked."""
    ref = ref if ref is not None else iati_settings.org_ref(db)
    if not (ref or "").strip():
        raise iati_settings.NoOrgRefError()
    return Publisher(iati_settings.check_org_ref(ref),
                     iati_settings.check_org_name(name if name is not None
                                                  else iati_settings.org_name(db)))


def build_iati(services: Services, org: Publisher, today: date | None = None,
               now: datetime | None = None) -> bytes:
    """The XML of every live project, as UTF-8 bytes (not yet validated)."""
    root = build_tree(services, org, today, now)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def build_tree(services: Services, org: Publisher, today: date | None = None,
               now: datetime | None = None) -> etree._Element:
    """`iati-activities` with one `iati-activity` per live project."""
    today = today or date.today()
    now = now or datetime.now(UTC)
    root = etree.Element("iati-activities", version=VERSION,
                         **{"generated-datetime": now.isoformat(timespec="seconds")})
    projects = services.projects.list(order_by=["start_date", "title"])
    if not projects:
        raise NothingToPublishError()
    for project in projects:
        try:
            _activity(root, services, org, project, today)
        except (ValueError, UnknownThemeError) as error:  # text XML cannot hold, etc.
            reason = f"theme {error} has no DAC sector code" \
                if isinstance(error, UnknownThemeError) else str(error)
            raise InvalidIatiError(project.id, reason, project.title) from None
    return root


def _org(parent, tag: str, org: Publisher, **attributes) -> None:
    element = sub(parent, tag, ref=org.ref, **attributes)
    narrative(element, org.name)


def _partner(parent, tag: str, partner, **attributes) -> None:
    element = sub(parent, tag, **attributes)
    if partner is None or partner.sensitivity in WITHHELD:
        narrative(element, WITHHELD_PARTNER, "en")
    else:
        narrative(element, partner.name)


def _activity(root, services: Services, org: Publisher, project, today: date) -> None:
    activity = sub(root, "iati-activity", default_currency=project.currency)
    sub(activity, "iati-identifier", f"{org.ref}-{project.id}")
    _org(activity, "reporting-org", org, type=ORG_TYPE_INTERNATIONAL_NGO)
    text_element(activity, "title", project.title)
    text_element(activity, "description", project.title, type="1")
    for goal in services.goals.list(filters={"project_id": project.id}, order_by=["title"]):
        objective = f"{goal.title}: {goal.description}" if goal.description.strip() \
            else goal.title
        text_element(activity, "description", objective, type="2")
    partner = _live_partner(services, project.partner_id)
    _org(activity, "participating-org", org, role=ROLE_ACCOUNTABLE,
         type=ORG_TYPE_INTERNATIONAL_NGO)
    partner_type = "22" if partner is not None and partner.country == "SE" else "24"
    _partner(activity, "participating-org", partner, role=ROLE_IMPLEMENTING, type=partner_type)
    if project.status not in STATUS:  # a newer laptop's status: not guessed
        raise ValueError(f"status {project.status!r} has no IATI activity status")
    sub(activity, "activity-status", code=STATUS[project.status])
    _dates(activity, project, today)
    sub(activity, "recipient-country", code=project.country, percentage="100")
    for code, percentage in sectors(project.themes):
        sub(activity, "sector", vocabulary=DAC_VOCABULARY, code=code,
            percentage=money(percentage))
    for start, end, amount in budget_periods(project):
        budget = sub(activity, "budget", type="1", status="1")
        sub(budget, "period-start", iso_date=iso(start))
        sub(budget, "period-end", iso_date=iso(end))
        sub(budget, "value", money(amount), currency=project.currency, value_date=iso(start))
    for paid in services.disbursements.list(filters={"project_id": project.id},
                                            order_by=["paid_on"]):
        transaction = sub(activity, "transaction", ref=paid.id)
        sub(transaction, "transaction-type", code=DISBURSEMENT)
        sub(transaction, "transaction-date", iso_date=iso(paid.paid_on))
        sub(transaction, "value", money(paid.amount), currency=paid.currency,
            value_date=iso(paid.paid_on))
        _org(transaction, "provider-org", org)
        _partner(transaction, "receiver-org", partner)
    add_results(activity, services, project)


def _live_partner(services: Services, partner_id: str):
    from app.services.errors import NotFoundError

    try:
        return services.partners.get(partner_id)
    except NotFoundError:
        return None


def _title(services: Services, project_id: str | None) -> str:
    from app.services.errors import NotFoundError

    try:
        return services.projects.get(project_id).title if project_id else ""
    except NotFoundError:
        return ""


def _dates(activity, project, today: date) -> None:
    started = project.status in ("active", "completed")
    if project.start_date is not None:
        actual = started and project.start_date <= today
        sub(activity, "activity-date", type="2" if actual else "1",
            iso_date=iso(project.start_date))
    if project.end_date is not None:
        actual = project.status == "completed" and project.end_date <= today
        sub(activity, "activity-date", type="4" if actual else "3",
            iso_date=iso(project.end_date))


def _add_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def budget_periods(project) -> list[tuple[date, date, Decimal]]:
    """The budget spread over 12-month periods from the start, in proportion to their
    days, to the öre; the last period takes what rounding left, so they add up."""
    start, end, total = project.start_date, project.end_date, project.budget
    if total is None or start is None or end is None or end < start:
        return []
    spans = []
    while start <= end:
        stop = min(date.fromordinal(_add_year(start).toordinal() - 1), end)
        spans.append((start, stop))
        start = date.fromordinal(stop.toordinal() + 1)
    days = (end - project.start_date).days + 1
    periods, left = [], Decimal(total)
    for n, (first, last) in enumerate(spans):
        if n == len(spans) - 1:
            amount = left
        else:
            amount = (Decimal(total) * ((last - first).days + 1) / days).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_EVEN)
            left -= amount
        periods.append((first, last, amount))
    return periods


def export_iati(db: Database, target: str | os.PathLike, org_ref: str | None = None,
                org_name: str | None = None, today: date | None = None,
                now: datetime | None = None) -> IatiExport:
    """Build, validate and write the file; record the export. IatiError if it cannot."""
    org = publisher(db, org_ref, org_name)
    export = exports.plan(db, "iati", target)
    services = Services(db)
    root = build_tree(services, org, today, now)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    path = Path(target)
    try:
        temp = write_temp(path, data, mode=0o644)
    except OSError as error:  # name the target, not the temporary file beside it
        raise OSError(error.errno, error.strerror, str(path)) from None
    try:
        found = iati_schema.problems(temp)
        if found:
            first = found[0]
            project = first.identifier[len(org.ref) + 1:] if first.identifier else None
            raise InvalidIatiError(project, f"line {first.line}: {first.message}",
                                   _title(services, project))
        replace_durably(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    activities = len(root)
    exports.record(db, export, rows=activities)
    return IatiExport(str(path), activities, export.outside)
