"""Who publishes: the organisation's IATI identifier and name (docs/iati.md).

Kept in `local_state` (`iati_org_ref`, `iati_org_name`): a setting of the data
folder that publishes, usually headquarters, never synced. The reference is
checked against IATI's rules for identifiers before it is stored or used, so
no file is ever written with a reference that makes every activity's
identifier invalid.
"""

from __future__ import annotations

import re

from sqlalchemy import text

from app.domain.system import LocalState
from app.storage.database import Database

ORG_REF_KEY = "iati_org_ref"
ORG_NAME_KEY = "iati_org_name"
DEFAULT_ORG_NAME = "Centralasiengrupperna"
MAX_REF = 100
MAX_NAME = 200
# letters, digits, "." and "-"; at least one hyphen (agency prefix - number);
# no spaces and none of "/ ? & |", which IATI forbids in identifiers
_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]*(-[A-Za-z0-9.]+)+")


class IatiError(Exception):
    """Why an IATI file cannot be written; the UI and the CLI put it into words."""


class NoOrgRefError(IatiError):
    def __init__(self):
        super().__init__("no IATI organisation reference is set: give --org-ref REF "
                         "(e.g. SE-ON-802005-9839) or set it in Settings")


class InvalidOrgRefError(IatiError):
    def __init__(self, ref: str):
        self.ref = ref
        super().__init__(f"{ref!r} is not an IATI organisation reference (letters, digits, "
                         f"dots and hyphens, like SE-ON-802005-9839)")


class InvalidOrgNameError(IatiError):
    def __init__(self):
        super().__init__(f"the organisation name must be 1 to {MAX_NAME} characters "
                         f"of plain text")


def check_org_ref(ref: str) -> str:
    """The reference without surrounding space, or InvalidOrgRefError."""
    ref = (ref or "").strip()
    if len(ref) > MAX_REF or not _REF.fullmatch(ref):
        raise InvalidOrgRefError(ref)
    return ref


def check_org_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME or any(ord(c) < 32 for c in name):
        raise InvalidOrgNameError()
    return name


def _get(db: Database, key: str) -> str | None:
    with db.session() as session:
        row = session.get(LocalState, key)
        return row.value if row is not None and row.value else None


def _set(db: Database, key: str, value: str | None) -> None:
    with db.session() as session:
        if value:
            session.execute(text("INSERT INTO local_state(key, value) VALUES (:k, :v) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                            {"k": key, "v": value})
        else:
            session.execute(text("DELETE FROM local_state WHERE key = :k"), {"k": key})


def org_ref(db: Database) -> str | None:
    """The stored organisation reference, or None."""
    return _get(db, ORG_REF_KEY)


def org_name(db: Database) -> str:
    return _get(db, ORG_NAME_KEY) or DEFAULT_ORG_NAME


def set_org(db: Database, ref: str, name: str | None = None) -> tuple[str | None, str]:
    """Store (or, with an empty `ref`, clear) the reference, and the name if given
    ("" for the default); both checked first, nothing stored if either is wrong.
    Returns what is stored."""
    ref = check_org_ref(ref) if (ref or "").strip() else None
    if name is not None:  # "" goes back to the default name
        name = check_org_name(name) if name.strip() else ""
    _set(db, ORG_REF_KEY, ref)
    if name is not None:
        _set(db, ORG_NAME_KEY, name)
    return org_ref(db), org_name(db)
