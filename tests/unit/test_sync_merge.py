"""Merge: per-field last writer wins, conflicts kept, parents awaited, stamps
from the future held back, receipts prune only what they cover."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from app.domain.hlc import Stamp, wall_clock_ms
from app.services import Services
from app.services.dump import dump_lines
from app.sync.device import export_bundle, import_receipt, record_export
from app.sync.merge import merge
from app.sync.service import SyncService
from tests.unit.test_sync_world import World


@pytest.fixture
def world(tmp_path):
    built = World(tmp_path)
    yield built
    for db in [built.hq, *built.devices]:
        db.close()


def _changes(db, table=None):
    with db.session() as session:
        rows = session.execute(text(
            "SELECT tbl, row_id, field, value, hlc, device_id FROM change_log ORDER BY seq"))
        return [tuple(r) for r in rows if table is None or r[0] == table]


def test_concurrent_edits_keep_the_later_value_and_log_the_loser(world):
    a, b = world.devices
    partner = Services(world.hq).partners.create(name="Ош", country="KG")
    world.sync_all()
    Services(a).partners.update(partner.id, name="Ош-1")  # seen by nobody else: no conflict
    Services(a).partners.update(partner.id, region="Баткен")
    Services(b).partners.update(partner.id, region="Нарын")  # later stamp wins
    world.sync_all()
    world.sync_all()
    dumps = world.dumps()
    assert dumps[0] == dumps[1] == dumps[2]
    assert Services(world.hq).partners.get(partner.id).region == "Нарын"
    lost = SyncService(world.hq).conflicts()
    assert [(c.loser_value, c.winner_value) for c in lost] == [('"Баткен"', '"Нарын"')]
    assert (lost[0].loser_device, lost[0].winner_device) == (a.device_id, b.device_id)
    assert lost[0].loser_at <= lost[0].winner_at


def test_restoring_a_losing_value_makes_it_a_new_change_everywhere(world):
    a, b = world.devices
    partner = Services(world.hq).partners.create(name="Ош", country="KG")
    world.sync_all()
    Services(a).partners.update(partner.id, region="Баткен")
    Services(b).partners.update(partner.id, region="Нарын")
    world.sync_all()
    service = SyncService(world.hq)
    conflict = next(c for c in service.conflicts() if c.field == "region")
    service.restore_loser(conflict.id)
    assert service.conflicts() == []
    world.sync_all()
    world.sync_all()
    assert {Services(db).partners.get(partner.id).region
            for db in [world.hq, a, b]} == {"Баткен"}


def test_a_tombstone_merges_like_any_field(world):
    a, b = world.devices
    partner = Services(a).partners.create(name="Ош", country="KG")
    world.sync_all()
    world.sync_all()
    Services(b).partners.delete(partner.id)
    world.sync_all()
    world.sync_all()
    for db in [world.hq, a, b]:
        assert Services(db).partners.get(partner.id, include_deleted=True).deleted


def test_any_order_and_any_repetition_of_the_same_changes_gives_the_same_rows(tmp_path):
    source = World(tmp_path / "w", devices=1)
    device = source.devices[0]
    s = Services(device)
    partner = s.partners.create(name="Ош", country="KG")
    project = s.projects.create(partner_id=partner.id, title="Права", country="KG")
    s.projects.update(project.id, title="Права женщин")
    s.partners.delete(partner.id)
    changes = _changes(device)
    results = []
    for index, order in enumerate(itertools.islice(itertools.permutations(range(3)), 4)):
        target = World(tmp_path / f"t{index}", devices=0).hq
        parts = [changes[i::3] for i in range(3)]
        for i in order + (order[0],):  # one part twice
            with target.session() as session:
                merge(session, target.clock, parts[i], wall_clock_ms())
        results.append([line for line in dump_lines(target) if '"table":"device"' not in line])
    assert all(r == results[0] for r in results) and len(results[0]) == 2


def test_a_child_waits_for_its_parent_and_applies_when_it_arrives(world):
    a = world.devices[0]
    s = Services(a)
    partner = s.partners.create(name="Ош", country="KG")
    s.projects.create(partner_id=partner.id, title="Права", country="KG")
    hq = world.hq
    project_changes = _changes(a, "project")
    partner_changes = _changes(a, "partner")
    with hq.session() as session:
        first = merge(session, hq.clock, project_changes, wall_clock_ms())
    assert first.applied == 0 and first.pending == len(project_changes)
    assert SyncService(hq).pending_count() == len(project_changes)
    with hq.session() as session:
        merge(session, hq.clock, partner_changes, wall_clock_ms())
    assert SyncService(hq).pending_count() == 0
    assert Services(hq).projects.count() == 1


def test_changes_stamped_over_a_day_ahead_are_quarantined_not_applied(world):
    a = world.devices[0]
    Services(a).partners.create(name="Ош", country="KG")
    changes = _changes(a, "partner")
    future = []
    for tbl, row, field, value, stamp, dev in changes:
        parsed = Stamp.parse(stamp)
        later = str(Stamp(parsed.wall_ms + 2 * 86_400_000, parsed.counter, dev))
        future.append((tbl, row, field, value, later, dev))
    hq = world.hq
    with hq.session() as session:
        result = merge(session, hq.clock, future, wall_clock_ms())
    assert result.quarantined == len(future) and result.applied == 0
    assert Services(hq).partners.count() == 0
    assert len(SyncService(hq).quarantined()) == len(future)


def test_a_receipt_prunes_only_what_it_covers_and_keeps_each_fields_latest(world):
    a = world.devices[0]
    s = Services(a)
    partner = s.partners.create(name="Ош", country="KG")
    s.partners.update(partner.id, region="1")
    s.partners.update(partner.id, region="2")
    result = export_bundle(a)
    record_export(a, result)
    receipt = world.to_hq(result.data)
    other = s.partners.create(name="Нарын", country="KG")  # after the export: not covered
    s.partners.update(other.id, region="a")
    import_receipt(a, receipt.encode())
    logged = _changes(a, "partner")
    assert [c[3] for c in logged if c[1] == partner.id and c[2] == "region"] == ['"2"']
    assert [c[3] for c in logged if c[1] == partner.id and c[2] == "name"] == ['"Ош"']
    assert [c[3] for c in logged if c[1] == other.id and c[2] == "region"] == ['""', '"a"']
    service = SyncService(a)
    assert service.unacknowledged_count() == len([c for c in logged if c[1] == other.id])
    assert [b.acknowledged for b in service.exported_bundles()] == [True]


def test_names_travel_only_for_rosters_of_projects_that_share_them(world):
    a = world.devices[0]
    s = Services(a)
    partner = s.partners.create(name="Ош", country="KG")
    hidden = s.participants.create(code="P-1", name="Айгуль")
    shared = s.participants.create(code="P-2", name="Бакыт")
    project = s.projects.create(partner_id=partner.id, title="T", country="KG",
                                share_names=True)
    training = s.trainings.create(project_id=project.id, title="T")
    s.attendance.add_to_roster(training.id, shared.id)
    world.round(a)
    hq = Services(world.hq)
    assert hq.participants.get(hidden.id).name == ""
    assert hq.participants.get(shared.id).name == "Бакыт"


def _files_holding(root, text_value: str) -> list[str]:
    needle = text_value.encode()
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.is_file() and needle in p.read_bytes())


def test_partner_contacts_stay_on_the_device_like_participant_names(world):
    a, b = world.devices
    s = Services(a)
    partner = s.partners.create(name="Ош", country="KG", contact="+996 555 010 203 Айгуль")
    s.participants.create(code="P-1", name="Бакыт", contact="+996 700 111 222")
    s.projects.create(partner_id=partner.id, title="T", country="KG", share_names=True)
    world.sync_all()
    s.partners.update(partner.id, contact="Telegram @aigul_osh")  # a later edit neither
    world.sync_all()
    hq = Services(world.hq)
    assert hq.partners.get(partner.id).name == "Ош"  # the rest of the row travelled
    assert hq.partners.get(partner.id).contact == ""
    assert Services(b).partners.get(partner.id).contact == ""
    for secret in ("+996 555 010 203", "@aigul_osh", "+996 700 111 222", "Бакыт"):
        assert _files_holding(world.hq.paths.root, secret) == []
        assert _files_holding(b.paths.root, secret) == []
    assert s.partners.get(partner.id).contact == "Telegram @aigul_osh"  # kept on the laptop


def test_attachments_travel_with_the_report_that_cites_them(world):
    from app.sync.attachments import collect, save_local

    a, b = world.devices
    photo = "фото".encode() * 1000
    name = save_local(a.paths, photo)
    s = Services(a)
    partner = s.partners.create(name="Ош", country="KG")
    s.field_reports.create(partner_id=partner.id, visited_on="2026-03-01",
                           attachments=[name])
    world.sync_all()
    world.sync_all()
    for db in (world.hq, b):
        assert collect(db.paths, {name}) == {name: photo}
