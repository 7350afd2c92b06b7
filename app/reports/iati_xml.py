"""Small helpers for building IATI XML with lxml: elements, narratives, numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The few fixed sentences of the file (docs/iati.md): English, marked as such.
WITHHELD_PARTNER = "Partner organisation (name withheld for its safety)"
SMALL_COUNT = "Fewer than 5 people: the figure is withheld to protect participants."
COMPLEMENT = ("Withheld so that a figure of fewer than 5 cannot be worked out "
              "from the total and the other figures.")


def sub(parent: etree._Element, tag: str, text: str | None = None, **attributes):
    """A child element; attribute names with "_" for "-" (iso_date -> iso-date)."""
    element = etree.SubElement(parent, tag)
    for name, value in attributes.items():
        if value is not None:
            element.set(name.replace("_", "-"), str(value))
    if text is not None:
        element.text = text
    return element


def narrative(parent: etree._Element, text: str, lang: str | None = None):
    element = sub(parent, "narrative", text)
    if lang:
        element.set(XML_LANG, lang)
    return element


def text_element(parent: etree._Element, tag: str, text: str, lang: str | None = None,
                 **attributes):
    """An element holding one narrative (title, description, comment...)."""
    element = sub(parent, tag, **attributes)
    narrative(element, text, lang)
    return element


def number(value: Decimal | int | float) -> str:
    """A figure as xsd:decimal text without exponent or trailing zeros ("60", "12.5")."""
    text = format(Decimal(str(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def money(value: Decimal) -> str:
    return format(Decimal(value), "f")


def iso(day: date) -> str:
    return day.isoformat()
