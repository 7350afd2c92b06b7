"""Indicator values: counts are whole, breakdowns add up, the core refuses the rest."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cli import main
from app.services.errors import ValidationError
from app.services.indicator_rules import Shape, inconsistent_values, value_problems


@pytest.fixture
def goal(services) -> str:
    partner = services.partners.create(name="P", country="KG")
    project = services.projects.create(partner_id=partner.id, title="Pr", country="KG")
    return services.goals.create(project_id=project.id, title="G").id


@pytest.fixture
def count(services, goal) -> str:
    return services.indicators.create(goal_id=goal, name="Trained", unit="people",
                                      baseline="0", target="300", by_gender=True,
                                      by_age_band=True).id


def _value(services, indicator, value, breakdown=None, **extra):
    return services.indicator_values.create(indicator_id=indicator, period_start="2026-01-01",
                                            period_end="2026-03-31", value=value,
                                            breakdown=breakdown or {}, **extra)


def _problems(caught) -> list[tuple[str, str, dict]]:
    return [(p.field, p.code, p.params) for p in caught.value.problems]


def test_a_new_indicator_counts_and_does_not_accumulate(services, count):
    indicator = services.indicators.get(count)
    assert (indicator.measure, indicator.accumulates) == ("count", False)


def test_gender_and_age_breakdowns_that_do_not_add_up_are_each_refused(services, count):
    with pytest.raises(ValidationError) as caught:
        _value(services, count, "20",
               {"gender:female": 15, "gender:male": 10, "age_band:18_24": 5,
                "age_band:25_34": 3})
    assert _problems(caught) == [
        ("breakdown", "breakdown_sum", {"group": "age_band", "total": "8", "value": "20",
                                        "cells": ["age_band:18_24", "age_band:25_34"],
                                        "over": False}),
        ("breakdown", "breakdown_sum", {"group": "gender", "total": "25", "value": "20",
                                        "cells": ["gender:female", "gender:male"],
                                        "over": True}),
    ]
    assert "gender adds up to 25, value is 20" in str(caught.value)
    assert services.indicator_values.count() == 0


def test_breakdowns_that_add_up_are_stored_as_whole_numbers(services, count):
    saved = _value(services, count, "20.0", {"gender:female": 12.0, "gender:male": 8,
                                             "age_band:18_24": 20})
    stored = services.indicator_values.get(saved.id)
    assert stored.value == Decimal("20") and str(stored.value) == "20"
    assert stored.breakdown == {"gender:female": 12, "gender:male": 8, "age_band:18_24": 20}
    assert all(type(v) is int for v in stored.breakdown.values())
    with services.db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT value, breakdown FROM indicator_value").one()
    assert row == ("20", '{"age_band:18_24":20,"gender:female":12,"gender:male":8}')


def test_a_group_left_empty_is_not_summed(services, count):
    saved = _value(services, count, "20", {"gender:female": 20})
    assert services.indicator_values.get(saved.id).breakdown == {"gender:female": 20}


def test_each_bad_cell_is_named_and_the_group_is_not_summed_over_it(services, count):
    with pytest.raises(ValidationError) as caught:
        _value(services, count, "9", {"gender:female": -1, "gender:male": 2.5,
                                      "age_band:18_24": 9})
    assert _problems(caught) == [
        ("breakdown", "negative", {"cells": ["gender:female"]}),
        ("breakdown", "not_whole", {"cells": ["gender:male"]}),
    ]


def test_a_count_value_must_be_whole_and_not_negative(services, count):
    for value, code in (("9.5", "not_whole"), ("-3", "negative")):
        with pytest.raises(ValidationError) as caught:
            _value(services, count, value)
        assert [(p.field, p.code) for p in caught.value.problems] == [("value", code)]


def test_breakdown_cells_only_for_the_groups_the_indicator_is_broken_down_by(services, goal):
    by_gender = services.indicators.create(goal_id=goal, name="Women", by_gender=True).id
    with pytest.raises(ValidationError) as caught:
        _value(services, by_gender, "4", {"gender:female": 4, "age_band:18_24": 4,
                                          "colour:red": 1})
    assert _problems(caught) == [
        ("breakdown", "not_broken_down", {"cells": ["age_band:18_24"], "group": "age_band"}),
        ("breakdown", "not_a_choice", {"cells": ["colour:red"], "choices": ", ".join(
            f"gender:{g}" for g in ("female", "male", "non_binary", "undisclosed"))}),
    ]


def test_a_negative_or_fractional_count_baseline_or_target_is_refused(services, goal):
    with pytest.raises(ValidationError) as caught:
        services.indicators.create(goal_id=goal, name="People", baseline="-20", target="2.5")
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("baseline", "negative"), ("target", "not_whole")]
    assert services.indicators.count() == 0


def test_a_percentage_lies_between_0_and_100_and_its_breakdown_is_not_summed(services, goal):
    share = services.indicators.create(goal_id=goal, name="Share", measure="percent",
                                       unit="%", baseline="10", target="60", by_gender=True).id
    saved = _value(services, share, "42.5", {"gender:female": 60, "gender:male": 20.5})
    assert services.indicator_values.get(saved.id).value == Decimal("42.5")
    with pytest.raises(ValidationError) as caught:
        _value(services, share, "120", {"gender:female": 101})
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("value", "out_of_range"), ("breakdown", "out_of_range")]
    with pytest.raises(ValidationError):
        services.indicators.update(share, target="140")


def test_a_number_indicator_takes_fractions_and_negative_values(services, goal):
    change = services.indicators.create(goal_id=goal, name="Score change", measure="number",
                                        baseline="-1.5", target="2").id
    saved = _value(services, change, "-0.25")
    assert services.indicator_values.get(saved.id).value == Decimal("-0.25")


def test_an_unknown_measure_is_refused(services, goal):
    with pytest.raises(ValidationError) as caught:
        services.indicators.create(goal_id=goal, name="X", measure="litres")
    assert [(p.field, p.code) for p in caught.value.problems] == [("measure", "not_a_choice")]


def test_an_update_that_breaks_the_sum_changes_nothing(services, count):
    saved = _value(services, count, "20", {"gender:female": 12, "gender:male": 8})
    with pytest.raises(ValidationError):
        services.indicator_values.update(saved.id, value="21")
    assert services.indicator_values.get(saved.id).value == Decimal("20")


def test_values_that_no_longer_fit_a_changed_indicator_are_listed_as_inconsistent(
        services, db, count):
    good = _value(services, count, "20", {"gender:female": 12, "gender:male": 8})
    _value(services, count, "5", {"age_band:18_24": 5})
    assert inconsistent_values(db) == []
    services.indicators.update(count, by_gender=False)
    found = inconsistent_values(db)
    assert [(i.value_id, i.indicator_id) for i in found] == [(good.id, count)]
    assert {p.code for p in found[0].problems} == {"not_broken_down"}


cells = st.dictionaries(st.sampled_from(["gender:female", "gender:male", "gender:non_binary"]),
                        st.integers(min_value=0, max_value=10_000), min_size=1)


@given(cells)
def test_a_count_breakdown_passes_exactly_when_it_adds_up(breakdown):
    shape = Shape("count", ("gender",))
    total = sum(breakdown.values())
    assert value_problems(shape, Decimal(total), breakdown) == []
    off = value_problems(shape, Decimal(total + 1), breakdown)
    assert [(p.code, p.params["over"]) for p in off] == [("breakdown_sum", False)]


# -- the command line cannot bypass the rules ---------------------------------------------

def _cli_setup(tmp_path, capsys) -> tuple[str, str]:
    folder = str(tmp_path / "cli")
    assert main(["--data-dir", folder, "init"]) == 0
    ids = []
    for entity, fields in (("partner", ["name=P", "country=KG"]),
                           ("project", ["title=Pr", "country=KG"]),
                           ("goal", ["title=G"]),
                           ("indicator", ["name=Trained", "by_gender=true",
                                          "by_age_band=true"])):
        parent = {"project": "partner_id", "goal": "project_id", "indicator": "goal_id"}
        extra = [f"{parent[entity]}={ids[-1]}"] if entity in parent else []
        capsys.readouterr()
        assert main(["--data-dir", folder, "record", "create", entity, *fields, *extra]) == 0
        ids.append(capsys.readouterr().out.strip())
    return folder, ids[-1]


def _rows(folder) -> list:
    with sqlite3.connect(f"{folder}/faltbok.db") as conn:
        rows = conn.execute("SELECT id, value, breakdown FROM indicator_value").fetchall()
    conn.close()
    return rows


def test_the_cli_refuses_a_breakdown_that_does_not_add_up_in_one_line(tmp_path, capsys):
    folder, indicator = _cli_setup(tmp_path, capsys)
    bad = json.dumps({"gender:female": 15, "gender:male": 10, "age_band:18_24": 8})
    code = main(["--data-dir", folder, "record", "create", "indicator_value",
                 f"indicator_id={indicator}", "period_start=2026-01-01",
                 "period_end=2026-03-31", "value=20", f"breakdown={bad}"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "gender adds up to 25, value is 20" in err and "age_band adds up to 8" in err
    assert _rows(folder) == []


def test_the_cli_refuses_an_update_that_breaks_the_sum_and_keeps_the_row(tmp_path, capsys):
    folder, indicator = _cli_setup(tmp_path, capsys)
    good = json.dumps({"gender:female": 12, "gender:male": 8})
    assert main(["--data-dir", folder, "record", "create", "indicator_value",
                 f"indicator_id={indicator}", "period_start=2026-01-01",
                 "period_end=2026-03-31", "value=20.0", f"breakdown={good}"]) == 0
    before = _rows(folder)
    assert [row[1:] for row in before] == [("20", '{"gender:female":12,"gender:male":8}')]
    capsys.readouterr()
    code = main(["--data-dir", folder, "record", "update", "indicator_value", before[0][0],
                 'breakdown={"gender:female": 12, "gender:male": -8}'])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "cannot be negative" in err
    assert _rows(folder) == before


def test_the_demo_indicators_say_what_they_measure_and_their_values_fit(db):
    from app.demo.generator import write_demo
    from app.services.progress import indicator_progress

    write_demo(db, "small", 3)
    assert inconsistent_values(db) == []
    rows = indicator_progress(db)
    counts = [r for r in rows if r.measure == "count"]
    assert counts and all(r.accumulates for r in counts)
    assert all(type(n) is int for r in counts for x in r.readings for n in x.breakdown.values())
    assert {r.measure for r in rows} == {"count", "percent"}


def test_indicators_from_before_the_migration_become_counts_that_do_not_accumulate(
        services, db, paths, goal):
    """0006 fills the new fields with the models' defaults (a constant, so every
    replica migrates its own copy to the same row), and logs their later edits."""
    from alembic import command
    from sqlalchemy import text

    from app.services import Services
    from app.storage import migrate
    from app.storage.database import Database

    made = services.indicators.create(goal_id=goal, name="Share", unit="%", measure="percent",
                                      accumulates=True).id
    config = migrate._config()
    with db.engine.begin() as conn:  # back to the schema before 0006
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    db.close()
    again = Database.open(paths)
    assert migrate.current_revision(again.engine) == migrate.head_revision()
    indicator = Services(again).indicators.get(made)
    assert (indicator.measure, indicator.accumulates) == ("count", False)
    Services(again).indicators.update(made, measure="percent")
    with again.engine.connect() as conn:
        logged = conn.execute(text("SELECT field, value FROM change_log WHERE row_id = :id "
                                   "ORDER BY seq DESC LIMIT 1"), {"id": made}).one()
    assert tuple(logged) == ("measure", '"percent"')
    again.close()
