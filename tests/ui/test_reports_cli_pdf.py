"""`faltbok report --format pdf`: the Qt writer behind the command line, in the language
asked for, with the project and partner names the demo writes in Cyrillic."""

from __future__ import annotations

import re

from pypdf import PdfReader

from app.cli import main
from app.ui.base.i18n import install_translation


def test_the_command_line_writes_a_russian_pdf(demo_paths, tmp_path, capsys):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "disbursements.pdf"
    try:
        assert main(["--data-dir", str(demo_paths.root), "report", "disbursements",
                     "--format", "pdf", "--out", str(out), "--language", "ru"]) == 0
    finally:
        install_translation("en")  # the command installed Russian in this process
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "Выплаты в сравнении с бюджетом" in text
    assert "Бишкек" in text  # a project's name, from the demo
    assert [p.name for p in out.parent.iterdir()] == ["disbursements.pdf"]  # no temporary file
    assert "wrote the disbursements report" in capsys.readouterr().out


def test_the_report_command_offers_every_language_of_the_app():
    from app.reports import commands
    from app.ui.base.i18n import LANGUAGES

    assert commands.LANGUAGES == tuple(LANGUAGES)
