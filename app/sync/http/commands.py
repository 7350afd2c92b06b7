"""CLI: `faltbok sync [--hub URL]` and `faltbok hub set URL` on a device.

Each way a round can fail is one line on stderr and its own exit status
(`EXIT_CODES`, listed in docs/hub.md), so scripts and
schedulers can tell a laptop without a connection from a revoked one.
"""

from __future__ import annotations

from app.sync.http.errors import (
    HubError,
    HubProtocolError,
    HubRefusedError,
    HubTimeoutError,
    HubTlsError,
    HubUnreachableError,
    InvalidHubUrlError,
    NoHubError,
    RoundCancelledError,
)

EXIT_CODES = (  # most specific first
    (HubUnreachableError, 10),
    (HubTimeoutError, 11),
    (HubTlsError, 12),
    (HubProtocolError, 15),
    (NoHubError, 16),
    (InvalidHubUrlError, 2),
    (RoundCancelledError, 17),
)
EXIT_UNKNOWN_DEVICE, EXIT_REVOKED = 13, 14


def register(commands) -> dict:
    sync = commands.add_parser("sync", help="one round with the headquarters hub: send, "
                               "fetch receipts and what headquarters has for this laptop")
    sync.add_argument("--hub", metavar="URL", help="this hub instead of the stored one")
    hub = commands.add_parser("hub", help="the headquarters hub this laptop syncs with")
    sub = hub.add_subparsers(dest="hub_command", required=True,
                             parser_class=commands._parser_class)
    hub_set = sub.add_parser("set", help="store the hub's address (https://…)")
    hub_set.add_argument("url", metavar="URL")
    sub.add_parser("show", help="print the stored hub address")
    return {"sync": cmd_sync, "hub": cmd_hub}


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(result) -> str:
    """The one line `faltbok sync` prints about what moved."""
    if result.nothing_new:
        return "nothing new"
    parts = []
    if result.bundles_sent:
        parts.append(f"sent {_count(result.changes_sent, 'change')} in "
                     f"{_count(result.bundles_sent, 'bundle')} "
                     f"({max(1, round(result.bytes_sent / 1000))} kB)")
    if result.receipts:
        parts.append(_count(result.receipts, "receipt"))
    if result.merged:
        parts.append(f"merged {_count(result.merged, 'change')} from headquarters")
    else:
        parts.append("nothing new from headquarters")
    return ", ".join(parts)


def cmd_sync(ctx) -> int:
    from app.sync.http.client import run_round

    result = run_round(ctx.open_database(), ctx.args.hub)
    print(summary(result))
    return 0


def cmd_hub(ctx) -> int:
    from app.sync import identity
    from app.sync.http.settings import hub_url, normalise, set_hub_url

    if ctx.args.hub_command == "set":
        normalise(ctx.args.url)  # a bad address is refused before the database is opened
        db = ctx.open_database()
        identity.require_role(db, "device")
        print(f"hub set to {set_hub_url(db, ctx.args.url)}")
        return 0
    print(hub_url(ctx.open_database()) or "no hub address is set")
    return 0


def describe_error(error: BaseException) -> str | None:
    if isinstance(error, HubRefusedError):
        if error.reason == "revoked":
            return "headquarters refused this laptop: it is revoked"
        if error.reason == "unknown":
            return "headquarters does not know this laptop (enrolment missing or wrong)"
        return f"headquarters refused this laptop's signature: {error}"
    if isinstance(error, NoHubError):
        return "no hub address is set; use 'faltbok hub set URL' or 'faltbok sync --hub URL'"
    if isinstance(error, InvalidHubUrlError):
        return f"bad hub address: {error}"
    if isinstance(error, HubUnreachableError | HubTimeoutError | HubTlsError):
        return f"{error}; nothing is lost, the next sync continues"
    if isinstance(error, HubError):
        return str(error)
    return None


def exit_code(error: BaseException) -> int | None:
    """The exit status of a hub error (None: not ours)."""
    if isinstance(error, HubRefusedError):
        return EXIT_REVOKED if error.reason == "revoked" else EXIT_UNKNOWN_DEVICE
    for kind, code in EXIT_CODES:
        if isinstance(error, kind):
            return code
    return None
