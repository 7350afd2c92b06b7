"""The attendance report (being written)."""

from __future__ import annotations


def build(db, filters, audience, check):
    raise NotImplementedError
