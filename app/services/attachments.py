"""Attaching files to records: checked at the door, stored sealed, opened through a copy.

A record cites a file by an entry `<sha256>:<file name>` in its `attachments`
list (a bare `<sha256>` is still read, with no name): the name travels with
the record, inside the encrypted database and bundles, and never lies on disk
in clear. An entry is at most `max_length(table, "attachments")` characters;
a long name is shortened, keeping its extension.

What may be attached is decided by the bytes, not by the name: images (JPEG,
PNG, HEIC, WebP), PDF, office documents (docx, xlsx, odt, ods) and plain
text, up to `MAX_BYTES`. Anything else (programs, scripts in disguise,
unknown formats) is refused with a typed error the UI and CLI put in words.
A viewer gets a copy named after the file but with the extension of its
real type, so a file called `x.pdf` that holds a program never runs.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import filetype
from sqlalchemy import text

from app.domain.limits import max_length
from app.storage import attachment_store
from app.storage.database import Database
from app.storage.paths import DataPaths

MAX_BYTES = 25 * 1024 * 1024
TABLES = {"field_report": "attachments"}  # the lists that cite files

# kind → extension a viewer gets
KINDS = {
    "jpeg": ".jpg", "png": ".png", "heic": ".heic", "webp": ".webp", "pdf": ".pdf",
    "docx": ".docx", "xlsx": ".xlsx", "odt": ".odt", "ods": ".ods", "text": ".txt",
}
_FILETYPE = {"jpg": "jpeg", "png": "png", "heic": "heic", "webp": "webp", "pdf": "pdf"}
_ODF = {b"application/vnd.oasis.opendocument.text": "odt",
        b"application/vnd.oasis.opendocument.spreadsheet": "ods"}
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:]")


class AttachmentError(Exception):
    """A file that cannot be attached; `code` names why (words in the UI)."""

    code = "attachment"


class TooLargeError(AttachmentError):
    code = "too_large"

    def __init__(self, size: int, limit: int = MAX_BYTES):
        self.size, self.limit = size, limit
        super().__init__(f"the file has {size} bytes, more than {limit}")


class RefusedTypeError(AttachmentError):
    code = "refused_type"

    def __init__(self):
        super().__init__("the file is not an image, PDF, office document or plain text")


class UnreadableFileError(AttachmentError):
    code = "unreadable"

    def __init__(self, reason: str):
        super().__init__(f"the file cannot be read: {reason}")


MissingAttachmentError = attachment_store.MissingAttachmentError


@dataclass(frozen=True)
class Attachment:
    """One cited file as a list shows it."""

    entry: str
    sha256: str
    name: str
    size: int | None = None  # None: not held here (yet)
    kind: str | None = None


def kind_of(data: bytes) -> str | None:
    """The allowed kind of `data` (a key of KINDS), or None: refused."""
    if data.startswith(b"PK\x03\x04"):
        return _office_kind(data)
    guess = filetype.guess(data)
    if guess is not None:
        return _FILETYPE.get(guess.extension)
    return "text" if _is_text(data) else None


def _office_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                return _ODF.get(archive.read("mimetype").strip())
            if "[Content_Types].xml" in names:
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not decoded.startswith("#!")  # a script is a program


def check(data: bytes) -> str:
    """The kind of `data`, or TooLargeError / RefusedTypeError."""
    if len(data) > MAX_BYTES:
        raise TooLargeError(len(data))
    kind = kind_of(data)
    if kind is None:
        raise RefusedTypeError()
    return kind


def clean_name(name: str, table: str = "field_report") -> str:
    """The file name as an entry keeps it: no path, no control characters, short enough."""
    name = _UNSAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).strip() or "file"
    room = max_length(table, TABLES[table]) - 65
    if len(name) > room:
        stem, dot, ext = name.rpartition(".")
        ext = dot + ext if dot and len(ext) <= 10 else ""
        name = (stem if dot else name)[:room - len(ext)] + ext
    return name


def entry(sha256: str, name: str, table: str = "field_report") -> str:
    return f"{sha256}:{clean_name(name, table)}"


def parse(entry_text: str) -> tuple[str, str]:
    """(sha256, file name) of an entry; the name is "" for a bare SHA-256."""
    sha, _sep, name = entry_text.partition(":")
    return sha.lower(), name


def add_file(paths: DataPaths, source: str | Path) -> Attachment:
    """Check and keep the file at `source`; the Attachment a record then cites."""
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:  # before reading 30 MB into memory
            raise TooLargeError(size)
        data = source.read_bytes()
    except IsADirectoryError:
        raise UnreadableFileError("a folder") from None
    except OSError as error:
        raise UnreadableFileError(error.strerror or type(error).__name__) from None
    return add_bytes(paths, data, source.name)


def add_bytes(paths: DataPaths, data: bytes, name: str) -> Attachment:
    kind = check(data)
    sha = attachment_store.put(paths, data)
    return Attachment(entry(sha, name), sha, clean_name(name), len(data), kind)


def describe(paths: DataPaths, entry_text: str) -> Attachment:
    """What a list shows of an entry: name, size and kind if the file is here."""
    sha, name = parse(entry_text)
    known = _DESCRIBED.get((paths.root, sha))
    if known is None:
        try:
            data = attachment_store.get(paths, sha)
        except MissingAttachmentError:
            return Attachment(entry_text, sha, name)
        known = _DESCRIBED[(paths.root, sha)] = (len(data), kind_of(data))
    return Attachment(entry_text, sha, name, *known)


# (data folder, sha256) → (size, kind): a file's bytes never change under its name,
# so a form moving between records does not decrypt the same photo again
_DESCRIBED: dict[tuple[Path, str], tuple[int, str | None]] = {}


def read(paths: DataPaths, entry_text: str) -> bytes:
    return attachment_store.get(paths, parse(entry_text)[0])


def open_copy(paths: DataPaths, entry_text: str) -> Path:
    """A decrypted copy under the data folder's `tmp/` for a viewer; `discard` it after.

    Its extension is that of the file's real kind; a file of a refused kind
    (it may have come in a bundle) is not opened."""
    sha, name = parse(entry_text)
    data = attachment_store.get(paths, sha)
    kind = kind_of(data)
    if kind is None:
        raise RefusedTypeError()
    stem = Path(clean_name(name or sha[:12])).stem or "file"
    return attachment_store.temp_copy(paths, data, stem + KINDS[kind])


def discard(paths: DataPaths, copy: str | Path) -> None:
    attachment_store.discard(paths, Path(copy))


def seal_plain(paths: DataPaths) -> int:
    """Encrypt files an earlier version kept in clear (called at start, once unlocked)."""
    return attachment_store.seal_plain(paths)


def clear_temp(paths: DataPaths) -> int:
    """Remove the decrypted copies a previous run left (called at start)."""
    return attachment_store.clear_temp(paths)


def cited(db: Database) -> set[str]:
    """SHA-256 of every file some record (deleted or not) cites."""
    names: set[str] = set()
    with db.engine.connect() as conn:
        for table, field in TABLES.items():
            for (value,) in conn.execute(text(f"SELECT {field} FROM {table}")):
                try:
                    listed = json.loads(value or "[]")
                except ValueError:
                    continue
                names.update(parse(item)[0] for item in listed if isinstance(item, str))
    return names


def prune(db: Database) -> int:
    """Destroy the stored files no record cites (added, then never saved or removed)."""
    for key in [k for k in _DESCRIBED if k[0] == db.paths.root]:
        del _DESCRIBED[key]
    return attachment_store.prune(db.paths, cited(db))
