"""Typed errors of sync. Each names one reason a file or request was refused."""

from __future__ import annotations


class SyncError(Exception):
    """Base: something sync refused; nothing was written."""


class CorruptFileError(SyncError):
    """Truncated, altered or not a Fältbok file at all."""


class WrongRecipientError(SyncError):
    """Encrypted to a key this replica does not hold."""


class BadSignatureError(SyncError):
    """A signature that does not verify against the pinned key."""


class UnknownDeviceError(SyncError):
    """A bundle from a device headquarters never enrolled."""


class RevokedDeviceError(SyncError):
    """A bundle from a revoked device."""


class SecondKeyError(SyncError):
    """A device presenting a key other than the one pinned for it."""


class UnsafeArchiveError(SyncError):
    """Member names or sizes a bundle must never have (paths, bombs, duplicates)."""


class UnsafePathError(UnsafeArchiveError):
    """A member path that could leave the folder it is unpacked into (absolute,
    `..`, a drive letter, a backslash): refused before any other check of names."""


class ManifestMismatchError(SyncError):
    """A member whose hash, size or row count differs from the manifest."""


class UnsupportedFormatError(SyncError):
    """An unknown format or version, or a newer schema than this app knows."""


class NotEnrolledError(SyncError):
    """This replica lacks the identity the operation needs."""


class WrongReplicaError(SyncError):
    """A file addressed to another replica, or a command for the other role."""


class SyncNotFoundError(SyncError):
    """A device, conflict or bundle that does not exist."""


class InvalidChangeError(SyncError):
    """A change naming an unknown table or field, or carrying a bad value."""


class ReceiptMismatchError(SyncError):
    """A receipt for a bundle this device never exported, or acknowledging more
    changes than that bundle carried (it would stop the device's sync for good)."""
