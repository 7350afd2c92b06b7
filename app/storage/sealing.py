"""Seal a small secret (a device's private key) under a passphrase.

A sealed blob is self-describing, so secrets can be re-sealed one by one and
a crash half-way leaves each either under the old passphrase or the new one:

    b"FBSEAL1" | log2(N) (1 byte) | salt (16) | nonce (12) | AES-256-GCM(data)

The key is scrypt(passphrase, salt, N, r=8, p=1): memory-hard, so guessing
costs an attacker memory as well as time (the database's own key uses
SQLCipher's PBKDF2, which we do not choose). The secret's name is the
associated data: a sealed file renamed to another secret's name does not open.
"""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.storage.cipher import EmptyPassphraseError, ProtectionError

MAGIC = b"FBSEAL1"
DEFAULT_LOG_N = 16  # N = 65,536: 64 MiB and about 0.2 s per derivation
SALT_BYTES = 16
NONCE_BYTES = 12
_HEADER = len(MAGIC) + 1 + SALT_BYTES + NONCE_BYTES


class UnsealError(ProtectionError):
    """The blob does not open with this passphrase (or was altered)."""

    def __init__(self):
        super().__init__("the sealed secret does not open with this passphrase")


class NotSealedError(ProtectionError):
    """The data is not a sealed blob."""

    def __init__(self):
        super().__init__("the data is not a sealed secret")


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(MAGIC) and len(blob) >= _HEADER + 16


def derive(passphrase: str, salt: bytes, log_n: int = DEFAULT_LOG_N) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log_n, r=8, p=1).derive(passphrase.encode())


def seal(data: bytes, passphrase: str, *, name: str = "", log_n: int = DEFAULT_LOG_N,
         key_cache: dict | None = None) -> bytes:
    """Encrypt `data` under `passphrase` (bound to `name`); a fresh salt each time."""
    if not passphrase:
        raise EmptyPassphraseError()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    key = derive(passphrase, salt, log_n)
    if key_cache is not None:
        key_cache[(salt, log_n)] = key
    body = AESGCM(key).encrypt(nonce, data, name.encode())
    return MAGIC + bytes([log_n]) + salt + nonce + body


def unseal(blob: bytes, passphrase: str, *, name: str = "",
           key_cache: dict | None = None) -> bytes:
    """The data sealed in `blob`; UnsealError for a wrong passphrase or an altered blob.

    `key_cache` ({(salt, log N): key}) spares the slow derivation on a second
    read of the same blob within one unlocked session.
    """
    if not is_sealed(blob):
        raise NotSealedError()
    log_n = blob[len(MAGIC)]
    start = len(MAGIC) + 1
    salt = blob[start:start + SALT_BYTES]
    nonce = blob[start + SALT_BYTES:_HEADER]
    if not 10 <= log_n <= 22:
        raise UnsealError()
    cached = key_cache.get((salt, log_n)) if key_cache is not None else None
    key = cached or derive(passphrase, salt, log_n)
    try:
        data = AESGCM(key).decrypt(nonce, blob[_HEADER:], name.encode())
    except InvalidTag:
        raise UnsealError() from None
    if key_cache is not None:
        key_cache[(salt, log_n)] = key
    return data
