"""Headers and spellings in seven languages to the app's fields and codes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import enums
from app.services import roster_mapping as rm

GENDER_SPELLINGS = {
    "female": ["kvinna", "Woman", "FEMALE", "женщина", "Женский", "аял", "әйел", "зан", "Ayol",
               "f", "ж"],
    "male": ["man", "Male", "мужчина", "эркек", "ер", "мард", "erkak", "M", "м"],
    "non_binary": ["icke-binär", "non-binary", "небинарный", "nonbinary"],
    "undisclosed": ["", "Vill inte säga", "prefer_not_to_say", "не указано", "белгисиз",
                    "белгісіз", "номаълум", "noma’lum", "noma'lum", "nomaʻlum"],
}


@pytest.mark.parametrize(("code", "spelling"), [(code, s) for code, spellings in
                                                GENDER_SPELLINGS.items() for s in spellings])
def test_gender_spellings_in_seven_languages_map_to_the_apps_codes(code, spelling):
    assert rm.gender(spelling) == (code, None)


def test_an_unknown_gender_spelling_is_a_problem_not_a_guess():
    value, problem = rm.gender("martian")
    assert value == "undisclosed"
    assert (problem.field, problem.code, problem.params) == ("gender", "unknown_spelling",
                                                             {"value": "martian"})


@pytest.mark.parametrize(("spelling", "code"), [
    ("18_24", "18_24"), ("18-24", "18_24"), ("18–24", "18_24"), ("18 — 24", "18_24"),
    ("under 18", "under_18"), ("<18", "under_18"), ("до 18", "under_18"),
    ("0-17", "under_18"), ("50+", "50_plus"), ("50 и старше", "50_plus"),
    ("över 50", "50_plus"), ("25-29", "25_34"), ("35 - 49", "35_49"), ("okänd", "unknown"),
    ("", "unknown"), ("белгисиз", "unknown"), ("40", "35_49"), (17, "under_18"),
])
def test_age_band_spellings_and_ranges_map_to_a_band(spelling, code):
    assert rm.age_band(spelling) == (code, None)


@pytest.mark.parametrize("spelling", ["20-40", "old", "30+"])
def test_a_range_across_bands_is_a_problem(spelling):
    assert rm.age_band(spelling)[1].code == "unknown_spelling"


@pytest.mark.parametrize(("born", "band"), [
    (1990, "35_49"), ("1990", "35_49"), (date(2008, 3, 2), "18_24"),
    (date(2008, 3, 3), "under_18"), ("03.03.2008", "under_18"), ("2008-03-01", "18_24"),
    (39000, "18_24"),  # a date as a spreadsheet's day number: 2006-10-10
    (1976, "50_plus"),
])
def test_a_birth_year_or_date_is_the_band_on_the_trainings_day(born, band):
    assert rm.birth_year_band(born, date(2026, 3, 2)) == (band, None)


@pytest.mark.parametrize("born", ["soon", 2500, "31.31.31"])
def test_a_birth_year_that_is_no_year_is_a_problem(born):
    assert rm.birth_year_band(born, date(2026, 3, 2))[1].code == "unknown_spelling"


@pytest.mark.parametrize(("spelling", "value"), [
    ("yes", True), ("Ja", True), ("да", True), ("ооба", True), ("иә", True), ("ҳа", True),
    ("ha", True), ("x", True), ("no", False), ("нет", False), ("жок", False), ("", False),
    ("yo‘q", False)])
def test_consent_spellings(spelling, value):
    assert rm.consent(spelling) == (value, None)


@pytest.mark.parametrize(("header", "field"), [
    ("participant/gender", "gender"), ("group_x/participant/sex", "gender"),
    ("participant-gender", "gender"), ("Kön", "gender"), ("ЖЫНЫСЫ", "gender"),
    ("Ҷинс", "gender"), ("Jinsi", "gender"), ("ФИО", "name"), ("Аты-жөнү", "name"),
    ("Ism familiya", "name"), ("Födelseår", "birth_year"), ("Туулган жылы", "birth_year"),
    ("Tug‘ilgan yili", "birth_year"), ("Age group", "age_band"), ("Жас тобы", "age_band"),
    ("Возраст", "age"), ("Yosh", "age"), ("Телефон", "contact"), ("Samtycke", "consent"),
    ("_submission_time", None), ("meta/instanceID", None),
])
def test_headers_in_seven_languages_and_export_shapes(header, field):
    assert rm.header_field(header) == field


def test_a_remembered_mapping_comes_before_the_synonyms():
    headers = ["Kod", "Namn", "Telefon"]
    assert rm.guess(headers) == ["code", "name", "contact"]
    remembered = {"kod": "", "telefon": "code"}
    assert rm.guess(headers, remembered) == ["", "name", "code"]


def _noisy(word: str, draw_case: list[bool], sep: str) -> str:
    letters = [c.upper() if up else c for c, up in zip(word, draw_case + [False] * len(word),
                                                      strict=False)]
    return sep + "".join(letters).replace(" ", sep) + sep


ALL_SPELLINGS = [(code, s) for code, spellings in GENDER_SPELLINGS.items()
                 for s in spellings if s]


@given(st.sampled_from(ALL_SPELLINGS), st.lists(st.booleans(), max_size=20),
       st.sampled_from([" ", "_", "-", "  ", ".", " _ "]))
def test_case_and_separators_never_change_what_a_spelling_means(pair, case, sep):
    code, spelling = pair
    assert rm.gender(_noisy(spelling, case, sep)) == (code, None)


@given(st.lists(st.sampled_from(["Code", "Kod", "Namn", "ФИО", "Name", "Пол", "Kön", "sex",
                                 "Age", "Возраст", "x", "", "participant/gender"]),
                max_size=12),
       st.dictionaries(st.sampled_from(["kod", "namn", "пол", "x"]),
                       st.sampled_from(rm.FIELDS + ("",)), max_size=3))
def test_a_guess_never_fills_one_field_from_two_columns(headers, remembered):
    mapping = rm.guess(headers, remembered)
    assert len(mapping) == len(headers)
    filled = [field for field in mapping if field]
    assert len(filled) == len(set(filled)) and set(filled) <= set(rm.FIELDS)


@given(st.integers(min_value=0, max_value=120))
def test_an_age_and_its_bands_own_range_spelling_agree(age):
    band = rm.band_of_age(age)
    assert band in enums.AGE_BANDS
    low, high = next((lo, hi) for code, lo, hi in rm.BANDS if code == band)
    assert rm.age(age) == (band, None)
    assert rm.age_band(f"{low}-{min(high, 120)}") == (band, None)
