"""Resumable upload of one bundle file to the hub (tus 1.0 core + creation).

Why not `tuspy`: every request here carries its own RFC 9421 signature, with
a fresh nonce and a `Content-Digest` of that very PATCH body; tuspy sends one
fixed set of headers (no per-request hook), through `requests` without a
session (a new TCP and TLS handshake per chunk), and pulls in aiohttp. The
subset we need (create, HEAD, PATCH, DELETE) is small; see docs/hub.md.

A connection that drops mid-PATCH costs only that chunk: the hub counts
bytes only once a PATCH is complete and fsynced, `HEAD` says where to go on.
After a drop the chunk is halved (down to `MIN_CHUNK`), so a link that keeps
breaking after a few hundred kilobytes still gets the bundle through without
resending much. The upload URL is remembered beside the bundle file
(outgoing.py), so a round that ends mid-upload (app closed, network gone)
resumes from the hub's offset next time.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.sync.http.errors import (
    HubError,
    HubProtocolError,
    HubTimeoutError,
    HubUnreachableError,
    RoundCancelledError,
)
from app.sync.http.outgoing import Outgoing
from app.sync.http.transport import TUS_VERSION, Answer, Hub, error_code, json_of, unexpected

CHUNK = 256 << 10
MIN_CHUNK = 32 << 10
RETRIES = 6  # consecutive failures without progress before the round gives up
TUS = {"Tus-Resumable": TUS_VERSION}


@dataclass
class Upload:
    """What pushing one bundle did: bytes put on the wire and the hub's answer."""

    bytes_sent: int = 0
    state: dict | None = None  # the hub's bundle state when it already had the bundle


def metadata(outgoing: Outgoing) -> str:
    pairs = (("bundle_id", outgoing.bundle_id), ("sha256", outgoing.sha256))
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs)


def bundle_state(answer: Answer) -> dict:
    doc = json_of(answer)
    if doc.get("state") not in ("merged", "stored", "refused"):
        raise HubProtocolError("the hub answered an unknown bundle state")
    return doc


def create(hub: Hub, outgoing: Outgoing) -> tuple[str | None, int, dict | None]:
    """(upload URL, offset, None) of a new or resumed upload; or (None, 0, state)
    when the hub already has the bundle."""
    answer = hub.request("POST", "/uploads", headers={
        **TUS, "Upload-Length": str(outgoing.size), "Upload-Metadata": metadata(outgoing)})
    if answer.status == 201 and answer.headers.get("Location"):
        return hub.url(answer.headers["Location"]), _offset(answer, 0), None
    if answer.status in (200, 202):
        return None, 0, bundle_state(answer)
    raise unexpected(answer)


def offset_of(hub: Hub, url: str) -> int | None:
    """The hub's offset of an upload, or None when it no longer has it."""
    answer = hub.request("HEAD", url, headers=TUS)
    if answer.status in (404, 410):
        return None
    if answer.status not in (200, 204):
        raise unexpected(answer)
    return _offset(answer)


def upload(hub: Hub, outgoing: Outgoing, cancel=None,
           progress: Callable[[int, int], None] | None = None) -> Upload:
    """Deliver the bundle file, resuming an upload the hub already holds."""
    done = Upload()
    url = outgoing.upload_url(hub.base)
    offset = offset_of(hub, url) if url else None
    chunk, failures, creations = CHUNK, 0, 0
    with open(outgoing.path, "rb") as source:
        while offset is None or offset < outgoing.size:
            if offset is None:  # no upload yet, or the hub has none by that URL any more
                # (a finished one is a bundle: creating again answers its state)
                creations += 1
                if creations > 2:
                    raise HubProtocolError("the hub keeps losing this upload")
                url, offset, done.state = create(hub, outgoing)
                if done.state is not None:
                    outgoing.forget_upload()
                    return done
                outgoing.remember_upload(hub.base, url)
            if progress is not None:
                progress(offset, outgoing.size)
            if cancel is not None and getattr(cancel, "cancelled", False):
                raise RoundCancelledError("the round was cancelled during the upload")
            source.seek(offset)
            body = source.read(chunk)
            try:
                done.bytes_sent += len(body)
                answer = hub.request("PATCH", url, body=body, headers={
                    **TUS, "Upload-Offset": str(offset),
                    "Content-Type": "application/offset+octet-stream"})
            except (HubUnreachableError, HubTimeoutError):
                failures += 1
                if failures > RETRIES:
                    raise
                chunk = max(MIN_CHUNK, chunk // 2)
                time.sleep(min(0.1 * 2 ** failures, 2.0))
                offset = _resume(hub, url, failures)
                continue
            if answer.status == 409:  # our idea of the offset was stale
                offset = offset_of(hub, url)
                continue
            if answer.status in (404, 410):
                offset = None
                continue
            if answer.status == 400:
                if error_code(answer)[0] == "sha256_mismatch":
                    outgoing.discard()  # the kept file is damaged: the next round exports anew
                else:
                    outgoing.forget_upload()
                raise unexpected(answer)
            if answer.status != 204:
                raise unexpected(answer)
            offset, failures = _offset(answer), 0
    if progress is not None:
        progress(outgoing.size, outgoing.size)
    return done


def terminate(hub: Hub, url: str) -> None:
    """Best effort: ask the hub to drop an upload we abandoned (a newer bundle
    supersedes it); a failure only leaves it to the hub's own clean-up."""
    try:
        hub.request("DELETE", url, headers=TUS)
    except HubError:
        pass


def _resume(hub: Hub, url: str, failures: int) -> int | None:
    """The offset to continue from after a dropped PATCH (retrying the HEAD too);
    None when the hub has no upload by that URL (it finished: the bundle is stored)."""
    while True:
        try:
            offset = offset_of(hub, url)
        except (HubUnreachableError, HubTimeoutError):
            failures += 1
            if failures > RETRIES:
                raise
            time.sleep(min(0.1 * 2 ** failures, 2.0))
            continue
        return offset


def _offset(answer: Answer, default: int | None = None) -> int:
    raw = answer.headers.get("Upload-Offset")
    if raw is None and default is not None:
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise HubProtocolError("the hub's answer lacks a valid Upload-Offset") from None
    if value < 0:
        raise HubProtocolError("the hub's answer has a negative Upload-Offset")
    return value
