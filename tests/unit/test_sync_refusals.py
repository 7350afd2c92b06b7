"""Every bad input is refused with its own typed reason, and headquarters'
database is byte for byte what it was before."""

from __future__ import annotations

import io
import json
import lzma
import struct
import warnings
import zipfile

import pytest

from app.domain.hlc import wall_clock_ms
from app.domain.ids import uuid7
from app.services import Services
from app.storage.database import Database
from app.sync import crypto, keystore
from app.sync import hq as hq_ops
from app.sync.bundle import CHANGES, MANIFEST, SIGNATURE, canonical
from app.sync.errors import (
    BadSignatureError,
    CorruptFileError,
    InvalidChangeError,
    ManifestMismatchError,
    RevokedDeviceError,
    UnknownDeviceError,
    UnsafeArchiveError,
    UnsafePathError,
    UnsupportedFormatError,
    WrongRecipientError,
)
from app.sync.identity import DEVICE_SIGN_FILE, HQ_AGE_FILE
from app.sync.service import SyncService
from tests.unit.test_sync_world import World

_TEMPLATE: dict = {}


@pytest.fixture
def setup(tmp_path_factory):
    """HQ and an enrolled device (key pinned) that has exported a bundle of two records.

    Built once, then copied for each test: enrolling costs more than the tests.
    """
    if not _TEMPLATE:
        world = World(tmp_path_factory.mktemp("template"), devices=1)
        device = world.devices[0]
        world.round(device)  # the device's key is pinned; later bundles are ordinary
        s = Services(device)
        partner = s.partners.create(name="Женский центр «Ош»", country="KG", region="Ош")
        s.projects.create(partner_id=partner.id, title="Legal literacy", country="KG")
        _TEMPLATE.update(world=world, data=world.export(device))
        world.close()
    world = World.copy_of(_TEMPLATE["world"], tmp_path_factory.mktemp("world"))
    yield world, world.devices[0], _TEMPLATE["data"]
    world.close()


def snapshot(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.connection.driver_connection.iterdump())


def refused(world, data: bytes, error: type[Exception]) -> str:
    before = snapshot(world.hq)
    with pytest.raises(error) as caught:
        hq_ops.import_bundle(world.hq, data)
    assert snapshot(world.hq) == before
    message = str(caught.value)
    assert message and "\n" not in message
    return message


def unpack(world, data: bytes) -> list[tuple[str, bytes]]:
    plain = crypto.decrypt(data, keystore.read_secret(world.hq.paths, HQ_AGE_FILE))
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


def pack(world, members, recipient: str | None = None, method=zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one test
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, data in members:
                archive.writestr(name, data)
    from app.sync.identity import HQ_AGE

    with world.hq.session() as session:
        from app.sync.identity import get_state

        recipient = recipient or get_state(session, HQ_AGE)
    return crypto.encrypt(buffer.getvalue(), recipient)


def resign(device, members, edit) -> list[tuple[str, bytes]]:
    """The members with the manifest edited by `edit(dict)` and signed again."""
    out = dict(members)
    manifest = json.loads(out[MANIFEST])
    edit(manifest)
    body = canonical(manifest)
    out[MANIFEST] = body
    out[SIGNATURE] = crypto.sign(keystore.read_secret(device.paths, DEVICE_SIGN_FILE),
                                 crypto.BUNDLE_CONTEXT, body)
    return list(out.items())


def test_a_truncated_file_is_refused(setup):
    world, _, data = setup
    refused(world, data[: len(data) // 2], CorruptFileError)


def test_a_file_with_flipped_bits_is_refused(setup):
    world, _, data = setup
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 0x10
    refused(world, bytes(damaged), CorruptFileError)


def test_a_manifest_whose_signature_does_not_match_is_refused(setup):
    world, _, data = setup
    members = dict(unpack(world, data))
    manifest = json.loads(members[MANIFEST])
    manifest["seq"][1] += 1000  # claim more than was signed
    members[MANIFEST] = canonical(manifest)
    refused(world, pack(world, members.items()), BadSignatureError)


def test_a_bundle_from_an_unknown_device_is_refused(setup):
    world, device, data = setup
    members = resign(device, unpack(world, data), lambda m: m.update({"from": uuid7()}))
    refused(world, pack(world, members), UnknownDeviceError)


def test_a_bundle_from_a_revoked_device_is_refused(setup):
    world, device, data = setup
    hq_ops.revoke(world.hq, device.device_id)
    refused(world, data, RevokedDeviceError)


def test_a_bundle_encrypted_to_another_key_is_refused(setup):
    world, _, data = setup
    _, stranger = crypto.new_age_identity()
    refused(world, pack(world, unpack(world, data), recipient=stranger), WrongRecipientError)


@pytest.mark.parametrize("name", ["../escape", "attachments/../../x", "/etc/passwd",
                                  "C:/windows/x", "attachments\\x"])
def test_member_paths_that_could_escape_are_refused(setup, name):
    world, _, data = setup
    # UnsafePathError, not just UnsafeArchiveError: the list of expected member
    # names would refuse these too, and must not be what this test relies on
    message = refused(world, pack(world, [*unpack(world, data), (name, b"x")]),
                      UnsafePathError)
    assert repr(name) in message


def test_duplicate_member_names_are_refused(setup):
    world, _, data = setup
    members = unpack(world, data)
    refused(world, pack(world, [*members, members[0]]), UnsafeArchiveError)


def _with_declared_size(archive: bytes, member: str, size: int) -> bytes:
    """The zip with the central directory claiming `size` bytes for a member."""
    data = bytearray(archive)
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46: pos + 46 + name_len].decode() == member:
            struct.pack_into("<I", data, pos + 24, size)
        pos = data.find(b"PK\x01\x02", pos + 4)
    return bytes(data)


def test_a_zip_bomb_declared_in_the_archive_is_refused(setup):
    world, _, data = setup
    plain = crypto.decrypt(data, keystore.read_secret(world.hq.paths, HQ_AGE_FILE))
    from app.sync.identity import HQ_AGE, get_state

    with world.hq.session() as session:
        recipient = get_state(session, HQ_AGE)
    bomb = _with_declared_size(plain, CHANGES, 0xFFFFFFF0)
    refused(world, crypto.encrypt(bomb, recipient), UnsafeArchiveError)


def test_a_compressed_member_is_refused(setup):
    world, _, data = setup
    refused(world, pack(world, unpack(world, data), method=zipfile.ZIP_DEFLATED),
            UnsafeArchiveError)


def test_a_change_stream_expanding_beyond_its_declared_size_is_refused(setup):
    world, device, data = setup
    import hashlib

    blob = lzma.compress(b"\0" * 20_000_000, format=lzma.FORMAT_XZ)
    members = dict(unpack(world, data))
    members[CHANGES] = blob

    def edit(manifest):
        manifest["members"][CHANGES].update(
            sha256=hashlib.sha256(blob).hexdigest(), bytes=len(blob), decoded_bytes=1000)

    refused(world, pack(world, resign(device, members.items(), edit)), UnsafeArchiveError)


def test_a_member_whose_hash_differs_from_the_manifest_is_refused(setup):
    world, _, data = setup
    members = dict(unpack(world, data))
    blob = bytearray(members[CHANGES])
    blob[-20] ^= 1
    members[CHANGES] = bytes(blob)
    refused(world, pack(world, members.items()), ManifestMismatchError)


def test_a_row_count_that_differs_from_the_manifest_is_refused(setup):
    world, device, data = setup

    def edit(manifest):
        manifest["members"][CHANGES]["rows"] += 1

    refused(world, pack(world, resign(device, unpack(world, data), edit)),
            ManifestMismatchError)


@pytest.mark.parametrize("field, value", [("format", "zip-of-something"), ("version", 2),
                                          ("schema", 999)])
def test_an_unknown_format_or_a_newer_schema_is_refused(setup, field, value):
    world, device, data = setup
    members = resign(device, unpack(world, data), lambda m: m.update({field: value}))
    refused(world, pack(world, members), UnsupportedFormatError)


def test_changes_of_another_device_in_a_device_bundle_are_refused(tmp_path):
    world = World(tmp_path, devices=2)
    a, b = world.devices
    world.round(a)
    world.round(b)
    Services(a).partners.create(name="Ош", country="KG")
    world.sync_all()  # b now holds a's partner, logged under a's id
    from app.sync.bundle import write_bundle
    from app.sync.changes import read_changes
    from app.sync.device import export_bundle
    from app.sync.identity import HQ_AGE, get_state

    honest = export_bundle(b)
    members = dict(unpack(world, honest.data))
    manifest = json.loads(members[MANIFEST])
    with b.session() as session:
        relayed, _ = read_changes(session, 0, not_device=b.device_id)
        recipient = get_state(session, HQ_AGE)
    for key in ("format", "version", "recipient", "members"):
        manifest.pop(key)
    forged = write_bundle(manifest, relayed, keystore.read_secret(b.paths, DEVICE_SIGN_FILE),
                          recipient)
    refused(world, forged, InvalidChangeError)


def test_changes_stamped_more_than_a_day_ahead_are_quarantined_not_applied(setup):
    world, device, _ = setup
    paths = device.paths
    ahead = Database.open(paths, wall=lambda: wall_clock_ms() + 2 * 86_400_000)
    partner = Services(ahead).partners.create(name="Из будущего", country="KG")
    result = hq_ops.import_bundle(world.hq, world.export(ahead))
    assert result.result.quarantined > 0
    from app.services.errors import NotFoundError

    with pytest.raises(NotFoundError):
        Services(world.hq).partners.get(partner.id)
    assert any(q[1] == partner.id for q in SyncService(world.hq).quarantined())


def test_a_replayed_bundle_changes_nothing_and_gets_the_same_receipt(setup):
    world, _, data = setup
    first = hq_ops.import_bundle(world.hq, data)
    before = snapshot(world.hq)
    again = hq_ops.import_bundle(world.hq, data)
    assert again.replay and again.receipt == first.receipt
    assert snapshot(world.hq) == before


def test_an_attachment_whose_content_differs_from_its_name_is_refused(setup):
    world, device, data = setup
    import hashlib

    fake = b"not what the name says"
    name = "attachments/" + "0" * 64
    members = dict(unpack(world, data))
    members[name] = fake

    def edit(manifest):
        manifest["members"][name] = {"sha256": hashlib.sha256(fake).hexdigest(),
                                     "bytes": len(fake)}

    refused(world, pack(world, resign(device, members.items(), edit)), ManifestMismatchError)
