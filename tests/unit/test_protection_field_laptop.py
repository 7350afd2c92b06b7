"""The issue's acceptance, end to end: a field laptop with a passphrase records a
workshop with named participants, syncs, closes; no file it wrote shows a name."""

from __future__ import annotations

from app.protection.unlock import lock, unlock
from app.services import Services
from app.storage import sealing
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync.device import import_receipt
from app.sync.hq import import_bundle
from app.sync.identity import accept_enrolment, enrol, init_hq, parse_enrolment
from app.sync.service import SyncService

NAMES = ("Айжан Сыдыкова", "Temir Abdyrakhmanov", "Нилуфар Рахимова")
CODES = ("OSH-4T7Q2", "OSH-9K3M5", "OSH-2B8X6")


def every_byte_under(root) -> list[tuple[str, bytes]]:
    return [(str(p.relative_to(root)), p.read_bytes()) for p in root.rglob("*") if p.is_file()]


def test_a_protected_laptop_leaves_no_name_or_code_in_any_file_it_wrote(tmp_path):
    hq = Database.open(DataPaths(tmp_path / "hq"), create=True, device_name="hq")
    init_hq(hq)
    enrolment = parse_enrolment(enrol(hq, "laptop"))
    paths = DataPaths(tmp_path / "laptop")
    # first run: the passphrase is set before anything is written
    unlock(paths, "high steppe wind", create=True, device_id=enrolment.device_id,
           device_name=enrolment.device_name).close()
    laptop = accept_enrolment(paths, enrolment)
    assert laptop.encrypted

    services = Services(laptop)
    partner = services.partners.create(name="Labrys", country="KG")
    project = services.projects.create(partner_id=partner.id, title="Safe spaces",
                                       country="KG", start_date="2026-02-01", share_names=True)
    training = services.trainings.create(project_id=project.id, title="Digital security")
    meeting = services.sessions.create(training_id=training.id, held_on="2026-02-03")
    for name, code in zip(NAMES, CODES, strict=True):
        services.attendance.add_walk_in(meeting.id, code=code, name=name, gender="female")

    bundle = paths.bundles / "laptop-1.fbz"
    paths.bundles.mkdir(parents=True, exist_ok=True)
    SyncService(laptop).export_to(bundle)
    receipt = import_bundle(hq, bundle.read_bytes()).receipt
    import_receipt(laptop, receipt.encode())
    lock(laptop)
    hq.close()

    files = every_byte_under(paths.root)
    assert {"faltbok.db", "bundles/laptop-1.fbz"} <= {name for name, _ in files}
    key_files = [data for name, data in files if name.startswith("keys/")]
    assert key_files and all(sealing.is_sealed(data) for data in key_files)
    for name, data in files:
        for secret in NAMES + CODES:
            assert secret.encode() not in data, f"{secret} in {name}"
