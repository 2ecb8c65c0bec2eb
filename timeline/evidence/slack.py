"""Slack workspace exports: a zip or a folder with channels.json, users.json and one folder
of per-day JSON files for each channel.

Streamed with ijson, message by message, so a 100 MB export never sits in memory whole.
Each message's instant is its `ts` (epoch seconds with fractions, in a string), never the
day file's name, whose zone Slack does not state. A message reports what happened at or
before it, so every item is bounded "after". Only the chosen channels are read.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pmlint.timeline.evidence.files import (
    Budget,
    Metered,
    folder_files,
    open_zip,
    regular_file_size,
    zip_member,
)
from pmlint.timeline.evidence.instants import epoch_instant
from pmlint.timeline.evidence.model import EvidenceError, Reading, RecordItem
from pmlint.timeline.source import shown

NAME = "slack"
TEXT_KEPT = 160  # characters of a message kept for matching and for messages
MAX_MESSAGES = 1_000_000  # kept messages (each about 300 bytes in memory)
SKIPPED_SUBTYPES = frozenset({
    "channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
    "channel_archive", "channel_unarchive", "group_join", "group_leave", "group_topic",
    "group_purpose", "message_deleted", "message_changed", "pinned_item", "unpinned_item",
    "reminder_add", "tombstone", "joiner_notification",
})
INCIDENT_CHANNEL_PREFIXES = ("inc-", "inc_", "incident-", "incident_")
Opener = Callable[[str], Metered | None]  # member path inside the export -> stream, or None


def is_export(path: str) -> bool:
    """A folder or zip holding channels.json at its top."""
    if os.path.isdir(path):
        return os.path.isfile(os.path.join(path, "channels.json"))
    return False


@dataclass(frozen=True)
class _Export:
    """The export's table of contents: where each member is and how to open it."""

    where: str
    members: dict[str, list[str]]  # channel folder -> its day files, sorted
    open: Opener


def read(path: str, channels: tuple[str, ...],
         window: tuple[dt.datetime, dt.datetime] | None = None) -> Reading:
    """Messages of the chosen channels (within `window`, when given); an unchosen
    multi-channel export is refused."""
    budget = Budget(shown(path))
    if os.path.isdir(path):
        return _messages(_folder(path, budget), channels, window)
    archive = open_zip(path)
    with archive:
        return _messages(_zip(archive, path, budget), channels, window)


def _folder(path: str, budget: Budget) -> _Export:
    members: dict[str, list[str]] = {}
    try:
        entries = sorted(os.listdir(path))
    except OSError as error:
        raise EvidenceError(f"{shown(path)}: cannot list ({error.strerror})") from None
    for name in entries:
        folder = os.path.join(path, name)
        if os.path.isdir(folder):
            members[name] = [f"{name}/{os.path.basename(f)}" for f in folder_files(folder)
                             if f.endswith(".json")]

    def opener(member: str) -> Metered | None:
        full = os.path.join(path, *member.split("/"))
        if not os.path.exists(full):
            return None
        regular_file_size(full)
        try:
            return Metered(open(full, "rb"), budget)
        except OSError as error:
            raise EvidenceError(f"{shown(full)}: cannot read ({error.strerror})") from None

    return _Export(shown(path), members, opener)


def _zip(archive: zipfile.ZipFile, path: str, budget: Budget) -> _Export:
    infos = {info.filename: info for info in archive.infolist() if not info.is_dir()}
    prefix = _common_prefix(infos)
    members: dict[str, list[str]] = {}
    for name in sorted(infos):
        relative = name[len(prefix):]
        parts = relative.split("/")
        if len(parts) == 2 and parts[1].endswith(".json"):
            members.setdefault(parts[0], []).append(relative)

    def opener(member: str) -> Metered | None:
        info = infos.get(prefix + member)
        return None if info is None else zip_member(archive, info, budget)

    return _Export(shown(path), members, opener)


def _common_prefix(infos: dict[str, zipfile.ZipInfo]) -> str:
    """Exports zipped with their folder ("export/channels.json") are read the same."""
    if "channels.json" in infos:
        return ""
    tops = [n[:-len("channels.json")] for n in infos if n.endswith("/channels.json")
            and n.count("/") == 1]
    return tops[0] if len(tops) == 1 else ""


def _messages(export: _Export, wanted: tuple[str, ...],
              window: tuple[dt.datetime, dt.datetime] | None) -> Reading:
    import ijson

    channels = _channel_names(export)
    users = _user_names(export)
    chosen = _choose(export, channels, wanted)
    labels: dict[tuple[str, str, bool], str] = {}
    items: list[RecordItem] = []
    for channel in chosen:
        for member in export.members.get(channel, []):
            where = f"{export.where}: {member}"
            stream = export.open(member)
            if stream is None:
                continue
            with _closing(stream):
                for index, message in enumerate(_array(stream, where, ijson), start=1):
                    item = _item(message, f"{where}: message {index}", channel, users, labels)
                    if item is not None and (window is None
                                             or window[0] <= item.at <= window[1]):
                        items.append(item)
                        if len(items) > MAX_MESSAGES:
                            raise EvidenceError(f"{export.where}: more than {MAX_MESSAGES:,} "
                                                "messages in the chosen channels")
    items.sort(key=lambda i: i.at)
    return Reading(tuple(items))


class _closing:
    def __init__(self, stream: Metered) -> None:
        self.stream = stream

    def __enter__(self) -> Metered:
        return self.stream

    def __exit__(self, *_: object) -> None:
        self.stream.close()


def _array(stream: Metered, where: str, ijson: Any) -> Iterator[Any]:
    """The elements of a top-level JSON array, streamed; any other shape is an error."""
    first = _peek(stream)
    if first != b"[":
        raise EvidenceError(f"{where}: expected a JSON list of messages")
    try:
        yield from ijson.items(_Replay(b"[", stream), "item", use_float=True)
    except ijson.JSONError as error:
        raise EvidenceError(f"{where}: not valid JSON ({_one_line(error)})") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise EvidenceError(f"{where}: not valid JSON ({_one_line(error)})") from None


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text[:120] or type(error).__name__


def _peek(stream: Metered) -> bytes:
    """The first significant byte (after a BOM and whitespace); the stream is left after it."""
    skipped = 0
    while True:
        byte = stream.read(1)
        if not byte:
            return b""
        skipped += 1
        if skipped <= 3 and byte in b"\xef\xbb\xbf":
            continue
        if byte not in b" \t\r\n":
            return byte
        if skipped > 1 << 20:
            return b""


class _Replay:
    """A stream that gives back bytes already read, then the rest of the stream."""

    def __init__(self, head: bytes, stream: Metered) -> None:
        self.head = head
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""  # ijson probes with read(0) to tell bytes from text
        if self.head:
            head, self.head = self.head, b""
            return head
        return self.stream.read(size)


def _channel_names(export: _Export) -> dict[str, str]:
    """Channel id -> name, from channels.json (and groups.json for private channels)."""
    import ijson

    names: dict[str, str] = {}
    found = False
    for listing in ("channels.json", "groups.json"):
        stream = export.open(listing)
        if stream is None:
            continue
        found = True
        where = f"{export.where}: {listing}"
        with _closing(stream):
            for channel in _array(stream, where, ijson):
                if not isinstance(channel, dict) or not isinstance(channel.get("name"), str):
                    raise EvidenceError(f"{where}: expected channels with a name")
                names[str(channel.get("id", channel["name"]))] = channel["name"]
    if not found:
        raise EvidenceError(f"{export.where}: not a Slack export (no channels.json)")
    return names


def _user_names(export: _Export) -> dict[str, str]:
    """User id -> the name shown in findings (display name, else name); users.json optional."""
    import ijson

    stream = export.open("users.json")
    if stream is None:
        return {}
    users: dict[str, str] = {}
    where = f"{export.where}: users.json"
    with _closing(stream):
        for user in _array(stream, where, ijson):
            if not isinstance(user, dict) or not isinstance(user.get("id"), str):
                continue
            profile = user.get("profile") if isinstance(user.get("profile"), dict) else {}
            name = (profile.get("display_name") or user.get("name")  # type: ignore[union-attr]
                    or user.get("real_name"))
            if isinstance(name, str) and name:
                users[user["id"]] = name[:40]
    return users


def _choose(export: _Export, channels: dict[str, str], wanted: tuple[str, ...]) -> list[str]:
    """The channel folders to read: those asked for; else the only one; else incident-named
    ones. Reading every channel of a workspace would match words from unrelated talk."""
    present = sorted(set(channels.values()) & set(export.members) or set(export.members))
    if wanted:
        chosen = []
        for name in wanted:
            name = name.lstrip("#")
            if name not in present:
                near = difflib.get_close_matches(name, present, n=1)
                hint = f"; did you mean {near[0]}?" if near else ""
                raise EvidenceError(f"{export.where}: no channel {name!r} in the export{hint}")
            chosen.append(name)
        return chosen
    if len(present) <= 1:
        return present
    incident = [c for c in present if c.startswith(INCIDENT_CHANNEL_PREFIXES)]
    if incident:
        return incident
    listed = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
    raise EvidenceError(f"{export.where}: {len(present)} channels ({listed}); choose the "
                        "incident's with --evidence-channel")


def _item(message: Any, where: str, channel: str, users: dict[str, str],
          labels: dict[tuple[str, str, bool], str]) -> RecordItem | None:
    if not isinstance(message, dict):
        raise EvidenceError(f"{where}: expected a message object")
    if message.get("subtype") in SKIPPED_SUBTYPES:
        return None
    if "ts" not in message:
        raise EvidenceError(f"{where}: no ts")
    at = epoch_instant(message["ts"], f"{where}: ts", "a Slack ts (epoch seconds)")
    text = message.get("text")
    if not isinstance(text, str) or not text.strip():
        return None  # a file share or an empty bot post says nothing to match
    author = message.get("user") or message.get("username") or message.get("bot_id") or "?"
    author = users.get(str(author), str(author)[:40])
    thread = message.get("thread_ts")
    reply = isinstance(thread, str | int | float) and str(thread) != str(message["ts"])
    key = (channel, author, reply)
    label = labels.get(key)
    if label is None:
        label = labels[key] = f"#{channel} {'reply' if reply else 'message'} by {author}"
    return RecordItem(at=at, name="message", phase=None, text=" ".join(text.split())[:TEXT_KEPT],
                      source=label, platform=NAME, bound="after")
