"""A demo laptop that has really synced, for the Sync page's screenshots.

`synced_demo` takes a demo database, makes a headquarters beside it, enrols
the laptop, and runs one real round through files: a package out, its
receipt back; then headquarters and the laptop change the same partner's
region, the return bundle brings a conflict, and a second package waits for
its receipt. Everything goes through `SyncService` and `HqService`, as the
app and the CLI do, so the screenshot shows what a user would see.
"""

from __future__ import annotations

import time
from pathlib import Path

from app.services import Services
from app.services.data_folder import Database, DataPaths
from app.sync.service import HqService, SyncService, enrol_from_bytes


def synced_demo(paths: DataPaths, db: Database, folder: Path) -> Database:
    """Returns the laptop's database, reopened under its enrolled identity."""
    hq_db = Database.open(DataPaths(folder / "hq"), create=True, device_name="headquarters")
    hq = HqService(hq_db)
    hq.init()
    enrolment = hq.enrol("laptop-osh")
    db.close()
    laptop = enrol_from_bytes(paths, enrolment)
    device = SyncService(laptop)
    first = folder / "faltbok-laptop-osh-1.fbk"
    device.export_to(first)
    device.import_bytes(hq.import_bytes(first.read_bytes()).receipt.encode())
    partner = Services(laptop).partners.list(order_by="name")[0]
    Services(hq_db).partners.update(partner.id, region="Баткен")
    time.sleep(0.01)  # the laptop's edit is the later one: it wins, HQ's is set aside
    Services(laptop).partners.update(partner.id, region="Нарын")
    _peer, data, _count = hq.export_return("laptop-osh")
    device.import_bytes(data)
    device.export_to(folder / "faltbok-laptop-osh-2.fbk")
    hq_db.close()
    return laptop
