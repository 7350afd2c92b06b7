"""Where the app's files that are not Python live: `resources/` and its version.

One answer for the three ways Fältbok runs:

- frozen by PyInstaller: `resources/` sits in the bundle's folder
  (`sys._MEIPASS`), where `packaging/faltbok.spec` puts it;
- from a checkout (an editable install): the top-level `resources/` beside `app/`;
- installed from a wheel: a copy inside the package, `app/_resources/`, which
  setup.py's build step makes (the wheel has no top-level folders of its own).

Qt-free (the About box, the self-test and the command line all ask it) and at the
bottom of the import ladder: it imports nothing of the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DISTRIBUTION = "faltbok"
APP_ID = "se.centralasiengrupperna.Faltbok"  # the .desktop and AppStream files are named so


class ResourcesMissingError(Exception):
    """No `resources/` folder where this way of running the app keeps it."""


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def candidates() -> list[Path]:
    """The places looked at, in order: frozen bundle, installed copy, checkout."""
    places = []
    if is_frozen():
        places.append(Path(sys._MEIPASS) / "resources")
    places += [PACKAGE_DIR / "_resources", PACKAGE_DIR.parent / "resources"]
    return places


def resources_dir() -> Path:
    """The `resources/` folder of this app; ResourcesMissingError if there is none
    (a broken install: the message names where it looked)."""
    for place in candidates():
        if (place / "icons").is_dir():
            return place
    raise ResourcesMissingError("no resources folder (looked in "
                                + ", ".join(str(p) for p in candidates()) + ")")


def resource(*parts: str) -> Path:
    """A file under `resources/`, which must exist."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise ResourcesMissingError(f"missing resource: {'/'.join(parts)}")
    return path


def icon_files() -> list[Path]:
    """The app icon in every rendered size, smallest first (for a QIcon)."""
    icons = resources_dir() / "icons"
    return sorted(icons.glob("faltbok-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def license_files() -> list[Path]:
    """The licences of what the app bundles, by file name."""
    return sorted((resources_dir() / "licenses").glob("*.txt"))


def app_version() -> str:
    """The installed distribution's version (the frozen app carries its metadata)."""
    from importlib import metadata  # 0.1 s: not on the way to the splash

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"
