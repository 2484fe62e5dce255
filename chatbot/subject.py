"""What an entry is about, in its own words: what "they" or "it" stands for in the next message.

After "What are the side effects of ketamine therapy?", "are they permanent?" asks about side
effects. The subject of an entry is taken from its canonical question: its content words, less the
words nearly every entry uses ("ketamine", "pain", "what"), which name nothing in particular. The
rarest of them ("side", "effects") say which entries share the subject.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from chatbot.normalize import STOPWORDS

# A word used by more than this share of the entries names no subject ("ketamine", "pain"): in the
# shipped knowledge those are in 42 or more of its 58 entries, and the next most common, "infusion"
# (31), still says what "it" is in "what happens after it?".
COMMON_SHARE = 0.6
# Question words ask; they name nothing.
QUESTION_WORDS = frozenset("what how why when who where which whose whom".split())
# A word used by at most this share of the entries (their phrasings or answers) names one subject
# ("side", "crps", "lozenges"): in the shipped knowledge those are in 3 to 12 of its 58 entries, and the
# words that name none in 17 or more ("effects", "help", "therapy", "infusions").
NAMING_SHARE = 0.25


class Subject(NamedTuple):
    """An entry's subject, to read a follow-up that leans on it."""

    words: str  # words of the entry's canonical question that name it: they stand in for "they"
    tokens: frozenset[
        str
    ]  # the rare ones, as the matcher's tokens (maybe none): a message holding one names it
    entry_ids: frozenset[str]  # the entry, and the entries whose phrasings use all of `tokens`


def subject_of(
    entry_id: str,
    question: Sequence[str],
    canonical: Callable[[Sequence[str]], tuple[str, ...]],
    idf: Mapping[str, float],
    entry_count: int,
    entries_using: Callable[[frozenset[str]], frozenset[str]],
) -> Subject:
    """The subject of an entry from the raw words of its canonical `question`.

    `canonical` maps raw words to the matcher's tokens, `idf` is the matcher's rarity of each token
    over `entry_count` entries, and `entries_using(tokens)` gives the entries whose phrasings use all
    of `tokens`.
    """
    common = _idf_at_share(COMMON_SHARE, entry_count)
    naming = _idf_at_share(NAMING_SHARE, entry_count)
    kept: list[str] = []
    rarity: dict[str, float] = {}
    for word in question:
        for token in canonical([word]):
            weight = idf.get(token)
            if token in STOPWORDS or token in QUESTION_WORDS or weight is None or weight < common:
                continue
            kept.append(word)
            rarity[token] = weight
            break
    tokens = frozenset(token for token, weight in rarity.items() if weight >= naming)
    entry_ids = (entries_using(tokens) if tokens else frozenset()) | {entry_id}
    return Subject(" ".join(dict.fromkeys(kept)), tokens, entry_ids)


def _idf_at_share(share: float, entry_count: int) -> float:
    """The matcher's rarity (idf) of a word used by `share` of `entry_count` entries."""
    return math.log((entry_count + 1) / (share * entry_count + 0.5))
