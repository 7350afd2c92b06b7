"""What the hub needs from headquarters' replica, as an interface.

The API talks only to a `Replica` (peers, merging, receipts, return bundles)
and to its own `HubState` (uploads, stored bundles, nonces; `state.py`). The
SQLite replica of today (`replica.py`) is one implementation; a PostgreSQL
replica can be another without changing the protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Peer:
    """An enrolled device as authentication sees it."""

    device_id: str
    public_key: str  # "" until HQ pins it (first bundle merged)
    enrol_secret: str  # "" once pinned
    revoked: bool


@dataclass(frozen=True)
class StoredReceipt:
    bundle_id: str
    device_id: str
    receipt: str


@dataclass(frozen=True)
class ReturnBundle:
    data: bytes | None  # None: nothing new for the device (nothing was written)
    top: int  # the highest HQ change-log seq so far


class MergeRefused(Exception):
    """The replica refused a bundle for good; `reason` is a code of docs/hub.md."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


class DeviceRevoked(Exception):
    """A request for a device HQ has revoked."""


class Replica(Protocol):
    """Headquarters' replica, as the hub uses it."""

    def hq_device_id(self) -> str: ...

    def peer(self, device_id: str) -> Peer | None: ...

    def merge(self, data: bytes, device_id: str, bundle_id: str) -> str:
        """Merge a device bundle exactly as `faltbok hq import` would; its receipt
        text. A bundle merged before gets its first receipt again. Raises
        `MergeRefused`; any other exception means "try again later"."""

    def receipt(self, device_id: str, bundle_id: str) -> str | None: ...

    def receipts(self) -> list[StoredReceipt]:
        """Every receipt HQ ever issued, in the order issued."""

    def return_bundle(self, device_id: str, since: int) -> ReturnBundle:
        """HQ's changes after `since` for a device; raises `DeviceRevoked`."""
