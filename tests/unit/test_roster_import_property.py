"""Any list, any database: an import never duplicates a code, and its undo leaves the
roster and the live participants exactly as they were."""

from __future__ import annotations

import csv

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.roster_import import RosterImport
from app.services.roster_mapping import header_score
from app.services.roster_read import read_sheet

CODES = ["OSH-000001", "OSH-000002", "OSH-000003", "KOB-1", "KOB-2", "", "", ""]
ROW = st.tuples(st.sampled_from(CODES), st.sampled_from(["female", "ж", "мард", "martian", ""]),
                st.sampled_from(["18-24", "50+", "", "20-40"]))


def live(services, training):
    participants = {(p.id, p.code) for p in services.participants.list()}
    roster = {p.id for p in services.attendance.roster(training)}
    return participants, roster


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, min_size=1, max_size=8),
       existing=st.lists(st.sampled_from(CODES[:4]), unique=True, max_size=3),
       enrolled=st.integers(min_value=0, max_value=3))
def test_an_import_never_duplicates_and_its_undo_restores_everything(
        services, db, tmp_path_factory, rows, existing, enrolled):
    s = services
    partner = s.partners.create(name="Osh", country="KG").id
    project = s.projects.create(partner_id=partner, title="P", country="KG").id
    training = s.trainings.create(project_id=project, title="T", start_date="2026-03-02").id
    for n, code in enumerate(existing):
        if not s.participants.list(filters={"code": code}):
            person = s.participants.create(code=code, partner_id=partner).id
        else:
            person = s.participants.list(filters={"code": code})[0].id
        if n < enrolled:
            s.attendance.add_to_roster(training, person)
    path = tmp_path_factory.mktemp("list") / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Code", "Gender", "Age band"], *rows])
    before = live(s, training)
    importer = RosterImport(db)
    sheet = read_sheet(path, header_score)
    plan = importer.plan(sheet, training, importer.guess(sheet, training))
    written, step = importer.apply(plan)

    codes = [p.code for p in s.participants.list()]
    assert len(codes) == len(set(codes))  # no code twice among live participants
    roster_codes = {p.code for p in s.attendance.roster(training)}
    for row in written.rows:
        if row.action in ("new", "known", "on_roster"):
            assert row.values["code"] in roster_codes
    assert len(step.rows) == written.count("new") * 2 + written.count("known")
    s.attendance.revert(step)
    assert live(s, training) == before
