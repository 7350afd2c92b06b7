"""Validation at the door (issue 12, items 1, 2 and part of 7): a stolen laptop's
correctly signed bundles cannot store a value of the wrong kind, block another
laptop's bundles, set its own synced key or leave files no record cites.

Every hostile bundle here is forged from an enrolled laptop's real keys
(`tests/unit/forge.py`); every test compares headquarters' `dump` before and
after it."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from app.cli import main
from app.domain.ids import pair_id
from app.services import Services
from app.services.dump import dump_lines
from app.sync import hq as hq_ops
from app.sync.attachments import collect, folder
from app.sync.service import SyncService
from tests.unit.forge import forge_bundle, stamp
from tests.unit.test_sync_world import World

_TEMPLATE: dict = {}


@pytest.fixture
def setup(tmp_path_factory):
    """HQ and laptops A (the stolen one) and B, both pinned; B's partner, project,
    advocacy event and training (with a session and a participant on its roster)
    are at HQ and on A. Built once, copied for each test."""
    if not _TEMPLATE:
        world = World(tmp_path_factory.mktemp("template"), devices=2)
        a, b = world.devices
        s = Services(b)
        ids = {"partner": s.partners.create(name="Ош", country="KG", themes=["feminism"]).id}
        ids["project"] = s.projects.create(partner_id=ids["partner"], title="Legal literacy",
                                           country="KG", budget="1000.00",
                                           start_date="2026-01-01").id
        ids["advocacy_event"] = s.advocacy_events.create(kind="hearing", title="Hearing",
                                                         held_on="2026-03-08",
                                                         audience_public=40).id
        ids["training"] = s.trainings.create(project_id=ids["project"], title="Rights").id
        ids["participant"] = s.participants.create(code="OSH-1").id
        s.attendance.add_to_roster(ids["training"], ids["participant"])
        world.sync_all()
        world.sync_all()
        world.close()
        _TEMPLATE.update(world=world, ids=ids)
    world = World.copy_of(_TEMPLATE["world"], tmp_path_factory.mktemp("world"))
    yield world, dict(_TEMPLATE["ids"])
    world.close()


def dump(world) -> list[str]:
    return list(dump_lines(world.hq))


def later(device) -> str:
    """A stamp of `device` a minute after now: newer than anything held."""
    return stamp(device.device_id, ahead_ms=60_000)


def held(world) -> set[tuple[str, str, str, str]]:
    return {(t, r, f, why) for t, r, f, _v, _h, _d, why in SyncService(world.hq).held_back()}


def reads_work(world) -> None:
    """Every record of every kind reads back through the services at HQ."""
    s = Services(world.hq)
    for name in ("partners", "projects", "advocacy_events", "trainings", "sessions",
                 "participants", "attendance_rows", "devices"):
        service = getattr(s, name)
        for record in service.list():
            service.get(record.id)


# -- item 1: one laptop cannot block another ----------------------------------------

@pytest.mark.parametrize("value", ["abc", '"abc"', "2"])
def test_a_bad_value_for_another_laptops_row_never_blocks_that_laptops_bundles(setup, value):
    world, ids = setup
    a, b = world.devices
    s = Services(b)
    session = s.sessions.create(training_id=ids["training"], held_on=date(2026, 2, 3))
    s.attendance.mark(session.id, ids["participant"])
    row = pair_id("attendance", session.id, ids["participant"])  # anyone can derive it
    before = dump(world)
    outcome = hq_ops.import_bundle(world.hq, forge_bundle(a, [
        ("attendance", row, "present", value, later(a))]))
    assert dump(world) == before
    assert outcome.result.quarantined == 1
    assert ("attendance", row, "present", "not_json" if value == "abc" else "not_a_boolean") \
        in held(world)
    assert SyncService(world.hq).pending_count() == 0
    for round_ in range(3):  # B's real bundles merge, every time
        s.partners.create(name=f"Partner {round_}", country="KG")
        result = hq_ops.import_bundle(world.hq, world.export(b))
        assert not result.replay and result.result.quarantined == 0
    hq = Services(world.hq)
    assert hq.attendance_rows.get(row).present is True
    assert hq.partners.count() == 4
    reads_work(world)


def test_a_bad_value_already_waiting_in_pending_is_held_back_not_fatal(setup):
    """A database that kept a bad pending change (before this check existed)."""
    world, ids = setup
    a, b = world.devices
    s = Services(b)
    session = s.sessions.create(training_id=ids["training"], held_on=date(2026, 2, 3))
    s.attendance.mark(session.id, ids["participant"])
    row = pair_id("attendance", session.id, ids["participant"])
    with world.hq.session() as db:
        db.execute(text("INSERT INTO sync_pending (tbl, row_id, field, value, hlc, device_id) "
                        "VALUES ('attendance', :r, 'present', 'abc', :h, :d)"),
                   {"r": row, "h": later(a), "d": a.device_id})
    result = hq_ops.import_bundle(world.hq, world.export(b))
    assert result.result.quarantined == 1 and result.result.pending == 0
    assert Services(world.hq).attendance_rows.get(row).present is True
    assert ("attendance", row, "present", "not_json") in held(world)


# -- item 2: values of the wrong kind never land ------------------------------------

BAD_VALUES = [
    ("project", "start_date", '"abc"', "not_a_date"),
    ("project", "start_date", '"2026-02-30"', "not_a_date"),
    ("project", "budget", '"abc"', "not_a_decimal"),
    ("project", "budget", '"1e999"', "not_a_decimal"),
    ("project", "budget", "12.5", "wrong_type"),
    ("partner", "themes", '"[not json"', "not_a_list"),
    ("partner", "themes", '"[1, 2]"', "not_a_list"),
    ("partner", "themes", '"[\\"no_such_theme\\"]"', "not_a_choice"),
    ("partner", "themes", '["feminism"]', "wrong_type"),
    ("advocacy_event", "audience_public", "1e999", "not_an_integer"),
    ("advocacy_event", "audience_public", "9.5", "not_an_integer"),
    ("advocacy_event", "audience_public", "NaN", "not_json"),
    ("advocacy_event", "audience_public", str(1 << 70), "out_of_range"),
    ("advocacy_event", "audience_public", "-3", "negative"),
    ("advocacy_event", "audience_public", '"abc"', "not_an_integer"),
    ("advocacy_event", "audience_public", "true", "wrong_type"),
    ("partner", "name", '"a\\u0000b"', "control_character"),
    ("partner", "name", '"a\\u001bb"', "control_character"),
    ("partner", "name", "null", "required"),
    ("partner", "name", '"   "', "required"),
    ("partner", "country", '"XX"', "not_a_choice"),
    ("project", "share_names", '"abc"', "not_a_boolean"),
    ("project", "share_names", "7", "not_a_boolean"),
    ("project", "title", json.dumps("x" * 5000), "too_long"),
    ("project", "partner_id", '"not an id"', "wrong_type"),
]


@pytest.mark.parametrize(("table", "field", "value", "code"), BAD_VALUES,
                         ids=[f"{t}.{f}={v[:12]}" for t, f, v, _ in BAD_VALUES])
def test_a_value_the_column_does_not_accept_is_held_back_and_never_lands(
        setup, table, field, value, code):
    world, ids = setup
    a, _ = world.devices
    before = dump(world)
    outcome = hq_ops.import_bundle(world.hq, forge_bundle(a, [
        (table, ids[table], field, value, later(a))]))
    assert dump(world) == before
    assert outcome.result.quarantined == 1 and outcome.result.applied == 0
    assert held(world) == {(table, ids[table], field, code)}
    assert '"quarantined":1' in json.loads(outcome.receipt)["signed"]
    reads_work(world)


def test_the_valid_changes_of_a_bundle_merge_beside_its_invalid_one(setup):
    world, ids = setup
    a, _ = world.devices
    before = dump(world)
    outcome = hq_ops.import_bundle(world.hq, forge_bundle(a, [
        ("project", ids["project"], "start_date", '"abc"', later(a)),
        ("project", ids["project"], "title", '"Legal aid"', later(a)),
    ]))
    assert outcome.result.quarantined == 1 and outcome.result.applied == 1
    after = dump(world)
    changed = [line for line in after if line not in before]
    assert len(changed) == 1 and '"title":"Legal aid"' in changed[0]
    assert Services(world.hq).projects.get(ids["project"]).start_date == date(2026, 1, 1)


def test_a_new_row_with_a_bad_value_is_held_back_whole_and_waits_for_nothing(setup):
    world, ids = setup
    a, _ = world.devices
    fresh = "01a2b3c4-0000-7000-8000-000000000001"
    hlc = later(a)
    before = dump(world)
    hq_ops.import_bundle(world.hq, forge_bundle(a, [
        ("partner", fresh, "name", '"x"', hlc), ("partner", fresh, "country", '"KG"', hlc),
        ("partner", fresh, "region", '""', hlc), ("partner", fresh, "contact", '""', hlc),
        ("partner", fresh, "themes", '"[]"', hlc), ("partner", fresh, "deleted", "0", hlc),
        ("partner", fresh, "sensitivity", '"hostile"', hlc)]))
    # the row lacks a valid sensitivity, which has a default: the rest is created
    assert ("partner", fresh, "sensitivity", "not_a_choice") in held(world)
    assert Services(world.hq).partners.get(fresh).sensitivity == "normal"
    assert len(dump(world)) == len(before) + 1
    assert SyncService(world.hq).pending_count() == 0


def test_released_quarantine_applies_only_future_changes_never_invalid_ones(setup):
    world, ids = setup
    a, _ = world.devices
    hq_ops.import_bundle(world.hq, forge_bundle(a, [
        ("project", ids["project"], "start_date", '"abc"', later(a)),
        ("project", ids["project"], "title", '"From the future"',
         stamp(a.device_id, ahead_ms=3 * 86_400_000))]))
    assert [q[2] for q in SyncService(world.hq).quarantined()] == ["title"]
    SyncService(world.hq).release_quarantined()
    project = Services(world.hq).projects.get(ids["project"])
    assert project.title == "From the future" and project.start_date == date(2026, 1, 1)
    assert held(world) == {("project", ids["project"], "start_date", "not_a_date")}


# -- item 7: a device's own key, attachments nothing cites --------------------------

def test_a_device_cannot_set_its_own_synced_public_key(setup):
    world, _ = setup
    a, _ = world.devices
    before = dump(world)
    hq_ops.import_bundle(world.hq, forge_bundle(a, [
        ("device", a.device_id, "public_key", '"AAAAforgedkey="', later(a)),
        ("device", a.device_id, "public_key", '""', later(a))]))
    assert dump(world) == before
    assert held(world) == {("device", a.device_id, "public_key", "not_yours")}
    key = Services(world.hq).devices.get(a.device_id).public_key
    assert key and key == hq_ops.find_peer(world.hq, a.device_id).public_key


def test_attachments_that_no_change_cites_are_not_kept(setup):
    world, ids = setup
    a, _ = world.devices
    import hashlib

    cited, stray = b"photo of the visit", b"junk filling the disk"
    names = {hashlib.sha256(data).hexdigest(): data for data in (cited, stray)}
    cited_name = hashlib.sha256(cited).hexdigest()
    report = "01a2b3c4-0000-7000-8000-0000000000f1"
    hlc = later(a)
    fields = {"partner_id": json.dumps(ids["partner"]), "project_id": "null",
              "visited_on": '"2026-02-04"', "author": '""', "place": '""', "notes": '""',
              "attachments": json.dumps(json.dumps([cited_name])), "deleted": "0"}
    hq_ops.import_bundle(world.hq, forge_bundle(
        a, [("field_report", report, f, v, hlc) for f, v in fields.items()],
        attachments=names))
    assert len(list(folder(world.hq.paths).iterdir())) == 1
    assert collect(world.hq.paths, set(names)) == {cited_name: cited}
    assert Services(world.hq).field_reports.get(report).attachments == [cited_name]


# -- local edits meet the same rules ------------------------------------------------

def test_the_cli_import_of_a_bundle_with_a_bad_value_prints_one_line_and_succeeds(
        setup, tmp_path, capsys):
    world, ids = setup
    a, _ = world.devices
    path = tmp_path / "forged.fbk"
    path.write_bytes(forge_bundle(a, [
        ("project", ids["project"], "title", json.dumps("x" * 5000), later(a))]))
    before = dump(world)
    root = world.hq.paths.root
    world.hq.close()
    code = main(["--data-dir", str(root), "hq", "import", str(path),
                 "--receipts", str(tmp_path / "receipts")])
    out = capsys.readouterr().out
    assert code == 0 and out.count("\n") == 1 and "1 quarantined" in out
    from app.storage.database import Database
    from app.storage.paths import DataPaths

    world.hq = Database.open(DataPaths(root))
    assert dump(world) == before


def test_faltbok_held_lists_each_held_change_with_its_reason(setup, capsys):
    world, ids = setup
    a, _ = world.devices
    hq_ops.import_bundle(world.hq, forge_bundle(a, [
        ("project", ids["project"], "start_date", '"abc"', later(a)),
        ("partner", ids["partner"], "name", '"a\\u0000b"', later(a))]))
    root = world.hq.paths.root
    world.hq.close()
    assert main(["--data-dir", str(root), "held"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("control_character  partner.name  " + ids["partner"])
    assert lines[1].startswith("not_a_date  project.start_date  " + ids["project"])
    from app.storage.database import Database
    from app.storage.paths import DataPaths

    world.hq = Database.open(DataPaths(root))


@pytest.mark.parametrize("when", ["BEFORE UPDATE", "BEFORE INSERT"])
def test_a_row_the_database_refuses_is_held_and_the_rest_of_the_merge_stands(setup, when):
    """Values pass, yet the database refuses one row (here a trigger of its own):
    that row's changes are held as `cannot_store`; the merge does not fail."""
    world, ids = setup
    _, b = world.devices
    with world.hq.session() as db:
        db.execute(text(f"CREATE TRIGGER refuse_one {when} ON partner "
                        "WHEN NEW.region = 'refuse me' "
                        "BEGIN SELECT RAISE(ABORT, 'refused by this database'); END"))
    s = Services(b)
    if when == "BEFORE UPDATE":
        other = s.partners.create(name="Нарын", country="KG")
        world.round(b)
        s.partners.update(ids["partner"], region="refuse me")
        s.partners.update(other.id, region="Нарын")
        refused_id, kept_id = ids["partner"], other.id
    else:
        refused_id = s.partners.create(name="Талас", country="KG", region="refuse me").id
        kept_id = s.partners.create(name="Нарын", country="KG", region="Нарын").id
    result = hq_ops.import_bundle(world.hq, world.export(b)).result
    hq = Services(world.hq)
    assert hq.partners.get(kept_id).region == "Нарын"
    assert result.quarantined >= 1
    assert ("partner", refused_id, "region", "cannot_store") in held(world)
    if when == "BEFORE UPDATE":
        assert hq.partners.get(refused_id).region == ""
    else:
        assert refused_id not in {p.id for p in hq.partners.list()}
    with world.hq.engine.connect() as conn:  # the triggers' switch is back off
        assert conn.execute(text("SELECT active FROM sync_apply")).scalar() == 0
    s.partners.create(name="Later", country="KG")  # the next merge works as ever
    assert hq_ops.import_bundle(world.hq, world.export(b)).result.applied > 0
