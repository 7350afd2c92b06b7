"""A laptop's own edit that a return bundle overrides, when its writer had not
seen it, is recorded on the laptop as a conflict (docs/sync.md §4.1): real
headquarters and laptop data folders, real bundles through the real export and
import code."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.services import Services
from app.services.record_names import RecordNames, describe_record
from app.services.sync_status import overridden_edits
from app.sync.device import import_receipt, import_return
from app.sync.service import SyncService
from tests.unit.test_sync_convergence import Oracle
from tests.unit.test_sync_world import World


@pytest.fixture
def world(tmp_path):
    """Headquarters, three laptops, and a training every one of them holds."""
    built = World(tmp_path, devices=3)
    hq = Services(built.hq)
    partner = hq.partners.create(name="Ош", country="KG")
    project = hq.projects.create(partner_id=partner.id, title="Права", country="KG")
    built.training = hq.trainings.create(project_id=project.id, title="Theory of change")
    built.sync_all()
    yield built
    built.close()


def title(db, training_id: str) -> str:
    return Services(db).trainings.get(training_id).title


def own_conflicts(db) -> list[tuple[str, str, str | None, str | None]]:
    """(table, field, value set aside, value kept) of this laptop's own lost values."""
    return [(c.table, c.field, c.loser_value, c.winner_value)
            for c in SyncService(db).conflicts() if c.loser_device == db.device_id]


def test_an_offline_title_overridden_by_an_unseen_later_edit_is_a_conflict_on_the_laptop(world):
    a, b, _c = world.devices
    tid = world.training.id
    Services(a).trainings.update(tid, title="Theory of change, Osh")  # offline
    Services(b).trainings.update(tid, title="Theory of change, Naryn")  # later, unseen
    world.round(b)
    world.round(a)  # a's title reaches HQ (set aside there), b's comes back
    assert title(a, tid) == "Theory of change, Naryn"  # the merge decides as before
    assert own_conflicts(a) == [("training", "title", '"Theory of change, Osh"',
                                 '"Theory of change, Naryn"')]
    assert own_conflicts(b) == []

    SyncService(a).restore_loser(SyncService(a).conflicts()[0].id)
    assert title(a, tid) == "Theory of change, Osh"
    hq_before = len(SyncService(world.hq).conflicts(include_resolved=True))
    world.round(a)  # the restored value is a new change: it wins at HQ, seen, no new conflict
    assert title(world.hq, tid) == "Theory of change, Osh"
    assert len(SyncService(world.hq).conflicts(include_resolved=True)) == hq_before
    world.sync_all()
    assert {title(db, tid) for db in world.devices} == {"Theory of change, Osh"}
    assert own_conflicts(b) == []  # b's writer (a) had seen b's value when it restored
    dumps = world.dumps()
    assert all(dump == dumps[0] for dump in dumps[1:])


def test_no_conflict_when_the_other_writer_had_seen_the_laptops_value(world):
    a, b, _c = world.devices
    tid = world.training.id
    Services(a).trainings.update(tid, title="Theory of change, Osh")
    world.round(a)
    world.round(b)  # b now holds a's title
    Services(b).trainings.update(tid, title="Theory of change, Naryn")
    world.round(b)
    world.round(a)
    assert title(a, tid) == "Theory of change, Naryn"
    assert SyncService(a).conflicts() == []
    assert SyncService(world.hq).conflicts() == []


def test_no_conflict_for_a_value_the_laptop_never_wrote(world):
    a, b, c = world.devices
    tid = world.training.id
    Services(c).trainings.update(tid, title="Theory of change, Talas")
    world.round(c)
    world.round(a)  # a holds c's title
    Services(b).trainings.update(tid, title="Theory of change, Naryn")  # b had not seen c's
    world.round(b)
    world.round(a)
    assert title(a, tid) == "Theory of change, Naryn"
    assert SyncService(a).conflicts() == []  # judged at headquarters, where both met
    assert [(x.loser_value, x.winner_value) for x in SyncService(world.hq).conflicts()] == [
        ('"Theory of change, Talas"', '"Theory of change, Naryn"')]


def test_the_same_return_bundle_imported_again_records_nothing_new(world):
    a, b, _c = world.devices
    tid = world.training.id
    Services(a).trainings.update(tid, title="Theory of change, Osh")
    Services(b).trainings.update(tid, title="Theory of change, Naryn")
    world.round(b)
    import_receipt(a, world.to_hq(world.export(a)).encode())
    back = world.back(a)
    assert import_return(a, back).conflicts == 1
    assert import_return(a, back).conflicts == 0
    assert len(own_conflicts(a)) == 1
    SyncService(a).restore_loser(SyncService(a).conflicts()[0].id)
    assert import_return(a, back).conflicts == 0  # an old bundle after the restore
    assert title(a, tid) == "Theory of change, Osh"
    assert SyncService(a).conflicts(include_resolved=True)[0].resolved


def test_headquarters_edits_count_as_seen_only_when_headquarters_held_the_value(world):
    a, _b, _c = world.devices
    tid = world.training.id
    Services(a).trainings.update(tid, title="Theory of change, Osh")
    world.round(a)
    Services(world.hq).trainings.update(tid, title="Theory of change (2026)")  # had seen a's
    world.round(a)
    assert title(a, tid) == "Theory of change (2026)" and SyncService(a).conflicts() == []
    Services(a).trainings.update(tid, title="Theory of change, Osh again")  # offline
    Services(world.hq).trainings.update(tid, title="Theory of change (2027)")  # unseen
    world.round(a)
    assert title(a, tid) == "Theory of change (2027)"
    assert own_conflicts(a) == [("training", "title", '"Theory of change, Osh again"',
                                 '"Theory of change (2027)"')]


# -- property: convergence as before, and exactly the real lost local values recorded ---

KEYS = [(0, "name"), (0, "region"), (1, "region")]
VALUES = st.text(alphabet="абвxyz", min_size=1, max_size=3)
OPS = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 1), st.integers(0, len(KEYS) - 1), VALUES),
    st.tuples(st.just("round"), st.integers(0, 1)),
    st.tuples(st.just("send"), st.integers(0, 1)),
    st.tuples(st.just("deliver"), st.integers(0, 9), st.booleans()),
    st.tuples(st.just("back"), st.integers(0, 1)),
    st.tuples(st.just("receive"), st.integers(0, 1), st.integers(0, 9), st.booleans()),
)


class History(Oracle):
    """The oracle of the convergence test, plus what each replica held and had seen.

    Read in change-log order after every step: a laptop's held value of a field
    is its latest row (a merge logs only winners; an edit outstamps what it
    replaces); what a writer had seen when it wrote is the greatest stamp of
    another replica's row for that field in its log before its own. From these,
    every own value a return bundle replaced unseen: the conflicts expected."""

    def __init__(self, world: World):
        super().__init__()
        self.laptops = {d.device_id for d in world.devices}
        self.held: dict[str, dict[tuple, tuple[str, str, str | None]]] = {}
        self.other_max: dict[str, dict[tuple, str]] = {}
        self.saw: dict[tuple, str] = {}  # (table, row, field, stamp) -> seen stamp
        self.rows: list[tuple[str, tuple]] = []
        self.expected: dict[str, set[tuple]] = {d: set() for d in self.laptops}

    def read(self, world: World) -> None:
        for db in [world.hq, *world.devices]:
            me = db.device_id
            held = self.held.setdefault(me, {})
            others = self.other_max.setdefault(me, {})
            with db.engine.connect() as conn:
                rows = conn.execute(text(
                    "SELECT seq, tbl, row_id, field, value, hlc, device_id FROM change_log "
                    "WHERE seq > :seq ORDER BY seq"), {"seq": self.read_to.get(me, 0)}).all()
            for _seq, tbl, row_id, field, value, hlc, device in rows:
                key = (tbl, row_id, field)
                if device == me:
                    self.saw[(*key, hlc)] = others.get(key, "")
                else:
                    others[key] = max(others.get(key, ""), hlc)
                    before = held.get(key)
                    # (device rows are bookkeeping: HQ pins each laptop's key into its row,
                    # never a conflict, merge.py `_record`)
                    if me in self.laptops and before and before[1] == me and tbl != "device" \
                            and before[2] != value and self.saw_by_writer(key, hlc) < before[0]:
                        self.expected[me].add((*key, before[0], before[2], hlc, value))
                held[key] = (hlc, device, value)
        super().read(world)

    def saw_by_writer(self, key: tuple, stamp: str) -> str:
        return self.saw.get((*key, stamp), "")


def _world_of_two(tmp_path_factory) -> World:
    template = _TEMPLATE.get("two")
    if template is None:
        template = World(tmp_path_factory.mktemp("lost-template"), devices=2)
        shared = Services(template.hq)
        for name in ("Ош", "Нарын"):
            shared.partners.create(name=name, country="KG")
        for device in template.devices:
            template.round(device)
        template.close()
        _TEMPLATE["two"] = template
    return World.copy_of(template, tmp_path_factory.mktemp("lost"))


_TEMPLATE: dict[str, World] = {}


def _step(world: World, post: dict, op: tuple) -> None:
    kind = op[0]
    if kind == "edit":
        s = Services(world.devices[op[1]])
        partner = s.partners.list(order_by="name")[KEYS[op[2]][0]]
        s.partners.update(partner.id, **{KEYS[op[2]][1]: op[3]})
    elif kind == "round":
        world.round(world.devices[op[1]])
    elif kind == "send":
        post["hq"].append(world.export(world.devices[op[1]]))
    elif kind == "deliver" and post["hq"]:
        index = op[1] % len(post["hq"])
        data = post["hq"][index] if op[2] else post["hq"].pop(index)  # True: a duplicate
        receipt = world.to_hq(data)
        sender = next(i for i, d in enumerate(world.devices) if d.device_id in receipt)
        post[sender].append(receipt.encode())
    elif kind == "back":
        post[op[1]].append(world.back(world.devices[op[1]]))
    elif kind == "receive" and post[op[1]]:
        queue = post[op[1]]
        index = op[2] % len(queue)
        data = queue[index] if op[3] else queue.pop(index)
        SyncService(world.devices[op[1]]).import_bytes(data)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, max_size=25))
def test_replicas_converge_as_before_and_laptops_record_exactly_their_lost_values(
        tmp_path_factory, ops):
    world = _world_of_two(tmp_path_factory)
    try:
        history = History(world)
        history.read(world)
        post: dict = {"hq": [], 0: [], 1: []}
        for op in ops:
            _step(world, post, op)
            history.read(world)
        for device in world.devices:
            for data in post[world.devices.index(device)]:
                SyncService(device).import_bytes(data)
        for data in post["hq"]:
            world.to_hq(data)
        world.sync_all()
        world.sync_all()
        history.read(world)
        dumps = world.dumps()
        assert history.winners_missing_from(dumps[0]) == []
        assert all(dump == dumps[0] for dump in dumps[1:])
        for device in world.devices:
            recorded = {(c.table, c.row_id, c.field, c.loser_hlc, c.loser_value, c.winner_hlc,
                         c.winner_value)
                        for c in SyncService(device).conflicts(include_resolved=True)
                        if c.loser_device == device.device_id}
            assert recorded == history.expected[device.device_id]
    finally:
        world.close()


def test_the_laptop_counts_its_own_overridden_edits_until_they_are_reviewed(world):
    a, b, _c = world.devices
    tid = world.training.id
    Services(a).trainings.update(tid, title="Theory of change, Osh")
    Services(b).trainings.update(tid, title="Theory of change, Naryn")
    world.round(b)
    world.round(a)
    assert overridden_edits(a) == 1
    assert overridden_edits(b) == 0 and overridden_edits(world.hq) == 0  # HQ: a's, not its own
    SyncService(a).dismiss_conflict(SyncService(a).conflicts()[0].id)
    assert overridden_edits(a) == 0
    assert title(a, tid) == "Theory of change, Naryn"


def test_conflicting_records_are_named_in_words_never_by_id_nor_a_participants_name(world):
    a = world.devices[0]
    s = Services(a)
    training = s.trainings.get(world.training.id)
    session_row = s.sessions.create(training_id=training.id, held_on="2026-03-01")
    person = s.participants.create(code="OSH-7", name="Айгуль")
    s.attendance.add_to_roster(training.id, person.id)
    event = s.advocacy_events.create(title="Pride lecture", held_on="2026-05-17")
    names = RecordNames(a)
    assert names("training", training.id) == "Theory of change"
    assert names("advocacy_event", event.id) == "Pride lecture · 2026-05-17"
    assert names("participant", person.id) == "OSH-7"
    assert names("training_session", session_row.id) == "Theory of change · 2026-03-01"
    with a.session() as db_session:
        rosters = db_session.execute(text(
            "SELECT id FROM roster_entry WHERE participant_id = :p"), {"p": person.id}).scalars()
        (roster_id,) = list(rosters)
        assert describe_record(db_session, "roster_entry", roster_id) == \
            "OSH-7 · Theory of change"
    assert names("partner", "0190f3a1-b2c3-7000-8000-00000000dead") == "0190f3a1"  # not here
    assert all("Айгуль" not in names(t, i) for t, i in (
        ("participant", person.id), ("roster_entry", roster_id)))
