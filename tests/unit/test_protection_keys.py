"""The sync keys of an encrypted data folder are sealed under its passphrase."""

from __future__ import annotations

import pytest

from app.protection.passphrase import change_passphrase, remove_passphrase, set_passphrase
from app.protection.unlock import lock, unlock
from app.storage import keys, sealing
from app.storage.database import Database
from app.sync import keystore
from app.sync.identity import HQ_AGE_FILE, HQ_SIGN_FILE, init_hq


def key_files(paths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in paths.keys.iterdir()}


def test_headquarters_keys_made_on_an_encrypted_database_are_sealed(paths):
    db = unlock(paths, "hq passphrase", create=True)
    init_hq(db)
    stored = key_files(paths)
    assert set(stored) == {HQ_SIGN_FILE, HQ_AGE_FILE}
    assert all(sealing.is_sealed(blob) for blob in stored.values())
    assert b"AGE-SECRET-KEY" not in stored[HQ_AGE_FILE]
    assert b"AGE-SECRET-KEY" in keystore.read_secret(paths, HQ_AGE_FILE)
    lock(db)
    with pytest.raises(keys.SecretsLockedError):
        keystore.read_secret(paths, HQ_AGE_FILE)


def test_keys_made_before_the_passphrase_are_sealed_by_setting_it_and_follow_it(paths):
    db = Database.open(paths, create=True)
    init_hq(db)
    plain = {name: keystore.read_secret(paths, name) for name in (HQ_SIGN_FILE, HQ_AGE_FILE)}
    assert key_files(paths) == plain  # no passphrase: stored as they are (mode 0600)
    db.close()
    set_passphrase(paths, "one")
    sealed = key_files(paths)
    assert set(sealed) == set(plain) and all(sealing.is_sealed(b) for b in sealed.values())
    change_passphrase(paths, "one", "two")
    keys.forget(paths)
    again = unlock(paths, "two")
    assert {n: keystore.read_secret(paths, n) for n in plain} == plain
    lock(again)
    remove_passphrase(paths, "two")
    assert key_files(paths) == plain


def test_a_secret_written_while_locked_is_refused_rather_than_left_in_clear(paths):
    db = unlock(paths, "p", create=True)
    lock(db)
    with pytest.raises(keys.SecretsLockedError):
        keystore.write_secret(paths, "device-sign.key", b"secret")
    assert not (paths.keys / "device-sign.key").exists()


def test_a_secret_left_in_clear_by_an_interrupted_set_is_sealed_at_unlock(paths):
    db = unlock(paths, "p", create=True)
    lock(db)
    paths.keys.mkdir()
    (paths.keys / "device-sign.key").write_bytes(b"left in clear by a crash")
    db = unlock(paths, "p")
    assert sealing.is_sealed((paths.keys / "device-sign.key").read_bytes())
    assert keystore.read_secret(paths, "device-sign.key") == b"left in clear by a crash"
    lock(db)
