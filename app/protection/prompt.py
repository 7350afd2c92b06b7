"""Where the command line gets a passphrase: the environment or a prompt.

Never from an argument: arguments end up in shell history and in the process
list that every user of the machine can read. `FALTBOK_PASSPHRASE` is for
scripts (and for tests); a person at a terminal is asked with `getpass`,
which does not echo. Without either, the command fails with one line.
"""

from __future__ import annotations

import getpass
import os
import sys

from app.storage.cipher import EmptyPassphraseError, ProtectionError

ENV_PASSPHRASE = "FALTBOK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "FALTBOK_NEW_PASSPHRASE"
ENV_ATTEMPT_LIMIT = "FALTBOK_UNLOCK_ATTEMPTS"


class NoPassphraseSourceError(ProtectionError):
    """A passphrase is needed, there is no terminal to ask, and no variable."""

    def __init__(self, variable: str):
        self.variable = variable
        super().__init__(f"a passphrase is needed: set {variable} or run in a terminal "
                         "to be asked for it")


class PassphraseMismatchError(ProtectionError):
    """The new passphrase and its confirmation differ."""

    def __init__(self):
        super().__init__("the two passphrases differ; nothing was changed")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_passphrase(prompt: str, variable: str = ENV_PASSPHRASE) -> str:
    """The passphrase from `variable` if set, else asked at the terminal."""
    value = os.environ.get(variable)
    if value:
        return value
    if not _interactive():
        raise NoPassphraseSourceError(variable)
    return getpass.getpass(prompt)


def read_new_passphrase(variables: tuple[str, ...] = (ENV_NEW_PASSPHRASE,)) -> str:
    """A new passphrase: from the first variable set, else asked twice."""
    for variable in variables:
        value = os.environ.get(variable)
        if value:
            return value
    if not _interactive():
        raise NoPassphraseSourceError(variables[0])
    first = getpass.getpass("New passphrase: ")
    if not first:
        raise EmptyPassphraseError()
    if getpass.getpass("New passphrase again: ") != first:
        raise PassphraseMismatchError()
    return first


def attempt_limit(default: int) -> int:
    """The wrong-attempt limit: `FALTBOK_UNLOCK_ATTEMPTS` if it is a positive number."""
    value = os.environ.get(ENV_ATTEMPT_LIMIT, "")
    return int(value) if value.isdigit() and int(value) > 0 else default
