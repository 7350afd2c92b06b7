"""A refused record names every problem in one answer (issue 10, item 5): a form
shows them all at once instead of one round per kind of check."""

from __future__ import annotations

import pytest

from app.services.errors import ValidationError
from tests.unit.samples import one_of_each


def codes(error: ValidationError) -> dict[str, str]:
    return {p.field: p.code for p in error.problems}


def test_a_new_record_with_an_unreadable_number_also_hears_of_its_missing_fields(services):
    with pytest.raises(ValidationError) as caught:
        services.projects.create(title="", budget="lots", start_date="2026-05-01",
                                 end_date="2026-04-01")
    found = codes(caught.value)
    assert found["budget"] == "invalid"
    assert found["title"] == "required" and found["end_date"] == "end_before_start"
    assert found["country"] == "required"


def test_an_update_with_an_unreadable_date_also_hears_of_the_rest_and_changes_nothing(
        services):
    sample = one_of_each(services)
    before = services.projects.get(sample["project"])
    with pytest.raises(ValidationError) as caught:
        services.projects.update(sample["project"], start_date="someday", title=" ",
                                 budget="-5")
    assert codes(caught.value) == {"start_date": "invalid", "title": "required",
                                   "budget": "negative"}
    after = services.projects.get(sample["project"])
    assert (after.title, after.budget, after.start_date) == (
        before.title, before.budget, before.start_date)


def test_a_field_that_could_not_be_read_is_not_also_called_missing(services):
    with pytest.raises(ValidationError) as caught:
        services.partners.create(name="Somewhere", country="KG", themes="not a list")
    problems = [p for p in caught.value.problems if p.field == "themes"]
    assert [p.code for p in problems] == ["invalid"]
