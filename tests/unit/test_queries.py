"""Paged list queries: search, filter, sort and references resolved in SQL."""

from __future__ import annotations

import pytest

from app.services.queries import PageRequest, count, page


@pytest.fixture
def world(services):
    partner = services.partners.create(name="Ак Жол", country="KG")
    other = services.partners.create(name="Bright Future", country="KZ")
    project = services.projects.create(partner_id=partner.id, title="Жаштар", country="KG")
    training = services.trainings.create(project_id=project.id, title="Security")
    meeting = services.sessions.create(training_id=training.id, held_on="2026-02-01")
    people = [services.participants.create(code=f"OSH-{n:03d}", name=f"Secret {n}")
              for n in range(5)]
    for person in people:
        services.attendance.add_to_roster(training.id, person.id)
        services.attendance.mark(meeting.id, person.id, present=True)
    services.partners.delete(other.id)
    return partner, project, meeting, people


def test_reference_columns_show_the_label_of_the_row_they_point_at(db, world):
    partner, project, _, _ = world
    rows = page(db, PageRequest("project"))
    assert rows[0]["partner_id"] == "Ак Жол" and rows[0]["id"] == project.id


def test_tombstoned_rows_are_not_listed(db, world):
    assert [r["name"] for r in page(db, PageRequest("partner"))] == ["Ак Жол"]


def test_search_folds_cyrillic_case_and_looks_into_referenced_labels(db, world):
    assert count(db, PageRequest("partner", search="ак жол")) == 1
    assert count(db, PageRequest("project", search="АК")) == 1
    assert count(db, PageRequest("attendance", search="osh-003")) == 1


def test_search_never_matches_sensitive_fields(db, world):
    assert count(db, PageRequest("participant", search="Secret")) == 0


def test_pages_follow_the_requested_sort_and_do_not_overlap(db, world):
    first = page(db, PageRequest("participant", sort="code", descending=True, limit=3))
    rest = page(db, PageRequest("participant", sort="code", descending=True, limit=3,
                                after=(first[-1]["code"], first[-1]["id"])))
    codes = [r["code"] for r in first + rest]
    assert codes == [f"OSH-{n:03d}" for n in reversed(range(5))]


def test_filters_select_rows_by_field_value(db, world):
    _, _, meeting, people = world
    assert count(db, PageRequest("attendance", filters={"session_id": meeting.id})) == 5
    assert count(db, PageRequest("attendance", filters={"participant_id": people[0].id})) == 1


def test_search_wildcards_are_taken_literally(db, world):
    assert count(db, PageRequest("participant", search="%")) == 0


def test_a_page_with_its_total_counts_every_match_not_only_the_page(db, world):
    from app.services.queries import page_with_total

    rows, total = page_with_total(db, PageRequest("attendance", search="OSH-", limit=2))
    assert len(rows) == 2 and total == 5 and "_total" not in rows[0]
    assert page_with_total(db, PageRequest("attendance", search="nobody")) == ([], 0)
