"""Generate a reproducible demo database.

The same `seed` and `size` give the same records with the same ids: ids come
from a seeded random generator and a simulated clock that starts on
2026-01-05, not from the machine's clock. Rows are written with bulk Core
inserts (the change-log triggers still log every field) inside one
transaction, so a failed run leaves the database as it was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, text

from app.demo import shapes
from app.demo import vocabulary as v
from app.domain import enums
from app.domain.hlc import HybridClock
from app.domain.ids import pair_id, uuid7
from app.domain.models import SYNCED_MODELS
from app.storage import audit_chain
from app.storage.database import Database
from app.storage.stamping import save_last_stamp

EPOCH = datetime(2026, 1, 5, tzinfo=UTC)
BATCH = 20_000
_TABLES = {m.__tablename__: m.__table__ for m in SYNCED_MODELS}


@dataclass(frozen=True)
class DemoSize:
    partners_per_city: int
    projects_per_partner: int
    trainings_per_project: int
    sessions_per_training: int
    roster_size: int


SIZES = {
    "small": DemoSize(partners_per_city=2, projects_per_partner=1, trainings_per_project=2,
                      sessions_per_training=4, roster_size=80),
    "large": DemoSize(partners_per_city=6, projects_per_partner=4, trainings_per_project=12,
                      sessions_per_training=10, roster_size=50),
}


class DemoDataError(Exception):
    """The demo cannot be written here (the database already holds records)."""


class DemoWriter:
    def __init__(self, db: Database, size: str, seed: int):
        self.db = db
        self.size = SIZES[size]
        self.rng = random.Random(seed)
        self._ms = int(EPOCH.timestamp() * 1000)
        self.clock = HybridClock(db.device_id, last=db.clock.last, wall=lambda: self._ms,
                                 max_lag_ms=1 << 60)
        self.rows: dict[str, list[dict]] = {m.__tablename__: [] for m in SYNCED_MODELS}
        self.written: dict[str, int] = {m.__tablename__: 0 for m in SYNCED_MODELS}
        self._session = None
        self._codes = 0

    # -- helpers -----------------------------------------------------------
    def _add(self, table: str, row_id: str | None = None, **fields) -> str:
        self._ms += 1
        row_id = row_id or uuid7(self._ms, self.rng)
        rows = self.rows[table]
        rows.append({"id": row_id, "hlc": self.clock.tick(), "deleted": False, **fields})
        if len(rows) >= BATCH:
            self._flush(table)
        return row_id

    def _flush(self, table: str) -> None:
        rows = self.rows[table]
        if rows:
            self._session.execute(insert(_TABLES[table]), rows)
            self.written[table] += len(rows)
            rows.clear()

    def _day(self, start: date, spread: int) -> date:
        return start + timedelta(days=self.rng.randrange(spread))

    def _person(self, country: str, theme: str) -> tuple[str, str]:
        group = self.rng.choice(v.GROUPS_BY_COUNTRY[country])
        mix = shapes.GENDER_MIX.get(theme, shapes.DEFAULT_GENDER_MIX)
        gender = self.rng.choices(enums.GENDERS, weights=mix)[0]
        female = gender == "female" or (gender != "male" and self.rng.random() < 0.5)
        given = self.rng.choice(v.GIVEN[group][0 if female else 1])
        stem = self.rng.choice(v.SURNAMES[group])
        if female:
            stem += "a" if stem[-1].isascii() else "а"
        return f"{given} {stem}", gender

    # -- the organisation's world ------------------------------------------
    def generate(self) -> None:
        size = self.size
        users = [self._add("app_user", name=name, role=role)
                 for name, role in zip(v.STAFF[:5], ("coordinator", "field_staff",
                                                     "field_staff", "intern", "intern"),
                                       strict=True)]
        for city, region, country, prefix in v.CITIES:
            for _ in range(size.partners_per_city):
                self._partner(city, region, country, prefix)
        self._sweden()
        # the audit trail (app/services/audit.py) of a coordinator's first export
        self._add("audit_event", occurred_at=EPOCH.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                  device_id=self.db.device_id, user_id=users[0], user_name=v.STAFF[0],
                  action="export", detail="demo bundle")
        event = self.rows["audit_event"][-1]  # chained like any event (app/storage/audit_chain.py)
        event["chain_prev"] = audit_chain.head(self._session.connection(), self.db.device_id)
        event["chain_hash"] = audit_chain.event_hash(event)

    def _partner(self, city, region, country, prefix) -> None:
        theme = self.rng.choice(list(v.PARTNER_PATTERNS))
        name = self.rng.choice(v.PARTNER_PATTERNS[theme]).format(city=city)
        sensitivity = "high_risk" if theme in ("lgbtq", "feminism") else "normal"
        partner = self._add("partner", name=name, country=country, region=f"{city}, {region}",
                            contact=f"info@{prefix.lower()}-{self.rng.randrange(100, 999)}.org",
                            themes=[theme, "human_rights"], sensitivity=sensitivity)
        for _ in range(self.size.projects_per_partner):
            self._project(partner, theme, city, country, prefix)
        person = self.rng.choice(v.STAFF)
        start = self._day(date(2025, 9, 1), 200)
        self._add("deployment", partner_id=partner, person=person,
                  role=self.rng.choice(enums.DEPLOYMENT_ROLES), start_date=start,
                  end_date=start + timedelta(days=90), note="")
        if self.rng.random() < 0.5:
            self._add("publication", title=self.rng.choice(v.PUBLICATION_TITLES),
                      kind=self.rng.choice(enums.PUBLICATION_KINDS), authors=person,
                      partner_id=partner, published_on=self._day(date(2025, 1, 1), 600),
                      language=self.rng.choice(("ru", "en", "sv")), url="")

    def _project(self, partner, theme, city, country, prefix) -> None:
        start = self._day(date(2025, 1, 1), 300)
        pace = self.rng.uniform(0.4, 1.7)  # how well this project delivers
        budget = self.rng.randrange(150, 1500) * 1000
        project = self._add(
            "project", partner_id=partner, title=f"{self.rng.choice(v.TOPICS[theme])} — {city}",
            themes=[theme], country=country, start_date=start,
            end_date=start + timedelta(days=365 * 2), budget=Decimal(budget), currency="SEK",
            status=self.rng.choice(("active", "active", "planned", "completed")),
            share_names=False)
        self._disbursements(project, start, budget)
        self._results(project, start, pace)
        self._activities(project, theme, city, start)
        for _ in range(self.size.trainings_per_project):
            self._training(project, partner, theme, city, country, prefix, start, pace)
        self._add("field_report", partner_id=partner, project_id=project,
                  visited_on=self._day(start, 300), author=self.rng.choice(v.STAFF), place=city,
                  notes="Встреча с командой партнёра; обсудили риски безопасности и отчётность.",
                  attachments=[])

    def _disbursements(self, project, start, budget) -> None:
        """Tranches every half year until the report date, each a share of the budget
        at this project's own rate of spending (some fall behind, a few overspend)."""
        rate = self.rng.uniform(0.12, 0.4)
        tranches = 1 + shapes.quarters_reported(start) // 2
        for n in range(tranches):
            amount = round(budget * rate * self.rng.uniform(0.7, 1.3) / 1000) * 1000
            self._add("disbursement", project_id=project,
                      paid_on=start + timedelta(days=182 * n + self.rng.randrange(20)),
                      amount=Decimal(max(amount, 5000)), currency="SEK",
                      note=f"Tranche {n + 1}")

    def _results(self, project, start, pace) -> None:
        goal = self._add("goal", project_id=project, title="Участники применяют новые знания",
                         description="Outcome level goal of the results framework")
        # People trained add up over the quarters (each reading: new people, broken
        # down by gender and age band, each adding up to it); the share applying
        # their skills is a level, the latest reading counts.
        # The project's pace sets how far each gets; every quarter has its own noise,
        # and the first one is a slow start.
        quarters = shapes.quarters_reported(start)
        people = self.rng.choice((120, 200, 300, 450))
        level = self.rng.randrange(5, 30)
        for name, unit, measure, accumulates, baseline, target in (
            ("Trained participants", "people", "count", True, 0, people),
            ("Доля участниц, применяющих навыки", "%", "percent", False, level,
             level + self.rng.randrange(20, 50)),
        ):
            counting = measure == "count"
            indicator = self._add("indicator", goal_id=goal, name=name, unit=unit,
                                  measure=measure, accumulates=accumulates,
                                  baseline=Decimal(baseline), target=Decimal(target),
                                  by_gender=counting, by_age_band=counting)
            for quarter in range(quarters):
                period_start = start + timedelta(days=91 * quarter)
                if counting:
                    ramp = 0.4 if quarter == 0 else 1.0
                    value = round(target / 8 * pace * ramp * self.rng.uniform(0.6, 1.4))
                    breakdown = self._split(value, "gender",
                                            {"female": 62, "male": 34, "non_binary": 4})
                    breakdown |= self._split(value, "age_band",
                                             {"18_24": 45, "25_34": 35, "35_49": 20})
                else:
                    way = pace * (quarter + 1) / 8 + self.rng.uniform(-0.08, 0.08)
                    value = round(shapes.clamp(baseline + (target - baseline) * way, 0, 100))
                    breakdown = {}
                self._add("indicator_value", indicator_id=indicator, period_start=period_start,
                          period_end=period_start + timedelta(days=90), value=Decimal(value),
                          breakdown=breakdown, source="attendance sheets", note="")

    def _split(self, total: int, group: str, weights: dict[str, int]) -> dict[str, int]:
        """`total` shared among a group's codes about as `weights` say: whole cells that
        add up to it exactly (the last code takes what is left)."""
        cells, left = {}, total
        codes = list(weights)
        for code in codes[:-1]:
            share = min(left, round(total * weights[code] / 100 * self.rng.uniform(0.8, 1.2)))
            cells[code], left = share, left - share
        cells[codes[-1]] = left
        return {f"{group}:{code}": n for code, n in cells.items() if n}

    def _activities(self, project, theme, city, start) -> None:
        for _ in range(2):
            kind = self.rng.choice(enums.ACTIVITY_KINDS)
            day = self._day(start, 500)
            self._add("activity", project_id=project, kind=kind,
                      topic=self.rng.choice(v.TOPICS[theme] + v.COMMON_TOPICS), place=city,
                      start_date=day, end_date=day + timedelta(days=self.rng.randrange(3)),
                      facilitators=[self.rng.choice(v.STAFF)], audience="partner staff",
                      audience_count=self.rng.randrange(8, 60))

    def _training(self, project, partner, theme, city, country, prefix, start, pace) -> None:
        size = self.size
        topic = self.rng.choice(v.TOPICS[theme] + v.COMMON_TOPICS)
        first = self._day(start, 400)
        training = self._add("training", project_id=project, activity_id=None, title=topic,
                             topic=topic, place=city, start_date=first,
                             end_date=first + timedelta(days=7 * size.sessions_per_training))
        roster = [self._participant(partner, country, prefix, theme)
                  for _ in range(size.roster_size)]
        # a training's attendance: a rate of its own, drifting down (or up) session by session
        rate = shapes.clamp(self.rng.uniform(0.6, 0.95) * (0.85 + 0.15 * pace), 0.3, 0.98)
        drift = self.rng.uniform(-0.01, 0.05)
        for pid in roster:
            self._add("roster_entry", pair_id("roster", training, pid), training_id=training,
                      participant_id=pid)
        for n in range(size.sessions_per_training):
            session = self._add("training_session", training_id=training,
                                held_on=first + timedelta(days=7 * n),
                                topic=f"{topic} ({n + 1})",
                                completed=n < size.sessions_per_training - 1)
            for pid in roster:
                self._add("attendance", pair_id("attendance", session, pid), session_id=session,
                          participant_id=pid,
                          present=self.rng.random() < shapes.clamp(rate - drift * n, 0.2, 0.99))

    def _participant(self, partner, country, prefix, theme) -> str:
        self._codes += 1
        name, gender = self._person(country, theme)
        return self._add("participant", code=f"{prefix}-{self._codes:06d}", name=name,
                         contact="", gender=gender,
                         age_band=self.rng.choices(enums.AGE_BANDS[:5],
                                                   weights=shapes.AGE_MIX.get(
                                                       theme, shapes.DEFAULT_AGE_MIX))[0],
                         organisation="", consent=self.rng.random() < 0.9, partner_id=partner)

    def _sweden(self) -> None:
        """Each advocacy event twice, in two places; its audience by target group
        follows its kind (a hearing reaches decision-makers, an exhibition art halls)."""
        for title, kind in zip(v.ADVOCACY_TITLES, shapes.ADVOCACY_KINDS, strict=True):
            for _ in range(2):
                size = self.rng.randrange(30, 260)
                mix = shapes.AUDIENCE_MIX[kind]
                self._add("advocacy_event", kind=kind, title=title,
                          held_on=self._day(date(2025, 3, 1), 480),
                          place=self.rng.choice(v.SWEDISH_PLACES),
                          **{f"audience_{g}": round(size * w / sum(mix)
                                                    * self.rng.uniform(0.5, 1.5))
                             for g, w in zip(enums.AUDIENCE_GROUPS, mix, strict=True)})

    # -- writing -----------------------------------------------------------
    def write(self) -> dict[str, int]:
        """Generate and insert in batches, in one transaction.

        Foreign keys are checked at commit (`defer_foreign_keys`), so a batch
        of children may be written before the last batch of their parents.
        """
        with self.db.session() as session:
            self._session = session
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
            self.generate()
            for table in self.rows:
                self._flush(table)
            save_last_stamp(session, self.clock.last)
        self._session = None
        self.db.clock.observe(self.clock.last)
        return {table: n for table, n in self.written.items() if n}


def demo_device_id(seed: int) -> str:
    """The device id a fresh demo database gets, so a seed gives the same ids."""
    return uuid7(int(EPOCH.timestamp() * 1000), random.Random(f"device-{seed}"))


def demo_wall_clock() -> int:
    return int(EPOCH.timestamp() * 1000)


def write_demo(db: Database, size: str = "small", seed: int = 1) -> dict[str, int]:
    """Fill an empty database with demo data; returns rows written per table."""
    from app.services.dump import stats

    existing = sum(t["live"] + t["deleted"] for name, t in stats(db)["tables"].items()
                   if name != "device")
    if existing:
        raise DemoDataError(f"the database already holds {existing} records")
    return DemoWriter(db, size, seed).write()
