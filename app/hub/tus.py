"""A small tus 1.0 server (core, creation, termination) for device bundles.

Why not `tuspyserver`: docs/hub.md. Each PATCH body is streamed to the
upload's file while counted and hashed; its bytes count (the offset moves)
only once they match the signed Content-Digest and are fsynced. The last
PATCH answers only when the whole bundle matches its SHA-256 and sits
durably in the inbox, recorded `stored` for the merge worker.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import secrets
import uuid

from fastapi import APIRouter, Depends, Header, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from app.hub.auth import Caller, authenticate, has_body
from app.hub.context import Hub
from app.hub.errors import ApiError, not_found
from app.hub.files import create_empty
from app.hub.routes import bundle_answer
from app.hub.state import Upload
from app.hub.worker import ChecksumMismatch, store_upload
from app.sync.bundle import MAX_FILE_BYTES

TUS_VERSION = "1.0.0"
MAX_UNFINISHED = 8
OFFSET_TYPE = "application/offset+octet-stream"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DIGITS = re.compile(r"[0-9]{1,19}")

router = APIRouter(prefix="/v1/uploads")


def _tus(**headers: str) -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, **headers}


def _require_tus(request: Request) -> None:
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise ApiError(412, "tus_version", "Tus-Resumable: 1.0.0 is required",
                       {"Tus-Version": TUS_VERSION})


def _number(request: Request, name: str) -> int:
    value = request.headers.get(name)
    if value is None or not _DIGITS.fullmatch(value.strip()):
        raise ApiError(400, "bad_request", f"{name} must be a non-negative integer")
    return int(value)


def parse_metadata(value: str | None) -> tuple[str, str]:
    """(bundle_id, sha256) from tus `Upload-Metadata`; anything else is refused."""
    pairs: dict[str, str] = {}
    try:
        for item in (value or "").split(","):
            key, encoded = item.strip().split(" ")
            if key in pairs:
                raise ValueError
            pairs[key] = base64.b64decode(encoded, validate=True).decode()
        bundle_id, digest = pairs.pop("bundle_id"), pairs.pop("sha256")
        if pairs or str(uuid.UUID(bundle_id)) != bundle_id or not _SHA256.fullmatch(digest):
            raise ValueError
    except (ValueError, KeyError, binascii.Error, UnicodeError):
        raise ApiError(400, "bad_metadata", "Upload-Metadata must carry exactly bundle_id "
                       "(a UUID) and sha256 (64 lowercase hex digits)") from None
    return bundle_id, digest


@router.options("", status_code=204, summary="tus discovery (no authentication)")
def discover() -> Response:
    return Response(status_code=204, headers=_tus(
        **{"Tus-Version": TUS_VERSION, "Tus-Extension": "creation,termination",
           "Tus-Max-Size": str(MAX_FILE_BYTES)}))


@router.post("", status_code=201, summary="Create an upload of a device bundle (tus creation)",
             responses={200: {"description": "the hub has the bundle (merged or refused)"},
                        202: {"description": "the hub has the bundle, merge not finished"}})
def create(request: Request, caller: Caller = Depends(authenticate),
           upload_length: str | None = Header(None), upload_metadata: str | None = Header(None),
           tus_resumable: str | None = Header(None)) -> Response:
    hub: Hub = request.app.state.hub
    _require_tus(request)
    if has_body(request):
        raise ApiError(400, "bad_request", "creation-with-upload is not offered")
    length = _number(request, "upload-length")
    if length > MAX_FILE_BYTES:
        raise ApiError(413, "too_large", f"a bundle is at most {MAX_FILE_BYTES} bytes")
    if length == 0:
        raise ApiError(400, "bad_request", "a bundle is never empty")
    bundle_id, digest = parse_metadata(upload_metadata)
    known = bundle_answer(hub, caller.device_id, bundle_id)
    if known is not None:
        known.headers.update(_tus())
        return known
    unfinished = hub.state.uploads_of(caller.device_id)
    for upload in unfinished:
        if (upload.bundle_id, upload.length, upload.sha256) == (bundle_id, length, digest):
            return _created(request, upload)
    if len(unfinished) >= MAX_UNFINISHED:
        raise ApiError(429, "too_many_uploads", "finish or delete an unfinished upload first")
    upload = Upload(secrets.token_hex(16), caller.device_id, bundle_id, length, digest, 0,
                    hub.clock())
    create_empty(hub.state.part_file(upload.id))
    hub.state.add_upload(upload)
    return _created(request, upload)


def _created(request: Request, upload: Upload) -> Response:
    location = str(request.url_for("upload", upload_id=upload.id))
    return Response(status_code=201, headers=_tus(
        Location=location, **{"Upload-Offset": str(upload.offset)}))


def _owned(hub: Hub, upload_id: str, caller: Caller) -> Upload:
    upload = hub.state.upload(upload_id, caller.device_id)
    if upload is None:
        raise not_found("no such upload of this device")
    return upload


@router.head("/{upload_id}", name="upload", summary="The offset of an upload (tus core)")
def offset(upload_id: str, request: Request, caller: Caller = Depends(authenticate)) -> Response:
    _require_tus(request)
    upload = _owned(request.app.state.hub, upload_id, caller)
    return Response(status_code=200, headers=_tus(
        **{"Upload-Offset": str(upload.offset), "Upload-Length": str(upload.length),
           "Cache-Control": "no-store"}))


@router.delete("/{upload_id}", status_code=204, summary="Drop an unfinished upload (tus "
               "termination)")
def terminate(upload_id: str, request: Request,
              caller: Caller = Depends(authenticate)) -> Response:
    hub: Hub = request.app.state.hub
    _require_tus(request)
    upload = _owned(hub, upload_id, caller)
    if upload.id in hub.busy:
        raise ApiError(409, "busy", "a PATCH of this upload is in progress")
    hub.state.drop_upload(upload.id)
    hub.state.part_file(upload.id).unlink(missing_ok=True)
    return Response(status_code=204, headers=_tus())


@router.patch("/{upload_id}", status_code=204, summary="Append to an upload (tus core)")
async def append(upload_id: str, request: Request, caller: Caller = Depends(authenticate),
                 upload_offset: str | None = Header(None),
                 content_type: str | None = Header(None)) -> Response:
    hub: Hub = request.app.state.hub
    _require_tus(request)
    if (content_type or "").split(";")[0].strip().lower() != OFFSET_TYPE:
        raise ApiError(415, "bad_request", f"a PATCH body is {OFFSET_TYPE}")
    upload = await run_in_threadpool(_owned, hub, upload_id, caller)
    start = _number(request, "upload-offset")
    if start != upload.offset:
        raise ApiError(409, "offset_mismatch", "the offset differs from the hub's",
                       {"Upload-Offset": str(upload.offset)})
    declared = request.headers.get("content-length")
    if declared is not None:
        if start + _number(request, "content-length") > upload.length:
            raise ApiError(413, "too_large", "the body goes past Upload-Length")
    if upload.id in hub.busy:
        raise ApiError(409, "busy", "another PATCH of this upload is in progress")
    hub.busy.add(upload.id)
    try:
        end = await _receive(hub, request, upload, caller)
    finally:
        hub.busy.discard(upload.id)
    headers = _tus(**{"Upload-Offset": str(end)})
    if end == upload.length:  # (an empty PATCH at the end retries a failed finish)
        await run_in_threadpool(_finish, hub, upload)
        headers["Faltbok-Bundle-State"] = "stored"
    return Response(status_code=204, headers=headers)


async def _receive(hub: Hub, request: Request, upload: Upload, caller: Caller) -> int:
    """Stream the body after the offset; the new offset once it is fsynced."""
    path = hub.state.part_file(upload.id)
    try:
        handle = open(path, "r+b")  # noqa: SIM115 - closed below on every path
    except FileNotFoundError:
        raise not_found("no such upload of this device") from None
    start, received, hasher = upload.offset, 0, hashlib.sha256()
    try:
        handle.seek(start)
        handle.truncate()  # bytes of an earlier, cut-off PATCH never counted
        try:
            async for chunk in request.stream():
                received += len(chunk)
                if start + received > upload.length:
                    raise ApiError(413, "too_large", "the body goes past Upload-Length")
                hasher.update(chunk)
                handle.write(chunk)
        except ClientDisconnect:
            raise ApiError(400, "bad_request", "the body was cut off") from None
        if received and caller.digest != hasher.digest():
            raise ApiError(400, "digest_mismatch", "the body differs from its Content-Digest")
        await run_in_threadpool(_sync, handle)
    except BaseException:
        handle.truncate(start)
        handle.close()
        raise
    handle.close()
    end = start + received
    if received:
        await run_in_threadpool(hub.state.set_offset, upload.id, end, hub.clock())
    return end


def _sync(handle) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _finish(hub: Hub, upload: Upload) -> None:
    """Check the whole bundle and store it durably in the inbox for the worker."""
    try:
        store_upload(hub.state, upload, hub.clock())
    except ChecksumMismatch:
        raise ApiError(400, "sha256_mismatch", "the bundle differs from its sha256; upload it "
                       "again") from None
    hub.worker.notify()
