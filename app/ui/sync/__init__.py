"""The sync screens (export, import, conflicts, held-back changes), automatic sync
with the hub, and the words for sync outcomes and refusals."""
