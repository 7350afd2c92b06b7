"""With a passphrase, nothing a participant is known by reaches the disk in clear."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from app.protection.passphrase import set_passphrase
from app.protection.unlock import lock
from app.services import Services
from app.storage import cipher, migrate
from app.storage.cipher import PassphraseRequiredError, WrongPassphraseError
from app.storage.database import Database

PASSPHRASE = "fjällräv i snön 7"

# What a seized laptop must not give away: names (Cyrillic and Latin), the
# pseudonymous codes, contacts, and free-text notes.
SECRETS = ("Гульнара Токтогулова", "Zarina Kasymova", "OSH-7Q4X9", "BIS-K2M8P",
           "+996 555 123 987", "safe house behind the Dordoi bazaar")


def write_participants(db) -> None:
    services = Services(db)
    partner = services.partners.create(name="Kyrgyz Indigo", country="KG")
    services.participants.create(code="OSH-7Q4X9", name="Гульнара Токтогулова",
                                 contact="+996 555 123 987", gender="female")
    services.participants.create(code="BIS-K2M8P", name="Zarina Kasymova", gender="non_binary")
    services.field_reports.create(partner_id=partner.id, visited_on="2026-03-02",
                                  notes="safe house behind the Dordoi bazaar")


def leaks(root) -> list[tuple[str, str]]:
    """(file, secret) for every known secret found in plain bytes under `root`."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [(path.name, s) for s in SECRETS if s.encode("utf-8") in data]
    return found


def file_snapshot(root) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_secrets_are_in_plain_bytes_without_a_passphrase(paths, db):
    # The control: the search below would find them if they were there.
    write_participants(db)
    assert {s for _f, s in leaks(paths.root)} == set(SECRETS)


def test_a_database_made_with_a_passphrase_never_holds_a_secret_in_clear(paths):
    db = Database.open(paths, create=True, passphrase=PASSPHRASE)
    held = db.engine.connect()  # a connection stays open: the log is not folded in
    held.execute(text("SELECT 1"))
    write_participants(db)
    assert db.encrypted
    assert (paths.root / "faltbok.db-wal").stat().st_size > 0
    assert leaks(paths.root) == []
    held.close()
    migrate.backup_copy(paths.database, paths.backups, "manual", db.engine)
    db.close()
    assert list(paths.backups.glob("*.db"))
    assert leaks(paths.root) == []
    assert cipher.is_encrypted(paths.database)


def test_setting_a_passphrase_leaves_no_secret_in_the_file_its_log_or_old_backups(paths, db):
    write_participants(db)
    migrate.backup_copy(paths.database, paths.backups, "before-passphrase", db.engine)
    db.close()
    result = set_passphrase(paths, PASSPHRASE)
    assert result.backups_converted == 1
    assert leaks(paths.root) == []
    again = Database.open(paths, passphrase=PASSPHRASE)
    with again.engine.connect() as held:  # open, with a write-ahead log
        held.execute(text("SELECT 1"))
        Services(again).participants.create(code="NEW-0001", name="Zarina Kasymova")
        assert (paths.root / "faltbok.db-wal").stat().st_size > 0
        assert leaks(paths.root) == []
    again.close()
    assert leaks(paths.root) == []
    backup = next(paths.backups.glob("*.db"))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT count(*) FROM participant").fetchone()
    conn = cipher.connect(backup, cipher.key_for(backup, PASSPHRASE))
    assert conn.execute("SELECT count(*) FROM participant").fetchone() == (2,)
    conn.close()


def test_the_encrypted_file_opens_with_the_passphrase_in_any_sqlcipher_tool(paths):
    Database.open(paths, create=True, passphrase=PASSPHRASE).close()
    conn = cipher.connect(paths.database)
    conn.execute("PRAGMA key = 'fjällräv i snön 7'")
    assert conn.execute("SELECT count(*) FROM device").fetchone() == (1,)
    conn.close()


def test_wal_mode_foreign_keys_and_unicode_search_work_on_an_encrypted_database(paths):
    db = Database.open(paths, create=True, passphrase=PASSPHRASE)
    write_participants(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT fb_fold('ГУЛЬНАРА')")).scalar() == "гульнара"
    found = Services(db).partners.list(search="INDIGO")
    assert [p.name for p in found] == ["Kyrgyz Indigo"]
    db.close()


def test_without_a_passphrase_an_encrypted_database_refuses_and_nothing_changes(paths):
    db = Database.open(paths, create=True, passphrase=PASSPHRASE)
    write_participants(db)
    lock(db)  # closing alone keeps the folder unlocked for this process
    before = file_snapshot(paths.root)
    with pytest.raises(PassphraseRequiredError):
        Database.open(paths)
    assert file_snapshot(paths.root) == before


def test_a_folder_unlocked_in_this_process_reopens_until_it_is_locked(paths):
    db = Database.open(paths, create=True, passphrase=PASSPHRASE)
    db.close()
    again = Database.open(paths)
    assert again.encrypted
    lock(again)
    before = file_snapshot(paths.root)
    with pytest.raises(PassphraseRequiredError):
        Database.open(paths)
    assert file_snapshot(paths.root) == before


def test_a_wrong_passphrase_refuses_and_changes_no_database_file(paths):
    db = Database.open(paths, create=True, passphrase=PASSPHRASE)
    write_participants(db)
    db.close()
    before = file_snapshot(paths.root)
    with pytest.raises(WrongPassphraseError):
        Database.open(paths, passphrase="fjällräv i snön 8")
    assert file_snapshot(paths.root) == before


def test_a_plain_database_opens_whatever_passphrase_is_offered(paths, db):
    write_participants(db)
    db.close()
    again = Database.open(paths, passphrase="anything")
    assert not again.encrypted
    assert Services(again).participants.count() == 2
    again.close()


def test_an_encrypted_database_is_backed_up_encrypted_before_a_migration(paths):
    from alembic import command

    from app.storage.engine import open_engine

    paths.root.mkdir(parents=True)
    key = cipher.new_key(PASSPHRASE)
    engine = open_engine(paths.database, key)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    db = Database.open(paths, passphrase=PASSPHRASE)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()
    [backup] = paths.backups.glob("*.db")
    assert cipher.is_encrypted(backup)
    conn = cipher.connect(backup, cipher.key_for(backup, PASSPHRASE))
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
