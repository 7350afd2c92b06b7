"""Row identifiers made on the device.

Every synced row gets a UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then
randomness. They sort roughly by creation time, which keeps SQLite's b-trees
append-mostly, and two devices never need to agree on a counter.

Rows whose identity *is* a pair (a participant on a training's roster, the
attendance of a participant at a session) get a name-based UUIDv5 of that pair
instead, so two devices that record the same fact create the same row and the
merge sees one record, not a duplicate.
"""

from __future__ import annotations

import os
import random
import time
import uuid

_PAIR_NAMESPACE = uuid.UUID("6f1c2e0a-5b8e-4d1a-9a57-0f4c1b7a2e10")


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
    return str(uuid.uuid5(_PAIR_NAMESPACE, f"{kind}:{first}:{second}"))


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return True
