"""A disk that fills up half-way through a write, for real: the process's file size
limit (RLIMIT_FSIZE) makes the kernel refuse a write past `size` bytes (EFBIG),
as a full disk refuses one (ENOSPC), whatever writes it. Linux and macOS."""

from __future__ import annotations

import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.storage.atomic import TEMP_PREFIX


@contextmanager
def full_after(size: int) -> Iterator[None]:
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an error, not a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)


def leftovers(folder: Path) -> list[str]:
    """Temporary files a writer left in `folder`."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))
