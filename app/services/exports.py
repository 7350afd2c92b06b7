"""Every file (or stream) the app writes that can contain participants' names.

An export is where the protection at rest ends: a PDF or a dump is plain
text to whoever holds it. So every writer of such content goes through here:

- `plan(...)` says whether names go in (the caller asked the person first;
  the default is without names, and a role that may not see names never gets
  them: `privacy.NamesHiddenError`) and whether the target lies inside the
  data folder. Outside it the UI must warn that the file is written in clear
  where the wipe cannot reach it.
- `record(...)` writes the `export` audit event: who (the current user),
  what, where (the path), whether names were included and how many rows;
  never a name.
- `written_in_place(target)` gives a file to write that becomes `target`
  only when the writing finished (`temp_beside` and `put_in_place`): a
  failure leaves `target` as it was and nothing beside it.
- `temp_file(...)` gives a temporary file a place inside the data folder
  (`tmp/`), never the system's temp folder, so a spool file is destroyed by
  `clean_temp` at start and by the wipe (`app/protection/wipe.py`).

A file inside the data folder is not encrypted either (a PDF is a PDF); what
the folder gives is that the wipe destroys it. docs/protection.md says so.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.domain.system import AuditEvent
from app.services.audit import AuditService
from app.services.current_user import current_user
from app.services.privacy import NamesHiddenError, may_view_names
from app.storage.atomic import TEMP_PREFIX, fsync_file, replace_durably
from app.storage.database import Database
from app.storage.files import shred, shred_tree
from app.storage.paths import DataPaths

STDOUT = "-"  # the target of a dump printed to standard output


def temp_folder(paths: DataPaths) -> Path:
    """The data folder's `tmp/`, made private to this user if it was missing."""
    folder = paths.root / "tmp"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def inside_data_folder(paths: DataPaths, target: str | os.PathLike) -> bool:
    """True if `target` (resolved, links followed) lies under the data folder."""
    if str(target) == STDOUT:
        return False
    resolved = Path(target).expanduser().resolve()
    return resolved.is_relative_to(paths.root.resolve())


@dataclass(frozen=True)
class ExportPlan:
    """What an export is about to do, decided before a byte is written."""

    what: str  # e.g. "attendance_sheet", "dump"
    target: str
    names: bool
    inside: bool

    @property
    def outside(self) -> bool:
        """The file lands where the wipe cannot reach it: the UI warns."""
        return not self.inside


def plan(db: Database, what: str, target: str | os.PathLike,
         names: bool = False) -> ExportPlan:
    """Decide an export. Names only if asked for and the current role may see them."""
    if names:
        user = current_user(db)
        role = user.role if user else None
        if not may_view_names(role):
            raise NamesHiddenError(role)
    return ExportPlan(what=what, target=str(target), names=names,
                      inside=inside_data_folder(db.paths, target))


def record(db: Database, export: ExportPlan, rows: int) -> AuditEvent:
    """The `export` audit event for an export that was written (no names in it)."""
    where = "standard output" if export.target == STDOUT else export.target
    detail = (f"{export.what} to {where}: {rows} row{'' if rows == 1 else 's'}, "
              f"{'with names' if export.names else 'without names'}, "
              f"{'inside' if export.inside else 'outside'} the data folder")
    return AuditService(db).record("export", detail)


@contextmanager
def temp_file(paths: DataPaths, suffix: str = "") -> Iterator[Path]:
    """A fresh temporary file in the data folder's `tmp/`, shredded afterwards."""
    handle, name = tempfile.mkstemp(suffix=suffix, dir=temp_folder(paths))
    os.close(handle)
    path = Path(name)
    try:
        yield path
    finally:
        shred(path)


def clean_temp(paths: DataPaths) -> int:
    """Shred whatever a previous run left in `tmp/` (call at start). Files shredded."""
    return shred_tree(paths.root / "tmp")


def keep_temp_files_inside(paths: DataPaths) -> Path:
    """Point this process's temp folder (TMPDIR, TEMP, TMP, `tempfile`) at `tmp/`.

    Called once at the app's start: whatever Qt or a library spools (a print
    job, a `QTemporaryFile`, Python's `tempfile`) then lands in the data
    folder, where `clean_temp` and the wipe reach it, not in the system's
    temp folder in clear. Child processes inherit it.
    """
    folder = temp_folder(paths)
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(folder)
    tempfile.tempdir = str(folder)
    return folder


def temp_beside(target: str | os.PathLike) -> Path:
    """A new empty file beside `target`, named as `app.storage.atomic` names its
    temporary files, for a writer that needs a path (a PDF, a workbook); then
    `put_in_place` or unlink it. FileNotFoundError if the folder is missing."""
    target = Path(target).expanduser()
    handle, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{target.name}.", dir=target.parent)
    os.close(handle)
    return Path(name)


def put_in_place(temp: Path, target: str | os.PathLike) -> None:
    """Rename the finished `temp` over `target`, durably (whole file or none)."""
    fsync_file(temp)
    replace_durably(temp, Path(target).expanduser())


@contextmanager
def written_in_place(target: str | os.PathLike) -> Iterator[Path]:
    """A temporary file beside `target` to write into; renamed over `target` durably
    when the block ends without an error, removed whatever happens. So a failure
    (a full disk, a read-only folder, a row that cannot be written) leaves `target`
    as it was, absent or the old file whole, and no temporary file behind. An
    OSError names `target`, the file the user chose, never the temporary one."""
    target = Path(target).expanduser()
    try:
        temp = temp_beside(target)
    except OSError as error:
        raise _naming(error, target) from None
    try:
        yield temp
        put_in_place(temp, target)
    except OSError as error:
        if error.filename not in (None, str(temp)):
            raise
        raise _naming(error, target) from None
    finally:
        temp.unlink(missing_ok=True)


def _naming(error: OSError, target: Path) -> OSError:
    """The same error (the same subclass, by its errno) about `target`."""
    if error.errno is None:
        return error
    return OSError(error.errno, error.strerror, str(target))
