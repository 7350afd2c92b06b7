"""Receipts: headquarters' signed word that it holds a device's changes."""

from __future__ import annotations

import base64
import json

from app.sync import crypto
from app.sync.bundle import canonical
from app.sync.errors import CorruptFileError, UnsupportedFormatError

FORMAT = "faltbok-receipt"


def make_receipt(signing_key: bytes, **fields) -> str:
    body = {"format": FORMAT, "version": 1, **fields}
    signature = crypto.sign(signing_key, crypto.RECEIPT_CONTEXT, canonical(body))
    return canonical({**body, "signature": base64.b64encode(signature).decode()}).decode()


def is_receipt(data: bytes) -> bool:
    return data.lstrip().startswith(b"{") and f'"format":"{FORMAT}"'.encode() in data


def parse_receipt(data: bytes, hq_sign_key: str) -> dict:
    """The receipt's fields once its signature verifies against the pinned HQ key."""
    try:
        doc = json.loads(data)
        signature = base64.b64decode(doc.pop("signature"), validate=True)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise CorruptFileError("the receipt is damaged") from None
    if doc.get("format") != FORMAT or doc.get("version") != 1:
        raise UnsupportedFormatError("unknown receipt format or version")
    crypto.verify(hq_sign_key, crypto.RECEIPT_CONTEXT, canonical(doc), signature)
    if not isinstance(doc.get("seq_to"), int) or not isinstance(doc.get("device_id"), str):
        raise CorruptFileError("the receipt is damaged")
    return doc
