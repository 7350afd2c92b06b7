"""Attachment files at rest: content-addressed, always age-encrypted, key sealed.

Every file is encrypted with age to the data folder's own attachment key (an
X25519 identity kept as the secret `keys/attachments.age`). That key goes
through `keys.seal_secret` like the sync keys: while the database has a
passphrase it is sealed under it, and a passphrase set, change or removal
re-seals that one key (`keys.unseal_all` takes every file of `keys/`), never
the files. Without a passphrase the key lies in clear beside the files, as
the database itself does: the files are then as readable as the database is.

On disk a file is named by HMAC-SHA256(key, its SHA-256), not by the SHA-256
the records cite: without the key nobody can confirm that a known photo is
here. A file written in clear by an earlier version (named by its SHA-256) is
still read.

Opening a file for a viewer writes a decrypted copy under `tmp/` in the data
folder (never the system's temp folder); `clear_temp` removes leftovers at
the next start, and the wipe destroys the folder.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import threading
from pathlib import Path

import pyrage

from app.storage import keys
from app.storage.atomic import TEMP_PREFIX, write_atomic
from app.storage.files import shred, shred_tree
from app.storage.paths import DataPaths

KEY_NAME = "attachments.age"
_SHA = re.compile(r"[0-9a-f]{64}")
_AGE = b"age-encryption.org/v1"
_MAKING = threading.Lock()


class MissingAttachmentError(Exception):
    """The file a record cites is not held here (it has not arrived yet)."""

    def __init__(self, sha: str):
        self.sha = sha
        super().__init__(f"the attachment {sha[:12]}… is not here")


def folder(paths: DataPaths) -> Path:
    return paths.root / "attachments"


def temp_folder(paths: DataPaths) -> Path:
    return paths.root / "tmp"


def _identity(paths: DataPaths) -> pyrage.x25519.Identity:
    """The folder's attachment key, made on first use. Two writers (the window and a
    sync in the background, or the CLI) must never each make one: files encrypted to
    the loser would be lost, so the key file is created exclusively (a hard link of
    a finished temp file), and whoever comes second reads the winner's."""
    path = paths.keys / KEY_NAME
    with _MAKING:
        if not path.exists():
            identity = pyrage.x25519.Identity.generate()
            stored = keys.seal_secret(paths, KEY_NAME, str(identity).encode())
            paths.keys.mkdir(parents=True, exist_ok=True)
            os.chmod(paths.keys, 0o700)
            draft = paths.keys / f"{TEMP_PREFIX}{secrets.token_hex(6)}"
            write_atomic(draft, stored, mode=0o600)
            try:
                os.link(draft, path)
            except FileExistsError:
                pass
            finally:
                draft.unlink(missing_ok=True)
    text = keys.unseal_secret(paths, KEY_NAME, path.read_bytes())
    return pyrage.x25519.Identity.from_str(text.decode())


def _disk_name(identity: pyrage.x25519.Identity, sha: str) -> str:
    return hmac.new(str(identity).encode(), sha.encode(), hashlib.sha256).hexdigest()


def is_sha(name: str) -> bool:
    return bool(_SHA.fullmatch(name))


def put(paths: DataPaths, data: bytes) -> str:
    """Keep `data` encrypted; its SHA-256 (storing the same bytes twice is harmless)."""
    sha = hashlib.sha256(data).hexdigest()
    identity = _identity(paths)
    path = folder(paths) / _disk_name(identity, sha)
    if not path.exists():
        folder(paths).mkdir(parents=True, exist_ok=True)
        write_atomic(path, pyrage.encrypt(data, [identity.to_public()]), mode=0o600)
    legacy = folder(paths) / sha
    if legacy.exists():
        shred(legacy)  # a clear copy of an earlier version: now held encrypted
    return sha


def has(paths: DataPaths, sha: str) -> bool:
    if not is_sha(sha):
        return False
    if (folder(paths) / sha).is_file():
        return True
    if not (paths.keys / KEY_NAME).exists():
        return False
    return (folder(paths) / _disk_name(_identity(paths), sha)).is_file()


def get(paths: DataPaths, sha: str) -> bytes:
    """The plaintext of the file `sha`; MissingAttachmentError if not held here."""
    if not is_sha(sha):
        raise MissingAttachmentError(sha)
    legacy = folder(paths) / sha
    if legacy.is_file():
        data = legacy.read_bytes()
    else:
        if not (paths.keys / KEY_NAME).exists():
            raise MissingAttachmentError(sha)
        identity = _identity(paths)
        try:
            data = pyrage.decrypt((folder(paths) / _disk_name(identity, sha)).read_bytes(),
                                  [identity])
        except FileNotFoundError:
            raise MissingAttachmentError(sha) from None
    if hashlib.sha256(data).hexdigest() != sha:
        raise MissingAttachmentError(sha)  # damaged: as good as absent
    return data


def remove(paths: DataPaths, sha: str) -> bool:
    """Destroy the file `sha` (overwritten, then unlinked); True if there was one."""
    if not is_sha(sha):
        return False
    gone = shred(folder(paths) / sha)
    if (paths.keys / KEY_NAME).exists():
        gone = shred(folder(paths) / _disk_name(_identity(paths), sha)) or gone
    return gone


def seal_plain(paths: DataPaths) -> int:
    """Encrypt the files an earlier version wrote in clear (named by their SHA-256)
    and shred the clear bytes; how many. Called at start, once unlocked."""
    if not folder(paths).is_dir():
        return 0
    done = 0
    for path in sorted(folder(paths).iterdir()):
        if path.is_file() and is_sha(path.name):
            data = path.read_bytes()
            if not data.startswith(_AGE) and hashlib.sha256(data).hexdigest() == path.name:
                put(paths, data)  # shreds the clear file once the sealed one is in place
                done += 1
    return done


def held(paths: DataPaths, cited: set[str]) -> set[str]:
    """Of the SHA-256 names `cited`, those held here."""
    return {sha for sha in cited if has(paths, sha)}


def prune(paths: DataPaths, keep: set[str]) -> int:
    """Destroy every stored file whose SHA-256 is not in `keep`; how many went."""
    if not folder(paths).is_dir():
        return 0
    wanted = {sha for sha in keep if is_sha(sha)}
    names = set(wanted)
    if (paths.keys / KEY_NAME).exists():
        identity = _identity(paths)
        names |= {_disk_name(identity, sha) for sha in wanted}
    gone = 0
    for path in folder(paths).iterdir():
        if path.is_file() and path.name not in names:
            gone += shred(path)
    return gone


def temp_copy(paths: DataPaths, data: bytes, file_name: str) -> Path:
    """A decrypted copy of `data` under `tmp/`, for a viewer; remove it with `discard`."""
    target = temp_folder(paths) / secrets.token_hex(8)
    target.mkdir(parents=True, mode=0o700)
    path = target / file_name
    write_atomic(path, data, mode=0o600)
    return path


def discard(paths: DataPaths, path: Path) -> None:
    """Destroy a temporary copy made by `temp_copy` (and its folder)."""
    path = Path(path)
    if temp_folder(paths) in path.parents:
        shred_tree(path.parent)


def clear_temp(paths: DataPaths) -> int:
    """Destroy every temporary copy left (a crash, a viewer still open at exit)."""
    return shred_tree(temp_folder(paths)) if temp_folder(paths).exists() else 0
