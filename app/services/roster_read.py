"""A partner's participant list, read from a file into a header and numbered rows.

Partners send XLSX, XLS or ODS workbooks (read with calamine, which gives a
formula cell's value as the spreadsheet program last saved it) or CSV files in
whatever encoding and delimiter their tool wrote (detected with
charset-normalizer and `csv.Sniffer`). KoboToolbox and ODK Central exports are
such files too; their group paths are the mapping's business. The bytes say
which a file is, not its name (a workbook saved as .csv is read as a workbook),
except that a file named as a workbook (.xlsx, .ods) holding no workbook is
`not_a_spreadsheet` (a text file renamed), never read as CSV.

The file is hostile until read: its size and row count are bounded, and every
file that cannot give rows ends in one `RosterFileError` with a `reason` code
(the UI and CLI turn it into words) before anything is written:
`not_a_spreadsheet`, `empty`, `password_protected` (an encrypted workbook is an
OLE compound file holding an `EncryptionInfo` stream, not a zip),
`formulas_without_values` (a workbook written by a program that saved formulas
but not their results: calamine would read empty cells), `too_large`.

Rows keep their line number in the file (1-based, as a spreadsheet shows it);
blank rows are skipped. The header is the row among the first few that names
the most known fields (a title row or a merged group row above it is passed
over); `header_score` comes from the mapping module as a callable.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from app.services.errors import ServiceError

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
HEADER_SEARCH = 15  # rows looked at for the header

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: .xls, or an encrypted .xlsx
_ZIP = b"PK\x03\x04"
# Names only a workbook (a zip, or an OLE file when encrypted) goes by: a file so
# named that is neither is not a spreadsheet, never read as CSV. Not `.xls`: web
# tools' "export to Excel" often write tab-separated text under that name, which
# is read as CSV; one that gives no rows is "not a spreadsheet", not "empty".
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".ods")
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_FORMULA_WITHOUT_VALUE = re.compile(  # a <c> cell holding <f>…</f> and no <v> after it
    rb"<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")


class RosterFileError(ServiceError):
    """The file gives no rows to import; `reason` says why (a code, not words)."""

    def __init__(self, reason: str, path: str | Path = "", detail: str = ""):
        self.reason, self.path, self.detail = reason, str(path), detail
        words = {
            "not_a_spreadsheet": "is not a spreadsheet or CSV file",
            "empty": "holds no participants",
            "password_protected": "is protected by a password; save it without one first",
            "formulas_without_values": "has formulas without saved results; open it in a "
                                       "spreadsheet program and save it again",
            "too_large": f"is too large (at most {MAX_ROWS:,} rows and "
                         f"{MAX_BYTES // 2**20} MB)",
        }[reason]
        super().__init__(f"{Path(self.path).name or 'the file'} {words}")


@dataclass
class Sheet:
    """What a file holds: the header's texts and the data rows under it."""

    headers: list[str]
    rows: list[tuple[int, list]]  # (line number in the file, cell values)
    source: str  # "xlsx", "xls", "ods" or "csv"
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only


def read_sheet(path: str | Path,
               header_score: Callable[[list[str]], int] = lambda _cells: 0) -> Sheet:
    """Read the first sheet (or the CSV) of `path`; RosterFileError if it gives no rows."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise RosterFileError("too_large", path)
    with path.open("rb") as handle:
        data = handle.read()
    suffix, workbook = path.suffix.lower(), data.startswith((_CFB, _ZIP))
    if suffix in _WORKBOOK_SUFFIXES and not workbook:
        raise RosterFileError("not_a_spreadsheet", path)  # a text file renamed .xlsx, say
    try:
        return _read(path, data, header_score)
    except RosterFileError as error:
        if error.reason == "empty" and suffix == ".xls" and not workbook:
            raise RosterFileError("not_a_spreadsheet", path) from None
        raise


def _read(path: Path, data: bytes, header_score: Callable[[list[str]], int]) -> Sheet:
    """The sheet the bytes hold, by what they are (whatever the file is called)."""
    if not data.strip():
        raise RosterFileError("empty", path)
    if data.startswith(_CFB):
        if _ENCRYPTED in data:
            raise RosterFileError("password_protected", path)
        source, grid = "xls", _workbook_rows(path, data)
        encoding = delimiter = ""
    elif data.startswith(_ZIP):
        source = _zip_kind(path, data)
        grid = _workbook_rows(path, data)
        encoding = delimiter = ""
    else:
        source = "csv"
        grid, encoding, delimiter = _csv_rows(path, data)
    headers, rows = _split(path, grid, header_score)
    return Sheet(headers, rows, source, encoding, delimiter)


def _zip_kind(path: Path, data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise RosterFileError("not_a_spreadsheet", path) from None
    if "content.xml" in names:
        return "ods"
    sheets = [n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")]
    if not sheets:
        raise RosterFileError("not_a_spreadsheet", path)
    for name in sheets:  # each sheet streamed in pieces: a bomb stops at the size bound
        with archive.open(name) as part:
            tail = b""
            read = 0
            while chunk := part.read(1 << 20):
                read += len(chunk)
                if read > 8 * MAX_BYTES:
                    raise RosterFileError("too_large", path)
                if _FORMULA_WITHOUT_VALUE.search(tail + chunk):
                    raise RosterFileError("formulas_without_values", path)
                tail = chunk[-512:]
    return "xlsx"


def _workbook_rows(path: Path, data: bytes) -> list[list]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        if not book.sheet_names:
            raise RosterFileError("empty", path)
        sheet = book.get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + HEADER_SEARCH + 1)
    except RosterFileError:
        raise
    except Exception as error:  # noqa: BLE001 - calamine's errors are many and untyped
        if "password" in str(error).lower() or "encrypt" in str(error).lower():
            raise RosterFileError("password_protected", path) from None
        raise RosterFileError("not_a_spreadsheet", path, str(error)) from None
    return [[_cell(value) for value in row] for row in rows]


def _cell(value):
    """A cell as text, a number or a date (a date-time at midnight is a date)."""
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                          (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise RosterFileError("not_a_spreadsheet", path) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1 << 20]).best()
    if best is None or "\x00" in str(best)[:4096]:
        raise RosterFileError("not_a_spreadsheet", path)
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        raise RosterFileError("not_a_spreadsheet", path) from None


def _csv_rows(path: Path, data: bytes) -> tuple[list[list], str, str]:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RosterFileError("not_a_spreadsheet", path)
    text, encoding = _decode(path, data)
    if any(ch in text[:4096] for ch in "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f"):
        raise RosterFileError("not_a_spreadsheet", path)
    delimiter = _delimiter(text[:64 * 1024])
    rows = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append([cell.strip() for cell in row])
        if len(rows) > MAX_ROWS + HEADER_SEARCH:
            raise RosterFileError("too_large", path)
    return rows, encoding, delimiter


def _delimiter(sample: str) -> str:
    """`csv.Sniffer`'s answer if the first lines then split alike into several
    columns; else the candidate that splits them most alike (the sniffer gives up
    on some files, e.g. short Cyrillic ones with many empty cells)."""
    lines = sample.splitlines()[:20]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may end inside a line

    def fit(delimiter: str) -> tuple[int, int]:
        widths = Counter(len(row) for row in csv.reader(lines, delimiter=delimiter) if row)
        width, often = widths.most_common(1)[0] if widths else (1, 0)
        return (often if width > 1 else 0, width)

    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        sniffed = None
    if sniffed and fit(sniffed)[0] >= max(1, len(lines) - 1):
        return sniffed
    return max(",;\t|", key=fit)


def _blank(row: list) -> bool:
    return all(value is None or value == "" for value in row)


def _split(path: Path, grid: list[list],
           header_score: Callable[[list[str]], int]) -> tuple[list[str], list[tuple[int, list]]]:
    """Find the header row; the rows under it that are not blank, with line numbers."""
    numbered = [(n, row) for n, row in enumerate(grid, start=1) if not _blank(row)]
    if not numbered:
        raise RosterFileError("empty", path)
    candidates = numbered[:HEADER_SEARCH]

    def rank(item):
        n, row = item
        texts = [str(v) for v in row if v not in (None, "")]
        return (header_score([str(v) if v is not None else "" for v in row]),
                len(texts) >= 2, -n)

    header_at = max(range(len(candidates)), key=lambda i: rank(candidates[i]))
    header_line, header = candidates[header_at]
    headers = [("" if v is None else str(v)).strip() for v in header]
    rows = [(n, list(row) + [""] * (len(headers) - len(row)))
            for n, row in numbered[header_at + 1:]]
    if not rows:
        raise RosterFileError("empty", path)
    if len(rows) > MAX_ROWS:
        raise RosterFileError("too_large", path)
    return headers, rows


def as_text(value) -> str:
    """A cell's value as the text a form field would hold."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()
