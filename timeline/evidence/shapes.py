"""Checking the shape of parsed JSON, so a wrong-shaped export is one clear line."""

from __future__ import annotations

from typing import Any

from pmlint.timeline.evidence.model import EvidenceError

MAX_TEXT = 240


def obj(value: Any, where: str, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise EvidenceError(f"{where}: expected {what} (a JSON object), found "
                            f"{_kind(value)}")
    return value


def items(value: Any, where: str, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise EvidenceError(f"{where}: expected {what} (a JSON list), found {_kind(value)}")
    return value


def text(value: Any) -> str:
    """A short one-line text from a JSON value (None, numbers and objects give "")."""
    if not isinstance(value, str):
        return ""
    return " ".join(value.split())[:MAX_TEXT]


def name(value: Any) -> str:
    """A nested object's name ({"name": "Monitoring"} -> "Monitoring"), or the string."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("slug") or value.get("summary")
    return text(value)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")
