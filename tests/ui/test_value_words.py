"""The problems a value can have (app/services/values.py) read as words, in each
language, with the limit the core names."""

from __future__ import annotations

import pytest

from app.services.errors import Problem
from app.ui.base.i18n import install_translation
from app.ui.base.words import problem_text


@pytest.mark.parametrize(("language", "word"), [("en", "characters"), ("sv", "tecken"),
                                                ("ru", "символов")])
def test_a_too_long_text_names_its_limit_in_every_language(qapp, language, word):
    try:
        assert install_translation(language)
        text = problem_text(Problem("title", "too_long", {"limit": 200}))
    finally:
        install_translation("en")
    assert "200" in text and word in text


@pytest.mark.parametrize("code", ["control_character", "out_of_range", "not_a_date",
                                  "not_a_decimal", "not_an_integer"])
def test_each_value_problem_a_local_edit_can_meet_has_its_own_words(qapp, code):
    text = problem_text(Problem("title", code))
    assert code not in text and text.endswith(".")
