"""No module binds a top-level name twice, and no class a name in its body: the later binding
silently wins for every use, the earlier one's too (two patterns named STATUS_UPDATE in one
module once did so; a new method named as an existing one of its class once replaced it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = [*sorted(p for folder in ("timeline", "checks", "report")
                   for p in (ROOT / folder).rglob("*.py")), ROOT / "cli.py"]


def _rebound(body: list[ast.stmt]) -> list[str]:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in body:
        if isinstance(node, ast.FunctionDef) and any(
                ast.unparse(d).endswith((".setter", ".deleter", "overload"))
                for d in node.decorator_list):
            continue  # a property's setter, an overload: the same name on purpose
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _rebound(ast.parse(path.read_text(encoding="utf-8")).body) == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_class_binds_a_name_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert [f"{node.name}.{name}" for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
            for name in _rebound(node.body)] == []
