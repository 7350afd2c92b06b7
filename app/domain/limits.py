"""How long a text value may be: one definition for forms, services and merge.

A form shows the limit (the field refuses more), the services refuse a longer
value with a `too_long` problem, and the merge of a bundle refuses it too, so a
5,000-character title can enter through no door. Free-text notes get room for a
long field report; everything else is a line a person reads in a list.
"""

from __future__ import annotations

LINE = 200  # titles, names, places: one line in a list
LONG = 20_000  # notes, descriptions: a few pages
CODE = 40  # participant codes and other short identifiers
KEY = 4_000  # public keys, URLs and other machine text

_LONG_FIELDS = frozenset({"notes", "note", "description", "detail", "audience"})
_CODE_FIELDS = frozenset({"code", "country", "currency", "language", "gender", "age_band",
                          "kind", "role", "status", "sensitivity", "period"})
_KEY_FIELDS = frozenset({"public_key", "url", "source", "contact"})


def max_length(table: str, field: str) -> int:
    """The longest text the column `table.field` accepts, in characters."""
    if field in _LONG_FIELDS:
        return LONG
    if field in _CODE_FIELDS:
        return CODE
    if field in _KEY_FIELDS:
        return KEY
    return LINE
