"""Document readers load only when such a document is read: checking Markdown stays fast."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READERS = ("docx", "bs4", "lxml", "mammoth", "zipfile", "email.parser",
           "pmlint.timeline.readers.docx", "pmlint.timeline.readers.html",
           "pmlint.timeline.readers.adf", "pmlint.timeline.readers.mhtml",
           "pmlint.timeline.readers.archive", "pmlint.timeline.readers.blocks",
           "pmlint.timeline.locator")


def loaded_after(args: list[str]) -> list[str]:
    code = ("import sys\nfrom pmlint import cli\n"
            "from click.testing import CliRunner\n"
            f"CliRunner().invoke(cli.main, {args!r})\n"
            f"print(sorted(m for m in {READERS!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return list(ast.literal_eval(done.stdout))


def test_checking_markdown_imports_no_document_reader() -> None:
    assert loaded_after(["check", "fixtures/seeds"]) == []
    assert loaded_after(["timeline", "fixtures/seeds/003_1eee0c03998c6125.txt"]) == []


def test_reading_a_docx_does_import_them(tmp_path: Path) -> None:
    """The test above can fail: the same probe sees the readers when they are used."""
    sys.path.insert(0, str(Path(__file__).parent))
    from formats_build import to_docx

    draft = tmp_path / "d.docx"
    draft.write_bytes(to_docx("- 09:00 UTC alert"))
    loaded = loaded_after(["check", str(draft)])
    assert {"docx", "lxml", "zipfile", "pmlint.timeline.readers.docx"} <= set(loaded)
