"""Roles that hold: raising a role needs the coordinator PIN or the passphrase.

What is protected (checked here, in the services, so the UI's hidden buttons
and the command line meet the same rule):
- switching the current user to a user whose role sees more than the current
  one (intern < field staff < coordinator; no current user counts as an intern);
- creating a user with a role above the current user's, and any change of a
  user's role or any deletion of a user by someone who is not a coordinator.
A current coordinator needs no secret: they proved it when they became one.
A user record that arrived by sync from headquarters is accepted as it is
(the merge does not come through here); switching to it still needs the secret.

The secret is either this laptop's coordinator PIN, or the passphrase of the
database. The PIN is stored only as a salted scrypt hash (the KDF of
`storage/sealing.py`) in `local_state` (never synced: each laptop has its own).
Wrong PINs are counted there; after `attempt_limit` of them in a row the PIN is
refused until the passphrase is given (a right passphrase resets the count).

Without a PIN and without a passphrase, roles are *not protected* (anyone at
the keyboard, or with the file, can do anything): `protected(db)` is False and
the UI says so. The threat model is in docs/protection.md.
"""

from __future__ import annotations

import hmac
import os

from sqlalchemy import text

from app.domain.system import AppUser, LocalState
from app.services.errors import ServiceError
from app.storage import keys, sealing
from app.storage.cipher import WrongPassphraseError, open_key
from app.storage.database import Database

PIN_KEY = "coordinator_pin"
FAILURES_KEY = "coordinator_pin_failures"
DEFAULT_ATTEMPT_LIMIT = 5
MIN_PIN_LENGTH = 6
RANK = {"intern": 0, "field_staff": 1, "coordinator": 2}


class RoleSecretRequiredError(ServiceError):
    """Raising a role needs the coordinator PIN or the passphrase, and none was given."""

    def __init__(self, action: str):
        self.action = action
        what = {"switch_user": "switching to a user with this role",
                "create_user": "creating a user with this role",
                "change_role": "changing a user's role",
                "delete_user": "deleting a user"}.get(action, action)
        super().__init__(f"{what} needs the coordinator PIN or the passphrase; "
                         "nothing was changed")


class WrongRoleSecretError(ServiceError):
    """The PIN/passphrase given is wrong (counted) or the PIN is blocked."""

    def __init__(self, failures: int, limit: int):
        self.failures, self.limit = failures, limit
        self.blocked = failures >= limit
        extra = "; the PIN is now blocked, use the passphrase" if self.blocked else ""
        super().__init__(f"wrong coordinator PIN or passphrase ({failures} wrong, "
                         f"limit {limit}){extra}")


class PinTooShortError(ServiceError):
    def __init__(self, minimum: int = MIN_PIN_LENGTH):
        self.minimum = minimum
        super().__init__(f"the coordinator PIN needs at least {minimum} characters")


class NotCoordinatorError(ServiceError):
    """Only a coordinator may set the PIN once roles are protected."""

    def __init__(self):
        super().__init__("only a coordinator may set the coordinator PIN")


# -- reading state -----------------------------------------------------------
def _state(db: Database, key: str) -> str | None:
    with db.session() as session:
        row = session.get(LocalState, key)
        return row.value if row is not None else None


def _write_state(db: Database, key: str, value: str | None) -> None:
    with db.session() as session:
        if value is None:
            session.execute(text("DELETE FROM local_state WHERE key = :k"), {"k": key})
        else:
            session.execute(text("INSERT INTO local_state(key, value) VALUES (:k, :v) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                            {"k": key, "v": value})


def pin_is_set(db: Database) -> bool:
    return _state(db, PIN_KEY) is not None


def protected(db: Database) -> bool:
    """Are roles protected on this laptop (a coordinator PIN or a passphrase exists)?"""
    return db.encrypted or pin_is_set(db)


def pin_failures(db: Database) -> int:
    try:
        return max(0, int(_state(db, FAILURES_KEY) or 0))
    except ValueError:
        return 0


def rank(role: str | None) -> int:
    return RANK.get(role or "", 0)


def is_coordinator(user: AppUser | None) -> bool:
    return user is not None and user.role == "coordinator"


def needs_secret_to_become(db: Database, current: AppUser | None, target_role: str) -> bool:
    """True if switching from `current` to a user with `target_role` needs the secret."""
    if not protected(db) or is_coordinator(current):
        return False
    return rank(target_role) > rank(current.role if current else None)


# -- the PIN -----------------------------------------------------------------
def _hash(pin: str, salt: bytes, log_n: int) -> bytes:
    return sealing.derive(pin, salt, log_n)


def set_pin(db: Database, current: AppUser | None, pin: str,
            log_n: int = sealing.DEFAULT_LOG_N) -> None:
    """Set or replace this laptop's coordinator PIN (as a coordinator, or while
    roles are not protected yet: the first one to protect them)."""
    if protected(db) and not is_coordinator(current):
        raise NotCoordinatorError()
    if len(pin) < MIN_PIN_LENGTH:
        raise PinTooShortError()
    salt = os.urandom(sealing.SALT_BYTES)
    _write_state(db, PIN_KEY, f"scrypt${log_n}${salt.hex()}${_hash(pin, salt, log_n).hex()}")
    _write_state(db, FAILURES_KEY, None)


def _pin_matches(db: Database, secret: str) -> bool:
    stored = _state(db, PIN_KEY)
    if stored is None:
        return False
    try:
        _kind, log_n, salt, digest = stored.split("$")
        return hmac.compare_digest(_hash(secret, bytes.fromhex(salt), int(log_n)),
                                   bytes.fromhex(digest))
    except ValueError:
        return False


def _passphrase_matches(db: Database, secret: str) -> bool:
    if not db.encrypted:
        return False
    held = keys.remembered(db.paths)
    if held is not None:
        return hmac.compare_digest(held.encode(), secret.encode())
    try:
        open_key(db.paths.database, secret)
    except WrongPassphraseError:
        return False
    return True


def verify_secret(db: Database, secret: str | None, action: str,
                  limit: int = DEFAULT_ATTEMPT_LIMIT) -> str:
    """Check the coordinator PIN or the passphrase; returns "pin" or "passphrase".

    A wrong secret is counted (committed at once, whatever the caller does next)
    and raises WrongRoleSecretError; after `limit` wrong ones the PIN is refused
    until the passphrase is given.
    """
    if not secret:
        raise RoleSecretRequiredError(action)
    failures = pin_failures(db)
    if failures < limit and _pin_matches(db, secret):
        _write_state(db, FAILURES_KEY, None)
        return "pin"
    if _passphrase_matches(db, secret):
        _write_state(db, FAILURES_KEY, None)
        return "passphrase"
    failures += 1
    _write_state(db, FAILURES_KEY, str(failures))
    raise WrongRoleSecretError(failures, limit)
