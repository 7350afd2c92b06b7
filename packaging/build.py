"""The one build command: `python packaging/build.py` (also `make build`).

Needs the `build` extra (`pip install -e ".[build]"`: PyInstaller). Steps:

1. compile every `i18n/faltbok_*.ts` with `pyside6-lrelease` into
   `build/translations/` (a frozen app has no lrelease to build them later);
2. run PyInstaller on `packaging/faltbok.spec`: a one-folder app in
   `dist/faltbok-<version>/` whose program is `faltbok` (`faltbok.exe`);
3. pack that folder into `dist/faltbok-<version>-<platform>.tar.gz`
   (`.zip` on Windows), the file to hand out.

The same command on Linux, Windows and macOS; nothing is downloaded (PyInstaller
comes from pip). Prints the archive's path last.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower() or "unknown"
    return f"{system}-{ {'amd64': 'x86_64', 'aarch64': 'arm64'}.get(machine, machine)}"


def lrelease() -> str:
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return str(scripts / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("build: pyside6-lrelease not found (install the app: pip install -e .)")
    return found


def compile_translations(target: Path) -> list[Path]:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    sources = sorted((ROOT / "i18n").glob("faltbok_*.ts"))
    for ts in sources:
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
                       check=True)
    return sorted(target.glob("*.qm"))


def freeze(folder: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('build: PyInstaller is missing (pip install -e ".[build]")') from None
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST),
                    "--workpath", str(BUILD / "pyinstaller"),
                    str(ROOT / "packaging" / "faltbok.spec")], check=True)
    if not folder.is_dir():
        raise SystemExit(f"build: PyInstaller made no {folder.name}/")


def pack(folder: Path, archive_stem: Path) -> Path:
    """The folder as one archive, its top folder kept (unpacks to faltbok-<version>/)."""
    if sys.platform == "win32":
        archive = archive_stem.with_name(archive_stem.name + ".zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
            for path in sorted(folder.rglob("*")):
                out.write(path, path.relative_to(folder.parent))
        return archive
    archive = archive_stem.with_name(archive_stem.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as out:
        out.add(folder, arcname=folder.name)  # symlinks (macOS frameworks) stay links
    return archive


def main() -> int:
    name = f"faltbok-{version()}"
    qms = compile_translations(BUILD / "translations")
    print(f"build: {len(qms)} translations ({', '.join(q.stem[8:] for q in qms)})")
    folder = DIST / name
    freeze(folder)
    archive = pack(folder, DIST / f"{name}-{platform_tag()}")
    print(archive)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
