"""Write a file so that a crash or a power cut leaves the old file or the new
one, whole, never a mix or nothing.

The recipe (the only one POSIX makes durable): write to a temporary file in
the same folder (a rename is atomic only within one file system), fsync the
file so its bytes are on the disk before its name is, rename it over the
target, then fsync the folder so the rename itself is on the disk. Without
the first fsync, ext4 and others may commit the rename before the data and a
power cut leaves an empty file under the new name; without the second, the
rename may be lost and the old file come back.

Every file Fältbok writes whole (bundles, receipts, enrolment files,
attachments, key files, the attempt counter, staged passphrase changes) goes
through `write_atomic`; `replace_durably` and `fsync_dir` are the two halves
for callers that must do something between writing and renaming (commit a
database transaction, say). Only the standard library is used here, so any
layer may call it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

TEMP_PREFIX = ".tmp-"


def fsync_dir(folder: Path) -> None:
    """Make the names in `folder` (a rename, a new or removed file) durable."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; NTFS journals its renames
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares) refuse: nothing more to do
        pass
    finally:
        os.close(fd)


def write_temp(path: Path, data: bytes, mode: int = 0o600) -> Path:
    """Write `data` to a new temporary file beside `path`, synced to the disk.

    Returns the temporary file; the caller renames it (`replace_durably`) or
    removes it. The mode is set at creation (0600 by default: most of what we
    write is private), never widened after.
    """
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX + path.name + ".", dir=path.parent)
    temp = Path(name)
    try:
        os.chmod(temp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def fsync_file(path: Path) -> None:
    """Make the bytes of the file at `path` durable."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def replace_durably(temp: Path, path: Path) -> None:
    """Rename `temp` over `path` atomically and make the rename durable."""
    os.replace(temp, path)
    fsync_dir(Path(path).parent)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace the file at `path` by `data`: old or new content after a crash."""
    temp = write_temp(path, data, mode)
    try:
        replace_durably(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def copy_atomic(source: Path, path: Path, mode: int = 0o600) -> None:
    """Copy the file `source` to `path` the same way: whole or not at all."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX + path.name + ".", dir=path.parent)
    temp = Path(name)
    try:
        os.chmod(temp, mode)
        with os.fdopen(fd, "wb") as handle, open(source, "rb") as original:
            shutil.copyfileobj(original, handle, 1 << 20)
            handle.flush()
            os.fsync(handle.fileno())
        replace_durably(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def remove_temps(folder: Path) -> int:
    """Remove temporary files a crash left in `folder`; returns how many."""
    count = 0
    if folder.is_dir():
        for leftover in folder.glob(TEMP_PREFIX + "*"):
            leftover.unlink(missing_ok=True)
            count += 1
    return count
