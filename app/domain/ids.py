"""Row identifiers made on the device.

Every synced row gets a UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then
randomness. They sort roughly by creation time, which keeps SQLite's b-trees
append-mostly, and two devices never need to agree on a counter.

Rows whose identity *is* a pair (a participant on a training's roster, the
attendance of a participant at a session) get an id derived from that pair
instead, so two devices that record the same fact create the same row and the
merge sees one record, not a duplicate. It is a UUIDv8 whose first 48 bits are
the time bits of the pair's first id (the session, the training) and whose
rest is a SHA-256 of the pair: the attendance of one session sits together in
the index, as a UUIDv7 would.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
import uuid


def uuid7(ms: int | None = None, rng: random.Random | None = None) -> str:
    """A UUIDv7 string. `ms` and `rng` make it reproducible (demo data, tests)."""
    if ms is None:
        ms = time.time_ns() // 1_000_000
    rand = rng.getrandbits(74) if rng is not None else int.from_bytes(os.urandom(10)) >> 6
    rand_a = rand >> 62
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def pair_id(kind: str, first: str, second: str) -> str:
    """A stable id for a (first, second) pair of a kind, equal on every device."""
    digest = int.from_bytes(hashlib.sha256(f"{kind}:{first}:{second}".encode()).digest()[:10])
    prefix = int(first.replace("-", "")[:12], 16) if is_uuid(first) else digest >> 32
    rand_a, rand_b = (digest >> 62) & 0xFFF, digest & ((1 << 62) - 1)
    value = (prefix & ((1 << 48) - 1)) << 80 | 0x8 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return True
