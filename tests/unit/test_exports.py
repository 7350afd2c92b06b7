"""Exports: names only when asked and allowed, the outside warning, the audit event,
temporary files inside the data folder and gone after start and wipe."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from app.protection.wipe import wipe
from app.services import Services, exports
from app.services.audit import AuditService
from app.services.current_user import set_current_user
from app.services.privacy import NamesHiddenError


def as_role(services, db, role: str) -> None:
    user = services.users.create(name=f"A {role}", role=role)
    set_current_user(db, user.id)


def test_an_export_is_without_names_unless_asked(db, paths):
    export = exports.plan(db, "attendance_sheet", paths.root / "tmp" / "sheet.pdf")
    assert export.names is False


def test_a_role_that_may_not_see_names_cannot_export_them(db, services, tmp_path):
    as_role(services, db, "intern")
    with pytest.raises(NamesHiddenError):
        exports.plan(db, "attendance_sheet", tmp_path / "sheet.pdf", names=True)
    assert exports.plan(db, "attendance_sheet", tmp_path / "sheet.pdf").names is False


def test_a_coordinator_may_export_names(db, services, paths):
    as_role(services, db, "coordinator")
    assert exports.plan(db, "attendance_sheet", paths.root / "s.pdf", names=True).names


def test_a_target_outside_the_data_folder_is_flagged_for_the_warning(db, paths, tmp_path):
    assert exports.plan(db, "attendance_sheet", paths.root / "tmp" / "s.pdf").inside
    outside = exports.plan(db, "attendance_sheet", tmp_path / "Desktop" / "s.pdf")
    assert outside.outside and not outside.inside
    # a way out of the folder through `..` is outside too
    assert exports.plan(db, "x", paths.root / ".." / "s.pdf").outside
    assert exports.plan(db, "dump", exports.STDOUT).outside


def test_a_link_inside_the_folder_pointing_out_is_outside(db, paths, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (paths.root / "out").symlink_to(tmp_path / "elsewhere")
    assert exports.plan(db, "x", paths.root / "out" / "s.pdf").outside


def test_the_audit_event_says_who_what_where_and_how_many_but_no_name(db, services,
                                                                      tmp_path):
    as_role(services, db, "coordinator")
    services.participants.create(code="OSH-EXP01", name="Жылдыз Эркинова")
    target = tmp_path / "sheet.pdf"
    export = exports.plan(db, "attendance_sheet", target, names=True)
    exports.record(db, export, rows=1)
    [event] = AuditService(db).list(action="export")
    assert event.user_name == "A coordinator"
    assert str(target) in event.detail and "attendance_sheet" in event.detail
    assert "1 row, with names, outside the data folder" in event.detail
    assert "Жылдыз" not in event.detail
    assert AuditService(db).verify().intact


def test_temporary_files_live_in_the_data_folder_and_are_shredded(paths, db):
    with exports.temp_file(paths, ".pdf") as spool:
        assert spool.parent == paths.root / "tmp" and spool.exists()
        spool.write_bytes(b"spooled page")
    assert not spool.exists()


def test_tmp_is_cleaned_at_start(paths, db):
    (exports.temp_folder(paths) / "left-by-a-crash.pdf").write_bytes(b"page")
    assert exports.clean_temp(paths) == 1
    assert not (paths.root / "tmp").exists()


def test_the_wipe_destroys_tmp(paths, db):
    (exports.temp_folder(paths) / "spool.pdf").write_bytes(b"page with a name")
    wipe(paths, db=db)
    assert not (paths.root / "tmp").exists()


def test_the_process_temp_folder_can_be_moved_into_the_data_folder(paths, db, monkeypatch):
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, "unused")
    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = exports.keep_temp_files_inside(paths)
    with tempfile.NamedTemporaryFile() as spool:
        assert Path(spool.name).parent == folder == paths.root / "tmp"
    assert os.environ["TMPDIR"] == str(folder)


def test_services_are_untouched_by_planning(db, services, paths):
    exports.plan(db, "attendance_sheet", paths.root / "s.pdf")
    assert AuditService(db).list(action="export") == []
    assert isinstance(services, Services)
