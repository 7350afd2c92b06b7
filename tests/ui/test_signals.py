"""Emitting signals never costs the interpreter its reference to True."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.ui.signals import emit

UI_DIR = Path(__file__).resolve().parents[2] / "app" / "ui"


class _Sender(QObject):
    sig_ping = Signal(int)


def test_a_thousand_emits_leave_the_reference_count_of_true_alone():
    sender = _Sender()
    received = []
    sender.sig_ping.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(1000):
        emit(sender.sig_ping, n)
    assert abs(sys.getrefcount(True) - before) < 10 and len(received) == 1000  # not -1000


def test_the_ui_emits_only_through_the_helper():
    direct = [f"{path.name}:{n}" for path in UI_DIR.glob("*.py") if path.name != "signals.py"
              for n, line in enumerate(path.read_text().splitlines(), 1)
              if re.search(r"\.emit\(", line)]
    assert direct == []


def test_none_true_and_false_can_no_longer_run_out_of_references(qapp):
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    box.addItem("no data")
    before = sys.getrefcount(None)
    for _ in range(20_000):  # each call loses a reference to None in PySide6 6.12
        box.itemData(0)
    after = sys.getrefcount(None)
    pinned = all(sys.getrefcount(v) > 1_000_000 for v in (None, True, False))
    assert pinned or after >= before - 10  # pinned where Qt slips, else nothing slipped
