"""`faltbok hq serve`: the hub under uvicorn on one socket.

The socket is bound here, before uvicorn starts, so the line that names the
URL is true even for `--port 0` (the port the system chose). uvicorn stops on
Ctrl+C or SIGTERM: it ends the requests in progress, then the lifespan stops
the merge worker after the merge it is doing.
"""

from __future__ import annotations

import socket
import sys

import uvicorn

from app.hub.app import app_for_database
from app.storage.database import Database


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/v1"


def serve(db: Database, host: str, port: int) -> int:
    app = app_for_database(db)
    sock = bind(host, port)
    config = uvicorn.Config(app, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=10, lifespan="on")
    server = uvicorn.Server(config)
    print(f"serving headquarters {db.device_id} at {url_of(sock)}", flush=True)
    server.run(sockets=[sock])
    sys.stdout.flush()
    return 0 if server.started else 1
