"""Column types whose stored text is canonical.

The change log records each field as the JSON of its stored value, and `dump`
must print the same bytes on two replicas with the same data. So money is kept
as exact decimal text (never a float) and JSON columns are written with sorted
keys and no spaces.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from sqlalchemy.types import Text, TypeDecorator

from app.domain.canonical import canonical_json


class DecimalText(TypeDecorator):
    """A Decimal stored as plain text ("12500.00"), exact on every replica."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        try:
            number = Decimal(value)
        except (InvalidOperation, TypeError, ValueError):
            raise ValueError(f"not a number: {value!r}") from None
        return format(number, "f")

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class CanonicalJSON(TypeDecorator):
    """A list or mapping stored as canonical JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else canonical_json(value)

    def process_result_value(self, value, dialect):
        return None if value is None else json.loads(value)
