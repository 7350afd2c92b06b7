"""Receipts are verified over the bytes headquarters signed, as they arrived,
and their fields are read from those bytes alone."""

from __future__ import annotations

import base64
import json

import pytest

from app.domain.canonical import canonical_bytes
from app.sync import crypto
from app.sync.errors import BadSignatureError, CorruptFileError
from app.sync.receipt import make_receipt, parse_receipt

DEVICE = "0193a2b4-0000-7000-8000-000000000001"
FIELDS = {"bundle_id": "0193a2b4-0000-7000-8000-0000000000b1", "device_id": DEVICE,
          "hq_device_id": "0193a2b4-0000-7000-8000-0000000000aa", "seq_to": 42,
          "changes": 3, "applied": 3, "pending": 0, "quarantined": 0,
          "issued": "019a6c1f2b40-0000-hq", "note": "Бишкек"}


@pytest.fixture
def hq_key():
    return crypto.new_signing_key()


def _envelope(private: bytes, signed: bytes, **outside) -> bytes:
    signature = crypto.sign(private, crypto.RECEIPT_CONTEXT, signed)
    return json.dumps({"format": "faltbok-receipt", "version": 2, "signed": signed.decode(),
                       "signature": base64.b64encode(signature).decode(), **outside}).encode()


def test_a_receipt_made_here_verifies_and_gives_its_fields(hq_key):
    private, public = hq_key
    receipt = parse_receipt(make_receipt(private, **FIELDS).encode(), public)
    assert {k: receipt[k] for k in FIELDS} == FIELDS


def test_a_receipt_whose_signed_json_reserialises_differently_still_verifies(hq_key):
    """Another writer (another language, another Python) may sign JSON that is
    not our canonical form: indented, keys unsorted, non-ASCII escaped. Those
    bytes were signed, so they verify; re-serialising them would not."""
    private, public = hq_key
    body = {"version": 2, "format": "faltbok-receipt", **FIELDS}
    signed = json.dumps(body, indent=1, ensure_ascii=True).encode()
    assert signed != canonical_bytes(body)
    receipt = parse_receipt(_envelope(private, signed), public)
    assert receipt["seq_to"] == 42 and receipt["note"] == "Бишкек"


def test_fields_outside_the_signed_bytes_are_not_read(hq_key):
    private, public = hq_key
    signed = canonical_bytes({"format": "faltbok-receipt", "version": 2, **FIELDS})
    receipt = parse_receipt(_envelope(private, signed, seq_to=10**9), public)
    assert receipt["seq_to"] == 42


def test_a_receipt_whose_signed_bytes_were_altered_is_refused(hq_key):
    private, public = hq_key
    data = make_receipt(private, **FIELDS).encode().replace(b'\\"seq_to\\":42',
                                                              b'\\"seq_to\\":43')
    assert b'\\"seq_to\\":43' in data
    with pytest.raises(BadSignatureError):
        parse_receipt(data, public)


def test_a_version_1_receipt_is_read_only_in_its_exact_signed_form(hq_key):
    """Receipts written before version 2 signed the canonical JSON of the
    file's other fields; they still verify when the file is that form."""
    private, public = hq_key
    body = {"format": "faltbok-receipt", "version": 1, **FIELDS}
    signature = crypto.sign(private, crypto.RECEIPT_CONTEXT, canonical_bytes(body))
    old = canonical_bytes({**body, "signature": base64.b64encode(signature).decode()})
    assert parse_receipt(old, public)["seq_to"] == 42
    respaced = json.dumps(json.loads(old), indent=2).encode()
    with pytest.raises(CorruptFileError):
        parse_receipt(respaced, public)
