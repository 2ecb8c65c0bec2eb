"""Benchmark: a 100 MB Slack export is streamed, not loaded whole (issue 15).

Run: python bench/evidence_memory.py [--mb 100] [--keep DIR]
Builds a synthetic workspace export of about --mb megabytes (messages shaped like real
exports: blocks that repeat the text, a user_profile, reactions; about 1.1 KB each), as a
folder and as a zip, then runs `pmlint check DRAFT --evidence EXPORT` in a fresh process
and reports its peak resident memory (ru_maxrss) and wall time, in three cases:

- the zip, the incident channel chosen among four (the usual case);
- the folder, the same;
- the zip where the one chosen channel holds all of it (every message kept);
- the same with bare messages of about 120 bytes (the most messages per megabyte);
- that, against a draft with no dates: no span of dates to keep messages from, so every
  message of the channel is kept (the worst case).

Target: peak memory under 300 MB in each. Exits 1 if a case is over.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 300
_WORDS = ("checkout errors database replica failover latency deploy rollback alert pager "
          "dashboard cache queue timeout restart config traffic customers region shard")
WORDS = tuple(_WORDS.split())
DRAFT = """# Database outage

## Timeline (all times UTC)
- 2024-03-05 14:02: alert fired for database errors
- 14:10: on-call acknowledged the page
- 14:40: rolled back the config deploy
- 15:05: service restored
"""
UNDATED = DRAFT.replace("2024-03-05 ", "")


def message(rng: random.Random, ts: float, user: str, lean: bool = False) -> dict[str, object]:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
    if lean:  # the fewest bytes a message can take: the most messages per megabyte
        return {"type": "message", "text": text[:60], "user": user, "ts": f"{ts:.6f}"}
    return {
        "client_msg_id": f"{rng.getrandbits(64):016x}-{rng.getrandbits(32):08x}",
        "type": "message", "text": text, "user": user, "ts": f"{ts:.6f}", "team": "T0BMHLSRH",
        "user_team": "T0BMHLSRH", "source_team": "T0BMHLSRH",
        "user_profile": {"avatar_hash": "g6e7071ea93d", "image_72": "https://secure.gravatar"
                         ".com/avatar/6e7071ea93d29d3d4aa327fe4a604fd8.jpg?s=72",
                         "first_name": "Ana", "real_name": "Ana Lima",
                         "display_name": "ana", "team": "T0BMHLSRH", "name": "ana",
                         "is_restricted": False, "is_ultra_restricted": False},
        "blocks": [{"type": "rich_text", "block_id": f"{rng.getrandbits(20):05x}",
                    "elements": [{"type": "rich_text_section",
                                  "elements": [{"type": "text", "text": text}]}]}],
        "reactions": [{"name": "eyes", "users": [user], "count": 1}],
    }


def build(folder: Path, megabytes: int, channels: list[str], chosen_share: float,
          lean: bool = False) -> None:
    """Day files of about 2 MB; the first channel gets `chosen_share` of the bytes."""
    rng = random.Random(15)
    folder.mkdir(parents=True)
    (folder / "channels.json").write_text(json.dumps(
        [{"id": f"C{n}", "name": name, "created": "1709600000"}
         for n, name in enumerate(channels)]))
    (folder / "users.json").write_text(json.dumps(
        [{"id": f"U{n}", "name": f"user{n}", "profile": {"display_name": f"user{n}"}}
         for n in range(50)]))
    target = megabytes * 1024 * 1024
    written = 0
    day = 0
    ts = 1709600000.0
    while written < target:
        channel = channels[0] if rng.random() < chosen_share else rng.choice(channels[1:]
                                                                            or channels)
        (folder / channel).mkdir(exist_ok=True)
        batch = []
        size = 0
        while size < 2 * 1024 * 1024:
            ts += rng.uniform(1, 20)
            m = message(rng, ts, f"U{rng.randrange(50)}", lean)
            size += len(json.dumps(m)) + 2
            batch.append(m)
        path = folder / channel / f"2024-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}.json"
        day += 1
        data = json.dumps(batch, indent=1)
        if path.exists():  # one file per channel-day, as Slack writes them
            path = path.with_name(path.stem + f"-{day}.json")
        path.write_text(data)
        written += len(data)


def zip_folder(folder: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())


def measure(draft: Path, export: Path, channel: str) -> tuple[float, float, int, str]:
    """(peak MB, seconds, exit code, first line of output) of one `pmlint check` process."""
    code = ("import resource, sys\n"
            f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
            "from tree import use_working_tree\nuse_working_tree()\n"
            "from pmlint.cli import main\n"
            "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
            "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "print('PEAK', peak, file=sys.stderr)\n"
            "sys.exit(code)\n")
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, "check", str(draft), "--evidence",
                          str(export), "--evidence-channel", channel, "--fail-on", "never"],
                         capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_kb = int(next(line.split()[1] for line in out.stderr.splitlines()
                       if line.startswith("PEAK")))
    first = (out.stdout.splitlines() or [out.stderr.strip()])[0]
    return peak_kb / 1024, seconds, out.returncode, first


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="build here and keep the exports")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="pmlint-evidence-bench-"))
    draft = base / "draft.md"
    base.mkdir(parents=True, exist_ok=True)
    draft.write_text(DRAFT)
    undated = base / "undated.md"
    undated.write_text(UNDATED)
    cases = []
    spread = base / "workspace"
    if not spread.exists():
        build(spread, args.mb, ["inc-db", "general", "random", "deploys"], 0.25)
        zip_folder(spread, base / "workspace.zip")
    one = base / "incident-only"
    if not one.exists():
        build(one, args.mb, ["inc-db"], 1.0)
        zip_folder(one, base / "incident-only.zip")
    lean = base / "lean"
    if not lean.exists():
        build(lean, args.mb, ["inc-db"], 1.0, lean=True)
        zip_folder(lean, base / "lean.zip")
    cases = [("zip, inc-db among four channels", base / "workspace.zip"),
             ("folder, inc-db among four channels", spread),
             ("zip, every message in inc-db", base / "incident-only.zip"),
             ("zip, inc-db only, bare 100-byte messages", base / "lean.zip"),
             ("the same, draft without dates", base / "lean.zip")]
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"exports of {args.mb} MB uncompressed in {base} (this process: {baseline:.0f} MB)")
    failed = False
    for name, export in cases:
        size = (sum(p.stat().st_size for p in export.rglob("*") if p.is_file())
                if export.is_dir() else export.stat().st_size) / 1024 / 1024
        peak, seconds, code, first = measure(undated if "without dates" in name else draft,
                                             export, "inc-db")
        verdict = "ok" if peak < LIMIT_MB and code in (0, 1) else "OVER" if code in (0, 1) \
            else f"exit {code}"
        failed |= verdict != "ok"
        print(f"{name:<38} {size:7.1f} MB on disk  peak {peak:6.1f} MB  {seconds:5.1f} s  "
              f"{verdict}  ({first[:60]})")
    if not args.keep:
        shutil.rmtree(base)
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
