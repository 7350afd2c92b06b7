"""`faltbok --selftest`, its Qt-free steps run for real (the window steps are in
tests/ui/test_about.py): each step does what it says, and the first failure stops the
walk with the step's name and one line."""

from __future__ import annotations

import pytest

from app import selftest
from app.services import Services
from app.storage import cipher
from app.storage.database import Database
from app.storage.paths import DataPaths


@pytest.fixture
def walked(tmp_path):
    work = tmp_path / "data"
    outcome = selftest.run_steps(work, selftest.CORE_STEPS)
    return work, outcome


def test_every_core_step_passes_in_order(walked):
    _work, outcome = walked
    assert outcome.steps == ["modules", "resources", "migrations", "record", "encrypted",
                             "bundle", "iati-schema"]


def test_the_encrypted_step_leaves_a_database_nobody_reads_without_the_passphrase(walked):
    work, _outcome = walked
    locked = DataPaths(work / "locked")
    assert cipher.is_encrypted(locked.database)
    assert selftest.PARTNER.encode() not in locked.database.read_bytes()
    with pytest.raises(cipher.PassphraseRequiredError):
        Database.open(locked)


def test_the_bundle_step_brings_the_laptops_record_to_headquarters(walked):
    work, _outcome = walked
    hq = Database.open(DataPaths(work / "hq"))
    try:
        assert selftest.PARTNER in [p.name for p in Services(hq).partners.list()]
    finally:
        hq.close()


def test_a_failing_step_is_named_in_one_line(tmp_path):
    # the bundle step alone: no laptop database was made before it
    with pytest.raises(selftest.SelftestFailure) as failure:
        selftest.run_steps(tmp_path / "data", [("bundle", selftest.check_bundle)])
    assert failure.value.step == "bundle"
    assert str(failure.value).startswith("selftest failed at bundle: NoDatabaseError: ")
    assert "\n" not in str(failure.value)


def test_the_steps_after_a_failure_do_not_run(tmp_path):
    ran = []
    steps = [("migrations", selftest.check_migrations), ("bundle", selftest.check_bundle),
             ("after", lambda work: ran.append(work))]
    with pytest.raises(selftest.SelftestFailure, match="at bundle"):
        selftest.run_steps(tmp_path / "data", steps, progress=ran.append)
    assert ran == ["migrations"]


def test_a_data_folder_that_cannot_be_made_fails_first(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(selftest.SelftestFailure) as failure:
        selftest.run_steps(blocker / "data", selftest.CORE_STEPS)
    assert failure.value.step == "data folder"
