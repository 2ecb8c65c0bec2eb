"""Tests import pmlint from this working tree, never from a stale installed copy.

The source tree keeps `timeline/`, `checks/` and `cli.py` at its top, and the wheel maps them
into the one import name `pmlint`. Here a link named `pmlint` to the tree goes first on
sys.path and on PYTHONPATH, so in-process imports and the subprocesses tests start agree.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LINKS = Path(tempfile.mkdtemp(prefix="pmlint-tree-"))
(_LINKS / "pmlint").symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(_LINKS))
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, (str(_LINKS), os.environ.get("PYTHONPATH"))))
# Outputs are tested as a pipe or a log gets them: unwrapped, unless a test sets a width. A
# width the runner leaves behind (pytest-xdist's workers inherit COLUMNS) must not wrap them.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)
