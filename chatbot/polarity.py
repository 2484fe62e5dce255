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
# An entry with at least this share of its phrasings asked the question's way round asks it both ways: that
# its best wording for a question asks the other way is that wording's polarity, not the entry's ("is ketamine
# used when cancer pain isn't controlled by opioids?", asked positively, against cancer-pain's "opioids aren't
# controlling my cancer pain, could ketamine help"). Of 0.1, 0.15, 0.2 and 0.3, 0.15 and 0.2 answered the most
# tuning questions right (one more each of the real tuning half out of fold, dev3 and heldout), none more
# wrongly; good-candidate, with one phrasing in 34 asked negatively, still never answers "who would not be a
# good candidate".
BOTH_WAYS_SHARE = 0.2


# Words that open a clause the question's own ask does not hang on: "can ketamine help cancer pain WHEN
# morphine isn't enough", "can I have it IF my blood pressure isn't under control". Opening the message
# ("when is it not advised") or after "what" ("what if it doesn't work") they ask the question itself.
SUBORDINATORS = frozenset(
    {"when", "if", "because", "since", "though", "although", "unless", "even", "once", "whenever", "while"}
)
SUBORDINATE_REACH = 6  # tokens back from a negator within which such a word puts it in its clause
# "not" before these narrows rather than negates: "will it help my mood too, not just the pain"
NARROWING = frozenset({"just", "only", "necessarily", "sure"})
# A negation that describes the pain or the thing asked about rather than asking the other way round: in a
# clause after one of these nouns ("pain that never goes away", "a version that doesn't make you dissociate"),
# about pain that does not go away, or about nobody else ("no one knows why", "nobody else I know has it").
# Not after people or conditions: "people that shouldn't have it" asks who should not.
# (whole words, raw or canonical: "types" is "typ" once normalised; "former" and "typical" are none of them)
DESCRIBED = frozenset(
    "pain pains ache aches kind kinds type types typ sort sorts version versions form forms".split()
)
RELATIVES = frozenset({"that", "which"})
PERMISSION = frozenset({"should", "can", "could", "may", "must", "might", "ought", "shall"})
RELATIVE_REACH = 3  # tokens from "that" to the negator: "pain that has not", "kind that never"


def is_negative(tokens: Sequence[str]) -> bool:
    """Whether normalised tokens ask the negative way round.

    A negator counts unless it only narrows ("not just"), closes a yes-or-no question ("or not"), or sits
    in a clause opened by "when", "if", "because" and the like that does not begin the question.
    """
    for position, token in enumerate(tokens):
        if token.startswith(NEGATIVE_STEMS):
            return True
        if token in NEGATORS and not _negation_aside(tokens, position):
            return True
    return any(pair in NEGATIVE_PAIRS for pair in itertools.pairwise(tokens))


def _negation_aside(tokens: Sequence[str], position: int) -> bool:
    """Whether the negator at `position` leaves the question's own polarity alone."""
    following = tokens[position + 1] if position + 1 < len(tokens) else ""
    if following in NARROWING or (position > 0 and tokens[position - 1] == "or"):
        return True
    if _describes(tokens, position):
        return True
    for back in range(position - 1, max(0, position - SUBORDINATE_REACH) - 1, -1):
        if tokens[back] in SUBORDINATORS and back > 0 and tokens[back - 1] != "what":
            return True
    return False


def _describes(tokens: Sequence[str], position: int) -> bool:
    """Whether the negator at `position` describes rather than asks: "pain that never goes away", "a version
    of ketamine that doesn't make you dissociate", "no one knows why", "nobody else has it"."""
    negator = tokens[position]
    after = tuple(tokens[position + 1 : position + 3])
    if after[-1:] == ("away",) and after[0].startswith(("go", "went")):
        return True  # "pain that never goes away", "it hasn't gone away" (not "not right away")
    if negator == "no" and after[:1] == ("one",):
        negator, after = "noone", tuple(tokens[position + 2 : position + 4])
    if negator in {"nobody", "noone"} and after and (after[0] == "else" or after[0].startswith("know")):
        return True
    if position > 0 and tokens[position - 1] in PERMISSION:
        return False  # "pain that should not be treated with it", "people with pain that can't have it"
    for back in range(position - 1, max(0, position - RELATIVE_REACH) - 1, -1):
        if tokens[back] in RELATIVES and _described_noun(tokens[:back]):
            return True
    return False


def _described_noun(before: Sequence[str]) -> bool:
    """Whether the words before a "that" end with a noun of DESCRIBED: "the kind", "a version of ketamine"."""
    if before and before[-1] in DESCRIBED:
        return True
    return len(before) >= 3 and before[-2] == "of" and before[-3] in DESCRIBED


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


def asks_both_ways(negative_share: float, negative: bool) -> bool:
    """Whether an entry, `negative_share` of whose phrasings ask the negative way round, asks a question of
    that polarity (`negative`) often enough to count as asking it both ways."""
    return (negative_share if negative else 1.0 - negative_share) >= BOTH_WAYS_SHARE
