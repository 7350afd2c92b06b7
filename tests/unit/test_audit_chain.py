"""The audit trail nobody rewrites, on the laptop itself (issue 12, item 3).

Raw SQL on the database file, with and without trying to set the merge's
stand-aside flag, cannot rewrite, replace or delete an event; what the
triggers cannot stop (someone who switches them off) `faltbok audit verify`
finds, one line per finding and a non-zero exit."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.cli import main
from app.services import Services
from app.services.audit import AuditService
from app.services.current_user import set_current_user
from app.services.dump import dump_lines
from app.storage import migrate
from app.storage.database import Database
from app.storage.engine import open_engine
from app.storage.paths import DataPaths

MAINTENANCE = 2  # what a determined tamperer's own connection can claim


@pytest.fixture
def trail(tmp_path):
    """A laptop with three audit events, closed; yields (paths, event ids oldest first)."""
    paths = DataPaths(tmp_path / "laptop")
    db = Database.open(paths, create=True, device_name="laptop")
    user = Services(db).users.create(name="Aida", role="coordinator")
    set_current_user(db, user.id)
    ids = [AuditService(db).record(action, detail).id
           for action, detail in (("export", "bundle 1"), ("view_names", "p1"),
                                  ("export", "bundle 2"))]
    db.close()
    return paths, ids


def dump(paths) -> list[str]:
    db = Database.open(paths)
    try:
        return list(dump_lines(db))
    finally:
        db.close()


def raw(paths, flag: int | None = None) -> sqlite3.Connection:
    """A plain sqlite3 connection on the file; `flag` registers the function the
    triggers ask, answering that value (what an attacker's own code could do)."""
    conn = sqlite3.connect(paths.database, isolation_level=None)
    if flag is not None:
        conn.create_function("faltbok_applying", 0, lambda: flag)
    return conn


def verify(paths, capsys) -> tuple[int, list[str], str]:
    code = main(["--data-dir", str(paths.root), "audit", "verify"])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


@pytest.mark.parametrize("flag", [None, 0, 1])
@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET detail = 'rewritten', hlc = hlc || 'z' WHERE id = :id",
    "UPDATE audit_event SET action = 'import', hlc = hlc || 'z' WHERE id = :id",
    "UPDATE audit_event SET deleted = 1, hlc = hlc || 'z' WHERE id = :id",
    "DELETE FROM audit_event WHERE id = :id",
    "INSERT OR REPLACE INTO audit_event (id, hlc, deleted, occurred_at, device_id, user_id, "
    "user_name, action, detail, chain_prev, chain_hash) SELECT id, hlc || 'z', deleted, "
    "occurred_at, device_id, user_id, user_name, action, 'replaced', chain_prev, chain_hash "
    "FROM audit_event WHERE id = :id",
])
def test_raw_sql_cannot_rewrite_replace_or_delete_an_event_even_setting_the_flag(
        trail, flag, statement):
    """`flag` None: a plain connection; 0: one that registered the function; 1: one
    that claims to be merging. Each also sets the old `sync_apply` row first."""
    paths, ids = trail
    before = dump(paths)
    conn = raw(paths, flag)
    conn.execute("UPDATE sync_apply SET active = 1")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute(statement, {"id": ids[1]})
    conn.execute("UPDATE sync_apply SET active = 0")
    conn.close()
    assert dump(paths) == before


def test_insert_or_replace_meets_the_delete_guard_of_every_synced_table(trail):
    """SQLite runs no DELETE trigger for REPLACE's implicit delete unless
    recursive_triggers is on: REPLACE rewrote rows with no stamp check at all."""
    paths, ids = trail
    db = Database.open(paths)
    partner = Services(db).partners.create(name="Ош", country="KG")
    before = list(dump_lines(db))
    for table, row_id, column in (("audit_event", ids[0], "detail"),
                                  ("partner", partner.id, "name")):
        with pytest.raises(IntegrityError, match="never deleted"):
            with db.engine.begin() as conn:
                columns = [r[1] for r in conn.execute(text(f"PRAGMA table_info({table})"))]
                chosen = ", ".join("'rewritten'" if c == column else c for c in columns)
                conn.execute(text(f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                                  f"SELECT {chosen} FROM {table} WHERE id = :id"),
                             {"id": row_id})
    assert list(dump_lines(db)) == before
    db.close()


def test_an_untouched_trail_verifies_intact(trail, capsys):
    paths, _ids = trail
    assert verify(paths, capsys) == (0, ["audit trail intact: 3 events from 1 devices"], "")


def _tamper(paths, *statements: tuple[str, dict]) -> None:
    conn = raw(paths, MAINTENANCE)
    for statement, params in statements:
        conn.execute(statement, params)
    conn.close()


@pytest.mark.parametrize("how", ["rewrite", "tombstone", "delete", "reorder", "relink",
                                 "drop_triggers"])
def test_what_the_triggers_cannot_stop_audit_verify_finds(trail, capsys, how):
    paths, ids = trail
    conn = raw(paths, MAINTENANCE)
    hlcs = [conn.execute("SELECT hlc FROM audit_event WHERE id = ?", (i,)).fetchone()[0]
            for i in ids]
    conn.close()
    expected = {
        "rewrite": ("UPDATE audit_event SET detail = 'nothing to see' WHERE id = :a", "rewritten"),
        "tombstone": ("UPDATE audit_event SET deleted = 1 WHERE id = :a", "deleted"),
        "delete": ("DELETE FROM audit_event WHERE id = :a", "missing"),
        # the middle event stamped after the last: the listing's order changes
        "reorder": ("UPDATE audit_event SET hlc = :late WHERE id = :a", "reordered"),
        # the last event re-linked to skip the middle one (its hash then differs)
        "relink": ("UPDATE audit_event SET chain_prev = (SELECT chain_prev FROM audit_event "
                   "WHERE id = :a) WHERE id = :c", "rewritten"),
        "drop_triggers": ("UPDATE audit_event SET action = 'import' WHERE id = :a",
                          "rewritten"),
    }[how]
    params = {"a": ids[1], "c": ids[2], "late": hlcs[2] + "z"}
    if how == "drop_triggers":
        conn = raw(paths)
        for name in [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'audit_event'")]:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(expected[0], params)
        conn.close()
    else:
        _tamper(paths, (expected[0], params))
    code, lines, err = verify(paths, capsys)
    assert code == 1
    assert lines and all(line.startswith("device ") for line in lines)
    assert any(expected[1] in line for line in lines), lines
    assert err.count("\n") == 1 and "audit trail is broken" in err


def test_the_migration_chains_the_events_recorded_before_it(tmp_path, capsys):
    paths = DataPaths(tmp_path / "old")
    paths.root.mkdir(parents=True)
    engine = open_engine(paths.database)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    with engine.begin() as conn:
        for n, device in enumerate(["d1", "d2", "d1", "d1"]):
            stamp = f"{n:012x}-0000-{device}"
            conn.execute(text(
                "INSERT INTO audit_event (id, hlc, deleted, occurred_at, device_id, user_id, "
                "user_name, action, detail) VALUES (:id, :hlc, 0, '2026-01-01T00:00:00.000Z', "
                ":dev, NULL, '', 'export', :detail)"),
                {"id": f"e{n}", "hlc": stamp, "dev": device, "detail": f"bundle {n}"})
    engine.dispose()
    db = Database.open(paths, create=True)
    with db.engine.connect() as conn:
        chain = dict(conn.execute(text(
            "SELECT id, chain_prev FROM audit_event WHERE device_id = 'd1'")).all())
        hashes = dict(conn.execute(text("SELECT id, chain_hash FROM audit_event")).all())
        logged = conn.execute(text("SELECT count(*) FROM change_log WHERE tbl = 'audit_event' "
                                   "AND field IN ('chain_prev', 'chain_hash')")).scalar()
    db.close()
    assert chain == {"e0": "", "e2": hashes["e0"], "e3": hashes["e2"]}
    assert logged == 8  # each event's chain fields travel with its own stamp
    code, lines, _err = verify(paths, capsys)
    assert (code, lines[-1]) == (0, "audit trail intact: 4 events from 2 devices")
