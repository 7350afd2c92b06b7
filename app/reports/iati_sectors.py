"""Themes as DAC 5-digit sectors (IATI sector vocabulary 1).

The reasons for each code are in docs/iati.md. Every theme of
`app/domain/enums.THEMES` has a code: a test fails when a theme is added
without one.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

DAC_VOCABULARY = "1"  # OECD DAC CRS purpose codes, 5 digits

THEME_SECTORS = {
    "feminism": "15170",  # Women's rights organisations and movements
    "lgbtq": "15160",  # Human rights
    "human_rights": "15160",  # Human rights
    "youth_democracy": "15150",  # Democratic participation and civil society
    "conflict_transformation": "15220",  # Civilian peace-building, conflict prevention
    "environment_climate": "41010",  # Environmental policy and administrative management
    "permaculture_food_sovereignty": "31166",  # Agricultural extension
}


class UnknownThemeError(ValueError):
    """A theme without a sector code (a newer laptop's theme): never silently dropped."""


def sectors(themes: list[str]) -> list[tuple[str, Decimal]]:
    """The distinct codes of `themes`, in first-seen order, with percentages that split
    100 evenly to two decimals and add up to exactly 100 (the first take the cents left)."""
    codes: list[str] = []
    for theme in themes or ():
        if theme not in THEME_SECTORS:
            raise UnknownThemeError(theme)
        if THEME_SECTORS[theme] not in codes:
            codes.append(THEME_SECTORS[theme])
    if not codes:
        return []
    share = (Decimal(100) / len(codes)).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    cents_left = int((Decimal(100) - share * len(codes)) * 100)
    return [(code, share + (Decimal("0.01") if n < cents_left else 0))
            for n, code in enumerate(codes)]
