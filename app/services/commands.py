"""`faltbok record create|update`: a record written from the command line.

The same entity services as the forms, so the same checks: a refused record
is one line on stderr, a non-zero exit and an unchanged database. Fields are
`name=value`; a mapping or list (an indicator value's `breakdown`) is JSON:
`breakdown='{"gender:female": 12, "gender:male": 8}'`.
"""

from __future__ import annotations

import json
import typing

from app.domain.models import model_for_table
from app.services.errors import Problem, ServiceError, ValidationError


class UnknownTableError(ServiceError):
    def __init__(self, name: str):
        super().__init__(f"no kind of record is called {name!r}")


def register(commands) -> dict:
    record = commands.add_parser("record", help="create or update one record (any kind)")
    actions = record.add_subparsers(dest="record_action", required=True,
                                    parser_class=commands._parser_class)
    create = actions.add_parser("create", help="create a record; prints its id")
    create.add_argument("entity", metavar="TABLE", help="e.g. indicator_value")
    create.add_argument("fields", nargs="*", metavar="FIELD=VALUE")
    update = actions.add_parser("update", help="change fields of a record")
    update.add_argument("entity", metavar="TABLE")
    update.add_argument("row_id", metavar="ID")
    update.add_argument("fields", nargs="*", metavar="FIELD=VALUE")
    return {"record": cmd_record}


def cmd_record(ctx) -> int:
    from app.services import Services

    args = ctx.args
    try:
        model = model_for_table(args.entity)
    except KeyError:
        raise UnknownTableError(args.entity) from None
    data = parse_fields(model, args.fields)
    service = Services(ctx.open_database()).for_table(model.__tablename__)
    if args.record_action == "create":
        print(service.create(**data).id)
    else:
        service.update(args.row_id, **data)
    return 0


def parse_fields(model, pairs: list[str]) -> dict:
    """`name=value` pairs to input for the service; JSON for mappings and lists."""
    data, problems = {}, []
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep:
            problems.append(Problem(pair, "invalid", {"expected": "FIELD=VALUE"}))
            continue
        field = model.model_fields.get(name)
        structured = field is not None and typing.get_origin(field.annotation) in (dict, list)
        try:
            data[name] = json.loads(text) if structured else text
        except ValueError:
            problems.append(Problem(name, "invalid", {"expected": "JSON"}))
    if problems:
        raise ValidationError(model.__tablename__, problems)
    return data
