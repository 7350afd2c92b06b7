"""The field report's attachments: add through the picker, drop files, open, remove, save."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.services import attachments as att
from app.ui.widgets.record_form import RecordFormWidget
from tests.ui.conftest import settle


def png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0\xff\x00\x00")) + chunk(b"IEND", b""))


def open_report_form(qtbot, ctx):
    report = ctx.services.field_reports.list()[0]
    form = RecordFormWidget(ctx, "field_report")
    qtbot.addWidget(form)
    form.resize(1024, 700)
    form.show()
    form.load(report.id)
    settle(qtbot)
    return form, report.id


def drop(widget, files) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    target = widget.list.viewport()
    point = QPointF(target.rect().center())
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    event = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)


def test_files_are_added_by_picker_and_drop_opened_removed_and_saved(qtbot, app_window,
                                                                     tmp_path):
    ctx, _window = app_window
    form, report = open_report_form(qtbot, ctx)
    widget = form.editors["attachments"].widget
    photo, program, minutes = (tmp_path / "visit.png", tmp_path / "setup.exe",
                               tmp_path / "minutes.pdf")
    photo.write_bytes(png())
    program.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\0" * 100)
    minutes.write_bytes(b"%PDF-1.4\nminutes of the meeting\n%%EOF\n")

    widget.choose_files = lambda: [str(photo), str(program)]  # what the user picks
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert not widget.add_button.isEnabled()  # checked and sealed off the UI thread
    qtbot.waitUntil(widget.add_button.isEnabled)
    assert [widget.list.item(n).text().split(" — ")[0] for n in range(widget.list.count())] \
        == ["visit.png"]
    assert "PNG image" in widget.list.item(0).text()
    assert widget.message.isVisible() and "setup.exe" in widget.message.text()
    assert "cannot be attached" in widget.message.text()

    drop(widget, [minutes])
    qtbot.waitUntil(lambda: widget.list.count() == 2)
    assert widget.list.count() == 2 and widget.list.item(1).text().startswith("minutes.pdf")
    assert not widget.message.isVisible()

    opened = []
    widget.open_url = opened.append  # the system's viewer
    widget.list.setCurrentRow(0)
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    copy = opened[0].toLocalFile()
    assert copy.startswith(str(ctx.db.paths.root / "tmp"))
    with open(copy, "rb") as handle:
        assert handle.read() == png()
    widget.discard_copies()  # the viewer's time is up (or the app quits)
    assert not (ctx.db.paths.root / "tmp").exists() or not any(
        (ctx.db.paths.root / "tmp").iterdir())

    widget.list.setCurrentRow(1)
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert widget.list.count() == 1
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: not form.saving)
    saved = ctx.services.field_reports.get(report).attachments
    assert [att.parse(entry)[1] for entry in saved] == ["visit.png"]
    assert att.read(ctx.db.paths, saved[0]) == png()
    form.load(report)
    assert widget.list.item(0).text().startswith("visit.png")


def test_a_file_over_the_limit_is_refused_in_one_line(qtbot, app_window, tmp_path):
    ctx, _window = app_window
    form, _report = open_report_form(qtbot, ctx)
    widget = form.editors["attachments"].widget
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (30 * 1024 * 1024))
    widget.choose_files = lambda: [str(big)]
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.add_button.isEnabled)
    assert widget.list.count() == 0
    assert "scan.pdf" in widget.message.text() and "\n" not in widget.message.text()
    assert "can be attached" in widget.message.text()
