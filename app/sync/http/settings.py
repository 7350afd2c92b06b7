"""Where this device's hub is: one validated URL in `local_state['hub_url']`.

It arrives in the enrolment file (`"hub"`), and `faltbok hub set URL` or the
Settings page change it. Kept in the database (not synced) so it moves with
the data folder; written only when it changes.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from app.storage.database import Database
from app.sync.http.errors import InvalidHubUrlError
from app.sync.identity import get_state, set_state

HUB_URL = "hub_url"
MAX_URL = 2000


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


def hub_url(db: Database) -> str | None:
    """The configured hub address, or None."""
    with db.session() as session:
        return get_state(session, HUB_URL) or None


def set_hub_url(db: Database, url: str) -> str:
    """Validate and store the hub address (no write if it is already the one)."""
    value = normalise(url)
    with db.session() as session:
        if get_state(session, HUB_URL) != value:
            set_state(session, HUB_URL, value)
    return value
