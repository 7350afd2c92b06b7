"""A partner's list onto a roster: preview, one unit of work, undo whole, the CLI."""

from __future__ import annotations

import csv
import json

import pytest
from sqlalchemy import text

from app.cli import main
from app.services.roster_import import MappingError, RosterImport, write_rejects
from app.services.roster_mapping import header_score
from app.services.roster_read import read_sheet
from app.storage.database import Database
from app.storage.paths import DataPaths
from tests.unit import roster_files as rf
from tests.unit.disk_full import full_after, leftovers


@pytest.fixture
def world(services):
    s = services
    partner = s.partners.create(name="Osh Women", country="KG").id
    project = s.projects.create(partner_id=partner, title="Rights", country="KG").id
    training = s.trainings.create(project_id=project, title="Legal literacy",
                                  start_date="2026-03-02").id
    session = s.sessions.create(training_id=training, held_on="2026-03-02").id
    known = s.participants.create(code="OSH-000900", partner_id=partner, gender="female").id
    return {"partner": partner, "training": training, "session": session, "known": known}


def snapshot(db) -> dict:
    with db.session() as session:
        return {table: session.execute(text(f"SELECT * FROM {table} ORDER BY rowid")).all()
                for table in ("participant", "roster_entry", "attendance", "change_log")}


def prepared(db, path, training):
    importer = RosterImport(db)
    sheet = read_sheet(path, header_score)
    return importer, importer.plan(sheet, training, importer.guess(sheet, training))


def test_the_preview_writes_nothing_and_names_each_rows_problems(db, world, tmp_path):
    path = rf.excel_with_merged_header(tmp_path / "list.xlsx")
    before = snapshot(db)
    _importer, plan = prepared(db, path, world["training"])
    assert snapshot(db) == before
    assert [(row.line, row.action) for row in plan.rows] == [(4, "new"), (6, "new"),
                                                             (8, "new")]
    first = plan.rows[0].values
    assert (first["gender"], first["age_band"], first["consent"]) == ("female", "35_49", True)
    assert plan.rows[1].values["age_band"] == "18_24"  # born 2004-05-01, 21 on the day
    # rows without a code get the partner's next one; the file's own code is kept
    assert [row.values["code"] for row in plan.rows] == ["OSH-000902", "OSH-000901",
                                                         "OSH-000903"]


def test_importing_writes_everyone_in_one_step_that_undo_takes_back_whole(services, db, world,
                                                                          tmp_path):
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Madina Karimova", "female", "18_24", "Ishonch", "yes"],
        ["OSH-000900", "Someone Else", "male", "25_34", "", "yes"],  # known: reused
        ["", "Dilnoza Rahimova", "prefer_not_to_say", "50_plus", "", "no"],
        ["", "Bad Row", "martian", "18_24", "", "yes"]])
    before = snapshot(db)
    importer, plan = prepared(db, path, world["training"])
    written, step = importer.apply(plan)
    assert [row.action for row in written.rows] == ["new", "known", "new", "rejected"]
    roster = {p.code: p for p in services.attendance.roster(world["training"])}
    assert set(roster) == {"OSH-000900", "OSH-000901", "OSH-000902"}
    assert roster["OSH-000900"].gender == "female"  # a known person's fields are not overwritten
    assert roster["OSH-000901"].name == "Madina Karimova"
    assert services.participants.count() == 3  # the known one was not duplicated
    assert step.kind == "roster_import" and len(step.rows) == 5  # 2 people, 3 roster entries
    services.attendance.revert(step)
    after_undo = snapshot(db)
    assert services.attendance.roster(world["training"]) == []
    assert services.participants.count() == 1
    assert len(after_undo["change_log"]) > len(before["change_log"])  # the undo syncs too
    services.attendance.replay(step)
    assert len(services.attendance.roster(world["training"])) == 3


def test_attendance_can_be_taken_right_after_an_import(services, db, world, tmp_path):
    importer, plan = prepared(db, rf.cyrillic_csv(tmp_path / "list.csv"), world["training"])
    importer.apply(plan)
    roster = services.attendance.roster(world["training"])
    assert {p.gender for p in roster} == {"female", "male"}
    step = services.attendance.check_in(world["session"], roster[0].id)
    assert step.kind == "check_in"
    assert services.attendance.counts(world["session"]).present == 1


def test_importing_the_same_file_twice_adds_nothing_the_second_time(services, db, world,
                                                                    tmp_path):
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["KOB-1", "A", "female", "18_24", "", "yes"], ["KOB-2", "B", "male", "", "", ""]])
    importer, plan = prepared(db, path, world["training"])
    importer.apply(plan)
    _importer, again = prepared(db, path, world["training"])
    assert [row.action for row in again.rows] == ["on_roster", "on_roster"]
    assert not again.writes


def test_a_code_twice_in_the_file_rejects_the_second_row(db, world, tmp_path):
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["KOB-1", "A", "female", "", "", ""], ["KOB-1", "B", "male", "", "", ""]])
    _importer, plan = prepared(db, path, world["training"])
    assert [row.action for row in plan.rows] == ["new", "rejected"]
    assert plan.rows[1].problems[0].describe() == "code is in the file twice (first on line 2)"


def test_values_meet_the_forms_limits(db, world, tmp_path):
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["KOB-" + "9" * 60, "A", "female", "", "", ""], ["", "N" * 300, "", "", "", ""]])
    _importer, plan = prepared(db, path, world["training"])
    assert [[p.code for p in row.problems] for row in plan.rows] == [["too_long"],
                                                                     ["too_long"]]


def test_the_mapping_is_remembered_for_the_partner(db, world, tmp_path):
    path = rf.odk_csv(tmp_path / "odk.csv")
    importer = RosterImport(db)
    sheet = read_sheet(path, header_score)
    mapping = importer.guess(sheet, world["training"])
    mapping[0] = ""
    mapping[5] = "organisation"  # meta-instanceID, deliberately odd
    importer.apply(importer.plan(sheet, world["training"], mapping))
    assert importer.guess(sheet, world["training"]) == mapping
    assert RosterImport(db).remembered(None) == {}


@pytest.mark.parametrize(("mapping", "reason"), [
    (["code", "code", "", "", "", "", ""], "field_twice"),
    (["", "", "", "", "", "", ""], "nothing_mapped"),
    (["shoe_size", "", "", "", "", "", ""], "unknown_field")])
def test_a_wrong_mapping_is_refused_before_anything(db, world, tmp_path, mapping, reason):
    sheet = read_sheet(rf.odk_csv(tmp_path / "odk.csv"), header_score)
    with pytest.raises(MappingError) as error:
        RosterImport(db).plan(sheet, world["training"], mapping)
    assert error.value.reason == reason


def test_rejected_rows_are_saved_to_fix_and_import_again(services, db, world, tmp_path):
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Bad Gender", "martian", "18_24", "", "yes"],
        ["", "Good", "female", "18_24", "", "yes"]])
    importer, plan = prepared(db, path, world["training"])
    rejects = tmp_path / "rejects.csv"
    assert write_rejects(plan, rejects, names=True) == 1
    with rejects.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-2:] == ["line", "problems"] and rows[1][-2] == "2"
    assert "martian" in rows[1][-1] and "Bad Gender" in rows[1]
    rows[1][4] = "female"  # fixed by hand
    with rejects.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    importer, fixed = prepared(db, rejects, world["training"])
    assert [row.action for row in fixed.rows] == ["new"]
    write_rejects(plan, rejects, names=False)
    assert "Bad Gender" not in rejects.read_text(encoding="utf-8-sig")


class Unwritable:
    """A cell no CSV writer can turn into text: its row fails half-way through."""

    def __str__(self) -> str:
        raise RuntimeError("cannot write this cell")


@pytest.mark.parametrize("old", [None, b"rows saved last week\n"])
def test_a_rejects_file_that_fails_half_way_leaves_the_file_as_it_was(db, world, tmp_path,
                                                                      old):
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Bad Gender", "martian", "18_24", "", "yes"],
        ["", "Worse Gender", "venusian", "18_24", "", "yes"]])
    _importer, plan = prepared(db, path, world["training"])
    rejects = tmp_path / "rejects.csv"
    if old is not None:
        rejects.write_bytes(old)
    plan.rejected[1].cells[0] = Unwritable()  # the first row is written, the second fails
    with pytest.raises(RuntimeError):
        write_rejects(plan, rejects, names=True)
    assert (rejects.read_bytes() if rejects.exists() else None) == old
    assert leftovers(tmp_path) == []
    plan.rejected[1].cells[0] = ""
    with full_after(64), pytest.raises(OSError) as error:  # the disk fills up half-way
        write_rejects(plan, rejects, names=True)
    assert error.value.filename == str(rejects)
    assert (rejects.read_bytes() if rejects.exists() else None) == old
    assert leftovers(tmp_path) == []


def test_ten_thousand_rows_go_in_at_once(services, db, world, tmp_path):
    importer, plan = prepared(db, rf.large_csv(tmp_path / "big.csv"), world["training"])
    assert plan.count("new") == 10_000
    written, step = importer.apply(plan)
    assert services.participants.count() == 10_001
    assert len(services.attendance.roster(world["training"])) == 10_000
    with db.session() as session:
        logged = session.execute(text("SELECT COUNT(DISTINCT row_id) FROM change_log "
                                      "WHERE tbl = 'roster_entry'")).scalar()
    assert logged == 10_000  # every row went through the change log's triggers
    services.attendance.revert(step)
    assert services.attendance.roster(world["training"]) == []


# -- the command line ---------------------------------------------------------------------
def cli(data, *args) -> int:
    return main(["--data-dir", str(data), "roster", "import", *args])


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    db = Database.open(DataPaths(data), create=True, device_name="cli")
    from app.services import Services

    s = Services(db)
    partner = s.partners.create(name="Dushanbe Youth", country="TJ").id
    project = s.projects.create(partner_id=partner, title="Y", country="TJ").id
    training = s.trainings.create(project_id=project, title="T", start_date="2026-03-02").id
    db.close()
    return data, training


def dump(data) -> bytes:
    db = Database.open(DataPaths(data))
    try:
        return json.dumps(snapshot(db), default=str).encode()
    finally:
        db.close()


def test_the_command_imports_and_lists_rejected_rows_by_line(folder, tmp_path, capsys):
    data, training = folder
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Madina Karimova", "female", "18_24", "", "yes"],
        ["", "Otabek Yusupov", "martian", "", "", ""]])
    assert cli(data, str(path), "--training", training, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "line 3 (no code): gender 'martian' means nothing known" in out
    assert "1 new participants" in out and "dry run" in out
    assert "Madina" not in out and "Otabek" not in out  # rows are named by line and code
    before = dump(data)
    assert cli(data, str(path), "--training", training, "--rejects",
               str(tmp_path / "rej.csv")) == 0
    assert dump(data) != before
    assert (tmp_path / "rej.csv").read_text(encoding="utf-8-sig").count("\n") == 2


def test_the_command_takes_a_mapping_by_header_or_number(folder, tmp_path, capsys):
    data, training = folder
    path = rf.odk_csv(tmp_path / "odk.csv")
    assert cli(data, str(path), "--training", training, "--dry-run",
               "--map", "participant-sex=", "--map", "6=contact") == 0
    out = capsys.readouterr().out
    assert "'participant-sex' -> (ignored)" in out and "'meta-instanceID' -> contact" in out


def written(path, content: bytes):
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("make", [
    lambda folder: rf.encrypted_workbook(folder / "locked.xlsx"),
    lambda folder: written(folder / "empty.csv", b""),
    lambda folder: written(folder / "x.pdf", b"%PDF-1.4\n" + bytes(300)),
    lambda folder: written(folder / "renamed.xlsx", b"Code,Name,Gender\nX-1,A,female\n"),
])
def test_a_bad_file_is_one_line_and_writes_nothing(folder, tmp_path, capsys, make):
    data, training = folder
    before = dump(data)
    path = make(tmp_path)
    assert cli(data, str(path), "--training", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("faltbok: ") and path.name in err
    assert dump(data) == before


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_rejects_that_cannot_be_saved_are_one_line_and_import_nothing(folder, tmp_path, capsys,
                                                                      where):
    data, training = folder
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Madina Karimova", "female", "18_24", "", "yes"],
        ["", "Otabek Yusupov", "martian", "", "", ""]])
    target = tmp_path / "rejects"  # a folder by that name: the rename cannot replace it
    if where == "missing folder":
        target = tmp_path / "nowhere" / "rej.csv"
    else:
        target.mkdir()
    before = dump(data)
    assert cli(data, str(path), "--training", training, "--rejects", str(target)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("faltbok: ") and str(target) in err
    assert dump(data) == before  # nothing imported, nothing audited
    assert leftovers(tmp_path) == [] and not (tmp_path / "nowhere").exists()


def test_an_unknown_training_or_column_is_one_line(folder, tmp_path, capsys):
    data, _training = folder
    path = rf.odk_csv(tmp_path / "odk.csv")
    assert cli(data, str(path), "--training", "nope") == 1
    assert capsys.readouterr().err == "faltbok: no training with id nope\n"
    assert cli(data, str(path), "--training", _training, "--map", "Shoe=code") == 1
    assert capsys.readouterr().err == "faltbok: the file has no column 'Shoe'\n"


def test_only_rejected_rows_is_an_error_and_writes_nothing(folder, tmp_path, capsys):
    data, training = folder
    path = rf.kobo_export(tmp_path / "kobo.xlsx", [["", "B", "martian", "", "", ""]])
    before = dump(data)
    assert cli(data, str(path), "--training", training) == 1
    assert "no row can be imported (1 rejected" in capsys.readouterr().err
    assert dump(data) == before


def test_birth_dates_saved_as_plain_day_numbers_become_the_right_band(db, world, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "numbers.xlsx"
    book = Workbook()
    book.active.append(["Code", "Date of birth"])
    book.active.append(["N-1", 32874])  # 1990-01-01 as a number, not formatted as a date
    book.active.append(["N-2", 39510])  # 2008-03-04: 17 on the training's day
    book.active.append(["N-3", 123])  # no date, no year: a problem, not a guess
    book.save(path)
    _importer, plan = prepared(db, path, world["training"])
    assert [row.values.get("age_band") for row in plan.rows] == ["35_49", "under_18", "unknown"]
    assert [row.action for row in plan.rows] == ["new", "new", "rejected"]
    assert plan.rows[2].problems[0].describe() == "birth_year '123' means nothing known"
