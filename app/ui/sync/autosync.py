"""Automatic sync with the headquarters hub: a thin Qt shell around the policy.

`app.sync.http.schedule.Schedule` decides when a round is due; this object
feeds it events (a local change, the network coming and going, "Sync now",
a round's outcome) and keeps one single-shot timer armed for the next due
round. A round runs on a worker (`ops.Op`): first a real probe of the hub's
health endpoint, then `run_round`, so the window never waits for the
network. There is never more than one round: the schedule does not call a
round due while one runs. An edit saved during a round is in the change log
like any other; the schedule plans another round for it.

Closing the window or locking cancels the running round between chunks
(`stop`); the upload resumes from its offset next time (the client keeps the
outgoing bundle and its upload URL in the data folder).
"""

from __future__ import annotations

import ipaddress
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, Signal

from app.sync.errors import NotEnrolledError
from app.sync.http.schedule import Failure, Policy, Schedule, Status
from app.sync.service import SyncService
from app.ui.base.context import AppContext
from app.ui.base.ops import Op, on_writer
from app.ui.records.pages import SECTION_LISTS
from app.ui.sync.autosync_words import round_error_text

log = logging.getLogger(__name__)
LAST_SUCCESS_KEY = "autosync/last_success"
MAX_TIMER_MS = 2**31 - 1


@dataclass(frozen=True)
class Unreachable:
    """The probe found no hub answering at the address (a round was not tried)."""

    url: str


def classify(error: BaseException) -> tuple[Failure, str | None]:
    """A round's exception as the schedule's kind of failure (and a refusal's reason)."""
    from app.sync.http import errors as hub

    if isinstance(error, hub.HubRefusedError):
        return Failure.REFUSED, getattr(error, "reason", None)
    if isinstance(error, hub.HubTimeoutError):
        return Failure.TIMEOUT, None
    if isinstance(error, hub.HubTlsError):
        return Failure.TLS, None
    if isinstance(error, hub.HubUnreachableError):
        return Failure.UNREACHABLE, None
    if isinstance(error, hub.NoHubError | hub.InvalidHubUrlError):
        return Failure.NO_HUB, None
    if isinstance(error, hub.HubProtocolError):
        return Failure.PROTOCOL, None
    if isinstance(error, NotEnrolledError):
        return Failure.NOT_ENROLLED, None
    return Failure.OTHER, None


def read_config(db) -> tuple[str | None, str | None]:
    """The replica's role and, on a laptop enrolled with headquarters, the hub address."""
    from app.sync.http.client import hub_url

    role = SyncService(db).role()
    return role, (hub_url(db) if role == "device" else None)


def sync_round(db, url: str, token, progress=None):
    """Worker: probe the hub, then one full round (cancelled between chunks) whose
    database writes queue on the one writer, behind the user's saves."""
    from app.sync.http.client import probe, run_round

    if not probe(url):
        return Unreachable(url)
    return run_round(db, url, cancel=token, progress=progress, write=on_writer)


def network_information():
    """The platform's network information, or None where Qt has no backend."""
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            return None
        return QNetworkInformation.instance()
    except (ImportError, RuntimeError, AttributeError):
        return None


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def reachability_online(info) -> bool | None:
    """False only when the system is sure there is no network at all; a local-only
    network may still reach a hub in the office, so the probe decides then."""
    if info is None:
        return None
    from PySide6.QtNetwork import QNetworkInformation

    reach = info.reachability()
    if reach == QNetworkInformation.Reachability.Disconnected:
        return False
    if reach == QNetworkInformation.Reachability.Online:
        return True
    return None


class AutoSync(QObject):
    sig_status = Signal(object)  # schedule.Status
    sig_round_finished = Signal(object, object)  # result (or Unreachable) , error
    sig_progress = Signal(int, int)  # bytes of the bundle uploaded, its size (from the worker)

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 policy: Policy | None = None, clock=time.monotonic):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.schedule = Schedule(policy or Policy())
        self.url: str | None = None
        self.role: str | None = None
        self.last_result: object = None  # RoundResult or Unreachable of the last round
        self.last_error: BaseException | None = None
        self.synced_at = _stored_time(ctx.settings.value(LAST_SUCCESS_KEY))
        self._op: Op | None = None
        self.uploaded: tuple[int, int] | None = None  # of the running round's bundle
        self._own_change = False
        self._stopped = False
        self._loaded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self.network = network_information()
        self.schedule.network_changed(self._online(), self.clock())
        if self.network is not None:
            self.network.reachabilityChanged.connect(self._reachability)
        self.sig_progress.connect(self._progress)
        ctx.sig_data_changed.connect(self._data_changed)
        # every save, delete and attendance mark goes through the undo stack (some
        # marks tell no list): its index moving is the surest sign of a local edit
        ctx.undo_stack.indexChanged.connect(lambda _index: self._local_change())
        self.reload()

    # -- configuration -------------------------------------------------------------
    def reload(self) -> None:
        """Read the hub address and the replica's role (off the UI thread)."""
        db = self.ctx.db
        Op(self, lambda: read_config(db)).success(self._configured).failure(
            self._config_failed).run_in_background()

    def _configured(self, config: tuple[str | None, str | None]) -> None:
        if self._stopped:
            return
        self.role, url = config
        if url != self.url or not self._loaded:  # the same address keeps its backoff
            self.url, self._loaded = url, True
            self.schedule.configure(url is not None, self.clock())
            self.schedule.network_changed(self._online(), self.clock())
        self._arm()

    def _config_failed(self, error: BaseException) -> None:
        log.warning("automatic sync stays off: %s", error)
        self._configured((None, None))

    @property
    def status(self) -> Status:
        return self.schedule.status(self.clock())

    @property
    def running(self) -> bool:
        return self.schedule.running

    # -- events --------------------------------------------------------------------
    def sync_now(self) -> None:
        """The person asked ("Sync now", F5): a round at once, whatever the backoff."""
        if self._stopped:
            return
        if self.url is None:
            failure = Failure.NO_HUB if self.role == "device" else Failure.NOT_ENROLLED
            if self.role == "hq":
                self.ctx.sig_message.emit(self.tr(
                    "This data folder is headquarters: laptops sync with it."))
            else:
                self.ctx.sig_message.emit(round_error_text(None, failure, None))
            return
        self.schedule.sync_now(self.clock())
        self._tick()

    def _data_changed(self, entity: str) -> None:
        if self._own_change:
            return
        if entity == "sync":  # an import or enrolment: the role or the address may be new
            self.reload()
        self._local_change()

    def _local_change(self) -> None:
        if not self._stopped:
            self.schedule.local_change(self.clock())
            self._arm()

    def _online(self) -> bool | None:
        """The system's word on the network; a hub on this computer needs none."""
        if self.url is not None and is_loopback(self.url):
            return None
        return reachability_online(self.network)

    def _reachability(self, _reachability) -> None:
        self.schedule.network_changed(self._online(), self.clock())
        self._arm()

    def stop(self) -> None:
        """Before the window goes: no new round, and the running one stops between chunks."""
        self._stopped = True
        self._timer.stop()
        if self._op is not None:
            self._op.cancel()

    # -- rounds ----------------------------------------------------------------------
    def _arm(self) -> None:
        if self._stopped:
            return
        wait = self.schedule.next_in(self.clock())
        if wait is None:
            self._timer.stop()
        else:
            self._timer.start(min(MAX_TIMER_MS, int(wait * 1000) + 1))
        self.sig_status.emit(self.status)

    def _tick(self) -> None:
        now = self.clock()
        if self._stopped or not self.schedule.due(now):
            self._arm()
            return
        self.schedule.round_started(now)
        self.uploaded = None
        db, url = self.ctx.db, self.url
        self._op = Op(self, lambda token: sync_round(db, url, token, self._report)).success(
            self._succeeded).failure(self._failed).run_in_background()
        self._arm()

    def _report(self, sent: int, total: int) -> None:
        """On the worker: hand the upload's progress to the UI thread (queued)."""
        try:
            self.sig_progress.emit(sent, total)
        except RuntimeError:  # the window, and this object, are gone: the round is cancelled
            pass

    def _progress(self, sent: int, total: int) -> None:
        if self.schedule.running:
            self.uploaded = (sent, total)
            self.sig_status.emit(self.status)

    def _succeeded(self, result) -> None:
        self._op = None
        if isinstance(result, Unreachable):
            self.schedule.round_failed(Failure.UNREACHABLE, self.clock())
            self.last_result, self.last_error = result, None
        else:
            self.schedule.round_succeeded(self.clock())
            self.last_result, self.last_error = result, None
            self.synced_at = datetime.now(UTC)
            self.ctx.settings.setValue(LAST_SUCCESS_KEY, self.synced_at.isoformat())
            if getattr(result, "merged", 0) or getattr(result, "receipts", 0):
                self._refresh_lists()
        self.sig_round_finished.emit(result, None)
        self._arm()

    def _failed(self, error: BaseException) -> None:
        self._op = None
        failure, reason = classify(error)
        if failure is Failure.OTHER:
            log.error("automatic sync round failed", exc_info=error)
        self.schedule.round_failed(failure, self.clock(), reason)
        self.last_result, self.last_error = None, error
        self.sig_round_finished.emit(None, error)
        self._arm()

    def _refresh_lists(self) -> None:
        """Changes merged from headquarters: lists and counts reload. Not a local change."""
        self._own_change = True
        try:
            for entities in SECTION_LISTS.values():
                for entity in entities:
                    self.ctx.changed(entity)
            self.ctx.changed("sync")
        finally:
            self._own_change = False


def _stored_time(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
