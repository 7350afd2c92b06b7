"""Destroying files and swapping a database file for its re-encrypted copy.

`shred` overwrites a file's bytes before unlinking it. That is best effort:
on an SSD (wear levelling) or a journaling or copy-on-write file system the
old blocks may survive elsewhere on the device; docs/protection.md says what
this does and does not promise. It still defeats the cheap attacks (undelete
tools, reading free blocks of a plain file system), and is why the database
itself is encrypted: only ciphertext should ever reach the disk.

`replace_database` swaps a file for its re-encrypted (or decrypted) copy
atomically, then shreds the old bytes. The old content is kept reachable
under `<name>.rekey-old` until it is shredded, so a crash in between leaves
both files; `recover_interrupted` (called by `Database.open`) finishes the job.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHUNK = 1 << 20
NEW_SUFFIX = ".rekey-new"
OLD_SUFFIX = ".rekey-old"


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to a new file only its owner can read, flushed to the disk
    (keys are staged this way before they replace the old ones)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def shred(path: Path) -> bool:
    """Overwrite a regular file with random bytes, sync, then unlink it.

    Returns True if there was a file. A symbolic link is removed, never followed.
    """
    if path.is_symlink():
        path.unlink()
        return True
    if not path.is_file():
        return False
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            left = size
            while left > 0:
                step = min(CHUNK, left)
                handle.write(os.urandom(step))
                left -= step
            os.fsync(handle.fileno())
    except OSError:
        pass  # read-only or vanished: still try to unlink below
    path.unlink(missing_ok=True)
    return True


def shred_tree(folder: Path) -> int:
    """Shred every file under `folder`, then remove the folder. Returns files shredded."""
    if folder.is_symlink():
        folder.unlink()
        return 0
    if not folder.is_dir():
        return 0
    count = 0
    for root, _dirs, files in os.walk(folder, topdown=False, followlinks=False):
        for name in files:
            count += shred(Path(root) / name)
    shutil.rmtree(folder, ignore_errors=True)
    return count


def companions(path: Path) -> list[Path]:
    """SQLite's companion files of a database file (log, shared memory, journal)."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def staging_path(path: Path) -> Path:
    """Where the re-encrypted copy of `path` is written before the swap."""
    return path.with_name(path.name + NEW_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_database(path: Path, new: Path) -> None:
    """Put `new` in place of `path` atomically, then shred the old content.

    The companions of `path` must be empty (checkpointed) and closed: they are
    shredded first, so a stale log can never be replayed into the new file.
    """
    for companion in companions(path):
        shred(companion)
    old = path.with_name(path.name + OLD_SUFFIX)
    swap_and_shred(path, new, old)
    for companion in companions(new) + companions(old):
        shred(companion)


def swap_and_shred(path: Path, new: Path, old: Path) -> None:
    """Rename `new` over `path`; the previous bytes, reachable as `old`
    meanwhile, are shredded after."""
    shred(old)
    try:
        os.link(path, old)  # the old bytes stay reachable until shredded
        os.replace(new, path)
    except OSError:  # no hard links on this file system (FAT): two renames
        os.replace(path, old)
        os.replace(new, path)
    _fsync_dir(path.parent)
    shred(old)


def recover_interrupted(path: Path) -> None:
    """Finish a swap that a crash interrupted: keep the database, shred the rest."""
    old = path.with_name(path.name + OLD_SUFFIX)
    new = staging_path(path)
    if not path.exists() and old.exists():
        os.replace(old, path)  # crashed between the two renames: the old file is whole
    for leftover in (old, new, *companions(old), *companions(new)):
        shred(leftover)
