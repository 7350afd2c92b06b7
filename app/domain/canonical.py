"""Canonical JSON: the one place Fältbok turns a value into JSON text whose
bytes are the same for equal values on every replica.

Sorted keys, no spaces, UTF-8 (no \\u escapes for non-ASCII). Used for stored
lists and mappings (`types.CanonicalJSON`, so the change log and `dump` agree
between replicas), bundle manifests, the change stream's header and receipt
bodies.

Why not RFC 8785 (JCS, the `rfc8785` package): for what we write (strings,
integers, booleans, null, ASCII keys) the two give the same bytes; they differ
in how floats are spelled (JCS writes 1.0 as `1`). A float inside a stored
JSON value would then be stored differently by new and old versions, and the
replicas' texts would no longer agree. Signatures never depend on this
choice: bundles and receipts are verified over the bytes that were signed, as
they arrive, never over a re-serialisation (docs/sync.md).
"""

from __future__ import annotations

import json


def canonical_json(value) -> str:
    """`value` as canonical JSON text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_bytes(value) -> bytes:
    """`value` as canonical JSON, UTF-8 encoded (what gets signed and hashed)."""
    return canonical_json(value).encode("utf-8")
