"""`app.resources` finds resources/ from a checkout, an installed wheel and a frozen
bundle, and what it finds is whole: every icon size, the .ico and .icns, the desktop
files named for the app id, the licences."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app import resources

ROOT = Path(__file__).resolve().parents[2]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path.name
    return struct.unpack(">II", data[16:24])


def test_a_checkout_uses_its_top_level_resources_folder():
    assert resources.resources_dir() == ROOT / "resources"
    assert not resources.is_frozen()


def test_every_icon_size_is_rendered_at_its_size_smallest_first():
    icons = resources.icon_files()
    sizes = [int(p.stem.rsplit("-", 1)[1]) for p in icons]
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    assert [png_size(p) for p in icons] == [(n, n) for n in sizes]


def test_the_windows_icon_holds_every_size_up_to_256():
    data = resources.resource("icons", "faltbok.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 in the entry means 256
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_the_macos_icon_is_an_icns_file_of_its_stated_length():
    data = resources.resource("icons", "faltbok.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


def test_the_desktop_entry_and_appstream_file_name_the_app_id_and_the_icon():
    desktop = resources.resource(f"{resources.APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={resources.APP_ID}\n" in desktop
    assert "Exec=faltbok gui\n" in desktop
    metainfo = resources.resource(f"{resources.APP_ID}.metainfo.xml").read_text("utf-8")
    assert f"<id>{resources.APP_ID}</id>" in metainfo
    assert f"<launchable type=\"desktop-id\">{resources.APP_ID}.desktop" in metainfo


def test_the_licences_of_the_app_and_of_qt_are_there():
    names = {p.name for p in resources.license_files()}
    assert {"NOTICE.txt", "GPL-3.0.txt", "LGPL-3.0.txt", "SQLCipher.txt"} <= names
    assert "LESSER GENERAL PUBLIC LICENSE" in resources.resource(
        "licenses", "LGPL-3.0.txt").read_text(encoding="utf-8")


def test_a_missing_resource_is_an_error_naming_it():
    with pytest.raises(resources.ResourcesMissingError, match="icons/nothing.png"):
        resources.resource("icons", "nothing.png")


def test_the_version_is_the_one_in_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert resources.app_version() == project["version"]


def test_a_frozen_bundle_uses_the_resources_beside_its_code(tmp_path, monkeypatch):
    # PyInstaller sets these two in a frozen app; a real frozen run is CI's build step
    bundled = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "icons", bundled / "icons")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.is_frozen()
    assert resources.resources_dir() == bundled
    assert resources.icon_files()[0] == bundled / "icons" / "faltbok-16.png"


def run_locator(pythonpath: Path) -> subprocess.CompletedProcess:
    """app.resources imported from `pythonpath` alone (-S: not this checkout's
    editable install, which site-packages would find first)."""
    code = ("import app.resources as r\n"
            "try:\n    print(r.resources_dir())\n"
            "except r.ResourcesMissingError as e:\n    print('missing:', e)\n")
    return subprocess.run([sys.executable, "-S", "-c", code], cwd=pythonpath,
                          capture_output=True, text=True, check=True)


def test_an_installed_package_carries_its_own_copy(tmp_path):
    # the build step a wheel is made of (setup.py's build_py), into a folder of its own
    site = tmp_path / "site"
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(site)],
                   cwd=ROOT, check=True, capture_output=True)
    names = {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()}
    assert "app/_resources/icons/faltbok-512.png" in names
    assert "app/_resources/licenses/LGPL-3.0.txt" in names
    assert "app/ui/translations/faltbok_ru.qm" in names
    assert not any(name.endswith("make_icons.py") for name in names)  # the tool stays home
    assert run_locator(site).stdout.strip() == str(site / "app" / "_resources")


def test_a_package_without_resources_says_where_it_looked(tmp_path):
    package = tmp_path / "bare" / "app"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    shutil.copy(ROOT / "app" / "resources.py", package / "resources.py")
    out = run_locator(tmp_path / "bare").stdout
    assert out.startswith("missing: no resources folder (looked in ")
    assert str(package / "_resources") in out and str(tmp_path / "bare" / "resources") in out
