"""Bundle files: write bytes, read bytes (docs/sync.md §2, §7).

`write_bundle` turns a manifest and changes into one encrypted file;
`open_bundle` decrypts it and checks its shape before anything else is
trusted, `OpenedBundle.verify` checks the signature against the key the
caller pinned for the sender, and only then `changes()` decodes the members,
each read with a cap at its declared size and hashed. Nothing here touches a
database, so any refusal leaves every database as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field

from app.domain.canonical import canonical_bytes
from app.sync import codec, crypto
from app.sync.errors import (
    CorruptFileError,
    ManifestMismatchError,
    UnsafeArchiveError,
    UnsafePathError,
    UnsupportedFormatError,
)

FORMAT = "faltbok-bundle"
VERSION = 1
MANIFEST, SIGNATURE, CHANGES = "manifest.json", "manifest.sig", "changes.col.xz"
AGE_MAGIC = b"age-encryption.org/v1"

MAX_FILE_BYTES = 1 << 30
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 2 << 30
MAX_TOTAL_BYTES = 2 << 30
MAX_RATIO = 200
MAX_MANIFEST_BYTES = 8 << 20
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")
_UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
MAX_SEQ = (1 << 63) - 1


canonical = canonical_bytes  # manifests are canonical JSON (app/domain/canonical.py)


def write_bundle(manifest: dict, changes: list[codec.Change], signing_key: bytes,
                 recipient: str, attachments: dict[str, bytes] | None = None,
                 table_order: dict[str, int] | None = None) -> bytes:
    """The encrypted bundle file; `manifest` gets its members and recipient added."""
    blob, decoded, rows = codec.encode(changes, table_order)
    members = {CHANGES: blob}
    for digest, data in (attachments or {}).items():
        members[f"attachments/{digest}"] = data
    described = {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                 for name, data in members.items()}
    described[CHANGES].update(rows=rows, decoded_bytes=decoded)
    manifest = {**manifest, "format": FORMAT, "version": VERSION, "recipient": recipient,
                "members": described}
    body = canonical(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in [(MANIFEST, body), (SIGNATURE, crypto.sign(
                signing_key, crypto.BUNDLE_CONTEXT, body)), *members.items()]:
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
    return crypto.encrypt(buffer.getvalue(), recipient)


@dataclass
class OpenedBundle:
    """A decrypted bundle whose shape is checked; trust it only after `verify`."""

    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    archive: zipfile.ZipFile
    verified: bool = field(default=False)

    def verify(self, public_key: str) -> None:
        crypto.verify(public_key, crypto.BUNDLE_CONTEXT, self.manifest_bytes, self.signature)
        self.verified = True

    def changes(self) -> list[codec.Change]:
        if not self.verified:
            raise RuntimeError("changes of an unverified bundle")
        info = self.manifest["members"][CHANGES]
        blob = self._member(CHANGES)
        try:
            decoded, rows = int(info["decoded_bytes"]), int(info["rows"])
        except (KeyError, TypeError, ValueError):
            raise CorruptFileError("the manifest does not describe the changes") from None
        if not 0 <= decoded <= MAX_MEMBER_BYTES:
            raise UnsafeArchiveError("the change stream declares an excessive size")
        return codec.decode(blob, decoded, rows)

    def attachments(self) -> dict[str, bytes]:
        return {name.split("/", 1)[1]: self._member(name)
                for name in self.manifest["members"] if name.startswith("attachments/")}

    def _member(self, name: str) -> bytes:
        info = self.manifest["members"][name]
        data = _read_capped(self.archive, name, int(info["bytes"]))
        if len(data) != int(info["bytes"]) or hashlib.sha256(data).hexdigest() != info["sha256"]:
            raise ManifestMismatchError(f"the member {name} differs from the manifest")
        return data


def _read_capped(archive: zipfile.ZipFile, name: str, cap: int) -> bytes:
    try:
        with archive.open(name) as handle:
            data = handle.read(cap + 1)
    except (zipfile.BadZipFile, EOFError, OSError, KeyError) as error:
        raise CorruptFileError(f"the member {name} is damaged ({error})") from None
    if len(data) > cap:
        raise UnsafeArchiveError(f"the member {name} expands beyond its declared size")
    return data


def is_bundle(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC)


def open_bundle(data: bytes, identity_file: bytes, schema: int) -> OpenedBundle:
    """Decrypt and check the archive and manifest; refuse anything unsafe."""
    if len(data) > MAX_FILE_BYTES:
        raise UnsafeArchiveError("the file is larger than any bundle may be")
    if not is_bundle(data):
        raise CorruptFileError("not a Fältbok bundle (no age header)")
    crypto.require_one_recipient(data)
    plain = crypto.decrypt(data, identity_file)
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise CorruptFileError("the bundle is not a readable archive") from None
    _check_members(infos, len(plain))
    manifest_bytes = _read_capped(archive, MANIFEST, MAX_MANIFEST_BYTES)
    signature = _read_capped(archive, SIGNATURE, 64)
    try:
        manifest = json.loads(manifest_bytes)
        if not isinstance(manifest, dict):
            raise ValueError
    except ValueError:
        raise CorruptFileError("the manifest is not JSON") from None
    _check_manifest(manifest, infos, schema)
    return OpenedBundle(manifest, manifest_bytes, signature, archive)


def _check_members(infos: list[zipfile.ZipInfo], plain_bytes: int) -> None:
    if len(infos) > MAX_MEMBERS:
        raise UnsafeArchiveError("the bundle has too many members")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise UnsafeArchiveError("the bundle has duplicate member names")
    total = 0
    for info in infos:
        name = info.filename
        if (name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/")
                or re.match(r"^[A-Za-z]:", name)):
            raise UnsafePathError(f"the bundle has an unsafe member path: {name!r}")
        if name not in (MANIFEST, SIGNATURE, CHANGES) and not _ATTACHMENT.fullmatch(name):
            raise UnsafeArchiveError(f"the bundle has an unexpected member: {name!r}")
        if info.compress_type != zipfile.ZIP_STORED:
            raise UnsafeArchiveError(f"the member {name} is compressed in the archive")
        if info.file_size > MAX_MEMBER_BYTES:
            raise UnsafeArchiveError(f"the member {name} declares an excessive size")
        total += info.file_size
    if total > MAX_TOTAL_BYTES or total > MAX_RATIO * max(plain_bytes, 1):
        raise UnsafeArchiveError("the bundle declares an excessive expansion")
    if MANIFEST not in names or SIGNATURE not in names or CHANGES not in names:
        raise CorruptFileError("the bundle lacks its manifest, signature or changes")


def _check_manifest(manifest: dict, infos: list[zipfile.ZipInfo], schema: int) -> None:
    if manifest.get("format") != FORMAT:
        raise UnsupportedFormatError(f"unknown format {manifest.get('format')!r}")
    if manifest.get("version") != VERSION:
        raise UnsupportedFormatError(f"unknown bundle version {manifest.get('version')!r}")
    their = manifest.get("schema")
    if not isinstance(their, int):
        raise UnsupportedFormatError("the manifest names no schema version")
    if their > schema:
        raise UnsupportedFormatError(
            f"the bundle was written with a newer schema ({their} > {schema}); update Fältbok")
    members = manifest.get("members")
    listed = {i.filename for i in infos} - {MANIFEST, SIGNATURE}
    if not isinstance(members, dict) or set(members) != listed:
        raise ManifestMismatchError("the archive's members differ from the manifest")
    for name, info in members.items():
        if not isinstance(info, dict) or not isinstance(info.get("bytes"), int) \
                or not isinstance(info.get("sha256"), str):
            raise ManifestMismatchError(f"the manifest describes {name} badly")
    for key in ("bundle_id", "from", "to", "kind"):
        if not isinstance(manifest.get(key), str):
            raise CorruptFileError(f"the manifest lacks {key}")
    if not is_uuid7(manifest["bundle_id"]):
        raise CorruptFileError("the manifest's bundle id is not a UUIDv7")
    seq = manifest.get("seq")
    if not (isinstance(seq, list) and len(seq) == 2 and all(isinstance(s, int) for s in seq)):
        raise CorruptFileError("the manifest lacks its sequence range")
    if not all(_is_count(s) for s in seq):
        raise CorruptFileError("the manifest's sequence range is out of range")
    if not 1 <= seq[0] <= seq[1] + 1:
        raise CorruptFileError("the manifest's sequence range is not a range")
    if "return_seq" in manifest and not _is_count(manifest["return_seq"]):
        raise CorruptFileError("the manifest's return sequence is out of range")


def _is_count(value) -> bool:
    """A sequence number SQLite can store: an integer in [0, 2^63)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SEQ


def is_uuid7(value: str) -> bool:
    """The canonical text of a UUIDv7 (what `uuid7()` writes), nothing else."""
    return bool(_UUID7.fullmatch(value))
