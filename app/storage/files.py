"""Destroying files, and swapping a data folder's files for re-encrypted copies
in one journaled step.

`shred` overwrites a file's bytes before unlinking it. That is best effort:
on an SSD (wear levelling) or a journaling or copy-on-write file system the
old blocks may survive elsewhere on the device; docs/protection.md says what
this does and does not promise. It still defeats the cheap attacks (undelete
tools, reading free blocks of a plain file system), and is why the database
itself is encrypted: only ciphertext should ever reach the disk.

A passphrase change touches several files (the database, every backup, every
sealed key) that must change together: a database under the new passphrase
with keys sealed under the old one, or a plain backup beside an encrypted
database, is exactly what must never be left. So the change is journaled:

1. every new file is written and synced under `rekey-staging/` in the data
   folder, mirroring the live layout (`rekey-staging/faltbok.db`,
   `rekey-staging/backups/…`, `rekey-staging/keys/…`); nothing live is touched;
2. `commit` writes `rekey-staging/commit.json` (atomically, synced), listing
   the staged files and the live files to destroy. That write is the moment
   the change happens;
3. `roll_forward` moves each staged file in: the live file is renamed aside
   to `<name>.rekey-old`, the staged one renamed in, the old one shredded;
   then the files to destroy are shredded and the staging folder removed.

`recover_interrupted` (called by `Database.open` and before any passphrase
operation) finishes the job after a crash: with a journal it rolls forward
(every step can be repeated), without one it shreds the staging folder and
the live files are as they were. The old bytes are only ever reachable under
a second name by a rename, never by a hard link, so the live file and the one
to be shredded are never the same file.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from app.domain import crashpoint
from app.storage.atomic import fsync_dir, write_atomic

CHUNK = 1 << 20
NEW_SUFFIX = ".rekey-new"  # the previous version's staging name, still cleaned up
OLD_SUFFIX = ".rekey-old"
STAGING = "rekey-staging"
JOURNAL = "commit.json"


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



def staging_folder(root: Path) -> Path:
    """Where a passphrase change stages its files, inside the data folder `root`."""
    return root / STAGING


def begin(root: Path) -> Path:
    """An empty staging folder (anything an earlier crash left in it is shredded)."""
    recover_interrupted(root / "faltbok.db")
    staging = staging_folder(root)
    shred_tree(staging)
    staging.mkdir(mode=0o700)
    return staging


def _sync_tree(folder: Path) -> None:
    for current, _dirs, files in os.walk(folder):
        for name in files:
            with open(Path(current) / name, "rb") as handle:
                os.fsync(handle.fileno())
        fsync_dir(Path(current))
    fsync_dir(folder.parent)


def commit(root: Path, staged: list[str], destroy: list[str]) -> None:
    """Make the staged change happen, then carry it out.

    `staged` and `destroy` are paths relative to `root` (POSIX form): staged
    files replace the live ones of the same name, destroyed ones are shredded.
    """
    staging = staging_folder(root)
    _sync_tree(staging)
    journal = json.dumps({"staged": staged, "destroy": destroy}).encode("utf-8")
    write_atomic(staging / JOURNAL, journal)
    crashpoint.reached("committed")
    roll_forward(root)


def roll_forward(root: Path) -> None:
    """Carry out a committed change; safe to repeat after a crash at any step."""
    staging = staging_folder(root)
    plan = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    for relative in plan["staged"]:
        _move_in(_inside(staging, relative), _inside(root, relative))
    for relative in plan["destroy"]:
        target = _inside(root, relative)
        for path in (target, *companions(target)):
            shred(path)
        crashpoint.reached("destroyed")
    (staging / JOURNAL).unlink()  # last: until here a restart rolls forward again
    fsync_dir(staging)
    crashpoint.reached("journal-removed")
    shred_tree(staging)
    fsync_dir(root)


def _inside(folder: Path, relative: str) -> Path:
    path = folder / relative
    if ".." in Path(relative).parts or Path(relative).is_absolute():
        raise ValueError(f"not a path inside the data folder: {relative!r}")
    return path


def _move_in(new: Path, live: Path) -> None:
    """Put the staged `new` in place of `live`; shred the previous content."""
    old = live.with_name(live.name + OLD_SUFFIX)
    if new.exists():
        if live.exists():
            _discard(old, live)
            for companion in companions(live):  # checkpointed: empty, never replayed
                shred(companion)
            os.replace(live, old)
            fsync_dir(live.parent)
            crashpoint.reached("moved-aside")
        live.parent.mkdir(parents=True, exist_ok=True)
        os.replace(new, live)
        fsync_dir(live.parent)
        crashpoint.reached("moved-in")
    _discard(old, live)
    crashpoint.reached("old-shredded")


def _discard(old: Path, live: Path) -> None:
    """Shred `old` unless it is the live file under a second name (a hard link
    left by an earlier version): then only that name is removed."""
    try:
        same = old.exists() and live.exists() and os.path.samefile(old, live)
    except OSError:
        same = False
    if same:
        old.unlink()
    else:
        shred(old)
    for companion in companions(old):
        shred(companion)


def recover_interrupted(path: Path) -> None:
    """Finish or undo a passphrase change a crash interrupted (see the module
    docstring); `path` is the database file of the data folder."""
    root = path.parent
    staging = staging_folder(root)
    if (staging / JOURNAL).is_file():
        roll_forward(root)
    elif staging.exists():
        shred_tree(staging)  # never committed: the live files are untouched
    _recover_previous_version(path)


def _recover_previous_version(path: Path) -> None:
    """Leftovers of the previous swap (`.rekey-new`, `.rekey-old` beside the
    database), which staged and swapped one file at a time."""
    old = path.with_name(path.name + OLD_SUFFIX)
    new = path.with_name(path.name + NEW_SUFFIX)
    if not path.exists() and old.exists():
        os.replace(old, path)  # crashed between two renames: the old file is whole
    _discard(old, path)
    for leftover in (new, *companions(new)):
        shred(leftover)
