"""A small demo database for the report tests, and its rows read back from `dump`.

The figures the tests expect are computed here in plain Python over the dump's
JSON lines: nothing shared with the report code but the database.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from datetime import date
from decimal import Decimal

from app.demo.generator import write_demo
from app.services import Services
from app.services.dump import write_dump
from app.storage.database import Database
from app.storage.paths import DataPaths


def demo_database(folder) -> Database:
    """The small demo with a few records deleted, which no report may count."""
    db = Database.open(DataPaths(folder), create=True, device_name="reports")
    write_demo(db, "small", 7)
    services = Services(db)
    sessions = services.sessions.list(limit=3)
    services.sessions.delete(sessions[0].id)
    people = services.participants.list(limit=2)
    services.participants.delete(people[1].id)
    return db


def dumped(db: Database) -> dict[str, dict[str, dict]]:
    """{table: {id: row}} of the live rows, from `faltbok dump`'s lines."""
    out = io.BytesIO()
    write_dump(db, out)
    tables: dict[str, dict[str, dict]] = defaultdict(dict)
    for line in out.getvalue().decode().splitlines():
        row = json.loads(line)
        if not row["deleted"]:
            tables[row["table"]][row["id"]] = row
    return tables


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def money(text) -> Decimal:
    return Decimal(str(text))


def quarter(text: str) -> str:
    d = day(text)
    return f"{d.year}-Q{(d.month + 2) // 3}"
