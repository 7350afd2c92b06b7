"""Attachments: checked at the door, sealed at rest, opened through a copy that goes away."""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

import pytest

from app.protection.passphrase import change_passphrase, remove_passphrase, set_passphrase
from app.protection.unlock import lock, unlock
from app.protection.wipe import wipe
from app.services import Services
from app.services import attachments as att
from app.storage import attachment_store, keys, sealing
from app.storage.database import Database
from tests.unit.test_sync_world import World

SECRET = b"Participant list: Gulnara T., Aigul S. (workshop 7)"
NAME = "Gulnara_workshop_scan.png"


def png(extra: bytes = SECRET) -> bytes:
    """A real 1x1 PNG carrying `extra` in a text chunk."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"tEXt", b"note\0" + extra)
            + chunk(b"IDAT", zlib.compress(b"\0\xff\x00\x00")) + chunk(b"IEND", b""))


def office(kind: str) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if kind in ("odt", "ods"):
            mime = {"odt": "text", "ods": "spreadsheet"}[kind]
            archive.writestr("mimetype", f"application/vnd.oasis.opendocument.{mime}")
            archive.writestr("content.xml", "<office:document-content/>")
        else:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml" if kind == "docx" else "xl/workbook.xml", "<x/>")
    return out.getvalue()


def every_byte(root) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def every_name(root) -> str:
    return "\n".join(str(p.relative_to(root)) for p in root.rglob("*"))


def report_with(db: Database, *entries: str) -> str:
    services = Services(db)
    partner = services.partners.create(name="Kyrgyz Indigo", country="KG")
    return services.field_reports.create(partner_id=partner.id, visited_on="2026-03-02",
                                         attachments=list(entries)).id


@pytest.fixture
def locked_folder(paths, db):
    """A data folder with a passphrase, unlocked again as the app does."""
    db.close()
    set_passphrase(paths, "correct horse")
    opened = unlock(paths, "correct horse")
    yield opened
    opened.close()


def test_with_a_passphrase_neither_the_bytes_nor_the_name_of_a_file_lie_in_clear(
        locked_folder, tmp_path):
    db = locked_folder
    source = tmp_path / NAME
    source.write_bytes(png())
    added = att.add_file(db.paths, source)
    report = report_with(db, added.entry)
    assert Services(db).field_reports.get(report).attachments == [f"{added.sha256}:{NAME}"]
    copy = att.open_copy(db.paths, added.entry)
    att.discard(db.paths, copy)
    db.close()
    stored = every_byte(db.paths.root) + every_name(db.paths.root).encode()
    for needle in (SECRET, NAME.encode(), b"Gulnara", added.sha256.encode()):
        assert needle not in stored
    assert sealing.is_sealed((db.paths.keys / attachment_store.KEY_NAME).read_bytes())
    reopened = unlock(db.paths, "correct horse")
    try:
        assert att.read(reopened.paths, added.entry) == png()
    finally:
        reopened.close()


def test_a_locked_folder_cannot_read_an_attachment(locked_folder):
    added = att.add_bytes(locked_folder.paths, png(), NAME)
    lock(locked_folder)
    with pytest.raises(keys.SecretsLockedError):
        att.read(locked_folder.paths, added.entry)


def test_a_file_opens_through_a_copy_in_the_data_folder_that_is_gone_afterwards(
        locked_folder):
    paths = locked_folder.paths
    added = att.add_bytes(paths, png(), NAME)
    copy = att.open_copy(paths, added.entry)
    assert paths.root / "tmp" in copy.parents
    assert copy.name == NAME and copy.read_bytes() == png()
    att.discard(paths, copy)
    assert not copy.exists() and not copy.parent.exists()
    left = att.open_copy(paths, added.entry)  # a viewer still open when the app quit
    assert att.clear_temp(paths) == 1  # the next start
    assert not left.exists()


def test_a_copy_gets_the_extension_of_what_the_file_really_is(paths, db):
    added = att.add_bytes(paths, b"%PDF-1.4\n%%EOF\n", "minutes.exe")
    copy = att.open_copy(paths, added.entry)
    assert copy.name == "minutes.pdf"
    att.discard(paths, copy)


def test_changing_and_removing_the_passphrase_keep_files_readable_without_rewriting_them(
        locked_folder):
    paths = locked_folder.paths
    added = att.add_bytes(paths, png(), NAME)
    files_before = {p.name: p.read_bytes() for p in attachment_store.folder(paths).iterdir()}
    locked_folder.close()
    change_passphrase(paths, "correct horse", "battery staple")
    keys.forget(paths)
    db = unlock(paths, "battery staple")
    assert att.read(paths, added.entry) == png()
    db.close()
    remove_passphrase(paths, "battery staple")
    db = Database.open(paths)
    try:
        assert att.read(paths, added.entry) == png()
        after = {p.name: p.read_bytes() for p in attachment_store.folder(paths).iterdir()}
        assert after == files_before  # the key was re-sealed, not the files
    finally:
        db.close()


@pytest.fixture
def world(tmp_path):
    built = World(tmp_path)
    yield built
    built.close()


def _with_passphrase(world: World, index: int, passphrase: str) -> Database:
    device = world.devices[index]
    device.close()
    set_passphrase(device.paths, passphrase)
    world.devices[index] = unlock(device.paths, passphrase)
    return world.devices[index]


def test_a_file_travels_laptop_to_hq_to_another_laptop_and_arrives_readable(world):
    sender = _with_passphrase(world, 0, "laptop zero")
    receiver = _with_passphrase(world, 1, "laptop one")
    added = att.add_bytes(sender.paths, png(), NAME)
    report = report_with(sender, added.entry)
    world.sync_all()
    world.sync_all()
    for db in (world.hq, receiver):
        assert Services(db).field_reports.get(report).attachments == [added.entry]
        described = att.describe(db.paths, added.entry)
        assert (described.name, described.size, described.kind) == (NAME, len(png()), "png")
        assert att.read(db.paths, added.entry) == png()
    assert SECRET not in every_byte(receiver.paths.root)


def test_a_bundle_keeps_a_file_readable_on_a_laptop_without_passphrase(world):
    added = att.add_bytes(world.devices[0].paths, png(), NAME)
    report_with(world.devices[0], added.entry)
    world.sync_all()
    assert att.read(world.devices[1].paths, added.entry) == png()


def test_the_wipe_leaves_no_attachment_and_no_copy(locked_folder):
    paths = locked_folder.paths
    added = att.add_bytes(paths, png(), NAME)
    report_with(locked_folder, added.entry)
    att.open_copy(paths, added.entry)  # still open in a viewer
    wipe(paths, db=locked_folder)
    assert not (paths.root / "attachments").exists() and not (paths.root / "tmp").exists()
    assert SECRET not in every_byte(paths.root)


def test_a_30_mb_file_is_refused_and_nothing_is_stored(paths, db, tmp_path):
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (30 * 1024 * 1024))
    with pytest.raises(att.TooLargeError) as refused:
        att.add_file(paths, big)
    assert refused.value.limit == 25 * 1024 * 1024
    assert not attachment_store.folder(paths).exists()


@pytest.mark.parametrize("content", [
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200,  # Windows program
    b"\x7fELF\x02\x01\x01" + b"\0" * 200,  # Linux program
    b"#!/bin/sh\nrm -rf ~\n",  # a script
    b"\x00\x01\x02\x03binary of no known kind",
])
def test_programs_and_unknown_files_are_refused_whatever_their_name(paths, db, tmp_path,
                                                                    content):
    source = tmp_path / "report.pdf"
    source.write_bytes(content)
    with pytest.raises(att.RefusedTypeError):
        att.add_file(paths, source)
    assert not attachment_store.folder(paths).exists()


def test_a_folder_or_a_missing_file_is_unreadable(paths, db, tmp_path):
    for source in (tmp_path, tmp_path / "gone.png"):
        with pytest.raises(att.UnreadableFileError):
            att.add_file(paths, source)


@pytest.mark.parametrize(("content", "kind"), [
    (png(), "png"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 50, "jpeg"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00heicmif1" + b"\0" * 50, "heic"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\0" * 50, "webp"),
    (b"%PDF-1.7\n%%EOF\n", "pdf"),
    (office("docx"), "docx"), (office("xlsx"), "xlsx"),
    (office("odt"), "odt"), (office("ods"), "ods"),
    ("Отчёт о поездке в Ош\n".encode(), "text"),
])
def test_images_pdf_office_documents_and_text_are_accepted(paths, db, content, kind):
    added = att.add_bytes(paths, content, "file")
    assert added.kind == kind
    assert att.read(paths, added.entry) == content


def test_a_long_name_is_shortened_to_an_entry_the_record_accepts(paths, db):
    name = "Протокол встречи " * 20 + ".docx"
    added = att.add_bytes(paths, office("docx"), name)
    assert added.name.endswith(".docx") and len(added.entry) <= 200
    report = report_with(db, added.entry)
    assert Services(db).field_reports.get(report).attachments == [added.entry]


def test_files_no_record_cites_are_destroyed(paths, db):
    kept = att.add_bytes(paths, png(), NAME)
    dropped = att.add_bytes(paths, b"%PDF-1.4\nnever saved\n", "draft.pdf")
    report_with(db, kept.entry)
    assert att.prune(db) == 1
    assert att.read(paths, kept.entry) == png()
    with pytest.raises(att.MissingAttachmentError):
        att.read(paths, dropped.entry)


def test_a_file_of_a_refused_kind_that_came_in_a_bundle_is_not_opened(paths, db):
    sha = attachment_store.put(paths, b"MZ\x90\x00" + b"\0" * 100)  # as a bundle stores it
    with pytest.raises(att.RefusedTypeError):
        att.open_copy(paths, f"{sha}:photo.jpg")
    assert not (paths.root / "tmp").exists()



def test_files_an_earlier_version_kept_in_clear_are_sealed_and_still_read(locked_folder):
    paths = locked_folder.paths
    sha = hashlib.sha256(png()).hexdigest()
    attachment_store.folder(paths).mkdir()
    (attachment_store.folder(paths) / sha).write_bytes(png())  # as the old save_local did
    assert att.read(paths, sha) == png()
    assert att.seal_plain(paths) == 1
    assert SECRET not in every_byte(paths.root)
    assert att.read(paths, f"{sha}:{NAME}") == png()


def test_writers_at_once_on_a_fresh_folder_share_one_key_and_lose_no_file(paths, db):
    contents = [png(f"photo {n}".encode()) for n in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        shas = list(pool.map(lambda data: attachment_store.put(paths, data), contents))
    assert [att.read(paths, sha) for sha in shas] == contents
    assert [p.name for p in paths.keys.iterdir()] == [attachment_store.KEY_NAME]
