"""The control characters of a document's first characters are counted as bytes in an ASCII
text: the count is the pattern's own, whatever the text holds."""

from __future__ import annotations

import random

from pmlint.timeline.source import BINARY_CONTROL, _controls


def test_the_byte_count_is_the_pattern_count() -> None:
    rng = random.Random(2)
    alphabet = [chr(c) for c in range(0x00, 0x80)] + ["\x85", "\x9f", "\u00e9", "\u2014"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        ascii_text = "".join(c for c in text if c.isascii())
        for sample in (text, ascii_text):
            assert _controls(sample) == len(BINARY_CONTROL.findall(sample)), repr(sample)
