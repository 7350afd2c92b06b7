"""Reading partners' lists: workbooks, CSV in any encoding and delimiter, Kobo and
ODK exports; every file that gives no rows is one clear error."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from app.services import roster_mapping as rm
from app.services.roster_read import RosterFileError, read_sheet
from tests.unit import roster_files as rf


def test_a_sheet_with_merged_title_and_group_rows_finds_its_header_and_skips_blank_rows(
        tmp_path):
    sheet = read_sheet(rf.excel_with_merged_header(tmp_path / "list.xlsx"), rm.header_score)
    assert sheet.headers[:4] == ["Код", "ФИО", "Пол", "Год рождения"]
    assert [line for line, _cells in sheet.rows] == [4, 6, 8]  # as the spreadsheet numbers them
    assert sheet.rows[1][1][3] == date(2004, 5, 1)  # a date cell is a date
    assert sheet.rows[0][1][3] == 1990  # a whole number is an integer, not 1990.0


def test_a_kobo_export_reads_its_group_paths_and_choice_values(tmp_path):
    sheet = read_sheet(rf.kobo_export(tmp_path / "kobo.xlsx"), rm.header_score)
    assert sheet.headers == rf.KOBO_HEADERS
    assert rm.guess(sheet.headers)[2:8] == ["code", "name", "gender", "age_band",
                                            "organisation", "consent"]
    assert sheet.rows[2][1][4] == "prefer_not_to_say"


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("cp1251", ";"), ("utf-8-sig", ","), ("utf-16", "\t"), ("utf-8", "|")])
def test_a_cyrillic_csv_is_read_in_its_own_encoding_and_delimiter(tmp_path, encoding,
                                                                  delimiter):
    path = rf.cyrillic_csv(tmp_path / "list.csv", encoding, delimiter)
    sheet = read_sheet(path, rm.header_score)
    assert sheet.delimiter == delimiter
    assert sheet.headers == ["Код", "ФИО", "Пол", "Возрастная группа", "Организация"]
    assert [cells[1] for _line, cells in sheet.rows] == ["Айгерим Сейткали", "Ерлан Жумабаев",
                                                         "Ольга Ким"]


def test_an_odk_central_csv_maps_its_dash_joined_groups(tmp_path):
    sheet = read_sheet(rf.odk_csv(tmp_path / "odk.csv"), rm.header_score)
    assert rm.guess(sheet.headers) == ["", "code", "name", "gender", "age", "", ""]


def test_formulas_are_read_as_the_results_the_spreadsheet_program_saved(tmp_path):
    path = tmp_path / "formulas.xlsx"
    book = Workbook()
    book.active.append(["Code", "Birth year", "Age"])
    book.active.append(["F-1", "=2026-C2", 36])
    book.save(path)
    rf.with_cached_formula_values(path, {"2026-C2": "1990"})
    sheet = read_sheet(path, rm.header_score)
    assert sheet.rows == [(2, ["F-1", 1990, 36])]


def test_formulas_saved_without_results_are_one_clear_error(tmp_path):
    path = tmp_path / "formulas.xlsx"
    book = Workbook()
    book.active.append(["Code", "Birth year"])
    book.active.append(["F-1", "=2026-36"])
    book.save(path)  # openpyxl, like some exporters, saves no result
    with pytest.raises(RosterFileError) as error:
        read_sheet(path)
    assert error.value.reason == "formulas_without_values"
    assert "save it again" in str(error.value)


def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    with pytest.raises(RosterFileError) as error:
        read_sheet(rf.encrypted_workbook(tmp_path / "locked.xlsx"))
    assert error.value.reason == "password_protected"
    assert str(error.value) == ("locked.xlsx is protected by a password; "
                                "save it without one first")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("photo.xlsx", bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(200),
     "not_a_spreadsheet"),
    ("archive.xlsx", None, "not_a_spreadsheet"),
    ("nothing.csv", b"", "empty"),
    ("spaces.csv", b"  \r\n\r\n", "empty"),
    ("header_only.csv", "Код;ФИО;Пол\r\n".encode("cp1251"), "empty"),
    ("binary.csv", bytes(range(256)) * 8, "not_a_spreadsheet"),
])
def test_files_that_give_no_rows_are_one_error_with_a_reason(tmp_path, name, content,
                                                             reason):
    path = tmp_path / name
    if content is None:  # a zip that is not a workbook
        import zipfile

        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    with pytest.raises(RosterFileError) as error:
        read_sheet(path, rm.header_score)
    assert error.value.reason == reason
    assert name in str(error.value) and "\n" not in str(error.value)


def test_an_empty_workbook_is_empty(tmp_path):
    path = tmp_path / "blank.xlsx"
    Workbook().save(path)
    with pytest.raises(RosterFileError) as error:
        read_sheet(path)
    assert error.value.reason == "empty"


def test_an_ods_sheet_is_read_like_a_workbook(tmp_path):
    path = rf.ods_sheet(tmp_path / "list.ods", [
        ["Аты-жөнү", "Жынысы", "Жаш тобу"], ["Айпери Садыкова", "аял", "18-24"], ["", "", ""],
        ["Нурбек Алиев", "эркек", "25–34"]])
    sheet = read_sheet(path, rm.header_score)
    assert sheet.source == "ods"
    assert rm.guess(sheet.headers) == ["name", "gender", "age_band"]
    assert sheet.rows == [(2, ["Айпери Садыкова", "аял", "18-24"]),
                          (4, ["Нурбек Алиев", "эркек", "25–34"])]


def test_a_broken_ods_is_not_a_spreadsheet(tmp_path):
    import zipfile

    path = tmp_path / "list.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<not-ods/>")
    with pytest.raises(RosterFileError) as error:
        read_sheet(path)
    assert error.value.reason == "not_a_spreadsheet"


@pytest.mark.parametrize("name", ["list.xlsx", "list.ods", "list.xlsm", "LIST.XLSX"])
@pytest.mark.parametrize("content", [
    b"", b"participants", "Код;ФИО;Пол\r\nOSH-1;Айпери;аял\r\n".encode("cp1251")],
    ids=["empty", "a word", "a csv"])
def test_a_text_file_named_as_a_workbook_is_not_a_spreadsheet(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)  # empty, one word, or a CSV someone renamed
    with pytest.raises(RosterFileError) as error:
        read_sheet(path, rm.header_score)
    assert error.value.reason == "not_a_spreadsheet"
    assert str(error.value) == f"{name} is not a spreadsheet or CSV file"


def test_a_workbook_named_csv_is_read_as_the_workbook_it_is(tmp_path):
    path = rf.excel_with_merged_header(tmp_path / "list.xlsx").rename(tmp_path / "list.csv")
    sheet = read_sheet(path, rm.header_score)
    assert sheet.source == "xlsx"
    assert sheet.rows == read_sheet(rf.excel_with_merged_header(tmp_path / "same.xlsx"),
                                    rm.header_score).rows


def test_a_password_protected_workbook_named_csv_is_still_named_as_such(tmp_path):
    path = rf.encrypted_workbook(tmp_path / "locked.csv")
    with pytest.raises(RosterFileError) as error:
        read_sheet(path)
    assert error.value.reason == "password_protected"


def test_a_csv_named_csv_is_read_as_csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Код;ФИО;Пол\r\nOSH-1;Айпери;аял\r\n".encode("cp1251"))
    sheet = read_sheet(path, rm.header_score)
    assert (sheet.source, sheet.headers, sheet.rows) == (
        "csv", ["Код", "ФИО", "Пол"], [(2, ["OSH-1", "Айпери", "аял"])])


def test_tab_separated_text_named_xls_is_read_but_one_without_rows_is_not_a_spreadsheet(
        tmp_path):
    """Web tools' "export to Excel" write tab-separated text as .xls: read as CSV;
    a text file so named that gives no rows is not a spreadsheet (not "empty")."""
    path = tmp_path / "export.xls"
    path.write_bytes(b"Code\tName\tGender\r\nOSH-1\tAiperi\tfemale\r\n")
    sheet = read_sheet(path, rm.header_score)
    assert (sheet.source, sheet.delimiter, sheet.rows) == (
        "csv", "\t", [(2, ["OSH-1", "Aiperi", "female"])])
    for content in (b"", b"participants", b"Code\tName\r\n"):
        path.write_bytes(content)
        with pytest.raises(RosterFileError) as error:
            read_sheet(path, rm.header_score)
        assert error.value.reason == "not_a_spreadsheet"
