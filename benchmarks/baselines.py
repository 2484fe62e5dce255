"""The matchers we compare ours with, each a "best phrasing wins" search with a score threshold.

None of them detects a crisis or tells small talk from a question by itself: a best phrasing
that belongs to a small-talk entry counts as small talk, any other best phrasing above the
threshold is an answer, and anything below it is a fallback. Each gets the threshold that
suits it best on the tuning questions (`choose_threshold` over dev + heldout, the same questions
benchmarks/tune.py tunes our matcher on), never on heldout2, the unseen set.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from questions import Outcome, Question, Score, score
from rapidfuzz import fuzz, process, utils

import chatbot

# As benchmarks/tune.py's MAX_CONFIDENT_WRONG: our own settings must keep confident wrong answers at
# or below 1.5% of the tuning questions (a margin under the product's 2% bar); baselines get the same.
MAX_CONFIDENT_WRONG = 0.015
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Best:
    """The best phrasing's entry for a question, and its score on the baseline's own scale."""

    entry_id: str
    score: float


@dataclass(frozen=True)
class Phrasings:
    """Every phrasing of a knowledge file (entries and small talk), with the entry it belongs to."""

    texts: tuple[str, ...]
    entry_ids: tuple[str, ...]
    smalltalk_ids: frozenset[str]

    @classmethod
    def of(cls, knowledge: chatbot.Knowledge) -> Phrasings:
        pairs = [
            (text, entry.id)
            for entry in (*knowledge.entries, *knowledge.smalltalk)
            for text in entry.questions
        ]
        return cls(
            tuple(text for text, _ in pairs),
            tuple(entry_id for _, entry_id in pairs),
            frozenset(entry.id for entry in knowledge.smalltalk),
        )

    def outcome(self, best: Best, threshold: float) -> Outcome:
        if best.score < threshold:
            return Outcome("fallback", None)
        return Outcome("smalltalk" if best.entry_id in self.smalltalk_ids else "answer", best.entry_id)


class Difflib:
    """ChatterBot's comparison (chatterbot/comparisons, LevenshteinDistance without python-Levenshtein):
    difflib.SequenceMatcher ratio of the lower-cased texts, against every phrasing."""

    name = "difflib SequenceMatcher (ChatterBot's way)"

    def __init__(self, phrasings: Phrasings) -> None:
        self.phrasings = phrasings
        self.lowered = tuple(text.lower() for text in phrasings.texts)

    def best(self, query: str) -> Best:
        query = query.lower()
        scores = [difflib.SequenceMatcher(None, query, text).ratio() for text in self.lowered]
        index = max(range(len(scores)), key=scores.__getitem__)
        return Best(self.phrasings.entry_ids[index], scores[index])


class WRatio:
    """rapidfuzz `process.extractOne(query, phrasings, scorer=fuzz.WRatio)`, as it comes."""

    name = "rapidfuzz WRatio extractOne (bare)"

    def __init__(self, phrasings: Phrasings) -> None:
        self.phrasings = phrasings
        self.texts = list(phrasings.texts)

    def best(self, query: str) -> Best:
        _, value, index = process.extractOne(query, self.texts, scorer=fuzz.WRatio)
        return Best(self.phrasings.entry_ids[index], value)


class WRatioProcessed:
    """WRatio with rapidfuzz's default_process (lower case, no punctuation); phrasings processed once."""

    name = "rapidfuzz WRatio extractOne + default_process"

    def __init__(self, phrasings: Phrasings) -> None:
        self.phrasings = phrasings
        self.texts = [utils.default_process(text) for text in phrasings.texts]

    def best(self, query: str) -> Best:
        _, value, index = process.extractOne(utils.default_process(query), self.texts, scorer=fuzz.WRatio)
        return Best(self.phrasings.entry_ids[index], value)


class BM25:
    """rank_bm25.BM25Okapi over the phrasings as lower-case words; the best-scoring phrasing's entry."""

    name = "BM25 (rank_bm25 BM25Okapi)"

    def __init__(self, phrasings: Phrasings) -> None:
        from rank_bm25 import BM25Okapi  # a benchmark-only dependency (the `bench` extra)

        self.phrasings = phrasings
        self.index = BM25Okapi([tokenize(text) for text in phrasings.texts])

    def best(self, query: str) -> Best:
        scores = self.index.get_scores(tokenize(query))
        index = int(scores.argmax())
        return Best(self.phrasings.entry_ids[index], float(scores[index]))


def tokenize(text: str) -> list[str]:
    return _WORD.findall(text.lower())


Baseline = Difflib | WRatio | WRatioProcessed | BM25
BASELINES: tuple[Callable[[Phrasings], Baseline], ...] = (Difflib, WRatio, WRatioProcessed, BM25)


@dataclass(frozen=True)
class Choice:
    """A threshold chosen on the tuning questions, the rule that chose it, and the score it gave there."""

    threshold: float
    rule: str
    tuning: Score

    @property
    def dev(self) -> Score:
        """The former name of `tuning` (from when only dev was tuned on), still read by the smoke test."""
        return self.tuning


def right(result: Score) -> int:
    """Questions handled as they should be: right answers, held out-of-scope, caught crises, small talk."""
    return result.in_scope_right + result.out_of_scope_held + result.crisis_caught + result.smalltalk_right


def choose_threshold(
    phrasings: Phrasings, questions: Sequence[Question], bests: Sequence[Best], rule: str
) -> Choice:
    """The threshold that suits a baseline best on `questions` (the tuning set), by one of two rules.

    "bar": the most right in-scope answers while confident wrong answers stay at or below
    MAX_CONFIDENT_WRONG of all questions (how benchmarks/tune.py chooses our own settings).
    "most-right": the most questions handled right in all.
    """
    by_text = {question.text: best for question, best in zip(questions, bests, strict=True)}
    candidates = sorted({best.score for best in bests} | {math.inf})
    chosen: tuple[tuple[float, ...], float, Score] | None = None
    for threshold in candidates:
        result = score(questions, lambda text, t=threshold: phrasings.outcome(by_text[text], t))
        if rule == "bar":
            if result.confident_wrong_rate > MAX_CONFIDENT_WRONG:
                continue
            key = (result.in_scope_right, -result.confident_wrong, threshold)
        else:
            key = (right(result), -result.confident_wrong, threshold)
        if chosen is None or key > chosen[0]:
            chosen = (key, threshold, result)
    assert chosen is not None  # the infinite threshold (never answer) always qualifies
    return Choice(chosen[1], rule, chosen[2])
