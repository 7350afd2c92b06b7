"""The audit trail is append-only, synced, and records who saw participants' names."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.domain.models import SYNCED_MODELS
from app.domain.system import AuditEvent
from app.services.audit import AuditService
from app.services.current_user import set_current_user
from app.services.errors import ValidationError
from app.services.privacy import NamesHiddenError, reveal_names


@pytest.fixture
def coordinator(services):
    user = services.users.create(name="Aida Coordinator", role="coordinator")
    set_current_user(services.db, user.id)
    return user


def test_an_event_records_who_on_which_device_when_and_what(db, coordinator):
    event = AuditService(db).record("export", "bundle 0192")
    assert (event.user_id, event.user_name, event.device_id) == \
        (coordinator.id, "Aida Coordinator", db.device_id)
    assert event.occurred_at.endswith("Z") and event.occurred_at[:4].isdigit()
    assert [e.id for e in AuditService(db).list()] == [event.id]


def test_events_list_newest_first_and_by_action(db, coordinator):
    audit = AuditService(db)
    first = audit.record("export")
    second = audit.record("import", "bundle from HQ")
    assert [e.id for e in audit.list()] == [second.id, first.id]
    assert [e.id for e in audit.list(action="import")] == [second.id]
    assert len(audit.list(limit=1)) == 1


def test_an_unknown_action_is_refused(db):
    with pytest.raises(ValidationError):
        AuditService(db).record("tamper")
    assert AuditService(db).list() == []


def test_without_a_current_user_the_event_says_so(db):
    event = AuditService(db).record("import")
    assert (event.user_id, event.user_name) == (None, "")


def test_raw_sql_cannot_update_an_event_even_with_a_fresh_stamp(db, coordinator):
    event = AuditService(db).record("export", "true story")
    with pytest.raises(IntegrityError, match="append-only"):
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_event SET detail = 'rewritten', hlc = :h "
                              "WHERE id = :i"), {"h": db.clock.tick(), "i": event.id})
    assert AuditService(db).list()[0].detail == "true story"


def test_an_event_cannot_be_tombstoned_through_the_orm(db, coordinator):
    event = AuditService(db).record("export")
    with pytest.raises(IntegrityError, match="append-only"):
        with db.session() as session:
            session.get(AuditEvent, event.id).deleted = True
    assert AuditService(db).list()[0].id == event.id


def test_raw_sql_cannot_delete_an_event(db, coordinator):
    AuditService(db).record("export")
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_event"))
    assert len(AuditService(db).list()) == 1


def test_setting_the_old_sync_apply_flag_no_longer_opens_the_trail(db, coordinator):
    """Any connection could set `sync_apply.active` and rewrite history; the flag
    the triggers read now lives in the merging connection alone."""
    event = AuditService(db).record("export", "true story")
    with pytest.raises(IntegrityError, match="append-only"):
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE sync_apply SET active = 1"))
            conn.execute(text("UPDATE audit_event SET detail = 'rewritten', hlc = :h "
                              "WHERE id = :i"), {"h": db.clock.tick(), "i": event.id})
    assert [e.detail for e in AuditService(db).list()] == ["true story"]


def test_events_sync_through_the_change_log(db, coordinator):
    assert AuditEvent in SYNCED_MODELS
    event = AuditService(db).record("conflict_resolution", "partner 0192 name")
    with db.engine.connect() as conn:
        fields = set(conn.execute(text("SELECT field FROM change_log WHERE tbl = 'audit_event' "
                                       "AND row_id = :i"), {"i": event.id}).scalars())
    assert {"action", "detail", "user_id", "user_name", "device_id", "occurred_at"} <= fields


def test_revealing_names_is_recorded_with_ids_never_names(db, services, coordinator):
    person = services.participants.create(code="OSH-7Q4X9", name="Гульнара Токтогулова")
    assert reveal_names(db, [person.id]) == {person.id: ("Гульнара Токтогулова", "")}
    [event] = AuditService(db).list(action="view_names")
    assert event.user_id == coordinator.id
    assert person.id in event.detail and "Гульнара" not in event.detail


def test_a_refused_reveal_records_nothing(db, services):
    intern = services.users.create(name="Intern", role="intern")
    set_current_user(db, intern.id)
    person = services.participants.create(code="OSH-7Q4X9", name="Hidden Name")
    with pytest.raises(NamesHiddenError):
        reveal_names(db, [person.id])
    assert AuditService(db).list() == []
