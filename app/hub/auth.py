"""Who is asking: every device request's RFC 9421 signature, checked before
its body is read (docs/hub.md, Authentication)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import Header, Request

from app.hub.context import Hub
from app.hub.errors import ApiError
from app.sync import crypto
from app.sync.httpsig import (
    ENROL_HEADER,
    WINDOW_SECONDS,
    SignatureError,
    parse_enrol_header,
    signed_key_id,
    verify_request,
)

_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Caller:
    device_id: str
    digest: bytes | None  # the signed SHA-256 of the body, if the request has one


def has_body(request: Request) -> bool:
    length = request.headers.get("content-length")
    if length is not None:
        return length.strip() not in ("", "0")
    return "transfer-encoding" in request.headers


def target_uri(request: Request) -> str:
    """The URL as the device sent it: the path as it came on the request line
    (percent-encoding kept; Starlette's `request.url` has it decoded)."""
    raw = request.scope.get("raw_path")
    if not raw:
        return str(request.url)
    query = request.scope.get("query_string", b"").decode("latin-1")
    url = request.url
    return f"{url.scheme}://{url.netloc}{raw.decode('latin-1')}" + (f"?{query}" if query else "")


def _unauthorized(code: str, detail: str) -> ApiError:
    return ApiError(401, code, detail, {"WWW-Authenticate": "Signature"})


def authenticate(request: Request, signature_input: str | None = Header(None),
                 signature: str | None = Header(None),
                 faltbok_enrol: str | None = Header(None)) -> Caller:
    """A FastAPI dependency of every signed route (the headers are named for the
    OpenAPI schema; they are read from the request as they came)."""
    hub: Hub = request.app.state.hub
    headers = request.headers
    try:
        device_id = signed_key_id(headers)
        peer = hub.replica.peer(device_id)
        if peer is None:
            raise SignatureError("unknown_key", "no device is enrolled with that key id")
        key = peer.public_key or _enrolment_key(peer, headers.get(ENROL_HEADER))
        signed = verify_request(request.method, target_uri(request), headers, key,
                                has_body=has_body(request), now=hub.clock)
    except SignatureError as error:
        raise _unauthorized(error.code, str(error)) from None
    now = int(hub.clock())
    if not hub.state.remember_nonce(device_id, signed.nonce, signed.created,
                                    now - WINDOW_SECONDS - 1):
        raise _unauthorized("replay", "this signature was used before")
    if peer.revoked:
        raise ApiError(403, "revoked", "headquarters has revoked this device")
    return Caller(device_id, signed.digest)


def _enrolment_key(peer, value: str | None) -> str:
    """The key a not-yet-pinned device proves with its enrolment secret."""
    if not value:
        raise SignatureError("unknown_key", "the device's key is not pinned and the request "
                             f"carries no {ENROL_HEADER} header")
    enrol = parse_enrol_header(value)
    if not _HEX64.fullmatch(enrol["proof"]) or not crypto.proof_matches(
            peer.enrol_secret, enrol["proof"], peer.device_id, enrol["public_key"],
            enrol["age_recipient"]):
        raise SignatureError("unknown_key", "the enrolment proof is wrong")
    return enrol["public_key"]
