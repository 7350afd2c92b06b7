"""Only the UI thread frees Qt objects: automatic garbage collection is off once the
application's collector is installed, the collector frees cycles on the UI thread
when due, and a finished operation leaves no cycle and no live relay behind (the
freeze the layout test caught: a relay freed by a worker thread's collection)."""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from app.ui.base.collector import collect_on_ui_thread
from app.ui.base.ops import Op


class Node:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it


def test_the_collector_switches_automatic_collection_off_and_collects_when_due(qapp):
    collector = collect_on_ui_thread(qapp)
    assert collect_on_ui_thread(qapp) is collector  # one per application
    assert not gc.isenabled()
    gc.collect()
    assert collector.collect_if_due() is None  # nothing allocated since: nothing due
    alive = weakref.ref(Node())
    for _ in range(collector.thresholds[0] + 1):
        Node()
    assert alive() is not None  # nobody collected behind the UI thread's back
    assert collector.collect_if_due() == 0
    assert alive() is None


def test_a_finished_operation_leaves_no_cycle_and_its_relay_is_deleted_here(qtbot):
    owner = QObject()
    results = []
    op = Op(owner, lambda token: 42).success(results.append).run_in_background()
    relay = op._relay
    qtbot.waitUntil(lambda: results == [42])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(relay)  # its Qt side went on the UI thread
    watched = weakref.ref(op)
    del op
    assert watched() is None  # freed by reference counting, not by a collection


def test_a_worker_holds_nothing_when_it_reports_so_it_never_frees_a_qt_object(qtbot):
    """What a worker lets go of after it reported may be the last reference (the UI
    thread may already have dropped the operation): so at the moment it reports
    it holds neither the work, nor its result, and the relay it still names is
    the application's child, which only `deleteLater` on the UI thread deletes."""
    from PySide6.QtCore import Qt, QThreadPool

    from app.ui.base import ops

    owner = QObject()
    captured = QObject()  # owned by Python: freed where its last reference goes
    held_at_report = []
    task_box = []
    real_task = ops._Task

    class Watched(real_task):
        def __init__(self, *args):
            super().__init__(*args)
            task_box.append(self)
            args[1].sig_finished.connect(
                lambda: held_at_report.append((self._fn, self._box)),
                Qt.ConnectionType.DirectConnection)

    ops._Task = Watched
    try:
        results = []
        op = Op(owner, lambda: [captured.objectName()]).success(results.append)
        relay = op._relay
        op.run_in_background(QThreadPool.globalInstance())
        qtbot.waitUntil(lambda: results == [[""]])
    finally:
        ops._Task = real_task
    assert held_at_report == [(None, None)]
    assert not shiboken6.isValid(relay) or relay.parent() is QCoreApplication.instance()
    assert op._box == []  # the result was taken out on the UI thread
