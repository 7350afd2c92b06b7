"""Headquarters' service for the app (app/sync/hq_service.py), against real folders:
HQ and laptops made and driven through `faltbok` commands, bundles they really wrote."""

from __future__ import annotations

import fcntl
import subprocess

import pytest

from app.cli import main
from app.hub.app import HUB_FOLDER
from app.hub.state import Bundle, HubState, Upload
from app.services.audit import AuditService
from app.services.dump import dump_lines
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import hq_service, hub_activity
from app.sync.errors import NotEnrolledError, RevokedDeviceError, SyncNotFoundError


def run(*argv) -> None:
    assert main([str(a) for a in argv]) == 0


@pytest.fixture
def office(tmp_path):
    """HQ with laptop-a (enrolled, sent one bundle holding demo data) and laptop-b
    (enrolled, never sent anything)."""
    hq, a = tmp_path / "hq", tmp_path / "a"
    run("--data-dir", hq, "hq", "init")
    db = Database.open(DataPaths(hq))
    hq_service.enrol(db, "laptop-a", tmp_path / "a.enrol")
    hq_service.enrol(db, "laptop-b", tmp_path / "b.enrol")
    run("--data-dir", a, "import", tmp_path / "a.enrol")
    run("--data-dir", a, "demo", "--size", "small", "--seed", "3")
    run("--data-dir", a, "export", "--to", tmp_path / "a1.fbk")
    yield db, tmp_path
    db.close()


def test_enrolment_shows_the_fingerprint_the_laptop_pins_and_keeps_the_secret_out_of_the_qr(
        tmp_path):
    hq = tmp_path / "hq"
    run("--data-dir", hq, "hq", "init")
    db = Database.open(DataPaths(hq))
    try:
        enrolled = hq_service.enrol(db, " laptop-q ", tmp_path / "q.enrol", scope="country:TJ",
                                    hub="http://127.0.0.1:8765")
        assert enrolled.name == "laptop-q" and enrolled.scope == "country:TJ"
        assert enrolled.path.read_bytes().count(enrolled.secret.encode()) == 1
        assert enrolled.secret not in enrolled.qr_text()
        assert enrolled.hub in enrolled.qr_text()
        assert enrolled.fingerprint.replace(" ", "") in enrolled.qr_text()
        run("--data-dir", tmp_path / "q", "import", tmp_path / "q.enrol")
        laptop = Database.open(DataPaths(tmp_path / "q"))
        assert hq_service.hq_fingerprint(laptop) == enrolled.fingerprint
        laptop.close()
        assert [d.state for d in hq_service.devices(db)] == ["enrolled"]
    finally:
        db.close()


def test_devices_lists_each_laptop_with_what_headquarters_took_from_it(office):
    db, folder = office
    before = {d.name: d for d in hq_service.devices(db)}
    assert before["laptop-a"].state == before["laptop-b"].state == "enrolled"
    assert before["laptop-a"].bundles == 0 and before["laptop-a"].last_bundle_at is None
    assert before["laptop-a"].enrolled_at is not None
    [taken] = hq_service.take_in(db, [folder / "a1.fbk"])
    after = {d.name: d for d in hq_service.devices(db)}
    a = after["laptop-a"]
    assert (a.state, a.bundles, a.changes) == ("active", 1, taken.result.applied)
    assert a.changes > 0 and a.last_bundle_at >= a.enrolled_at
    assert a.return_waiting  # HQ's own device row, at least, has not reached it
    [sent] = hq_service.send_back(db, folder / "out", device="laptop-a")
    run("--data-dir", folder / "a", "import", sent.path)
    run("--data-dir", folder / "a", "export", "--to", folder / "a2.fbk")  # says what it merged
    hq_service.take_in(db, [folder / "a2.fbk"])
    assert not {d.name: d for d in hq_service.devices(db)}["laptop-a"].return_waiting
    AuditService(db).record("export", "a change made at headquarters")
    assert {d.name: d.return_waiting for d in hq_service.devices(db)}["laptop-a"]
    hq_service.revoke(db, "laptop-a")
    revoked = {d.name: d for d in hq_service.devices(db)}["laptop-a"]
    assert revoked.revoked and not revoked.return_waiting


def test_take_in_merges_each_file_on_its_own_and_a_refused_one_changes_nothing(office):
    db, folder = office
    (folder / "junk.fbk").write_bytes(b"not a bundle at all")
    receipts = folder / "stick" / "receipts"
    seen = []
    results = hq_service.take_in(db, [folder / "junk.fbk", folder / "a1.fbk",
                                      folder / "a1.fbk"], receipts,
                                 progress=lambda n, r: seen.append((n, r.path.name)))
    assert seen == [(1, "junk.fbk"), (2, "a1.fbk"), (3, "a1.fbk")]
    junk, first, again = results
    assert junk.refused and junk.receipt is None
    assert first.device_name == "laptop-a" and first.result.applied > 0 and not first.replay
    assert again.replay and again.receipt == first.receipt
    assert first.receipt.parent == receipts
    run("--data-dir", folder / "a", "import", first.receipt)  # the laptop takes it
    state = list(dump_lines(db))
    [refused] = hq_service.take_in(db, [folder / "junk.fbk"])
    assert refused.refused and list(dump_lines(db)) == state


def test_a_revoked_laptops_package_is_refused_and_changes_nothing(office):
    db, folder = office
    hq_service.revoke(db, "laptop-a")
    state = list(dump_lines(db))
    [result] = hq_service.take_in(db, [folder / "a1.fbk"])
    assert isinstance(result.error, RevokedDeviceError)
    assert list(dump_lines(db)) == state


def test_send_back_names_each_file_for_its_laptop_and_skips_those_not_yet_heard(office):
    db, folder = office
    hq_service.take_in(db, [folder / "a1.fbk"])
    out = folder / "out"
    sent = {s.name: s for s in hq_service.send_back(db, out)}
    assert isinstance(sent["laptop-b"].error, NotEnrolledError) and sent["laptop-b"].path is None
    a = sent["laptop-a"]
    assert a.path.parent == out and a.path.name.startswith("for-laptop-a-")
    run("--data-dir", folder / "a", "import", a.path)
    with pytest.raises(NotEnrolledError):
        hq_service.send_back(db, out, device="laptop-b")
    with pytest.raises(SyncNotFoundError):
        hq_service.send_back(db, out, device="no-such-laptop")


def test_return_file_names_keep_letters_and_drop_what_a_file_system_refuses():
    from datetime import date

    day = date(2026, 12, 2)
    assert hq_service.return_file_name("Ноутбук Оши", day) == "for-Ноутбук-Оши-2026-12-02.fbk"
    assert hq_service.return_file_name("../a/b:c", day) == "for-a-b-c-2026-12-02.fbk"
    assert hq_service.return_file_name("///", day) == "for-device-2026-12-02.fbk"


def test_hub_activity_reads_what_the_hub_recorded_per_laptop(tmp_path):
    assert hub_activity.HUB_FOLDER == HUB_FOLDER
    assert hub_activity.hub_activity(tmp_path) == {}
    state = HubState(tmp_path / HUB_FOLDER)
    state.remember_nonce("dev-1", "n1", 1_800_000_000, 0)
    state.remember_nonce("dev-2", "n2", 1_800_000_100, 0)
    upload = Upload("u1", "dev-1", "b1", 10, "00", 10, 1_800_000_050.0)
    state.add_upload(upload)
    state.store_bundle(upload, 1_800_000_060.0)
    state.mark_refused(Bundle("dev-1", "b1", "u1.fbk", "stored", None), "revoked")
    state.close()
    seen = hub_activity.hub_activity(tmp_path)
    assert seen["dev-1"].bundles == 1 and seen["dev-1"].refused == 1
    assert seen["dev-1"].last_request.timestamp() == 1_800_000_000
    assert seen["dev-2"].bundles == 0 and seen["dev-2"].last_upload is None
    recent = hub_activity.recent_requests(tmp_path)
    assert [(r.device_id, r.kind) for r in recent] == [
        ("dev-2", "request"), ("dev-1", "refused"), ("dev-1", "request")]
    assert recent[1].reason == "revoked"


def test_hub_running_follows_the_serve_lock(tmp_path):
    assert not hub_activity.hub_running(tmp_path)
    (tmp_path / HUB_FOLDER).mkdir()
    with open(tmp_path / HUB_FOLDER / hub_activity.LOCK_FILE, "a") as lock:
        assert not hub_activity.hub_running(tmp_path)
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert hub_activity.hub_running(tmp_path)
    assert not hub_activity.hub_running(tmp_path)


def test_hub_command_starts_a_real_hub_for_the_folder_and_it_stops_cleanly(tmp_path):
    hq = tmp_path / "hq"
    run("--data-dir", hq, "hq", "init")
    db = Database.open(DataPaths(hq))
    try:
        argv, env = hq_service.hub_command(db, "127.0.0.1", 0)
        child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True)
        try:
            line = child.stdout.readline()
            assert f"serving headquarters {db.device_id} at http://127.0.0.1:" in line
            assert hub_activity.hub_running(hq)
            url = line.split(" at ", 1)[1].strip()
            assert _answers(url + "/openapi.json")  # serving, its signal handlers in place
        finally:
            child.terminate()
            assert child.wait(timeout=30) == 0
        assert not hub_activity.hub_running(hq)
    finally:
        db.close()


def _answers(url: str) -> bool:
    import time

    import httpx

    for _ in range(100):
        try:
            return httpx.get(url, timeout=2).status_code == 200
        except httpx.TransportError:
            time.sleep(0.1)
    return False


def test_enrolment_refuses_a_blank_or_taken_name_a_bad_hub_or_scope_and_writes_nothing(
        tmp_path):
    from app.sync.scope import ScopeError

    run("--data-dir", tmp_path / "hq", "hq", "init")
    db = Database.open(DataPaths(tmp_path / "hq"))
    try:
        hq_service.enrol(db, "laptop-a", tmp_path / "a.enrol")
        out = tmp_path / "x.enrol"
        for name, kwargs, error in (("  ", {}, hq_service.DeviceNameError),
                                    ("laptop-a", {}, hq_service.DeviceNameError),
                                    ("laptop-x", {"hub": "ftp://nowhere"},
                                     hq_service.HubAddressError),
                                    ("laptop-x", {"scope": "country:XX"}, ScopeError)):
            with pytest.raises(error):
                hq_service.enrol(db, name, out, **kwargs)
            assert not out.exists()
        assert [d.name for d in hq_service.devices(db)] == ["laptop-a"]
        hq_service.revoke(db, "laptop-a")  # a revoked laptop's name is free again
        assert hq_service.enrol(db, "laptop-a", out).name == "laptop-a"
    finally:
        db.close()
