"""`python -m app.ui.shell.screenshots --walk OUTDIR`: the layout walk as pictures.

Writes the small demo into a temporary folder, opens the real window at the
given size (1024×700: a netbook), and for each language saves every page and
editor as `<language>-<page>.png`; text that does not fit is listed on stderr.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def walk_shots(out: Path, size: tuple[int, int], languages: list[str]) -> int:
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from app.demo.generator import demo_device_id, demo_wall_clock, write_demo
    from app.services.data_folder import Database, DataPaths
    from app.ui.base.i18n import install_translation
    from app.ui.base.ops import running, wait_for_background
    from app.ui.shell.application import build
    from app.ui.shell.walk import clipped_texts, walk
    from app.ui.sync.sync_showcase import synced_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(50):
            wait_for_background()
            app.processEvents()
            if running() == 0:
                app.processEvents()
                return

    problems = 0
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
        window.show()
        window.resize(*size)
        settle()
        if (window.width(), window.height()) != size:
            print(f"the window cannot be {size[0]}×{size[1]}: it is "
                  f"{window.width()}×{window.height()}", file=sys.stderr)
            problems += 1
        for language in languages:
            install_translation(language)
            settle()
            for page in walk(window, settle):
                path = out / f"{language}-{page}.png"
                window.grab().save(str(path), "PNG")
                print(path)
                for kind, text, why in clipped_texts(window):
                    print(f"{language} {page}: {kind} “{text}” {why}", file=sys.stderr)
                    problems += 1
            window.show_shortcuts()  # Help ▸ Keyboard shortcuts
            settle()
            window._shortcuts_dialog.grab().save(str(out / f"{language}-help-shortcuts.png"))
            window._shortcuts_dialog.close()
        install_translation("en")
        wait_for_background()
        window.close()
        shiboken6.delete(window)  # before interpreter shutdown, not in its garbage collection
        db.close()
    return 1 if problems else 0
