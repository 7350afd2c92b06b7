"""Build hook: compile the Qt Linguist sources (`i18n/*.ts`) with
`pyside6-lrelease` into `.qm` files shipped inside the package
(`app/ui/translations/`), so an installed or frozen app has its languages
without compiling anything at run time. A wheel also gets a copy of the
top-level `resources/` (icons, desktop files, licences) as `app/_resources/`,
where `app/resources.py` looks when there is no checkout around the package.
Everything else is in pyproject.toml.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


class BuildWithTranslations(build_py):
    def run(self):
        super().run()
        editable = getattr(self, "editable_mode", False)
        target = (ROOT if editable else Path(self.build_lib)) / "app" / "ui" / "translations"
        command = lrelease()
        if command is None:
            raise SystemExit("pyside6-lrelease not found (PySide6-Essentials builds this)")
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "i18n").glob("faltbok_*.ts")):
            subprocess.run([command, "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
                           check=True)
        if not editable:  # an editable install finds the checkout's resources/ itself
            shutil.copytree(ROOT / "resources", Path(self.build_lib) / "app" / "_resources",
                            ignore=shutil.ignore_patterns("*.py", "__pycache__"),
                            dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithTranslations})
