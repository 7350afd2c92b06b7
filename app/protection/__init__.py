"""Participant protection of a whole data folder: passphrase, unlock, quick wipe.

Qt-free operations the UI and the CLI call (`service.ProtectionService` gathers
them for the UI's screens):
- `unlock.unlock`: open the database with a passphrase, counting wrong attempts.
- `passphrase`: set, change or remove the passphrase of a closed database.
- `wipe.wipe`: destroy everything the app stored, after counting what
  headquarters has not acknowledged.

The file-level pieces they work with sit below, in `app.storage`, because
opening a database needs them: `cipher` (is a file encrypted, its SQLCipher
key), `sealing` (small secrets sealed under the passphrase), `keys` (the sealed
key files), `files` (swapping and shredding files). The audit trail is a
service (`app.services.audit`).
"""
