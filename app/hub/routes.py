"""Health, bundle state, receipts and return bundles (docs/hub.md, Endpoints)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse

from app.hub.auth import Caller, authenticate
from app.hub.context import Hub
from app.hub.errors import ApiError, not_found
from app.hub.store import DeviceRevoked

API_VERSION = 1
RECEIPTS_PER_ANSWER = 100
SEQ_MAX = 2**62

router = APIRouter(prefix="/v1")


def bundle_answer(hub: Hub, device_id: str, bundle_id: str) -> JSONResponse | None:
    """What the hub knows of one of this device's bundles, or None (docs/hub.md)."""
    known = hub.state.bundle(device_id, bundle_id)
    if known is not None and known.state == "stored":
        return JSONResponse({"state": "stored"}, status_code=202)
    if known is not None and known.state == "refused":
        return JSONResponse({"state": "refused", "reason": known.reason})
    receipt = hub.replica.receipt(device_id, bundle_id)  # also bundles imported from files
    if receipt is None:
        return None
    return JSONResponse({"state": "merged", "receipt": receipt})


@router.get("/health", summary="Is the hub up? (no authentication)")
def health(request: Request) -> dict:
    hub: Hub = request.app.state.hub
    return {"status": "ok", "api": API_VERSION, "hq": hub.replica.hq_device_id()}


@router.get("/bundles/{bundle_id}", summary="The state of one of this device's bundles",
            responses={202: {"description": "stored, merge not finished"},
                       404: {"description": "unknown"}})
def bundle_state(bundle_id: str, request: Request, caller: Caller = Depends(authenticate)):
    answer = bundle_answer(request.app.state.hub, caller.device_id, bundle_id)
    if answer is None:
        raise not_found("the hub has no such bundle of this device")
    return answer


@router.get("/receipts", summary="This device's receipts after a cursor")
def receipts(request: Request, after: int = Query(0, ge=0, le=SEQ_MAX),
             caller: Caller = Depends(authenticate)) -> dict:
    hub: Hub = request.app.state.hub
    rows = hub.state.receipts_after(caller.device_id, after, RECEIPTS_PER_ANSWER)
    return {"receipts": [{"cursor": c, "bundle_id": b, "receipt": r} for c, b, r in rows],
            "cursor": rows[-1][0] if rows else after}


@router.get("/return", summary="A return bundle with HQ's changes after `since`",
            response_class=Response,
            responses={200: {"content": {"application/octet-stream": {}}},
                       204: {"description": "nothing new for this device"}})
def return_bundle(request: Request, since: int = Query(0, ge=0, le=SEQ_MAX),
                  caller: Caller = Depends(authenticate)) -> Response:
    hub: Hub = request.app.state.hub
    try:
        answer = hub.replica.return_bundle(caller.device_id, since)
    except DeviceRevoked:
        raise ApiError(403, "revoked", "headquarters has revoked this device") from None
    headers = {"Faltbok-Return-Seq": str(answer.top)}
    if answer.data is None:
        return Response(status_code=204, headers=headers)
    return Response(answer.data, media_type="application/octet-stream", headers=headers)
