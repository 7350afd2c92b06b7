"""Indicator progress against baseline and target."""

from __future__ import annotations

from decimal import Decimal

from app.services.progress import indicator_progress


def test_progress_is_the_share_of_the_way_from_baseline_to_target(services, db):
    partner = services.partners.create(name="P", country="KG")
    project = services.projects.create(partner_id=partner.id, title="Pr", country="KG")
    goal = services.goals.create(project_id=project.id, title="G")
    indicator = services.indicators.create(goal_id=goal.id, name="Trained", baseline="10",
                                           target="60")
    empty = services.indicators.create(goal_id=goal.id, name="Later", target="5")
    for start, end, value in (("2026-01-01", "2026-03-31", "20"),
                              ("2026-04-01", "2026-06-30", "35")):
        services.indicator_values.create(indicator_id=indicator.id, period_start=start,
                                         period_end=end, value=value)
    rows = {r.indicator_id: r for r in indicator_progress(db)}
    assert rows[indicator.id].latest == Decimal("35") and rows[indicator.id].values == 2
    assert rows[indicator.id].progress == 0.5
    assert rows[empty.id].progress is None
