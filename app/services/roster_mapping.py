"""Which column of a partner's sheet holds which participant field, and what its
spellings mean in the app's codes.

Headers come in seven languages and three shapes: a plain sheet ("Kön",
"Пол"), a KoboToolbox export (group paths `participant/gender`, or the
question's label), an ODK Central export (`participant-gender`). A header is
folded (case, Unicode form, Uzbek apostrophes, separators) and matched by its
last path segment against the synonyms below; what a person chose for a
partner's sheet before comes first (`guess(..., remembered)`).

Values are folded the same way and looked up in the spellings of genders,
age bands and yes/no in sv/en/ru/ky/kk/tg/uz, Kobo choice names included
(`prefer_not_to_say`). Age bands also come as ranges ("18–24", "50+", "до
18"); a birth year (or birth date, or a spreadsheet's date serial number) or
an age becomes the band at the training's date. A value that means nothing
known is a `Problem`, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from app.services.errors import Problem

# the fields a column can fill; "" ignores the column
FIELDS = ("code", "name", "gender", "age_band", "birth_year", "age", "organisation",
          "contact", "consent")

_APOSTROPHES = str.maketrans({c: "'" for c in "ʻʼ‘’`´ʹ"})
_SEPARATORS = re.compile(r"[\s_.\-:;,()\[\]*?!]+")


def fold(text) -> str:
    """Case, Unicode form, apostrophes and separators folded away: 'Prefer_not-to say.'
    and 'prefer not to say' are one spelling."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().translate(_APOSTROPHES)
    return _SEPARATORS.sub(" ", text).strip()


def _table(spellings: dict[str, str]) -> dict[str, str]:
    table = {}
    for code, words in spellings.items():
        for word in words.split("|"):
            table[fold(word)] = code
    return table


_HEADERS = _table({
    "code": "code|participant code|participant id|id code|kod|deltagarkod|deltagar id|код|"
            "код участника|шифр|катышуучунун коду|қатысушы коды|рамз|рамзи иштирокчӣ|"
            "kodi|ishtirokchi kodi|identifier",
    "name": "name|full name|participant name|names|fio|namn|fullständigt namn|"
            "deltagarens namn|фио|ф и о|имя|имя фамилия|фамилия имя|полное имя|аты жөнү|"
            "аты|аты жөні|толық аты|ном|ному насаб|насаб|ism|ism familiya|familiya ism|f i sh|"
            "ismi",
    "gender": "gender|sex|kön|пол|гендер|жынысы|жыныс|ҷинс|ҷинсият|jins|jinsi|gender identity",
    "age_band": "age band|age group|age range|åldersgrupp|åldersintervall|возрастная группа|"
                "возрастной диапазон|жаш тобу|жас тобы|жас санаты|гурӯҳи синну сол|"
                "yosh guruhi|yosh toifasi",
    "birth_year": "birth year|year of birth|born|date of birth|dob|birth date|birthdate|"
                  "födelseår|födelsedatum|född|год рождения|дата рождения|туулган жылы|"
                  "туулган күнү|туған жылы|туған күні|соли таваллуд|санаи таваллуд|"
                  "tug'ilgan yil|tug'ilgan yili|tug'ilgan sana",
    "age": "age|age years|ålder|возраст|жашы|жаш|жасы|жас|синну сол|синну|sinnu sol|yosh|yoshi",
    "organisation": "organisation|organization|org|organisation name|organization name|"
                    "organisation|organisationen|förening|организация|уюм|ұйым|ташкилот|"
                    "tashkilot|affiliation",
    "contact": "contact|phone|telephone|phone number|email|e mail|mobile|kontakt|telefon|"
               "telefonnummer|e post|контакт|контакты|телефон|эл почта|байланыш|байланыс|"
               "тамос|телефон рақами|aloqa|telefon raqami",
    "consent": "consent|informed consent|consent given|samtycke|согласие|макулдук|"
               "макулдугу|келісім|розигӣ|rozilik|roziligi",
})

_GENDERS = _table({
    "female": "female|f|woman|women|w|girl|kvinna|kvinnlig|k|flicka|tjej|женщина|женский|"
              "ж|жен|девушка|девочка|аял|кыз|аял киши|әйел|қыз|зан|духтар|занона|ayol|qiz|"
              "ayol kishi|female woman",
    "male": "male|m|man|men|boy|manlig|pojke|kille|мужчина|мужской|м|муж|парень|мальчик|"
            "эркек|эр|эр киши|ер|ер адам|ерлер|мард|писар|мардона|erkak|erkak kishi|o'g'il|"
            "male man",
    "non_binary": "non binary|nonbinary|nb|enby|other|genderqueer|icke binär|ickebinär|"
                  "annat|annan|небинарный|небинарная|небинарн|другое|иное|небинардык|башка|"
                  "бейбинарлы|басқа|ғайрибинарӣ|дигар|nobinar|binar emas|boshqa",
    "undisclosed": "undisclosed|prefer not to say|prefer not to answer|not stated|no answer|"
                   "unknown|not given|vill inte säga|vill ej uppge|uppger ej|okänt|okänd|"
                   "не указано|не указан|не хочу говорить|предпочитаю не говорить|нет ответа|"
                   "неизвестно|көрсөтүлгөн эмес|айткым келбейт|белгисиз|көрсетілмеген|"
                   "айтқым келмейді|белгісіз|маълум нест|номаълум|нагуфтан|noma'lum|"
                   "aytishni istamayman|ko'rsatilmagan",
})

_YES = frozenset(fold(w) for w in "yes|y|true|1|x|✓|✔|ja|j|да|д|ооба|иә|ия|ҳа|ha|"
                 "agree|agreed|given|samtycker|согласен|согласна|макулмун|келісемін|розӣ|"
                 "roziman".split("|"))
_NO = frozenset(fold(w) for w in "no|n|false|0|nej|нет|не|жок|жоқ|не|йўқ|yo'q|not given|"
                "не согласен|не согласна|нест|розӣ нест".split("|"))
_UNKNOWN_AGE = frozenset(fold(w) for w in "unknown|not stated|prefer not to say|okänd|okänt|"
                         "vet ej|неизвестно|не указано|белгисиз|белгісіз|номаълум|"
                         "noma'lum|undisclosed".split("|"))

BANDS = (("under_18", 0, 17), ("18_24", 18, 24), ("25_34", 25, 34), ("35_49", 35, 49),
         ("50_plus", 50, 200))
_OVER = re.compile(r"\+|plus|över|over|older|and more|и старше|старше|и более|жогору|"
                   r"жана андан|жоғары|және одан|боло|ва боло|katta|dan yuqori|va undan")
_UNDER = re.compile(r"<|under|younger|less than|до |младше|меньше|чейин|дейін|кам|то |gacha|"
                    r"dan kichik|yngre än|upp till")
_DIGITS = re.compile(r"\d+")
_EXCEL_EPOCH = date(1899, 12, 30)


def header_field(header: str) -> str | None:
    """The field a header names, or None (by its whole text, then its last path segment)."""
    text = fold(header.replace("/", " / "))
    if not text:
        return None
    for candidate in (text, text.rsplit("/", 1)[-1].strip()):
        if candidate in _HEADERS:
            return _HEADERS[candidate]
    last = header.replace("/", "-").rsplit("-", 1)[-1] if "-" in header or "/" in header else ""
    return _HEADERS.get(fold(last)) if last else None


def header_score(cells: list[str]) -> int:
    """How many cells of a row name a known field (the header row names the most)."""
    return sum(1 for cell in cells if cell and header_field(cell) is not None)


def header_key(header: str) -> str:
    """How a header is remembered for a partner (folded, so spelling noise is one key)."""
    return fold(header)


def guess(headers: list[str], remembered: dict[str, str] | None = None) -> list[str]:
    """A field (or "") for each column; each field for one column at most. A mapping
    remembered for the partner's sheet goes first, then the synonyms."""
    remembered = remembered or {}
    result = [""] * len(headers)
    taken: set[str] = set()
    for n, header in enumerate(headers):
        field = remembered.get(header_key(header))
        if field is not None and field in FIELDS + ("",) and field not in taken:
            result[n] = field
            taken.add(field)
    for n, header in enumerate(headers):
        if result[n] or header_key(header) in remembered:
            continue
        field = header_field(header)
        if field is not None and field not in taken:
            result[n] = field
            taken.add(field)
    return result


def gender(raw) -> tuple[str, Problem | None]:
    text = fold(raw) if raw is not None else ""
    if not text:
        return "undisclosed", None
    code = _GENDERS.get(text)
    if code is None:
        return "undisclosed", Problem("gender", "unknown_spelling", {"value": str(raw)})
    return code, None


def band_of_age(age: int) -> str | None:
    for code, low, high in BANDS:
        if low <= age <= high:
            return code
    return None


def age_band(raw) -> tuple[str, Problem | None]:
    """An age band from its code, its spelling as a range, or a bare age."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return age(raw)
    text = fold(raw) if raw is not None else ""
    if not text or text in _UNKNOWN_AGE:
        return "unknown", None
    if text.replace(" ", "_") in {code for code, _l, _h in BANDS}:
        return text.replace(" ", "_"), None
    spaced = " " + str(raw).casefold().replace("–", "-").replace("—", "-") + " "
    numbers = [int(n) for n in _DIGITS.findall(spaced)]
    found = None
    if len(numbers) == 2 and numbers[0] <= numbers[1]:
        low, high = numbers
        found = next((code for code, lo, hi in BANDS if lo <= low and high <= hi), None)
    elif len(numbers) == 1:
        n = numbers[0]
        if _OVER.search(spaced):
            found = "50_plus" if n >= 50 else None
        elif _UNDER.search(spaced):
            found = "under_18" if n <= 18 else None
        else:
            found = band_of_age(n)
    if found is None:
        return "unknown", Problem("age_band", "unknown_spelling", {"value": str(raw)})
    return found, None


def age(raw) -> tuple[str, Problem | None]:
    """An age in years (a number, or text holding one) as a band."""
    if raw is None or raw == "":
        return "unknown", None
    try:
        years = float(str(raw).strip().replace(",", "."))
    except ValueError:
        return "unknown", Problem("age", "unknown_spelling", {"value": str(raw)})
    band = band_of_age(int(years)) if years >= 0 and years == int(years) else None
    if band is None:
        return "unknown", Problem("age", "unknown_spelling", {"value": str(raw)})
    return band, None


def birth_date(raw) -> date | int | None:
    """A birth date (or a year alone) from a date cell, a serial number, or text."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if 1900 <= raw <= 2100 and raw == int(raw):
            return int(raw)
        if 3000 < raw < 80000:  # a spreadsheet's day count since 1899-12-30
            return _EXCEL_EPOCH + timedelta(days=int(raw))
        return None
    text = str(raw or "").strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text)
    if match:
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            return None
    match = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
    if match:  # day.month.year (the region's order); month/day swaps leave the year
        day, month, year = map(int, match.groups())
        try:
            return date(year, month, day) if month <= 12 else date(year, day, month)
        except ValueError:
            return int(year)
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    if re.fullmatch(r"\d{4,5}(\.0+)?", text):
        return birth_date(float(text))
    return None


def birth_year_band(raw, on: date) -> tuple[str, Problem | None]:
    """The age band on `on` of someone born on (or in) `raw`."""
    if raw is None or raw == "":
        return "unknown", None
    born = birth_date(raw)
    if born is None:
        return "unknown", Problem("birth_year", "unknown_spelling", {"value": str(raw)})
    if isinstance(born, int):
        years = on.year - born
    else:
        years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    band = band_of_age(years) if 0 <= years <= 120 else None
    if band is None:
        return "unknown", Problem("birth_year", "unknown_spelling", {"value": str(raw)})
    return band, None


def consent(raw) -> tuple[bool, Problem | None]:
    if isinstance(raw, bool):
        return raw, None
    text = fold(raw) if raw is not None else ""
    if not text or text in _NO:
        return False, None
    if text in _YES:
        return True, None
    return False, Problem("consent", "unknown_spelling", {"value": str(raw)})
