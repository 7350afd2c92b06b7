"""Each page of headquarters in the app, against a real HQ data folder (the demo made
HQ by `faltbok hq init`) and real packages written by real laptop folders."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.hq.device_model import COLUMNS, GREY
from app.ui.hq.qr import QUIET, modules
from tests.ui import hq_fixtures
from tests.ui.conftest import press, settle, use_role
from tests.ui.hq_fixtures import devices_page, dump, laptop_row, run

hq_window = hq_fixtures.hq_window


def enrol_laptops(hq_root, folder, *names) -> None:
    """Laptops enrolled by the command line, each having sent and received once."""
    for name in names:
        run("--data-dir", hq_root, "hq", "enrol", name, "--out", folder / f"{name}.enrol")
        run("--data-dir", folder / name, "import", folder / f"{name}.enrol")
        run("--data-dir", folder / name, "export", "--to", folder / f"{name}-0.fbk")
        run("--data-dir", hq_root, "hq", "import", folder / f"{name}-0.fbk",
            "--receipts", folder / "receipts")
        run("--data-dir", hq_root, "hq", "export", "--device", name, "--to",
            folder / f"{name}-back.fbk")
        run("--data-dir", folder / name, "import", folder / f"{name}-back.fbk")


def test_the_devices_section_is_headquarters_only(qtbot, app_window):
    _ctx, window = app_window
    assert "devices" not in window.sections
    assert window.nav.count() == len(window.sections)


def test_laptops_sort_and_search_like_every_list_and_revoked_ones_are_grey(
        qtbot, hq_window, tmp_path):
    ctx, window = hq_window
    root = ctx.db.paths.root
    enrol_laptops(root, tmp_path, "bishkek-2", "osh-1")
    run("--data-dir", root, "hq", "enrol", "khujand-3", "--out", tmp_path / "k.enrol")
    run("--data-dir", root, "hq", "revoke", "bishkek-2")
    page = devices_page(qtbot, window)
    view, model = page.laptops.view, page.laptops.model

    def names():
        return [model.index(n, 0).data() for n in range(model.rowCount())]

    assert names() == ["bishkek-2", "khujand-3", "osh-1"]
    view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert names() == ["osh-1", "khujand-3", "bishkek-2"]
    view.sortByColumn(COLUMNS.index("changes"), Qt.SortOrder.AscendingOrder)
    assert names()[0] == "khujand-3"  # nothing taken in from it yet
    bishkek = next(n for n in range(model.rowCount()) if model.index(n, 0).data() == "bishkek-2")
    assert model.index(bishkek, 0).data(Qt.ItemDataRole.ForegroundRole).color() == GREY
    assert model.index(bishkek, 1).data() == "Revoked"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    page.laptops.search.setFocus()
    window.activateWindow()
    page.laptops.view.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: the search
    assert QApplication.focusWidget() is page.laptops.search
    qtbot.keyClicks(page.laptops.search, "OSH")
    assert names() == ["osh-1"]
    page.laptops.search.clear()
    qtbot.keyClicks(page.laptops.search, "no package yet")  # the words of a column
    assert names() == ["khujand-3"]
    page.laptops.search.clear()
    page.laptops.select(laptop_row(page, "bishkek-2").device_id)
    assert not page.laptops.revoke_button.isEnabled()
    assert not page.laptops.send_button.isEnabled()
    page.laptops.select(laptop_row(page, "osh-1").device_id)
    assert page.laptops.revoke_button.isEnabled() and page.laptops.send_button.isEnabled()
    assert page.tabs.tabText(0) == "Laptops (3)"


def test_only_a_coordinator_sees_the_laptops(qtbot, hq_window, tmp_path):
    ctx, window = hq_window
    run("--data-dir", ctx.db.paths.root, "hq", "enrol", "osh-1", "--out", tmp_path / "o.enrol")
    page = devices_page(qtbot, window)
    assert page.stack.currentWidget() is page.tabs
    use_role(ctx, "field_staff")
    settle(qtbot, lambda: page.stack.currentWidget() is page.notice)
    assert "Only a coordinator" in page.notice.text()
    assert page.enrol() is None and page.take_in(["x.fbk"]) is None and page.revoke() is None


def test_the_enrolment_dialog_shows_the_qr_code_and_the_secret_only_once(
        qtbot, hq_window, tmp_path, capsys):
    ctx, window = hq_window
    page = devices_page(qtbot, window)
    dialog = page.enrol()
    qtbot.keyClicks(dialog.name, "osh-1")
    assert dialog.path.text().endswith("osh-1.enrol")
    dialog.path.setText(str(tmp_path / "osh-1.enrol"))
    dialog.hub.setText("http://127.0.0.1:8765")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter enrols
    settle(qtbot, lambda: dialog.pages.currentIndex() == 1 or dialog.problem.text())
    assert dialog.problem.text() == ""
    enrolled = dialog.enrolled
    secret = json.loads((tmp_path / "osh-1.enrol").read_text())["secret"]
    assert dialog.fact_values[2].text().replace(" ", "") == secret
    assert dialog.fact_values[0].text() == "http://127.0.0.1:8765"
    # the picture is the code of the hub address and the fingerprint, module by module
    image = dialog.qr.pixmap().toImage()
    matrix = modules(enrolled.qr_text())
    scale = image.width() // (len(matrix) + 2 * QUIET)
    for y, line in enumerate(matrix):
        for x, dark in enumerate(line):
            pixel = QColor(image.pixel((x + QUIET) * scale + 1, (y + QUIET) * scale + 1))
            assert (pixel.lightness() < 128) == bool(dark)
    assert secret not in enrolled.qr_text()
    dialog.done_button.click()
    assert dialog.fact_values[2].text() == ""
    shown = [label.text() for label in window.findChildren(QLabel)]
    assert not any(secret in text for text in shown)
    # the laptop's Sync page shows the fingerprint the dialog showed
    run("--data-dir", tmp_path / "osh", "import", tmp_path / "osh-1.enrol")
    from app.storage.database import Database
    from app.storage.paths import DataPaths
    from app.ui.sync.sync_state import load

    laptop = Database.open(DataPaths(tmp_path / "osh"))
    assert load(laptop).hq_key == dialog.fact_values[1].text() == enrolled.fingerprint
    laptop.close()
    # the same name again is refused in words, and nothing is written
    again = page.enrol()
    qtbot.keyClicks(again.name, "osh-1")
    again.path.setText(str(tmp_path / "second.enrol"))
    again.enrol_button.click()
    settle(qtbot, lambda: again.problem.text() != "")
    assert again.problem.text() == ("A laptop named “osh-1” is already enrolled: choose "
                                    "another name. Nothing was changed.")
    assert not (tmp_path / "second.enrol").exists()
    again.reject()


def test_take_in_many_packages_with_progress_and_a_result_per_file(
        qtbot, hq_window, tmp_path, capsys):
    ctx, window = hq_window
    root = ctx.db.paths.root
    enrol_laptops(root, tmp_path, "laptop-a", "laptop-b")
    partner = next(json.loads(line)["id"] for line in dump(capsys, root)
                   if json.loads(line)["table"] == "partner")
    run("--data-dir", tmp_path / "laptop-a", "record", "update", "partner", partner,
        "name=Written on A")
    run("--data-dir", tmp_path / "laptop-b", "record", "update", "partner", partner,
        "name=Written on B")
    for name in ("laptop-a", "laptop-b"):
        run("--data-dir", tmp_path / name, "export", "--to", tmp_path / f"{name}-1.fbk")
    (tmp_path / "damaged.fbk").write_bytes((tmp_path / "laptop-a-1.fbk").read_bytes()[:-40])
    page = devices_page(qtbot, window)
    files = [str(tmp_path / n) for n in ("laptop-a-1.fbk", "damaged.fbk", "laptop-b-1.fbk",
                                         "laptop-a-1.fbk")]
    dialog = page.take_in(files)
    assert dialog.paths() == files[:3]  # the same file once
    dialog.receipts.setText(str(tmp_path / "stick"))
    qtbot.keyClick(dialog.take_button, Qt.Key.Key_Space)
    settle(qtbot, lambda: len(dialog.results) == 3)
    assert dialog.progress.value() == 3 and dialog.progress.text() == "3 of 3 packages"
    texts = [dialog.outcome.item(n).text() for n in range(3)]
    assert texts[0].startswith("laptop-a-1.fbk: Merged from “laptop-a”: ")
    assert texts[1] == ("damaged.fbk: Refused: This file is damaged, incomplete, or not a "
                        "Fältbok sync file. Nothing was changed.")
    assert texts[2].startswith("laptop-b-1.fbk: Merged from “laptop-b”: ")
    assert "Conflicts to review: 1." in texts[2]
    assert len(list((tmp_path / "stick").iterdir())) == 2
    # conflicts across laptops: the review names the laptop that wrote each side
    settle(qtbot, lambda: page.conflicts.model.rowCount() == 1)
    assert page.tabs.tabText(1) == "Conflicts across laptops (1)"
    row = page.conflicts.model.row(0)
    assert {row.kept_by, row.set_aside_by} == {"laptop-a", "laptop-b"}
    cells = [page.conflicts.model.index(0, c).data() for c in range(6)]
    assert cells[2] in ("Written on A", "Written on B")
    assert cells[3].startswith(row.kept_by) and cells[5].startswith(row.set_aside_by)
    # the same file again: already taken in, its receipt written again
    dialog.add_files([files[0]])
    dialog.take_button.click()
    settle(qtbot, lambda: len(dialog.results) == 1)
    assert dialog.outcome.item(0).text() == ("laptop-a-1.fbk: Already taken in from "
                                             "“laptop-a”; its receipt was written again.")
    dialog.close_button.click()


def test_send_back_to_all_writes_one_named_file_per_laptop(qtbot, hq_window, tmp_path):
    ctx, window = hq_window
    root = ctx.db.paths.root
    enrol_laptops(root, tmp_path, "laptop-a", "laptop-b")
    run("--data-dir", root, "hq", "enrol", "laptop-c", "--out", tmp_path / "c.enrol")
    page = devices_page(qtbot, window)
    page.returns.send(folder=str(tmp_path / "out"))
    settle(qtbot, lambda: page.laptops.result.isVisible())
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert [n.rsplit("-", 3)[0] for n in written] == ["for-laptop-a", "for-laptop-b"]
    text = page.laptops.result.text()
    assert text.startswith("Return packages written: 2.")
    assert ("“laptop-c”: nothing written. This laptop has not sent its first package yet; "
            "take that in first. Nothing was changed.") in text
    for name in ("laptop-a", "laptop-b"):
        run("--data-dir", tmp_path / name, "import",
            next(p for p in (tmp_path / "out").iterdir() if f"-{name}-" in p.name))


def test_the_devices_section_is_reached_by_keyboard_from_the_sections_and_the_go_menu(
        qtbot, hq_window):
    _ctx, window = hq_window
    assert window.sections[-1] == "devices"
    window.activateWindow()
    qtbot.waitActive(window)
    window.go_to(window.sections[-2])  # the section before it (Reports)
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the last section: Devices
    assert window.stack.currentWidget() is window.section("devices")
    press(qtbot, Qt.Key.Key_Return)
    page = window.section("devices")
    settle(qtbot, lambda: page.loaded)
    assert page.isAncestorOf(window.focusWidget())  # where the keys go in this window
    window.go_to("attendance")
    go = window.go_actions[-1]
    assert go.text() == "Devices" and go in window.go_menu.actions()
    go.trigger()
    assert window.focusWidget() is page.laptops.view
    # Tab walks from the list to every button of the page
    chain, widget = [], page.laptops.view
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
    assert all(button in chain for button in page.laptops.buttons)
