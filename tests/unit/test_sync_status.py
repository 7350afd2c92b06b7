"""The status bar's sync figures come from the change log and local state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from app.services.restore import restore
from app.services.sync_status import last_sync_at, unacknowledged_changes


def _set(db, key, value):
    with db.session() as session:
        session.execute(text("INSERT OR REPLACE INTO local_state(key, value) VALUES (:k, :v)"),
                        {"k": key, "v": value})


def test_every_logged_change_counts_until_headquarters_acknowledges_it(db, services):
    before = unacknowledged_changes(db)
    services.partners.create(name="P", country="KG")
    after = unacknowledged_changes(db)
    assert after > before
    with db.session() as session:
        top = session.execute(text("SELECT max(seq) FROM change_log")).scalar_one()
    _set(db, "acked_seq", str(top))
    assert unacknowledged_changes(db) == 0


def test_last_sync_is_none_until_recorded(db):
    assert last_sync_at(db) is None
    _set(db, "last_sync_at", "2026-03-01T10:00:00+00:00")
    assert last_sync_at(db) == datetime.fromisoformat("2026-03-01T10:00:00+00:00")


def test_restore_brings_a_deleted_record_back(db, services):
    partner = services.partners.create(name="P", country="KG")
    services.partners.delete(partner.id)
    restore(db, "partner", partner.id)
    assert services.partners.get(partner.id).name == "P"


def test_changes_merged_from_other_devices_are_not_ours_to_acknowledge(db, services):
    before = unacknowledged_changes(db)
    with db.session() as session:
        session.execute(text("INSERT INTO change_log(tbl, row_id, field, value, hlc, device_id) "
                             "VALUES ('partner', 'x', 'name', '\"P\"', 'h', 'another-device')"))
    assert unacknowledged_changes(db) == before


def test_the_incremental_counter_agrees_with_a_full_count(db, services):
    from app.services.sync_status import UnacknowledgedCounter

    counter = UnacknowledgedCounter(db)
    assert counter() == unacknowledged_changes(db)
    partner = services.partners.create(name="P", country="KG")
    services.partners.update(partner.id, region="Osh")
    assert counter() == unacknowledged_changes(db)
    with db.session() as session:
        top = session.execute(text("SELECT max(seq) FROM change_log")).scalar_one()
    _set(db, "acked_seq", str(top - 1))
    assert counter() == unacknowledged_changes(db) == 1
