"""Typed errors of a round with the hub. Each names one reason; the CLI and
the app turn them into words (and the CLI into a distinct exit status)."""

from __future__ import annotations

from app.sync.hub_address import InvalidHubUrlError  # noqa: F401 (re-exported)


class HubError(Exception):
    """Base: a round with the hub did not complete."""


class NoHubError(HubError):
    """No hub address is configured for this device (and none was given)."""


class HubUnreachableError(HubError):
    """No connection: the name does not resolve, the port is closed, or the
    connection dropped before the hub answered."""


class HubTimeoutError(HubError):
    """The hub did not answer within the bounded wait."""


class HubTlsError(HubError):
    """The hub's TLS certificate or handshake failed verification."""


class HubRefusedError(HubError):
    """The hub refused this device: "revoked" (403), "unknown" or "signature" (401)."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason


class HubProtocolError(HubError):
    """The hub answered something this version does not understand (or a
    different headquarters answered)."""


class RoundCancelledError(HubError):
    """The round was cancelled between two steps; what is done stays done and
    an unfinished upload resumes next time."""
