"""Key material: Ed25519 signatures (`cryptography`) and age X25519 (`pyrage`).

Public keys travel as text (base64 of the raw Ed25519 key, `age1…`
recipients). Messages are signed with a domain prefix so a signature made for
one kind of file never verifies as another.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from app.sync.errors import BadSignatureError, CorruptFileError, WrongRecipientError

BUNDLE_CONTEXT = b"faltbok-bundle-v1\0"
RECEIPT_CONTEXT = b"faltbok-receipt-v1\0"
ENROL_CONTEXT = b"faltbok-enrol-v1\0"


def new_signing_key() -> tuple[bytes, str]:
    """(raw private key, base64 public key)."""
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw, public_of(raw)


def public_of(private_raw: bytes) -> str:
    public = Ed25519PrivateKey.from_private_bytes(private_raw).public_key()
    return base64.b64encode(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def sign(private_raw: bytes, context: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(context + message)


def verify(public_b64: str, context: bytes, message: bytes, signature: bytes) -> None:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        key.verify(signature, context + message)
    except (InvalidSignature, ValueError, TypeError):
        raise BadSignatureError("the signature does not match the pinned key") from None


def new_age_identity() -> tuple[bytes, str]:
    """(identity file bytes as the `age` tool reads them, recipient)."""
    identity = pyrage.x25519.Identity.generate()
    return (str(identity) + "\n").encode(), str(identity.to_public())


def encrypt(data: bytes, recipient: str) -> bytes:
    return pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)])


def decrypt(data: bytes, identity_file: bytes) -> bytes:
    identity = pyrage.x25519.Identity.from_str(identity_file.decode().strip())
    try:
        return pyrage.decrypt(data, [identity])
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error):
            raise WrongRecipientError("the file is encrypted to another key") from None
        raise CorruptFileError("the file is truncated or damaged") from None


HEADER_CAP = 64 << 10  # an age header with one recipient is a few hundred bytes


def require_one_recipient(data: bytes) -> None:
    """Refuse a file encrypted to anyone besides its one X25519 addressee.

    docs/sync.md: a bundle is encrypted "to the recipient only". The age
    header lists one stanza per recipient (`-> X25519 …`); stanzas whose type
    ends in `-grease` are the random padding age itself adds and name nobody.
    Stanza bodies are base64, which has no `-`, so a line starting with `-> `
    is always a stanza."""
    end = data.find(b"\n--- ", 0, HEADER_CAP)
    if end < 0:
        raise CorruptFileError("the file is truncated or damaged (no age header end)")
    stanzas = [line.split(b" ")[1] if line.count(b" ") else b""
               for line in data[:end].split(b"\n") if line.startswith(b"-> ")]
    named = [kind for kind in stanzas if not kind.endswith(b"-grease")]
    if named != [b"X25519"]:
        raise WrongRecipientError(f"the file is encrypted to {len(named)} recipients, "
                                  "not to this replica alone")


def enrol_proof(secret_hex: str, device_id: str, public_key: str, age_recipient: str) -> str:
    message = ENROL_CONTEXT + "\0".join((device_id, public_key, age_recipient)).encode()
    return hmac.new(bytes.fromhex(secret_hex), message, hashlib.sha256).hexdigest()


def proof_matches(secret_hex: str, proof: str, *fields: str) -> bool:
    return bool(secret_hex) and hmac.compare_digest(enrol_proof(secret_hex, *fields), proof)
