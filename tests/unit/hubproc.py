"""A real `faltbok hq serve` process on 127.0.0.1 for the hub tests, and a
signing HTTP client for it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.unit.hubkit import Signer, create_headers, patch_headers


class HubProcess:
    def __init__(self, folder: Path, log: Path):
        self.folder, self.log = folder, log
        self.proc: subprocess.Popen | None = None
        self.base = ""
        self.port = 0  # the system chooses at the first start; restarts keep it

    def start(self) -> str:
        with open(self.log, "ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "app", "--data-dir", str(self.folder), "hq", "serve",
                 "--port", str(self.port)], stdout=subprocess.PIPE, stderr=err, text=True)
        line = self.proc.stdout.readline()
        assert line.startswith("serving headquarters "), (line, self.log.read_text())
        self.base = line.rsplit(" at ", 1)[1].strip().removesuffix("/v1")
        self.port = int(self.base.rsplit(":", 1)[1])
        deadline = time.monotonic() + 30
        while True:  # the line is printed before uvicorn listens
            try:
                if httpx.get(self.base + "/v1/health", timeout=2).status_code == 200:
                    return self.base
            except httpx.TransportError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise
                time.sleep(0.05)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.proc.stdout.close()

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=60)
        self.proc.stdout.close()
        return code


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
