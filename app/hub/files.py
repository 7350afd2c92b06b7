"""Durable file steps of the hub: fsync a file, a folder, a rename."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_rename(source: Path, target: Path) -> None:
    """Rename, then fsync both folders: after this returns a crash keeps `target`."""
    os.replace(source, target)
    fsync_dir(target.parent)
    if source.parent != target.parent:
        fsync_dir(source.parent)


def create_empty(path: Path) -> None:
    """A new empty file whose existence survives a crash."""
    with open(path, "xb") as handle:
        os.fsync(handle.fileno())
    fsync_dir(path.parent)
