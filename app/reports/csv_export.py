"""Being written."""

from __future__ import annotations


def write_report(report, path, label, **options) -> None:
    raise NotImplementedError
