"""The closed vocabularies of the domain, as stored codes.

Codes are stored as plain text (not database enums) so a newer app can add a
code without a migration and an older one still syncs the row. Services check
incoming values against these sets; `app/ui` turns codes into words.
"""

COUNTRIES = ("KG", "KZ", "TJ", "UZ", "TM", "SE")

THEMES = (
    "feminism",
    "lgbtq",
    "youth_democracy",
    "conflict_transformation",
    "environment_climate",
    "permaculture_food_sovereignty",
    "human_rights",
)

SENSITIVITY = ("normal", "sensitive", "high_risk")

PROJECT_STATUS = ("planned", "active", "completed", "cancelled")

ACTIVITY_KINDS = (
    "workshop",
    "lecture",
    "webinar",
    "exhibition",
    "conference",
    "role_play_day",
    "hearing",
    "field_visit",
    "other",
)

ADVOCACY_KINDS = ("lecture", "exhibition", "conference", "role_play_day", "hearing", "other")

AUDIENCE_GROUPS = ("university", "students", "decision_makers", "libraries", "art_halls", "public")

GENDERS = ("female", "male", "non_binary", "undisclosed")

MEASURES = ("count", "number", "percent")  # what an indicator's figures are

AGE_BANDS = ("under_18", "18_24", "25_34", "35_49", "50_plus", "unknown")

ROLES = ("field_staff", "intern", "coordinator")

DEPLOYMENT_ROLES = ("staff", "intern", "expert")

PUBLICATION_KINDS = ("report", "article", "brief", "book", "video", "other")

CURRENCIES = ("SEK", "EUR", "USD", "KGS", "KZT", "TJS", "UZS", "TMT")
