"""One definition of a valid value: local edits meet the rules merged changes
meet (app/services/values.py), and everything the app itself writes passes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.demo.generator import write_demo
from app.services.dump import dump_lines
from app.services.errors import Problem, ValidationError
from app.services.values import check_json, column
from tests.unit.samples import one_of_each


def refused(services, create, **data) -> ValidationError:
    before = list(dump_lines(services.db))
    with pytest.raises(ValidationError) as caught:
        create(**data)
    assert list(dump_lines(services.db)) == before
    return caught.value


def test_a_5000_character_title_is_refused_with_the_columns_limit(services):
    partner = services.partners.create(name="Ош", country="KG")
    error = refused(services, services.projects.create, partner_id=partner.id,
                    title="x" * 5000, country="KG")
    limit = column("project", "title").limit
    assert error.problems == [Problem("title", "too_long", {"limit": limit})]
    assert f"longer than {limit} characters" in str(error)
    services.projects.create(partner_id=partner.id, title="x" * limit, country="KG")


@pytest.mark.parametrize("name", ["a\x00b", "a\x1bb", "a\rb", "a\x85b"])
def test_text_with_a_control_character_is_refused(services, name):
    error = refused(services, services.partners.create, name=name, country="KG")
    assert error.codes() == {"control_character"}


def test_tabs_and_newlines_are_text(services):
    partner = services.partners.create(name="Ош", country="KG")
    report = services.field_reports.create(partner_id=partner.id, visited_on="2026-02-04",
                                           notes="line one\n\tindented")
    assert services.field_reports.get(report.id).notes == "line one\n\tindented"


def test_an_integer_beyond_64_bits_is_refused_not_a_crash(services):
    error = refused(services, services.advocacy_events.create, kind="hearing", title="Hearing",
                    held_on="2026-03-08", audience_public=1 << 70)
    assert error.codes() == {"out_of_range"}


def test_a_decimal_with_more_digits_than_money_needs_is_refused(services):
    partner = services.partners.create(name="Ош", country="KG")
    error = refused(services, services.projects.create, partner_id=partner.id, title="T",
                    country="KG", budget="1" * 40)
    assert error.codes() == {"out_of_range"}


def every_logged_change_is_accepted(db) -> int:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT tbl, field, value FROM change_log")).all()
    refused = [(t, f, v, check_json(t, f, v)) for t, f, v in rows if check_json(t, f, v)]
    assert refused == []
    return len(rows)


def test_every_value_the_app_writes_for_each_kind_of_record_is_accepted(services):
    one_of_each(services)
    assert every_logged_change_is_accepted(services.db) > 100


def test_every_value_of_the_demo_data_is_accepted(db):
    write_demo(db, "small")
    assert every_logged_change_is_accepted(db) > 1000
