"""Wrong passphrases are counted outside the database, up to a limit the caller sets."""

from __future__ import annotations

import pytest

from app.protection.attempts import AttemptCounter, attempts_file
from app.protection.unlock import LockState, check_passphrase, lock, lock_state, unlock
from app.storage.cipher import WrongPassphraseError
from app.storage.database import Database


@pytest.fixture
def locked(paths):
    Database.open(paths, create=True, passphrase="the right one").close()
    return paths


def test_each_wrong_passphrase_is_counted_until_the_limit_offers_a_wipe(locked):
    for expected in (1, 2):
        with pytest.raises(WrongPassphraseError) as caught:
            unlock(locked, "wrong", limit=3)
        assert (caught.value.failures, caught.value.limit) == (expected, 3)
        assert not caught.value.may_wipe
    with pytest.raises(WrongPassphraseError) as caught:
        unlock(locked, "wrong", limit=3)
    assert caught.value.may_wipe
    assert AttemptCounter(locked, limit=3).limit_reached


def test_the_count_survives_a_restart_and_a_right_passphrase_resets_it(locked):
    with pytest.raises(WrongPassphraseError):
        unlock(locked, "wrong")
    assert AttemptCounter(locked).failures == 1  # a new counter reads the file
    assert attempts_file(locked).parent == locked.root  # beside the database, not in it
    db = unlock(locked, "the right one")
    assert db.encrypted
    assert AttemptCounter(locked).failures == 0
    lock(db)


def test_checking_a_passphrase_counts_like_unlocking(locked):
    with pytest.raises(WrongPassphraseError):
        check_passphrase(locked, "wrong", limit=2)
    with pytest.raises(WrongPassphraseError) as caught:
        check_passphrase(locked, "wrong", limit=2)
    assert caught.value.may_wipe
    check_passphrase(locked, "the right one")
    assert AttemptCounter(locked).failures == 0


def test_a_damaged_counter_file_counts_as_zero(locked):
    attempts_file(locked).write_text("not json")
    assert AttemptCounter(locked).failures == 0


def test_the_limit_must_allow_at_least_one_attempt(paths):
    with pytest.raises(ValueError):
        AttemptCounter(paths, limit=0)


def test_lock_state_tells_first_run_plain_and_encrypted_apart(paths):
    assert lock_state(paths) is LockState.MISSING
    Database.open(paths, create=True).close()
    assert lock_state(paths) is LockState.PLAIN
    paths.database.unlink()
    Database.open(paths, create=True, passphrase="p").close()
    assert lock_state(paths) is LockState.ENCRYPTED


def test_the_service_changes_a_passphrase_only_after_checking_the_old_one(locked):
    from app.protection.service import ProtectionService

    service = ProtectionService(locked, attempt_limit=2)
    assert service.state() is LockState.ENCRYPTED
    with pytest.raises(WrongPassphraseError):
        service.change_passphrase("wrong", "new")
    assert service.wrong_attempts() == 1
    service.change_passphrase("the right one", "new")
    db = service.unlock("new")
    assert service.unacknowledged_changes()  # counted with the unlocked passphrase
    report = service.wipe(db)
    assert report.counted and service.state() is LockState.MISSING
