"""Sync leaves an audit trail that itself syncs, and enrolment honours the passphrase."""

from __future__ import annotations

import pytest

from app.cli import main
from app.protection.unlock import LockState, lock_state
from app.services import Services
from app.services.audit import AuditService
from app.storage.paths import DataPaths
from app.sync.device import import_receipt, import_return
from app.sync.service import SyncService
from tests.unit.test_sync_world import World


def test_an_export_is_audited_in_the_bundle_it_writes(tmp_path):
    world = World(tmp_path, devices=1)
    laptop = world.devices[0]
    bundle = tmp_path / "out.fbk"
    SyncService(laptop).export_to(bundle)
    import_receipt(laptop, world.to_hq(bundle.read_bytes()).encode())
    exported = AuditService(world.hq).list(action="export", device_id=laptop.device_id)
    assert [e.detail for e in exported] == ["out.fbk"]
    assert SyncService(laptop).unacknowledged_count() == 0  # nothing left behind
    world.close()


def test_restoring_or_dismissing_a_conflict_is_audited(tmp_path):
    world = World(tmp_path)
    a, b = world.devices
    partner = Services(world.hq).partners.create(name="Ош", country="KG")
    world.sync_all()
    Services(a).partners.update(partner.id, region="Баткен", name="Ош-А")
    Services(b).partners.update(partner.id, region="Нарын", name="Ош-Б")
    world.sync_all()
    service = SyncService(world.hq)
    first, second = service.conflicts()[:2]
    service.restore_loser(first.id)
    service.dismiss_conflict(second.id)
    details = [e.detail for e in AuditService(world.hq).list(action="conflict_resolution")]
    assert len(details) == 2
    assert any(d.startswith("restored") for d in details)
    assert any(d.startswith("kept winner") for d in details)
    world.sync_all()
    assert len(AuditService(a).list(action="conflict_resolution")) == 2
    for device in (a, b):
        import_return(device, world.back(device))
    world.close()


def test_enrolment_from_the_command_line_creates_an_encrypted_database(tmp_path, monkeypatch,
                                                                      capsys):
    hq, laptop, enrolment = tmp_path / "hq", tmp_path / "laptop", tmp_path / "laptop.enrol"
    assert main(["--data-dir", str(hq), "hq", "init"]) == 0
    assert main(["--data-dir", str(hq), "hq", "enrol", "osh", "--out", str(enrolment)]) == 0
    monkeypatch.setenv("FALTBOK_PASSPHRASE", "горы и реки 2026")
    assert main(["--data-dir", str(laptop), "import", str(enrolment)]) == 0
    assert lock_state(DataPaths(laptop)) is LockState.ENCRYPTED
    assert main(["--data-dir", str(laptop), "export", "--to", str(tmp_path / "b.fbk")]) == 0
    monkeypatch.setenv("FALTBOK_PASSPHRASE", "wrong")
    assert main(["--data-dir", str(laptop), "stats"]) == 1
    assert "passphrase" in capsys.readouterr().err


def test_a_refused_export_writes_nothing_not_even_an_audit_event(tmp_path):
    from app.storage.database import Database
    from app.sync.errors import SyncError

    plain = Database.open(DataPaths(tmp_path / "plain"), create=True)
    with pytest.raises(SyncError):
        SyncService(plain).export_to(tmp_path / "never.fbk")
    assert AuditService(plain).list() == []
    assert not (tmp_path / "never.fbk").exists()
    plain.close()


def test_releasing_future_changes_applies_them_and_local_editing_goes_on(tmp_path):
    from app.domain.hlc import Stamp, wall_clock_ms
    from app.sync.merge import merge

    world = World(tmp_path, devices=1)
    laptop, hq = world.devices[0], world.hq
    partner = Services(laptop).partners.create(name="Ош", country="KG")
    with laptop.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT tbl, row_id, field, value, hlc, device_id FROM change_log "
            "WHERE tbl = 'partner'").all()
    ahead = [(t, r, f, v, str(Stamp(Stamp.parse(h).wall_ms + 26 * 3_600_000, 0, d)), d)
             for t, r, f, v, h, d in rows]
    with hq.session() as session:
        assert merge(session, hq.clock, ahead, wall_clock_ms()).quarantined == len(ahead)
    result = SyncService(hq).release_quarantined()
    assert result.applied == len(ahead)
    assert Services(hq).partners.get(partner.id).name == "Ош"
    Services(hq).partners.create(name="Нарын", country="KG")  # the clock still stamps
    released = AuditService(hq).list(action="conflict_resolution")
    assert released and released[0].detail.startswith(f"released {len(ahead)}")
    world.close()


def test_an_export_whose_file_cannot_be_written_leaves_no_audit_event(tmp_path):
    """The audit event, the reading and the outbox entry commit together with
    the file written: an export that never produced a file left no event
    (it used to be committed first, before the bundle was even built)."""
    world = World(tmp_path, devices=1)
    laptop = world.devices[0]
    with pytest.raises(OSError):
        SyncService(laptop).export_to(tmp_path / "no such folder" / "out.fbk")
    assert AuditService(laptop).list(action="export") == []
    assert SyncService(laptop).exported_bundles() == []
    SyncService(laptop).export_to(tmp_path / "out.fbk")  # and the next one works
    assert [e.detail for e in AuditService(laptop).list(action="export")] == ["out.fbk"]
    world.close()


def test_an_enrolment_whose_file_cannot_be_written_can_be_repeated(tmp_path, capsys):
    """`hq enrol` writes its file before the registration commits: if the file
    cannot be written, the name is not taken and a rerun succeeds."""
    hq = tmp_path / "hq"
    assert main(["--data-dir", str(hq), "hq", "init"]) == 0
    missing = tmp_path / "no such folder" / "laptop.enrol"
    assert main(["--data-dir", str(hq), "hq", "enrol", "laptop", "--out", str(missing)]) != 0
    out = tmp_path / "laptop.enrol"
    assert main(["--data-dir", str(hq), "hq", "enrol", "laptop", "--out", str(out)]) == 0
    assert out.exists()
    capsys.readouterr()
