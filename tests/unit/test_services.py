"""Services: typed validation, tombstones, search, the attendance workflow."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.current_user import set_current_user
from app.services.errors import NotFoundError, NotOnRosterError, ValidationError
from app.services.privacy import NamesHiddenError, reveal_names
from tests.unit.samples import one_of_each


@pytest.fixture
def sample(services):
    return one_of_each(services)


def codes(error: ValidationError) -> dict[str, str]:
    return {p.field: p.code for p in error.problems}


def test_a_project_that_ends_before_it_starts_is_refused(services, sample):
    with pytest.raises(ValidationError) as caught:
        services.projects.create(partner_id=sample["partner"], title="Backwards", country="KG",
                                 start_date="2026-05-01", end_date="2026-04-30")
    assert codes(caught.value) == {"end_date": "end_before_start"}


def test_an_update_that_breaks_a_date_pair_changes_nothing(services, sample):
    with pytest.raises(ValidationError):
        services.projects.update(sample["project"], end_date="2025-01-01")
    assert str(services.projects.get(sample["project"]).end_date) == "2026-12-31"


@pytest.mark.parametrize("field", ["audience_public", "audience_students",
                                   "audience_decision_makers"])
def test_negative_audience_counts_are_refused(services, field):
    with pytest.raises(ValidationError) as caught:
        services.advocacy_events.create(kind="lecture", title="Talk", held_on="2026-03-01",
                                        **{field: -3})
    assert codes(caught.value) == {field: "negative"}


def test_negative_money_is_refused(services, sample):
    with pytest.raises(ValidationError) as caught:
        services.disbursements.create(project_id=sample["project"], paid_on="2026-01-01",
                                      amount="-5")
    assert codes(caught.value) == {"amount": "negative"}


def test_attendance_for_a_participant_not_on_the_roster_is_refused(services, sample):
    stranger = services.participants.create(code="OSH-000999")
    with pytest.raises(NotOnRosterError) as caught:
        services.attendance.mark(sample["training_session"], stranger.id)
    assert codes(caught.value) == {"participant_id": "not_on_roster"}
    assert stranger.id not in services.attendance.present_ids(sample["training_session"])


@pytest.mark.parametrize("method", ["get", "delete"])
def test_unknown_ids_raise_not_found(services, method):
    with pytest.raises(NotFoundError):
        getattr(services.partners, method)("0193a2b4-0000-7000-8000-00000000dead")


def test_updating_an_unknown_id_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.partners.update("0193a2b4-0000-7000-8000-00000000dead", name="x")


def test_a_reference_to_an_unknown_row_is_refused(services):
    with pytest.raises(ValidationError) as caught:
        services.projects.create(partner_id="0193a2b4-0000-7000-8000-00000000dead",
                                 title="Orphan", country="KG")
    assert codes(caught.value) == {"partner_id": "unknown_reference"}


def test_a_reference_to_a_deleted_row_is_refused(services, sample):
    services.partners.delete(sample["partner"])
    with pytest.raises(ValidationError) as caught:
        services.projects.create(partner_id=sample["partner"], title="Late", country="KG")
    assert codes(caught.value) == {"partner_id": "unknown_reference"}


def test_required_fields_choices_and_types_are_checked_together(services):
    with pytest.raises(ValidationError) as caught:
        services.partners.create(name="  ", country="XX", themes=["astrology"])
    assert codes(caught.value) == {"name": "required", "country": "not_a_choice",
                                   "themes": "not_a_choice"}
    with pytest.raises(ValidationError) as caught:
        services.advocacy_events.create(kind="lecture", title="T", held_on="not a date")
    assert codes(caught.value) == {"held_on": "invalid"}


def test_unknown_fields_are_refused(services):
    with pytest.raises(ValidationError) as caught:
        services.partners.create(name="P", country="KG", colour="red")
    assert codes(caught.value) == {"colour": "unknown_field"}


def test_participant_codes_are_unique_among_live_participants(services):
    first = services.participants.create(code="BSK-000001")
    with pytest.raises(ValidationError) as caught:
        services.participants.create(code="BSK-000001")
    assert codes(caught.value) == {"code": "duplicate"}
    services.participants.delete(first.id)
    assert services.participants.create(code="BSK-000001").code == "BSK-000001"


def test_delete_is_a_tombstone_hidden_from_get_and_list(services, sample):
    services.publications.delete(sample["publication"])
    with pytest.raises(NotFoundError):
        services.publications.get(sample["publication"])
    assert services.publications.list() == []
    kept = services.publications.get(sample["publication"], include_deleted=True)
    assert kept.deleted is True


def test_search_folds_cyrillic_case_and_skips_sensitive_fields(services, sample):
    assert [p.id for p in services.partners.list(search="ЖЕНСКИЙ")] == [sample["partner"]]
    # the participant's name is sensitive: a search by name finds nothing
    assert services.participants.list(search="нургуль") == []
    assert len(services.participants.list(search="osh-0000")) == 1


def test_list_sorts_filters_and_pages_in_sql(services, sample):
    for n in range(5):
        services.partners.create(name=f"Partner {n}", country="TJ")
    names = [p.name for p in services.partners.list(filters={"country": "TJ"},
                                                    order_by="name", descending=True, limit=2)]
    assert names == ["Partner 4", "Partner 3"]
    assert services.partners.count(filters={"country": "TJ"}) == 5


def test_money_is_kept_exact(services, sample):
    assert services.projects.get(sample["project"]).budget == Decimal("250000.00")


def test_a_walk_in_is_created_put_on_the_roster_and_marked_present(services, sample):
    person = services.attendance.add_walk_in(sample["training_session"], code="OSH-000050",
                                             gender="male", age_band="18_24")
    assert person.id in {p.id for p in services.attendance.roster(sample["training"])}
    assert person.id in services.attendance.present_ids(sample["training_session"])
    counts = services.attendance.counts(sample["training_session"])
    assert counts.present == 2
    assert counts.by_gender == {"female": 1, "male": 1}
    assert counts.by_age_band == {"25_34": 1, "18_24": 1}


def test_a_failed_walk_in_writes_nothing(services, sample):
    with pytest.raises(ValidationError):
        services.attendance.add_walk_in(sample["training_session"], code="OSH-000001")
    assert len(services.attendance.roster(sample["training"])) == 1


def test_marking_twice_updates_the_same_attendance_row(services, sample):
    again = services.attendance.mark(sample["training_session"], sample["participant"], False)
    assert again.id == sample["attendance"]
    assert services.attendance.present_ids(sample["training_session"]) == set()


def test_names_are_revealed_only_to_roles_allowed_to_see_them(db, services, sample):
    set_current_user(db, sample["app_user"])  # an intern
    with pytest.raises(NamesHiddenError):
        reveal_names(db, [sample["participant"]])
    coordinator = services.users.create(name="Karin", role="coordinator")
    set_current_user(db, coordinator.id)
    assert reveal_names(db, [sample["participant"]]) == {
        sample["participant"]: ("Нургуль Осмонова", "")}


def test_search_takes_wildcards_literally(services):
    services.partners.create(name="100% Youth", country="KG")
    services.partners.create(name="Peace_Bridges", country="KG")
    services.partners.create(name="Peace Bridges", country="KG")
    assert [p.name for p in services.partners.list(search="100%")] == ["100% Youth"]
    assert [p.name for p in services.partners.list(search="e_b")] == ["Peace_Bridges"]
