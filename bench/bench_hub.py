"""The hub on loopback: many laptops uploading at once, and a full round over
HTTP against the same round through files.

Figures, each against a baseline measured in this run:
- 50 simulated laptops (real enrolled data folders, real signed bundles)
  each upload 10 bundles at the same time through a real `faltbok hq serve`;
  every bundle must be merged exactly once (lost and duplicated: must be 0).
  Bundles per second and the p95 latency of an upload (create, PATCH, stored
  durably) against writing the same bytes to files with fsync (file, then
  folder), with the same 50 threads;
- a full sync round over HTTP (`run_round` on the sending laptop: push,
  receipt, return bundle; then on a second laptop: its return bundle) against
  the same round through files (export, HQ import, receipt, return bundles
  merged on both laptops), on the 12,500 new trainings (100,000 field
  changes) of bench_sync's round.
  Both start from a warm headquarters (a running hub is): a third laptop's
  small round goes first, untimed. Best of three each. Goal ≤ 1.3×.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from app.services import Services
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import hq
from app.sync.device import export_bundle, import_receipt, import_return, record_export
from app.sync.http import tus
from app.sync.http.client import _enrol, run_round
from app.sync.http.outgoing import Outgoing
from app.sync.http.transport import Hub
from app.sync.identity import (
    DEVICE_SIGN_FILE,
    accept_enrolment,
    enrol,
    init_hq,
    parse_enrolment,
    require_role,
)
from app.sync.keystore import read_secret
from bench import bench_sync
from tests.unit.hubs import HubProcess

DEVICES, BUNDLES = 50, 10
ROUND_RECORDS = bench_sync.RECORDS  # 12,500 trainings: 100,000 field changes
ROUND_REPEAT = 3
MERGE_WAIT = 300.0


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _laptops(root: Path, hq_db: Database) -> list[tuple[Database, list[Outgoing]]]:
    """Enrolled laptops, each with BUNDLES bundle files (each a new partner, cumulative)."""
    laptops = []
    for i in range(DEVICES):
        db = accept_enrolment(DataPaths(root / f"d{i}"),
                              parse_enrolment(enrol(hq_db, f"laptop-{i}")))
        files = []
        for k in range(BUNDLES):
            Services(db).partners.create(name=f"Партнёр {i}-{k}", country="KG")
            result = export_bundle(db)
            path = root / f"d{i}" / f"{k}.fbk"
            path.write_bytes(result.data)
            files.append(Outgoing(result.bundle_id, path, result.changes, len(result.data),
                                  hashlib.sha256(result.data).hexdigest(), fresh=True))
        laptops.append((db, files))
    return laptops


def _concurrently(work, items) -> float:
    """Run `work(item)` for every item in its own thread; the wall time."""
    threads = [threading.Thread(target=work, args=(item,)) for item in items]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def _uploads(url: str, laptops) -> tuple[float, list[float], list[Exception]]:
    latencies, errors, lock = [], [], threading.Lock()

    def laptop(entry):
        db, files = entry
        state = require_role(db, "device")
        try:
            with Hub(url, db.device_id, read_secret(db.paths, DEVICE_SIGN_FILE),
                     _enrol(db, state)) as hub:
                for bundle in files:
                    started = time.perf_counter()
                    tus.upload(hub, bundle)
                    with lock:
                        latencies.append(time.perf_counter() - started)
        except Exception as error:  # noqa: BLE001 - counted as lost, reported
            with lock:
                errors.append(error)

    return _concurrently(laptop, laptops), latencies, errors


def _disk(root: Path, laptops) -> tuple[float, list[float]]:
    latencies, lock = [], threading.Lock()
    target = root / "disk"
    target.mkdir()

    def laptop(entry):
        _, files = entry
        for bundle in files:
            started = time.perf_counter()
            data = bundle.path.read_bytes()
            temp = target / f"{bundle.bundle_id}.part"
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            temp.replace(target / f"{bundle.bundle_id}.fbk")
            folder = os.open(target, os.O_RDONLY)
            os.fsync(folder)
            os.close(folder)
            with lock:
                latencies.append(time.perf_counter() - started)

    return _concurrently(laptop, laptops), latencies


def _receipts(url: str, laptops) -> list[str]:
    """Every bundle id the hub lists a receipt for, waiting for the merges."""
    deadline = time.monotonic() + MERGE_WAIT
    while True:
        listed = []
        for db, _ in laptops:
            state = require_role(db, "device")
            with Hub(url, db.device_id, read_secret(db.paths, DEVICE_SIGN_FILE),
                     _enrol(db, state)) as hub:
                after = 0
                while True:
                    doc = hub.request("GET", f"/receipts?after={after}").content
                    import json

                    page = json.loads(doc)
                    if not page["receipts"]:
                        break
                    listed += [r["bundle_id"] for r in page["receipts"]]
                    after = page["cursor"]
        if len(set(listed)) >= DEVICES * BUNDLES or time.monotonic() > deadline:
            return listed
        time.sleep(1.0)


def _many_laptops(root: Path) -> list[tuple[str, float, str]]:
    hq_db = Database.open(DataPaths(root / "hq"), create=True, device_name="hq")
    init_hq(hq_db)
    laptops = _laptops(root, hq_db)
    hq_db.close()
    disk_s, disk_lat = _disk(root, laptops)
    with HubProcess(root / "hq") as hub:
        hub_s, hub_lat, errors = _uploads(hub.url, laptops)
        merging = time.perf_counter()
        listed = _receipts(hub.url, laptops)
        merged_s = time.perf_counter() - merging
    sent = {b.bundle_id for _, files in laptops for b in files}
    lost = len(sent - set(listed))
    duplicated = len(listed) - len(set(listed))
    for db, _ in laptops:
        db.close()
    total = DEVICES * BUNDLES
    size = sum(b.size for _, files in laptops for b in files) / total
    return [
        ("bundles lost + duplicated (50 laptops × 10)", float(lost + duplicated),
         f"{lost} lost, {duplicated} duplicated of {total}; {len(errors)} upload errors; "
         f"all merged {merged_s:.1f}s after the last upload (must be 0)"),
        ("uploads/s vs fsync'd file writes", (total / hub_s) / (total / disk_s),
         f"{total / hub_s:.0f}/s vs {total / disk_s:.0f}/s, 50 concurrent, "
         f"{size / 1000:.1f} kB bundles"),
        ("p95 upload latency vs fsync'd file write", _p95(hub_lat) / _p95(disk_lat),
         f"{_p95(hub_lat) * 1000:.0f} ms vs {_p95(disk_lat) * 1000:.1f} ms"),
    ]


def _round_world(root: Path) -> None:
    """HQ, a laptop with ROUND_RECORDS new trainings and a second, pinned laptop."""
    hq_db = Database.open(DataPaths(root / "hq"), create=True, device_name="hq")
    init_hq(hq_db)
    sender = accept_enrolment(DataPaths(root / "dev"), parse_enrolment(enrol(hq_db, "dev")))
    other = accept_enrolment(DataPaths(root / "other"), parse_enrolment(enrol(hq_db, "other")))
    warm = accept_enrolment(DataPaths(root / "warm"), parse_enrolment(enrol(hq_db, "warm")))
    Services(warm).partners.create(name="Разогрев", country="KG")
    warm.close()
    first = export_bundle(other)
    record_export(other, first)
    import_receipt(other, hq.import_bundle(hq_db, first.data).receipt.encode())
    import_return(other, hq.export_return(hq_db, "other")[1])
    s = Services(sender)
    partner = s.partners.create(name="Общественный фонд «Ош»", country="KG")
    project = s.projects.create(partner_id=partner.id, title="Права", country="KG")
    bench_sync._write_trainings(sender, project.id)  # the records of bench_sync's round
    for db in (hq_db, sender, other):
        db.close()


def _copy(root: Path, name: str) -> dict[str, Database]:
    shutil.copytree(root / "world", root / name)
    return {n: Database.open(DataPaths(root / name / n))
            for n in ("hq", "dev", "other", "warm")}


def _file_round(dbs: dict[str, Database]) -> float:
    # a running HQ is warm: one small round first, untimed (as for the hub)
    warm = export_bundle(dbs["warm"])
    import_receipt(dbs["warm"], hq.import_bundle(dbs["hq"], warm.data).receipt.encode())
    started = time.perf_counter()
    sent = export_bundle(dbs["dev"])
    path = dbs["dev"].paths.root / "to-hq.fbk"
    path.write_bytes(sent.data)
    record_export(dbs["dev"], sent, str(path))
    receipt = hq.import_bundle(dbs["hq"], path.read_bytes()).receipt
    import_receipt(dbs["dev"], receipt.encode())
    import_return(dbs["dev"], hq.export_return(dbs["hq"], "dev")[1])
    import_return(dbs["other"], hq.export_return(dbs["hq"], "other")[1])
    return time.perf_counter() - started


def _http_round(dbs: dict[str, Database], url: str) -> float:
    run_round(dbs["warm"], url)  # a running hub is warm: one small round first, untimed
    started = time.perf_counter()
    pushed = run_round(dbs["dev"], url)
    fetched = run_round(dbs["other"], url)
    elapsed = time.perf_counter() - started
    assert pushed.bundles_sent == 1 and pushed.receipts == 1 and fetched.merged > 0
    return elapsed


def _full_round(root: Path) -> list[tuple[str, float, str]]:
    _round_world(root / "world")
    files, http = [], []
    for n in range(ROUND_REPEAT):  # the best of a few: a busy machine only adds time
        dbs = _copy(root, f"files{n}")
        files.append(_file_round(dbs))
        for db in dbs.values():
            db.close()
        dbs = _copy(root, f"http{n}")
        dbs["hq"].close()
        with HubProcess(root / f"http{n}" / "hq") as hub:
            http.append(_http_round(dbs, hub.url))
        for db in dbs.values():
            db.close()
    return [("full round over HTTP vs through files", min(http) / min(files),
             f"{min(http):.2f}s vs {min(files):.2f}s, {ROUND_RECORDS * 8:,} field changes "
             "(goal ≤ 1.3)")]


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "many").mkdir()
        (root / "round").mkdir()
        return _many_laptops(root / "many") + _full_round(root / "round")


if __name__ == "__main__":
    for name, ratio, note in run():
        print(f"{name:<50}{ratio:>7.2f}  {note}")
