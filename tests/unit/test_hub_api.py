"""The hub in-process (FastAPI TestClient, real HQ folder and files): tus
uploads, signatures, refusals, bundle state, receipts, return bundles."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from app.hub.app import app_for_database
from app.sync import hq as hq_ops
from app.sync.bundle import MAX_FILE_BYTES
from app.sync.device import import_receipt, import_return
from app.sync.httpsig import ENROL_HEADER
from tests.unit.hubkit import TUS, Signer, create_headers, new_bundle, patch_headers
from tests.unit.test_sync_world import World

BASE = "http://testserver"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    world = World(tmp_path_factory.mktemp("template"))
    world.close()
    return world


class Hub:
    def __init__(self, world: World, client: TestClient):
        self.world, self.client = world, client
        self.a, self.b = (Signer(d) for d in world.devices)

    def send(self, signer: Signer | None, method: str, path: str, body: bytes | None = None,
             headers: dict | None = None, sign: dict | None = None):
        url = path if path.startswith("http") else BASE + path
        signed = signer.headers(method, url, body, **(sign or {})) if signer else {}
        return self.client.request(method, url, content=body,
                                   headers={**signed, **(headers or {})})

    def create(self, signer, bundle_id, data):
        return self.send(signer, "POST", "/v1/uploads", headers=create_headers(bundle_id, data))

    def upload(self, signer, bundle_id, data, pieces=1):
        created = self.create(signer, bundle_id, data)
        assert created.status_code == 201, created.text
        location = created.headers["Location"]
        step = -(-len(data) // pieces)
        answer = None
        for start in range(0, len(data), step):
            chunk = data[start:start + step]
            answer = self.send(signer, "PATCH", location, chunk, patch_headers(start))
            assert answer.status_code == 204, answer.text
        return location, answer

    def state(self, signer, bundle_id, wait: bool = True):
        deadline = time.monotonic() + 30
        while True:
            answer = self.send(signer, "GET", f"/v1/bundles/{bundle_id}")
            if answer.status_code != 202 or not wait or time.monotonic() > deadline:
                return answer
            time.sleep(0.05)


@pytest.fixture
def hub(template, tmp_path):
    world = World.copy_of(template, tmp_path / "world")
    with TestClient(app_for_database(world.hq)) as client:
        yield Hub(world, client)
    world.close()


def test_health_needs_no_signature_and_names_headquarters(hub):
    answer = hub.client.get("/v1/health")
    assert answer.json() == {"status": "ok", "api": 1, "hq": hub.world.hq.device_id}


def test_a_bundle_uploaded_in_pieces_continues_from_heads_offset_and_merges(hub):
    device = hub.world.devices[0]
    bundle_id, data = new_bundle(device, partners=30)
    created = hub.create(hub.a, bundle_id, data)
    assert created.status_code == 201 and created.headers["Upload-Offset"] == "0"
    location = created.headers["Location"]
    assert location.startswith(BASE + "/v1/uploads/")
    third = len(data) // 3
    first = hub.send(hub.a, "PATCH", location, data[:third], patch_headers(0))
    assert first.status_code == 204 and first.headers["Upload-Offset"] == str(third)
    head = hub.send(hub.a, "HEAD", location, headers=TUS)
    assert head.headers["Upload-Offset"] == str(third)
    assert head.headers["Upload-Length"] == str(len(data))
    offset = int(head.headers["Upload-Offset"])
    second = hub.send(hub.a, "PATCH", location, data[offset:2 * third], patch_headers(offset))
    assert second.headers["Upload-Offset"] == str(2 * third)
    last = hub.send(hub.a, "PATCH", location, data[2 * third:], patch_headers(2 * third))
    assert last.status_code == 204
    assert last.headers["Upload-Offset"] == str(len(data))
    assert last.headers["Faltbok-Bundle-State"] == "stored"
    merged = hub.state(hub.a, bundle_id)
    assert merged.status_code == 200 and merged.json()["state"] == "merged"
    receipt = json.loads(json.loads(merged.json()["receipt"])["signed"])  # the signed fields
    assert receipt["bundle_id"] == bundle_id and receipt["applied"] == receipt["changes"] > 30
    import_receipt(device, merged.json()["receipt"].encode())  # the device takes it as a file


def test_a_bundle_the_hub_has_is_answered_with_its_receipt_not_a_new_upload(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    hub.upload(hub.a, bundle_id, data)
    first = hub.state(hub.a, bundle_id).json()
    again = hub.create(hub.a, bundle_id, data)
    assert again.status_code == 200 and "Location" not in again.headers
    assert again.json() == first and first["state"] == "merged"
    assert hub.world.hq.device_id in first["receipt"]


def test_the_same_bundle_from_a_file_and_over_http_is_merged_once(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    receipt = hq_ops.import_bundle(hub.world.hq, data).receipt
    answer = hub.create(hub.a, bundle_id, data)
    assert answer.status_code == 200 and answer.json()["receipt"] == receipt


def test_a_device_that_lost_its_upload_url_gets_the_same_upload_back(hub):
    bundle_id, data = new_bundle(hub.world.devices[0], partners=5)
    first = hub.create(hub.a, bundle_id, data)
    hub.send(hub.a, "PATCH", first.headers["Location"], data[:100], patch_headers(0))
    again = hub.create(hub.a, bundle_id, data)
    assert again.status_code == 201
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["Upload-Offset"] == "100"


def test_another_devices_upload_and_bundle_do_not_exist_for_it(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    assert hub.send(hub.b, "HEAD", location, headers=TUS).status_code == 404
    stolen = hub.send(hub.b, "PATCH", location, data, patch_headers(0))
    assert stolen.status_code == 404 and stolen.json()["error"] == "not_found"
    assert hub.send(hub.b, "DELETE", location, headers=TUS).status_code == 404
    hub.send(hub.a, "PATCH", location, data, patch_headers(0))
    assert hub.state(hub.a, bundle_id).json()["state"] == "merged"
    assert hub.state(hub.b, bundle_id).status_code == 404


def test_an_upload_can_be_terminated(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    assert hub.send(hub.a, "DELETE", location, headers=TUS).status_code == 204
    assert hub.send(hub.a, "HEAD", location, headers=TUS).status_code == 404


def test_a_patch_at_the_wrong_offset_is_a_conflict_that_names_the_offset(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    answer = hub.send(hub.a, "PATCH", location, data[5:10], patch_headers(5))
    assert answer.status_code == 409 and answer.headers["Upload-Offset"] == "0"
    assert answer.json()["error"] == "offset_mismatch"


def test_a_chunk_that_differs_from_its_signed_digest_does_not_count(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    url = location
    headers = {**hub.a.headers("PATCH", url, data[:50]), **patch_headers(0)}
    answer = hub.client.patch(url, content=b"x" * 50, headers=headers)
    assert answer.status_code == 400 and answer.json()["error"] == "digest_mismatch"
    head = hub.send(hub.a, "HEAD", location, headers=TUS)
    assert head.headers["Upload-Offset"] == "0"


def test_a_bundle_that_differs_from_its_sha256_is_refused_and_dropped(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    forged = bytes([data[0] ^ 1]) + data[1:]
    answer = hub.send(hub.a, "PATCH", location, forged, patch_headers(0))
    assert answer.status_code == 400 and answer.json()["error"] == "sha256_mismatch"
    assert hub.send(hub.a, "HEAD", location, headers=TUS).status_code == 404
    assert hub.state(hub.a, bundle_id).status_code == 404


def test_a_bundle_that_is_not_what_its_metadata_said_is_refused_as_a_mismatch(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    claimed = "01900000-0000-7000-8000-000000000000"
    hub.upload(hub.a, claimed, data)
    answer = hub.state(hub.a, claimed)
    assert answer.json() == {"state": "refused", "reason": "mismatch"}
    assert hub.create(hub.a, claimed, data).json()["state"] == "refused"
    hub.upload(hub.a, bundle_id, data)  # the bundle under its own id still merges
    assert hub.state(hub.a, bundle_id).json()["state"] == "merged"


def test_unsigned_unknown_replayed_and_stale_requests_are_refused_with_401(hub):
    unsigned = hub.client.get("/v1/receipts")
    assert unsigned.status_code == 401 and unsigned.json()["error"] == "unsigned"
    assert unsigned.headers["WWW-Authenticate"] == "Signature"
    url = BASE + "/v1/receipts"
    headers = hub.a.headers("GET", url)
    assert hub.client.get(url, headers=headers).status_code == 200
    replay = hub.client.get(url, headers=headers)
    assert replay.status_code == 401 and replay.json()["error"] == "replay"
    stale = hub.send(hub.a, "GET", "/v1/receipts", sign={"created": int(time.time()) - 400})
    assert stale.status_code == 401 and stale.json()["error"] == "stale"
    stranger = Signer(hub.world.devices[0])
    stranger.device_id = "01900000-0000-7000-8000-0000000000ff"
    unknown = hub.send(stranger, "GET", "/v1/receipts")
    assert unknown.status_code == 401 and unknown.json()["error"] == "unknown_key"
    no_proof = hub.send(hub.a, "GET", "/v1/receipts", sign={"enrol": False})
    assert no_proof.status_code == 401 and no_proof.json()["error"] == "unknown_key"
    forged = hub.client.get(url, headers={**hub.a.headers("GET", url), ENROL_HEADER: Signer(
        hub.world.devices[1]).enrol})
    assert forged.status_code == 401 and forged.json()["error"] == "unknown_key"
    wrong_url = hub.client.get(url + "?after=0", headers=hub.a.headers("GET", url))
    assert wrong_url.status_code == 401 and wrong_url.json()["error"] == "bad_signature"


def test_a_signed_url_with_percent_encoding_is_checked_as_sent(hub):
    answer = hub.send(hub.a, "GET", "/v1/bundles/a%20b%2Fc")
    assert answer.status_code == 404 and answer.json()["error"] == "not_found"


def test_after_pinning_the_device_key_is_enough_and_another_key_is_refused(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    hub.upload(hub.a, bundle_id, data)
    assert hub.state(hub.a, bundle_id).json()["state"] == "merged"
    plain = hub.send(hub.a, "GET", "/v1/receipts", sign={"enrol": False})
    assert plain.status_code == 200 and len(plain.json()["receipts"]) == 1
    impostor = Signer(hub.world.devices[1])
    impostor.device_id = hub.a.device_id
    answer = hub.send(impostor, "GET", "/v1/receipts")
    assert answer.status_code == 401 and answer.json()["error"] == "bad_signature"


def test_a_revoked_device_gets_403(hub):
    hq_ops.revoke(hub.world.hq, hub.a.device_id)
    for method, path in (("GET", "/v1/receipts"), ("GET", "/v1/return"),
                         ("POST", "/v1/uploads")):
        answer = hub.send(hub.a, method, path, headers=TUS)
        assert answer.status_code == 403 and answer.json()["error"] == "revoked"


def test_oversized_requests_get_413_before_the_body_is_read(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    big = {**create_headers(bundle_id, data), "Upload-Length": str(MAX_FILE_BYTES + 1)}
    answer = hub.send(hub.a, "POST", "/v1/uploads", headers=big)
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    past = hub.send(hub.a, "PATCH", location, data + b"more", patch_headers(0))
    assert past.status_code == 413
    assert hub.send(hub.a, "HEAD", location, headers=TUS).headers["Upload-Offset"] == "0"
    body = b"x" * (65 << 10)
    posted = hub.send(hub.a, "GET", "/v1/receipts", body)
    assert posted.status_code == 413


def test_a_patch_body_longer_than_its_content_length_is_cut_off_while_streaming(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    body = data + b"tail"

    def chunks():
        yield body[:100]
        yield body[100:]

    headers = {**hub.a.headers("PATCH", location, body), **patch_headers(0)}
    answer = hub.client.patch(location, content=chunks(), headers=headers)  # chunked: no length
    assert answer.status_code == 413
    assert hub.send(hub.a, "HEAD", location, headers=TUS).headers["Upload-Offset"] == "0"


@pytest.mark.parametrize("headers, status, code", [
    ({"Upload-Length": "12"}, 400, "bad_metadata"),
    ({"Upload-Length": "12", "Upload-Metadata": "bundle_id eA=="}, 400, "bad_metadata"),
    ({"Upload-Length": "twelve"}, 400, "bad_request"),
    ({"Upload-Length": "-1"}, 400, "bad_request"),
])
def test_malformed_creations_are_refused_with_400(hub, headers, status, code):
    answer = hub.send(hub.a, "POST", "/v1/uploads", headers={**TUS, **headers})
    assert answer.status_code == status and answer.json()["error"] == code


def test_wrong_protocol_details_get_their_tus_status(hub):
    bundle_id, data = new_bundle(hub.world.devices[0])
    no_tus = hub.send(hub.a, "POST", "/v1/uploads", headers={
        k: v for k, v in create_headers(bundle_id, data).items() if k != "Tus-Resumable"})
    assert no_tus.status_code == 412 and no_tus.headers["Tus-Version"] == "1.0.0"
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    wrong_type = hub.send(hub.a, "PATCH", location, data,
                          {**patch_headers(0), "Content-Type": "text/plain"})
    assert wrong_type.status_code == 415
    bad_query = hub.send(hub.a, "GET", "/v1/receipts?after=-1")
    assert bad_query.status_code == 422 and bad_query.json()["error"] == "invalid"
    options = hub.client.options("/v1/uploads")
    assert options.headers["Tus-Extension"] == "creation,termination"
    assert options.headers["Tus-Max-Size"] == str(MAX_FILE_BYTES)


def test_receipts_are_listed_per_device_after_a_cursor(hub):
    ids = []
    for tag in "xy":
        bundle_id, data = new_bundle(hub.world.devices[0], tag=tag)
        hub.upload(hub.a, bundle_id, data)
        hub.state(hub.a, bundle_id)
        ids.append(bundle_id)
    listed = hub.send(hub.a, "GET", "/v1/receipts").json()
    assert [r["bundle_id"] for r in listed["receipts"]] == ids
    first = listed["receipts"][0]["cursor"]
    later = hub.send(hub.a, "GET", f"/v1/receipts?after={first}").json()
    assert [r["bundle_id"] for r in later["receipts"]] == ids[1:]
    assert later["cursor"] == listed["cursor"]
    assert hub.send(hub.b, "GET", "/v1/receipts").json() == {"receipts": [], "cursor": 0}


def test_a_return_bundle_carries_the_other_devices_changes_and_nothing_new_is_204(hub):
    a, b = hub.world.devices
    for signer, device in ((hub.a, a), (hub.b, b)):
        bundle_id, data = new_bundle(device, tag=signer.device_id[-4:])
        hub.upload(signer, bundle_id, data)
        assert hub.state(signer, bundle_id).json()["state"] == "merged"
    before = _hq_state(hub.world.hq)
    answer = hub.send(hub.b, "GET", "/v1/return?since=0")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/octet-stream"
    merged = import_return(b, answer.content)
    assert merged.applied > 0
    top = answer.headers["Faltbok-Return-Seq"]
    quiet = hub.send(hub.b, "GET", f"/v1/return?since={top}")
    assert quiet.status_code == 204 and quiet.content == b""
    assert _hq_state(hub.world.hq) == before  # answering wrote nothing at HQ


def _hq_state(db) -> tuple:
    from sqlalchemy import text

    from app.services.dump import dump_lines

    with db.engine.connect() as conn:
        log = conn.execute(text("SELECT count(*), max(seq) FROM change_log")).one()
        local = conn.execute(text("SELECT key, value FROM local_state ORDER BY key")).all()
    return list(dump_lines(db)), tuple(log), local


def test_a_device_whose_key_is_not_pinned_yet_gets_204_for_its_return(hub):
    answer = hub.send(hub.b, "GET", "/v1/return")
    assert answer.status_code == 204


def test_unknown_routes_and_methods_answer_json_errors(hub):
    missing = hub.client.get("/v1/nothing")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    wrong = hub.client.put("/v1/health")
    assert wrong.status_code == 405 and wrong.json()["error"] == "method_not_allowed"


def _broken_inbox(world: World):
    """Make the hub's inbox unusable for real: a file where the folder was."""
    inbox = world.hq.paths.root / "hub" / "inbox"
    inbox.rmdir()
    inbox.write_bytes(b"")
    return inbox


def test_a_failure_while_storing_is_503_json_and_the_next_start_stores_and_merges(template,
                                                                                 tmp_path):
    world = World.copy_of(template, tmp_path / "world")
    try:
        with TestClient(app_for_database(world.hq), raise_server_exceptions=False) as client:
            hub = Hub(world, client)
            bundle_id, data = new_bundle(world.devices[0])
            inbox = _broken_inbox(world)
            location = hub.create(hub.a, bundle_id, data).headers["Location"]
            answer = hub.send(hub.a, "PATCH", location, data, patch_headers(0))
            assert answer.status_code == 503
            assert answer.json()["error"] == "unavailable"
            assert "Traceback" not in answer.text and "NotADirectory" not in answer.text
            assert hub.send(hub.a, "HEAD", location, headers=TUS).headers["Upload-Offset"] \
                == str(len(data))  # every byte is kept; only the storing failed
        inbox.unlink()
        inbox.mkdir()
        with TestClient(app_for_database(world.hq)) as client:  # the next start
            hub = Hub(world, client)
            assert hub.state(hub.a, bundle_id).json()["state"] == "merged"
    finally:
        world.close()


def test_an_empty_patch_at_the_end_retries_a_failed_store(template, tmp_path):
    world = World.copy_of(template, tmp_path / "world")
    try:
        with TestClient(app_for_database(world.hq), raise_server_exceptions=False) as client:
            hub = Hub(world, client)
            bundle_id, data = new_bundle(world.devices[0])
            inbox = _broken_inbox(world)
            location = hub.create(hub.a, bundle_id, data).headers["Location"]
            assert hub.send(hub.a, "PATCH", location, data, patch_headers(0)).status_code == 503
            inbox.unlink()
            inbox.mkdir()
            again = hub.send(hub.a, "PATCH", location, b"", patch_headers(len(data)))
            assert again.status_code == 204 and again.headers["Faltbok-Bundle-State"] == "stored"
            assert hub.state(hub.a, bundle_id).json()["state"] == "merged"
    finally:
        world.close()


def test_a_merge_that_fails_for_a_passing_reason_stays_stored_and_is_retried(hub):
    keys = hub.world.hq.paths.keys
    (keys / "hq-age.key").rename(keys / "hq-age.key.away")  # e.g. a volume not mounted yet
    hub.client.app.state.hub.worker.retry_seconds = (0.3,)
    bundle_id, data = new_bundle(hub.world.devices[0])
    hub.upload(hub.a, bundle_id, data)
    assert hub.state(hub.a, bundle_id, wait=False).status_code == 202
    time.sleep(0.5)
    assert hub.state(hub.a, bundle_id, wait=False).json() == {"state": "stored"}
    (keys / "hq-age.key.away").rename(keys / "hq-age.key")
    assert hub.state(hub.a, bundle_id).json()["state"] == "merged"
