"""`python -m app.ui.shell.screenshots`: the main screens on demo data, in every language.

Writes a small demo database into a temporary folder, opens the real main
window offscreen at 1200×800 and saves `QWidget.grab()` of each main screen
as `docs/screenshots/<screen>_<language>.png`; also the unlock screen and the
first-run passphrase offer. English, Swedish and Russian get every screen; the
other languages (`SHOWCASE_ONLY`) the attendance page, which is enough to see
them and keeps the repository small.

`--walk OUTDIR` is the layout walk instead: the window at 1024×700 (`--size`),
every page, tab and editor (a record selected) in every language whose
translation is here (`--languages` to choose), saved as
`<language>-<page>.png` (`walk.walk` names the pages); any text that does not
fit its room (`walk.clipped_texts`) is listed on stderr and makes the exit
status 1. Offscreen by default; with `DISPLAY` set and `QT_QPA_PLATFORM=xcb`
(e.g. under `Xvfb :99`) it draws on that X server.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("attendance", "projects", "trainings", "indicators", "sync", "reports")
FULL_SET = ("en", "sv", "ru")  # every screen; the other languages the first one only


def protection_screens(folder: Path) -> dict:
    """The first-run passphrase offer and the unlock screen after one wrong passphrase."""
    from app.protection.service import ProtectionService
    from app.services.data_folder import DataPaths
    from app.ui.protection.passphrase_dialog import FirstRunDialog
    from app.ui.protection.unlock_dialog import UnlockWindow

    locked = ProtectionService(DataPaths(folder / "locked"))
    locked.lock(locked.create("a passphrase for the screenshots"))
    unlock = UnlockWindow(locked)
    unlock.passphrase.setText("a wrong guess")
    unlock.try_unlock()
    first = FirstRunDialog(ProtectionService(DataPaths(folder / "new")))
    for widget in (unlock, first):
        widget.show()
    return {"unlock": unlock, "first_run": first}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.shell.screenshots")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--walk", metavar="OUTDIR",
                        help="every page and editor at --size in each language, for layout review")
    parser.add_argument("--size", default="1024x700", help="window size for --walk (WxH)")
    parser.add_argument("--languages", help="comma-separated codes (default: all that are here)")
    args = parser.parse_args(argv)
    from app.ui.base.i18n import available_languages

    languages = args.languages.split(",") if args.languages else list(available_languages())
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.walk:
        from app.ui.shell.walk_shots import walk_shots

        width, _, height = args.size.partition("x")
        return walk_shots(Path(args.walk), (int(width), int(height)),
                          languages)
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from app.demo.generator import demo_device_id, demo_wall_clock, write_demo
    from app.services.data_folder import Database, DataPaths
    from app.ui.base.i18n import install_translation
    from app.ui.base.ops import running, wait_for_background
    from app.ui.shell.application import build
    from app.ui.sync.sync_showcase import synced_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(50):
            wait_for_background()
            app.processEvents()
            if running() == 0:
                app.processEvents()
                return

    def shoot(name: str, widget=None) -> None:
        path = out / name
        image = (widget or window).grab().toImage().convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)
        image.save(str(path), "PNG", 9)  # 256 colours: a third of the size
        print(path)

    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder) / "demo")
        db = Database.open(paths, create=True, device_id=demo_device_id(1), device_name="demo",
                           wall=demo_wall_clock)
        write_demo(db, "small", 1)
        db = synced_demo(paths, db, Path(folder))  # the Sync page with real packages
        ctx, window = build(paths, db)
        coordinator = next(u for u in ctx.services.users.list(order_by="name")
                           if u.role == "coordinator")
        ctx.set_user(coordinator.id)
        window.resize(1200, 800)
        window.show()
        protection = protection_screens(Path(folder))
        settle()
        for language in languages:
            install_translation(language)
            settle()
            for screen in SCREENS if language in FULL_SET else SCREENS[:1]:
                window.show_section(screen)
                settle()
                page = window.section(screen)
                if screen == "projects":
                    page.lists["project"].view.selectRow(0)
                if screen == "reports":  # attendance by gender and age
                    page.tabs.setCurrentIndex(1)
                    settle()
                if screen == "trainings":
                    page.tabs.setCurrentWidget(page.lists["participant"])
                    settle()
                    page.lists["participant"].view.selectRow(0)
                settle()
                shoot(f"{screen}_{language}.png")
                if screen == "sync":  # and its conflict review
                    page.tabs.setCurrentWidget(page.conflicts)
                    settle()
                    shoot(f"conflicts_{language}.png")
                    page.tabs.setCurrentIndex(0)
            for screen, widget in protection.items() if language in FULL_SET else ():
                settle()
                shoot(f"{screen}_{language}.png", widget)
        install_translation("en")
        wait_for_background()
        for widget in protection.values():
            widget.close()
            shiboken6.delete(widget)
        window.close()
        shiboken6.delete(window)  # before interpreter shutdown, not in its garbage collection
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
