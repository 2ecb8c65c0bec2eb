"""Case folding that lets a case-sensitive pattern stand in for an IGNORECASE one.

re.IGNORECASE makes a large pattern slow to compile (the date grammar took 14 ms instead
of 9) and every comparison slower. A pattern whose letters are lower-case ASCII matches
`fold(text)` exactly where it would match `text` with IGNORECASE: `fold` lower-cases A-Z
and the four characters IGNORECASE also takes for ASCII letters (İ and ı for i, ſ for s,
the Kelvin sign for k), one character for one, so every column stays that of `text`.
Other characters are left alone: none has an ASCII letter among its case variants (but
`fold_keep_m`, the date grammar's, lower-cases Cyrillic capitals too, one for one: the grammar
writes other languages' month names in lower case).

A match's spans are read on `fold(text)`; its text must be taken from `text` itself.
"""

from __future__ import annotations

import re

from pmlint.timeline.precompiled import rewrite

_SPECIAL = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}  # İ ı ſ, Kelvin sign


def _table(keep: str = "") -> bytes:
    """ASCII capitals to lower case (but those in `keep`), as a table for bytes.translate."""
    upper = bytes(c for c in range(ord("A"), ord("Z") + 1) if chr(c) not in keep)
    return bytes.maketrans(upper, upper.lower())


_FOLD = _table()
# a set; none opens with "]" or holds a "[" in these patterns (a bracket in one stops the scan
# there, which keeps the search linear: tests/test_regex_linear.py)
_CLASS = re.compile(r"\[\^?(?:\\[^\[]|[^\]\\\[])++\]")
_FOLD_KEEP_M = _table("M")


def _folded(text: str, table: bytes) -> str:
    """`text` with its ASCII capitals folded by `table` and İ ı ſ K made ASCII letters.

    The capitals are folded in the text's UTF-8 bytes, where every other character is bytes
    of 0x80 and above, which the table leaves alone: str.translate with a mapping looks each
    character up in a dict, ten times slower on a line of prose."""
    folded = text.encode("utf-8", "surrogatepass").translate(table).decode(
        "utf-8", "surrogatepass")
    if not folded.isascii():
        for special, plain in _SPECIAL.items():
            if special in folded:
                folded = folded.replace(special, plain)
    return folded


def fold(text: str) -> str:
    """`text` as IGNORECASE sees ASCII letters: one character for one."""
    global _last
    last = _last  # a line is folded by several readers in turn (most lines: their checks)
    if last[0] is text:
        return last[1]
    folded = text.lower() if text.isascii() else _folded(text, _FOLD)
    _last = (text, folded)
    return folded


_last = ("", "")


def fold_keep_m(text: str) -> str:
    """`fold`, but a capital M stays: the date grammar reads "May" and "may" apart. Cyrillic
    capitals are lower-cased too, one for one, as the grammar writes other languages' month
    names in lower case ("04 Лют 2024", "4 Лютого 2024" in a byline or a title)."""
    if text.isascii() and "M" not in text:
        return text.lower()
    folded = _folded(text, _FOLD_KEEP_M)
    if not folded.isascii() and _CYRILLIC_CAPITAL.search(folded) is not None:
        folded = folded.translate(_CYRILLIC_LOWER)
    return folded


_CYRILLIC_CAPITAL = re.compile("[\u0400-\u042f]")
# А-Я and Ё, І, Ї, Є, Ґ's block (Ѐ-Џ): each to its small letter, one character for one
_CYRILLIC_LOWER = {c: c + (0x20 if c >= 0x410 else 0x50) for c in range(0x400, 0x430)}


@rewrite  # stored for pmlint's patterns (precompiled.py): computed, 12% of a cold check
def folded_pattern(pattern: str, keep: str = "") -> str:
    """`pattern`, written for re.IGNORECASE, rewritten to match the folded text case-
    sensitively: its ASCII letters lower-cased, a letter in `keep` (capitals that folding
    leaves, "M") matched in both cases, and a `(?-i:...)` group's letters kept as written.

    Only the syntax the package's patterns use is handled; anything else raises ValueError
    rather than be rewritten wrongly. Escapes (\\d, \\W, \\B) and group names are copied.
    """
    out: list[str] = []
    scopes: list[bool] = []  # per open group: whether it is case-sensitive
    classes: dict[tuple[str, bool], str] = {}
    i, n = 0, len(pattern)

    def sensitive() -> bool:
        return any(scopes)

    def letter(ch: str) -> str:
        if sensitive():
            if ch.isupper() and ch not in keep:
                raise ValueError(f"capital {ch!r} in a case-sensitive group cannot match")
            return ch
        low = ch.lower()
        return f"[{low}{low.upper()}]" if low.upper() in keep else low

    # runs of what is copied as it stands, taken whole: most of a pattern
    plain = re.compile(r"[^\\\[()A-Z" + keep.lower() + "]+")
    while i < n:
        run = plain.match(pattern, i)
        if run is not None:
            out.append(run.group())
            i = run.end()
            continue
        ch = pattern[i]
        if ch == "\\":
            escaped = pattern[i + 1]
            if escaped in "NpPx0123456789" or (escaped.isupper() and escaped not in "DWSBAZ"):
                raise ValueError(f"unsupported escape {pattern[i:i + 2]!r}")
            out.append(pattern[i:i + 2])
            i += 2
        elif ch == "[":
            source = _CLASS.match(pattern, i)
            if source is None:
                raise ValueError(f"unsupported set at {i}")
            key = (source.group(), sensitive())
            if key not in classes:  # the same few sets recur throughout a grammar
                classes[key] = _class(source.group(), 0, keep, key[1])[1]
            out.append(classes[key])
            i = source.end()
        elif ch == "(":
            if pattern.startswith("(?-i:", i):
                out.append("(?:")
                scopes.append(True)
                i += 5
                continue
            if pattern.startswith(("(?P<", "(?P="), i):
                j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
                out.append(pattern[i:j + 1])
                if pattern[i + 3] == "<":
                    scopes.append(False)
                i = j + 1
                continue
            for opener in ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"):
                if pattern.startswith(opener, i):
                    break
            else:
                if pattern.startswith("(?", i):
                    raise ValueError(f"unsupported group {pattern[i:i + 4]!r}")
                opener = "("
            out.append(opener)
            scopes.append(False)
            i += len(opener)
        elif ch == ")":
            scopes.pop()
            out.append(ch)
            i += 1
        elif ch.isascii() and ch.isalpha():
            out.append(letter(ch))
            i += 1
        else:
            out.append(ch)
            i += 1
    if scopes:
        raise ValueError("unbalanced parentheses")
    return "".join(out)


def _class(pattern: str, start: int, keep: str, sensitive: bool) -> tuple[int, str]:
    """The character class opening at `start`, rewritten; and the index after it."""
    i = start + 1
    items: list[str] = ["[^"] if pattern.startswith("[^", start) else ["["]
    i += len(items[0]) - 1
    covered: set[str] = set()
    first = True
    while pattern[i] != "]" or first:
        first = False
        if pattern[i] == "\\":
            if pattern[i + 1].isalpha() and pattern[i + 1] not in "dDwWsStn":
                raise ValueError(f"unsupported escape in a class {pattern[i:i + 2]!r}")
            items.append(pattern[i:i + 2])
            i += 2
            continue
        if pattern[i] == "[":
            raise ValueError("nested set syntax")
        low, high = pattern[i], pattern[i]
        if pattern[i + 1] == "-" and pattern[i + 2] != "]":
            high = pattern[i + 2]
            i += 3
        else:
            i += 1
        low_letter = low.isascii() and low.isalpha()
        high_letter = high.isascii() and high.isalpha()
        if sensitive or (not low_letter and not high_letter):
            letters = {chr(c) for c in range(ord(low), ord(high) + 1)
                       if chr(c).isascii() and chr(c).isalpha()}
            if not sensitive and letters and len(letters) != 52:
                raise ValueError(f"a range holding letters of one case: {low}-{high}")
            items.append(low if low == high else f"{low}-{high}")
            continue
        if not (low_letter and high_letter and low.isupper() == high.isupper()):
            raise ValueError(f"a range mixing letters and other characters: {low}-{high}")
        low, high = low.lower(), high.lower()
        items.append(low if low == high else f"{low}-{high}")
        covered.update(chr(c) for c in range(ord(low), ord(high) + 1))
    kept = "".join(sorted(c.upper() for c in covered if c.upper() in keep))
    if kept and len(items) > 1 and items[1] == "-":
        items[1] = "\\-"  # "[-a]" becomes "[M\-a]", not the range "M-a"
    return i + 1, items[0] + kept + "".join(items[1:]) + "]"  # first: never a range's end
