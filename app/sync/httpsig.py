"""RFC 9421 HTTP Message Signatures for device requests to the hub (docs/hub.md).

The device signs every request with its `device-sign` Ed25519 key
(`sign_request`); the hub checks it (`verify_request`). Both go through the
`http-message-signatures` package so the signature base is RFC 9421's, not a
home-made one. The body is covered through an RFC 9530 `Content-Digest`;
because the hub streams large bodies, `verify_request` returns the signed
digest and the caller compares it with the body it read. Replay policy (the
nonce store) is the hub's; the time window is checked here.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import http_sf
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from http_message_signatures import (
    HTTPMessageSigner,
    HTTPMessageVerifier,
    HTTPSignatureKeyResolver,
    algorithms,
)
from http_message_signatures.exceptions import HTTPMessageSignaturesException

LABEL = "faltbok"
WINDOW_SECONDS = 300
ENROL_HEADER = "Faltbok-Enrol"
BASE_COMPONENTS = ("@method", "@target-uri")
DIGEST_COMPONENT = "content-digest"
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,128}")


class SignatureError(Exception):
    """A request whose signature cannot be accepted; `code` names why (docs/hub.md)."""

    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code


@dataclass(frozen=True)
class SignedRequest:
    """What a verified signature vouches for."""

    device_id: str
    created: int
    nonce: str
    digest: bytes | None  # the signed SHA-256 of the body, or None: no body covered


@dataclass
class _Message:
    method: str
    url: str
    headers: dict


class _Keys(HTTPSignatureKeyResolver):
    def __init__(self, private: Ed25519PrivateKey | None = None,
                 public: Ed25519PublicKey | None = None):
        self.private, self.public = private, public

    def resolve_private_key(self, key_id: str):
        return self.private

    def resolve_public_key(self, key_id: str):
        return self.public


class _Verifier(HTTPMessageVerifier):
    # the window is checked after verification, with an injectable clock
    # (`verify_request`), so that both directions are refused as "stale"
    max_clock_skew = datetime.timedelta(days=365)


def content_digest(body: bytes) -> str:
    """The RFC 9530 `Content-Digest` field value of a body (sha-256)."""
    return f"sha-256=:{base64.b64encode(hashlib.sha256(body).digest()).decode()}:"


def enrol_header(public_key: str, age_recipient: str, proof: str) -> str:
    """The `Faltbok-Enrol` value a device sends until HQ has pinned its key."""
    doc = {"public_key": public_key, "age_recipient": age_recipient, "proof": proof}
    return base64.b64encode(json.dumps(doc, sort_keys=True).encode()).decode()


def parse_enrol_header(value: str) -> dict[str, str]:
    """The enrolment object of a `Faltbok-Enrol` value; `SignatureError` if malformed."""
    try:
        doc = json.loads(base64.b64decode(value, validate=True))
    except (ValueError, TypeError):
        raise SignatureError("unknown_key", "the enrolment header is malformed") from None
    keys = ("public_key", "age_recipient", "proof")
    if not isinstance(doc, dict) or not all(isinstance(doc.get(k), str) for k in keys):
        raise SignatureError("unknown_key", "the enrolment header is malformed")
    return {k: doc[k] for k in keys}


def sign_request(method: str, url: str, *, device_id: str, private_key: bytes,
                 body: bytes | None = None, created: int | None = None,
                 nonce: str | None = None) -> dict[str, str]:
    """The headers that sign a request: `Signature-Input`, `Signature` and, when
    there is a body (even an empty PATCH chunk), `Content-Digest`.

    `private_key` is the raw 32-byte Ed25519 key (`device-sign`); `url` the
    absolute URL exactly as it is sent, query included.
    """
    headers: dict[str, str] = {}
    signer = HTTPMessageSigner(signature_algorithm=algorithms.ED25519,
                               key_resolver=_Keys(Ed25519PrivateKey.from_private_bytes(
                                   private_key)))
    moment = datetime.datetime.fromtimestamp(
        int(time.time()) if created is None else created, tz=datetime.UTC)
    signer.sign(_Message(method.upper(), url, headers), key_id=device_id, created=moment,
                nonce=nonce or secrets.token_urlsafe(16), label=LABEL, include_alg=True,
                covered_component_ids=BASE_COMPONENTS, body=body)
    return headers


def signed_key_id(headers: Mapping[str, str]) -> str:
    """The `keyid` a request claims, before anything is verified (to find its key)."""
    _require_headers(headers)
    try:
        parsed = http_sf.parse(headers["signature-input"].encode(), tltype="dictionary")
        _, params = parsed[LABEL]
        key_id = params["keyid"]
    except (ValueError, TypeError, KeyError, UnicodeError):
        raise SignatureError("bad_signature", "the signature input is malformed") from None
    if not isinstance(key_id, str):
        raise SignatureError("bad_signature", "the signature names no key")
    return key_id


def verify_request(method: str, url: str, headers: Mapping[str, str], public_key: str, *,
                   has_body: bool, now: Callable[[], float] = time.time) -> SignedRequest:
    """Check a request's signature with the device's Ed25519 key (base64 raw).

    `headers` must be case-insensitive with lowercase lookups working (a
    Starlette `Headers` is). Raises `SignatureError` with the code of
    docs/hub.md; replay (the nonce) is left to the caller.
    """
    _require_headers(headers)
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
    except (ValueError, TypeError):
        raise SignatureError("unknown_key", "the device key is not an Ed25519 key") from None
    required = BASE_COMPONENTS + ((DIGEST_COMPONENT,) if has_body else ())
    message = _Message(method.upper(), url, dict(headers.items()))
    verifier = _Verifier(signature_algorithm=algorithms.ED25519, key_resolver=_Keys(public=key))
    try:
        results = verifier.verify(message, max_age=None, require_components=required)
    except (HTTPMessageSignaturesException, ValueError, TypeError, OverflowError) as error:
        raise SignatureError("bad_signature", f"the signature does not verify ({error})") \
            from None
    if len(results) != 1 or results[0].label != LABEL:
        raise SignatureError("bad_signature", "expected one signature labelled faltbok")
    result = results[0]
    params = result.parameters  # only what the signature covers is trusted
    created, nonce = params.get("created"), params.get("nonce")
    if params.get("alg") != "ed25519":
        raise SignatureError("bad_signature", "the signature must name alg ed25519")
    if not isinstance(nonce, str) or not _NONCE.fullmatch(nonce):
        raise SignatureError("bad_signature", "the signature has no usable nonce")
    if abs(now() - created) > WINDOW_SECONDS:
        raise SignatureError("stale", "the signature is too old or from the future")
    digest = None
    covered = {k.split(";")[0].strip('"'): v for k, v in result.covered_components.items()}
    if DIGEST_COMPONENT in covered:
        digest = _sha256_of(covered[DIGEST_COMPONENT])
    return SignedRequest(str(params["keyid"]), created, nonce, digest)


def _require_headers(headers: Mapping[str, str]) -> None:
    if "signature-input" not in headers or "signature" not in headers:
        raise SignatureError("unsigned", "the request is not signed")
    getlist = getattr(headers, "getlist", None)
    if getlist is not None and (len(getlist("signature-input")) != 1
                                or len(getlist("signature")) != 1):
        raise SignatureError("bad_signature", "the signature headers are repeated")


def _sha256_of(field: str) -> bytes:
    try:
        parsed = http_sf.parse(field.encode(), tltype="dictionary")
        value = parsed["sha-256"][0]
    except (ValueError, TypeError, KeyError, UnicodeError):
        raise SignatureError("bad_signature", "the content digest has no sha-256") from None
    if not isinstance(value, bytes) or len(value) != 32:
        raise SignatureError("bad_signature", "the content digest is malformed")
    return value
