"""Every write of a synced table is in the change log, or does not happen."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from app.domain.ids import uuid7
from app.domain.models import SYNCED_MODELS, model_for_table, synced_fields
from app.domain.organisation import Partner
from app.storage.stamping import HardDeleteError
from tests.unit.samples import one_of_each

TABLES = [m.__tablename__ for m in SYNCED_MODELS]
# Tables whose rows can change after insert (audit_event is append-only).
UPDATABLE = [m.__tablename__ for m in SYNCED_MODELS if not getattr(m, "__append_only__", False)]


def changes(db, table: str, row_id: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.execute(text(
            "SELECT field, value, hlc, device_id FROM change_log "
            "WHERE tbl = :t AND row_id = :r ORDER BY seq"), {"t": table, "r": row_id}).all()


def row_hlc(db, table: str, row_id: str) -> str:
    with db.engine.connect() as conn:
        return conn.execute(text(f'SELECT hlc FROM "{table}" WHERE id = :r'),
                            {"r": row_id}).scalar_one()


@pytest.fixture
def sample(services):
    return one_of_each(services)


def test_the_sample_covers_every_synced_table(sample):
    assert set(sample) == set(TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_an_insert_logs_every_field_once_with_the_rows_stamp(db, sample, table):
    logged = changes(db, table, sample[table])
    assert sorted(f for f, *_ in logged) == sorted(synced_fields(model_for_table(table)))
    stamp = row_hlc(db, table, sample[table])
    assert {h for _f, _v, h, _d in logged} == {stamp}
    assert {d for *_rest, d in logged} == {db.device_id}


@pytest.mark.parametrize("table", UPDATABLE)
def test_a_tombstone_is_logged_as_a_change_of_the_deleted_field(db, services, sample, table):
    before = len(changes(db, table, sample[table]))
    with db.session() as session:
        session.get(model_for_table(table), sample[table]).deleted = True
    logged = changes(db, table, sample[table])
    assert len(logged) == before + 1
    assert logged[-1][:2] == ("deleted", "1")
    assert logged[-1][2] == row_hlc(db, table, sample[table])


def test_an_update_logs_only_the_fields_that_changed(db, services, sample):
    services.partners.update(sample["partner"], region="Ошская область", name=
                             "Женский ресурсный центр «Ош»")  # name unchanged
    logged = changes(db, "partner", sample["partner"])
    assert logged[-1][:2] == ("region", '"Ошская область"')
    assert [f for f, *_ in logged].count("name") == 1


@pytest.mark.parametrize("table", UPDATABLE)
def test_raw_sql_update_without_a_fresh_stamp_is_refused(db, sample, table):
    before = changes(db, table, sample[table])
    with pytest.raises(IntegrityError, match="fresh clock stamp"):
        with db.engine.begin() as conn:
            conn.execute(text(f'UPDATE "{table}" SET deleted = 1 WHERE id = :r'),
                         {"r": sample[table]})
    assert changes(db, table, sample[table]) == before


@pytest.mark.parametrize("table", UPDATABLE)
def test_raw_sql_update_with_a_fresh_stamp_is_logged(db, sample, table):
    stamp = db.clock.tick()
    with db.engine.begin() as conn:
        conn.execute(text(f'UPDATE "{table}" SET deleted = 1, hlc = :h WHERE id = :r'),
                     {"r": sample[table], "h": stamp})
    assert changes(db, table, sample[table])[-1] == ("deleted", "1", stamp, db.device_id)


@pytest.mark.parametrize("table", TABLES)
def test_raw_sql_delete_is_refused(db, sample, table):
    with pytest.raises(IntegrityError, match="tombstoned"):
        with db.engine.begin() as conn:
            conn.execute(text(f'DELETE FROM "{table}" WHERE id = :r'), {"r": sample[table]})
    assert row_hlc(db, table, sample[table])


def test_orm_delete_of_a_synced_row_is_refused(db, sample):
    with pytest.raises(HardDeleteError):
        with db.session() as session:
            session.delete(session.get(Partner, sample["partner"]))
    with db.session() as session:  # the row is still there, and not even tombstoned
        kept = session.get(Partner, sample["partner"])
        assert kept is not None and kept.deleted is False


def test_core_bulk_insert_is_logged_too(db):
    rows = [{"id": uuid7(), "hlc": db.clock.tick(), "deleted": False, "name": f"P{n}",
             "country": "KZ", "region": "", "contact": "", "themes": [],
             "sensitivity": "normal"} for n in range(3)]
    with db.engine.begin() as conn:
        conn.execute(insert(Partner.__table__), rows)
    for row in rows:
        assert len(changes(db, "partner", row["id"])) == len(synced_fields(Partner))


def test_a_failed_transaction_leaves_no_change_rows(db, services):
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
    with pytest.raises(RuntimeError):
        with db.session() as session:
            session.add(Partner(name="Half written", country="TJ"))
            session.flush()
            raise RuntimeError("crash before commit")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == before


def test_every_synced_table_has_its_four_triggers_in_the_database(db):
    with db.engine.connect() as conn:
        triggers = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    for table in TABLES:
        for kind in ("insert", "update", "stamp", "nodelete"):
            assert f"cl_{table}_{kind}" in triggers


def test_the_clock_is_persisted_so_a_reopened_database_stamps_later(paths, db, services):
    services.partners.create(name="Before restart", country="KG")
    last = db.clock.last
    db.close()
    from app.storage.database import Database

    again = Database.open(paths)
    assert again.device_id == db.device_id
    assert again.clock.tick() > last
