"""A hub address: the one validator for every way one arrives (the enrolment
file, `faltbok hq enrol --hub`, `faltbok hub set`, Settings).

A leaf of `app.sync`, so the enrolment (`identity`) and the HTTP client
(`app.sync.http`) share it without importing each other.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from app.sync.errors import SyncError

HUB_URL = "hub_url"  # its key in local_state (kept with the data folder, not synced)
MAX_URL = 2000


class InvalidHubUrlError(SyncError):
    """A hub address that is not an absolute http(s) URL of a host."""


def normalise(url: str) -> str:
    """The canonical form of a hub address, or InvalidHubUrlError.

    Absolute http or https, a host, no credentials, query or fragment (nothing
    secret belongs in it, and requests are signed per path); a trailing slash
    is dropped so that `/v1/...` joins cleanly onto a path prefix.
    """
    if not isinstance(url, str) or not url.strip() or len(url) > MAX_URL:
        raise InvalidHubUrlError("the hub address is empty or too long")
    text = url.strip()
    if any(c.isspace() or ord(c) < 32 for c in text):
        raise InvalidHubUrlError("the hub address contains spaces or control characters")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise InvalidHubUrlError(f"the hub address is malformed ({error})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidHubUrlError("the hub address must start with https:// or http://")
    if not parts.hostname:
        raise InvalidHubUrlError("the hub address names no host")
    if parts.username is not None or parts.password is not None:
        raise InvalidHubUrlError("the hub address must not carry a user name or password")
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise InvalidHubUrlError("the hub address must not have a query or fragment")
    if port == 0:
        raise InvalidHubUrlError("the hub address names port 0")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"),
                       "", ""))
