"""Sync: export, import at headquarters and bundle size on 100,000 field changes.

12,500 trainings of 8 logged fields (Cyrillic and Latin text, dates, ids) are
written on an enrolled device. Figures, each against a baseline in this run:
- export (read, reduce, encode, sign, encrypt) against a bare pipeline over
  the same change-log rows: select, `json.dumps`, zip (deflate), age-encrypt;
- import at headquarters (decrypt, verify, decode, merge into a fresh HQ)
  against a bare last-writer-wins upsert of the same 100,000 change rows
  (`INSERT … ON CONFLICT … DO UPDATE … WHERE excluded.hlc > hlc`);
- bundle size against `xz -9` of the canonical JSONL of the same changes;
- the whole round through files (export, HQ import, return bundle, merged on a
  second device) against the two bare baselines together.
"""

from __future__ import annotations

import io
import json
import lzma
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from app.domain.ids import uuid7
from app.services import Services
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import crypto, hq
from app.sync.device import export_bundle
from app.sync.identity import HQ_AGE, accept_enrolment, enrol, get_state, init_hq, parse_enrolment

RECORDS = 12_500
REPEAT = 3

_WORDS = ("права женщин правовая грамотность молодёжь медиа цифровая безопасность "
          "экология гражданское общество Бишкек Ош Душанбе Худжанд Алматы Нарын "
          "legal literacy workshop youth democracy media gender budget advocacy "
          "Osh Bishkek Dushanbe training session forum seminar").split()


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def _write_trainings(db: Database, project_id: str) -> None:
    rng = random.Random(7)
    start = date(2026, 1, 1)
    with db.session() as session:
        rows = []
        for n in range(RECORDS):
            first = start + timedelta(days=rng.randrange(365))
            rows.append({"id": uuid7(), "hlc": db.clock.tick(), "p": project_id,
                         "title": f"{_text(rng, 3).capitalize()} {n}", "topic": _text(rng, 5),
                         "place": _text(rng, 2), "s": first.isoformat(),
                         "e": (first + timedelta(days=rng.randrange(1, 5))).isoformat()})
        session.execute(text(
            "INSERT INTO training (id, hlc, deleted, project_id, activity_id, title, topic, "
            "place, start_date, end_date) VALUES (:id, :hlc, 0, :p, NULL, :title, :topic, "
            ":place, :s, :e)"), rows)


def _best(fn, prepare=None) -> float:
    times = []
    for _ in range(REPEAT):
        arg = prepare() if prepare else None
        started = time.perf_counter()
        fn(arg) if prepare else fn()
        times.append(time.perf_counter() - started)
    return min(times)


def _rows(device: Database) -> list[tuple]:
    with sqlite3.connect(device.paths.database) as conn:
        rows = conn.execute("SELECT tbl, row_id, field, value, hlc, device_id FROM change_log "
                            "WHERE seq > 0 AND device_id = ? AND tbl = 'training'",
                            (device.device_id,)).fetchall()
    conn.close()
    return rows


def _bare_export(device: Database, recipient: str) -> bytes:
    with sqlite3.connect(device.paths.database) as conn:
        rows = conn.execute("SELECT seq, tbl, row_id, field, value, hlc, device_id "
                            "FROM change_log WHERE seq > 0 AND device_id = ?",
                            (device.device_id,)).fetchall()
    conn.close()
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("changes.jsonl", lines)
    return crypto.encrypt(buffer.getvalue(), recipient)


def _bare_upsert(folder: Path, rows: list[tuple]) -> None:
    with sqlite3.connect(folder / "bare.db") as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS f (tbl TEXT, row_id TEXT, field TEXT, "
                     "value TEXT, hlc TEXT, device_id TEXT, PRIMARY KEY (tbl, row_id, field))")
        conn.executemany(
            "INSERT INTO f VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, field) DO "
            "UPDATE SET value = excluded.value, hlc = excluded.hlc, "
            "device_id = excluded.device_id WHERE excluded.hlc > f.hlc", rows)
    conn.close()
    (folder / "bare.db").unlink()


def _xz9(data: bytes) -> int:
    if shutil.which("xz"):
        return len(subprocess.run(["xz", "-9", "-c"], input=data, capture_output=True,
                                  check=True).stdout)
    return len(lzma.compress(data, preset=9))


def _canonical_jsonl(rows: list[tuple]) -> bytes:
    keys = ("tbl", "row_id", "field", "value", "hlc", "device_id")
    return "".join(json.dumps({**dict(zip(keys, r, strict=True)), "value": json.loads(r[3])},
                              sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
                   for r in rows).encode()


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        hq_db = Database.open(DataPaths(root / "hq"), create=True, device_name="hq")
        init_hq(hq_db)
        device = accept_enrolment(DataPaths(root / "dev"), parse_enrolment(enrol(hq_db, "dev")))
        other = accept_enrolment(DataPaths(root / "other"),
                                 parse_enrolment(enrol(hq_db, "other")))
        hq.import_bundle(hq_db, export_bundle(other).data)  # pins the second device
        other.close()
        s = Services(device)
        partner = s.partners.create(name="Общественный фонд «Ош»", country="KG")
        project = s.projects.create(partner_id=partner.id, title="Права", country="KG")
        _write_trainings(device, project.id)
        with hq_db.session() as session:
            recipient = get_state(session, HQ_AGE)
        hq_db.close()

        rows = _rows(device)
        export_s = _best(lambda: export_bundle(device))
        bare_export_s = _best(lambda: _bare_export(device, recipient))
        data = export_bundle(device).data

        copies = iter(range(REPEAT * 4))

        def fresh_hq():
            target = root / f"hq{next(copies)}"
            shutil.copytree(root / "hq", target)
            return Database.open(DataPaths(target))

        import_s = _best(lambda db: hq.import_bundle(db, data), fresh_hq)
        # The rest of the round: a return bundle to the second device, merged there.
        loaded = fresh_hq()
        hq.import_bundle(loaded, data)
        return_s = _best(lambda: hq.export_return(loaded, "other"))
        back = hq.export_return(loaded, "other")[1]
        from app.sync.device import import_return

        def fresh_other():
            target = root / f"other{next(copies)}"
            shutil.copytree(root / "other", target)
            return Database.open(DataPaths(target))

        merge_back_s = _best(lambda db: import_return(db, back), fresh_other)
        round_s = export_s + import_s + return_s + merge_back_s
        bare_dir = root / "bare"
        bare_dir.mkdir()
        upsert_s = _best(lambda: _bare_upsert(bare_dir, rows))

        all_rows = _rows(device)
        xz_bytes = _xz9(_canonical_jsonl(all_rows))
        training_changes = len(all_rows)
    return [
        ("sync export vs bare pipeline", export_s / bare_export_s,
         f"{export_s:.2f}s vs {bare_export_s:.2f}s, {training_changes:,} field changes "
         "(target ≤ 1.5)"),
        ("sync import at HQ vs bare LWW upsert", import_s / upsert_s,
         f"{import_s:.2f}s vs {upsert_s:.2f}s (target ≤ 2)"),
        ("sync bundle size vs xz -9 JSONL", len(data) / xz_bytes,
         f"{len(data) / 1e6:.2f} MB vs {xz_bytes / 1e6:.2f} MB (target ≤ 1.15)"),
        ("sync full round vs bare export+upsert", round_s / (bare_export_s + upsert_s),
         f"{round_s:.2f}s: export, HQ import, return bundle, merged on a second device "
         "(PouchDB replication of the same records: about 10 s)"),
    ]


if __name__ == "__main__":
    for name, ratio, note in run():
        print(f"{name:<40}{ratio:>7.2f}  {note}")
