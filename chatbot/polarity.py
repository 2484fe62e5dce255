"""Whether a question asks the negative way round: "who should NOT have it", "contraindications".

"Who can have ketamine" and "who can't have ketamine" share every content word but "not", so a
matcher that weighs words finds them close. A candidate entry whose best-matching phrasing asks the
other way round from the question scores lower, when another candidate asks the question's way.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from chatbot.matching import Candidate

# Tokens (after normalisation: contractions expanded, words stemmed) that turn a question round.
NEGATORS = frozenset({"not", "no", "never", "nobody", "noone", "neither", "without"})
# Stems of words that ask about exclusion in themselves.
NEGATIVE_STEMS = ("contraindicat", "unsuitabl", "inappropriat", "inadvis", "exclud", "disqualif", "ineligibl")
NEGATIVE_PAIRS = frozenset(
    {("bad", "idea"), ("keep", "me"), ("stop", "me"), ("rule", "out"), ("contra", "indication")}
)
PENALTY = 0.8  # an entry's score is multiplied by this when the question is the other way round


def is_negative(tokens: Sequence[str]) -> bool:
    """Whether normalised tokens ask the negative way round."""
    if any(token in NEGATORS or token.startswith(NEGATIVE_STEMS) for token in tokens):
        return True
    return any(pair in NEGATIVE_PAIRS for pair in itertools.pairwise(tokens))


def adjusted(
    candidates: Sequence[Candidate], negative: bool, is_negative_phrasing: Callable[[str], bool]
) -> tuple[list[Candidate], bool]:
    """Candidates rescored for a question's polarity, best first, and whether the best of them still
    asks the other way round.

    A candidate whose phrasing asks the other way round loses PENALTY of its score, but only
    when a candidate that asks the question's way is there to take its place.
    """
    if all(is_negative_phrasing(c.phrasing) is not negative for c in candidates):
        return list(candidates), bool(candidates)
    rescored = [
        c if is_negative_phrasing(c.phrasing) is negative else c._replace(score=round(c.score * PENALTY, 4))
        for c in candidates
    ]
    rescored.sort(key=lambda c: c.score, reverse=True)
    return rescored, is_negative_phrasing(rescored[0].phrasing) is not negative
