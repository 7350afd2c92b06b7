"""Words for the core's codes: field names, vocabulary, entities, problems, values.

The core speaks in codes (`partner_id`, `high_risk`, `end_before_start`); this
module is where they become translated words, looked up at call time so a
language switch takes effect on the next repaint. Values are formatted with
the default `QLocale`, which follows the chosen language.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from app.services.errors import Problem

translate = QCoreApplication.translate


def field_label(name: str) -> str:
    labels = {
        "name": translate("Words", "Name"),
        "country": translate("Words", "Country"),
        "region": translate("Words", "Region"),
        "contact": translate("Words", "Contact"),
        "themes": translate("Words", "Themes"),
        "sensitivity": translate("Words", "Sensitivity"),
        "partner_id": translate("Words", "Partner"),
        "title": translate("Words", "Title"),
        "start_date": translate("Words", "Start"),
        "end_date": translate("Words", "End"),
        "budget": translate("Words", "Budget"),
        "currency": translate("Words", "Currency"),
        "status": translate("Words", "Status"),
        "share_names": translate("Words", "Names may travel to headquarters"),
        "project_id": translate("Words", "Project"),
        "description": translate("Words", "Description"),
        "goal_id": translate("Words", "Goal"),
        "unit": translate("Words", "Unit"),
        "measure": translate("Words", "Measure"),
        "accumulates": translate("Words", "Readings add up over periods"),
        "baseline": translate("Words", "Baseline"),
        "target": translate("Words", "Target"),
        "by_gender": translate("Words", "By gender"),
        "by_age_band": translate("Words", "By age band"),
        "indicator_id": translate("Words", "Indicator"),
        "period_start": translate("Words", "Period start"),
        "period_end": translate("Words", "Period end"),
        "value": translate("Words", "Value"),
        "breakdown": translate("Words", "Breakdown"),
        "source": translate("Words", "Source"),
        "note": translate("Words", "Note"),
        "paid_on": translate("Words", "Paid on"),
        "amount": translate("Words", "Amount"),
        "kind": translate("Words", "Kind"),
        "topic": translate("Words", "Topic"),
        "place": translate("Words", "Place"),
        "facilitators": translate("Words", "Facilitators"),
        "audience": translate("Words", "Audience"),
        "audience_count": translate("Words", "Audience size"),
        "activity_id": translate("Words", "Activity"),
        "training_id": translate("Words", "Training"),
        "held_on": translate("Words", "Date"),
        "completed": translate("Words", "Completed"),
        "code": translate("Words", "Code"),
        "gender": translate("Words", "Gender"),
        "age_band": translate("Words", "Age band"),
        "organisation": translate("Words", "Organisation"),
        "consent": translate("Words", "Consent given"),
        "session_id": translate("Words", "Session"),
        "participant_id": translate("Words", "Participant"),
        "present": translate("Words", "Present"),
        "person": translate("Words", "Person"),
        "role": translate("Words", "Role"),
        "visited_on": translate("Words", "Visited on"),
        "author": translate("Words", "Author"),
        "notes": translate("Words", "Notes"),
        "attachments": translate("Words", "Attachments"),
        "authors": translate("Words", "Authors"),
        "published_on": translate("Words", "Published on"),
        "language": translate("Words", "Language"),
        "url": translate("Words", "Web address"),
        "audience_university": translate("Words", "Audience: university staff"),
        "audience_students": translate("Words", "Audience: students"),
        "audience_decision_makers": translate("Words", "Audience: decision makers"),
        "audience_libraries": translate("Words", "Audience: libraries"),
        "audience_art_halls": translate("Words", "Audience: art halls"),
        "audience_public": translate("Words", "Audience: general public"),
        "public_key": translate("Words", "Public key"),
        "revoked": translate("Words", "Revoked"),
    }
    return labels.get(name, name)


def entity_title(entity: str) -> str:
    titles = {
        "device": translate("Words", "Devices"),
        "app_user": translate("Words", "Users"),
        "partner": translate("Words", "Partners"),
        "project": translate("Words", "Projects"),
        "goal": translate("Words", "Goals"),
        "indicator": translate("Words", "Indicators"),
        "indicator_value": translate("Words", "Indicator values"),
        "disbursement": translate("Words", "Disbursements"),
        "activity": translate("Words", "Activities"),
        "training": translate("Words", "Trainings"),
        "training_session": translate("Words", "Sessions"),
        "participant": translate("Words", "Participants"),
        "roster_entry": translate("Words", "Rosters"),
        "attendance": translate("Words", "Attendance records"),
        "deployment": translate("Words", "Deployments"),
        "field_report": translate("Words", "Field reports"),
        "publication": translate("Words", "Publications"),
        "advocacy_event": translate("Words", "Advocacy events"),
    }
    return titles.get(entity, entity)


def code_label(code: str) -> str:
    """A vocabulary code in words; codes without words (currencies) stay as they are."""
    labels = {
        "KG": translate("Words", "Kyrgyzstan"),
        "KZ": translate("Words", "Kazakhstan"),
        "TJ": translate("Words", "Tajikistan"),
        "UZ": translate("Words", "Uzbekistan"),
        "TM": translate("Words", "Turkmenistan"),
        "SE": translate("Words", "Sweden"),
        "feminism": translate("Words", "Feminism"),
        "lgbtq": translate("Words", "LGBTQ+ rights"),
        "youth_democracy": translate("Words", "Youth and democracy"),
        "conflict_transformation": translate("Words", "Conflict transformation"),
        "environment_climate": translate("Words", "Environment and climate"),
        "permaculture_food_sovereignty": translate("Words", "Permaculture and food sovereignty"),
        "human_rights": translate("Words", "Human rights"),
        "normal": translate("Words", "Normal"),
        "sensitive": translate("Words", "Sensitive"),
        "high_risk": translate("Words", "High risk"),
        "planned": translate("Words", "Planned"),
        "active": translate("Words", "Active"),
        "completed": translate("Words", "Completed"),
        "cancelled": translate("Words", "Cancelled"),
        "workshop": translate("Words", "Workshop"),
        "lecture": translate("Words", "Lecture"),
        "webinar": translate("Words", "Webinar"),
        "exhibition": translate("Words", "Exhibition"),
        "conference": translate("Words", "Conference"),
        "role_play_day": translate("Words", "Role-play day"),
        "hearing": translate("Words", "Hearing"),
        "field_visit": translate("Words", "Field visit"),
        "other": translate("Words", "Other"),
        "report": translate("Words", "Report"),
        "article": translate("Words", "Article"),
        "brief": translate("Words", "Brief"),
        "book": translate("Words", "Book"),
        "video": translate("Words", "Video"),
        "female": translate("Words", "Female"),
        "male": translate("Words", "Male"),
        "non_binary": translate("Words", "Non-binary"),
        "undisclosed": translate("Words", "Not disclosed"),
        "under_18": translate("Words", "Under 18"),
        "18_24": translate("Words", "18–24"),
        "25_34": translate("Words", "25–34"),
        "35_49": translate("Words", "35–49"),
        "50_plus": translate("Words", "50 and over"),
        "unknown": translate("Words", "Unknown"),
        "field_staff": translate("Words", "Field staff"),
        "intern": translate("Words", "Intern"),
        "coordinator": translate("Words", "Coordinator"),
        "staff": translate("Words", "Staff"),
        "expert": translate("Words", "Expert"),
        "count": translate("Words", "Count"),
        "number": translate("Words", "Number"),
        "percent": translate("Words", "Percentage"),
    }
    return labels.get(code, code)


def problem_text(problem: Problem) -> str:
    """One translated line for a problem the core found with a field."""
    code, params = problem.code, problem.params
    if code == "required":
        return translate("Words", "Required.")
    if code == "not_a_choice":
        return translate("Words", "Choose one of the listed values.")
    if code == "end_before_start":
        return translate("Words", "Cannot be before {start}.").format(
            start=field_label(params.get("start", "")).lower())
    if code == "negative":
        return translate("Words", "Cannot be negative.")
    if code == "too_long":
        return translate("Words", "Too long: at most {limit} characters.").format(
            limit=format_number(params.get("limit")))
    if code == "control_character":
        return translate("Words", "Contains a character that is not text.")
    if code == "out_of_range" and "low" not in params:  # (a range: the indicator rules')
        return translate("Words", "Too large a number.")
    if code == "not_a_date":
        return translate("Words", "Not a valid date.")
    if code in ("not_a_decimal", "not_an_integer"):
        return translate("Words", "Not a valid number.")
    if code == "invalid":
        if params.get("expected") == "str":  # any text is a str: only "nothing" fails
            return translate("Words", "Required.")
        if params.get("expected") in ("date", "datetime"):
            return translate("Words", "Not a valid date.")
        if params.get("expected") in ("Decimal", "int", "float"):
            return translate("Words", "Not a valid number.")
        return translate("Words", "Not a valid value.")
    if code == "unknown_reference":
        return translate("Words", "Refers to a record that no longer exists.")
    if code == "not_on_roster":
        return translate("Words", "Not on the roster of this training.")
    if code == "duplicate":
        return translate("Words", "Already used by another record.")
    if code == "unknown_spelling":
        return translate("Words", "“{value}” means nothing Fältbok knows.").format(
            value=params.get("value", ""))
    if code == "twice_in_file":
        return translate("Words", "In the file twice (first on line {line}).").format(
            line=params.get("line", ""))
    if code == "nothing_to_import":
        return translate("Words", "Nothing to import.")
    if code in INDICATOR_PROBLEMS:
        return indicator_problem_text(problem)
    return translate("Words", "Not accepted ({code}).").format(code=code)


INDICATOR_PROBLEMS = frozenset({"not_whole", "out_of_range", "not_broken_down",
                                "breakdown_sum"})


def indicator_problem_text(problem: Problem) -> str:
    """Words for the indicator rules' problems (app/services/indicator_rules.py)."""
    code, params = problem.code, problem.params
    if code == "not_whole":
        return translate("Words", "Must be a whole number.")
    if code == "out_of_range":
        return translate("Words", "Must be between {low} and {high}.").format(
            low=format_number(params.get("low")), high=format_number(params.get("high")))
    if code == "not_broken_down":
        if params.get("group") == "gender":
            return translate("Words", "This indicator is not broken down by gender.")
        return translate("Words", "This indicator is not broken down by age band.")
    figures = {"total": format_number(Decimal(params.get("total", "0"))),
               "value": format_number(Decimal(params.get("value", "0")))}
    if params.get("group") == "gender":
        return translate("Words", "Gender breakdown adds up to {total}, value is {value}."
                         ).format(**figures)
    return translate("Words", "Age band breakdown adds up to {total}, value is {value}."
                     ).format(**figures)


def yes_no(value: bool) -> str:
    return translate("Words", "Yes") if value else translate("Words", "No")


def four_digit_years(qt_format: str) -> str:
    """A short format with its year in four digits: Kyrgyz `d/M/yy` or Kazakh `dd.MM.yy`
    are ambiguous a century later, and a shown date must read back as itself."""
    return qt_format if "yyyy" in qt_format else qt_format.replace("yy", "yyyy")


def date_format() -> str:
    """The language's short date format (its own order and separators), four-digit year."""
    return four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDateTime(value.astimezone()), four_digit_years(
        QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)))


def format_number(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        decimals = max(0, -value.normalize().as_tuple().exponent)
        return QLocale().toString(float(value), "f", min(decimals, 6))
    if isinstance(value, float):
        return QLocale().toString(value, "f", 2)
    return QLocale().toString(int(value))


def format_value(name: str, value) -> str:
    """A stored value as the lists and forms show it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal | int | float):
        return format_number(value)
    if isinstance(value, list):
        return ", ".join(code_label(str(v)) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{code_label(k.split(':', 1)[-1])}: {format_number(v)}"
                         for k, v in sorted(value.items()))
    if name in ("session_id",) and " · " in str(value):  # "2026-02-01 · Topic"
        day, _, rest = str(value).partition(" · ")
        try:
            return f"{format_date(date.fromisoformat(day))} · {rest}"
        except ValueError:
            return str(value)
    text = str(value)
    return code_label(text) if name in CODED_FIELDS else text


CODED_FIELDS = frozenset({"country", "sensitivity", "status", "kind", "gender", "age_band",
                          "role", "themes", "measure"})
