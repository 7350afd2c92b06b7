"""Shared fixtures: every test gets its own data folder, never the real one."""

from __future__ import annotations

import pytest

from app.storage.database import Database
from app.storage.paths import DataPaths


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FALTBOK_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(paths) -> Database:
    database = Database.open(paths, create=True, device_name="test laptop")
    yield database
    database.close()


@pytest.fixture
def services(db):
    from app.services import Services

    return Services(db)
