"""Migrations build exactly the models' schema, are packaged, and back up first."""

from __future__ import annotations

import sqlite3
from importlib import resources

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from app.domain.models import metadata
from app.storage import migrate
from app.storage.database import Database, NoDatabaseError
from app.storage.engine import open_engine


def test_migrated_schema_matches_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_migration_scripts_are_found_inside_the_package():
    location = resources.files("app.storage") / "migrations"
    assert (location / "env.py").is_file()
    scripts = sorted(p.name.split("_")[0] for p in (location / "versions").iterdir()
                     if p.name[:1].isdigit() and p.name.endswith(".py"))
    assert migrate.head_revision() == scripts[-1]  # the newest script is the head


def test_database_is_in_wal_mode_with_foreign_keys_on(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_an_older_database_is_copied_aside_before_it_is_migrated(paths):
    paths.root.mkdir(parents=True)
    engine = open_engine(paths.database)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    db = Database.open(paths)
    backups = list(paths.backups.glob("*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert migrate.current_revision(db.engine) == migrate.head_revision()


def test_a_fresh_database_needs_no_backup(paths):
    Database.open(paths, create=True)
    assert not paths.backups.exists()


def test_a_database_from_a_newer_app_is_refused_unchanged(paths, db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(migrate.NewerSchemaError):
        Database.open(paths)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_opening_a_missing_database_does_not_create_it(paths):
    with pytest.raises(NoDatabaseError):
        Database.open(paths)
    assert not paths.root.exists()


def _database_at(paths, revision: str) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    engine = open_engine(paths.database)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def _tables(paths) -> set[str]:
    with sqlite3.connect(paths.database) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    return names


def test_an_upgrade_failing_half_way_leaves_the_schema_as_it_was_and_one_backup(paths):
    """Each CREATE used to commit on its own: the failed upgrade left
    `audit_event` behind and every later start refused ("table audit_event
    already exists"), each adding another copy to backups/."""
    _database_at(paths, "0002")
    with sqlite3.connect(paths.database) as conn:  # the upgrade's last statement will clash
        conn.execute('CREATE TRIGGER "audit_event_append_only" AFTER UPDATE ON sync_apply '
                     "BEGIN SELECT 1; END")
    conn.close()
    before = _tables(paths)
    for _attempt in range(2):
        with pytest.raises(Exception, match="already exists"):
            Database.open(paths)
        assert _tables(paths) == before
    assert len(list(paths.backups.glob("*.db"))) == 1
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
        conn.execute('DROP TRIGGER "audit_event_append_only"')
    conn.close()
    db = Database.open(paths)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()
    assert len(list(paths.backups.glob("*.db"))) == 1


def test_a_first_start_killed_half_way_leaves_no_database_and_can_be_repeated(tmp_path):
    from tests.unit.crash_checks import KILLED, run

    folder = tmp_path / "data"
    for point in ("migrated", "created"):
        done = run(["init"], folder, crash_at=point)
        assert done.returncode == KILLED, done.stderr.decode()
        assert not (folder / "faltbok.db").exists()
    assert run(["init"], folder).returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == ["faltbok.db"]


def test_an_upgrade_killed_half_way_is_redone_by_the_next_start(paths, tmp_path):
    from tests.unit.crash_checks import KILLED, run

    _database_at(paths, "0001")
    before = _tables(paths)
    for _attempt in range(2):
        done = run(["stats"], paths.root, crash_at="migrated")
        assert done.returncode == KILLED, done.stderr.decode()
        assert _tables(paths) == before
    assert len(list(paths.backups.glob("*.db"))) == 1
    assert run(["stats"], paths.root).returncode == 0
    assert "audit_event" in _tables(paths)
