"""What a cold `pmlint check` loads: pendulum's date parser waits until something reads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_check_leaves_dateutil_parser_unloaded_but_usable() -> None:
    code = ("import sys\nfrom pmlint import cli\nfrom click.testing import CliRunner\n"
            "CliRunner().invoke(cli.main, ['check', 'fixtures/seeds'])\n"
            "print('pendulum' in sys.modules, 'dateutil.parser._parser' in sys.modules)\n"
            "import dateutil.parser\n"
            "print(dateutil.parser.parse('4 March 2021 10:30').isoformat())\n"
            "print('dateutil.parser._parser' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split("\n")[:3] == ["True False", "2021-03-04T10:30:00", "True"]
