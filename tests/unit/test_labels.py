"""Labels of choices: look-alike records are told apart, searched and paged."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.labels import ChoiceRequest, choices, describe, plain

TITLE = "Theory of change workshop"


@pytest.fixture
def world(services):
    s = services
    partner = s.partners.create(name="Женский центр «Ош»", country="KG").id
    north = s.projects.create(partner_id=partner, title="Legal literacy — Osh",
                              country="KG").id
    south = s.projects.create(partner_id=partner, title="Självförsvar i Chudzjand",
                              country="TJ").id
    trainings = {
        "osh": s.trainings.create(project_id=north, title=TITLE, place="Ош",
                                  start_date=date(2026, 3, 2), end_date=date(2026, 3, 6)).id,
        "bishkek": s.trainings.create(project_id=north, title=TITLE, place="Bishkek",
                                      start_date=date(2026, 5, 4), end_date=date(2026, 5, 8)).id,
        "khujand": s.trainings.create(project_id=south, title=TITLE, place="Khujand").id,
    }
    goals = [s.goals.create(project_id=p, title="Participants apply new knowledge").id
             for p in (north, south)]
    return {"partner": partner, "north": north, "south": south, "trainings": trainings,
            "goals": goals}


def _search(db, table, text, limit=50):
    return choices(db, ChoiceRequest(table, search=text, limit=limit))


def test_three_trainings_with_one_title_have_three_labels(db, world):
    labels = _search(db, "training", "")
    assert [label.parts[0][1] for label in labels] == [TITLE] * 3
    assert len({label.text() for label in labels}) == 3
    osh = next(label for label in labels if label.id == world["trainings"]["osh"])
    assert osh.text() == f"{TITLE} · Ош · 2026-03-02 · 2026-03-06 · Legal literacy — Osh"


def test_goals_with_one_title_show_their_project(db, world):
    texts = {label.text() for label in _search(db, "goal", "")}
    assert texts == {"Participants apply new knowledge · Legal literacy — Osh",
                     "Participants apply new knowledge · Självförsvar i Chudzjand"}


def test_a_project_shows_its_partner_and_country(db, world):
    label = describe(db, "project", world["south"])
    assert dict(label.parts) == {"title": "Självförsvar i Chudzjand",
                                 "partner_id": "Женский центр «Ош»", "country": "TJ"}


@pytest.mark.parametrize(("typed", "found"), [
    ("ош", {"osh"}),  # Cyrillic case
    ("BISHKEK", {"bishkek"}),
    ("sjalvforsvar", {"khujand"}),  # the project's title, without its diacritics
    ("theory khujand", {"khujand"}),  # every word somewhere in the parts
    ("theory", {"osh", "bishkek", "khujand"}),
    ("2026-05", {"bishkek"}),  # a date as stored (the UI turns a typed date into ISO)
    ("workshop legal", {"osh", "bishkek"}),
    ("100%", set()),
    ("theory_", set()),
])
def test_a_search_matches_any_shown_part_ignoring_case_and_diacritics(db, world, typed, found):
    by_id = {v: k for k, v in world["trainings"].items()}
    assert {by_id[label.id] for label in _search(db, "training", typed)} == found


def test_hidden_names_are_never_searched_or_shown(db, services):
    services.participants.create(code="OSH-7", name="Нургуль Осмонова", organisation="ЖЦ")
    assert _search(db, "participant", "Нургуль") == []
    (label,) = _search(db, "participant", "osh-7")
    assert "Нургуль" not in label.text()


def test_a_deleted_row_is_no_choice_but_is_still_described(db, services, world):
    gone = world["trainings"]["bishkek"]
    services.trainings.delete(gone)
    assert gone not in {label.id for label in _search(db, "training", "")}
    assert describe(db, "training", gone).parts[1] == ("place", "Bishkek")
    assert describe(db, "training", "no-such-id") is None


def test_sessions_come_newest_first(db, services, world):
    training = world["trainings"]["osh"]
    for day in (3, 1, 2):
        services.sessions.create(training_id=training, held_on=date(2026, 3, day),
                                 topic=f"Day {day}")
    labels = _search(db, "training_session", "")
    assert [label.parts[0][1] for label in labels] == [date(2026, 3, d) for d in (3, 2, 1)]
    assert labels[0].text() == f"2026-03-03 · Day 3 · {TITLE}"


def test_plain_drops_case_and_diacritics():
    assert plain("Självförsvar ÅÄÖ") == "sjalvforsvar aao"
    assert plain("ОШ") == "ош"


@pytest.fixture
def many(services):
    partner = services.partners.create(name="P", country="KG").id
    project = services.projects.create(partner_id=partner, title="P", country="KG").id
    titles = [f"Workshop {n % 7}" for n in range(60)] + ["Другой тренинг"] * 5
    return [services.trainings.create(project_id=project, title=t, place=f"Place {n}").id
            for n, t in enumerate(titles)]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(min_value=1, max_value=70), search=st.sampled_from(
    ["", "workshop", "workshop 3", "place 1", "другой", "nothing"]))
def test_pages_read_by_key_join_up_to_the_whole_ordered_list(db, many, limit, search):
    whole = choices(db, ChoiceRequest("training", search=search, limit=1000))
    paged, after = [], None
    while True:
        page = choices(db, ChoiceRequest("training", search=search, after=after, limit=limit))
        paged += page
        if len(page) < limit:
            break
        after = page[-1].key
    assert [label.id for label in paged] == [label.id for label in whole]
    assert [label.key for label in whole] == sorted(label.key for label in whole)
    assert len(whole) == len({label.id for label in whole})
