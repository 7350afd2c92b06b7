"""A headquarters and enrolled devices in temporary folders, for the sync tests;
and the tests of enrolment itself."""

from __future__ import annotations

import pytest

from app.services import Services
from app.services.dump import dump_lines
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import hq as hq_ops
from app.sync.device import export_bundle, import_receipt, import_return, record_export
from app.sync.errors import SecondKeyError, UnknownDeviceError, WrongReplicaError
from app.sync.identity import accept_enrolment, enrol, init_hq, parse_enrolment


class World:
    """HQ plus devices; moves bytes between them like files on a USB stick."""

    def __init__(self, root, devices: int = 2):
        self.root = root
        self.hq = Database.open(DataPaths(root / "hq"), create=True, device_name="hq")
        init_hq(self.hq)
        self.devices = [self.enrol(f"laptop-{i}") for i in range(devices)]

    @classmethod
    def copy_of(cls, template: World, root) -> World:
        """A fresh copy of a closed world's folders, reopened (cheaper than enrolling)."""
        import shutil

        shutil.copytree(template.root, root, dirs_exist_ok=True)
        world = cls.__new__(cls)
        world.root = root
        world.hq = Database.open(DataPaths(root / "hq"))
        world.devices = [Database.open(DataPaths(root / d.paths.root.name))
                         for d in template.devices]
        return world

    def close(self) -> None:
        for db in [self.hq, *self.devices]:
            db.close()

    def enrol(self, name: str) -> Database:
        enrolment = parse_enrolment(enrol(self.hq, name))
        return accept_enrolment(DataPaths(self.root / name), enrolment)

    def export(self, device: Database) -> bytes:
        result = export_bundle(device)
        record_export(device, result)
        return result.data

    def to_hq(self, data: bytes) -> str:
        return hq_ops.import_bundle(self.hq, data).receipt

    def back(self, device: Database) -> bytes:
        return hq_ops.export_return(self.hq, device.device_id)[1]

    def round(self, device: Database) -> None:
        """One full exchange: bundle to HQ, receipt and return bundle back."""
        import_receipt(device, self.to_hq(self.export(device)).encode())
        import_return(device, self.back(device))

    def sync_all(self) -> None:
        for device in self.devices:
            import_receipt(device, self.to_hq(self.export(device)).encode())
        for device in self.devices:
            import_return(device, self.back(device))

    def dumps(self) -> list[list[str]]:
        return [list(dump_lines(db)) for db in [self.hq, *self.devices]]


@pytest.fixture
def world(tmp_path):
    built = World(tmp_path)
    yield built
    for db in [built.hq, *built.devices]:
        db.close()


def test_enrolled_devices_and_headquarters_converge_on_their_device_rows(world):
    world.sync_all()
    world.sync_all()
    dumps = world.dumps()
    assert dumps[0] == dumps[1] == dumps[2]
    keys = [line for line in dumps[0] if '"table":"device"' in line]
    assert len(keys) == 3 and sum('"public_key":""' in line for line in keys) == 1  # HQ's own


def test_enrolment_restamps_an_existing_database_that_never_exported(tmp_path):
    hq = Database.open(DataPaths(tmp_path / "hq"), create=True)
    init_hq(hq)
    paths = DataPaths(tmp_path / "dev")
    before = Database.open(paths, create=True, device_name="old name")
    Services(before).partners.create(name="Ош", country="KG")
    old_id = before.device_id
    before.close()
    enrolment = parse_enrolment(enrol(hq, "laptop"))
    db = accept_enrolment(paths, enrolment)
    assert db.device_id == enrolment.device_id != old_id
    assert all(old_id not in line for line in dump_lines(db))
    partner = Services(db).partners.list()[0]
    assert partner.hlc.endswith(enrolment.device_id)


def test_a_device_refuses_a_second_enrolment_under_another_id(world):
    other = parse_enrolment(enrol(world.hq, "spare"))
    with pytest.raises(WrongReplicaError):
        accept_enrolment(world.devices[0].paths, other)


def test_headquarters_refuses_a_bundle_whose_enrolment_proof_is_wrong(world, tmp_path):
    device = world.devices[0]
    from app.sync import keystore
    from app.sync.identity import ENROL_FILE

    keystore.write_secret(device.paths, ENROL_FILE, b"00" * 32)
    with pytest.raises(UnknownDeviceError):
        world.to_hq(world.export(device))


def test_headquarters_refuses_a_second_key_for_a_pinned_device(world):
    device = world.devices[0]
    world.round(device)
    from sqlalchemy import text

    from app.sync import crypto, keystore
    from app.sync.identity import DEVICE_SIGN_FILE, OWN_SIGN, PINNED, set_state

    raw, public = crypto.new_signing_key()
    keystore.write_secret(device.paths, DEVICE_SIGN_FILE, raw)
    with device.session() as session:
        set_state(session, OWN_SIGN, public)
        session.execute(text("DELETE FROM local_state WHERE key = :k"), {"k": PINNED})
    with pytest.raises(SecondKeyError):
        world.to_hq(world.export(device))
