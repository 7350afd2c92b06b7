"""Protection screens: set, change or remove the passphrase, unlock, the quick wipe,
and who is using this laptop."""
