"""`--changed-only REF`: the files a pull request touches, as git sees them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pmlint.timeline.source import real


class GitError(Exception):
    pass


def changed_files(ref: str, cwd: str = ".") -> set[Path]:
    """Files changed since REF (committed, staged or not) plus untracked ones, resolved.

    REF reaches git as a revision, never as an option: one that begins with "-" is refused,
    and it is passed after --end-of-options.
    """
    if not ref or ref.startswith("-"):
        raise GitError(f"{ref!r} is not a git revision (a revision does not begin with '-')")
    def git(*args: str) -> list[str]:
        try:
            out = subprocess.run(["git", "-c", "core.fsmonitor=false", *args], cwd=cwd,
                                 capture_output=True, text=True, check=True, timeout=60)
        except FileNotFoundError:
            raise GitError("git is not installed") from None
        except subprocess.CalledProcessError as error:
            raise GitError(error.stderr.strip().splitlines()[-1] if error.stderr.strip()
                           else f"git {' '.join(args)} failed") from None
        except subprocess.TimeoutExpired:
            raise GitError("git did not answer within 60 s") from None
        return [line for line in out.stdout.splitlines() if line]

    top = Path(git("rev-parse", "--show-toplevel")[0])
    names = git("diff", "--name-only", "--diff-filter=ACMR", "--end-of-options", ref, "--")
    names += git("ls-files", "--others", "--exclude-standard", "--full-name")
    return {real(str(top / name)) for name in names}
