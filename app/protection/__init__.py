"""Participant protection: encryption at rest, unlock, quick wipe, audit trail.

Qt-free services the UI and the CLI call (`service.ProtectionService` gathers
them for the UI's screens):
- `cipher`: is a database file encrypted, derive its SQLCipher key, connect.
- `unlock.unlock`: open the database with a passphrase, counting wrong attempts.
- `passphrase`: set, change or remove the passphrase of a closed database.
- `wipe.wipe`: destroy everything the app stored, after counting what
  headquarters has not acknowledged.
- `audit.AuditService`: the append-only, synced audit trail.
- `sealing`: small secrets (device keys) sealed under the passphrase.
"""
