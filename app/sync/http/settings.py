"""Where this device's hub is: one validated URL in `local_state['hub_url']`.

It arrives in the enrolment file (`"hub"`), and `faltbok hub set URL` or the
Settings page change it. Kept in the database (not synced) so it moves with
the data folder; written only when it changes.
"""

from __future__ import annotations

from app.storage.database import Database
from app.sync.hub_address import HUB_URL, normalise  # noqa: F401 (normalise re-exported)
from app.sync.identity import get_state, set_state


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
