"""Every table model passes Qt's model tester, on demo data."""

from __future__ import annotations

import pytest

from app.services.progress import indicator_progress
from app.services.queries import COLUMNS
from app.ui.attendance.roster_model import RosterTableModel, roster_rows
from app.ui.records.indicators_page import ProgressTableModel
from app.ui.widgets.table_model import RecordTableModel
from tests.ui.conftest import settle


@pytest.fixture
def demo_db(demo_paths):
    from app.storage.database import Database

    db = Database.open(demo_paths)
    yield db
    from app.ui.base.ops import wait_for_background

    wait_for_background()
    db.close()


@pytest.mark.parametrize("entity", sorted(COLUMNS))
def test_every_record_model_passes_the_model_tester(qtbot, qtmodeltester, demo_db, entity):
    model = RecordTableModel(demo_db, entity, page_size=25)
    settle(qtbot)
    while model.canFetchMore():
        model.fetchMore()
        settle(qtbot)
        if model.rowCount() >= 75:
            break
    qtmodeltester.check(model, force_py=True)  # watches the model from here on
    model.fetchMore()
    settle(qtbot)


def test_the_record_model_pages_in_only_what_the_view_asks_for(qtbot, demo_db):
    model = RecordTableModel(demo_db, "attendance", page_size=50)
    settle(qtbot, lambda: model.total is not None)
    assert model.rowCount() == 50 and model.total == 8960 and model.canFetchMore()
    model.fetchMore()
    settle(qtbot)
    assert model.rowCount() == 100


def test_a_search_returns_at_once_and_its_rows_arrive_later(qtbot, demo_db):
    model = RecordTableModel(demo_db, "participant", page_size=50)
    settle(qtbot)
    model.set_search("OSH-")
    assert model.rowCount() == 0 and model.loading
    settle(qtbot, lambda: model.total is not None)
    codes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert codes and all("OSH-" in code for code in codes)


def test_sorting_is_done_by_the_query(qtbot, demo_db):
    from PySide6.QtCore import Qt

    model = RecordTableModel(demo_db, "participant", page_size=30)
    settle(qtbot)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    settle(qtbot)
    codes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)


def test_roster_and_progress_models_pass_the_model_tester(qtmodeltester, demo_db):
    from app.services import Services

    services = Services(demo_db)
    training = services.trainings.list(limit=1)[0]
    people = services.attendance.roster(training.id)
    roster = RosterTableModel()
    roster.set_rows(roster_rows(people, {p.id: n % 2 == 0 for n, p in enumerate(people)}))
    qtmodeltester.check(roster, force_py=True)
    progress = ProgressTableModel()
    progress.set_rows(indicator_progress(demo_db))
    qtmodeltester.check(progress, force_py=True)
