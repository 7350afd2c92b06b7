"""A signing HTTP client for a real hub (`tests.unit.hubs.HubProcess`)."""

from __future__ import annotations

import time

import httpx

from tests.unit.hubkit import Signer, create_headers, patch_headers
from tests.unit.hubs import HubProcess


class HubClient:
    """Signed requests to a running hub as one device."""

    def __init__(self, hub: HubProcess, signer: Signer):
        self.hub, self.signer = hub, signer
        self.http = httpx.Client(timeout=30)

    def url(self, path: str) -> str:
        return path if path.startswith("http") else self.hub.base + path

    def send(self, method: str, path: str, body=None, headers=None, digest_of=None):
        url = self.url(path)
        signed = self.signer.headers(method, url, body if digest_of is None else digest_of)
        return self.http.request(method, url, content=body, headers={**signed, **(headers or {})})

    def create(self, bundle_id: str, data: bytes) -> str:
        answer = self.send("POST", "/v1/uploads", headers=create_headers(bundle_id, data))
        assert answer.status_code == 201, answer.text
        return answer.headers["Location"]

    def offset(self, location: str) -> int | None:
        answer = self.send("HEAD", location, headers={"Tus-Resumable": "1.0.0"})
        return int(answer.headers["Upload-Offset"]) if answer.status_code == 200 else None

    def patch(self, location: str, start: int, chunk: bytes):
        answer = self.send("PATCH", location, chunk, patch_headers(start))
        assert answer.status_code == 204, answer.text
        return answer

    def state(self, bundle_id: str, wait: bool = True):
        deadline = time.monotonic() + 60
        while True:
            answer = self.send("GET", f"/v1/bundles/{bundle_id}")
            if answer.status_code != 202 or not wait or time.monotonic() > deadline:
                return answer
            time.sleep(0.05)
