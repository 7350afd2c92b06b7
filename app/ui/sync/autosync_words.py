"""Plain words for automatic sync: the status bar's one line, the Sync page's
sentence about the last round, and a hub address that was refused.

The schedule says what state sync is in (`schedule.Status`); the hub client
raises typed errors; here they become short sentences a field officer can
act on, never a traceback or an HTTP code.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from app.sync.http.schedule import Failure, State, Status

translate = QCoreApplication.translate


def ago_text(when: datetime, now: datetime | None = None) -> str:
    seconds = max(0.0, ((now or datetime.now(UTC)) - when).total_seconds())
    if seconds < 60:
        return translate("HubWords", "Synced just now")
    # lupdate keeps a plural only when its count is a plain name, not an expression
    minutes, hours, days = int(seconds // 60), int(seconds // 3600), int(seconds // 86_400)
    if seconds < 3600:
        return translate("HubWords", "Synced %Ln minute(s) ago", "", minutes)
    if seconds < 86_400:
        return translate("HubWords", "Synced %Ln hour(s) ago", "", hours)
    return translate("HubWords", "Synced %Ln day(s) ago", "", days)


def next_try_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole_seconds, minutes = max(1, round(seconds)), round(seconds / 60)
    if seconds < 60:
        return translate("HubWords", "next try in %Ln second(s)", "", whole_seconds)
    return translate("HubWords", "next try in %Ln minute(s)", "", minutes)


def refusal_reason(reason: str | None) -> str:
    return {
        "revoked": translate("HubWords", "revoked"),
        "unknown": translate("HubWords", "not enrolled there"),
        "signature": translate("HubWords",
                               "signature not accepted (check this laptop's date and time)"),
    }.get(reason or "", translate("HubWords", "not accepted"))


def status_text(status: Status, synced_at: datetime | None, now: datetime | None = None,
                uploaded: tuple[int, int] | None = None) -> str | None:
    """One line for the status bar; None when automatic sync is off. `uploaded`:
    bytes of the running round's bundle sent so far, and its size."""
    state = status.state
    if state is State.OFF:
        return None
    if state is State.SYNCING:
        if uploaded and uploaded[1] > 0 and uploaded[0] < uploaded[1]:
            return translate("HubWords", "Sending changes to headquarters… {percent} %").format(
                percent=QLocale().toString(int(100 * uploaded[0] / uploaded[1])))
        return translate("HubWords", "Syncing…")
    if state is State.OFFLINE:
        return translate("HubWords", "Waiting for a connection")
    if state is State.REFUSED:
        return translate("HubWords", "Headquarters refused this laptop: {reason}").format(
            reason=refusal_reason(status.reason))
    retry = next_try_text(status.retry_in)
    if state is State.WAITING:
        text = translate("HubWords", "Waiting for a connection")
    elif state is State.FAILED:
        text = failure_title(status.failure)
    elif synced_at is not None:
        return ago_text(synced_at, now)
    else:
        return translate("HubWords", "Not synced yet")
    return f"{text} ({retry})" if retry else text


def failure_title(failure: Failure | None) -> str:
    if failure is Failure.TLS:
        return translate("HubWords", "Sync failed: the hub's certificate is not trusted")
    if failure is Failure.PROTOCOL:
        return translate("HubWords", "Sync failed: headquarters answered in an unexpected way")
    if failure is Failure.NOT_ENROLLED:
        return translate("HubWords", "Sync stopped: this laptop is not enrolled yet")
    if failure is Failure.NO_HUB:
        return translate("HubWords", "Sync stopped: no headquarters address")
    return translate("HubWords", "Sync failed")


def round_text(result) -> str:
    """The last round's outcome on the Sync page (a `RoundResult`)."""
    if getattr(result, "nothing_new", False):
        return translate("HubWords", "Synced with headquarters: nothing new to send or receive.")
    sent, receipts, merged = int(result.changes_sent), int(result.receipts), int(result.merged)
    parts = [translate("HubWords", "Synced with headquarters."),
             translate("HubWords", "Changes sent: %Ln.", "", sent)]
    if receipts:
        parts.append(translate("HubWords", "Packages confirmed by headquarters: %Ln.", "",
                               receipts))
    parts.append(translate("HubWords", "Changes taken in from headquarters: %Ln.", "", merged))
    return " ".join(parts)


def round_error_text(error: BaseException | None, failure: Failure,
                     reason: str | None) -> str:
    """A failed round on the Sync page: what happened and what to do."""
    if failure is Failure.UNREACHABLE:
        text = translate("HubWords",
                         "Headquarters could not be reached. Fältbok tries again by itself; "
                         "your changes are kept on this laptop.")
    elif failure is Failure.TIMEOUT:
        text = translate("HubWords",
                         "The connection to headquarters was too slow and was given up. Fältbok "
                         "tries again by itself and continues the upload where it stopped.")
    elif failure is Failure.TLS:
        text = translate("HubWords",
                         "The hub's certificate is not trusted, so nothing was sent. Check the "
                         "headquarters address in Settings.")
    elif failure is Failure.REFUSED:
        text = translate("HubWords",
                         "Headquarters refused this laptop: {reason}. Ask headquarters what to "
                         "do; your changes are kept on this laptop.").format(
            reason=refusal_reason(reason))
    elif failure is Failure.PROTOCOL:
        text = translate("HubWords",
                         "Headquarters answered in a way this version of Fältbok does not "
                         "understand. Update the app or ask headquarters.")
    elif failure is Failure.NO_HUB:
        text = translate("HubWords", "No headquarters address is set. Enter it in Settings.")
    elif failure is Failure.NOT_ENROLLED:
        text = translate("HubWords",
                         "This laptop is not enrolled with headquarters yet. Import the "
                         "enrolment file headquarters gave you first.")
    else:
        from app.ui.sync.sync_words import error_text

        return error_text(error) if error is not None else translate("HubWords", "Sync failed.")
    return text


def invalid_url_text() -> str:
    return translate("HubWords", "That is not a web address Fältbok can use. Write it like "
              "https://hq.example.org (http:// only for a hub on this computer).")
