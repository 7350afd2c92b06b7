"""Quick wipe leaves none of the app's files, and says what headquarters never got."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from app.protection.unlock import lock
from app.protection.wipe import unacknowledged_changes, wipe
from app.services import Services
from app.storage import migrate
from app.storage.database import Database, NoDatabaseError
from app.storage.files import shred
from app.sync import attachments


def fill_data_folder(paths, db) -> None:
    services = Services(db)
    partner = services.partners.create(name="Kyrgyz Indigo", country="KG")
    services.participants.create(code="OSH-7Q4X9", name="Гульнара Токтогулова")
    services.field_reports.create(partner_id=partner.id, visited_on="2026-03-02",
                                  notes="Visit")
    migrate.backup_copy(paths.database, paths.backups, "manual", db.engine)
    paths.keys.mkdir()
    (paths.keys / "device.key").write_bytes(b"private key")
    paths.bundles.mkdir()
    (paths.bundles / "outbox").mkdir()
    (paths.bundles / "outbox" / "bundle-1.fbz").write_bytes(b"bundle")
    attachments.save_local(paths, b"a scanned attendance sheet")  # may show people
    (paths.root / "logs").mkdir()  # the app's failure log (app/ui): what was done, when
    (paths.root / "logs" / "faltbok.log").write_text("ValueError in save()\n")
    (paths.root / "hub" / "inbox").mkdir(parents=True)  # at HQ: uploaded bundles
    (paths.root / "hub" / "inbox" / "bundle-2.fbk").write_bytes(b"bundle")


def app_files(paths) -> list[str]:
    return sorted(str(p.relative_to(paths.root)) for p in paths.root.rglob("*"))


def set_acked(db, seq: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO local_state(key, value) VALUES ('acked_seq', :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {"v": str(seq)})


def test_wipe_leaves_none_of_the_files_even_with_the_database_open(paths, db):
    fill_data_folder(paths, db)
    held = db.engine.connect()
    held.execute(text("SELECT 1"))
    Services(db).partners.create(name="Written while open", country="KZ")
    assert (paths.root / "faltbok.db-wal").exists()
    held.close()
    report = wipe(paths, db=db)
    assert app_files(paths) == []
    assert report.files_destroyed >= 4


def test_wipe_counts_the_changes_headquarters_has_not_acknowledged_by_table(paths, db):
    services = Services(db)
    services.partners.create(name="Acknowledged", country="KG")
    with db.engine.connect() as conn:
        acked = conn.execute(text("SELECT max(seq) FROM change_log")).scalar_one()
    set_acked(db, acked)
    services.partners.create(name="Not yet", country="KG")
    services.participants.create(code="OSH-000002")
    with db.engine.connect() as conn:
        expected = dict(conn.execute(text(
            "SELECT tbl, count(*) FROM change_log WHERE seq > :a GROUP BY tbl"),
            {"a": acked}).all())
    assert set(expected) == {"partner", "participant"}
    report = wipe(paths, db=db)
    assert report.counted
    assert report.unacknowledged == expected
    assert report.total_unacknowledged == sum(expected.values())


def test_without_an_acknowledgement_every_change_counts(paths, db):
    Services(db).partners.create(name="P", country="KG")
    with db.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
    db.close()
    assert sum(unacknowledged_changes(paths).values()) == total


def test_a_locked_database_is_wiped_without_being_counted(paths):
    db = Database.open(paths, create=True, passphrase="secret")
    fill_data_folder(paths, db)
    lock(db)
    report = wipe(paths)
    assert not report.counted and report.unacknowledged == {}
    assert app_files(paths) == []


def test_a_locked_database_is_counted_when_the_passphrase_is_given(paths):
    db = Database.open(paths, create=True, passphrase="secret")
    Services(db).partners.create(name="P", country="KG")
    lock(db)
    assert wipe(paths, "secret").total_unacknowledged > 0
    assert app_files(paths) == []


def test_an_unlocked_database_handed_to_the_wipe_is_counted(paths):
    db = Database.open(paths, create=True, passphrase="secret")
    Services(db).partners.create(name="P", country="KG")
    report = wipe(paths, db=db)
    assert report.counted and report.unacknowledged["partner"] > 0
    assert app_files(paths) == []
    with pytest.raises(NoDatabaseError):
        Database.open(paths)


def test_a_wrong_passphrase_does_not_stop_the_wipe(paths):
    Database.open(paths, create=True, passphrase="secret").close()
    report = wipe(paths, "not it")
    assert not report.counted
    assert app_files(paths) == []


def test_wiping_an_empty_folder_is_harmless(paths):
    report = wipe(paths)
    assert (report.counted, report.files_destroyed) == (False, 0)


def test_shred_overwrites_the_bytes_before_unlinking(tmp_path):
    target = tmp_path / "secret.db"
    target.write_bytes(b"Gulnara Toktogulova " * 1000)
    witness = tmp_path / "witness"  # a second name for the same bytes on disk
    os.link(target, witness)
    assert shred(target)
    assert not target.exists()
    assert b"Gulnara" not in witness.read_bytes()
    assert witness.stat().st_size == 20 * 1000


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_shred_removes_a_link_without_touching_its_target(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"not ours")
    link = tmp_path / "link"
    link.symlink_to(target)
    shred(link)
    assert target.read_bytes() == b"not ours" and not link.exists()


def test_changes_merged_from_other_devices_are_not_counted_as_lost(paths, db):
    Services(db).partners.create(name="Ours", country="KG")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO change_log(tbl, row_id, field, value, hlc, device_id) "
                          "VALUES ('publication', 'x', 'title', '\"T\"', 'h', 'another')"))
    assert set(unacknowledged_changes(paths)) == {"device", "partner"}  # ours, not theirs
