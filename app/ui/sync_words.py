"""Plain sentences for what sync did or refused.

The core raises one typed error per reason (app/sync/errors.py) and returns
counts; this is where they become words a field officer can act on. A
refusal never shows a traceback: an error the core did not foresee is logged
for the developers and shown as one calm sentence. Every sentence about a
refusal says that nothing changed, because the core guarantees it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.sync import errors
from app.sync.keystore import MissingSecretError

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

EXPORT, IMPORT, ENROL = "export", "import", "enrol"


def _tr(text: str) -> str:
    return translate("SyncWords", text)


def error_text(error: BaseException, during: str = IMPORT) -> str:
    """One sentence for a refused export, import or enrolment (`during`)."""
    unchanged = _tr("Nothing was changed.")
    if isinstance(error, errors.WrongRecipientError):
        text = _tr("This file was encrypted for another headquarters or another laptop, "
                   "so it cannot be opened here.")
    elif isinstance(error, errors.BadSignatureError):
        text = _tr("This file's signature does not match the headquarters this laptop is "
                   "enrolled with: it may have been altered, or it comes from elsewhere.")
    elif isinstance(error, errors.UnknownDeviceError):
        text = _tr("This file comes from a laptop headquarters never enrolled.")
    elif isinstance(error, errors.RevokedDeviceError):
        text = _tr("This file comes from a laptop that headquarters has revoked.")
    elif isinstance(error, errors.SecondKeyError):
        text = _tr("This file is signed with a different key than the one on record for "
                   "its laptop.")
    elif isinstance(error, errors.UnsafeArchiveError):
        text = _tr("This file is not built the way a sync package is (it may be damaged, "
                   "too large, or made to cause harm).")
    elif isinstance(error, errors.ManifestMismatchError | errors.CorruptFileError):
        text = _tr("This file is damaged, incomplete, or not a Fältbok sync file.")
    elif isinstance(error, errors.UnsupportedFormatError):
        text = _tr("This file was written by a newer version of Fältbok. Update the app "
                   "and import it again.")
    elif isinstance(error, errors.InvalidChangeError):
        text = _tr("This file holds changes this version of Fältbok does not know.")
    elif isinstance(error, errors.NotEnrolledError):
        text = _tr("This laptop is not enrolled with headquarters yet. Import the enrolment "
                   "file headquarters gave you first.")
    elif isinstance(error, errors.WrongReplicaError):
        text = {
            EXPORT: _tr("This data folder is headquarters: sync packages are written on "
                        "the laptops."),
            ENROL: _tr("This laptop is already enrolled, or has sent packages under "
                       "another identity. An enrolment file is for a laptop's first "
                       "enrolment only."),
        }.get(during, _tr("This file is addressed to another laptop, or to headquarters."))
    elif isinstance(error, errors.SyncNotFoundError):
        text = _tr("That item no longer exists; the list has been refreshed.")
    elif isinstance(error, MissingSecretError):
        text = _tr("This laptop's sync keys are missing from its data folder. Ask "
                   "headquarters to enrol it again.")
    elif isinstance(error, PermissionError):
        text = _tr("Fältbok may not read or write that file. Choose another place.")
    elif isinstance(error, FileNotFoundError | IsADirectoryError | NotADirectoryError):
        text = _tr("That file or folder does not exist.")
    elif isinstance(error, OSError):
        text = _tr("The file could not be read or written (the disk may be full or the "
                   "stick removed).")
    else:
        log.error("unexpected error during sync %s", during, exc_info=error)
        text = _tr("Something unexpected went wrong.")
    if during == EXPORT and not isinstance(error, OSError):
        return text
    return f"{text} {unchanged}"


def exported_text(changes: int, withheld: int, path: str) -> str:
    text = translate("SyncWords", "Wrote %n change(s) to {path}.", "", changes).format(
        path=path)
    if withheld:
        text += " " + translate("SyncWords", "%n name(s) or contact(s) stayed on this laptop.",
                                "", withheld)
    return text


def receipt_text(changes: int) -> str:
    return translate("SyncWords", "Headquarters confirmed it received your changes "
                     "(%n change(s) in that package).", "", changes)


def merged_text(applied: int, pending: int, held: int, conflicts: int) -> str:
    text = translate("SyncWords", "Took in %n change(s) from headquarters.", "", applied)
    if pending:
        text += " " + translate("SyncWords", "%n wait for records that have not arrived yet.",
                                "", pending)
    if held:
        text += " " + translate("SyncWords", "%n held back for a coordinator (dated in the "
                                "future).", "", held)
    if conflicts:
        text += " " + translate("SyncWords", "%n conflict(s) to review.", "", conflicts)
    return text


def enrolled_text(device_name: str) -> str:
    return _tr("This laptop is now enrolled with headquarters as “{name}”. Export a sync "
               "package to send your work.").format(name=device_name)


def released_text(applied: int) -> str:
    return translate("SyncWords", "Released %n held-back change(s).", "", applied)
