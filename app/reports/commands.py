"""`faltbok report KIND --format xlsx|csv|pdf --out FILE [filters]`.

Bad filters are one line on stderr, a non-zero exit and no file. The file is
written beside its target under a temporary name and renamed over it only
when complete, so a failure mid-write leaves no partial file (and an older
file of that name as it was). Each written report is an `export` audit event
(`app/services/exports.py`). The words of the headers come from the top
layer (`CommandContext.report_label`), in `--language`.
"""

from __future__ import annotations

from app.reports import csv_export, xlsx
from app.reports.filters import FilterError, ReportFilters
from app.reports.model import REPORT_KINDS, Audience, build_report
from app.services import exports

FORMATS = ("xlsx", "csv", "pdf")
LANGUAGES = ("en", "sv", "ru", "ky", "kk", "tg", "uz")  # as app/ui/base/i18n.py (a test checks)


class FormatNotAvailableError(Exception):
    def __init__(self, name: str):
        super().__init__(f"{name}: not available in this version")


def register(commands) -> dict:
    report = commands.add_parser(
        "report", help="write a report: " + ", ".join(REPORT_KINDS),
        description="Write a report as a file. Kinds: " + ", ".join(REPORT_KINDS) + ". "
        "Public (counts under 5 hidden) unless --internal; names never appear.")
    report.add_argument("kind", choices=REPORT_KINDS, metavar="KIND",
                        help="one of: " + ", ".join(REPORT_KINDS))
    report.add_argument("--format", choices=FORMATS, required=True)
    report.add_argument("--out", required=True, metavar="FILE")
    report.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--project", metavar="ID")
    report.add_argument("--partner", metavar="ID")
    report.add_argument("--country", metavar="CC", help="two-letter code, e.g. KG")
    report.add_argument("--internal", action="store_true",
                        help="exact counts for coordinators (the default is public)")
    report.add_argument("--bom", action="store_true", help="csv: start with a BOM for Excel")
    report.add_argument("--language", choices=LANGUAGES, default="en")
    return {"report": cmd_report}


def cmd_report(ctx) -> int:
    from app.services import Services

    args = ctx.args
    db = ctx.open_database()
    filters = ReportFilters.parse(Services(db), date_from=args.date_from, date_to=args.date_to,
                                  project=args.project, partner=args.partner,
                                  country=args.country)
    writer = _writer(ctx, args)
    audience = Audience.INTERNAL if args.internal else Audience.PUBLIC
    report = build_report(args.kind, filters, audience, db)
    label = ctx.report_label(args.language)
    export = exports.plan(db, f"report {args.kind} ({audience}, {args.format})", args.out)
    with exports.written_in_place(args.out) as temp:  # no partial file, the old one kept
        writer(report, temp, label)
    rows = sum(len(t.rows) for t in report.tables)
    exports.record(db, export, rows)
    print(f"wrote the {args.kind} report ({audience}) to {args.out}")
    return 0


def _writer(ctx, args):
    if args.format == "xlsx":
        return xlsx.write_report
    if args.format == "csv":
        return lambda report, path, label: csv_export.write_report(report, path, label,
                                                                   bom=args.bom)
    writer = ctx.report_pdf_writer()
    if writer is None:
        raise FormatNotAvailableError("pdf")
    return writer


def describe_error(error: BaseException) -> str | None:
    if isinstance(error, FilterError | FormatNotAvailableError):
        return str(error)
    return None
