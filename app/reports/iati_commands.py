"""`faltbok iati --out FILE [--org-ref REF] [--org-name NAME]`: the IATI file.

The reference and name given here are used for this run only; the stored ones
(Settings, `iati_settings.py`) otherwise. Every refusal is one line and no
file (docs/iati.md).
"""

from __future__ import annotations


def register(commands) -> dict:
    iati = commands.add_parser("iati", help="write the projects as an IATI 2.03 XML file "
                               "(validated; docs/iati.md)")
    iati.add_argument("--out", required=True, metavar="FILE", help="the XML file to write")
    iati.add_argument("--org-ref", metavar="REF",
                      help="the organisation's IATI identifier, e.g. SE-ON-802005-9839 "
                      "(default: the one set in Settings)")
    iati.add_argument("--org-name", metavar="NAME", help="the organisation's name "
                      "(default: the one set in Settings)")
    return {"iati": cmd_iati}


def cmd_iati(ctx) -> int:
    from app.reports.iati import export_iati

    args = ctx.args
    done = export_iati(ctx.open_database(), args.out, org_ref=args.org_ref,
                       org_name=args.org_name)
    where = "" if not done.outside else " (outside the data folder: the wipe cannot reach it)"
    noun = "activity" if done.activities == 1 else "activities"
    print(f"wrote {done.activities} IATI {noun} to {done.path}{where}")
    return 0


def describe_error(error: BaseException) -> str | None:
    from app.reports.iati_schema import SchemaMissingError
    from app.reports.iati_settings import IatiError

    if isinstance(error, IatiError | SchemaMissingError):
        return str(error)
    return None
