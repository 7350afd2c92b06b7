"""Convergence: whatever devices do, and however bundles travel (late, twice,
lost and found again), every replica ends with the same `dump`, and in it each
field holds the value of the change with the highest `(hlc, device)` that any
replica ever logged for it (per-field last-writer-wins, checked against an
oracle kept beside the replicas, not only replica against replica)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, text

from app.domain.models import model_for_table
from app.domain.types import CanonicalJSON
from app.services import Services
from app.sync import hq as hq_ops
from app.sync.service import SyncService
from tests.unit.test_sync_world import World

DEVICES = 3
NAMES = st.text(alphabet="абвгдеёжОшxyz", min_size=1, max_size=5)

OPS = st.one_of(
    st.tuples(st.just("create"), st.integers(0, DEVICES - 1), NAMES),
    st.tuples(st.just("edit"), st.integers(0, DEVICES - 1), st.integers(0, 20), NAMES,
              st.sampled_from(["name", "region"])),
    st.tuples(st.just("delete"), st.integers(0, DEVICES - 1), st.integers(0, 20)),
    st.tuples(st.just("project"), st.integers(0, DEVICES - 1), st.integers(0, 20), NAMES),
    st.tuples(st.just("send"), st.integers(0, DEVICES - 1)),
    st.tuples(st.just("deliver"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("lose"), st.integers(0, 20), st.booleans()),
    st.tuples(st.just("back"), st.integers(0, DEVICES - 1)),
    st.tuples(st.just("receive"), st.integers(0, DEVICES - 1), st.integers(0, 20),
              st.booleans()),
)


class Post:
    """Files in flight: to headquarters, to each device, and lost (found at the end)."""

    def __init__(self, world: World):
        self.world = world
        self.to_hq: list[bytes] = []
        self.to_device: list[list[bytes]] = [[] for _ in world.devices]
        self.lost: list[tuple[int | None, bytes]] = []

    def hq_takes(self, data: bytes) -> None:
        result = hq_ops.import_bundle(self.world.hq, data)
        index = [d.device_id for d in self.world.devices].index(result.device_id)
        self.to_device[index].append(result.receipt.encode())

    def device_takes(self, index: int, data: bytes) -> None:
        SyncService(self.world.devices[index]).import_bytes(data)


class Oracle:
    """Every change any replica has logged, kept outside the replicas: for each
    (table, row, field), the value of the change with the highest (hlc, device).

    Read after every step, so a change a receipt later prunes is still counted.
    """

    def __init__(self):
        self.read_to: dict[str, int] = {}  # replica's device id -> change-log seq read
        self.best: dict[tuple[str, str, str], tuple[str, str, str | None]] = {}

    def read(self, world: World) -> None:
        for db in [world.hq, *world.devices]:
            with db.engine.connect() as conn:
                rows = conn.execute(text(
                    "SELECT seq, tbl, row_id, field, value, hlc, device_id FROM change_log "
                    "WHERE seq > :seq ORDER BY seq"), {"seq": self.read_to.get(db.device_id, 0)})
                for seq, tbl, row_id, field, value, hlc, device_id in rows:
                    self.read_to[db.device_id] = seq
                    key = (tbl, row_id, field)
                    if key not in self.best or (hlc, device_id) > self.best[key][:2]:
                        self.best[key] = (hlc, device_id, value)

    def winners_missing_from(self, dump: list[str]) -> list[tuple]:
        """(table, row, field, expected, found) wherever the dump holds another value."""
        rows = {}
        for line in dump:
            row = json.loads(line)
            rows[(row["table"], row["id"])] = row
        wrong = []
        for (tbl, row_id, field), (_hlc, _device, logged) in sorted(self.best.items()):
            column = model_for_table(tbl).__table__.columns[field]
            expected = None if logged is None else json.loads(logged)
            found = rows.get((tbl, row_id), {}).get(field, "(no row)")
            if isinstance(column.type, Boolean) and expected is not None:
                expected = bool(expected)  # the log has SQLite's 0/1, the dump true/false
            elif isinstance(column.type, CanonicalJSON) and isinstance(expected, str):
                expected = json.loads(expected)  # logged as the stored JSON text
            if found != expected:
                wrong.append((tbl, row_id, field, expected, found))
        return wrong


def apply(world: World, post: Post, op: tuple) -> None:
    kind = op[0]
    if kind in ("create", "edit", "delete", "project"):
        s = Services(world.devices[op[1]])
        live = s.partners.list(order_by="id")
        if kind == "create":
            s.partners.create(name=op[2], country="KG")
        elif kind == "edit" and live:
            s.partners.update(live[op[2] % len(live)].id, **{op[4]: op[3]})
        elif kind == "delete" and live:
            s.partners.delete(live[op[2] % len(live)].id)
        elif kind == "project" and live:
            s.projects.create(partner_id=live[op[2] % len(live)].id, title=op[3],
                              country="KG")
    elif kind == "send":
        post.to_hq.append(world.export(world.devices[op[1]]))
    elif kind == "deliver" and post.to_hq:
        index = op[1] % len(post.to_hq)
        data = post.to_hq[index] if op[2] else post.to_hq.pop(index)  # True: a duplicate
        post.hq_takes(data)
    elif kind == "lose":
        queues = [(None, post.to_hq)] + list(enumerate(post.to_device))
        owner, queue = queues[op[1] % len(queues)]
        if queue:
            post.lost.append((owner, queue.pop(0 if op[2] else -1)))
    elif kind == "back":
        post.to_device[op[1]].append(world.back(world.devices[op[1]]))
    elif kind == "receive" and post.to_device[op[1]]:
        queue = post.to_device[op[1]]
        index = op[2] % len(queue)
        data = queue[index] if op[3] else queue.pop(index)
        post.device_takes(op[1], data)


_TEMPLATE: dict[str, World] = {}


def _world(tmp_path_factory) -> World:
    """Three enrolled devices holding headquarters' two shared partners."""
    if "world" not in _TEMPLATE:
        template = World(tmp_path_factory.mktemp("template"), devices=DEVICES)
        shared = Services(template.hq)
        for name in ("Ош", "Нарын"):
            shared.partners.create(name=name, country="KG")
        for device in template.devices:  # keys pinned, shared partners delivered
            template.round(device)
        template.close()
        _TEMPLATE["world"] = template
    return World.copy_of(_TEMPLATE["world"], tmp_path_factory.mktemp("world"))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, max_size=30))
def test_every_replica_dumps_the_same_and_the_highest_stamp_wins_each_field(tmp_path_factory, ops):
    world = _world(tmp_path_factory)
    try:
        post = Post(world)
        oracle = Oracle()
        oracle.read(world)
        for op in ops:
            apply(world, post, op)
            oracle.read(world)
        for owner, data in post.lost + [(None, d) for d in post.to_hq]:
            if owner is None:
                post.hq_takes(data)
            else:
                post.device_takes(owner, data)
        for index, queue in enumerate(post.to_device):
            for data in list(queue):
                post.device_takes(index, data)
        world.sync_all()
        oracle.read(world)
        dumps = world.dumps()
        assert oracle.winners_missing_from(dumps[0]) == []
        assert all(dump == dumps[0] for dump in dumps[1:])
        assert all(SyncService(db).pending_count() == 0 for db in [world.hq, *world.devices])
    finally:
        world.close()
