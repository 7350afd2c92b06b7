"""`faltbok --selftest`: does this copy of the app work, here, now?

Meant for a frozen build on a machine that has never seen Python (CI runs it on
every build), and useful anywhere: one command a person in the field can run and
read the answer of. In a fresh temporary folder it walks the paths the app
depends on, each step a real use of the code, not a look at files:

  modules        the app's modules import, native libraries included
  resources      the icon and licences are where `app.resources` says
  migrations     a new database is created and migrated to the newest schema
  record         a record is written and read back through the services
  encrypted      a SQLCipher database is made, closed, refused with a wrong
                 passphrase and opened with the right one (native SQLCipher)
  bundle         a laptop enrolled by a headquarters database exports a signed,
                 age-encrypted bundle that headquarters opens and merges (pyrage)
  translations   every language loads (Qt part, app.ui.shell.selftest_window)
  window         the main window opens offscreen and paints

The first failing step stops the walk: `SelftestFailure` names it and the reason
in one line. Nothing is left behind. This module is Qt-free; the last two steps
are imported only when asked for, so the core steps run (and are tested)
without a display.
"""

from __future__ import annotations

import importlib
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import resources

# The modules the steps use, imported by the first step (not at the top): a bundle
# that lost a native library (SQLCipher, age, cryptography) then fails at "modules"
# with that library's name, instead of before the self-test could begin.
MODULES = ("app.storage.cipher", "app.storage.migrate", "app.services",
           "app.protection.unlock", "app.sync.service", "app.sync.crypto", "app.cli")

PASSPHRASE = "selftest: fjäll 7 горы"
PARTNER = "Selftest partner Ош"


class SelftestFailure(Exception):
    """A step failed: `step` names it, the message says why in one line."""

    def __init__(self, step: str, reason: str):
        self.step = step
        self.reason = reason.splitlines()[0] if reason else "failed"
        super().__init__(f"selftest failed at {step}: {self.reason}")


@dataclass
class Outcome:
    steps: list[str]
    seconds: float


def check_modules(work: Path) -> None:
    for name in MODULES:
        importlib.import_module(name)


def check_resources(work: Path) -> None:
    if not resources.icon_files():
        raise RuntimeError(f"no icons in {resources.resources_dir()}")
    if not resources.license_files():
        raise RuntimeError(f"no licences in {resources.resources_dir()}")


def check_migrations(work: Path) -> None:
    from app.services.data_folder import Database, DataPaths
    from app.storage.migrate import current_revision, head_revision

    db = Database.open(DataPaths(work / "hq"), create=True, device_name="selftest-hq")
    try:
        found, newest = current_revision(db.engine), head_revision()
        if found != newest:
            raise RuntimeError(f"schema at {found}, newest is {newest}")
    finally:
        db.close()


def check_record(work: Path) -> None:
    from app.services import Services
    from app.services.data_folder import Database, DataPaths
    from app.sync.service import HqService, enrol_from_bytes

    hq = Database.open(DataPaths(work / "hq"))
    try:
        HqService(hq).init()
        enrolment = HqService(hq).enrol("selftest-laptop")
    finally:
        hq.close()
    laptop = enrol_from_bytes(DataPaths(work / "laptop"), enrolment)
    try:
        made = Services(laptop).partners.create(name=PARTNER, country="KG")
        if Services(laptop).partners.get(made.id).name != PARTNER:
            raise RuntimeError("the record read back differs from the one written")
    finally:
        laptop.close()


def check_encrypted(work: Path) -> None:
    from app.protection.unlock import lock
    from app.services import Services
    from app.services.data_folder import Database, DataPaths
    from app.storage import cipher

    paths = DataPaths(work / "locked")
    db = Database.open(paths, create=True, passphrase=PASSPHRASE, device_name="selftest")
    try:
        made = Services(db).partners.create(name=PARTNER, country="TJ")
    finally:
        lock(db)  # closed, and the passphrase forgotten: the next open must ask for it
    if not cipher.is_encrypted(paths.database):
        raise RuntimeError("the database file is in clear")
    try:
        Database.open(paths, passphrase=PASSPHRASE + "x").close()
    except cipher.WrongPassphraseError:
        pass
    else:
        raise RuntimeError("a wrong passphrase opened the encrypted database")
    db = Database.open(paths, passphrase=PASSPHRASE)
    try:
        if Services(db).partners.get(made.id).name != PARTNER:
            raise RuntimeError("the encrypted record read back differs")
    finally:
        lock(db)


def check_bundle(work: Path) -> None:
    from app.services import Services
    from app.services.data_folder import Database, DataPaths
    from app.sync.service import HqService, SyncService

    laptop = Database.open(DataPaths(work / "laptop"))
    try:
        SyncService(laptop).export_to(work / "laptop.fbk")
    finally:
        laptop.close()
    hq = Database.open(DataPaths(work / "hq"))
    try:
        HqService(hq).import_bytes((work / "laptop.fbk").read_bytes())
        names = [p.name for p in Services(hq).partners.list()]
        if PARTNER not in names:
            raise RuntimeError("headquarters did not receive the laptop's record")
    finally:
        hq.close()


def check_iati_schema(work: Path) -> None:
    """The official IATI schema is there and compiles (a build must carry it)."""
    from app.reports.iati_schema import activity_schema

    activity_schema()


CORE_STEPS: list[tuple[str, Callable[[Path], None]]] = [
    ("modules", check_modules),
    ("resources", check_resources),
    ("migrations", check_migrations),
    ("record", check_record),
    ("encrypted", check_encrypted),
    ("bundle", check_bundle),
    ("iati-schema", check_iati_schema),
]


def check_translations(work: Path) -> None:
    from app.ui.shell import selftest_window  # Qt, imported only now

    selftest_window.check_translations()


def check_window(work: Path) -> None:
    from app.services.data_folder import DataPaths
    from app.ui.shell import selftest_window

    selftest_window.check_window(DataPaths(work / "laptop"))


WINDOW_STEPS: list[tuple[str, Callable[[Path], None]]] = [
    ("translations", check_translations),
    ("window", check_window),
]


def run_steps(work: Path, steps: list[tuple[str, Callable[[Path], None]]],
              progress: Callable[[str], None] = lambda _step: None) -> Outcome:
    """Each step in order in the folder `work` (created here, must not exist yet)."""
    start = time.perf_counter()
    done = []
    try:
        work.mkdir(parents=True)
    except OSError as error:
        raise SelftestFailure("data folder", f"{error.strerror or error}: {work}") from error
    for name, step in steps:
        try:
            step(work)
        except Exception as error:  # noqa: BLE001 - every failure becomes the one line
            raise SelftestFailure(name, f"{type(error).__name__}: {error}") from error
        done.append(name)
        progress(name)
    return Outcome(done, time.perf_counter() - start)


def run(with_window: bool = True, progress: Callable[[str], None] = lambda _s: None) -> Outcome:
    """The whole self-test in a temporary folder, removed afterwards."""
    steps = CORE_STEPS + (WINDOW_STEPS if with_window else [])
    with tempfile.TemporaryDirectory(prefix="faltbok-selftest-") as folder:
        return run_steps(Path(folder) / "data", steps, progress)


def main() -> int:
    """`faltbok --selftest`: a line per step passed; the first failure in one line on
    stderr and exit status 1."""
    import sys

    try:
        outcome = run(progress=lambda step: print(f"ok  {step}", flush=True))
    except SelftestFailure as failure:
        print(f"faltbok: {failure}", file=sys.stderr)
        return 1
    print(f"selftest passed: {len(outcome.steps)} steps in {outcome.seconds:.1f} s "
          f"(Fältbok {resources.app_version()})")
    return 0
