"""Build a self-contained folder with PyInstaller: `python packaging/build.py`.

Installs PyInstaller into the running environment if it is missing, then runs
the spec. The result is `dist/faltbok-<version>/faltbok`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q",
                               "pyinstaller>=6,<7"])
    return subprocess.call([sys.executable, "-m", "PyInstaller", "--noconfirm",
                            "--distpath", str(ROOT / "dist"), "--workpath",
                            str(ROOT / "build"), str(ROOT / "packaging" / "faltbok.spec")])


if __name__ == "__main__":
    raise SystemExit(main())
