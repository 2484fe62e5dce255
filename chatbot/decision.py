"""Decide from ranked candidates whether to answer, ask "did you mean…", or fall back.

The thresholds (and the matcher's weights) were chosen by `python benchmarks/tune.py`, which
sweeps them over the tuning questions (tests/data/dev_questions.yaml and heldout_questions.yaml)
and keeps the setting with the most right answers while confident wrong answers stay at or below
1.5% (the bar is 2%). tests/data/heldout2_questions.yaml is the unseen check and is never tuned on.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from chatbot.matching import Candidate


class Thresholds(NamedTuple):
    """Score limits (0..1) for each outcome."""

    answer: float = 0.524  # best score, plus margin_weight times its lead, from which an answer is given
    margin: float = 0.057  # the best must lead the second best by this much, or it is a close call
    margin_weight: float = 3.0  # how much a clear lead over the second best makes up for a lower score
    clarify: float = 0.381  # below this, nothing is close enough even to offer
    floor: float = 0.286  # no answer below this score, however clear its lead
    clarify_band: float = 0.095  # choices offered are those within this of the best
    max_choices: int = 3
    topic_override: float = 0.857  # a match this strong beats an "unanswerable topic" keyword


class Outcome(Enum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    FALLBACK = "fallback"


class Decision(NamedTuple):
    outcome: Outcome
    chosen: tuple[Candidate, ...]  # the answer's entry, or the clarify choices


def decide(candidates: Sequence[Candidate], thresholds: Thresholds) -> Decision:
    """Answer when the best is strong and clearly ahead; clarify on a close call; else fall back."""
    if not candidates:
        return Decision(Outcome.FALLBACK, ())
    best = candidates[0]
    second = candidates[1].score if len(candidates) > 1 else 0.0
    lead = best.score - second
    if (
        best.score >= thresholds.floor
        and lead >= thresholds.margin
        and best.score + thresholds.margin_weight * lead >= thresholds.answer
    ):
        return Decision(Outcome.ANSWER, (best,))
    if best.score < thresholds.clarify:
        return Decision(Outcome.FALLBACK, ())
    close = [
        c for c in candidates if c.score >= max(thresholds.clarify, best.score - thresholds.clarify_band)
    ]
    return Decision(Outcome.CLARIFY, tuple(close[: thresholds.max_choices]))
