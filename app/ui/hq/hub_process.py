"""The hub the app runs for an office without a server: `faltbok hq serve` as a
child process, owned by an object that outlives the main window.

Locking tears the main window down (`shell/lock.py`), and with it the Devices
page and its hub panel. The hub must not go with them: at headquarters the
laptop auto-locks after a few idle minutes, and every field laptop would then
fail to sync until someone unlocked it. So the child process belongs to a
`HubProcess` owned by the lock controller, which lives as long as the app;
the panel of each window built at unlock finds it again (`hub_of`) and shows
it running. Only quitting the app stops it, after asking (`confirm_quit`).

The child gets what it needs to open an encrypted headquarters database the
one way it always did: the environment `hq_service.hub_command` builds when
the hub starts, from the passphrase this process unlocked the folder with.
Nothing is handed to it later, and a lock does not reach it: it keeps its own
open database until it stops (docs/protection.md, "A locked headquarters with
its hub running").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal
from PySide6.QtNetwork import QHostInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from app.sync import hq_service

STOP_WAIT_MS = 15_000
SERVING = "serving headquarters "  # the line `hq serve` prints once it listens


class HubProcess(QObject):
    """Start, watch and stop the one hub this app runs."""

    sig_changed = Signal()  # started, listening, stopped or failed

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.process: QProcess | None = None
        self.url = ""  # as laptops reach it, once the hub said where it listens
        self.error = ""  # the last line a failed start wrote
        self.address: tuple[str, int] | None = None  # host and port asked for

    def running(self) -> bool:
        """Is the hub this app started alive (starting or serving)?"""
        return self.process is not None and \
            self.process.state() != QProcess.ProcessState.NotRunning

    def start(self, db, host: str, port: int) -> None:
        """`faltbok hq serve` on `db`'s folder, with the environment `hub_command`
        gives it (the passphrase of the unlocked folder, never on the command line)."""
        if self.running():
            return
        argv, env = hq_service.hub_command(db, host, port)
        process = QProcess(self)
        environment = QProcessEnvironment()
        for key, value in env.items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._read_output)
        process.finished.connect(self._finished)
        self.process, self.url, self.error = process, "", ""
        self.address = (host, port)
        process.start(argv[0], argv[1:])
        self.sig_changed.emit()

    def _read_output(self) -> None:
        text = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.startswith(SERVING) and " at " in line:
                url = line.rsplit(" at ", 1)[1].strip().removesuffix("/v1")  # as laptops
                if "//0.0.0.0:" in url:  # every address of this computer: name one
                    url = url.replace("0.0.0.0", QHostInfo.localHostName(), 1)
                self.url = url
        self.sig_changed.emit()

    def _finished(self, code: int, _status) -> None:
        error = bytes(self.process.readAllStandardError()).decode("utf-8", "replace").strip()
        self.error = error.splitlines()[-1] if code != 0 and error else ""
        self.url = ""
        self.sig_changed.emit()

    def stop(self) -> None:
        """Stop the hub (SIGTERM: requests in progress end, the merge in progress
        finishes) and wait for it; killed if it does not end in time."""
        process = self.process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return
        process.terminate()
        if not process.waitForFinished(STOP_WAIT_MS):
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)
        self.sig_changed.emit()

    def confirm_quit(self, parent: QWidget | None) -> bool:
        """Before the app quits: True to go on (the hub is not running, or the
        coordinator chose to stop it); False keeps the app and its hub."""
        if not self.running():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Fältbok"),
                          self.tr("The hub is running. Quitting stops it."), parent=parent)
        box.setInformativeText(self.tr(
            "Laptops cannot sync with headquarters while the hub is stopped. They keep "
            "their changes and send them once it runs again."))
        quit_button = box.addButton(self.tr("Stop the hub and &quit"),
                                    QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is quit_button


def hub_of(ctx) -> HubProcess:
    """The hub owner for a window's context: the lock controller's, which outlives
    the window; a window built without one (none in the app) owns its own."""
    owner = getattr(getattr(ctx, "protection", None), "hub", None)
    if isinstance(owner, HubProcess):
        return owner
    return ctx.findChild(HubProcess) or HubProcess(ctx)
