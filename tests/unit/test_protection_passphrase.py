"""Setting, changing and removing the passphrase keeps every record, and only that."""

from __future__ import annotations

import io
import os

import pytest

from app.protection.passphrase import change_passphrase, remove_passphrase, set_passphrase
from app.services import Services
from app.services.audit import AuditService
from app.services.dump import write_dump
from app.storage import cipher, keys, migrate, sealing
from app.storage.cipher import (
    AlreadyEncryptedError,
    EmptyPassphraseError,
    NotEncryptedError,
    WrongPassphraseError,
)
from app.storage.database import Database
from app.storage.files import NEW_SUFFIX, OLD_SUFFIX
from tests.unit.samples import one_of_each


def dump_without_audit(paths, passphrase=None) -> bytes:
    db = Database.open(paths, passphrase=passphrase)
    out = io.BytesIO()
    write_dump(db, out)
    db.close()
    return b"\n".join(line for line in out.getvalue().splitlines()
                      if b'"table":"audit_event"' not in line)


def audit_actions(paths, passphrase=None) -> list[str]:
    db = Database.open(paths, passphrase=passphrase)
    actions = [e.action for e in reversed(AuditService(db).list())]
    db.close()
    return actions


@pytest.fixture
def filled(paths, db):
    one_of_each(Services(db))
    db.close()
    return paths


def test_set_change_remove_round_trip_keeps_every_record_identical(filled):
    paths = filled
    original = dump_without_audit(paths)
    set_passphrase(paths, "first secret")
    assert cipher.is_encrypted(paths.database)
    assert dump_without_audit(paths, "first secret") == original
    change_passphrase(paths, "first secret", "second secret")
    assert dump_without_audit(paths, "second secret") == original
    with pytest.raises(WrongPassphraseError):
        Database.open(paths, passphrase="first secret")
    remove_passphrase(paths, "second secret")
    assert not cipher.is_encrypted(paths.database)
    assert dump_without_audit(paths) == original


def test_each_operation_is_recorded_in_the_audit_trail(filled):
    paths = filled
    set_passphrase(paths, "one")
    change_passphrase(paths, "one", "two")
    remove_passphrase(paths, "two")
    assert audit_actions(paths)[-3:] == ["passphrase_set", "rekey", "passphrase_removed"]


def test_a_change_gives_the_file_a_fresh_salt(filled):
    set_passphrase(filled, "one")
    salt = filled.database.read_bytes()[:16]
    change_passphrase(filled, "one", "two")
    assert filled.database.read_bytes()[:16] != salt


def test_no_companion_or_staging_file_is_left_behind(filled):
    set_passphrase(filled, "one")
    change_passphrase(filled, "one", "two")
    assert sorted(p.name for p in filled.root.iterdir()) == ["faltbok.db"]


def test_refusals_change_nothing(filled):
    paths = filled
    with pytest.raises(NotEncryptedError):
        change_passphrase(paths, "x", "y")
    with pytest.raises(NotEncryptedError):
        remove_passphrase(paths, "x")
    with pytest.raises(EmptyPassphraseError):
        set_passphrase(paths, "")
    set_passphrase(paths, "right")
    before = paths.database.read_bytes()
    with pytest.raises(AlreadyEncryptedError):
        set_passphrase(paths, "other")
    with pytest.raises(WrongPassphraseError):
        change_passphrase(paths, "wrong", "new")
    with pytest.raises(WrongPassphraseError):
        remove_passphrase(paths, "wrong")
    with pytest.raises(EmptyPassphraseError):
        change_passphrase(paths, "right", "")
    assert paths.database.read_bytes() == before


def test_backups_follow_the_database_and_unopenable_ones_are_destroyed(paths, db):
    one_of_each(Services(db))
    plain_backup = migrate.backup_copy(paths.database, paths.backups, "one", db.engine)
    db.close()
    set_passphrase(paths, "one")
    assert cipher.is_encrypted(plain_backup)
    # a backup under a passphrase the user has since retired
    stranger = paths.backups / "faltbok-older.db"
    cipher.export(plain_backup, cipher.key_for(plain_backup, "one"), stranger,
                  cipher.new_key("zero"))
    change_passphrase(paths, "one", "two")
    assert not stranger.exists()
    cipher.check_key(plain_backup, cipher.key_for(plain_backup, "two"))
    result = remove_passphrase(paths, "two")
    assert result.backups_converted == 1
    assert plain_backup.read_bytes().startswith(cipher.SQLITE_HEADER)


def test_key_files_are_sealed_under_the_passphrase_and_follow_its_changes(filled):
    paths = filled
    paths.keys.mkdir()
    secret = b"ed25519 private key bytes 0123456789"
    (paths.keys / "device.key").write_bytes(secret)
    result = set_passphrase(paths, "one")
    assert result.secrets_resealed == 1
    stored = (paths.keys / "device.key").read_bytes()
    assert secret not in stored and sealing.is_sealed(stored)
    assert sealing.unseal(stored, "one", name="device.key") == secret
    change_passphrase(paths, "one", "two")
    stored = (paths.keys / "device.key").read_bytes()
    with pytest.raises(sealing.UnsealError):
        sealing.unseal(stored, "one", name="device.key")
    assert keys.unseal_secret(paths, "device.key", stored) == secret  # held since the change
    keys.forget(paths)
    with pytest.raises(keys.SecretsLockedError):
        keys.unseal_secret(paths, "device.key", stored)
    remove_passphrase(paths, "two")
    assert (paths.keys / "device.key").read_bytes() == secret


def test_a_secret_is_never_written_in_clear_beside_a_locked_database(filled):
    set_passphrase(filled, "one")
    keys.forget(filled)
    with pytest.raises(keys.SecretsLockedError):
        keys.seal_secret(filled, "device.key", b"secret")


def test_an_old_version_swap_cut_after_the_new_file_was_in_place_is_finished(filled):
    paths = filled
    set_passphrase(paths, "one")
    leftover_old = paths.database.with_name("faltbok.db" + OLD_SUFFIX)
    leftover_new = paths.database.with_name("faltbok.db" + NEW_SUFFIX)
    leftover_old.write_bytes(b"SQLite format 3\x00 plaintext of the previous file")
    leftover_new.write_bytes(b"half an export")
    Database.open(paths, passphrase="one").close()
    assert not leftover_old.exists() and not leftover_new.exists()


def test_an_old_version_swap_cut_between_two_renames_restores_the_old_file(filled):
    paths = filled
    original = dump_without_audit(paths)
    old = paths.database.with_name("faltbok.db" + OLD_SUFFIX)
    paths.database.rename(old)
    new = paths.database.with_name("faltbok.db" + NEW_SUFFIX)
    new.write_bytes(b"an export the crash cut short")
    assert dump_without_audit(paths) == original
    assert not old.exists() and not new.exists()


def test_a_hard_link_left_by_the_previous_swap_is_unlinked_not_shredded(filled):
    """The previous version linked the database to `.rekey-old` before renaming
    the new file over it; killed in between, both names are one file, and
    shredding `.rekey-old` destroyed the live database."""
    paths = filled
    original = dump_without_audit(paths)
    old = paths.database.with_name("faltbok.db" + OLD_SUFFIX)
    os.link(paths.database, old)
    paths.database.with_name("faltbok.db" + NEW_SUFFIX).write_bytes(b"a finished export")
    assert dump_without_audit(paths) == original
    assert not old.exists()


def test_a_half_written_key_temp_is_not_left_in_clear_beside_the_encrypted_database(filled):
    from app.storage.atomic import TEMP_PREFIX
    from app.sync import keystore

    keystore.write_secret(filled, "device.key", b"secret")
    temp = filled.keys / f"{TEMP_PREFIX}device.key.x1"
    temp.write_bytes(b"secret")  # a crash in the middle of a key write left it
    set_passphrase(filled, "one")
    assert sorted(p.name for p in filled.keys.iterdir()) == ["device.key"]

