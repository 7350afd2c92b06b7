"""Sync: identities, bundles, merge, receipts. Qt-free; see docs/sync.md."""
