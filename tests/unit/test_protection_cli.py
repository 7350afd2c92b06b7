"""`faltbok passphrase` and `faltbok wipe`: passphrases from the environment or a
prompt, never arguments; every refusal one line, the database unchanged."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.cli import main
from app.protection.attempts import AttemptCounter
from app.storage import cipher
from app.storage.paths import DataPaths


def run(folder, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FALTBOK_")}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder), *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          env={**clean, **(env or {})}, timeout=300)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.delenv("FALTBOK_PASSPHRASE", raising=False)
    monkeypatch.delenv("FALTBOK_NEW_PASSPHRASE", raising=False)
    root = tmp_path / "data"
    assert main(["--data-dir", str(root), "init"]) == 0
    return root


def cli(folder, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def test_set_change_remove_from_the_environment(folder, monkeypatch, capsys):
    database = DataPaths(folder).database
    monkeypatch.setenv("FALTBOK_PASSPHRASE", "first")
    assert cli(folder, "passphrase", "set") == 0
    assert cipher.is_encrypted(database)
    assert cli(folder, "stats") == 0
    monkeypatch.setenv("FALTBOK_NEW_PASSPHRASE", "second")
    assert cli(folder, "passphrase", "change") == 0
    monkeypatch.setenv("FALTBOK_PASSPHRASE", "second")
    assert cli(folder, "stats") == 0
    assert cli(folder, "passphrase", "remove") == 0
    assert not cipher.is_encrypted(database)
    out = capsys.readouterr().out
    assert "now encrypted" in out and "changed" in out and "no longer encrypted" in out


def test_an_encrypted_database_without_passphrase_or_terminal_fails_in_one_line(folder):
    assert run(folder, "passphrase", "set", env={"FALTBOK_PASSPHRASE": "p"}).returncode == 0
    before = DataPaths(folder).database.read_bytes()
    result = run(folder, "stats")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "FALTBOK_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    assert DataPaths(folder).database.read_bytes() == before


def test_a_wrong_passphrase_fails_in_one_line_and_is_counted(folder):
    run(folder, "passphrase", "set", env={"FALTBOK_PASSPHRASE": "p"})
    result = run(folder, "dump", env={"FALTBOK_PASSPHRASE": "q",
                                      "FALTBOK_UNLOCK_ATTEMPTS": "1"})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "passphrase is wrong" in result.stderr and "faltbok wipe" in result.stderr
    assert AttemptCounter(DataPaths(folder)).failures == 1


def test_a_passphrase_is_never_taken_from_the_arguments(folder, capsys):
    assert cli(folder, "passphrase", "set", "my-secret") == 2
    assert "my-secret" in capsys.readouterr().err  # refused as an unknown argument
    assert not cipher.is_encrypted(DataPaths(folder).database)


def test_refusals_of_set_change_remove_say_what_to_do(folder, monkeypatch, capsys):
    monkeypatch.setenv("FALTBOK_PASSPHRASE", "p")
    assert cli(folder, "passphrase", "change") == 1
    assert "passphrase set" in capsys.readouterr().err
    assert cli(folder, "passphrase", "set") == 0
    assert cli(folder, "passphrase", "set") == 1
    assert "passphrase change" in capsys.readouterr().err


def test_init_with_a_passphrase_in_the_environment_makes_an_encrypted_database(tmp_path):
    result = run(tmp_path / "fresh", "init", env={"FALTBOK_PASSPHRASE": "p"})
    assert result.returncode == 0
    assert cipher.is_encrypted(DataPaths(tmp_path / "fresh").database)


def test_wipe_without_yes_or_terminal_refuses_and_keeps_everything(folder):
    result = run(folder, "wipe")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "--yes" in result.stderr
    assert DataPaths(folder).database.exists()


def test_wipe_says_before_and_after_how_many_changes_headquarters_never_got(folder, capsys):
    assert cli(folder, "wipe", "--yes") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("before the wipe: ")
    assert "not yet acknowledged by headquarters" in out[0]
    assert out[1].startswith("wiped: ") and "had not acknowledged are gone" in out[1]
    assert list(folder.iterdir()) == []


def test_wipe_of_a_locked_database_says_it_could_not_count(folder):
    assert run(folder, "passphrase", "set", env={"FALTBOK_PASSPHRASE": "p"}).returncode == 0
    result = run(folder, "wipe", "--yes")
    assert result.returncode == 0, result.stderr
    assert "cannot be counted" in result.stdout and "could not be counted" in result.stdout
    assert list(folder.iterdir()) == []
