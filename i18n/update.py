"""`make translations`: refresh `i18n/faltbok_*.ts` from the sources, keeping plural forms.

PySide6's `lupdate` reads Python well enough for `self.tr(text, "", n)`, but a
module-level `translate(context, text, "", n)` comes out as a plain message
(the count is taken for a plural only when it is a literal), and running it
over a `.ts` then throws the plural forms a translator wrote away. So this
runs `lupdate` and then restores plurals by Qt's own rule: a text with `%n`
or `%Ln` is a numerus message. Forms already translated are kept; new ones
are left unfinished with as many forms as the language has.

`faltbok_en.ts` holds only the plural messages: English is the source text
for everything else, but "1 change" / "8 changes" needs its two forms.

    python i18n/update.py [--lupdate PATH] [--ts-dir DIR] SOURCES...
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

# plural forms per language, as Qt's numerus rules count them (lupdate writes as many)
FORMS = {"en": 2, "sv": 2, "ru": 3, "ky": 2, "kk": 2, "tg": 2, "uz": 2}
TARGETS = {"en": "en_GB", "sv": "sv_SE", "ru": "ru_RU", "ky": "ky_KG", "kk": "kk_KZ",
           "tg": "tg_TJ", "uz": "uz_UZ"}
PLURAL = re.compile(r"%L?n")


def is_plural(source: str) -> bool:
    return bool(PLURAL.search(source))


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str]:
    return context.findtext("name") or "", message.findtext("source") or ""


def plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translated plural forms already in `path`."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms and all(forms):
                found[_key(context, message)] = forms
    return found


def restore_plurals(root: ET.Element, language: str, known) -> None:
    """Make every `%n` message a numerus one again, with its known forms."""
    count = FORMS.get(language, 2)
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if not is_plural(source):
                if language == "en":
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = known.get(_key(context, message))
            if forms is None and translation.findall("numerusform"):
                forms = [f.text or "" for f in translation.findall("numerusform")]
                forms = forms if all(forms) else None
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for n in range(count):
                form = ET.SubElement(translation, "numerusform")
                form.text = forms[n] if forms and n < len(forms) else None
            if forms and len(forms) == count:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
        if not context.findall("message"):
            root.remove(context)


def _text(value: str | None) -> str:
    return escape(value or "", {"'": "&apos;", '"': "&quot;"})


def serialize(root: ET.Element) -> str:
    """The layout lupdate itself writes, so a refresh makes a small diff."""
    attrs = "".join(f' {k}="{_text(v)}"' for k, v in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root.iter("context"):
        lines += ["<context>", f"    <name>{_text(context.findtext('name'))}</name>"]
        for message in context.iter("message"):
            numerus = ' numerus="yes"' if message.get("numerus") == "yes" else ""
            lines += [f"    <message{numerus}>",
                      f"        <source>{_text(message.findtext('source'))}</source>"]
            for extra in ("comment", "extracomment"):
                if message.find(extra) is not None:
                    lines.append(f"        <{extra}>{_text(message.findtext(extra))}</{extra}>")
            translation = message.find("translation")
            kind = f' type="{translation.get("type")}"' if translation.get("type") else ""
            forms = translation.findall("numerusform")
            if forms:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_text(f.text)}</numerusform>"
                          for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_text(translation.text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def update(ts: Path, sources: list[str], lupdate: str) -> None:
    """Refresh one `.ts` in place from `sources`."""
    language = ts.stem.removeprefix("faltbok_")
    known = plural_forms(ts)
    subprocess.run([lupdate, *sources, "-ts", str(ts), "-locations", "none", "-no-obsolete",
                    "-silent", "-target-language", TARGETS.get(language, language)],
                   check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    root.set("sourcelanguage", "en_GB")
    restore_plurals(root, language, known)
    ts.write_text(serialize(root), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python i18n/update.py")
    parser.add_argument("--lupdate", default=shutil.which("pyside6-lupdate")
                        or str(Path(sys.executable).with_name("pyside6-lupdate")))
    parser.add_argument("--ts-dir", default=str(Path(__file__).parent))
    parser.add_argument("sources", nargs="+")
    args = parser.parse_args(argv)
    for ts in sorted(Path(args.ts_dir).glob("faltbok_*.ts")):
        update(ts, sorted(args.sources), args.lupdate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
