"""Each `faltbok dump` records an `export` audit event, a synced row the next dump
prints: tests that compare dumps (replicas, before and after) leave those out."""

from __future__ import annotations

import json


def is_dump_event(line: str | bytes) -> bool:
    """True for the audit event a dump recorded."""
    row = json.loads(line)
    return (row.get("table") == "audit_event" and row.get("action") == "export"
            and str(row.get("detail", "")).startswith("dump to "))


def without_dump_events(lines: list) -> list:
    return [line for line in lines if not is_dump_event(line)]
