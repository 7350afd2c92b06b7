"""Files are written whole: one helper (app/storage/atomic.py) writes a temp
file in the same folder, syncs it, renames it over the target and syncs the
folder; nothing else in the core renames files into place."""

from __future__ import annotations

import ast
import stat
from pathlib import Path

import pytest

import app
from app.storage.atomic import TEMP_PREFIX, remove_temps, write_atomic

APP = Path(app.__file__).parent

# Renames allowed outside the helper, each for a reason:
ALLOWED = {
    # the journaled passphrase swap: moves staged files into place (and aside)
    # in a crash-recoverable order of its own
    "storage/files.py",
    # a cache of compiled translations, written by `lrelease` (a subprocess)
    # and rebuilt when missing: nothing is lost if a crash takes it
    "ui/base/i18n.py",
}


def test_a_write_replaces_the_file_privately_and_leaves_no_temp(tmp_path):
    target = tmp_path / "receipt.json"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["receipt.json"]


def test_a_write_that_fails_half_way_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "bundle.fbk"
    target.write_bytes(b"the old bundle")
    with pytest.raises(TypeError):
        write_atomic(target, "text is not bytes")  # fails inside the write
    assert target.read_bytes() == b"the old bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.fbk"]


def test_temps_left_by_a_crash_are_found_and_removed(tmp_path):
    (tmp_path / f"{TEMP_PREFIX}key.abc").write_bytes(b"half")
    (tmp_path / "key").write_bytes(b"whole")
    assert remove_temps(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["key"]


def _renames(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name, owner = node.func.attr, node.func.value
        by_os = isinstance(owner, ast.Name) and owner.id == "os" and name in (
            "replace", "rename", "renames")
        # Path.replace/rename take one argument; str.replace takes two
        by_path = name in ("replace", "rename") and len(node.args) == 1 and not node.keywords
        if by_os or by_path:
            lines.append(node.lineno)
    return lines


def test_no_module_renames_files_into_place_but_the_helper():
    found = {}
    for source in sorted(APP.rglob("*.py")):
        relative = source.relative_to(APP).as_posix()
        if relative == "storage/atomic.py" or relative in ALLOWED:
            continue
        lines = _renames(ast.parse(source.read_text(encoding="utf-8")))
        if lines:
            found[relative] = lines
    assert found == {}, "write files through app.storage.atomic.write_atomic"


def test_the_rename_finder_sees_the_renames_it_forbids():
    sample = "import os\nos.replace(a, b)\ntemp.replace(path)\nname.replace('a', 'b')\n"
    assert _renames(ast.parse(sample)) == [2, 3]
