"""Make this working tree importable as `pmlint` (as tests/conftest.py does for the tests)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def use_working_tree() -> None:
    links = Path(tempfile.mkdtemp(prefix="pmlint-tree-"))
    (links / "pmlint").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(links))
