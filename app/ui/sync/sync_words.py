"""Plain sentences for what sync did or refused.

The core raises one typed error per reason (app/sync/errors.py) and returns
counts; this is where they become words a field officer can act on. A
refusal never shows a traceback: an error the core did not foresee is logged
for the developers and shown as one calm sentence. Every sentence about a
refused import says that nothing changed, because the core guarantees it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.sync import errors
from app.sync.keystore import MissingSecretError

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

EXPORT, IMPORT, ENROL = "export", "import", "enrol"


def _reason(error: BaseException, during: str) -> str:
    if isinstance(error, errors.WrongRecipientError):
        return translate("SyncWords", "This file was encrypted for another headquarters or "
                         "another laptop, so it cannot be opened here.")
    if isinstance(error, errors.BadSignatureError):
        return translate("SyncWords", "This file's signature does not match the headquarters "
                         "this laptop is enrolled with: it was altered, or it comes from "
                         "elsewhere.")
    if isinstance(error, errors.UnknownDeviceError):
        return translate("SyncWords", "This file comes from a laptop headquarters never "
                         "enrolled.")
    if isinstance(error, errors.RevokedDeviceError):
        return translate("SyncWords", "This file comes from a laptop headquarters has "
                         "revoked.")
    if isinstance(error, errors.SecondKeyError):
        return translate("SyncWords", "This file is signed with another key than the one on "
                         "record for its laptop.")
    if isinstance(error, errors.UnsafeArchiveError):
        return translate("SyncWords", "This file is not built the way a sync package is: it "
                         "is damaged, far too large, or made to cause harm.")
    if isinstance(error, errors.ManifestMismatchError | errors.CorruptFileError):
        return translate("SyncWords", "This file is damaged, incomplete, or not a Fältbok "
                         "sync file.")
    if isinstance(error, errors.UnsupportedFormatError):
        return translate("SyncWords", "This file was written by a newer version of Fältbok. "
                         "Update the app and import it again.")
    if isinstance(error, errors.InvalidChangeError):
        return translate("SyncWords", "This file holds changes this version of Fältbok does "
                         "not know.")
    if isinstance(error, errors.NotEnrolledError):
        return translate("SyncWords", "This laptop is not enrolled with headquarters yet. "
                         "Import the enrolment file headquarters gave you first.")
    if isinstance(error, errors.WrongReplicaError):
        if during == EXPORT:
            return translate("SyncWords", "This data folder is headquarters: sync packages "
                             "are written on the laptops.")
        if during == ENROL:
            return translate("SyncWords", "This laptop is already enrolled, or has sent "
                             "packages under another identity. An enrolment file is only "
                             "for a laptop's first enrolment.")
        return translate("SyncWords", "This file is meant for another laptop or for "
                         "headquarters.")
    if isinstance(error, errors.SyncNotFoundError):
        return translate("SyncWords", "That item no longer exists; the list has been "
                         "refreshed.")
    if isinstance(error, MissingSecretError):
        return translate("SyncWords", "This laptop's sync keys are missing from its data "
                         "folder. Ask headquarters to enrol it again.")
    if isinstance(error, PermissionError):
        return translate("SyncWords", "Fältbok may not read or write that file. Choose "
                         "another place.")
    if isinstance(error, FileNotFoundError | IsADirectoryError | NotADirectoryError):
        return translate("SyncWords", "That file or folder does not exist.")
    if isinstance(error, OSError):
        return translate("SyncWords", "The file could not be read or written: the disk may "
                         "be full or the stick removed.")
    log.error("unexpected error during sync %s", during, exc_info=error)
    return translate("SyncWords", "Something unexpected went wrong.")


def error_text(error: BaseException, during: str = IMPORT) -> str:
    """One sentence for a refused export, import or enrolment (`during`), saying that
    nothing changed (an export that failed leaves the database as it was too)."""
    return "{reason} {unchanged}".format(
        reason=_reason(error, during), unchanged=translate("SyncWords", "Nothing was changed."))


def exported_text(changes: int, withheld: int, path: str) -> str:
    text = translate("SyncWords", "Sync package written to {path}. Changes in it: %Ln.", "",
                     changes).format(path=path)
    if withheld:
        text += " " + translate("SyncWords", "Names and contacts kept on this laptop: %Ln.",
                                "", withheld)
    return text


def receipt_text(changes: int) -> str:
    return translate("SyncWords", "Headquarters confirmed receiving your package (changes "
                     "in it: %Ln).", "", changes)


def merged_text(applied: int, pending: int, held: int, conflicts: int) -> str:
    text = translate("SyncWords", "Changes taken in from headquarters: %Ln.", "", applied)
    if pending:
        text += " " + translate("SyncWords", "Waiting for records not here yet: %Ln.", "",
                                pending)
    if held:
        text += " " + translate("SyncWords", "Held back for a coordinator (dated in the "
                                "future): %Ln.", "", held)
    if conflicts:
        text += " " + translate("SyncWords", "Conflicts to review: %Ln.", "", conflicts)
    return text


def enrolled_text(device_name: str) -> str:
    return translate("SyncWords", "This laptop is now enrolled with headquarters as "
                     "“{name}”. Export a sync package to send your work.").format(
        name=device_name)


def released_text(applied: int) -> str:
    return translate("SyncWords", "Held-back changes released: %Ln.", "", applied)
