"""RFC 9421 request signatures of devices (app/sync/httpsig.py)."""

from __future__ import annotations

import hashlib
import time

import pytest

from app.sync import crypto
from app.sync.httpsig import (
    SignatureError,
    content_digest,
    enrol_header,
    parse_enrol_header,
    sign_request,
    signed_key_id,
    verify_request,
)

URL = "http://127.0.0.1:8765/v1/uploads/abc?x=1"
DEVICE = "0190b4f2-0000-7000-8000-000000000001"


@pytest.fixture(scope="module")
def keys():
    return crypto.new_signing_key()


def _lower(headers: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _signed(keys, method="PATCH", url=URL, body=b"chunk", **kw) -> dict[str, str]:
    headers = sign_request(method, url, device_id=DEVICE, private_key=keys[0], body=body, **kw)
    return _lower(headers)


def test_a_signed_request_verifies_and_vouches_for_its_body(keys):
    headers = _signed(keys)
    signed = verify_request("PATCH", URL, headers, keys[1], has_body=True)
    assert signed.device_id == DEVICE
    assert signed.digest == hashlib.sha256(b"chunk").digest()
    assert abs(signed.created - time.time()) < 5
    assert headers["content-digest"] == content_digest(b"chunk")
    assert 'faltbok=("@method" "@target-uri" "content-digest")' in headers["signature-input"]
    assert 'alg="ed25519"' in headers["signature-input"]
    assert signed_key_id(headers) == DEVICE


def test_a_request_without_body_covers_no_digest(keys):
    headers = _signed(keys, method="GET", body=None)
    signed = verify_request("GET", URL, headers, keys[1], has_body=False)
    assert signed.digest is None and "content-digest" not in headers


def test_every_signature_has_its_own_nonce(keys):
    first = verify_request("GET", URL, _signed(keys, "GET", body=None), keys[1], has_body=False)
    second = verify_request("GET", URL, _signed(keys, "GET", body=None), keys[1], has_body=False)
    assert first.nonce != second.nonce


@pytest.mark.parametrize("change", [
    lambda h: ("POST", URL, h),
    lambda h: ("PATCH", URL.replace("abc", "abd"), h),
    lambda h: ("PATCH", URL.replace("x=1", "x=2"), h),
    lambda h: ("PATCH", URL, {**h, "content-digest": content_digest(b"other")}),
    lambda h: ("PATCH", URL, {**h, "signature-input": h["signature-input"].replace(
        "created=", "created=1")}),
])
def test_a_tampered_request_is_refused(keys, change):
    method, url, headers = change(_signed(keys))
    with pytest.raises(SignatureError) as caught:
        verify_request(method, url, headers, keys[1], has_body=True)
    assert caught.value.code == "bad_signature"


def test_another_key_does_not_verify(keys):
    other = crypto.new_signing_key()
    with pytest.raises(SignatureError) as caught:
        verify_request("PATCH", URL, _signed(keys), other[1], has_body=True)
    assert caught.value.code == "bad_signature"


def test_a_body_not_covered_by_the_signature_is_refused(keys):
    headers = _signed(keys, body=None)
    with pytest.raises(SignatureError) as caught:
        verify_request("PATCH", URL, headers, keys[1], has_body=True)
    assert caught.value.code == "bad_signature"


def test_an_unsigned_request_is_refused(keys):
    with pytest.raises(SignatureError) as caught:
        verify_request("GET", URL, {"host": "x"}, keys[1], has_body=False)
    assert caught.value.code == "unsigned"


@pytest.mark.parametrize("offset", [-301, 301])
def test_a_signature_outside_the_window_is_stale(keys, offset):
    headers = _signed(keys, created=int(time.time()) + offset)
    with pytest.raises(SignatureError) as caught:
        verify_request("PATCH", URL, headers, keys[1], has_body=True)
    assert caught.value.code == "stale"


def test_the_window_follows_the_given_clock(keys):
    headers = _signed(keys)
    verify_request("PATCH", URL, headers, keys[1], has_body=True, now=lambda: time.time() + 299)
    with pytest.raises(SignatureError) as caught:
        verify_request("PATCH", URL, headers, keys[1], has_body=True,
                       now=lambda: time.time() + 400)
    assert caught.value.code == "stale"


def test_a_signature_with_another_label_is_refused(keys):
    headers = _signed(keys)
    headers = {k: v.replace("faltbok=", "other=", 1) if k.startswith("signature") else v
               for k, v in headers.items()}
    with pytest.raises(SignatureError) as caught:
        verify_request("PATCH", URL, headers, keys[1], has_body=True)
    assert caught.value.code == "bad_signature"


def test_a_short_nonce_is_refused(keys):
    with pytest.raises(SignatureError) as caught:
        verify_request("PATCH", URL, _signed(keys, nonce="abc"), keys[1], has_body=True)
    assert caught.value.code == "bad_signature"


def test_the_enrolment_header_round_trips_and_malformed_ones_are_refused():
    value = enrol_header("pk", "age1x", "00ff")
    assert parse_enrol_header(value) == {"public_key": "pk", "age_recipient": "age1x",
                                         "proof": "00ff"}
    for bad in ("not base64!", "e30=", "WzFd"):
        with pytest.raises(SignatureError):
            parse_enrol_header(bad)
