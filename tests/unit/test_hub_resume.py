"""Property: whatever PATCHes a device sends — good ones, ones whose body
differs from its digest, at a stale offset, past the end — the hub's offset
counts exactly the accepted bytes, its file holds exactly that prefix of the
bundle, and continuing from HEAD completes the bundle, which merges."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.hub.app import app_for_database
from tests.unit.hubkit import TUS, new_bundle, patch_headers
from tests.unit.test_hub_api import Hub
from tests.unit.test_sync_world import World

STEPS = st.lists(st.tuples(st.sampled_from(["ok", "bad_digest", "stale", "past_end"]),
                           st.integers(1, 900)), max_size=8)


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    world = World(tmp_path_factory.mktemp("resume"))
    with TestClient(app_for_database(world.hq)) as client:
        yield Hub(world, client)
    world.close()


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_only_accepted_bytes_count_and_the_upload_completes_from_head(hub, steps):
    bundle_id, data = new_bundle(hub.world.devices[0], partners=4)
    location = hub.create(hub.a, bundle_id, data).headers["Location"]
    part = hub.world.hq.paths.root / "hub" / "uploads" / (location.rsplit("/", 1)[1] + ".part")
    offset = 0
    for kind, size in steps:
        chunk = data[offset:offset + size]
        if kind == "ok" and chunk and offset + len(chunk) < len(data):
            answer = hub.send(hub.a, "PATCH", location, chunk, patch_headers(offset))
            assert answer.status_code == 204
            offset += len(chunk)
        elif kind == "bad_digest" and chunk:
            headers = {**hub.a.headers("PATCH", location, chunk), **patch_headers(offset)}
            answer = hub.client.patch(location, content=bytes(len(chunk)), headers=headers)
            assert answer.status_code == 400
        elif kind == "stale":
            answer = hub.send(hub.a, "PATCH", location, data[:size], patch_headers(offset + 1))
            assert answer.status_code == 409
        elif kind == "past_end":
            answer = hub.send(hub.a, "PATCH", location, data[offset:] + bytes(size),
                              patch_headers(offset))
            assert answer.status_code == 413
        head = hub.send(hub.a, "HEAD", location, headers=TUS)
        assert int(head.headers["Upload-Offset"]) == offset
        assert part.read_bytes()[:offset] == data[:offset]
    rest = hub.send(hub.a, "PATCH", location, data[offset:], patch_headers(offset))
    assert rest.status_code == 204 and rest.headers["Faltbok-Bundle-State"] == "stored"
    assert hub.state(hub.a, bundle_id).json()["state"] == "merged"
