"""`python -m app.ui.shell.hq_screenshots`: screenshots of headquarters' Devices page and
take-in dialog, in every language, on a real HQ with real laptops.

The demo database is made headquarters; three laptops are enrolled through
`hq_service`, each a real data folder that writes real packages: two have
sent work (one of them is then revoked), one has not sent anything yet.
Saved as `docs/screenshots/devices_<language>.png` and `take_in_<language>.png`
(`QWidget.grab()`, then 128 colours with ImageMagick's `convert` when it is
installed, which keeps the files small).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.services import Services
from app.services.data_folder import Database, DataPaths
from app.sync import hq_service
from app.sync.service import HqService, SyncService, enrol_from_bytes

LAPTOPS = ("Osh field office", "Khujand trainers", "Bishkek spare laptop")


TOWNS = ("Нарын", "Баткен", "Талас", "Каракол", "Токмок", "Кызыл-Кыя", "Балыкчы")


def laptop_package(laptop: Database, folder: Path, n: int, region: str) -> Path:
    """An edit on the laptop and the package that carries it."""
    partners = Services(laptop).partners
    mine = partners.list(order_by="name")
    if mine:
        partners.update(mine[0].id, region=region)
    else:
        partners.create(name=f"Partner of {laptop.device_id[-4:]}", country="KG", region=region)
    path = folder / f"faltbok-{laptop.device_id[-4:]}-{n}.fbk"
    SyncService(laptop).export_to(path)
    return path


def headquarters(folder: Path) -> tuple[Database, list[Database]]:
    from app.demo.generator import write_demo

    hq = Database.open(DataPaths(folder / "hq"), create=True, device_name="headquarters")
    write_demo(hq, "small", 1)
    HqService(hq).init()
    laptops = []
    for n, name in enumerate(LAPTOPS):
        enrolled = hq_service.enrol(hq, name, folder / f"{n}.enrol",
                                    scope="all" if n != 1 else "country:TJ")
        laptop = enrol_from_bytes(DataPaths(folder / f"laptop-{n}"),
                                  enrolled.path.read_bytes())
        laptops.append(laptop)
    first = [laptop_package(laptops[n], folder, 0, "Ош") for n in (0, 2)]
    for result in hq_service.take_in(hq, first):
        assert not result.refused, result.error
    for n in (0, 2):
        _peer, data, _count = HqService(hq).export_return(LAPTOPS[n])
        SyncService(laptops[n]).import_bytes(data)
    hq_service.revoke(hq, LAPTOPS[2])
    return hq, laptops


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.shell.hq_screenshots")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from app.ui.base.i18n import LANGUAGES, install_translation
    from app.ui.base.ops import running, wait_for_background
    from app.ui.shell.application import build

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.out).resolve()  # the work below runs inside a temporary folder
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(100):
            wait_for_background()
            app.processEvents()
            if running() == 0:
                app.processEvents()
                return

    def shoot(name: str, widget) -> None:
        path = out / name
        widget.grab().save(str(path), "PNG")
        if shutil.which("convert"):
            subprocess.run(["convert", str(path), "-colors", "128", f"PNG8:{path}"],
                           check=True)
        print(path)

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        home = Path.cwd()
        os.chdir(folder)
        hq, laptops = headquarters(folder)
        ctx, window = build(hq.paths, hq)
        coordinator = next(u for u in ctx.services.users.list(order_by="name")
                           if u.role == "coordinator")
        ctx.set_user(coordinator.id)
        window.resize(1200, 800)
        window.show()
        settle()
        (folder / "damaged.fbk").write_bytes(b"\x00" * 64)
        for n, language in enumerate(LANGUAGES):
            install_translation(language)
            window.show_section("devices")
            settle()
            page = window.section("devices")
            page.laptops.view.selectRow(2)  # a live laptop: the revoked one shows grey
            settle()
            shoot(f"devices_{language}.png", window)
            files = [laptop_package(laptops[0], folder, n + 1, TOWNS[n % len(TOWNS)]),
                     str(folder / "damaged.fbk")]
            dialog = page.take_in([str(f) for f in files])
            dialog.receipts.setText("receipts")  # relative: no temporary path in the picture
            dialog.take_in()
            settle()
            shoot(f"take_in_{language}.png", dialog)
            dialog.reject()
            settle()
        install_translation("en")
        wait_for_background()
        window.close()
        shiboken6.delete(window)
        for laptop in laptops:
            laptop.close()
        hq.close()
        os.chdir(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
