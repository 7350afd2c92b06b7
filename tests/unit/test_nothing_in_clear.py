"""The issue's promise, checked last: with a passphrase set, every feature that writes
files, used through the app's own code, leaves no participant's name, contact or code
readable in any byte under the data folder or the temp folders.

The secrets are fresh random strings (Latin and Cyrillic), so a hit can only come
from this test's own data; each is searched as UTF-8, UTF-16 (both byte orders) and
in lower and upper case. The attendance sheet (a Qt printout) is searched the same
way in tests/ui/test_attendance_sheet_export.py.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from alembic import command

from app.protection.unlock import lock, unlock
from app.services import Services, attachments, exports, privacy
from app.services.audit import AuditService
from app.services.current_user import set_current_user
from app.storage import cipher, migrate
from app.storage.engine import open_engine
from app.storage.paths import DataPaths
from app.sync.identity import accept_enrolment, enrol, init_hq, parse_enrolment
from app.sync.service import HqService, SyncService

PASSPHRASE = "seven winters over the steppe"
OLDER_SCHEMA = "0006"  # one before head on this branch: opening it migrates, with a backup


def _random_secrets() -> dict[str, list[str]]:
    def latin() -> str:
        return "Qx" + secrets.token_hex(6)

    def cyrillic() -> str:
        return "Жю" + "".join(secrets.choice("абвгдежзиклмнопрстуфхцчшщэюя") for _ in range(10))

    return {"name": [f"{latin()} {cyrillic()}" for _ in range(3)],
            "contact": [f"+996{secrets.randbelow(10**9):09d}{latin()}" for _ in range(3)],
            "code": [f"OSH-{latin().upper()}" for _ in range(3)],
            "partner_contact": [f"{latin()}@example.org"]}


def _needles(values: list[str]) -> list[tuple[str, bytes]]:
    found = []
    for value in values:
        for variant in {value, value.lower(), value.upper()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found.append((f"{value!r} as {encoding}", variant.encode(encoding)))
    return found


def _every_file(roots: list[Path]) -> list[Path]:
    files = []
    for root in roots:
        if root.is_file() and not root.is_symlink():
            files.append(root)
        elif root.is_dir() and not root.is_symlink():
            files += [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return files


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # another process's temp file, gone or not ours to read
        return b""


def _use_every_file_writer(tmp_path: Path, paths: DataPaths, found: dict[str, list[str]]):
    """Every feature that writes files, through the app's own code.

    The attachment's content and file name are among `found`'s strings.
    """
    hq_paths = DataPaths(tmp_path / "hq")
    hq = unlock(hq_paths, PASSPHRASE, create=True, device_name="hq")
    init_hq(hq)
    enrolment = parse_enrolment(enrol(hq, "laptop"))
    unlock(paths, PASSPHRASE, create=True, device_id=enrolment.device_id,
           device_name=enrolment.device_name).close()
    laptop = accept_enrolment(paths, enrolment)
    assert laptop.encrypted and hq.encrypted

    services = Services(laptop)
    user = services.users.create(name="Field coordinator", role="coordinator",
                                 secret=PASSPHRASE)
    set_current_user(laptop, user.id, secret=PASSPHRASE)
    partner = services.partners.create(name="Labrys", country="KG",
                                       contact=found["partner_contact"][0])
    project = services.projects.create(partner_id=partner.id, title="Safe spaces",
                                       country="KG", start_date="2026-02-01")
    training = services.trainings.create(project_id=project.id, title="Digital security")
    meeting = services.sessions.create(training_id=training.id, held_on="2026-02-03")
    people = []
    for name, contact, code in zip(found["name"][:2], found["contact"][:2],
                                   found["code"][:2], strict=True):
        person = services.participants.create(code=code, name=name, contact=contact,
                                              gender="female")
        services.attendance.add_to_roster(training.id, person.id)
        services.attendance.mark(meeting.id, person.id)
        people.append(person.id)
    walk_in = services.attendance.add_walk_in(meeting.id, code=found["code"][2],
                                              name=found["name"][2],
                                              contact=found["contact"][2], gender="male")
    # an attachment: a scan naming people, under a file name that is a code; the
    # person's own file is theirs (removed here), what the app keeps is its business
    scan = tmp_path / f"{found['code'][0]}.txt"
    scan.write_text(f"Signed: {found['name'][0]}, {found['contact'][0]}\n", encoding="utf-8")
    attached = attachments.add_file(paths, scan)
    scan.unlink()
    services.field_reports.create(partner_id=partner.id, visited_on="2026-02-04",
                                  notes="Visit after the workshop",
                                  attachments=[attached.entry])
    viewed = attachments.open_copy(paths, attached.entry)  # as Open does, then closed
    assert found["name"][0] in viewed.read_text(encoding="utf-8")
    attachments.discard(paths, viewed)
    # the audit trail: names revealed, and an export with its event
    assert len(privacy.reveal_names(laptop, [*people, walk_in.id])) == 3
    present = services.attendance.present_ids(meeting.id)
    sheet = exports.plan(laptop, "attendance_sheet", paths.root / "tmp" / "sheet.pdf")
    exports.record(laptop, sheet, rows=len(present))  # the sheet itself: tests/ui
    # a sync bundle out, the receipt and a return bundle in
    stick = tmp_path / "stick"
    stick.mkdir()
    SyncService(laptop).export_to(stick / "laptop-1.fbz")
    hq_sync = HqService(hq)
    receipt = hq_sync.import_bytes((stick / "laptop-1.fbz").read_bytes()).receipt
    (stick / "receipt.fbr").write_text(receipt)
    Services(hq).partners.create(name="Headquarters' partner", country="TJ")
    (stick / "return.fbz").write_bytes(hq_sync.export_return("laptop")[1])
    laptop_sync = SyncService(laptop)
    laptop_sync.import_file(stick / "receipt.fbr")
    laptop_sync.import_file(stick / "return.fbz")
    assert AuditService(laptop).list(action="export")
    assert AuditService(laptop).list(action="view_names")
    lock(laptop)
    hq.close()
    # a migration backup: the same database one schema older, opened again
    engine = open_engine(paths.database, cipher.open_key(paths.database, PASSPHRASE))
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, OLDER_SCHEMA)
    engine.dispose()
    reopened = unlock(paths, PASSPHRASE)
    assert len(list(paths.backups.glob("*.db"))) == 1
    assert Services(reopened).participants.get(walk_in.id).code == found["code"][2]
    lock(reopened)


def test_with_a_passphrase_no_name_contact_or_code_is_readable_in_any_file(tmp_path):
    found = _random_secrets()
    system_temp = Path(tempfile.gettempdir())
    temp_before = set(os.listdir(system_temp))
    paths = DataPaths(tmp_path / "laptop")

    _use_every_file_writer(tmp_path, paths, found)

    written = {str(p.relative_to(tmp_path)) for p in _every_file([tmp_path])}
    assert {"laptop/faltbok.db", "stick/laptop-1.fbz", "stick/return.fbz",
            "hq/faltbok.db"} <= written
    assert any(name.startswith("laptop/backups/") for name in written)
    new_in_temp = [system_temp / n for n in set(os.listdir(system_temp)) - temp_before]
    needles = _needles([v for values in found.values() for v in values])
    hits = [f"{needle} in {path}" for path in _every_file([tmp_path, *new_in_temp])
            for data in [_read(path)] for needle, raw in needles if raw in data]
    assert hits == []
