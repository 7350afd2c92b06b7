"""A project's results framework as IATI `result` elements, counts suppressed.

Goals become results, their indicators IATI indicators with a baseline, one
period spanning the project that holds the target, and one period per reading
with its actual and, for a count, its breakdown by sex and age as
`dimension`s. Every count of people passes `app/reports/public.py` (the one
suppression of the app): a suppressed figure is published without `@value`,
with a comment saying why (docs/iati.md, "Counts").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.enums import AGE_BANDS, GENDERS
from app.reports.iati_xml import COMPLEMENT, SMALL_COUNT, iso, number, sub, text_element
from app.reports.public import HIDDEN, SMALL, public_count, suppress_table

RESULT_OUTCOME = "2"
MEASURES = {"count": "1", "number": "1", "percent": "2"}  # IATI IndicatorMeasure
DIMENSIONS = {  # Fältbok's group -> IATI dimension name and values
    "gender": ("sex", {"female": "female", "male": "male", "non_binary": "non-binary",
                       "undisclosed": "undisclosed"}),
    "age_band": ("age", {"under_18": "0-17", "18_24": "18-24", "25_34": "25-34",
                         "35_49": "35-49", "50_plus": "50+", "unknown": "unknown"}),
}
ORDER = {"gender": GENDERS, "age_band": AGE_BANDS}


def add_results(activity, services, project) -> None:
    """Append a `result` per goal of `project` that has indicators."""
    for goal in services.goals.list(filters={"project_id": project.id},
                                    order_by=["title"]):
        indicators = services.indicators.list(filters={"goal_id": goal.id},
                                              order_by=["name"])
        if not indicators:
            continue  # IATI requires an indicator in every result
        result = sub(activity, "result", type=RESULT_OUTCOME)
        text_element(result, "title", goal.title)
        if goal.description.strip():
            text_element(result, "description", goal.description)
        for indicator in indicators:
            readings = services.indicator_values.list(
                filters={"indicator_id": indicator.id},
                order_by=["period_end", "period_start"])
            _indicator(result, project, indicator, readings)


def _indicator(result, project, indicator, readings) -> None:
    attributes = {"measure": MEASURES.get(indicator.measure, "1")}
    if indicator.baseline is not None and indicator.target is not None \
            and indicator.target != indicator.baseline:
        attributes["ascending"] = "true" if indicator.target > indicator.baseline else "false"
    element = sub(result, "indicator", **attributes)
    text_element(element, "title", indicator.name)
    counting = indicator.measure == "count"
    start = project.start_date or min((r.period_start for r in readings), default=None)
    end = project.end_date or max((r.period_end for r in readings), default=None)
    if indicator.baseline is not None and start is not None:
        baseline = sub(element, "baseline", year=start.year, iso_date=iso(start))
        _figure(baseline, indicator.baseline, counting)
    if indicator.target is not None and start is not None and end is not None:
        period = _period(element, start, end)
        sub(period, "target", value=number(indicator.target))
    for reading in readings:
        period = _period(element, reading.period_start, reading.period_end)
        add_actuals(period, indicator.measure, reading.value, reading.breakdown)


def _period(indicator, start: date, end: date):
    period = sub(indicator, "period")
    sub(period, "period-start", iso_date=iso(start))
    sub(period, "period-end", iso_date=iso(end))
    return period


def _figure(element, value: Decimal, counting: bool, shown: str | None = None) -> None:
    """`@value` of a baseline or actual: a count only as `public.py` lets it out."""
    if not counting:
        element.set("value", number(value))
        return
    shown = shown if shown is not None else public_count(int(value))
    if shown in (SMALL, HIDDEN):
        text_element(element, "comment", SMALL_COUNT if shown == SMALL else COMPLEMENT, "en")
    else:
        element.set("value", shown)


def add_actuals(period, measure: str, value: Decimal, breakdown: dict | None) -> None:
    """A reading's actuals: the value, then (for a count) one per breakdown cell."""
    if measure != "count":  # shares and numbers: no breakdown without a group size (docs)
        sub(period, "actual", value=number(value))
        return
    total = int(value)
    tables = {}
    for group in ("gender", "age_band"):
        cells = {key.split(":", 1)[1]: int(n) for key, n in (breakdown or {}).items()
                 if key.startswith(group + ":")}
        if cells and sum(cells.values()) == total:  # one that does not add up: left out
            known = [c for c in ORDER[group] if c in cells]
            columns = tuple(known + sorted(set(cells) - set(known)))
            tables[group] = suppress_table({("all", c): n for c, n in cells.items()},
                                           ("all",), columns)
    headline = public_count(total)
    if any(t.total in (SMALL, HIDDEN) for t in tables.values()):
        headline = headline if headline in (SMALL, HIDDEN) else HIDDEN
    _figure(sub(period, "actual"), value, True, headline)
    for group, table in tables.items():
        name, values = DIMENSIONS[group]
        for column in table.columns:
            actual = sub(period, "actual")
            sub(actual, "dimension", name=name, value=values.get(column, column))
            _figure(actual, Decimal(0), True, table.cells[("all", column)])
