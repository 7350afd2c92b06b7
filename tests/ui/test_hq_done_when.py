"""Issue 15's "done when": a coordinator, using only the app on an HQ data folder,
enrols a laptop, takes in its package, sends back a return package and revokes it;
the laptop, driven through `faltbok` commands, ends equal to headquarters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import hq_fixtures
from tests.ui.conftest import settle
from tests.ui.hq_fixtures import devices_page, drop_files, dump, laptop_row, run, shared

hq_window = hq_fixtures.hq_window


def test_enrol_take_in_send_back_and_revoke_through_the_app_leaves_the_laptop_equal_to_hq(
        qtbot, hq_window, tmp_path, capsys):
    ctx, window = hq_window
    hq_root, laptop = ctx.db.paths.root, tmp_path / "laptop"
    stick = tmp_path / "stick"
    stick.mkdir()
    page = devices_page(qtbot, window)
    assert page.laptops.source.rowCount() == 0

    # enrol: the dialog writes the file onto the stick, shows what to check and the secret
    qtbot.mouseClick(page.laptops.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "Laptop Osh")
    dialog.path.setText(str(stick / "osh.enrol"))
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: dialog.pages.currentIndex() == 1)
    secret = dialog.fact_values[2].text().replace(" ", "")
    assert len(secret) == 64 and secret in (stick / "osh.enrol").read_text()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: laptop_row(page, "Laptop Osh") is not None)
    assert laptop_row(page, "Laptop Osh").state == "enrolled"

    # the laptop imports it, records a partner and writes its package onto the stick
    run("--data-dir", laptop, "import", stick / "osh.enrol")
    run("--data-dir", laptop, "record", "create", "partner", "name=Osh Women's Circle",
        "country=KG")
    run("--data-dir", laptop, "export", "--to", stick / "osh-1.fbk")

    # take in: the package dropped on the page, merged with its receipt onto the stick
    drop_files(page, [stick / "osh-1.fbk"])
    take = page.dialog
    assert take.paths() == [str(stick / "osh-1.fbk")]
    take.receipts.setText(str(stick / "receipts"))
    qtbot.mouseClick(take.take_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: len(take.results) == 1)
    assert take.progress.value() == take.progress.maximum() == 1
    assert "Merged from “Laptop Osh”" in take.outcome.item(0).text()
    take.close_button.click()
    [receipt] = (stick / "receipts").iterdir()
    run("--data-dir", laptop, "import", receipt)
    settle(qtbot, lambda: laptop_row(page, "Laptop Osh").state == "active")
    assert laptop_row(page, "Laptop Osh").return_waiting

    # send back: the return package, named for its laptop, onto the stick
    page.laptops.select(laptop_row(page, "Laptop Osh").device_id)
    page.send_selected(folder=str(stick / "back"))
    settle(qtbot, lambda: page.laptops.result.isVisible())
    [back] = (stick / "back").iterdir()
    assert back.name.startswith("for-Laptop-Osh-") and back.name in page.laptops.result.text()
    run("--data-dir", laptop, "import", back)
    assert shared(dump(capsys, laptop)) == shared(dump(capsys, hq_root))

    # revoke, confirmed in words; its next package is refused and changes nothing
    qtbot.mouseClick(page.laptops.revoke_button, Qt.MouseButton.LeftButton)
    confirm = page.dialog
    assert "cannot be undone" in confirm.informativeText()
    qtbot.mouseClick(confirm.revoke_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: laptop_row(page, "Laptop Osh").revoked)
    run("--data-dir", laptop, "record", "create", "partner", "name=After revocation",
        "country=KG")
    run("--data-dir", laptop, "export", "--to", stick / "osh-2.fbk")
    before = dump(capsys, hq_root)
    take = page.take_in([str(stick / "osh-2.fbk")])
    qtbot.mouseClick(take.take_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: len(take.results) == 1)
    assert take.outcome.item(0).text().startswith("osh-2.fbk: Refused: This file comes from "
                                                  "a laptop headquarters has revoked.")
    assert dump(capsys, hq_root) == before
    assert not page.laptops.send_button.isEnabled()
    assert not page.laptops.revoke_button.isEnabled()
