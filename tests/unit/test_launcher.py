"""The frozen app's entry point shows a splash only for commands that open the window."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

LAUNCHER = Path(__file__).resolve().parents[2] / "packaging" / "launcher.py"
spec = importlib.util.spec_from_file_location("launcher", LAUNCHER)
launcher = importlib.util.module_from_spec(spec)
spec.loader.exec_module(launcher)  # its __main__ block does not run


@pytest.mark.parametrize("argv", [[], ["gui"], ["--data-dir", "d"], ["--data-dir", "d", "gui"],
                                  ["--data-dir=d"], ["--data-dir=d", "gui"]])
def test_the_window_commands_get_a_splash(argv):
    assert launcher.opens_window(argv)


@pytest.mark.parametrize("argv", [["--selftest"], ["dump"], ["--data-dir", "d", "stats"],
                                  ["-h"], ["--data-dir=gui", "init"], ["hq", "serve"]])
def test_command_line_commands_do_not(argv):
    assert not launcher.opens_window(argv)
