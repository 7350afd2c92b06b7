"""One replica's database: open (migrating first), identity, clock, sessions.

`Database.open()` is the only way in. It creates the data folder and the file
when asked, applies migrations (copying the file aside first), makes sure this
replica has a device id, and restores the clock from the last stamp it issued,
so stamps keep increasing across restarts.

With a passphrase set the file is SQLCipher: `open` needs the passphrase and
raises `PassphraseRequiredError` / `WrongPassphraseError` (app.storage.cipher)
before touching anything. The wrong-attempt counter is `protection.unlock`'s.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from app.domain import crashpoint
from app.domain.hlc import HybridClock, wall_clock_ms
from app.domain.ids import uuid7
from app.domain.system import Device
from app.storage import atomic, cipher, keys, stamping  # noqa: F401  (stamping: the flush listeners)
from app.storage.engine import open_engine
from app.storage.files import recover_interrupted
from app.storage.migrate import upgrade
from app.storage.paths import DataPaths

DEVICE_ID_KEY = "device_id"
NASCENT_SUFFIX = ".new"  # a database being created, renamed in when whole


def _with_companions(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]


class NoDatabaseError(Exception):
    """There is no database in the data folder (and we were not to create one)."""

    def __init__(self, paths: DataPaths):
        self.paths = paths
        super().__init__(f"no Fältbok database in {paths.root}")


class Database:
    def __init__(self, paths: DataPaths, engine, device_id: str, clock: HybridClock,
                 encrypted: bool = False):
        self.paths = paths
        self.engine = engine
        self.device_id = device_id
        self.clock = clock
        self.encrypted = encrypted

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        *,
        create: bool = False,
        device_id: str | None = None,
        device_name: str | None = None,
        wall: Callable[[], int] = wall_clock_ms,
        passphrase: str | None = None,
    ) -> Database:
        """Open (or with `create`, make) the database of `paths`.

        `passphrase` opens an encrypted database; a new database made with one
        is encrypted from its first byte. A plain database ignores it. Without
        one, the passphrase this process unlocked the folder with is used.
        """
        recover_interrupted(paths.database)
        if passphrase is None:  # unlocked earlier in this process (until unlock.lock)
            passphrase = keys.remembered(paths)
        if not paths.database.exists():
            if not create:
                raise NoDatabaseError(paths)
            key = cls._create(paths, passphrase, device_id, device_name, wall)
        else:
            key = cipher.open_key(paths.database, passphrase)
        engine = open_engine(paths.database, key)
        upgrade(engine, paths.database, paths.backups)
        with engine.connect() as conn:
            state = dict(conn.execute(text("SELECT key, value FROM local_state")).all())
        known_id = state.get(DEVICE_ID_KEY)
        clock = HybridClock(known_id or device_id or uuid7(), state.get(stamping.LAST_HLC_KEY),
                            wall=wall)
        db = cls(paths, engine, clock.device_id, clock, encrypted=key is not None)
        if key is not None:
            keys.remember(paths, passphrase)  # to seal the device's secret keys
        if known_id is None:
            db._register_device(device_name or socket.gethostname() or "device")
        return db

    @classmethod
    def _create(cls, paths: DataPaths, passphrase: str | None, device_id: str | None,
                device_name: str | None, wall: Callable[[], int]):
        """Build a new database beside its final name and rename it in whole.

        A first start killed half-way then leaves no database at all (the
        next start begins again), never an empty or half-built file that a
        later start might take for a plain database. Returns its key."""
        paths.root.mkdir(parents=True, exist_ok=True)
        nascent = paths.database.with_name(paths.database.name + NASCENT_SUFFIX)
        for leftover in _with_companions(nascent):
            leftover.unlink(missing_ok=True)
        key = cipher.new_key(passphrase) if passphrase is not None else None
        engine = open_engine(nascent, key)
        try:
            upgrade(engine, nascent, paths.backups)
            clock = HybridClock(device_id or uuid7(), wall=wall)
            cls(paths, engine, clock.device_id, clock)._register_device(
                device_name or socket.gethostname() or "device")
            with engine.connect() as conn:  # everything into the one file
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        for companion in _with_companions(nascent)[1:]:
            companion.unlink(missing_ok=True)  # emptied by the checkpoint
        crashpoint.reached("created")
        atomic.fsync_file(nascent)
        atomic.replace_durably(nascent, paths.database)
        return key

    def _register_device(self, name: str) -> None:
        with self.session() as session:
            session.add(Device(id=self.device_id, name=name))
            session.execute(
                text("INSERT INTO local_state(key, value) VALUES (:k, :v)"),
                {"k": DEVICE_ID_KEY, "v": self.device_id},
            )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on error."""
        session = Session(self.engine, expire_on_commit=False)
        session.info["clock"] = self.clock
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        """Close the connections. Not a lock: `protection.unlock.lock` also
        forgets the passphrase this process unlocked the folder with."""
        self.engine.dispose()
