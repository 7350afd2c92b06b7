"""Receipts: headquarters' signed word that it holds a device's changes.

A receipt (version 2) carries the exact bytes that were signed:

    {"format": "faltbok-receipt", "version": 2,
     "signed": "<canonical JSON of the receipt's fields>",
     "signature": "<base64 Ed25519 over RECEIPT_CONTEXT + signed>"}

The reader verifies the signature over `signed` as it arrived and reads the
fields from that text alone, so what is trusted is exactly what was signed:
nothing depends on two programs (or two Python versions) serialising JSON the
same way, and nothing outside `signed` is read.

Version 1 receipts (written before) signed the canonical JSON of the file's
other fields. They are still read, but only when the file is byte for byte
its own canonical form, so the signed bytes are fixed by the file itself.
"""

from __future__ import annotations

import base64
import json

from app.domain.canonical import canonical_bytes
from app.sync import crypto
from app.sync.errors import CorruptFileError, UnsupportedFormatError

FORMAT = "faltbok-receipt"
VERSION = 2


def make_receipt(signing_key: bytes, **fields) -> str:
    signed = canonical_bytes({"format": FORMAT, "version": VERSION, **fields})
    signature = crypto.sign(signing_key, crypto.RECEIPT_CONTEXT, signed)
    return canonical_bytes({"format": FORMAT, "version": VERSION, "signed": signed.decode(),
                            "signature": base64.b64encode(signature).decode()}).decode()


def is_receipt(data: bytes) -> bool:
    return data.lstrip().startswith(b"{") and f'"format":"{FORMAT}"'.encode() in data


def _load_object(text: str | bytes) -> dict:
    doc = json.loads(text)
    if not isinstance(doc, dict):
        raise ValueError("not an object")
    return doc


def parse_receipt(data: bytes, hq_sign_key: str) -> dict:
    """The receipt's fields once its signature verifies against the pinned HQ key."""
    try:
        envelope = _load_object(data)
        signature = base64.b64decode(envelope["signature"], validate=True)
        version = envelope.get("version")
        if version == VERSION:
            signed = envelope["signed"].encode("utf-8")  # str only: bytes as signed
        elif version == 1 and canonical_bytes(envelope) == data.strip():
            signed = canonical_bytes({k: v for k, v in envelope.items() if k != "signature"})
        elif version == 1:
            raise CorruptFileError("the receipt is not in its signed form")
        else:
            raise UnsupportedFormatError("unknown receipt format or version")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError):
        raise CorruptFileError("the receipt is damaged") from None
    if envelope.get("format") != FORMAT:
        raise UnsupportedFormatError("unknown receipt format or version")
    crypto.verify(hq_sign_key, crypto.RECEIPT_CONTEXT, signed, signature)
    try:
        doc = _load_object(signed)
    except ValueError:
        raise CorruptFileError("the receipt is damaged") from None
    if doc.get("format") != FORMAT or doc.get("version") != version:
        raise UnsupportedFormatError("unknown receipt format or version")
    if not isinstance(doc.get("seq_to"), int) or not isinstance(doc.get("device_id"), str):
        raise CorruptFileError("the receipt is damaged")
    return doc
