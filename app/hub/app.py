"""The FastAPI application of the hub: routes, refusals as JSON, body limits,
recovery and the merge worker around its lifetime."""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from app.hub import routes, tus
from app.hub.context import Hub
from app.hub.errors import ApiError
from app.hub.replica import SqliteReplica
from app.hub.state import HubState
from app.hub.store import Replica
from app.hub.worker import MergeWorker, recover
from app.storage.database import Database
from app.sync.bundle import MAX_FILE_BYTES
from app.sync.identity import require_role

log = logging.getLogger(__name__)
SMALL_BODY = 64 << 10
HUB_FOLDER = "hub"
_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def create_app(replica: Replica, state: HubState, *, clock=time.time) -> FastAPI:
    hub = Hub(replica, state, MergeWorker(state, replica), clock)

    @asynccontextmanager
    async def lifespan(_app):
        await run_in_threadpool(recover, state, replica, clock())
        hub.worker.start()
        try:
            yield
        finally:
            await run_in_threadpool(hub.worker.stop)

    app = FastAPI(title="Fältbok hub", version="1", openapi_url="/v1/openapi.json",
                  docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Device bundles up, receipts and return bundles down "
                  "(docs/hub.md). Signed with RFC 9421 HTTP Message Signatures.")
    app.state.hub = hub
    app.include_router(routes.router)
    app.include_router(tus.router)
    app.add_middleware(BodyLimit)
    _handlers(app)
    return app


def app_for_database(db: Database) -> FastAPI:
    """The hub over an HQ data folder (`faltbok hq init`)."""
    require_role(db, "hq")
    return create_app(SqliteReplica(db), HubState(db.paths.root / HUB_FOLDER))


def _error(request: Request, status: int, code: str, detail: str,
           headers: dict[str, str] | None = None) -> JSONResponse:
    headers = dict(headers or {})
    if request.url.path.startswith("/v1/uploads"):
        headers.setdefault("Tus-Resumable", tus.TUS_VERSION)
    return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=headers)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError):
        return _error(request, error.status, error.code, error.detail, error.headers)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException):
        code = _CODES.get(error.status_code, f"http_{error.status_code}")
        detail = error.detail if isinstance(error.detail, str) else code
        return _error(request, error.status_code, code, detail, error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(request, 422, "invalid", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception):
        log.error("request failed: %s: %s", type(error).__name__, error)
        return _error(request, 503, "unavailable", "the hub could not do this now; try again")


class BodyLimit:
    """413 before a byte of an oversized body is read: PATCH bodies up to the
    bundle limit (the route then holds them to Upload-Length), others 64 KiB."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            limit = MAX_FILE_BYTES if scope["method"] == "PATCH" else SMALL_BODY
            for name, value in scope["headers"]:
                if name == b"content-length":
                    text = value.decode("latin-1").strip()
                    if not text.isdigit() or len(text) > 19:
                        response = JSONResponse({"error": "bad_request",
                                                 "detail": "bad Content-Length"}, 400)
                        return await response(scope, receive, send)
                    if int(text) > limit:
                        response = JSONResponse({"error": "too_large",
                                                 "detail": "the body is over the limit"}, 413)
                        return await response(scope, receive, send)
        await self.app(scope, receive, send)
