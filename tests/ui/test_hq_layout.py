"""Headquarters' pages and dialogs at 1024×700 in every language, with no clipped
text (the walk of `app/ui/shell/walk.py` takes in the HQ-only section), and every
visible text through translation (the pseudo-locale of test_i18n)."""

from __future__ import annotations

import pytest

from app.ui.base.i18n import LANGUAGES, install_translation
from app.ui.shell.main_window import SECTIONS
from app.ui.shell.walk import clipped_texts, walk
from tests.ui import hq_fixtures
from tests.ui.conftest import settle
from tests.ui.hq_fixtures import devices_page, run
from tests.ui.test_i18n import OPEN, _pseudo_qm, visible_texts

hq_window = hq_fixtures.hq_window
SIZE = (1024, 700)


def dialogs(qtbot, page, tmp_path):
    """Every HQ dialog, open in turn, each yielded with its name."""
    enrol = page.enrol()
    qtbot.waitExposed(enrol)
    yield "enrol", enrol
    qtbot.keyClicks(enrol.name, "osh-2")
    enrol.path.setText(str(tmp_path / "osh-2.enrol"))
    enrol.enrol_button.click()
    settle(qtbot, lambda: enrol.pages.currentIndex() == 1)
    yield "enrolled", enrol
    enrol.accept()
    take = page.take_in([str(tmp_path / "osh-1.enrol")])
    qtbot.waitExposed(take)
    take.take_button.click()
    settle(qtbot, lambda: len(take.results) == 1)
    yield "take_in", take
    take.reject()
    page.laptops.view.selectRow(0)
    confirm = page.revoke()
    qtbot.waitExposed(confirm)
    yield "revoke", confirm
    confirm.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_headquarters_fits_1024_by_700_in_every_language(qtbot, hq_window, tmp_path, language):
    ctx, window = hq_window
    run("--data-dir", ctx.db.paths.root, "hq", "enrol", "osh-1", "--out", tmp_path / "osh-1.enrol")
    window.resize(*SIZE)
    assert install_translation(language)
    settle(qtbot)
    seen, clipped = [], []
    for name in walk(window, lambda: settle(qtbot)):
        seen.append(name)
        assert (window.width(), window.height()) == SIZE, f"{name} makes the window wider"
        clipped += [(name, *problem) for problem in clipped_texts(window)]
    assert {"devices-laptops", "devices-conflicts", "devices-hub"} <= set(seen)
    assert {name.split("-")[0] for name in seen} == {*SECTIONS, "devices"}
    page = devices_page(qtbot, window)
    for name, dialog in dialogs(qtbot, page, tmp_path):
        clipped += [(name, *problem) for problem in clipped_texts(dialog)]
    assert clipped == [], "\n".join(map(str, clipped))


def test_every_text_of_headquarters_went_through_translation(qtbot, hq_window, tmp_path):
    ctx, window = hq_window
    run("--data-dir", ctx.db.paths.root, "hq", "enrol", "osh-1", "--out", tmp_path / "osh-1.enrol")
    assert install_translation("en", qm=_pseudo_qm(tmp_path))
    page = devices_page(qtbot, window)
    texts = [("section", window.nav.item(window.sections.index("devices")).text())]
    for n in range(page.tabs.count()):
        page.tabs.setCurrentIndex(n)
        settle(qtbot)
        texts += visible_texts(page)
    for name, dialog in dialogs(qtbot, page, tmp_path):
        texts += [(f"{name}: title", dialog.windowTitle())]
        texts += [(f"{name}: {what}", text) for what, text in visible_texts(dialog)]
    untranslated = sorted({(what, text) for what, text in texts if OPEN not in text})
    assert untranslated == [], "\n".join(map(str, untranslated))
