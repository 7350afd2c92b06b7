"""Who this replica is in sync: headquarters, an enrolled device, or neither.

Public facts (role, pinned keys, watermarks) live in `local_state`; secret
keys only through `keystore`. Enrolment is offline (docs/sync.md §1): HQ
writes an enrolment file, the device imports it, makes its keys and takes the
device id it names.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlmodel import Session

from app.domain.ids import is_uuid, uuid7
from app.domain.models import SYNCED_MODELS
from app.domain.sync_tables import SyncOutbox, SyncPeer
from app.domain.system import Device, LocalState
from app.storage.changelog import MAINTENANCE, set_applying
from app.storage.database import DEVICE_ID_KEY, Database
from app.storage.paths import DataPaths
from app.storage.stamping import LAST_HLC_KEY
from app.sync import crypto, keystore
from app.sync import scope as scopes
from app.sync.errors import (
    CorruptFileError,
    NotEnrolledError,
    SyncError,
    UnsupportedFormatError,
    WrongReplicaError,
)
from app.sync.hub_address import HUB_URL, InvalidHubUrlError, normalise

ROLE = "sync_role"
HQ_ID, HQ_SIGN, HQ_AGE = "hq_device_id", "hq_sign_key", "hq_age_recipient"
OWN_SIGN, OWN_AGE = "sync_sign_key", "sync_age_recipient"
ACKED_SEQ, RETURN_SEQ, PINNED = "acked_seq", "return_seq", "sync_key_pinned"
HQ_SIGN_FILE, HQ_AGE_FILE = "hq-sign.key", "hq-age.key"
DEVICE_SIGN_FILE, DEVICE_AGE_FILE, ENROL_FILE = "device-sign.key", "device-age.key", "enrol.secret"
ENROLMENT_FORMAT = "faltbok-enrolment"


def get_state(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row is not None else default


def set_state(session: Session, key: str, value) -> None:
    session.execute(text("INSERT INTO local_state(key, value) VALUES (:k, :v) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                    {"k": key, "v": str(value)})


def role(db: Database) -> str | None:
    with db.session() as session:
        return get_state(session, ROLE)


def require_role(db: Database, wanted: str) -> dict[str, str]:
    """The local_state of a replica that has the wanted role, or a typed refusal."""
    with db.session() as session:
        state = {r.key: r.value for r in session.scalars(select(LocalState))}
    actual = state.get(ROLE)
    if actual != wanted:
        if actual is None:
            word = "headquarters ('faltbok hq init')" if wanted == "hq" else \
                "an enrolled device (import an enrolment file)"
            raise NotEnrolledError(f"this data folder is not {word}")
        words = {"hq": "headquarters", "device": "a device"}
        raise WrongReplicaError(f"this data folder is {words.get(actual, actual)}, "
                                f"not {words.get(wanted, wanted)}")
    return state


def init_hq(db: Database) -> str:
    """Make this replica headquarters (idempotent); returns its age recipient."""
    with db.session() as session:
        current = get_state(session, ROLE)
        if current == "hq":
            return get_state(session, HQ_AGE)
        if current is not None:
            raise WrongReplicaError("this data folder is an enrolled device")
        sign_key, sign_public = crypto.new_signing_key()
        age_file, recipient = crypto.new_age_identity()
        keystore.write_secret(db.paths, HQ_SIGN_FILE, sign_key)
        keystore.write_secret(db.paths, HQ_AGE_FILE, age_file)
        for key, value in ((ROLE, "hq"), (HQ_ID, db.device_id), (HQ_SIGN, sign_public),
                           (HQ_AGE, recipient)):
            set_state(session, key, value)
        return recipient


def enrol(db: Database, name: str, scope: str = "all", hub: str | None = None,
          write: Callable[[bytes], None] | None = None) -> bytes:
    """At HQ: register a device with its scope (docs/sync.md §6.1: `all` unless
    given, as before scopes; a bad one is refused before anything is written)
    and return its enrolment file (naming the hub's URL when given: docs/hub.md).

    `write` (the command line's file writer) is called with the file before
    the registration commits: a crash in between leaves a file for a device
    HQ does not know (refused if used), and the name free for a rerun, which
    writes the file again. The other order would hold the name and lose the
    secret."""
    state = require_role(db, "hq")
    if not name.strip():
        raise SyncError("a device needs a name")
    if hub is not None:
        try:
            hub = normalise(hub)
        except InvalidHubUrlError as error:
            raise SyncError(f"not a hub URL: {hub!r} ({error})") from None
    wanted = scopes.parse(scope)
    with db.session() as session:
        scopes.check(session.connection().connection.driver_connection.cursor(), wanted)
        scope = wanted.text()
        clash = session.scalars(select(SyncPeer).where(SyncPeer.name == name,
                                                       SyncPeer.revoked.is_(False))).first()
        if clash is not None:
            raise SyncError(f"a device named {name!r} is already enrolled")
        peer = SyncPeer(device_id=uuid7(), name=name, scope=scope,
                        enrol_secret=secrets.token_hex(32))
        session.add(peer)
        doc = {
            "format": ENROLMENT_FORMAT, "version": 1, "hq_device_id": state[HQ_ID],
            "hq_sign_key": state[HQ_SIGN], "hq_age_recipient": state[HQ_AGE],
            "device_id": peer.device_id, "device_name": name, "scope": scope,
            "secret": peer.enrol_secret}
        if hub is not None:
            doc["hub"] = hub
        data = json.dumps(doc, indent=2, sort_keys=True).encode()
        session.flush()  # a clash with the database's constraints fails before the file
        if write is not None:
            write(data)
    return data


@dataclass(frozen=True)
class Enrolment:
    hq_device_id: str
    hq_sign_key: str
    hq_age_recipient: str
    device_id: str
    device_name: str
    scope: str
    secret: str
    hub: str = ""  # the hub's URL when HQ named one (`hq enrol --hub`), normalised


def parse_enrolment(data: bytes) -> Enrolment:
    try:
        doc = json.loads(data)
        if doc.get("format") != ENROLMENT_FORMAT:
            raise CorruptFileError("not an enrolment file")
        if doc.get("version") != 1:
            raise UnsupportedFormatError(f"unknown enrolment version {doc.get('version')!r}")
        enrolment = Enrolment(**{k: str(doc[k]) for k in Enrolment.__dataclass_fields__
                                 if k != "hub"}, hub=_hub_of(doc))
        bytes.fromhex(enrolment.secret)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise CorruptFileError("the enrolment file is damaged") from None
    if not (is_uuid(enrolment.device_id) and is_uuid(enrolment.hq_device_id)):
        raise CorruptFileError("the enrolment file is damaged")
    return enrolment


def _hub_of(doc: dict) -> str:
    """The enrolment's optional hub URL, validated like `faltbok hub set`."""
    if doc.get("hub") in (None, ""):
        return ""
    try:
        return normalise(doc["hub"])
    except InvalidHubUrlError as error:
        raise CorruptFileError(f"the enrolment file names a bad hub address ({error})") \
            from None


def accept_enrolment(paths: DataPaths, enrolment: Enrolment) -> Database:
    """On a device: take the enrolment (creating the database if needed)."""
    fresh = not paths.database.exists()
    db = Database.open(paths, create=True, device_id=enrolment.device_id,
                       device_name=enrolment.device_name)
    with db.session() as session:
        current = get_state(session, ROLE)
        if current == "hq":
            raise WrongReplicaError("this data folder is headquarters")
        if current == "device":
            if get_state(session, DEVICE_ID_KEY) == enrolment.device_id:
                _keep_hub(session, enrolment)
                return db  # the same enrolment imported again
            raise WrongReplicaError("this device is already enrolled under another id")
        if db.device_id != enrolment.device_id:
            if session.scalars(select(SyncOutbox)).first() is not None:
                raise WrongReplicaError("this device has exported bundles under another id")
    if not fresh and db.device_id != enrolment.device_id:
        _restamp(db, enrolment.device_id)
        db.close()
        db = Database.open(paths)
    sign_key, sign_public = crypto.new_signing_key()
    age_file, recipient = crypto.new_age_identity()
    keystore.write_secret(paths, DEVICE_SIGN_FILE, sign_key)
    keystore.write_secret(paths, DEVICE_AGE_FILE, age_file)
    keystore.write_secret(paths, ENROL_FILE, enrolment.secret.encode())
    with db.session() as session:
        for key, value in ((ROLE, "device"), (HQ_ID, enrolment.hq_device_id),
                           (HQ_SIGN, enrolment.hq_sign_key), (HQ_AGE, enrolment.hq_age_recipient),
                           (OWN_SIGN, sign_public), (OWN_AGE, recipient), (ACKED_SEQ, 0),
                           (RETURN_SEQ, 0)):
            set_state(session, key, value)
        _keep_hub(session, enrolment)
        device = session.get(Device, db.device_id)
        if device is not None and device.name != enrolment.device_name:
            device.name = enrolment.device_name
    return db


def _keep_hub(session: Session, enrolment: Enrolment) -> None:
    if enrolment.hub and get_state(session, HUB_URL) != enrolment.hub:
        set_state(session, HUB_URL, enrolment.hub)


def _restamp(db: Database, new: str) -> None:
    """Move a never-exported replica's own rows, stamps and log to a new device id."""
    old = db.device_id
    params = {"old": old, "new": new}
    tail = "substr(hlc, 1, 18) || :new"
    with db.session() as session:
        run = session.execute
        old_level = set_applying(session, MAINTENANCE)  # audit events move too
        for model in SYNCED_MODELS:
            run(text(f'UPDATE "{model.__tablename__}" SET hlc = {tail} '
                     "WHERE substr(hlc, 19) = :old"), params)
        run(text("UPDATE device SET id = :new WHERE id = :old"), params)
        run(text("UPDATE audit_event SET device_id = :new WHERE device_id = :old"), params)
        run(text("UPDATE change_log SET value = json_quote(:new) WHERE tbl = 'audit_event' "
                 "AND field = 'device_id' AND value = json_quote(:old)"), params)
        run(text(f"UPDATE change_log SET hlc = {tail}, device_id = :new "
                 "WHERE device_id = :old"), params)
        run(text("UPDATE change_log SET row_id = :new WHERE tbl = 'device' AND row_id = :old"),
            params)
        set_state(session, DEVICE_ID_KEY, new)
        last = get_state(session, LAST_HLC_KEY)
        if last:
            set_state(session, LAST_HLC_KEY, last[:18] + new)
        set_applying(session, old_level)
