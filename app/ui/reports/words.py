"""Words for reports: the kinds, tables, columns and the few words of an export.

The core (`app/reports`) speaks in keys; `label("table:attendance_by_project_gender")`
gives the words in the current language (see `app/reports/tables.py` for the
namespaces). Looked up at call time, so a language switch applies at once.
The command line, which has no window, gets a `label` for a language of its
own with `labeller(language)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.base.words import code_label

translate = QCoreApplication.translate
CONTEXT = "Reports"


def kind_label(key: str) -> str:
    return {
        "indicator_progress": translate("Reports", "Indicator progress"),
        "attendance": translate("Reports", "Attendance by gender and age"),
        "activities": translate("Reports", "Activities"),
        "advocacy": translate("Reports", "Advocacy audiences in Sweden"),
        "disbursements": translate("Reports", "Disbursements against budget"),
    }.get(key, key)


def table_label(key: str) -> str:
    return {
        "indicator_progress": translate("Reports", "Progress"),
        "indicator_readings": translate("Reports", "Readings"),
        "attendance_by_gender_age": translate("Reports", "Gender and age"),
        "attendance_by_training_gender": translate("Reports", "Training by gender"),
        "attendance_by_training_age": translate("Reports", "Training by age"),
        "attendance_by_project_gender": translate("Reports", "Project by gender"),
        "attendance_by_project_age": translate("Reports", "Project by age"),
        "attendance_by_partner_gender": translate("Reports", "Partner by gender"),
        "attendance_by_partner_age": translate("Reports", "Partner by age"),
        "attendance_by_country_gender": translate("Reports", "Country by gender"),
        "attendance_by_country_age": translate("Reports", "Country by age"),
        "attendance_by_period_gender": translate("Reports", "Quarter by gender"),
        "attendance_by_period_age": translate("Reports", "Quarter by age"),
        "activities_by_kind_country": translate("Reports", "Kind by country"),
        "activities_by_theme": translate("Reports", "By theme"),
        "advocacy_by_kind": translate("Reports", "Kind by target group"),
        "advocacy_by_period": translate("Reports", "Quarter by target group"),
        "disbursements_by_project": translate("Reports", "By project"),
        "disbursements_by_period": translate("Reports", "By quarter"),
    }.get(key, key)


def column_label(key: str) -> str:
    """A column's words; a column named by a code (a gender, a country) gets the code's."""
    words = {
        "project": translate("Reports", "Project"),
        "goal": translate("Reports", "Goal"),
        "indicator": translate("Reports", "Indicator"),
        "unit": translate("Reports", "Unit"),
        "measure": translate("Reports", "Measure"),
        "baseline": translate("Reports", "Baseline"),
        "target": translate("Reports", "Target"),
        "current": translate("Reports", "Current"),
        "progress": translate("Reports", "Progress"),
        "latest_period_end": translate("Reports", "Latest period ends"),
        "period_start": translate("Reports", "Period starts"),
        "period_end": translate("Reports", "Period ends"),
        "value": translate("Reports", "Value"),
        "gender": translate("Reports", "Gender"),
        "training": translate("Reports", "Training"),
        "partner": translate("Reports", "Partner"),
        "country": translate("Reports", "Country"),
        "period": translate("Reports", "Quarter"),
        "total": translate("Reports", "Total"),
        "kind": translate("Reports", "Kind"),
        "activities": translate("Reports", "Activities"),
        "audience": translate("Reports", "Audience"),
        "theme": translate("Reports", "Theme"),
        "currency": translate("Reports", "Currency"),
        "budget": translate("Reports", "Budget"),
        "disbursed": translate("Reports", "Disbursed"),
        "share": translate("Reports", "Share of budget"),
        "remaining": translate("Reports", "Remaining"),
        "university": translate("Reports", "University"),
        "students": translate("Reports", "Students"),
        "decision_makers": translate("Reports", "Decision-makers"),
        "libraries": translate("Reports", "Libraries"),
        "art_halls": translate("Reports", "Art halls"),
        "public": translate("Reports", "General public"),
    }
    return words[key] if key in words else code_label(key)


def word_label(key: str) -> str:
    return {
        "report": translate("Reports", "Report"),
        "total": translate("Reports", "Total"),
        "filters": translate("Reports", "Filters"),
        "audience": translate("Reports", "Audience"),
        "public": translate("Reports", "Public: counts under 5 hidden"),
        "internal": translate("Reports", "Internal: exact counts"),
        "generated": translate("Reports", "Generated (UTC)"),
        "date_from": translate("Reports", "From"),
        "date_to": translate("Reports", "To"),
        "project": translate("Reports", "Project"),
        "partner": translate("Reports", "Partner"),
        "country": translate("Reports", "Country"),
        "all": translate("Reports", "All"),
    }.get(key, key)


def label(key: str) -> str:
    """Words for a namespaced key of `app/reports/tables.py`."""
    space, _, rest = key.partition(":")
    if space == "kind":
        return kind_label(rest)
    if space == "table":
        return table_label(rest)
    if space == "column":
        return column_label(rest)
    if space == "code":
        return column_label(rest) if rest in _GROUPS else code_label(rest)
    if space == "word":
        return word_label(rest)
    return key


_GROUPS = ("university", "students", "decision_makers", "libraries", "art_halls", "public")


def labeller(language: str):
    """`label` in `language` for a process without a window (the command line):
    a core application and the language's translation, installed once."""
    from app.ui.base.i18n import install_translation

    if QCoreApplication.instance() is None:
        labeller.application = QCoreApplication([])  # kept alive with the function
    install_translation(language)
    return label
