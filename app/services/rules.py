"""What makes a record valid, per entity: declared here, checked in `validation.py`.

References (foreign keys) need no declaration: every foreign-key column that
holds a value must point at a live (not tombstoned) row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import enums
from app.domain.field import AdvocacyEvent, Deployment, FieldReport, Publication
from app.domain.organisation import (
    Disbursement,
    Goal,
    Indicator,
    IndicatorValue,
    Partner,
    Project,
)
from app.domain.system import AppUser, Device
from app.domain.training import (
    Activity,
    Attendance,
    Participant,
    RosterEntry,
    Training,
    TrainingSession,
)


@dataclass(frozen=True)
class Rules:
    required: tuple[str, ...] = ()
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    choice_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_pairs: tuple[tuple[str, str], ...] = ()
    non_negative: tuple[str, ...] = ()
    unique: tuple[str, ...] = ()  # unique among live rows
    breakdown: str | None = None  # a {"gender:female": n, ...} mapping: indicator_rules.py


AUDIENCE_FIELDS = tuple(f"audience_{g}" for g in enums.AUDIENCE_GROUPS)

RULES: dict[type, Rules] = {
    Device: Rules(required=("name",)),
    AppUser: Rules(required=("name",), choices={"role": enums.ROLES}),
    Partner: Rules(
        required=("name", "country"),
        choices={"country": enums.COUNTRIES, "sensitivity": enums.SENSITIVITY},
        choice_lists={"themes": enums.THEMES},
    ),
    Project: Rules(
        required=("title", "country"),
        choices={"country": enums.COUNTRIES, "status": enums.PROJECT_STATUS,
                 "currency": enums.CURRENCIES},
        choice_lists={"themes": enums.THEMES},
        date_pairs=(("start_date", "end_date"),),
        non_negative=("budget",),
    ),
    Goal: Rules(required=("title",)),
    Indicator: Rules(required=("name",), choices={"measure": enums.MEASURES}),
    IndicatorValue: Rules(date_pairs=(("period_start", "period_end"),), breakdown="breakdown"),
    Disbursement: Rules(choices={"currency": enums.CURRENCIES}, non_negative=("amount",)),
    Activity: Rules(
        required=("topic",),
        choices={"kind": enums.ACTIVITY_KINDS},
        date_pairs=(("start_date", "end_date"),),
        non_negative=("audience_count",),
    ),
    Training: Rules(required=("title",), date_pairs=(("start_date", "end_date"),)),
    TrainingSession: Rules(),
    Participant: Rules(
        required=("code",),
        choices={"gender": enums.GENDERS, "age_band": enums.AGE_BANDS},
        unique=("code",),
    ),
    RosterEntry: Rules(),
    Attendance: Rules(),
    Deployment: Rules(
        required=("person",),
        choices={"role": enums.DEPLOYMENT_ROLES},
        date_pairs=(("start_date", "end_date"),),
    ),
    FieldReport: Rules(),
    Publication: Rules(required=("title",), choices={"kind": enums.PUBLICATION_KINDS}),
    AdvocacyEvent: Rules(
        required=("title",),
        choices={"kind": enums.ADVOCACY_KINDS},
        non_negative=AUDIENCE_FIELDS,
    ),
}

BREAKDOWN_KEYS = frozenset(
    [f"gender:{g}" for g in enums.GENDERS] + [f"age_band:{a}" for a in enums.AGE_BANDS]
)
