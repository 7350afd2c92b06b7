"""One valid record of every synced kind, made through the services."""

from __future__ import annotations

from datetime import date

from app.services.audit import AuditService


def one_of_each(services) -> dict[str, str]:
    """{table: id} for a coherent graph of one record per synced table."""
    s = services
    ids = {"device": s.db.device_id}
    ids["app_user"] = s.users.create(name="Айгуль Асанова", role="intern").id
    ids["partner"] = s.partners.create(name="Женский ресурсный центр «Ош»", country="KG",
                                       region="Ош", themes=["feminism"]).id
    ids["project"] = s.projects.create(partner_id=ids["partner"], title="Правовая грамотность",
                                       country="KG", start_date="2026-01-01",
                                       end_date="2026-12-31", budget="250000.00").id
    ids["goal"] = s.goals.create(project_id=ids["project"], title="Women use legal aid").id
    ids["indicator"] = s.indicators.create(goal_id=ids["goal"], name="Consultations",
                                           unit="people", baseline="0", target="200",
                                           by_gender=True).id
    ids["indicator_value"] = s.indicator_values.create(
        indicator_id=ids["indicator"], period_start="2026-01-01", period_end="2026-03-31",
        value="40", breakdown={"gender:female": 31, "gender:male": 9}).id
    ids["disbursement"] = s.disbursements.create(project_id=ids["project"],
                                                 paid_on="2026-01-15", amount="80000").id
    ids["activity"] = s.activities.create(project_id=ids["project"], kind="workshop",
                                          topic="Digital security", start_date="2026-02-01").id
    ids["training"] = s.trainings.create(project_id=ids["project"], title="Legal literacy").id
    ids["training_session"] = s.sessions.create(training_id=ids["training"],
                                                held_on=date(2026, 2, 3)).id
    ids["participant"] = s.participants.create(code="OSH-000001", name="Нургуль Осмонова",
                                               gender="female", age_band="25_34").id
    ids["roster_entry"] = s.attendance.add_to_roster(ids["training"], ids["participant"]).id
    ids["attendance"] = s.attendance.mark(ids["training_session"], ids["participant"]).id
    ids["deployment"] = s.deployments.create(partner_id=ids["partner"], person="Sara Nilsson",
                                             role="intern", start_date="2026-01-10").id
    ids["field_report"] = s.field_reports.create(partner_id=ids["partner"],
                                                 visited_on="2026-02-04", notes="Visit").id
    ids["publication"] = s.publications.create(title="Women and land", kind="report").id
    ids["advocacy_event"] = s.advocacy_events.create(kind="hearing", title="Hearing",
                                                     held_on="2026-03-08",
                                                     audience_public=40).id
    ids["audit_event"] = AuditService(s.db).record("export", "sample bundle").id
    return ids
