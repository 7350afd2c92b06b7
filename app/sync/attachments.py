"""Attachment files: content-addressed, carried beside the changes that cite them.

A field report lists its attachments by SHA-256; the files live in
`<data folder>/attachments/<sha256>`. A bundle carries the files its changes
cite (those present here), as `attachments/<sha256>` members. A receiver
checks each file's hash against its name before keeping it; keeping the same
file twice is harmless, so storing is idempotent like merging.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from app.storage.atomic import write_atomic
from app.storage.paths import DataPaths
from app.sync.codec import Change
from app.sync.errors import ManifestMismatchError

_SHA = re.compile(r"[0-9a-f]{64}")
CITING = {("field_report", "attachments")}


def folder(paths: DataPaths) -> Path:
    return paths.root / "attachments"


def cited(changes: list[Change]) -> set[str]:
    """SHA-256 names the changes refer to."""
    names: set[str] = set()
    for change in changes:
        if (change[0], change[2]) in CITING:
            try:
                listed = json.loads(json.loads(change[3]) or "[]")
            except (TypeError, ValueError):
                continue
            names.update(n for n in listed if isinstance(n, str) and _SHA.fullmatch(n))
    return names


def keep_cited(blobs: dict[str, bytes], changes: list[Change]) -> dict[str, bytes]:
    """The files some change cites: a bundle's other files are not kept (a sender
    could fill the receiver's disk with files no record refers to)."""
    names = cited(changes)
    return {name: data for name, data in blobs.items() if name in names}


def collect(paths: DataPaths, names: set[str]) -> dict[str, bytes]:
    """The cited files this replica holds (a file not here simply does not travel)."""
    out = {}
    for name in sorted(names):
        path = folder(paths) / name
        if path.is_file():
            out[name] = path.read_bytes()
    return out


def check(blobs: dict[str, bytes]) -> None:
    for name, data in blobs.items():
        if hashlib.sha256(data).hexdigest() != name:
            raise ManifestMismatchError(f"the attachment {name[:12]}… differs from its name")


def store(paths: DataPaths, blobs: dict[str, bytes]) -> int:
    """Keep checked files not yet here; returns how many were new."""
    check(blobs)
    target = folder(paths)
    new = 0
    for name, data in blobs.items():
        path = target / name
        if path.exists():
            continue
        target.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
        new += 1
    return new


def save_local(paths: DataPaths, data: bytes) -> str:
    """Keep a file of this replica's own (e.g. a photo for a field report); its name."""
    name = hashlib.sha256(data).hexdigest()
    store(paths, {name: data})
    return name
