"""`faltbok roster import FILE --training ID`: a partner's list onto a roster.

Prints the mapping it used (guessed, remembered for the partner, or given with
`--map COLUMN=FIELD`), then every row that cannot go in with its line number
and reason (never a name: rows are named by line and code), then what was
written. `--dry-run` writes nothing; `--rejects FILE` saves the rows that
cannot go in as a CSV to fix and import again (an export: audited, and names
only for roles that may see them). A file that gives no rows, or a mapping
that is wrong, is one line on stderr and nothing written.
"""

from __future__ import annotations

from app.services.errors import ServiceError


class NothingToImportError(ServiceError):
    def __init__(self, rejected: int):
        super().__init__(f"no row can be imported ({rejected} rejected; see the lines above)")


def register(commands) -> dict:
    roster = commands.add_parser("roster", help="participant lists from Excel, CSV or Kobo")
    actions = roster.add_subparsers(dest="roster_action", required=True,
                                    parser_class=commands._parser_class)
    run = actions.add_parser("import", help="put a partner's list on a training's roster")
    run.add_argument("file", metavar="FILE", help="XLSX, XLS, ODS or CSV (Kobo/ODK exports too)")
    run.add_argument("--training", required=True, metavar="ID", help="the training's id")
    run.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help="a column (header or number) to a field: code, name, gender, "
                          "age_band, birth_year, age, organisation, contact, consent "
                          "(empty: ignore the column)")
    run.add_argument("--dry-run", action="store_true", help="show what would be written")
    run.add_argument("--rejects", metavar="FILE", help="save the rows that cannot go in (CSV)")
    return {"roster": cmd_roster}


def cmd_roster(ctx) -> int:
    from app.services import exports
    from app.services.current_user import current_user
    from app.services.privacy import may_view_names
    from app.services.roster_import import RosterImport, parse_map_options, write_rejects
    from app.services.roster_mapping import header_score
    from app.services.roster_read import read_sheet

    args = ctx.args
    db = ctx.open_database()
    importer = RosterImport(db)
    importer.partner_of(args.training)  # an unknown training fails before the file is read
    sheet = read_sheet(args.file, header_score)
    mapping = importer.guess(sheet, args.training)
    for column, name in parse_map_options(sheet.headers, args.map).items():
        mapping = [("" if f == name and name else f) for f in mapping]
        mapping[column] = name
    plan = importer.plan(sheet, args.training, mapping)
    print(f"{len(sheet.rows)} rows read from {args.file} ({sheet.source})")
    for header, name in zip(sheet.headers, mapping, strict=False):
        if header or name:
            print(f"  column {header!r} -> {name or '(ignored)'}")
    for row in plan.rejected:
        code = row.values.get("code") or "no code"
        print(f"line {row.line} ({code}): " + "; ".join(p.describe() for p in row.problems))
    if args.rejects and plan.rejected:
        user = current_user(db)
        names = may_view_names(user.role if user else None)
        export = exports.plan(db, "roster_rejects", args.rejects, names=names)
        count = write_rejects(plan, args.rejects, names)
        exports.record(db, export, rows=count)
        print(f"{count} rejected rows saved to {args.rejects}")
    summary = (f"{plan.count('new')} new participants, {plan.count('known')} known ones added, "
               f"{plan.count('on_roster')} already on the roster, "
               f"{len(plan.rejected)} rejected")
    if not plan.writes:
        if plan.rejected:
            raise NothingToImportError(len(plan.rejected))
        print(summary + "; nothing to write")
        return 0
    if args.dry_run:
        print(summary + " (dry run: nothing written)")
        return 0
    written, _step = importer.apply(plan)
    print(f"{written.count('new')} new participants, {written.count('known')} known ones added, "
          f"{written.count('on_roster')} already on the roster, {len(written.rejected)} rejected")
    return 0
