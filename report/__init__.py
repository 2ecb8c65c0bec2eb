"""`pmlint report`: one self-contained HTML page per run, for a reviewer to read.

Loaded only by the `report` command: Jinja2 and pandas stay off the `check` path.
"""
