"""`faltbok passphrase set|change|remove` and `faltbok wipe`; opening with a passphrase.

Every command opens the database through `open_database`, which asks for the
passphrase only when the file is encrypted (from FALTBOK_PASSPHRASE, else a
prompt). A new database made while FALTBOK_PASSPHRASE is set is encrypted
from its first byte.
"""

from __future__ import annotations

import os
import sys

from app.protection import user_commands
from app.protection.attempts import DEFAULT_LIMIT
from app.protection.prompt import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    attempt_limit,
    read_new_passphrase,
    read_passphrase,
)
from app.protection.unlock import LockState, check_passphrase, lock_state, unlock
from app.storage import cipher, keys, sealing
from app.storage.database import NoDatabaseError
from app.storage.paths import DataPaths

PROMPT = "Passphrase of the Fältbok database: "


class WipeNotConfirmedError(cipher.ProtectionError):
    """`faltbok wipe` without --yes and without a terminal to confirm at."""

    def __init__(self):
        super().__init__("wipe needs confirmation: run it in a terminal, or pass --yes")


def open_database(paths: DataPaths, **kwargs):
    """`Database.open` for the command line: the passphrase when one is needed."""
    state = lock_state(paths)
    passphrase = None
    if state is LockState.ENCRYPTED:
        passphrase = read_passphrase(PROMPT)
    elif state is LockState.MISSING and kwargs.get("create"):
        passphrase = os.environ.get(ENV_PASSPHRASE) or None
    return unlock(paths, passphrase, limit=attempt_limit(DEFAULT_LIMIT), **kwargs)


def register(commands) -> dict:
    parser = commands.add_parser(
        "passphrase", help="set, change or remove the passphrase that encrypts the database "
        f"(read from {ENV_PASSPHRASE} / {ENV_NEW_PASSPHRASE} or asked, never an argument)")
    actions = parser.add_subparsers(dest="passphrase_action", required=True)
    actions.add_parser("set", help="encrypt the database, its backups and keys")
    actions.add_parser("change", help="re-encrypt under a new passphrase")
    actions.add_parser("remove", help="decrypt the database, its backups and keys")
    wipe = commands.add_parser(
        "wipe", help="destroy the keys, the database, its backups and bundles of this device")
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return {"passphrase": cmd_passphrase, "wipe": cmd_wipe, **user_commands.register(commands)}


def _require_database(paths: DataPaths) -> None:
    if lock_state(paths) is LockState.MISSING:
        raise NoDatabaseError(paths)


def cmd_passphrase(ctx) -> int:
    from app.protection import passphrase as service

    paths, action = ctx.paths, ctx.args.passphrase_action
    _require_database(paths)
    limit = attempt_limit(DEFAULT_LIMIT)
    if action == "set":
        if cipher.is_encrypted(paths.database):
            raise cipher.AlreadyEncryptedError(paths.database)
        result = service.set_passphrase(
            paths, read_new_passphrase((ENV_NEW_PASSPHRASE, ENV_PASSPHRASE)))
        print(f"the database is now encrypted ({_extras(result)})")
    elif action == "change":
        if not cipher.is_encrypted(paths.database):
            raise cipher.NotEncryptedError(paths.database)
        old = read_passphrase(PROMPT)
        check_passphrase(paths, old, limit=limit)
        result = service.change_passphrase(paths, old, read_new_passphrase())
        print(f"the passphrase was changed ({_extras(result)})")
    else:
        if not cipher.is_encrypted(paths.database):
            raise cipher.NotEncryptedError(paths.database)
        old = read_passphrase(PROMPT)
        check_passphrase(paths, old, limit=limit)
        result = service.remove_passphrase(paths, old)
        print(f"the database is no longer encrypted ({_extras(result)}); anyone with "
              "this laptop can now read it")
    return 0


def _count(n: int, noun: str) -> str:
    """ "1 backup", "3 backups": the CLI speaks English, with real plurals."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _extras(result) -> str:
    text = (f"{_count(result.backups_converted, 'backup')} and "
            f"{_count(result.secrets_resealed, 'key file')} converted")
    if result.backups_destroyed:
        text += f", {_count(result.backups_destroyed, 'backup')} that did not open destroyed"
    return text


def _describe_unacknowledged(counts: dict[str, int] | None) -> str:
    if counts is None:
        return ("the database is locked or unreadable, so the changes headquarters has not "
                "acknowledged cannot be counted")
    total = sum(counts.values())
    if total == 0:
        return "headquarters has acknowledged every change made on this device"
    per_table = ", ".join(f"{table} {count}" for table, count in sorted(counts.items()))
    return f"{_count(total, 'change')} not yet acknowledged by headquarters ({per_table})"


def cmd_wipe(ctx) -> int:
    from app.protection.wipe import unacknowledged_changes, wipe

    paths = ctx.paths
    passphrase = os.environ.get(ENV_PASSPHRASE) or None  # never asked: a wipe must not wait
    counts = unacknowledged_changes(paths, passphrase)
    print(f"before the wipe: {_describe_unacknowledged(counts)}")
    if not ctx.args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise WipeNotConfirmedError()
        answer = input(f"Destroy the database, backups, keys and bundles in {paths.root}? "
                       "Type 'wipe' to confirm: ")
        if answer.strip() != "wipe":
            print("nothing was wiped")
            return 1
    report = wipe(paths, passphrase)
    unacknowledged = report.total_unacknowledged
    lost = (f"{_count(unacknowledged, 'change')} that headquarters had not acknowledged "
            + ("is gone" if unacknowledged == 1 else "are gone") if report.counted
            else "the changes headquarters had not acknowledged could not be counted")
    print(f"wiped: {_count(report.files_destroyed, 'file')} destroyed; {lost}")
    return 0


def describe_error(error: BaseException) -> str | None:
    """One line for the errors of participant protection."""
    if isinstance(error, cipher.WrongPassphraseError):
        line = "the passphrase is wrong; nothing was changed"
        if error.failures is not None:
            line += f" ({_count(error.failures, 'wrong attempt')}, limit {error.limit}"
            line += "; consider 'faltbok wipe')" if error.may_wipe else ")"
        return line
    if isinstance(error, cipher.PassphraseRequiredError):
        return f"the database is encrypted: set {ENV_PASSPHRASE} or run in a terminal"
    if isinstance(error, cipher.AlreadyEncryptedError):
        return "the database already has a passphrase; use 'faltbok passphrase change'"
    if isinstance(error, cipher.NotEncryptedError):
        return "the database has no passphrase; use 'faltbok passphrase set'"
    if isinstance(error, cipher.DatabaseInUseError):
        return "the database is in use by another program; close Fältbok and try again"
    if isinstance(error, cipher.ProtectionError | keys.SecretsLockedError
                  | sealing.UnsealError):
        return str(error)
    return None
