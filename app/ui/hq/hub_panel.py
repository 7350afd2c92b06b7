"""The hub, for an office without a server: is it running, at which address, what
did the laptops last ask; start and stop `faltbok hq serve` as a child process.

The child is the app's own interpreter running the command line
(`hq_service.hub_command`), so it is exactly the hub of docs/hub.md, in its
own process: a merge there never blocks this window. The process belongs to
`hub_process.HubProcess`, owned by the lock controller, not to this panel:
locking deletes the window and the panel, the hub keeps serving, and the
panel of the window built at unlock shows it running and can stop it. The
app stops the hub it started when it quits, after asking. A hub started
elsewhere (a server, a terminal) shows as running; this panel does not stop it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sync import hub_activity
from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.ops import Op
from app.ui.hq.hub_process import HubProcess, hub_of

HOST_KEY, PORT_KEY = "hq/hub_host", "hq/hub_port"


def _load(root, names: dict[str, str]):
    running = hub_activity.hub_running(root)
    recent = hub_activity.recent_requests(root, 20)
    return running, [(names.get(r.device_id, r.device_id), r) for r in recent]


class HubPanel(QWidget):
    sig_state = Signal()  # started, stopped or re-read

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.hubs: HubProcess = hub_of(ctx)  # outlives this panel (a lock deletes it)
        self.hubs.sig_changed.connect(self.refresh)
        self.running = False
        self.names: dict[str, str] = {}
        self.allowed = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.host = QLineEdit(str(ctx.settings.value(HOST_KEY, "0.0.0.0")))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(int(ctx.settings.value(PORT_KEY, 8765)))
        self.host.setMaximumWidth(self.host.fontMetrics().horizontalAdvance("0000:0000:0000:0000"))
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("000000") + 40)
        self.names_form = [QLabel() for _ in range(4)]
        self.state_value, self.address_value = QLabel(), QLabel()
        for value in (self.state_value, self.address_value):
            value.setProperty("fb_data", "data")
            value.setWordWrap(True)
        form = QFormLayout()
        for label, field in zip(self.names_form, (self.state_value, self.address_value,
                                                  self.host, self.port), strict=True):
            form.addRow(label, field)
            label.setBuddy(field)
        self.start_button, self.stop_button = QPushButton(), QPushButton()
        self.start_button.clicked.connect(self.start_hub)
        self.stop_button.clicked.connect(self.stop_hub)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        self.recent_label = QLabel()
        self.recent = QTableWidget(0, 3)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent.verticalHeader().hide()
        self.recent.horizontalHeader().setStretchLastSection(True)
        self.recent_label.setBuddy(self.recent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    # -- reading ------------------------------------------------------------------
    def set_names(self, names: dict[str, str], allowed: bool) -> None:
        self.names, self.allowed = dict(names), allowed
        self.refresh()

    def showEvent(self, event) -> None:
        self.timer.start()
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        root, names = self.ctx.db.paths.root, dict(self.names)
        Op(self, lambda: _load(root, names)).success(self._loaded).run_in_background()

    def _loaded(self, loaded) -> None:
        running, recent = loaded
        self.running = running or self.ours()
        self.recent.setRowCount(len(recent))
        for n, (name, request) in enumerate(recent):
            what = {"request": self.tr("signed request"), "stored": self.tr("package stored"),
                    "merged": self.tr("package merged"),
                    "refused": self.tr("package refused ({reason})").format(
                        reason=request.reason or "")}.get(request.kind, request.kind)
            for column, text in enumerate((words.format_datetime(request.at), name, what)):
                self.recent.setItem(n, column, QTableWidgetItem(text))
        self.recent.resizeColumnsToContents()
        self.retranslate()
        self.sig_state.emit()

    def ours(self) -> bool:
        return self.hubs.running()

    @property
    def url(self) -> str:
        """The address laptops reach the hub this app runs at ("" if none)."""
        return self.hubs.url

    @property
    def process(self):
        return self.hubs.process

    # -- the child process ---------------------------------------------------------
    def start_hub(self) -> None:
        if self.ours() or self.running or not self.allowed:
            return
        host, port = self.host.text().strip() or "0.0.0.0", self.port.value()
        self.ctx.settings.setValue(HOST_KEY, host)
        self.ctx.settings.setValue(PORT_KEY, port)
        self.hubs.start(self.ctx.db, host, port)

    def stop_hub(self) -> None:
        """Stop the hub this app started (and wait for its merge to finish)."""
        self.hubs.stop()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Laptops with a network connection sync with the hub on their own. An office "
            "without a server can run the hub here: it keeps serving while the app is "
            "locked and stops when the app quits."))
        for label, text in zip(self.names_form, (
                self.tr("Hub"), self.tr("Address"), self.tr("Listen &on"),
                self.tr("&Port")), strict=True):
            label.setText(text)
        if self.ours() and self.url:
            state = self.tr("Running (started by this app)")
        elif self.ours():
            state = self.tr("Starting…")
        elif self.running:
            state = self.tr("Running (started elsewhere)")
        else:
            state = self.tr("Not running")
        if self.hubs.error:
            state += " " + self.tr("Last start failed: {error}").format(error=self.hubs.error)
        self.state_value.setText(state)
        self.address_value.setText(self.url or "—")
        self.start_button.setText(self.tr("&Start hub"))
        self.stop_button.setText(self.tr("S&top hub"))
        self.start_button.setEnabled(self.allowed and not self.ours() and not self.running)
        self.stop_button.setEnabled(self.ours())
        self.recent_label.setText(self.tr("&Last requests"))
        self.recent.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Laptop"), self.tr("What")])
        self.recent.setAccessibleName(self.tr("Last requests"))
