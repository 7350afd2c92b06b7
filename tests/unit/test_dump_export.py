"""`faltbok dump` is an export: every dump writes an `export` audit event (who, what,
where, how many rows, with or without names); names and contacts only for a role that
may see them, or left out on request; a dump to a file is whole or not there."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli import describe_error, main
from app.services import Services
from app.services.audit import AuditService
from app.services.current_user import set_current_user
from app.services.dump import dump_lines, export_dump
from app.services.roster_import import RosterImport
from app.services.roster_mapping import header_score
from app.services.roster_read import read_sheet
from app.storage.database import Database
from app.storage.paths import DataPaths
from tests.unit import roster_files as rf
from tests.unit.disk_full import full_after, leftovers
from tests.unit.dump_events import is_dump_event, without_dump_events


def make_folder(root, role: str | None = "coordinator"):
    """A laptop with a partner's contact and a participant's name and contact on it."""
    db = Database.open(DataPaths(root), create=True, device_name="osh")
    s = Services(db)
    if role:
        set_current_user(db, s.users.create(name="Aida Osmonova", role=role).id)
    s.partners.create(name="Osh Women", country="KG", contact="+996 555 000 111")
    s.participants.create(code="OSH-000001", name="Жылдыз Эркинова",
                          contact="jyldyz@example.org", gender="female")
    return db


@pytest.fixture
def data(tmp_path):
    make_folder(tmp_path / "data").close()
    return tmp_path / "data"


@pytest.fixture
def crowded(tmp_path):
    """The same laptop with ten thousand participants: a dump of some 3 MB, more than
    a pipe holds or than a nearly full disk takes."""
    db = make_folder(tmp_path / "crowded")
    s = Services(db)
    project = s.projects.create(partner_id=s.partners.list()[0].id, title="R", country="KG")
    training = s.trainings.create(project_id=project.id, title="T", start_date="2026-03-02")
    importer = RosterImport(db)
    sheet = read_sheet(rf.large_csv(tmp_path / "big.csv"), header_score)
    importer.apply(importer.plan(sheet, training.id, importer.guess(sheet, training.id)))
    db.close()
    return tmp_path / "crowded"


def dump(data, *args) -> tuple[int, bytes, str]:
    out = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "dump", *args],
                         capture_output=True, timeout=300)
    return out.returncode, out.stdout, out.stderr.decode()


def dump_events(data) -> list:
    db = Database.open(DataPaths(data))
    try:
        return [e for e in AuditService(db).list(action="export")
                if e.detail.startswith("dump to ")]
    finally:
        db.close()


def stored(data) -> list[str]:
    """What the database holds now, as the dump prints it (read straight, not audited)."""
    db = Database.open(DataPaths(data))
    try:
        return list(dump_lines(db))
    finally:
        db.close()


def test_a_dump_is_audited_who_what_where_how_many_with_names(data):
    before = stored(data)
    code, out, err = dump(data)
    assert (code, err) == (0, "")
    lines = out.decode().splitlines()
    assert lines == before  # what was stored, as it always was printed
    [event] = dump_events(data)
    assert event.user_name == "Aida Osmonova"
    assert event.detail == (f"dump to standard output: {len(lines)} rows, with names, "
                            "outside the data folder")
    assert "Жылдыз" not in event.detail
    code, again, _err = dump(data)  # the next dump prints the first one's event, no more
    again = again.decode().splitlines()
    assert len([line for line in again if is_dump_event(line)]) == 1
    assert without_dump_events(again) == lines


def test_a_dump_to_a_file_is_the_same_bytes_and_says_where(data, tmp_path):
    target = tmp_path / "replica.jsonl"
    code, out, err = dump(data, "--output", str(target))
    assert (code, out, err) == (0, b"", "")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines == without_dump_events(stored(data))
    assert target.stat().st_mode & 0o077 == 0  # names in it: readable by this user only
    [event] = dump_events(data)
    assert event.detail == (f"dump to {target}: {len(lines)} rows, with names, "
                            "outside the data folder")
    inside = data / "exports" / "replica.jsonl"
    inside.parent.mkdir()
    assert dump(data, "-o", str(inside))[0] == 0
    assert dump_events(data)[0].detail.endswith("with names, inside the data folder")


def test_a_dump_without_names_leaves_names_and_contacts_out_and_says_so(data):
    code, out, _err = dump(data, "--without-names")
    assert code == 0
    rows = [json.loads(line) for line in out.decode().splitlines()]
    [person] = [r for r in rows if r["table"] == "participant"]
    [partner] = [r for r in rows if r["table"] == "partner"]
    assert (person["name"], person["contact"], partner["contact"]) == ("", "", "")
    assert (person["code"], partner["name"]) == ("OSH-000001", "Osh Women")
    assert b"Erkinova" not in out and "Жылдыз".encode() not in out and b"555" not in out
    assert len(rows) == len(stored(data)) - 1  # every row, but the dump's own event
    [event] = dump_events(data)
    assert event.detail.startswith(f"dump to standard output: {len(rows)} rows, without names")


def test_an_intern_gets_a_dump_only_without_names(tmp_path):
    make_folder(tmp_path / "data", role="intern").close()
    code, out, err = dump(tmp_path / "data")
    assert (code, out) == (1, b"")
    assert err == ("faltbok: the role intern may not see participants' names; "
                   "dump without them (--without-names)\n")
    assert dump_events(tmp_path / "data") == []
    code, out, _err = dump(tmp_path / "data", "--without-names")
    assert code == 0 and "Жылдыз".encode() not in out
    assert [e.user_name for e in dump_events(tmp_path / "data")] == ["Aida Osmonova"]


def test_a_folder_nobody_has_chosen_a_user_in_dumps_names_audited(tmp_path, capsysbinary):
    make_folder(tmp_path / "data", role=None).close()
    assert main(["--data-dir", str(tmp_path / "data"), "dump"]) == 0
    assert "Жылдыз".encode() in capsysbinary.readouterr().out
    [event] = dump_events(tmp_path / "data")
    assert (event.user_name, event.user_id) == ("", None)
    assert "with names" in event.detail


@pytest.mark.parametrize("old", [None, b"last week's dump\n"])
def test_a_dump_to_a_file_that_fails_half_way_leaves_the_file_as_it_was(crowded, tmp_path,
                                                                         old):
    target = tmp_path / "replica.jsonl"
    if old is not None:
        target.write_bytes(old)
    db = Database.open(DataPaths(crowded))
    try:  # the disk fills up after a megabyte of the dump (the database is only read)
        with full_after(1 << 20), pytest.raises(OSError) as error:
            export_dump(db, str(target))
    finally:
        db.close()
    assert describe_error(error.value) == f"File too large: {target}"  # the CLI's line
    assert (target.read_bytes() if target.exists() else None) == old
    assert leftovers(tmp_path) == []
    assert dump_events(crowded) == []  # nothing was written, nothing is said to have been


def test_a_dump_cut_short_by_its_reader_audits_the_rows_handed_out(crowded):
    total = len(stored(crowded))
    reader = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(crowded),
                               "dump"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = reader.stdout.readline()  # like `faltbok dump | head -1`
    reader.stdout.close()
    assert reader.wait(timeout=300) == 0 and reader.stderr.read() == b""
    reader.stderr.close()
    assert json.loads(first)["table"]
    [event] = dump_events(crowded)
    handed_out = int(event.detail.split(": ")[1].split(" ")[0])
    assert 0 < handed_out < total
