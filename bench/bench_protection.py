"""Protection: what encryption at rest costs, measured against the same work in clear.

Figures (each a ratio encrypted / plain, same machine, same run):
- the small demo written into an encrypted database;
- 300 one-record units of work through the services (each opens a
  connection: this is where deriving the key once at unlock matters);
- `dump` of the small demo;
- `passphrase set` on the small demo against a plain file copy of it.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from pathlib import Path

from app.demo.generator import write_demo
from app.protection.passphrase import set_passphrase
from app.services import Services
from app.services.dump import write_dump
from app.storage.database import Database
from app.storage.paths import DataPaths

PASSPHRASE = "benchmark passphrase"


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _units(db: Database, count: int = 300) -> None:
    partner = Services(db).partners.create(name="Bench partner", country="KG")
    services = Services(db)
    for n in range(count):
        services.participants.create(code=f"B-{n:05d}", partner_id=partner.id)


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        plain = Database.open(DataPaths(root / "plain"), create=True)
        secret = Database.open(DataPaths(root / "secret"), create=True, passphrase=PASSPHRASE)
        demo_plain = _timed(lambda: write_demo(plain, "small", 3))
        demo_secret = _timed(lambda: write_demo(secret, "small", 3))
        units_plain = _timed(lambda: _units(plain))
        units_secret = _timed(lambda: _units(secret))
        dump_plain = _timed(lambda: write_dump(plain, io.BytesIO()))
        dump_secret = _timed(lambda: write_dump(secret, io.BytesIO()))
        plain.close()
        secret.close()
        copy = root / "copy.db"
        copy_time = _timed(lambda: shutil.copyfile(root / "plain" / "faltbok.db", copy))
        set_time = _timed(lambda: set_passphrase(DataPaths(root / "plain"), PASSPHRASE))
    return [
        ("small demo written, encrypted / plain", demo_secret / demo_plain,
         f"{demo_plain:.2f} s in clear"),
        ("300 one-record units of work, encrypted / plain", units_secret / units_plain,
         f"{units_plain * 1000 / 300:.1f} ms per unit in clear"),
        ("dump of the small demo, encrypted / plain", dump_secret / dump_plain,
         f"{dump_plain:.2f} s in clear"),
        ("passphrase set on the small demo / file copy", set_time / copy_time,
         f"{set_time:.2f} s, key derivations included"),
    ]
