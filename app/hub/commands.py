"""CLI: `faltbok hq serve` — the hub, added to the `hq` commands of app.sync.

The hub sits above sync in the layers, so it adds its subcommand to the `hq`
parser that `app.sync.commands` made (handed over as that parser's
`hq_subcommands` default) instead of sync reaching up to it.
"""

from __future__ import annotations


def register(commands) -> dict:
    sub = commands.choices["hq"].get_default("hq_subcommands")
    serve = sub.add_parser("serve", help="run the hub: devices sync over HTTP (docs/hub.md)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.set_defaults(hq_handler=cmd_serve)
    return {}


def cmd_serve(ctx, db) -> int:
    from app.hub.serve import serve

    return serve(db, ctx.args.host, ctx.args.port)

