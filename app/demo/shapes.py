"""How the demo's figures vary, so reports show real shapes instead of one flat line.

Each project gets a pace (how well it delivers) and a spending rate; each
training an attendance rate that drifts over its sessions; each partner's
participants a gender and age mix that follows its theme; each advocacy event
an audience that follows its kind. All drawn from the demo's seeded generator.
"""

from __future__ import annotations

from datetime import date

# Readings and payments stop here: what had been reported when the demo was made.
REPORTED_UNTIL = date(2026, 3, 31)

# gender weights (female, male, non_binary, undisclosed) by partner theme
GENDER_MIX = {"feminism": (78, 17, 3, 2), "lgbtq": (38, 34, 20, 8)}
DEFAULT_GENDER_MIX = (55, 38, 4, 3)

# age band weights (under_18, 18_24, 25_34, 35_49, 50_plus) by partner theme
AGE_MIX = {"youth_democracy": (30, 52, 14, 3, 1),
           "permaculture_food_sovereignty": (2, 14, 28, 32, 24),
           "environment_climate": (12, 38, 26, 16, 8)}
DEFAULT_AGE_MIX = (5, 40, 30, 18, 7)

# the kind of each of vocabulary.ADVOCACY_TITLES, in order
ADVOCACY_KINDS = ("lecture", "lecture", "conference", "role_play_day", "hearing", "exhibition",
                  "other")

# audience weights (university, students, decision_makers, libraries, art_halls, public)
AUDIENCE_MIX = {
    "lecture": (45, 80, 5, 15, 0, 25),
    "exhibition": (5, 15, 5, 35, 70, 60),
    "conference": (50, 30, 40, 5, 0, 15),
    "role_play_day": (10, 90, 5, 0, 0, 20),
    "hearing": (10, 5, 80, 0, 0, 15),
    "other": (15, 20, 10, 20, 10, 40),
}


def quarters_reported(start: date, most: int = 8) -> int:
    """Whole quarters (91 days) from `start` that ended by REPORTED_UNTIL (at least 1)."""
    return max(1, min(most, (REPORTED_UNTIL - start).days // 91))


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
