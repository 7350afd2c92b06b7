"""The attendance page's actions as undoable steps, and which session opens on a day.

Each action writes one transaction and says which rows it wrote; undo puts
exactly those rows back, by id, whatever happened to the roster in between.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain.training import Attendance, Participant, RosterEntry, TrainingSession
from app.services.attendance import pick_session
from app.services.errors import ValidationError

DAY = date(2026, 12, 2)


@pytest.fixture
def world(services):
    """A training with one session and a roster of four, nobody marked yet."""
    project = services.projects.create(
        partner_id=services.partners.create(name="Partner", country="KG").id,
        title="Project", country="KG", start_date="2026-01-01")
    training = services.trainings.create(project_id=project.id, title="Workshop",
                                         start_date="2026-11-01")
    meeting = services.sessions.create(training_id=training.id, held_on=DAY)
    people = [services.participants.create(code=f"P-{n:04d}") for n in range(4)]
    for person in people:
        services.attendance.add_to_roster(training.id, person.id)
    return {"training": training.id, "session": meeting.id, "people": [p.id for p in people],
            "project": project.id}


def snapshot(db) -> dict[str, frozenset]:
    """Every live row the attendance actions can touch, with what they can change."""
    with db.session() as session:
        def live(model):
            return session.scalars(select(model).where(model.deleted.is_(False))).all()

        return {
            "attendance": frozenset((row.id, row.present) for row in live(Attendance)),
            "roster": frozenset(row.id for row in live(RosterEntry)),
            "people": frozenset(row.id for row in live(Participant)),
            "completed": frozenset(row.id for row in live(TrainingSession) if row.completed),
        }


def test_a_walk_in_is_one_step_and_its_undo_takes_back_person_entry_and_mark_only(
        services, db, world):
    attendance = services.attendance
    for pid in world["people"][:2]:
        attendance.check_in(world["session"], pid)
    before = snapshot(db)
    step = attendance.walk_in(world["session"], code="P-0107", gender="female")
    assert step.kind == "walk_in_new" and step.code == "P-0107"
    assert step.tables() == {"participant", "roster_entry", "attendance"}
    assert step.participant_id in attendance.present_ids(world["session"])
    attendance.revert(step)
    assert snapshot(db) == before
    assert attendance.present_ids(world["session"]) == set(world["people"][:2])
    attendance.replay(step)
    assert step.participant_id in attendance.present_ids(world["session"])
    assert services.participants.get(step.participant_id).code == "P-0107"


def test_undoing_a_first_check_in_leaves_the_person_unmarked_not_marked_absent(
        services, db, world):
    pid = world["people"][0]
    before = snapshot(db)
    step = services.attendance.check_in(world["session"], pid)
    assert step.kind == "check_in" and step.code == "P-0000"
    services.attendance.revert(step)
    assert snapshot(db) == before  # no attendance row at all, not a row saying absent


def test_undoing_an_unmark_marks_present_again(services, world):
    pid = world["people"][1]
    services.attendance.check_in(world["session"], pid)
    step = services.attendance.check_in(world["session"], pid, present=False)
    assert step.kind == "check_out"
    services.attendance.revert(step)
    assert pid in services.attendance.present_ids(world["session"])


def test_checking_in_someone_already_present_writes_nothing(services, db, world):
    pid = world["people"][0]
    services.attendance.check_in(world["session"], pid)
    before = snapshot(db)
    again = services.attendance.check_in(world["session"], pid)
    assert again.kind == "already_present" and not again.wrote and again.code == "P-0000"
    walk_in = services.attendance.walk_in(world["session"], code="P-0000")
    assert walk_in.kind == "already_present" and not walk_in.wrote
    assert snapshot(db) == before


def test_a_walk_in_known_from_another_training_is_not_created_twice(services, db, world):
    stranger = services.participants.create(code="Q-0001")
    before = snapshot(db)
    step = services.attendance.walk_in(world["session"], code="Q-0001", name="ignored")
    assert step.kind == "walk_in_known" and step.participant_id == stranger.id
    assert step.tables() == {"roster_entry", "attendance"}
    services.attendance.revert(step)
    assert snapshot(db) == before  # the person stays; roster entry and mark go


def test_a_walk_in_on_the_roster_but_absent_is_an_ordinary_check_in(services, world):
    step = services.attendance.walk_in(world["session"], code="P-0003")
    assert step.kind == "check_in" and step.tables() == {"attendance"}


def test_a_refused_walk_in_writes_nothing(services, db, world):
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        services.attendance.walk_in(world["session"], code="  ", gender="nobody")
    assert {p.field for p in caught.value.problems} == {"code", "gender"}
    assert snapshot(db) == before


def test_completing_a_session_is_undone_and_redone(services, world):
    step = services.attendance.complete_step(world["session"])
    assert step.kind == "complete" and services.sessions.get(world["session"]).completed
    assert services.attendance.complete_step(world["session"]).kind == "already_complete"
    services.attendance.revert(step)
    assert not services.sessions.get(world["session"]).completed
    services.attendance.replay(step)
    assert services.sessions.get(world["session"]).completed


def test_redoing_a_walk_in_whose_code_was_taken_meanwhile_is_refused_and_writes_nothing(
        services, db, world):
    step = services.attendance.walk_in(world["session"], code="P-0200")
    services.attendance.revert(step)
    services.participants.create(code="P-0200")
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        services.attendance.replay(step)
    assert caught.value.codes() == {"duplicate"}
    assert snapshot(db) == before


ACTIONS = st.lists(st.one_of(
    st.tuples(st.just("mark"), st.integers(0, 3), st.booleans()),
    st.tuples(st.just("walk_in"), st.integers(0, 5), st.just(True)),
    st.tuples(st.just("complete"), st.just(0), st.booleans()),
), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, data=st.data())
def test_undoing_any_k_actions_leaves_exactly_the_attendance_before_them(
        services, db, world, actions, data):
    """Examples share one database: each compares with its own snapshots."""
    attendance, session_id = services.attendance, world["session"]
    states, steps = [snapshot(db)], []
    for kind, n, flag in actions:
        if kind == "mark":
            step = attendance.check_in(session_id, world["people"][n], present=flag)
        elif kind == "walk_in":  # codes 0..3 are on the roster, 4 and 5 new or undone
            step = attendance.walk_in(session_id, code=f"P-{n:04d}" if n < 4 else f"W-{n}")
        else:
            step = attendance.complete_step(session_id, completed=flag)
        steps.append(step)
        states.append(snapshot(db))
    k = data.draw(st.integers(0, len(steps)), label="k")
    for step in reversed(steps[len(steps) - k:]):
        attendance.revert(step)
    assert snapshot(db) == states[len(steps) - k]
    for step in steps[len(steps) - k:]:
        attendance.replay(step)
    assert snapshot(db) == states[-1]
    for step in reversed(steps):
        attendance.revert(step)
    assert snapshot(db) == states[0]


def test_todays_session_opens_and_otherwise_the_nearest_one_not_completed():
    rows = [("a", DAY - timedelta(days=14), True), ("b", DAY - timedelta(days=7), False),
            ("c", DAY, False), ("d", DAY + timedelta(days=7), False)]
    assert pick_session(rows, DAY) == "c"
    assert pick_session(rows, DAY + timedelta(days=5)) == "d"
    assert pick_session(rows, DAY - timedelta(days=4)) == "b"  # 3 days off, c is 4
    assert pick_session([r for r in rows if r[0] != "c"], DAY) == "b"  # 7 days either side:
    # the earlier one
    assert pick_session([(i, d, True) for i, d, _ in rows], DAY + timedelta(days=30)) == "d"
    assert pick_session([], DAY) is None


def test_the_session_held_today_is_found_across_trainings(services, world):
    attendance = services.attendance
    assert attendance.session_for_day(DAY) == world["session"]
    assert attendance.session_for_day(DAY + timedelta(days=1)) is None
    newer = services.trainings.create(project_id=world["project"], title="Newer",
                                      start_date="2026-11-20")
    other = services.sessions.create(training_id=newer.id, held_on=DAY)
    assert attendance.session_for_day(DAY) == other.id  # the newest training first
    services.attendance.complete_step(other.id)
    assert attendance.session_for_day(DAY) == world["session"]  # one not yet completed first
    assert attendance.session_for_day(DAY, training_id=newer.id) == other.id
