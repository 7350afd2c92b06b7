"""Storage: where the data lives, the engine, migrations and the change log."""
