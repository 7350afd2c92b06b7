"""The `faltbok` command as a user drives it: demo, dump, stats, and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.cli import main
from app.domain.models import SYNCED_MODELS
from tests.unit.dump_events import without_dump_events


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo", "--size", "small", "--seed", "7"]) == 0
    return folder


def dump(folder, capsysbinary) -> bytes:
    """What `faltbok dump` prints, without the audit events of earlier dumps."""
    assert main(["--data-dir", str(folder), "dump"]) == 0
    lines = capsysbinary.readouterr().out.splitlines(keepends=True)
    return b"".join(without_dump_events(lines))


def test_demo_dump_has_every_kind_of_record(demo_dir, capsysbinary):
    lines = dump(demo_dir, capsysbinary).decode().splitlines()
    tables = {json.loads(line)["table"] for line in lines}
    assert tables == {m.__tablename__ for m in SYNCED_MODELS}
    sessions = sum(1 for line in lines if '"table":"training_session"' in line)
    participants = sum(1 for line in lines if '"table":"participant"' in line)
    assert 90 <= sessions <= 130 and 1800 <= participants <= 2500


def test_demo_writes_cyrillic_and_latin_names_in_the_seven_cities(demo_dir, capsysbinary):
    rows = [json.loads(line) for line in dump(demo_dir, capsysbinary).decode().splitlines()]
    names = [r["name"] for r in rows if r["table"] == "participant"]
    assert any("а" <= ch <= "я" for n in names for ch in n.lower())
    assert any(n.isascii() for n in names)
    regions = " ".join(r["region"] for r in rows if r["table"] == "partner")
    for city in ("Бишкек", "Ош", "Алматы", "Душанбе", "Худжанд", "Toshkent", "Aşgabat"):
        assert city in regions


def test_dump_is_canonical_sorted_and_the_same_bytes_twice(demo_dir, capsysbinary):
    first, second = dump(demo_dir, capsysbinary), dump(demo_dir, capsysbinary)
    assert first == second
    keys = []
    for line in first.decode().splitlines():
        row = json.loads(line)
        assert line == json.dumps(row, sort_keys=True, separators=(",", ":"),
                                  ensure_ascii=False)
        keys.append((row["table"], row["id"]))
    assert keys == sorted(keys)


def test_demo_with_the_same_seed_makes_the_same_records(demo_dir, tmp_path, capsysbinary):
    assert main(["--data-dir", str(tmp_path / "again"), "demo", "--seed", "7"]) == 0
    capsysbinary.readouterr()
    assert dump(tmp_path / "again", capsysbinary) == dump(demo_dir, capsysbinary)


def test_demo_with_another_seed_makes_other_records(demo_dir, tmp_path, capsysbinary):
    assert main(["--data-dir", str(tmp_path / "other"), "demo", "--seed", "8"]) == 0
    capsysbinary.readouterr()
    assert dump(tmp_path / "other", capsysbinary) != dump(demo_dir, capsysbinary)


def test_demo_into_a_database_with_records_fails_and_changes_nothing(demo_dir, capsysbinary):
    before = dump(demo_dir, capsysbinary)
    assert main(["--data-dir", str(demo_dir), "demo", "--seed", "9"]) == 1
    err = capsysbinary.readouterr().err.decode()
    assert err.count("\n") == 1 and "already holds" in err
    assert dump(demo_dir, capsysbinary) == before


def test_demo_if_empty_keeps_existing_records(demo_dir, capsysbinary):
    assert main(["--data-dir", str(demo_dir), "demo", "--if-empty"]) == 0


def test_stats_counts_records_and_changes(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "stats", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["tables"]["attendance"]["live"] > 5000
    assert figures["changes"] > figures["tables"]["attendance"]["live"]


def test_init_creates_a_database_once(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "init", "--name", "Osh laptop"]) == 0
    assert "created" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "d"), "init"]) == 0
    assert "already" in capsys.readouterr().out


def test_the_data_dir_comes_from_the_environment(tmp_path):
    result = run("init", env={"FALTBOK_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0
    assert (tmp_path / "env" / "faltbok.db").exists()


@pytest.mark.parametrize("args, expected", [
    (["dump"], "no Fältbok database"),
    (["frobnicate"], "invalid choice"),
    (["demo", "--size", "huge"], "invalid choice"),
    (["demo", "--seed", "many"], "invalid int value"),
    (["dump", "--format", "xml"], "invalid choice"),
])
def test_bad_input_is_one_line_on_stderr_without_traceback(tmp_path, args, expected):
    result = run("--data-dir", str(tmp_path / "none"), *args)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "none").exists()


def test_a_file_that_is_not_a_database_is_refused_plainly(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "faltbok.db").write_bytes(b"this is a holiday photo, not a database" * 50)
    result = run("--data-dir", str(tmp_path / "d"), "stats")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not a Fältbok database" in result.stderr
    assert (tmp_path / "d" / "faltbok.db").read_bytes().startswith(b"this is a holiday photo")
