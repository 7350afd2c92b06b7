"""`faltbok hq serve`: the hub under uvicorn on one socket.

The socket is bound here, before uvicorn starts, so the line that names the
URL is true even for `--port 0` (the port the system chose). uvicorn stops on
Ctrl+C or SIGTERM: it ends the requests in progress, then the lifespan stops
the merge worker after the merge it is doing.
"""

from __future__ import annotations

import contextlib
import fcntl
import signal
import socket
import sys

import uvicorn

from app.hub.app import HUB_FOLDER, app_for_database
from app.storage.database import Database
from app.sync.errors import SyncError


class HubBusyError(SyncError):
    """Another hub already serves this data folder."""


def lock_folder(db: Database):
    """One hub per data folder: two would merge the same inbox side by side."""
    folder = db.paths.root / HUB_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / "serve.lock", "a")  # noqa: SIM115 - held while serving
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise HubBusyError(f"another hub already serves {db.paths.root}") from None
    return handle


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named explicitly: asyncio turns Nagle off (TCP_NODELAY) only on
    # sockets whose proto says TCP; with proto 0 every answer on a kept-alive
    # connection waited ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listening from here on: the "serving … at URL" line is printed before uvicorn
    # starts, and a laptop (or the app's hub panel) connecting in between waits in
    # the backlog instead of being refused.
    sock.listen(2048)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/v1"


class _Server(uvicorn.Server):
    """uvicorn re-raises SIGINT/SIGTERM after its graceful shutdown, ending the
    process by the signal; `faltbok hq serve` ends with exit code 0 instead."""

    @contextlib.contextmanager
    def capture_signals(self):
        wanted = (signal.SIGINT, signal.SIGTERM)
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in wanted}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def serve(db: Database, host: str, port: int) -> int:
    app = app_for_database(db)
    lock = lock_folder(db)
    sock = bind(host, port)
    config = uvicorn.Config(app, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=10, lifespan="on")
    server = _Server(config)
    print(f"serving headquarters {db.device_id} at {url_of(sock)}", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        lock.close()
    sys.stdout.flush()
    return 0 if server.started else 1
