"""Participant lists shaped like the ones partners send, written for the tests."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook


def excel_with_merged_header(path: Path) -> Path:
    """A partner's own sheet: a merged title row, a merged group row over the
    person's columns, the header, blank rows among the data, a birth date cell."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Список участниц тренинга — ОФ «Ош»"])
    sheet.merge_cells("A1:G1")
    sheet.append(["", "Участник", "", "", "", "Контакты", ""])
    sheet.merge_cells("B2:E2")
    sheet.merge_cells("F2:G2")
    sheet.append(["Код", "ФИО", "Пол", "Год рождения", "Организация", "Телефон", "Согласие"])
    sheet.append(["", "Айгуль Асанова", "Женщина", 1990, "ОФ Ош", "+996 555 000 111", "да"])
    sheet.append([])
    sheet.append(["OSH-000901", "Бакыт Токтогулов", "эркек", date(2004, 5, 1), "", "", "нет"])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["", "Жылдыз Маматова", "аял", "1975", "Уюм", "", "ооба"])
    book.save(path)
    return path


KOBO_HEADERS = ["start", "end", "participant/code", "participant/full_name",
                "participant/gender", "participant/age_group", "participant/org",
                "consent/consent_given", "_id", "_uuid", "_submission_time", "_index"]


def kobo_export(path: Path, rows: list[list] | None = None) -> Path:
    """A KoboToolbox XLSX export with groups (`participant/gender`), XML values for
    the choices (`female`, `prefer_not_to_say`, `18_24`) and Kobo's meta columns."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Участники"
    sheet.append(KOBO_HEADERS)
    for n, row in enumerate(rows if rows is not None else [
            ["", "Madina Karimova", "female", "18_24", "Ishonch", "yes"],
            ["TAS-000077", "Otabek Yusupov", "male", "25_34", "", "yes"],
            ["", "Dilnoza Rahimova", "prefer_not_to_say", "50_plus", "", "no"]], start=1):
        sheet.append(["2026-03-01T09:00:00", "2026-03-01T09:03:00", *row, n, f"uuid-{n}",
                      "2026-03-01T09:04:00", n])
    book.save(path)
    return path


def odk_csv(path: Path) -> Path:
    """An ODK Central CSV export: groups joined by '-', labels as values."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["SubmissionDate", "participant-code", "participant-name",
                      "participant-sex", "participant-age", "meta-instanceID", "KEY"])
        out.writerow(["2026-03-01", "", "Гулнора Саидова", "Зан", "31", "uuid:1", "uuid:1"])
        out.writerow(["2026-03-01", "", "Фаррух Назаров", "Мард", "17", "uuid:2", "uuid:2"])
    return path


def cyrillic_csv(path: Path, encoding: str = "cp1251", delimiter: str = ";") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        out = csv.writer(handle, delimiter=delimiter)
        out.writerow(["Код", "ФИО", "Пол", "Возрастная группа", "Организация"])
        out.writerow(["", "Айгерим Сейткали", "Женщина", "18–24", "Общественное объединение"])
        out.writerow(["", "Ерлан Жумабаев", "муж.", "35-49", ""])
        out.writerow(["", "Ольга Ким", "ж", "до 18", "«Луч»"])
    return path


def large_csv(path: Path, rows: int = 10_000) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Code", "Name", "Gender", "Age band"])
        genders = ("female", "male", "non-binary", "prefer not to say")
        bands = ("under 18", "18-24", "25-34", "35-49", "50+")
        for n in range(rows):
            out.writerow([f"BIG-{n:06d}", f"Person {n}", genders[n % 4], bands[n % 5]])
    return path


def with_cached_formula_values(path: Path, values: dict[str, str]) -> Path:
    """openpyxl writes formulas without their results; a spreadsheet program
    saves the result too (`<f>…</f><v>…</v>`). Add the results as it would."""
    source = zipfile.ZipFile(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                text = data.decode()
                for formula, value in values.items():
                    text = re.sub(rf"(<f>{re.escape(formula)}</f>)(<v></v>|<v */>)?",
                                  rf"\1<v>{value}</v>", text)
                data = text.encode()
            target.writestr(item, data)
    source.close()
    path.write_bytes(buffer.getvalue())
    return path


def encrypted_workbook(path: Path, password: str = "partner") -> Path:
    """A workbook saved with a password (ECMA-376 agile encryption, as Excel does)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO()
    book = Workbook()
    book.active.append(["Code", "Name"])
    book.active.append(["X-1", "Secret"])
    book.save(plain)
    plain.seek(0)
    with path.open("wb") as handle:
        OOXMLFile(plain).encrypt(password, handle)
    return path


def ods_sheet(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet as LibreOffice writes one (text cells)."""
    from xml.sax.saxutils import escape

    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
            "</table:table-cell>" if value else "<table:table-cell/>" for value in row)
        + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Лист1">{cells}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path
