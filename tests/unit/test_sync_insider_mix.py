"""Honest laptops keep converging whatever a stolen one sends (issue 12).

Hypothesis interleaves honest edits and rounds of laptops A and B with hostile
bundles that laptop C (enrolled, its real keys) forges against this branch's
rules: audit rewrites, events in another device's name, reused bundle ids,
sequence numbers out of range, ids that are not UUIDv7, extra recipients,
receipts for more than was sent. Afterwards A, B and headquarters hold the
same rows and every audit chain verifies."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import Services
from app.services.audit import AuditService
from app.services.dump import dump_lines
from app.sync import crypto
from app.sync import hq as hq_ops
from app.sync.device import export_bundle, import_receipt, import_return, record_export
from app.sync.errors import SyncError
from app.sync.identity import HQ_AGE, require_role
from tests.unit.forge import forge_bundle, stamp
from tests.unit.test_sync_world import World

_TEMPLATE: dict = {}
HONEST = ["edit_a", "edit_b", "round_a", "round_b", "audit_a"]
HOSTILE = ["rewrite_event", "foreign_event", "reuse_bundle_id", "huge_seq", "slash_id",
           "two_recipients", "receipt_beyond"]


def _world(tmp_path_factory) -> World:
    if not _TEMPLATE:
        built = World(tmp_path_factory.mktemp("mix-template"), devices=3)
        for db in built.devices:
            AuditService(db).record("export", f"first of {db.device_id}")
        built.sync_all()
        built.close()
        _TEMPLATE["world"] = built
    return World.copy_of(_TEMPLATE["world"], tmp_path_factory.mktemp("mix"))


def _round(world: World, db) -> None:
    result = export_bundle(db)
    record_export(db, result)
    import_receipt(db, hq_ops.import_bundle(world.hq, result.data).receipt.encode())
    import_return(db, world.back(db))


def _hostile(world: World, kind: str, n: int) -> None:
    a, b, c = world.devices
    with world.hq.engine.connect() as conn:
        events = [r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM audit_event WHERE device_id != ? ORDER BY hlc", (c.device_id,))]
        sent = [r[0] for r in conn.exec_driver_sql("SELECT bundle_id FROM sync_receipt "
                                                   "WHERE device_id != ?", (c.device_id,))]
    Services(c).partners.create(name=f"C's {kind} {n}", country="KG")
    overrides, changes, recipients = {}, [], None
    if kind == "rewrite_event":
        changes = [("audit_event", events[n % len(events)], "detail", '"rewritten"',
                    stamp(c.device_id, ahead_ms=1000))]
    elif kind == "foreign_event":
        hlc = stamp(c.device_id)
        fields = {"deleted": "0", "occurred_at": '"2026-01-01T00:00:00.000Z"',
                  "device_id": json.dumps(a.device_id), "user_id": "null",
                  "user_name": '""', "action": '"wipe"', "detail": '"forged"',
                  "chain_prev": '""', "chain_hash": '""'}
        changes = [("audit_event", f"01a2351a-a1a4-7c16-b0a6-{n:012x}", f, v, hlc)
                   for f, v in fields.items()]
    elif kind == "reuse_bundle_id" and sent:
        overrides = {"bundle_id": sent[n % len(sent)]}
    elif kind == "huge_seq":
        overrides = {"seq": [1, 2**70]}
    elif kind == "slash_id":
        overrides = {"bundle_id": f"../{n}"}
    elif kind == "two_recipients":
        recipients = [require_role(c, "device")[HQ_AGE], crypto.new_age_identity()[1]]
    elif kind == "receipt_beyond":
        overrides = {"seq": [1, 10**9]}
    data = forge_bundle(c, changes, include_real=True, manifest_overrides=overrides,
                        recipients=recipients)
    try:
        receipt = hq_ops.import_bundle(world.hq, data).receipt
    except SyncError:
        return
    try:
        import_receipt(c, receipt.encode())  # C's own laptop refuses what it never sent
    except SyncError:
        pass


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(st.sampled_from(HONEST + HOSTILE), min_size=1, max_size=8))
def test_honest_laptops_converge_whatever_a_stolen_one_sends(tmp_path_factory, steps):
    world = _world(tmp_path_factory)
    a, b, _c = world.devices
    try:
        for n, step in enumerate(steps):
            if step == "edit_a":
                Services(a).partners.create(name=f"A {n}", country="KG")
            elif step == "edit_b":
                Services(b).partners.create(name=f"B {n}", country="SE")
            elif step == "audit_a":
                AuditService(a).record("view_names", f"participant {n}")
            elif step == "round_a":
                _round(world, a)
            elif step == "round_b":
                _round(world, b)
            else:
                _hostile(world, step, n)
        for _ in range(2):
            for db in (a, b):
                _round(world, db)
        hq_rows, a_rows, b_rows = (list(dump_lines(db)) for db in (world.hq, a, b))
        assert hq_rows == a_rows == b_rows
        assert not any('"rewritten"' in r or '"forged"' in r for r in hq_rows)
        for db in (world.hq, a, b):
            verdict = AuditService(db).verify()
            assert verdict.intact, verdict.findings
    finally:
        world.close()
