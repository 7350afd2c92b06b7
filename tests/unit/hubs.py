"""A real `faltbok hq serve` process on a free loopback port, and a loopback
TCP proxy that cuts connections, for the hub tests and the benchmark."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.sync.http.client import probe


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class HubProcess:
    """`faltbok --data-dir FOLDER hq serve` in a child process, until `stop`.

    The port is chosen once, so a hub killed and started again (the crash
    tests) answers at the same address."""

    def __init__(self, folder: Path, log: Path | None = None, port: int | None = None):
        self.folder = Path(folder)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log or self.folder.parent / f"hub-{self.folder.name}-{self.port}.log"
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return self.url

    def start(self, wait: float = 30.0) -> HubProcess:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "app", "--data-dir", str(self.folder), "hq", "serve",
                 "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + wait
        while not probe(self.url, timeout=1.0):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError(f"the hub did not start: {self.log.read_text()[-2000:]}")
            time.sleep(0.05)
        return self

    def kill(self) -> None:
        """SIGKILL: the hub dies wherever it is (the crash tests)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def close(self) -> None:
        """Whatever happened, leave no hub running (a test's cleanup)."""
        if self.process is not None and self.process.poll() is None:
            self.kill()

    def stop(self) -> int | None:
        """SIGTERM and its exit status (killed if it does not end in a minute)."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.returncode

    def __enter__(self) -> HubProcess:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class CutOffProxy:
    """Forwards 127.0.0.1:`port` to the hub. Each of the first `cuts` connections
    is cut (both sides closed) once `after` bytes came from the client; later
    connections pass untouched. `received` counts every byte the client sent.

    With `mute=True` a cut connection instead keeps forwarding the client's
    bytes but no longer the hub's answers, and is closed `hold` seconds later:
    the hub did the work, the client never hears that it was done."""

    def __init__(self, upstream_port: int, after: int, cuts: int, mute: bool = False,
                 hold: float = 1.0):
        self.upstream, self.after, self.cuts_left = upstream_port, after, cuts
        self.mute, self.hold = mute, hold
        self.received = 0
        self.cut = 0
        self.lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.closing = True
        self.server.close()

    def _accept(self) -> None:
        while not self.closing:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            with self.lock:
                limit = self.after if self.cuts_left > 0 else None
                if limit is not None:
                    self.cuts_left -= 1
            upstream = socket.create_connection(("127.0.0.1", self.upstream))
            muted = threading.Event()
            threading.Thread(target=self._up, args=(client, upstream, limit, muted),
                             daemon=True).start()
            threading.Thread(target=self._down, args=(upstream, client, muted),
                             daemon=True).start()

    def _up(self, client: socket.socket, upstream: socket.socket, limit: int | None,
            muted: threading.Event) -> None:
        passed = 0
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    upstream.shutdown(socket.SHUT_WR)
                    return
                with self.lock:
                    self.received += len(data)
                if limit is not None and passed + len(data) >= limit and self.mute:
                    if not muted.is_set():
                        muted.set()
                        with self.lock:
                            self.cut += 1
                        timer = threading.Timer(self.hold, _close, (client, upstream))
                        timer.daemon = True
                        timer.start()
                elif limit is not None and passed + len(data) >= limit:
                    upstream.sendall(data[:limit - passed])
                    with self.lock:
                        self.cut += 1
                    _close(client, upstream)
                    return
                upstream.sendall(data)
                passed += len(data)
        except OSError:
            _close(client, upstream)

    def _down(self, upstream: socket.socket, client: socket.socket,
              muted: threading.Event) -> None:
        try:
            while True:
                data = upstream.recv(65536)
                if not data:
                    client.shutdown(socket.SHUT_WR)
                    return
                if not muted.is_set():
                    client.sendall(data)
        except OSError:
            _close(client, upstream)


def _close(*sockets: socket.socket) -> None:
    for sock in sockets:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
