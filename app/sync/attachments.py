"""Attachment files: content-addressed, carried beside the changes that cite them.

A field report lists its attachments as `<sha256>:<file name>` entries (a bare
`<sha256>` too); the files are kept encrypted in `<data folder>/attachments/`
(`app/storage/attachment_store.py`). A bundle carries the plaintext of the files
its changes cite (those present here), as `attachments/<sha256>` members, inside
the bundle's own encryption. A receiver checks each file's hash against its name
before keeping it, encrypted again under its own key; keeping the same file
twice is harmless, so storing is idempotent like merging.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from app.storage import attachment_store
from app.storage.paths import DataPaths
from app.sync.codec import Change
from app.sync.errors import ManifestMismatchError

_SHA = re.compile(r"[0-9a-f]{64}")
CITING = {("field_report", "attachments")}


def folder(paths: DataPaths) -> Path:
    return attachment_store.folder(paths)


def cited(changes: list[Change]) -> set[str]:
    """SHA-256 names the changes refer to."""
    names: set[str] = set()
    for change in changes:
        if (change[0], change[2]) in CITING:
            try:
                listed = json.loads(json.loads(change[3]) or "[]")
            except (TypeError, ValueError):
                continue
            names.update(sha for sha in (n.partition(":")[0] for n in listed
                                         if isinstance(n, str)) if _SHA.fullmatch(sha))
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
        try:
            out[name] = attachment_store.get(paths, name)
        except attachment_store.MissingAttachmentError:
            continue
    return out


def check(blobs: dict[str, bytes]) -> None:
    for name, data in blobs.items():
        if hashlib.sha256(data).hexdigest() != name:
            raise ManifestMismatchError(f"the attachment {name[:12]}… differs from its name")


def store(paths: DataPaths, blobs: dict[str, bytes]) -> int:
    """Keep checked files not yet here; returns how many were new."""
    check(blobs)
    new = 0
    for name, data in blobs.items():
        if not attachment_store.has(paths, name):
            attachment_store.put(paths, data)
            new += 1
    return new


def save_local(paths: DataPaths, data: bytes) -> str:
    """Keep a file of this replica's own (e.g. a photo for a field report); its name."""
    return attachment_store.put(paths, data)
