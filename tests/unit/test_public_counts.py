"""Public figures never show a count from 1 to 4, nor let one be worked out."""

from __future__ import annotations

from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.reports.public import HIDDEN, SMALL, public_attendance, public_count, suppress_table


@pytest.mark.parametrize(("count", "shown"), [(0, "0"), (1, "<5"), (4, "<5"), (5, "5"),
                                              (37, "37")])
def test_counts_below_five_are_shown_as_less_than_five_and_zero_as_zero(count, shown):
    assert public_count(count) == shown


def test_a_negative_count_is_a_bug():
    with pytest.raises(ValueError):
        public_count(-1)


def test_a_lone_small_cell_takes_a_neighbour_with_it_so_totals_do_not_give_it_away():
    table = suppress_table({("female", "18_24"): 12, ("male", "18_24"): 3,
                            ("female", "25_34"): 7, ("male", "25_34"): 9},
                           ("female", "male"), ("18_24", "25_34"))
    assert table.cells[("male", "18_24")] == SMALL
    assert table.total == "31"
    for line in _lines(table):
        assert sum(v in (SMALL, HIDDEN) for v in line) != 1


def _lines(table):
    rows = [[table.cells[(r, c)] for c in table.columns] + [table.row_totals[r]]
            for r in table.rows]
    rows.append([table.column_totals[c] for c in table.columns] + [table.total])
    columns = [list(col) for col in zip(*rows, strict=True)]
    return rows + columns


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=6, max_size=6))
def test_no_row_or_column_ever_has_exactly_one_hidden_count(values):
    rows, columns = ("a", "b"), ("x", "y", "z")
    counts = dict(zip(product(rows, columns), values, strict=True))
    table = suppress_table(counts, rows, columns)
    for line in _lines(table):
        assert sum(v in (SMALL, HIDDEN) for v in line) != 1
    for (cell, value) in counts.items():  # shown numbers are the true numbers
        shown = table.cells[cell]
        assert shown in (SMALL, HIDDEN) or int(shown) == value
        assert shown != SMALL or 0 < value < 5
        assert not (0 < value < 5) or shown == SMALL


def test_attendance_of_a_session_by_gender_and_age_band_is_suppressed(services):
    project = _project(services)
    training = services.trainings.create(project_id=project, title="Digital security")
    meeting = services.sessions.create(training_id=training.id, held_on="2026-04-02")
    for n in range(12):
        services.attendance.add_walk_in(meeting.id, code=f"F-{n}", gender="female",
                                        age_band="18_24")
    for n in range(2):
        services.attendance.add_walk_in(meeting.id, code=f"NB-{n}", gender="non_binary",
                                        age_band="18_24")
    absent = services.participants.create(code="M-0", gender="male", age_band="25_34")
    services.attendance.add_to_roster(training.id, absent.id)
    services.attendance.mark(meeting.id, absent.id, present=False)
    table = public_attendance(services, session_id=meeting.id)
    assert table.cells[("non_binary", "18_24")] == SMALL
    assert table.cells[("male", "25_34")] == "0"  # roster but absent: not counted
    assert table.total == "14"
    assert table.cells[("female", "18_24")] == HIDDEN  # else 14 - 12 gives the <5 away
    assert "2" not in table.cells.values()


def test_a_person_counts_once_per_training_whatever_sessions_they_came_to(services):
    project = _project(services)
    training = services.trainings.create(project_id=project, title="Facilitation")
    sessions = [services.sessions.create(training_id=training.id, held_on=f"2026-05-0{d}")
                for d in (1, 2)]
    people = [services.participants.create(code=f"P-{n}", gender="female", age_band="35_49")
              for n in range(6)]
    for person in people:
        services.attendance.add_to_roster(training.id, person.id)
        for meeting in sessions:
            services.attendance.mark(meeting.id, person.id)
    table = public_attendance(services, training_id=training.id)
    assert table.cells[("female", "35_49")] == "6"
    assert table.total == "6"


def test_a_breakdown_needs_a_session_or_a_training(services):
    with pytest.raises(ValueError):
        public_attendance(services)


def _project(services) -> str:
    partner = services.partners.create(name="Partner", country="TJ")
    return services.projects.create(partner_id=partner.id, title="P", country="TJ",
                                    start_date="2026-01-01").id
