"""Syncing with the headquarters hub over HTTP (docs/hub.md), Qt-free.

The same bundles, receipts and return bundles as files (docs/sync.md), moved
by `client.run_round`; the desktop app and `faltbok sync` both call it.
"""
