"""The advocacy report (being written)."""

from __future__ import annotations


def build(db, filters, audience, check):
    raise NotImplementedError
