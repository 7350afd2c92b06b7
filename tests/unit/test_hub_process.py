"""A real `faltbok hq serve` on 127.0.0.1: SIGKILLed during uploads and during
merges, restarted, it loses nothing and merges nothing twice."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time

import httpx
import pytest
from sqlalchemy import select

from app.domain.sync_tables import SyncReceipt
from app.services.dump import dump_lines
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import hq as hq_ops
from tests.unit.hubkit import Signer, metadata, new_bundle, patch_headers
from tests.unit.hubproc import HubClient
from tests.unit.hubs import HubProcess
from tests.unit.test_sync_world import World

CHUNK = 700


@pytest.fixture
def world(tmp_path):
    built = World(tmp_path / "world", devices=3)
    built.hq.close()  # the hub process owns HQ from now on
    yield built
    for db in built.devices:
        db.close()


@pytest.fixture
def hub(world, tmp_path):
    process = HubProcess(world.hq.paths.root, tmp_path / "hub.log")
    yield process
    process.close()


def _cut_patch(client: HubClient, hub: HubProcess, location: str, start: int, chunk: bytes):
    """A PATCH whose body stops halfway; the hub is SIGKILLed while it waits."""
    half_sent, resume = threading.Event(), threading.Event()

    def body():
        yield chunk[: len(chunk) // 2]
        half_sent.set()
        resume.wait(10)
        yield chunk[len(chunk) // 2:]

    failure = []

    def send():
        try:
            client.send("PATCH", location, body(), patch_headers(start), digest_of=chunk)
        except httpx.HTTPError as error:
            failure.append(error)

    sender = threading.Thread(target=send)
    sender.start()
    assert half_sent.wait(10)
    time.sleep(0.2)  # let the hub write the first half
    hub.kill()
    resume.set()
    sender.join(10)
    assert failure, "the cut PATCH cannot have succeeded"


def test_a_hub_killed_during_uploads_and_merges_loses_and_duplicates_nothing(world, hub,
                                                                           tmp_path):
    reference = tmp_path / "reference-hq"
    shutil.copytree(world.hq.paths.root, reference)
    bundles = []  # (device index, bundle id, bytes)
    for round_ in range(3):
        for index, device in enumerate(world.devices):
            bundle_id, data = new_bundle(device, partners=15, tag=f"{round_}-{index}-")
            bundles.append((index, bundle_id, data))
    hub.start()
    clients = [HubClient(hub, Signer(d)) for d in world.devices]
    sent = {}  # bundle id -> (location, bytes the hub acknowledged)
    for index, bundle_id, data in bundles:
        client = clients[index]
        location = client.create(bundle_id, data)
        half = len(data) // 2
        for start in range(0, half, CHUNK):
            client.patch(location, start, data[start:min(start + CHUNK, half)])
        sent[bundle_id] = (location, half)

    def finish(index, bundle_id, data):
        client, (location, _) = clients[index], sent[bundle_id]
        start = client.offset(location)
        assert start is not None and start <= len(data)
        for at in range(start, len(data), CHUNK):
            client.patch(location, at, data[at:at + CHUNK])

    # 1: three bundles complete, the hub dies right after (their merges under way),
    # in the middle of another bundle's PATCH
    for item in bundles[:3]:
        finish(*item)
    index, bundle_id, data = bundles[3]
    location, half = sent[bundle_id]
    _cut_patch(clients[index], hub, location, half, data[half:half + CHUNK])

    # 2: restart; the cut PATCH counted nothing, uploads continue from HEAD
    hub.start()
    assert clients[index].offset(location) == half
    for item in bundles[3:7]:
        finish(*item)
    hub.kill()

    # 3: restart; the rest, and a bundle sent again is answered with its receipt
    hub.start()
    for item in bundles[7:]:
        finish(*item)
    receipts = {}
    for index, bundle_id, _data in bundles:
        answer = clients[index].state(bundle_id)
        assert answer.status_code == 200 and answer.json()["state"] == "merged", answer.text
        receipts[bundle_id] = answer.json()["receipt"]
    index, bundle_id, data = bundles[0]
    again = clients[index].send("POST", "/v1/uploads", headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)),
        "Upload-Metadata": metadata(bundle_id, data)})
    assert again.status_code == 200 and again.json()["receipt"] == receipts[bundle_id]
    listed = [r for c in clients for r in c.send("GET", "/v1/receipts").json()["receipts"]]
    assert sorted(r["bundle_id"] for r in listed) == sorted(receipts)
    assert hub.stop() == 0

    # every bundle merged exactly once: one receipt each, the same counts and the
    # same replica as headquarters importing the same files by hand
    expected = Database.open(DataPaths(reference))
    got = Database.open(world.hq.paths)
    try:
        for _index, bundle_id, data in bundles:
            by_hand = json.loads(json.loads(hq_ops.import_bundle(expected, data).receipt)["signed"])
            over_http = json.loads(json.loads(receipts[bundle_id])["signed"])
            assert (over_http["changes"], over_http["seq_to"]) == \
                (by_hand["changes"], by_hand["seq_to"])
        with got.session() as session:
            stored = session.execute(select(SyncReceipt.bundle_id)).scalars().all()
            assert sorted(stored) == sorted(receipts)
        assert _rows(got) == _rows(expected)
    finally:
        expected.close()
        got.close()


def _rows(db: Database) -> list[dict]:
    """The dump; a device row's stamp is left out: HQ stamps the key it pins into
    the row when it merges, so its time differs from the merge by hand."""
    rows = [json.loads(line) for line in dump_lines(db)]
    for row in rows:
        if row["table"] == "device":
            row.pop("hlc")
    return rows


def test_a_second_hub_on_the_same_folder_is_refused_in_one_line(world, hub):
    hub.start()
    try:
        second = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(world.hq.paths.root), "hq",
             "serve", "--port", "0"], capture_output=True, text=True, timeout=60)
        assert second.returncode == 1 and second.stdout == ""
        assert second.stderr.count("\n") == 1 and "another hub" in second.stderr
        assert httpx.get(hub.base + "/v1/health").status_code == 200
    finally:
        assert hub.stop() == 0


def test_a_second_patch_while_one_is_streaming_is_409_busy(world, hub):
    hub.start()
    try:
        client = HubClient(hub, Signer(world.devices[0]))
        bundle_id, data = new_bundle(world.devices[0], partners=5)
        location = client.create(bundle_id, data)
        half_sent, resume, answers = threading.Event(), threading.Event(), []

        def body():
            yield data[: len(data) // 2]
            half_sent.set()
            resume.wait(10)
            yield data[len(data) // 2:]

        sender = threading.Thread(target=lambda: answers.append(client.send(
            "PATCH", location, body(), patch_headers(0), digest_of=data)))
        sender.start()
        assert half_sent.wait(10)
        time.sleep(1.0)  # the hub has the first PATCH's headers and half its body by now
        second = HubClient(hub, Signer(world.devices[0])).send(
            "PATCH", location, data, patch_headers(0))
        resume.set()
        sender.join(30)
        assert second.status_code == 409 and second.json()["error"] == "busy"
        assert answers[0].status_code == 204
        assert answers[0].headers["Upload-Offset"] == str(len(data))
        assert client.state(bundle_id).json()["state"] == "merged"
    finally:
        assert hub.stop() == 0
