"""Helpers for the hub tests: a device's signing keys, signed tus requests.

Devices, HQ and bundles come from the existing sync world (`World`:
enrolment and export exactly as `faltbok hq enrol` / `faltbok export` do).
"""

from __future__ import annotations

import base64
import hashlib

from app.services import Services
from app.storage.database import Database
from app.sync import crypto, keystore
from app.sync.device import export_bundle, record_export
from app.sync.httpsig import ENROL_HEADER, enrol_header, sign_request
from app.sync.identity import DEVICE_SIGN_FILE, ENROL_FILE, OWN_AGE, OWN_SIGN, get_state

TUS = {"Tus-Resumable": "1.0.0"}


class Signer:
    """Signs requests as an enrolled device (with its enrolment proof)."""

    def __init__(self, db: Database):
        self.device_id = db.device_id
        self.key = keystore.read_secret(db.paths, DEVICE_SIGN_FILE)
        with db.session() as session:
            public, age = get_state(session, OWN_SIGN), get_state(session, OWN_AGE)
        secret = keystore.read_secret(db.paths, ENROL_FILE).decode()
        self.enrol = enrol_header(public, age,
                                  crypto.enrol_proof(secret, db.device_id, public, age))

    def headers(self, method: str, url: str, body: bytes | None = None,
                enrol: bool = True, **kw) -> dict[str, str]:
        headers = sign_request(method, url, device_id=self.device_id, private_key=self.key,
                               body=body, **kw)
        if enrol:
            headers[ENROL_HEADER] = self.enrol
        return headers


def new_bundle(db: Database, partners: int = 1, tag: str = "") -> tuple[str, bytes]:
    """(bundle id, bytes) of a fresh export after adding some partners."""
    for i in range(partners):
        Services(db).partners.create(name=f"Partner {tag}{i}", country="KG")
    result = export_bundle(db)
    record_export(db, result)
    return result.bundle_id, result.data


def metadata(bundle_id: str, data: bytes) -> str:
    def b64(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    return f"bundle_id {b64(bundle_id)},sha256 {b64(hashlib.sha256(data).hexdigest())}"


def create_headers(bundle_id: str, data: bytes) -> dict[str, str]:
    return {**TUS, "Upload-Length": str(len(data)), "Upload-Metadata": metadata(bundle_id, data)}


def patch_headers(offset: int) -> dict[str, str]:
    return {**TUS, "Upload-Offset": str(offset),
            "Content-Type": "application/offset+octet-stream"}
