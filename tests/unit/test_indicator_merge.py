"""Sync merges fields one by one: a value and a breakdown from two laptops may not
add up. The merge takes them (refusing would keep replicas apart); the row is
listed as inconsistent on every replica."""

from __future__ import annotations

from app.services import Services
from app.services.indicator_rules import inconsistent_values
from tests.unit.test_sync_world import world  # noqa: F401 - the fixture


def test_a_value_and_a_breakdown_from_two_laptops_are_merged_and_flagged(world):  # noqa: F811
    first, second = world.devices
    s1, s2 = Services(first), Services(second)
    partner = s1.partners.create(name="P", country="KG")
    project = s1.projects.create(partner_id=partner.id, title="Pr", country="KG")
    goal = s1.goals.create(project_id=project.id, title="G")
    indicator = s1.indicators.create(goal_id=goal.id, name="Trained", by_gender=True)
    value = s1.indicator_values.create(indicator_id=indicator.id, period_start="2026-01-01",
                                       period_end="2026-03-31", value="20",
                                       breakdown={"gender:female": 12, "gender:male": 8})
    world.sync_all()
    world.sync_all()
    # each edit is consistent where it is made
    s1.indicator_values.update(value.id, value="21",
                               breakdown={"gender:female": 13, "gender:male": 8})
    s2.indicator_values.update(value.id, breakdown={"gender:female": 10, "gender:male": 10})
    world.sync_all()
    world.sync_all()
    dumps = world.dumps()
    assert dumps[0] == dumps[1] == dumps[2]  # the replicas agree
    for db in [world.hq, *world.devices]:
        merged = Services(db).indicator_values.get(value.id)
        assert (str(merged.value), merged.breakdown) == (
            "21", {"gender:female": 10, "gender:male": 10})
        found = inconsistent_values(db)
        assert [(i.value_id, [(p.code, p.params["total"]) for p in i.problems])
                for i in found] == [(value.id, [("breakdown_sum", "20")])]
