"""Durable file steps of the hub, on top of `app.storage.atomic` (the one place
that renames files into place): a rename across the hub's folders, and a new
empty file whose existence survives a crash."""

from __future__ import annotations

import os
from pathlib import Path

from app.storage.atomic import fsync_dir, replace_durably

__all__ = ["create_empty", "durable_rename", "fsync_dir"]


def durable_rename(source: Path, target: Path) -> None:
    """Rename, then fsync both folders: after this returns a crash keeps `target`."""
    replace_durably(source, target)
    if source.parent != target.parent:
        fsync_dir(source.parent)


def create_empty(path: Path) -> None:
    """A new empty file whose existence survives a crash."""
    with open(path, "xb") as handle:
        os.fsync(handle.fileno())
    fsync_dir(path.parent)
