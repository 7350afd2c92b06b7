"""The core runs without Qt: importing it with PySide6 blocked must work."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

CORE_PACKAGES = ["app.domain", "app.storage", "app.services", "app.demo", "app.cli",
                 "app.sync", "app.protection", "app.reports", "app.hub", "app.selftest",
                 "app.resources"]


def test_core_packages_import_with_pyside6_blocked():
    script = textwrap.dedent(f"""
        import importlib, importlib.util, json, pkgutil, sys
        sys.modules["PySide6"] = None  # any "import PySide6..." now raises ImportError
        imported = []
        for name in {CORE_PACKAGES!r}:
            if importlib.util.find_spec(name) is None:
                continue
            package = importlib.import_module(name)
            imported.append(name)
            for info in pkgutil.walk_packages(getattr(package, "__path__", []), name + "."):
                if ".migrations" in info.name:
                    continue
                importlib.import_module(info.name)
                imported.append(info.name)
        assert not any(m == "PySide6" or m.startswith("PySide6.") for m in sys.modules
                       if sys.modules[m] is not None), "PySide6 got imported"
        print(json.dumps(imported))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) == core_modules()  # every one was imported


def core_modules() -> set[str]:
    """Every module of the core packages that exist, read from the files."""
    import app

    root = Path(app.__file__).parent
    found = set()
    for name in CORE_PACKAGES:
        path = root.joinpath(*name.split(".")[1:])
        if path.with_suffix(".py").is_file():
            found.add(name)
        for file in path.rglob("*.py") if path.is_dir() else []:
            parts = file.relative_to(root.parent).with_suffix("").parts
            if "migrations" not in parts:
                found.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_no_module_outside_app_ui_mentions_pyside6():
    import app

    root = Path(app.__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "ui" not in p.relative_to(root).parts[:1] and "PySide6" in p.read_text()]
    assert offenders == []
