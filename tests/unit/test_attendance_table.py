"""A training's attendance as a spreadsheet: sessions across, people down, counts."""

from __future__ import annotations

import csv

import pytest
from python_calamine import CalamineWorkbook

from app.services.attendance_table import Labels, rows, training_table, write_table
from app.services.errors import NotFoundError
from tests.unit.disk_full import full_after, leftovers


@pytest.fixture
def world(services):
    s = services
    partner = s.partners.create(name="Osh Women", country="KG").id
    project = s.projects.create(partner_id=partner, title="Rights", country="KG").id
    training = s.trainings.create(project_id=project, title="Legal literacy").id
    first = s.sessions.create(training_id=training, held_on="2026-03-02", topic="Rights").id
    second = s.sessions.create(training_id=training, held_on="2026-03-09").id
    people = [s.participants.create(code=f"OSH-{n}", name=f"Секрет {n}", gender=g,
                                    age_band=a).id
              for n, (g, a) in enumerate([("female", "18_24"), ("male", "25_34"),
                                          ("female", "25_34")], start=1)]
    for pid in people:
        s.attendance.add_to_roster(training, pid)
    s.attendance.mark(first, people[0])
    s.attendance.mark(first, people[1])
    s.attendance.mark(second, people[0])
    s.attendance.mark(second, people[2], present=False)
    return training, people


def test_the_table_marks_who_was_present_and_counts_each_session(db, world):
    training, _people = world
    cells = rows(training_table(db, training))
    assert cells[0] == ["code", "gender", "age_band", "2026-03-02 Rights", "2026-03-09",
                        "sessions attended"]
    assert cells[1:4] == [["OSH-1", "female", "18_24", "x", "x", 2],
                          ["OSH-2", "male", "25_34", "x", "", 1],
                          ["OSH-3", "female", "25_34", "", "", 0]]
    counts = {row[0]: row[3:] for row in cells[5:]}
    assert counts["present"] == [2, 1]
    assert counts["gender: female"] == [1, 1] and counts["gender: male"] == [1, 0]
    assert counts["age_band: 25_34"] == [1, 0]


def read_cells(path) -> list[list]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig") as handle:
            return list(csv.reader(handle))
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_written_without_names_unless_given_them(db, world, tmp_path, suffix):
    training, people = world
    path = tmp_path / f"attendance.{suffix}"
    assert write_table(training_table(db, training), path) == 3
    cells = read_cells(path)
    assert "Секрет" not in str(cells) and cells[1][0] == "OSH-1"
    named = training_table(db, training, names={people[0]: "Секрет 1"})
    write_table(named, path, Labels(name="Имя", value=lambda code: code.upper()))
    text = path.read_bytes()
    if suffix == "csv":
        assert "Секрет 1" in text.decode("utf-8-sig") and "Секрет 2" not in text.decode(
            "utf-8-sig") and "FEMALE" in text.decode("utf-8-sig")


def test_an_unknown_training_is_not_found(db):
    with pytest.raises(NotFoundError):
        training_table(db, "nope")


class Unwritable:
    """A word the table's titles can hold but the CSV writer cannot put in a cell (it
    asks `str`): the first participant's row fails half-way, after the header."""

    def __format__(self, spec: str) -> str:
        return "?"

    def __str__(self) -> str:
        raise RuntimeError("cannot write this cell")


@pytest.mark.parametrize("old", [None, b"the table saved last week\n"])
def test_a_row_that_cannot_be_written_leaves_the_file_as_it_was(db, world, tmp_path, old):
    training, _people = world
    path = tmp_path / "attendance.csv"
    if old is not None:
        path.write_bytes(old)
    labels = Labels(value=lambda code: Unwritable() if code == "female" else code)
    with pytest.raises(RuntimeError, match="cannot write this cell"):
        write_table(training_table(db, training), path, labels)
    assert (path.read_bytes() if path.exists() else None) == old
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_disk_full_half_way_leaves_the_old_file_whole(db, world, tmp_path, suffix):
    training, _people = world
    path = tmp_path / f"attendance.{suffix}"
    path.write_bytes(b"the table saved last week\n")
    table = training_table(db, training)
    with full_after(200), pytest.raises(OSError) as error:
        write_table(table, path)
    assert error.value.filename == str(path)  # the file the user chose, not the temporary one
    assert path.read_bytes() == b"the table saved last week\n"
    assert leftovers(tmp_path) == []
    assert write_table(table, path) == 3  # with room again, the new table replaces it
    assert read_cells(path)[1][0] == "OSH-1"
