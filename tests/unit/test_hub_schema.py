"""schemathesis against the hub's own OpenAPI schema, on a real `hq serve`:
no generated request, signed or not, gets a server error; every refusal is the
documented JSON. Bounded: a fixed number of examples and a time limit."""

from __future__ import annotations

import time

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from tests.unit.hubkit import Signer, new_bundle
from tests.unit.hubproc import HubClient
from tests.unit.hubs import HubProcess
from tests.unit.test_sync_world import World

EXAMPLES = 120
TIME_BOUND = 30  # seconds; examples after it are drawn but not sent


class SignedAs(requests.auth.AuthBase):
    """Signs each prepared request (its final URL and body) as the device."""

    def __init__(self, signer: Signer):
        self.signer = signer

    def __call__(self, request):
        body = request.body.encode() if isinstance(request.body, str) else request.body
        if body is not None and not isinstance(body, bytes):
            body = None  # a streamed body: left unsigned-for-digest, refused as such
        request.headers.update(self.signer.headers(request.method, request.url, body or None,
                                                   enrol=False))
        return request


@pytest.fixture
def pinned_hub(tmp_path):
    world = World(tmp_path / "world", devices=1)
    world.hq.close()
    hub = HubProcess(world.hq.paths.root, tmp_path / "hub.log")
    try:
        hub.start()
        signer = Signer(world.devices[0])
        client = HubClient(hub, signer)
        bundle_id, data = new_bundle(world.devices[0])  # merged: the key is pinned
        location = client.create(bundle_id, data)
        client.patch(location, 0, data)
        assert client.state(bundle_id).json()["state"] == "merged"
        yield hub, signer
        assert hub.stop() == 0
    finally:
        hub.close()
        for db in world.devices:
            db.close()


def test_generated_requests_never_get_a_server_error(pinned_hub):
    hub, signer = pinned_hub
    schema = schemathesis.openapi.from_url(hub.base + "/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    signed, unsigned = requests.Session(), requests.Session()
    signed.auth = SignedAs(signer)
    seen = set()
    stop_at = time.monotonic() + TIME_BOUND

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def exchange(data):
        if time.monotonic() > stop_at:
            return
        operation = data.draw(st.sampled_from(operations))
        case = data.draw(operation.as_strategy())
        session = signed if data.draw(st.booleans()) else unsigned
        response = case.call(session=session, timeout=10)
        case.validate_response(response, checks=[not_a_server_error])
        seen.add((operation.method.upper(), response.status_code))
        if response.status_code >= 400 and case.method.upper() != "HEAD":
            assert set(response.json()) == {"error", "detail"}

    exchange()
    assert len(seen) >= 5
    assert any(status < 400 for _method, status in seen)  # signed requests got through
    assert any(status == 401 for _method, status in seen)
