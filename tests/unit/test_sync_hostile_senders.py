"""Honest laptops keep converging whatever a stolen one sends (issue 12).

Two honest laptops edit, export and take return bundles; a third, stolen one
sends correctly signed bundles (`tests/unit/forge.py`) of random hostile
changes: values of any kind for any field of any row it may know of (other
laptops' rows included, even ones headquarters has not seen yet), stamped in
the past, now, just ahead or days ahead. Headquarters takes the files in a
random order. Its reads and `dump` never fail, and at the end headquarters and
both honest laptops hold exactly the same data.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.models import SYNCED_MODELS, synced_fields
from app.services import Services
from app.services.dump import dump_lines
from app.sync import hq as hq_ops
from app.sync.device import import_receipt, import_return
from app.sync.errors import SyncError
from tests.unit.forge import forge_bundle, stamp
from tests.unit.test_sync_world import World

HONEST = 2  # devices 0 and 1; device 2 is the stolen laptop
NAMES = st.text(alphabet="абвгОшxyz ", min_size=1, max_size=6).filter(str.strip)
DAY = 86_400_000

HOSTILE_VALUES = st.one_of(
    st.sampled_from([
        "abc", '"abc"', "1e999", "-1e999", "NaN", "Infinity", "9.5", str(1 << 70), "-1", "0",
        "1", "2", "true", "false", "null", '""', '"   "', '"2026-02-30"', '"2026-01-05"',
        '"12.50"', '"1e5"', '"[\\"feminism\\"]"', '"[\\"nope\\"]"', '"[not json"', "[1]",
        "{}", '"KG"', '"XX"', '"a\\u0000b"', '"a\\u0007b"', json.dumps("x" * 5000),
        '"{\\"gender:female\\":3}"', '"{\\"gender:female\\":-3}"', '"workshop"',
        '"01a2b3c4-0000-7000-8000-000000000001"']),
    st.text(max_size=12).map(json.dumps),
    st.integers(-(1 << 65), 1 << 65).map(str),
)
TABLES = [m.__tablename__ for m in SYNCED_MODELS]
HOSTILE_CHANGE = st.tuples(
    st.integers(0, len(TABLES) - 1),  # table
    st.integers(0, 50),  # row among those known (or a new one)
    st.integers(0, 20),  # field
    HOSTILE_VALUES,
    st.sampled_from([-10 * DAY, -1, 0, 60_000, 2 * DAY]),  # stamp offset from now
)

OPS = st.one_of(
    st.tuples(st.just("create"), st.integers(0, HONEST - 1), NAMES),
    st.tuples(st.just("edit"), st.integers(0, HONEST - 1), st.integers(0, 20), NAMES,
              st.sampled_from(["name", "region"])),
    st.tuples(st.just("delete"), st.integers(0, HONEST - 1), st.integers(0, 20)),
    st.tuples(st.just("project"), st.integers(0, HONEST - 1), st.integers(0, 20), NAMES),
    st.tuples(st.just("send"), st.integers(0, HONEST - 1)),
    st.tuples(st.just("hostile"), st.lists(HOSTILE_CHANGE, min_size=1, max_size=4),
              st.booleans()),
    st.tuples(st.just("deliver"), st.integers(0, 20)),
    st.tuples(st.just("back"), st.integers(0, HONEST - 1)),
)


def known_rows(world: World) -> dict[str, list[str]]:
    """{table: row ids} the stolen laptop could know or guess: every replica's rows."""
    rows: dict[str, set[str]] = {t: set() for t in TABLES}
    for db in [world.hq, *world.devices]:
        for line in dump_lines(db):
            row = json.loads(line)
            rows[row["table"]].add(row["id"])
    return {t: sorted(ids) for t, ids in rows.items()}


def hostile_bundle(world: World, changes: list[tuple], include_real: bool) -> bytes:
    thief = world.devices[HONEST]
    rows = known_rows(world)
    forged = []
    for n, (t, r, f, value, offset) in enumerate(changes):
        table = TABLES[t]
        ids = rows[table] + [f"01a2b3c4-0000-7000-8000-{r:012x}"]
        fields = synced_fields(SYNCED_MODELS[t])
        forged.append((table, ids[r % len(ids)], fields[f % len(fields)], value,
                       stamp(thief.device_id, ahead_ms=offset, counter=n)))
    return forge_bundle(thief, forged, include_real=include_real)


def hq_reads_work(world: World) -> None:
    """Every record HQ holds reads back through the services, and `dump` runs."""
    s = Services(world.hq)
    for service in vars(s).values():
        if hasattr(service, "list") and hasattr(service, "model"):
            for record in service.list(include_deleted=True):
                service.get(record.id, include_deleted=True)
    assert list(dump_lines(world.hq))


def apply(world: World, post: list[tuple[int | None, bytes]], op: tuple) -> None:
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
        post.append((op[1], world.export(world.devices[op[1]])))
    elif kind == "hostile":
        post.append((None, hostile_bundle(world, op[1], op[2])))
    elif kind == "deliver" and post:
        owner, data = post.pop(op[1] % len(post))
        deliver(world, owner, data)
    elif kind == "back":
        device = world.devices[op[1]]
        import_return(device, world.back(device))


def deliver(world: World, owner: int | None, data: bytes) -> None:
    if owner is None:  # the stolen laptop's: merged with bad values held back, or refused
        before = list(dump_lines(world.hq))
        try:
            hq_ops.import_bundle(world.hq, data)
        except SyncError:  # refused whole (an audit rewrite, docs/sync.md §10): untouched
            assert list(dump_lines(world.hq)) == before
        hq_reads_work(world)
        return
    receipt = hq_ops.import_bundle(world.hq, data).receipt
    if owner is not None:
        import_receipt(world.devices[owner], receipt.encode())
    hq_reads_work(world)


_TEMPLATE: dict[str, World] = {}


def _world(tmp_path_factory) -> World:
    """Two honest laptops and a stolen one, all pinned, holding HQ's two partners."""
    if "world" not in _TEMPLATE:
        template = World(tmp_path_factory.mktemp("template"), devices=HONEST + 1)
        shared = Services(template.hq)
        for name in ("Ош", "Нарын"):
            shared.partners.create(name=name, country="KG")
        for device in template.devices:
            template.round(device)
        template.close()
        _TEMPLATE["world"] = template
    return World.copy_of(_TEMPLATE["world"], tmp_path_factory.mktemp("world"))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, max_size=25))
def test_honest_laptops_converge_and_hq_reads_whatever_a_stolen_laptop_sends(
        tmp_path_factory, ops):
    world = _world(tmp_path_factory)
    try:
        post: list[tuple[int | None, bytes]] = []
        for op in ops:
            apply(world, post, op)
        while post:
            deliver(world, *post.pop(0))
        honest = world.devices[:HONEST]
        for _ in range(2):
            for device in honest:
                deliver(world, world.devices.index(device), world.export(device))
            for device in honest:
                import_return(device, world.back(device))
        dumps = [list(dump_lines(db)) for db in [world.hq, *honest]]
        assert dumps[1] == dumps[0] and dumps[2] == dumps[0]
    finally:
        world.close()
