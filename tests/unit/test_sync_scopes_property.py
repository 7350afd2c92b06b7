"""Scopes under random work (docs/sync.md §6.1, §6.2): laptops with random scopes
create and edit participants, headquarters edits and changes scopes, rounds
happen in any order. At every step no laptop holds a participant, roster entry
or attendance of a partner outside the scope of its last return bundle (unless
it holds unsent changes of it), nor a name that may not reach it; after each
round a laptop holds exactly the rows of its scope as headquarters holds them;
at the end headquarters holds everything and every laptop agrees with it."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.services import Services
from app.storage.changelog import OWN_UNACKNOWLEDGED_SQL
from app.sync import hq as hq_ops
from tests.unit.test_sync_scopes import Org, ids, rows
from tests.unit.test_sync_world import World

LAPTOPS = 3
NAMES = st.text(alphabet="абвгдОшxyz", min_size=1, max_size=4)
# Scopes by index; covered partners of the Org (0: KG sharing, 1: TJ sharing, 2: KG not).
SCOPES = ("all", "partner:0", "partner:1", "partner:2", "country:KG", "country:TJ",
          "partner:0,country:TJ")
COVERED = ({0, 1, 2}, {0}, {1}, {2}, {0, 2}, {1}, {0, 1})
SHARES = (True, True, False)

OPS = st.one_of(
    st.tuples(st.just("person"), st.integers(0, LAPTOPS - 1), st.integers(0, 2), NAMES),
    st.tuples(st.just("edit"), st.integers(0, LAPTOPS - 1), st.integers(0, 20), NAMES),
    st.tuples(st.just("hqedit"), st.integers(0, 20), NAMES),
    st.tuples(st.just("round"), st.integers(0, LAPTOPS - 1)),
    st.tuples(st.just("scope"), st.integers(0, LAPTOPS - 1),
              st.integers(0, len(SCOPES) - 1)),
)
_TEMPLATE: dict = {}
_CODES = itertools.count()


def scope_text(org: Org, index: int) -> str:
    text = SCOPES[index]
    for k, partner in enumerate(org.partners):
        text = text.replace(f"partner:{k}", f"partner:{partner}")
    return text


class Book:
    """What the test knows independently of the code under test."""

    def __init__(self):
        self.partner_of: dict[str, int] = {}
        self.creator: dict[str, int] = {}
        self.rostered: set[str] = set()
        self.current = [0] * LAPTOPS  # the scope HQ holds for each laptop
        self.effective = [0] * LAPTOPS  # the scope of its last return bundle


def apply(world: World, org: Org, book: Book, op: tuple) -> None:
    kind = op[0]
    if kind == "person":
        _, i, k, name = op
        db = world.devices[i]
        s = Services(db)
        p = s.participants.create(code=f"C{next(_CODES)}", name=name, contact="@" + name,
                                  partner_id=org.partners[k])
        book.partner_of[p.id], book.creator[p.id] = k, i
        if org.trainings[k] in ids(db, "training"):
            s.attendance.add_to_roster(org.trainings[k], p.id)
            s.attendance.mark(org.sessions[k], p.id, True)
            book.rostered.add(p.id)
    elif kind == "edit":
        held = sorted(ids(world.devices[op[1]], "participant"))
        if held:
            Services(world.devices[op[1]]).participants.update(
                held[op[2] % len(held)], organisation=op[3])
    elif kind == "hqedit":
        held = sorted(ids(world.hq, "participant"))
        if held:
            Services(world.hq).participants.update(held[op[1] % len(held)],
                                                   organisation=op[2])
    elif kind == "round":
        world.round(world.devices[op[1]])
        book.effective[op[1]] = book.current[op[1]]
    elif kind == "scope":
        hq_ops.set_scope(world.hq, world.devices[op[1]].device_id, scope_text(org, op[2]))
        book.current[op[1]] = op[2]


def unsent(db) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(
            f"SELECT row_id FROM change_log WHERE {OWN_UNACKNOWLEDGED_SQL}")}


def people_rows(db) -> dict[str, str]:
    """Participant, roster and attendance rows held: id -> participant id."""
    with db.engine.connect() as conn:
        out = {r[0]: r[0] for r in conn.exec_driver_sql("SELECT id FROM participant")}
        for table in ("roster_entry", "attendance"):
            out.update({r[0]: r[1] for r in conn.exec_driver_sql(
                f"SELECT id, participant_id FROM {table}")})
    return out


def check_never_outside(world: World, book: Book) -> None:
    for i, db in enumerate(world.devices):
        covered = COVERED[book.effective[i]]
        kept = unsent(db)
        kept_people = {p for row, p in people_rows(db).items() if row in kept}
        for row, participant in people_rows(db).items():
            assert book.partner_of[participant] in covered or row in kept \
                or participant in kept_people, (i, row)
        with db.engine.connect() as conn:
            named = [r[0] for r in conn.exec_driver_sql(
                "SELECT id FROM participant WHERE name != ''")]
        for participant in named:
            if book.creator[participant] == i:
                continue
            k = book.partner_of[participant]
            assert k in covered and SHARES[k] and participant in book.rostered, (i, participant)


def check_exact(world: World, org: Org, book: Book, i: int) -> None:
    """Laptop i holds exactly HQ's rows of its scope (sensitive fields aside)."""
    covered = COVERED[book.effective[i]]
    hq_rows, mine = rows(world.hq), rows(world.devices[i])
    places = {t: k for k, t in enumerate(org.trainings)}
    places.update({s: k for k, s in enumerate(org.sessions)})
    scoped = ("participant", "roster_entry", "attendance", "training", "training_session")
    who = people_rows(world.hq)

    def place(table: str, row_id: str) -> int:
        if table in ("training", "training_session"):
            return places[row_id]
        return book.partner_of[who[row_id]]

    expected = {key: row for key, row in hq_rows.items()
                if key[0] in scoped and place(*key) in covered}
    assert {key: row for key, row in mine.items() if key[0] in scoped} == expected


def _world(tmp_path_factory) -> tuple[World, Org]:
    if "world" not in _TEMPLATE:
        template = World(tmp_path_factory.mktemp("template"), devices=LAPTOPS)
        org = Org(template)
        for device in template.devices:
            template.round(device)
        template.close()
        _TEMPLATE["world"], _TEMPLATE["org"] = template, org
    return World.copy_of(_TEMPLATE["world"], tmp_path_factory.mktemp("world")), _TEMPLATE["org"]


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, max_size=16))
# Found by this test in CI: a laptop's own participant (with its roster entry and
# attendance) of another partner, sent, evicted when its scope narrowed, must come
# back whole when the scope widens again (docs/sync.md §6.1, full bundles).
@example(ops=[("person", 0, 1, "аб"), ("round", 0), ("scope", 0, 1), ("round", 0),
              ("scope", 0, 0), ("round", 0)])
def test_every_laptop_holds_exactly_its_scope_and_never_a_row_outside_it(tmp_path_factory, ops):
    world, org = _world(tmp_path_factory)
    book = Book()
    try:
        for op in ops:
            apply(world, org, book, op)
            check_never_outside(world, book)
            if op[0] == "round":
                check_exact(world, org, book, op[1])
        for _ in range(2):
            for i in range(LAPTOPS):
                apply(world, org, book, ("round", i))
                check_never_outside(world, book)
        assert ids(world.hq, "participant") == set(book.partner_of)
        for i in range(LAPTOPS):
            check_exact(world, org, book, i)
    finally:
        world.close()
