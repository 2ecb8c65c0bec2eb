"""A Slack export is streamed, message by message: the small version of the 100 MB
benchmark (bench/evidence_memory.py). A 6 MB day file is read with a peak of Python
allocations well under its own size, which loading it whole could not do."""

from __future__ import annotations

import json
import tracemalloc
import zipfile
from pathlib import Path

from pmlint.timeline.evidence.load import load
from pmlint.timeline.evidence.model import Request


def big_export(folder: Path, megabytes: int) -> tuple[Path, int]:
    (folder / "inc-db").mkdir(parents=True)
    (folder / "channels.json").write_text(json.dumps([{"id": "C1", "name": "inc-db"}]))
    text = "database failover started, replica lag climbing on the primary cluster"
    profile = {"real_name": "Ana Lima", "display_name": "ana", "image_72": "x" * 300}
    messages, size, ts = [], 0, 1709600000.0
    while size < megabytes * 1024 * 1024:
        ts += 7
        message = {"type": "message", "user": "U1", "text": text, "ts": f"{ts:.6f}",
                   "user_profile": profile,
                   "blocks": [{"type": "rich_text", "elements": [
                       {"type": "rich_text_section",
                        "elements": [{"type": "text", "text": text * 12}]}]}]}
        size += len(json.dumps(message))
        messages.append(message)
    (folder / "inc-db" / "2024-03-05.json").write_text(json.dumps(messages))
    return folder, len(messages)


def test_a_large_day_file_is_streamed(tmp_path: Path) -> None:
    folder, count = big_export(tmp_path / "export", 6)
    size = (folder / "inc-db" / "2024-03-05.json").stat().st_size
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(folder.rglob("*.json")):
            z.write(path, path.relative_to(folder).as_posix())
    for export in (folder, archive):
        tracemalloc.start()
        try:
            evidence = load(Request((str(export),)))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert len(evidence.items) == count
        assert peak < size / 2, f"{peak:,} bytes at peak for a {size:,}-byte file"


def test_messages_far_from_the_drafts_dates_are_not_kept(tmp_path: Path) -> None:
    import datetime as dt

    folder, count = big_export(tmp_path / "export", 1)
    start = dt.datetime.fromtimestamp(1709600000, dt.UTC)
    window = (start, start + dt.timedelta(minutes=30))
    kept = load(Request((str(folder),), window=window)).items
    assert 0 < len(kept) < count
    assert all(window[0] <= i.at <= window[1] for i in kept)
