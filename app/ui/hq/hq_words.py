"""Headquarters' outcomes in words: a file taken in, packages sent back, refusals.

The refusals of a package are the sync room's sentences (`sync_words`): the
same typed error reads the same on a laptop and at headquarters. What only
headquarters meets (an enrolment's name, hub address or scope) is worded here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.sync.errors import NotEnrolledError
from app.sync.hq_service import DeviceNameError, HubAddressError, SentBack, TakeIn
from app.sync.scope import ScopeError
from app.ui.sync import sync_words

translate = QCoreApplication.translate
RETURN = "return"  # writing a return package


def refusal(error: BaseException, during: str = sync_words.IMPORT) -> str:
    """One sentence for a refusal, saying that nothing changed."""
    unchanged = translate("HqWords", "Nothing was changed.")
    if isinstance(error, DeviceNameError):
        reason = (translate("HqWords", "Give the laptop a name.") if error.reason == "blank"
                  else translate("HqWords", "A laptop named “{name}” is already enrolled: "
                                 "choose another name.").format(name=error.name))
        return f"{reason} {unchanged}"
    if isinstance(error, HubAddressError):
        return "{} {}".format(translate(
            "HqWords", "The hub address is not a web address such as "
            "https://hq.example.org."), unchanged)
    if isinstance(error, NotEnrolledError) and during == RETURN:
        return "{} {}".format(translate(
            "HqWords", "This laptop has not sent its first package yet; take that in first."),
            unchanged)
    if isinstance(error, ScopeError):
        return "{} {}".format(translate(
            "HqWords", "The scope is not valid: write all, or country:CODE and partner:ID "
            "items separated by commas, naming partners headquarters holds."), unchanged)
    return sync_words.error_text(error, during)


def taken_in_text(result: TakeIn) -> str:
    """What happened to one file: merged N changes (waiting, held back), already taken
    in, or refused with its reason."""
    if result.refused:
        return translate("HqWords", "Refused: {reason}").format(reason=refusal(result.error))
    if result.replay:
        text = translate("HqWords", "Already taken in from “{name}”; its receipt was "
                         "written again.").format(name=result.device_name)
    else:
        applied, pending = result.result.applied, result.result.pending
        quarantined, conflicts = result.result.quarantined, result.result.conflicts
        text = translate("HqWords", "Merged from “{name}”: %Ln changes.", "",
                         applied).format(name=result.device_name)
        if pending:
            text += " " + translate("HqWords", "Waiting for related records: %Ln.", "",
                                    pending)
        if quarantined:
            text += " " + translate("HqWords", "Quarantined: %Ln.", "", quarantined)
        if conflicts:
            text += " " + translate("HqWords", "Conflicts to review: %Ln.", "", conflicts)
    if result.receipt_error is not None:
        text += " " + translate("HqWords", "Its receipt could not be written: take the file "
                                "in again to write it.")
    return text


def sent_back_text(sent: SentBack) -> str:
    if sent.error is not None:
        return translate("HqWords", "“{name}”: nothing written. {reason}").format(
            name=sent.name, reason=refusal(sent.error, RETURN))
    changes = sent.changes
    return translate("HqWords", "“{name}”: %Ln changes in {file}.", "", changes).format(
        name=sent.name, file=sent.path.name)


def revoked_text(name: str) -> str:
    return translate("HqWords", "“{name}” is revoked: its packages are refused from now on. "
                     "What it sent before stays.").format(name=name)
