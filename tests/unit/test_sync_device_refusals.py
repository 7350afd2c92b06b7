"""A device trusts only its own headquarters: return bundles and receipts that
do not verify against the pinned key are refused and change nothing."""

from __future__ import annotations

import pytest

from app.cli import main
from app.domain.ids import uuid7
from app.services import Services
from app.sync.errors import BadSignatureError, CorruptFileError, WrongReplicaError
from app.sync.receipt import make_receipt
from app.sync.service import SyncService
from tests.unit.test_sync_refusals import snapshot
from tests.unit.test_sync_world import World


@pytest.fixture
def world(tmp_path):
    built = World(tmp_path / "w", devices=2)
    for device in built.devices:
        built.round(device)
    yield built
    built.close()


def _refused(device, data: bytes, error) -> None:
    before = snapshot(device)
    with pytest.raises(error):
        SyncService(device).import_bytes(data)
    assert snapshot(device) == before


def test_a_return_bundle_from_another_headquarters_is_refused(world, tmp_path):
    impostor = World(tmp_path / "impostor", devices=0)
    from app.sync import crypto, keystore
    from app.sync.bundle import write_bundle
    from app.sync.identity import DEVICE_AGE_FILE, HQ_ID, HQ_SIGN_FILE, get_state

    device = world.devices[0]
    Services(impostor.hq).partners.create(name="Фальшивка", country="KG")
    with device.session() as session:
        hq_id = get_state(session, HQ_ID)
    recipient = str(__import__("pyrage").x25519.Identity.from_str(
        keystore.read_secret(device.paths, DEVICE_AGE_FILE).decode().strip()).to_public())
    manifest = {"kind": "return", "bundle_id": uuid7(), "from": hq_id, "to": device.device_id,
                "schema": 2, "created": "", "seq": [1, 1], "hlc": None}
    forged = write_bundle(manifest, [], keystore.read_secret(impostor.hq.paths, HQ_SIGN_FILE),
                          recipient)
    _refused(device, forged, BadSignatureError)
    assert crypto  # imported for the reader: the impostor signs with its own key
    impostor.close()


def test_a_receipt_not_signed_by_the_pinned_headquarters_is_refused(world):
    from app.sync import crypto

    device = world.devices[0]
    key, _ = crypto.new_signing_key()
    forged = make_receipt(key, bundle_id="x", device_id=device.device_id,
                          hq_device_id=world.hq.device_id, seq_to=10**9)
    _refused(device, forged.encode(), BadSignatureError)


def test_a_receipt_for_another_device_is_refused(world):
    a, b = world.devices
    receipt = world.to_hq(world.export(a))
    _refused(b, receipt.encode(), WrongReplicaError)


def test_a_return_bundle_for_another_device_is_refused(world):
    from app.sync.errors import WrongRecipientError

    a, b = world.devices
    _refused(b, world.back(a), WrongRecipientError)


def test_a_file_that_is_no_sync_file_is_refused(world):
    _refused(world.devices[0], b"PK\x03\x04 not ours", CorruptFileError)


def test_hq_import_of_several_files_merges_none_if_one_is_bad(world, tmp_path, capsys):
    a = world.devices[0]
    Services(a).partners.create(name="Ош", country="KG")
    good, bad = tmp_path / "good.fbk", tmp_path / "bad.fbk"
    good.write_bytes(world.export(a))
    bad.write_bytes(good.read_bytes()[:100])
    world.hq.close()
    before = snapshot(world.hq)
    code = main(["--data-dir", str(world.hq.paths.root), "hq", "import", str(good), str(bad)])
    err = capsys.readouterr().err
    assert code != 0 and "bad.fbk" in err and err.count("\n") == 1
    assert snapshot(world.hq) == before


def test_a_device_cannot_change_another_devices_record_at_headquarters(world):
    from app.sync import hq as hq_ops

    a, b = world.devices
    world.sync_all()  # a now holds b's device row
    with a.session() as session:  # a forges b's device row under its own stamp
        from sqlalchemy import text

        session.execute(text("UPDATE device SET name = 'pwned', hlc = :h WHERE id = :id"),
                        {"h": a.clock.tick(), "id": b.device_id})
    Services(a).partners.create(name="Ош", country="KG")
    hq_ops.import_bundle(world.hq, world.export(a))
    hq = Services(world.hq)
    assert hq.devices.get(b.device_id).name == "laptop-1"
    assert hq.partners.count() == 1
