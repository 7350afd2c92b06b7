"""The protocol closed against an insider (issue 12, items 3 to 6 and the
recipients of 7): a stolen laptop's correctly signed, correctly encrypted
bundles (forged from its real keys, `tests/unit/forge.py`) cannot rewrite the
audit trail, reuse an enrolment, stop a laptop's sync with a receipt, bend
sequence numbers or bundle ids, or hide extra recipients. Every refusal is one
line and leaves the database as it was; every test compares it before and after.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from app.cli import main
from app.hub.replica import SqliteReplica
from app.hub.store import MergeRefused
from app.services import Services
from app.services.audit import AuditService
from app.services.dump import dump_lines
from app.sync import crypto
from app.sync.device import export_bundle, record_export
from app.sync.identity import accept_enrolment, enrol, parse_enrolment
from tests.unit.forge import forge_bundle, stamp
from tests.unit.test_sync_world import World

_TEMPLATE: dict = {}


@pytest.fixture
def world(tmp_path_factory):
    """HQ and laptops A (the stolen one) and B, both pinned, each with an audit
    event HQ holds. Built once, copied for each test."""
    if not _TEMPLATE:
        built = World(tmp_path_factory.mktemp("template"), devices=2)
        a, b = built.devices
        events = {"a": AuditService(a).record("export", "bundle a").id,
                  "b": AuditService(b).record("view_names", "participant 17").id}
        Services(b).partners.create(name="Ош", country="KG")
        built.sync_all()
        built.sync_all()
        built.close()
        _TEMPLATE.update(world=built, events=events)
    copy = World.copy_of(_TEMPLATE["world"], tmp_path_factory.mktemp("world"))
    copy.events = dict(_TEMPLATE["events"])
    yield copy
    copy.close()


def state(db) -> tuple:
    """Everything a refusal must leave alone: rows, change log, receipts, peers, local state."""
    with db.engine.connect() as conn:
        tables = [tuple(conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2")).all())
                  for t in ("change_log", "sync_receipt", "sync_peer", "local_state",
                            "sync_outbox", "sync_pending")]
    return list(dump_lines(db)), tables


def hq_import(world, capsys, tmp_path, *bundles: bytes) -> tuple[int, str, str]:
    names = []
    for n, data in enumerate(bundles):
        path = tmp_path / f"bundle-{n}.fbk"
        path.write_bytes(data)
        names.append(str(path))
    code = main(["--data-dir", str(world.hq.paths.root), "hq", "import", *names,
                 "--receipts", str(tmp_path / "receipts")])
    out, err = capsys.readouterr()
    return code, out, err


def refused_by_hq(world, capsys, tmp_path, data: bytes, words: str) -> None:
    before = state(world.hq)
    code, out, err = hq_import(world, capsys, tmp_path, data)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and words in err and "internal error" not in err, err
    assert state(world.hq) == before
    assert not (tmp_path / "receipts").exists() or not list((tmp_path / "receipts").iterdir())


# -- an audit trail nobody rewrites -------------------------------------------------

@pytest.mark.parametrize("field, value", [("detail", '"nothing happened"'),
                                          ("action", '"rekey"'), ("deleted", "1"),
                                          ("user_name", '"someone else"')])
@pytest.mark.parametrize("whose", ["b", "a"])
def test_a_laptop_cannot_rewrite_an_audit_event_at_headquarters(world, capsys, tmp_path,
                                                                field, value, whose):
    a = world.devices[0]
    forged = forge_bundle(a, [("audit_event", world.events[whose], field, value,
                               stamp(a.device_id, ahead_ms=1000))])
    refused_by_hq(world, capsys, tmp_path, forged, "append-only")


def test_a_new_audit_event_claiming_another_device_is_refused(world, capsys, tmp_path):
    a, b = world.devices
    event = {"deleted": "0", "occurred_at": '"2026-11-28T18:30:00.000Z"',
             "device_id": json.dumps(b.device_id), "user_id": "null", "user_name": '""',
             "action": '"wipe"', "detail": '"laptop b wiped"', "chain_prev": '""',
             "chain_hash": '""'}
    hlc = stamp(a.device_id)
    forged = forge_bundle(a, [("audit_event", "01a2351a-a1a4-7c16-b0a6-a04a58c71e5a", f, v, hlc)
                              for f, v in event.items()])
    refused_by_hq(world, capsys, tmp_path, forged, "claims another device")


def test_headquarters_refuses_a_merge_that_would_update_an_event_even_past_its_check(world):
    """The database guard stands even inside a merge: a change to an event that
    slips past the check (here: merged directly) is refused by the trigger, and the
    merge holds it back as `cannot_store` (docs/sync.md §9) instead of storing it."""
    from sqlalchemy import text as sql

    from app.domain.hlc import wall_clock_ms
    from app.sync.merge import merge

    a = world.devices[0]
    before = state(world.hq)
    hlc = stamp(a.device_id, ahead_ms=1000)
    with world.hq.session() as session:
        result = merge(session, world.hq.clock, [("audit_event", world.events["b"], "detail",
                                                  '"rewritten"', hlc, a.device_id, "")],
                       wall_clock_ms())
    assert (result.applied, result.quarantined) == (0, 1)
    after = state(world.hq)
    assert after[0] == before[0]  # the event reads as it did
    with world.hq.engine.connect() as conn:
        held = conn.execute(sql("SELECT row_id, reason FROM sync_quarantine")).all()
    assert [tuple(row) for row in held] == [(world.events["b"], "cannot_store")]


# -- protocol closed ------------------------------------------------------------

def twins(world):
    """Two laptops that both imported ONE enrolment file (one device id, two keys)."""
    enrolment = parse_enrolment(enrol(world.hq, "twin"))
    pair = [accept_enrolment(_paths(world, "twin-1"), enrolment),
            accept_enrolment(_paths(world, "twin-2"), enrolment)]
    for n, db in enumerate(pair):
        Services(db).partners.create(name=f"Twin partner {n}", country="KG")
    return pair


def _paths(world, name):
    from app.storage.paths import DataPaths

    return DataPaths(world.root / name)


def test_one_enrolment_file_on_two_laptops_in_one_batch_admits_only_the_first(
        world, capsys, tmp_path):
    first, second = twins(world)
    bundles = [export_bundle(db) for db in (first, second)]
    before = state(world.hq)
    code, out, err = hq_import(world, capsys, tmp_path, *(b.data for b in bundles))
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert "bundle-1.fbk" in err and "second key" in err
    assert state(world.hq) == before  # all or nothing: the batch is refused whole
    code, out, err = hq_import(world, capsys, tmp_path, bundles[0].data)
    assert code == 0 and "bundle-0.fbk: merged" in out
    code, out, err = hq_import(world, capsys, tmp_path, bundles[1].data)
    assert code == 1 and "second key" in err
    lines = list(dump_lines(world.hq))
    assert any("Twin partner 0" in line for line in lines)
    assert not any("Twin partner 1" in line for line in lines)
    with world.hq.engine.connect() as conn:
        key = conn.execute(text("SELECT public_key FROM sync_peer WHERE name = 'twin'")).scalar()
    assert key == crypto.public_of(_sign_key(first))
    receipts = list((tmp_path / "receipts").iterdir())
    assert len(receipts) == 1 and bundles[0].bundle_id in receipts[0].name
    for db in (first, second):
        db.close()


def _sign_key(db) -> bytes:
    from app.sync import keystore
    from app.sync.identity import DEVICE_SIGN_FILE

    return keystore.read_secret(db.paths, DEVICE_SIGN_FILE)


def test_the_hub_refuses_the_second_laptop_of_one_enrolment_for_good(world):
    first, second = twins(world)
    replica = SqliteReplica(world.hq)
    one, two = export_bundle(first), export_bundle(second)
    replica.merge(one.data, first.device_id, one.bundle_id)
    before = state(world.hq)
    with pytest.raises(MergeRefused) as refused:
        replica.merge(two.data, second.device_id, two.bundle_id)
    assert refused.value.reason == "signature"
    assert state(world.hq) == before
    for db in (first, second):
        db.close()


def test_a_receipt_for_more_than_the_laptop_exported_is_refused(world, capsys, tmp_path):
    a = world.devices[0]
    Services(a).partners.create(name="Unsent", country="KG")
    honest = export_bundle(a)
    record_export(a, honest)
    Services(a).partners.create(name="Later", country="KG")
    forged = forge_bundle(a, include_real=True, manifest_overrides={
        "bundle_id": honest.bundle_id, "seq": [honest.seq_from, 10**9]})
    receipt_text = SqliteReplica(world.hq).merge(forged, a.device_id, honest.bundle_id)
    assert json.loads(json.loads(receipt_text)["signed"])["seq_to"] == 10**9
    receipt = tmp_path / "receipt.json"
    receipt.write_text(receipt_text)
    before = state(a)
    code = main(["--data-dir", str(a.paths.root), "import", str(receipt)])
    _out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "never exported" in err
    assert state(a) == before
    assert _carries(a, "Unsent") and _carries(a, "Later")  # its next bundle still has them


def _carries(db, name: str) -> bool:
    from tests.unit.forge import real_changes

    return any(c[3] == json.dumps(name, ensure_ascii=False) for c in real_changes(db))


def test_a_receipt_for_a_bundle_the_laptop_never_exported_is_refused(world, capsys, tmp_path):
    a = world.devices[0]
    Services(a).partners.create(name="Unsent", country="KG")
    forged = forge_bundle(a, include_real=True)
    receipt = tmp_path / "receipt.json"
    receipt.write_text(world.to_hq(forged))
    before = state(a)
    assert main(["--data-dir", str(a.paths.root), "import", str(receipt)]) == 1
    assert "never exported" in capsys.readouterr().err
    assert state(a) == before and _carries(a, "Unsent")


@pytest.mark.parametrize("overrides, words", [
    ({"seq": [1, 2**70]}, "sequence range"),
    ({"seq": [2**70, 2**70]}, "sequence range"),
    ({"seq": [0, 5]}, "not a range"),
    ({"seq": [9, 2]}, "not a range"),
    ({"seq": [True, 5]}, "sequence range"),
    ({"return_seq": 2**70}, "return sequence"),
    ({"return_seq": -1}, "return sequence"),
])
def test_numbers_out_of_range_are_typed_refusals(world, capsys, tmp_path, overrides, words):
    a = world.devices[0]
    Services(a).partners.create(name="Carried", country="KG")
    forged = forge_bundle(a, include_real=True, manifest_overrides=overrides)
    refused_by_hq(world, capsys, tmp_path, forged, words)


@pytest.mark.parametrize("bundle_id", ["../../etc/x", "a/b", "x" * 300,
                                       "0b4d5d62-6f0d-4c8e-9a52-1f4ef8e1c2aa",  # a UUIDv4
                                       "01A2351A-A1A4-7C16-B0A6-A04A58C71E5A"])
def test_a_bundle_id_that_is_not_a_uuid7_is_refused(world, capsys, tmp_path, bundle_id):
    a = world.devices[0]
    Services(a).partners.create(name="Carried", country="KG")
    forged = forge_bundle(a, include_real=True, manifest_overrides={"bundle_id": bundle_id})
    refused_by_hq(world, capsys, tmp_path, forged, "UUIDv7")


def test_a_laptop_reusing_another_laptops_bundle_id_keeps_its_changes_and_its_receipt(world):
    a, b = world.devices
    replica = SqliteReplica(world.hq)
    Services(b).partners.create(name="B's honest partner", country="KG")
    honest = export_bundle(b)
    record_export(b, honest)
    b_receipt = replica.merge(honest.data, b.device_id, honest.bundle_id)
    Services(a).partners.create(name="A's partner", country="KG")
    reused = forge_bundle(a, include_real=True, manifest_overrides={"bundle_id": honest.bundle_id})
    a_receipt = replica.merge(reused, a.device_id, honest.bundle_id)
    signed = json.loads(json.loads(a_receipt)["signed"])
    assert signed["device_id"] == a.device_id and signed["applied"] > 0
    assert any("A's partner" in line for line in dump_lines(world.hq))
    assert replica.receipt(b.device_id, honest.bundle_id) == b_receipt
    assert replica.receipt(a.device_id, honest.bundle_id) == a_receipt != b_receipt


@pytest.mark.parametrize("bad", ["bundle id", "audit rewrite"])
def test_hq_import_of_good_and_bad_files_merges_nothing_and_names_the_bad(
        world, capsys, tmp_path, bad):
    """All or nothing: on main the good file was merged and receipted, then the
    command failed (a bundle id with `/` merged, then its receipt could not be
    written)."""
    a, b = world.devices
    Services(b).partners.create(name="Good news", country="KG")
    good = export_bundle(b)
    Services(a).partners.create(name="Bad news", country="KG")
    hostile = forge_bundle(a, include_real=True, manifest_overrides={"bundle_id": "x/../y"}) \
        if bad == "bundle id" else \
        forge_bundle(a, [("audit_event", world.events["b"], "detail", '"gone"',
                          stamp(a.device_id, ahead_ms=1000))])
    before = state(world.hq)
    code, out, err = hq_import(world, capsys, tmp_path, good.data, hostile)
    assert (code, out) == (1, "") and err.count("\n") == 1 and "bundle-1.fbk" in err
    assert state(world.hq) == before
    assert not (tmp_path / "receipts").exists() or not list((tmp_path / "receipts").iterdir())
    code, out, err = hq_import(world, capsys, tmp_path, good.data)  # rerun without it
    assert code == 0 and any("Good news" in line for line in dump_lines(world.hq))
    assert [p.name for p in (tmp_path / "receipts").iterdir()] == \
        [f"receipt-{b.device_id}-{good.bundle_id}.json"]


def test_a_bundle_encrypted_to_headquarters_and_another_recipient_is_refused(
        world, capsys, tmp_path):
    a = world.devices[0]
    Services(a).partners.create(name="Also for someone else", country="KG")
    _identity, eavesdropper = crypto.new_age_identity()
    forged = forge_bundle(a, include_real=True, recipients=[_hq_age(a), eavesdropper])
    refused_by_hq(world, capsys, tmp_path, forged, "2 recipients")
    before = state(world.hq)
    with pytest.raises(MergeRefused) as refused:
        SqliteReplica(world.hq).merge(forged, a.device_id, "01a2351a-a1a4-7c16-b0a6-a04a58c71e5a")
    assert refused.value.reason == "recipient" and state(world.hq) == before


def _hq_age(db) -> str:
    from app.sync.identity import HQ_AGE, require_role

    return require_role(db, "device")[HQ_AGE]


def test_honest_laptops_still_converge_and_their_trails_verify(world, capsys):
    a, b = world.devices
    for db in (a, b):
        AuditService(db).record("export", f"more from {db.device_id}")
    world.sync_all()
    world.sync_all()
    dumps = world.dumps()
    assert dumps[0] == dumps[1] == dumps[2]
    for db in (world.hq, a, b):
        assert main(["--data-dir", str(db.paths.root), "audit", "verify"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("audit trail intact: ") and "from 2 devices" in out


def test_the_hub_keeps_each_senders_receipt_for_one_bundle_id(tmp_path):
    """The hub's own receipt feed was unique by bundle id: the second device's
    receipt was silently ignored, so it never got one through the hub."""
    from app.hub.state import HubState
    from app.hub.store import StoredReceipt

    bundle_id = "01a2351a-a1a4-7c16-b0a6-a04a58c71e5a"
    state_ = HubState(tmp_path / "hub")
    state_.add_receipts([StoredReceipt(bundle_id, "device-a", "receipt of a"),
                         StoredReceipt(bundle_id, "device-b", "receipt of b")])
    assert [r[2] for r in state_.receipts_after("device-a", 0, 10)] == ["receipt of a"]
    assert [r[2] for r in state_.receipts_after("device-b", 0, 10)] == ["receipt of b"]
    state_.close()


def test_a_hub_state_from_before_keeps_its_receipts_and_cursors(tmp_path):
    import sqlite3

    from app.hub.state import HubState
    from app.hub.store import StoredReceipt

    folder = tmp_path / "hub"
    folder.mkdir()
    old = sqlite3.connect(folder / "state.sqlite")
    old.executescript("CREATE TABLE receipt (cursor INTEGER PRIMARY KEY AUTOINCREMENT, "
                      "bundle_id TEXT NOT NULL UNIQUE, device_id TEXT NOT NULL, "
                      "body TEXT NOT NULL); INSERT INTO receipt VALUES (7, 'x', 'device-a', 'r');")
    old.commit()
    old.close()
    state_ = HubState(folder)
    state_.add_receipts([StoredReceipt("x", "device-b", "r of b")])
    assert state_.receipts_after("device-a", 0, 10) == [(7, "x", "r")]
    assert state_.receipts_after("device-b", 0, 10) == [(8, "x", "r of b")]
    state_.close()
