"""The count of wrong passphrases since the last successful unlock.

It lives in a small file beside the database, not inside it: a locked
database cannot be written. It is a prompt for the user ("wipe now?"), not a
defence: whoever holds a copy of the file can guess offline without limit,
which is what the slow key derivation is for. So the counter never wipes by
itself; it tells the caller when the limit is reached and the caller offers
the quick wipe.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.storage.atomic import write_atomic
from app.storage.paths import DataPaths

DEFAULT_LIMIT = 5
FILE_NAME = "unlock-attempts.json"


def attempts_file(paths: DataPaths) -> Path:
    return paths.root / FILE_NAME


class AttemptCounter:
    """Wrong attempts for one data folder; `limit` comes from the caller's settings."""

    def __init__(self, paths: DataPaths, limit: int = DEFAULT_LIMIT):
        if limit < 1:
            raise ValueError("the limit of wrong attempts must be at least 1")
        self.path = attempts_file(paths)
        self.limit = limit

    @property
    def failures(self) -> int:
        try:
            value = json.loads(self.path.read_text(encoding="utf-8")).get("failures", 0)
        except (OSError, ValueError, AttributeError):
            return 0
        return value if isinstance(value, int) and value >= 0 else 0

    @property
    def limit_reached(self) -> bool:
        return self.failures >= self.limit

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.failures)

    def record_failure(self) -> int:
        """Count one more wrong passphrase; returns the new count."""
        count = self.failures + 1
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps({"failures": count}).encode("utf-8"))
        return count

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)
