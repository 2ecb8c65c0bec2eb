"""The words a draft entry and a chat message share, for telling which message reports which
entry. Deliberately plain: lower-cased words, a light suffix strip, no stop words, no
times or zone names. A message that asks or plans ("should we roll back?") reports
nothing yet, so it is never taken as evidence of the deed.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[a-z][a-z0-9']*")
MARKUP = re.compile(r"<[^<>\n]{0,300}>")  # Slack's <@U123>, <#C1|name>, <https://x|label>
INTENT = re.compile(r"\?(?=\s|$)|\b(?:should|shall|let's|lets|going to|gonna|will|plan to"
                    r"|planning to|about to|can we|could we|maybe|might|proposal|propose)\b")
_STOP_WORDS = """
the and for was were are with that this from have has had our we they them their its into
onto after before then than when what which who will would could should been being not but
all any some also there here about more less very just now still again other issue issues
team teams incident incidents able can did does done doing get got make made take took out
off per via one two three first second next last time times minute minutes hour hours day
days today tonight morning evening night yes okay thanks thank please see seems seem like
utc gmt est edt cst cdt mst mdt pst pdt bst ist cet cest jan feb mar apr may jun jul aug sep
sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
"""
STOP = frozenset(_STOP_WORDS.split())
SUFFIXES = ("ations", "ation", "ating", "ated", "ing", "ed", "es", "s")


def stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def significant(text: str) -> frozenset[str]:
    """The words that can tell one event from another."""
    found = frozenset(_normal(w) for w in WORD.findall(_plain(text)))
    return found - {""}


@lru_cache(maxsize=65536)
def _normal(word: str) -> str:
    """A word's stem, or "" for a stop word or one too short (memoised: a channel repeats
    its words, so a 100 MB export costs a few thousand stems)."""
    word = word.strip("'")
    if len(word) < 3 or word in STOP:
        return ""
    return stem(word)


def is_intent(text: str) -> bool:
    """A question or a plan, not a report of something done."""
    return bool(INTENT.search(_plain(text)))


def _plain(text: str) -> str:
    """Lower-cased, without Slack markup, links or e-mail addresses (split on whitespace,
    not matched by a pattern, so a long run of characters costs linear time)."""
    return " ".join(token for token in MARKUP.sub(" ", text.lower()).split()
                    if "@" not in token and "://" not in token and not token.startswith("www."))
