"""Headquarters in the app for the UI tests: a copy of the demo made HQ with the real
`faltbok hq init`, its window used by a coordinator, and laptops driven through
`faltbok` commands (`app.cli.main`), as a field officer's laptop would be."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from app.cli import main
from tests.ui.conftest import close_window, discard_edits, settle, use_role
from tests.unit.dump_events import without_dump_events


def run(*argv) -> None:
    assert main([str(a) for a in argv]) == 0


def dump(capsys, folder) -> list[str]:
    """What `faltbok dump` prints, without the audit events of earlier dumps."""
    capsys.readouterr()
    run("--data-dir", folder, "dump")
    return without_dump_events(capsys.readouterr().out.splitlines())


def shared(lines: list[str]) -> list[str]:
    """What every replica of scope `all` holds alike (docs/sync.md §4, §6.1): names and
    contacts of participants and partners' contacts stay where they were typed."""
    out = []
    for line in lines:
        row = json.loads(line)
        if row.get("table") == "participant":
            row.pop("name", None), row.pop("contact", None)
        if row.get("table") == "partner":
            row.pop("contact", None)
        out.append(json.dumps(row, sort_keys=True))
    return out


@pytest.fixture
def hq_window(qtbot, demo_paths):
    """The main window on a copy of the demo that is headquarters, as a coordinator."""
    from app.ui.hq.hub_process import hub_of
    from app.ui.shell.application import build

    run("--data-dir", demo_paths.root, "hq", "init")
    ctx, window = build(demo_paths)
    use_role(ctx, "coordinator")

    def before_close(window) -> None:
        discard_edits(window)
        hub_of(ctx).stop()  # a hub a failed test left running: closing would ask about it

    qtbot.addWidget(window, before_close_func=before_close)
    window.show()
    yield ctx, window
    before_close(window)
    close_window(ctx, window)


def devices_page(qtbot, window):
    window.show_section("devices")
    page = window.section("devices")
    settle(qtbot, lambda: page.loaded)
    return page


def laptop_row(page, name: str):
    rows = {r.name: r for r in page.laptops.source.rows()}
    return rows.get(name)


def drop_files(widget, paths) -> None:
    """A real drop event carrying file URLs, as a file manager sends it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(widget.width() / 2, widget.height() / 2)
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget does not take these files"
    drop = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
