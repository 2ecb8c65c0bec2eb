"""Reading postmortems and reconstructing their timelines."""

from pmlint.timeline.precompiled import prime

# Before any module compiles its patterns: pmlint's, compiled ahead of time (precompiled.py).
prime()
