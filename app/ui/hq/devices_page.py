"""The Devices section, shown only when the data folder is headquarters (`hq init`).

Tabs: the laptops (every enrolled one, what headquarters took from each, a
return package waiting, the hub's last word; revoked ones greyed), with
Enrol, Take in, Send back and Revoke; the conflicts across laptops (the
Sync page's review, naming the laptop that wrote each side); the hub.
Coordinators only: anyone else sees a sentence saying so (the operations
check the role again on the writer). Packages dropped anywhere on the page
open the take-in dialog with them. Everything is read off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.sync import hq_service
from app.sync.service import SyncService
from app.ui.base.context import AppContext
from app.ui.base.ops import Op
from app.ui.base.shortcuts import local_shortcut
from app.ui.base.writer import WriteOp
from app.ui.hq import hq_words
from app.ui.hq.device_model import COLUMNS, DeviceFilter, DeviceTableModel
from app.ui.hq.enrol_dialog import EnrolDialog
from app.ui.hq.hub_panel import HubPanel
from app.ui.hq.revoke_dialog import RevokeDialog
from app.ui.hq.send_back import SendBack
from app.ui.hq.take_in_dialog import TakeInDialog, package_paths
from app.ui.sync.sync_actions import NotCoordinatorError, SyncActions
from app.ui.sync.sync_review import ConflictReview, fit_columns, table_view
from app.ui.sync.sync_state import load, may_resolve

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def is_headquarters(ctx: AppContext) -> bool:
    return SyncService(ctx.db).role() == "hq"


def _snapshot(db, unacknowledged):
    return hq_service.devices(db), load(db, unacknowledged).conflicts


def _revoke(db, device_id: str):
    if not may_resolve(db):
        raise NotCoordinatorError
    return hq_service.revoke(db, device_id)


class LaptopList(QWidget):
    """The laptops: search, the sortable list, the buttons, the last outcome."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source = DeviceTableModel(self)
        self.model = DeviceFilter(self.source, self)
        self.view = table_view(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.buttons = [QPushButton() for _ in range(5)]
        (self.enrol_button, self.take_in_button, self.send_button, self.send_all_button,
         self.revoke_button) = self.buttons
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setProperty("fb_data", "data")
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        local_shortcut(self, "list.search", self.focus_search)
        self.setTabOrder(self.search, self.view)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.source.row(self.model.mapToSource(index).row())

    def select(self, device_id: str) -> None:
        for n in range(self.model.rowCount()):
            if self.model.index(n, 0).data(Qt.ItemDataRole.UserRole) == device_id:
                self.view.selectRow(n)
                return


class DevicesPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = False
        self.loaded = False
        self.dialog = None  # the open enrol / take-in / revoke dialog
        self.setAcceptDrops(True)
        self.heading, self.explanation = QLabel(), QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.explanation.setWordWrap(True)
        self.laptops = LaptopList()
        self.actions = SyncActions(ctx, self)
        self.conflicts = ConflictReview(self.actions)
        self.hub = HubPanel(ctx)
        self.returns = SendBack(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.laptops, "")
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.hub, "")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.stack, 1)
        lst = self.laptops
        lst.enrol_button.clicked.connect(self.enrol)
        lst.take_in_button.clicked.connect(lambda: self.take_in())
        lst.send_button.clicked.connect(self.send_selected)
        lst.send_all_button.clicked.connect(lambda: self.returns.send())
        lst.revoke_button.clicked.connect(self.revoke)
        lst.view.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.returns.sig_finished.connect(self._report)
        self.returns.sig_busy.connect(lambda _busy: self._enable())
        self.actions.sig_finished.connect(self._report)
        ctx.sig_data_changed.connect(lambda _entity: self.isVisible() and self.refresh())
        ctx.sig_user_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- reading ---------------------------------------------------------------------
    def refresh(self) -> None:
        db, count = self.ctx.db, self.ctx.unacknowledged
        Op(self, lambda: _snapshot(db, count)).success(self._loaded).run_in_background()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def _loaded(self, loaded) -> None:
        devices, conflicts = loaded
        # the user this window has now (a switch is stored by the writer a moment later);
        # every operation checks the stored one again on the writer
        self.allowed = self.ctx.is_coordinator()
        chosen = self.laptops.selected()
        self.laptops.source.set_rows(devices)
        self.laptops.view.setColumnHidden(COLUMNS.index("hub"),
                                          not self.laptops.source.hub_used())
        fit_columns(self.laptops.view, 220)
        if chosen is not None:
            self.laptops.select(chosen.device_id)
        elif devices:
            self.laptops.view.selectRow(0)
        self.conflicts.set_rows(conflicts, self.allowed)
        self.hub.set_names({d.device_id: d.name for d in devices}, self.allowed)
        self.stack.setCurrentWidget(self.tabs if self.allowed else self.notice)
        self.loaded = True
        self.retranslate()
        self._enable()

    def _enable(self) -> None:
        row = self.laptops.selected()
        busy = self.returns.busy
        live = row is not None and not row.revoked
        lst = self.laptops
        for button in (lst.enrol_button, lst.take_in_button, lst.send_all_button):
            button.setEnabled(self.allowed and not busy)
        lst.send_button.setEnabled(self.allowed and not busy and live and row.state == "active")
        lst.revoke_button.setEnabled(self.allowed and not busy and live)

    def _report(self, ok: bool, text: str) -> None:
        self.laptops.result.setText(text)
        self.laptops.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.laptops.result.show()
        self.refresh()

    # -- the jobs ----------------------------------------------------------------------
    def enrol(self) -> EnrolDialog | None:
        if not self.allowed:
            return None
        dialog = self.dialog = EnrolDialog(self.ctx, self)
        if self.hub.url and not dialog.hub.text():  # the hub this app runs, if any
            dialog.hub.setText(self.hub.url)
        dialog.sig_enrolled.connect(lambda e: self._report(True, self.tr(
            "“{name}” is enrolled; its enrolment file is {path}.").format(
            name=e.name, path=e.path)))
        dialog.open()
        return dialog

    def take_in(self, files: list[str] | None = None) -> TakeInDialog | None:
        if not self.allowed:
            return None
        dialog = self.dialog = TakeInDialog(self.ctx, files, self)
        dialog.sig_done.connect(lambda _results: self.refresh())
        dialog.open()
        return dialog

    def send_selected(self, folder: str | None = None) -> None:
        row = self.laptops.selected()
        if row is not None and self.allowed:
            self.returns.send(row.device_id, folder)

    def revoke(self) -> RevokeDialog | None:
        row = self.laptops.selected()
        if row is None or row.revoked or not self.allowed:
            return None
        dialog = self.dialog = RevokeDialog(row.name, self)
        dialog.accepted.connect(lambda: self._revoke(row.device_id, row.name))
        dialog.open()
        return dialog

    def _revoke(self, device_id: str, name: str) -> None:
        db = self.ctx.db

        def failed(error: BaseException) -> None:
            self._report(False, self.tr("Only a coordinator can do this.")
                         if isinstance(error, NotCoordinatorError) else hq_words.refusal(error))

        WriteOp(self.ctx, lambda: _revoke(db, device_id), parent=self).changes(
            "sync", "device").success(
            lambda _peer: self._report(True, hq_words.revoked_text(name))).failure(
            failed).run_in_background()

    # -- dropping packages on the page -------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.allowed and package_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = package_paths(event.mimeData().urls())
        event.acceptProposedAction()
        if files:
            self.take_in(files)

    # -- words ---------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.laptops.source.retranslate()
            self.retranslate()
            self.hub.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Laptops of headquarters"))
        self.explanation.setText(self.tr(
            "Enrol new laptops, take in the packages they send, write return packages, and "
            "revoke a laptop that is lost or stolen. Drop packages (.fbk) here to take "
            "them in."))
        self.notice.setText(self.tr(
            "Only a coordinator can manage the laptops. Switch to a coordinator in "
            "Settings."))
        lst = self.laptops
        lst.search.setPlaceholderText(self.tr("Search laptops (Ctrl+F)"))
        lst.search.setAccessibleName(self.tr("Search"))
        lst.view.setAccessibleName(self.tr("Laptops"))
        for button, text, tip in zip(lst.buttons, (
                self.tr("&Enrol a laptop…"), self.tr("&Take in packages…"),
                self.tr("Send &back…"), self.tr("Send back to &all…"), self.tr("Re&voke…")), (
                self.tr("Write an enrolment file for a new laptop"),
                self.tr("Merge packages that laptops sent, and write their receipts"),
                self.tr("Write a return package for the chosen laptop"),
                self.tr("Write a return package for every laptop, one file each"),
                self.tr("Refuse the chosen laptop's packages from now on")), strict=True):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.tabs.setTabText(0, self.tr("Laptops (%Ln)", "", lst.source.rowCount()))
        self.tabs.setTabText(1, self.tr("Conflicts across laptops (%Ln)", "",
                                        self.conflicts.model.rowCount()))
        self.tabs.setTabText(2, self.tr("Hub"))
        fit_columns(lst.view, 220)  # the states and headers are longer in other languages
