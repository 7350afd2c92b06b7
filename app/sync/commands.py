"""CLI: `faltbok export|import` on a device, `faltbok hq ...` at headquarters.

Every refusal is a typed `SyncError` turned into one line by `describe_error`;
files are fully checked before a database is opened for writing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.storage.atomic import write_atomic
from app.sync.errors import SyncError


def register(commands) -> dict:
    export = commands.add_parser("export", help="write a sync bundle for headquarters")
    export.add_argument("--to", required=True, metavar="FILE", help="bundle file to write")
    imp = commands.add_parser("import", help="import a return bundle, a receipt or an "
                              "enrolment file from headquarters")
    imp.add_argument("file", metavar="FILE")
    commands.add_parser("held", help="list the merged changes held back, with their reason")
    hq = commands.add_parser("hq", help="headquarters: enrol devices, take and answer bundles")
    sub = hq.add_subparsers(dest="hq_command", required=True,
                            parser_class=commands._parser_class)
    sub.add_parser("init", help="make this data folder headquarters")
    enrol = sub.add_parser("enrol", help="enrol a device; writes its enrolment file")
    enrol.add_argument("name", metavar="DEVICE_NAME")
    enrol.add_argument("--out", required=True, metavar="FILE")
    enrol.add_argument("--scope", default="all", metavar="SCOPE",
                       help="what the device may hold: all (default), or country:CODE and "
                       "partner:ID items separated by commas")
    enrol.add_argument("--hub", metavar="URL",
                       help="the hub the device syncs with (written into the enrolment file)")
    hq_import = sub.add_parser("import", help="merge device bundles, writing receipts")
    hq_import.add_argument("files", nargs="+", metavar="FILE")
    hq_import.add_argument("--receipts", metavar="DIR",
                           help="folder for receipts (default: receipts/ in the data folder)")
    hq_export = sub.add_parser("export", help="write a return bundle for a device")
    hq_export.add_argument("--device", required=True, metavar="NAME_OR_ID")
    hq_export.add_argument("--to", required=True, metavar="FILE")
    revoke = sub.add_parser("revoke", help="end a device: refuse its bundles from now on")
    revoke.add_argument("device", metavar="DEVICE")
    scope = sub.add_parser("scope", help="change what a device may hold (its scope)")
    scope.add_argument("device", metavar="DEVICE")
    scope.add_argument("scope", metavar="SCOPE")
    sub.add_parser("devices", help="list enrolled devices with their scopes")
    audit = commands.add_parser("audit", help="the audit trail (laptop or headquarters)")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True,
                                     parser_class=commands._parser_class)
    audit_sub.add_parser("verify", help="check every device's hash chain of audit events")
    # Higher layers add `hq` subcommands of their own (`hq serve`, app/hub/commands.py),
    # each bringing its handler as the `hq_handler` default.
    hq.set_defaults(hq_subcommands=sub)
    return {"export": cmd_export, "import": cmd_import, "hq": cmd_hq, "audit": cmd_audit,
            "held": cmd_held}


def _write(path: str, data: bytes) -> None:
    write_atomic(Path(path), data)


def cmd_export(ctx) -> int:
    from app.sync.service import SyncService

    result = SyncService(ctx.open_database()).export_to(ctx.args.to)
    note = f", {result.withheld} sensitive values withheld" if result.withheld else ""
    print(f"wrote {result.changes} changes to {ctx.args.to} (bundle {result.bundle_id}{note})")
    return 0


def cmd_import(ctx) -> int:
    from app.sync.identity import accept_enrolment, parse_enrolment
    from app.sync.service import SyncService, is_enrolment, read_file

    data = read_file(ctx.args.file)
    if is_enrolment(data):
        enrolment = parse_enrolment(data)
        # unlock (or create, encrypted if FALTBOK_PASSPHRASE is set) the way every
        # command does; accept_enrolment then reopens with the remembered passphrase
        ctx.open_database(create=True, device_id=enrolment.device_id,
                          device_name=enrolment.device_name).close()
        db = accept_enrolment(ctx.paths, enrolment)
        print(f"enrolled as device {enrolment.device_name!r} ({db.device_id}) of "
              f"headquarters {enrolment.hq_device_id}")
        return 0
    outcome = SyncService(ctx.open_database()).import_bytes(data)
    if outcome.kind == "receipt":
        print(f"receipt for bundle {outcome.receipt['bundle_id']}: changes up to "
              f"{outcome.receipt['seq_to']} acknowledged")
    else:
        merged = outcome.merged
        print(f"merged {merged.applied} changes ({merged.pending} waiting, "
              f"{merged.quarantined} quarantined, {merged.conflicts} conflicts)")
    return 0


def cmd_audit(ctx) -> int:
    """`audit verify`: one line per finding and exit 1, or one line saying intact."""
    from app.services.audit import AuditService

    verdict = AuditService(ctx.open_database()).verify()
    for finding in verdict.findings:
        print(finding)
    if verdict.findings:
        print(f"faltbok: the audit trail is broken: {len(verdict.findings)} findings in "
              f"{verdict.events} events from {verdict.devices} devices", file=sys.stderr)
        return 1
    print(f"audit trail intact: {verdict.events} events from {verdict.devices} devices")
    return 0


def cmd_held(ctx) -> int:
    """One line per change held in quarantine: why, what, whose (docs/sync.md §9)."""
    from app.sync.service import SyncService

    for table, row, field, value, hlc, device, reason in SyncService(
            ctx.open_database()).held_back():
        shown = value if value is None or len(value) <= 60 else value[:59] + "…"
        print(f"{reason}  {table}.{field}  {row}  {hlc}  from {device}  {shown!r}")
    return 0


def cmd_hq(ctx) -> int:
    from app.sync import hq, identity
    from app.sync.service import read_file

    args = ctx.args
    if args.hq_command == "init":
        db = ctx.open_database(create=True, device_name="headquarters")
        recipient = identity.init_hq(db)
        print(f"headquarters {db.device_id} in {ctx.paths.root}; age recipient {recipient}")
        return 0
    db = ctx.open_database()
    if args.hq_command == "enrol":
        data = identity.enrol(db, args.name, scope=args.scope, hub=args.hub,
                              write=lambda data: _write(args.out, data))
        print(f"enrolled {args.name!r} (scope {json.loads(data)['scope']}); carry {args.out} "
              "to the device and import it there")
        return 0
    if args.hq_command == "import":
        return _hq_import(db, ctx, [read_file(f) for f in args.files])
    if args.hq_command == "export":
        peer, data, count = hq.export_return(db, args.device)
        _write(args.to, data)
        print(f"wrote {count} changes for {peer.name!r} to {args.to}")
        return 0
    if getattr(args, "hq_handler", None) is not None:
        return args.hq_handler(ctx, db)
    if args.hq_command == "scope":
        peer = hq.set_scope(db, args.device, args.scope)
        print(f"scope of {peer.name!r} is now {peer.scope}; its next return bundle applies it")
        return 0
    if args.hq_command == "revoke":
        peer = hq.revoke(db, args.device)
        print(f"revoked {peer.name!r} ({peer.device_id})")
        return 0
    for peer in hq.peers(db):
        state = "revoked" if peer["revoked"] else "active" if peer["public_key"] else "enrolled"
        print(f"{peer['device_id']}  {state:<8}  {peer['name']}  scope {peer['scope']}")
    return 0


def _hq_import(db, ctx, blobs: list[bytes]) -> int:
    """All or nothing (docs/sync.md §8): every file is checked, then all are merged
    in one transaction; a refusal of any file is one line naming it, exit 1, and
    nothing merged. Receipts are written after the commit."""
    from app.sync import hq
    from app.sync.hq_service import RECEIPTS_DIR, write_receipt

    folder = Path(ctx.args.receipts) if ctx.args.receipts else ctx.paths.root / RECEIPTS_DIR
    prepared = []
    for name, data in zip(ctx.args.files, blobs, strict=True):
        try:  # every file is checked before any is merged
            prepared.append((name, hq.prepare_import(db, data)))
        except SyncError as error:
            raise type(error)(f"{name}: {error}") from error
    outcomes = hq.apply_imports(db, prepared)
    for (name, _ready), outcome in zip(prepared, outcomes, strict=True):
        try:
            target = write_receipt(folder, outcome)
        except OSError as error:  # merged and committed: not a failure of the import
            print(f"faltbok: {name}: merged, but its receipt could not be written "
                  f"({error.strerror or error}); import the file again to write it",
                  file=sys.stderr)
            continue
        if outcome.replay:
            print(f"{name}: already imported; receipt {target}")
        else:
            r = outcome.result
            print(f"{name}: merged {r.applied} changes from {outcome.device_name!r} "
                  f"({r.pending} waiting, {r.quarantined} quarantined, {r.conflicts} "
                  f"conflicts); receipt {target}")
    return 0


def describe_error(error: BaseException) -> str | None:
    from app.sync.keystore import MissingSecretError

    if isinstance(error, SyncError | MissingSecretError):
        return str(error)
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use the faltbok command")
