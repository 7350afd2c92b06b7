"""Devices syncing through a real `faltbok hq serve` on 127.0.0.1 (no mocked
HTTP): convergence of three laptops, the quiet round, uploads cut off by a
loopback proxy or interrupted and resumed, and a revoked laptop."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.services import Services
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import attachments
from app.sync.http import outgoing, transport, tus
from app.sync.http.client import run_round
from app.sync.http.errors import RoundCancelledError
from app.sync.service import SyncService
from tests.unit.hubs import CutOffProxy, HubProcess


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *argv) -> str:
    code, out, err = cli(capsys, *argv)
    assert code == 0, err
    return out


@pytest.fixture(scope="module")
def hub_world(tmp_path_factory):
    """HQ with a running hub and three enrolled laptops (folder paths), and a
    fourth ("revoked") for the revocation test."""
    root = tmp_path_factory.mktemp("hubworld")
    hq = root / "hq"
    assert main(["--data-dir", str(hq), "hq", "init"]) == 0
    hub = HubProcess(hq).start()
    laptops = {}
    for name in ("a", "b", "c", "revoked"):
        enrolment = root / f"{name}.enrol"
        assert main(["--data-dir", str(hq), "hq", "enrol", f"laptop-{name}", "--out",
                     str(enrolment), "--hub", hub.url]) == 0
        assert main(["--data-dir", str(root / name), "import", str(enrolment)]) == 0
        laptops[name] = root / name
    doomed = laptops.pop("revoked")
    yield hub, hq, laptops, doomed
    hub.stop()


def _db_bytes(folder: Path) -> bytes:
    paths = DataPaths(folder)
    return b"".join(p.read_bytes() for p in paths.database_files() if p.exists())


def test_three_laptops_converge_through_the_hub_and_then_rounds_are_quiet(hub_world, capsys):
    hub, hq, laptops, _ = hub_world
    for n, (name, folder) in enumerate(laptops.items()):
        db = Database.open(DataPaths(folder))
        s = Services(db)
        partner = s.partners.create(name=f"Партнёр {name}", country="KG")
        s.projects.create(partner_id=partner.id, title=f"Проект {n}", country="KG")
        if name == "a":  # a participant's name stays on the laptop (no project shares it)
            s.participants.create(code="OSH-000001", name="Нургуль", gender="female",
                                  age_band="25_34")
        db.close()
    lines = {name: ok(capsys, "--data-dir", str(f), "sync").strip()
             for name, f in laptops.items()}
    assert all(line.startswith("sent ") and "1 bundle" in line for line in lines.values())
    # b edits what a made; the next rounds carry it to everyone
    db = Database.open(DataPaths(laptops["b"]))
    theirs = [p for p in Services(db).partners.list() if p.name == "Партнёр a"]
    Services(db).partners.update(theirs[0].id, region="Ош")
    db.close()
    for _ in range(3):
        said = [ok(capsys, "--data-dir", str(f), "sync").strip() for f in laptops.values()]
    assert said == ["nothing new"] * 3
    # quiet: another round everywhere changes not one byte of any replica
    before = {name: _db_bytes(f) for name, f in [("hq", hq), *laptops.items()]}
    outgoing_before = {name: sorted(os.listdir(f / "bundles" / "outgoing"))
                       for name, f in laptops.items()}
    for folder in laptops.values():
        assert ok(capsys, "--data-dir", str(folder), "sync").strip() == "nothing new"
    assert {name: _db_bytes(f) for name, f in [("hq", hq), *laptops.items()]} == before
    assert {name: sorted(os.listdir(f / "bundles" / "outgoing"))
            for name, f in laptops.items()} == outgoing_before == {n: [] for n in laptops}
    # then the replicas alike (last: each dump adds its audit event, a change to send)
    dumps = {name: ok(capsys, "--data-dir", str(f), "dump") for name, f in
             [("hq", hq), *laptops.items()]}
    assert dumps["hq"] == dumps["b"] == dumps["c"]
    assert '"region":"Ош"' in dumps["hq"]
    named = [line for line in dumps["a"].splitlines() if '"table":"participant"' in line]
    assert named and "Нургуль" in named[0] and "Нургуль" not in dumps["hq"]

    def shareable(text):
        return [line for line in text.splitlines() if '"table":"participant"' not in line]

    assert shareable(dumps["a"]) == shareable(dumps["hq"])


def _headquarters_and_laptop(root: Path, hub_url: str | None = None) -> None:
    """`root/hq` made headquarters (unless it is already) and `root/dev` enrolled
    with it as laptop "field" (naming the hub when given)."""
    if not (root / "hq").exists():
        assert main(["--data-dir", str(root / "hq"), "hq", "init"]) == 0
    hub = ["--hub", hub_url] if hub_url else []
    assert main(["--data-dir", str(root / "hq"), "hq", "enrol", "field", "--out",
                 str(root / "f.enrol"), *hub]) == 0
    assert main(["--data-dir", str(root / "dev"), "import", str(root / "f.enrol")]) == 0


def _big_field_report(folder: Path, size: int) -> None:
    """A field report citing an incompressible attachment of `size` bytes."""
    db = Database.open(DataPaths(folder))
    blob = os.urandom(size)
    digest = hashlib.sha256(blob).hexdigest()
    attachments.store(db.paths, {digest: blob})
    s = Services(db)
    partner = s.partners.create(name="Партнёр с фото", country="TJ")
    s.field_reports.create(partner_id=partner.id, visited_on="2026-03-01", notes="фото",
                           attachments=[digest])
    db.close()


def test_an_upload_cut_off_several_times_completes_without_resending_much(
        tmp_path, monkeypatch):
    root = tmp_path
    _headquarters_and_laptop(root)
    _big_field_report(root / "dev", 600_000)
    monkeypatch.setattr(tus, "CHUNK", 32 << 10)
    with HubProcess(root / "hq") as hub:
        proxy = CutOffProxy(hub.port, after=100_000, cuts=3)
        db = Database.open(DataPaths(root / "dev"))
        try:
            result = run_round(db, proxy.url)
        finally:
            proxy.close()
        [bundle] = SyncService(db).exported_bundles()
        bundle_bytes = bundle.bytes
        db.close()
        assert bundle_bytes > 600_000 and result.bundles_sent == 1 and result.receipts == 1
        assert proxy.cut == 3
        assert proxy.received <= 1.3 * bundle_bytes
        assert result.bytes_sent <= 1.3 * bundle_bytes
        dumps = [json.loads(line) for line in _dump(root / "hq")]
    reports = [d for d in dumps if d["table"] == "field_report"]
    assert reports and (root / "hq" / "attachments").is_dir()
    assert len(list((root / "hq" / "attachments").iterdir())) == 1


def _dump(folder: Path) -> list[str]:
    from app.services.dump import dump_lines

    db = Database.open(DataPaths(folder))
    try:
        return list(dump_lines(db))
    finally:
        db.close()


class Cancel:
    cancelled = False


def test_a_round_interrupted_mid_upload_resumes_from_the_hubs_offset(tmp_path, monkeypatch):
    root = tmp_path
    assert main(["--data-dir", str(root / "hq"), "hq", "init"]) == 0
    with HubProcess(root / "hq") as hub:
        _headquarters_and_laptop(root, hub.url)
        _big_field_report(root / "dev", 400_000)
        monkeypatch.setattr(tus, "CHUNK", 64 << 10)
        cancel, seen = Cancel(), []

        def progress(sent, total):
            seen.append((sent, total))
            cancel.cancelled = sent >= total // 2  # the app is closed halfway

        db = Database.open(DataPaths(root / "dev"))
        with pytest.raises(RoundCancelledError):
            run_round(db, cancel=cancel, progress=progress)
        stopped_at, total = seen[-1]
        kept = list(outgoing.folder(db).iterdir())
        db.close()
        assert 0 < stopped_at < total and {p.suffix for p in kept} == {".fbk", ".upload"}
        # the app starts again: a new database object, the same data folder
        db = Database.open(DataPaths(root / "dev"))
        seen.clear()
        result = run_round(db, progress=lambda sent, total: seen.append(sent))
        db.close()
        assert seen[0] == stopped_at  # continued at the hub's offset, not at zero
        assert result.bytes_sent == total - stopped_at
        assert result.bundles_sent == 1 and result.receipts == 1
        assert list((root / "dev" / "bundles" / "outgoing").iterdir()) == []


def test_a_revoked_laptop_gets_its_own_line_and_exit_code_and_exports_nothing(hub_world,
                                                                                 capsys):
    hub, hq, _, folder = hub_world
    assert cli(capsys, "--data-dir", str(folder), "sync")[0] == 0
    assert cli(capsys, "--data-dir", str(hq), "hq", "revoke", "laptop-revoked")[0] == 0
    db = Database.open(DataPaths(folder))
    Services(db).partners.create(name="После отзыва", country="KG")
    before = (SyncService(db).exported_bundles(), _db_bytes(folder))
    db.close()
    code, out, err = cli(capsys, "--data-dir", str(folder), "sync")
    assert (code, out) == (14, "")
    assert err == "faltbok: headquarters refused this laptop: it is revoked\n"
    db = Database.open(DataPaths(folder))
    assert (SyncService(db).exported_bundles(), _db_bytes(folder)) == before
    db.close()


def test_a_hub_of_another_headquarters_is_refused_before_anything_is_sent(hub_world, tmp_path,
                                                                      capsys):
    """A laptop pointed at some other headquarters' hub stops before sending."""
    _, _, laptops, _ = hub_world
    other = tmp_path / "other-hq"
    assert main(["--data-dir", str(other), "hq", "init"]) == 0
    with HubProcess(other) as stranger:
        code, _, err = cli(capsys, "--data-dir", str(laptops["c"]), "sync", "--hub",
                           stranger.url)
    assert code == 15 and "another headquarters" in err


def test_a_lost_answer_to_the_last_patch_neither_resends_nor_duplicates_the_bundle(
        tmp_path):
    root = tmp_path
    _headquarters_and_laptop(root)
    _big_field_report(root / "dev", 50_000)
    with HubProcess(root / "hq") as hub:
        proxy = CutOffProxy(hub.port, after=40_000, cuts=1, mute=True)
        db = Database.open(DataPaths(root / "dev"))
        try:
            result = run_round(db, proxy.url)
        finally:
            proxy.close()
        [bundle] = SyncService(db).exported_bundles()
        db.close()
        assert proxy.cut == 1 and bundle.acknowledged
        assert (result.bundles_sent, result.receipts) == (1, 1)
        assert result.bytes_sent == bundle.bytes  # the bundle went once, not twice
    assert len(list((root / "hq" / "hub" / "inbox").iterdir())) == 1
    hq_db = Database.open(DataPaths(root / "hq"))
    with hq_db.session() as session:
        receipts = session.scalar(text("SELECT count(*) FROM sync_receipt"))
    hq_db.close()
    assert receipts == 1


def test_a_sync_process_killed_mid_upload_resumes_from_the_hubs_offset(tmp_path):
    root = tmp_path
    _headquarters_and_laptop(root)
    _big_field_report(root / "dev", 700_000)
    with HubProcess(root / "hq") as hub:
        # answers stop after the first chunk: the second arrives whole, but the
        # laptop never hears so and is killed while it waits
        proxy = CutOffProxy(hub.port, after=tus.CHUNK + 8_000, cuts=1, mute=True, hold=60)
        sync = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(root / "dev"),
                                 "sync", "--hub", proxy.url], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        parts = root / "hq" / "hub" / "uploads"
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size >= 2 * tus.CHUNK for p in parts.glob("*.part")):
            assert time.monotonic() < deadline and sync.poll() is None
            time.sleep(0.05)
        time.sleep(0.5)  # the hub fsyncs and moves its offset
        sync.send_signal(signal.SIGKILL)
        sync.wait()
        proxy.close()
        db = Database.open(DataPaths(root / "dev"))
        seen = []
        result = run_round(db, hub.url, progress=lambda sent, total: seen.append(sent))
        [bundle] = SyncService(db).exported_bundles()
        db.close()
    assert seen[0] == 2 * tus.CHUNK  # the hub's offset: neither zero nor a lost chunk
    assert result.bytes_sent == bundle.bytes - 2 * tus.CHUNK
    assert result.bundles_sent == 1 and bundle.acknowledged


def test_a_laptop_whose_clock_is_an_hour_off_signs_by_the_hubs_clock(hub_world, capsys,
                                                                       monkeypatch):
    _, _, laptops, _ = hub_world
    db = Database.open(DataPaths(laptops["c"]))
    Services(db).partners.create(name="Часы отстают", country="KG")
    db.close()
    monkeypatch.setattr(transport, "clock", lambda: time.time() - 3600)
    code, out, err = cli(capsys, "--data-dir", str(laptops["c"]), "sync")
    assert code == 0, err
    assert out.startswith("sent ")


def test_every_database_write_of_a_round_runs_through_the_write_hand_off(hub_world, tmp_path):
    """The app hands a round's writes to its one serial writer (`write=`): every
    INSERT/UPDATE/DELETE of a round that exports, takes receipts and merges a
    return bundle must run inside that hand-off, none on the network thread."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import event

    hub, hq, laptops, _ = hub_world
    enrolment = tmp_path / "w.enrol"
    assert main(["--data-dir", str(hq), "hq", "enrol", "laptop-w", "--out", str(enrolment),
                 "--hub", hub.url]) == 0
    folder = tmp_path / "w"
    assert main(["--data-dir", str(folder), "import", str(enrolment)]) == 0
    # something to send, and (from laptop a) something to receive
    a = Database.open(DataPaths(laptops["a"]))
    Services(a).partners.create(name="Партнёр для w", country="TJ")
    a.close()
    assert main(["--data-dir", str(laptops["a"]), "sync"]) == 0
    db = Database.open(DataPaths(folder))
    Services(db).partners.create(name="Partner of w", country="KZ")
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="writer")
    writer_thread = writer.submit(threading.get_ident).result()
    outside: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def watch(conn, cursor, statement, parameters, context, executemany):
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb in ("INSERT", "UPDATE", "DELETE", "REPLACE") \
                and threading.get_ident() != writer_thread:
            outside.append(statement.split("\n", 1)[0][:80])

    try:
        result = run_round(db, write=lambda fn: writer.submit(fn).result())
    finally:
        event.remove(db.engine, "before_cursor_execute", watch)
        writer.shutdown()
    assert result.bundles_sent == 1 and result.receipts == 1 and result.merged > 0
    assert outside == []
    db.close()
