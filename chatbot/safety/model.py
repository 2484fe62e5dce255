"""A second net under the crisis patterns: a naive Bayes model of the words of crisis messages.

The patterns (patterns.py) catch what they name; people in crisis often write around any name
("pills counted out", "the car running in the garage", "pass on my thanks, this is goodbye").
This model scores the words, word pairs and word stems of a message; above its threshold the message
gets a crisis reply too. Naive Bayes is counting, so it is trained when first needed, once per process,
from labelled messages shipped with the package (training.py): no generated file is committed.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

CLASSES = ("suicide", "despair", "emergency", "none")
CRISIS_CLASSES = CLASSES[:-1]
# How many messages' worth the overall rate of a feature weighs in each class's rate: of 2, 5, 10 and
# 30, 10 caught the most crisis messages in cross-validation at the same false alarms; of 5, 10 and 20, again
# 10 with one writer held out at a time and the word stems (tools/train_crisis_model.py).
PRIOR_WEIGHT = 10
# The fewest distinct words the model judges a message on: one word is too little evidence to divide by
# (its margin is its own weight, so "1" read as an emergency), and the patterns name the one-word crises.
MIN_WORDS = 2


# Features counted beyond a message's own when its margin is scaled: a short line ("just parked", "the door
# is locked", "all sorted") is little evidence, yet it read as much like a crisis as a long message. Of 0, 4,
# 6, 8 and 10, with every writer held out in turn, 4 caught as many people in danger (98.7%, 16 explicit
# missed, against 98.6% and 16 with none) and gave 15 crisis replies to writer R's 500 everyday messages
# instead of 24 (the model trained without them); 10 gave 11 and missed one more explicit message.
EVIDENCE_PRIOR = 4
# A feature seen in a few messages of one class and none of the others is little evidence; with the prior
# alone (PRIOR_WEIGHT, spread by the feature's own rate) one crisis message holding "6th" or "just needed"
# made that word 8 nats of suicide, and "just had my 6th infusion" a crisis. Each class is also given this
# many messages' worth of every feature, at its share of all messages: a feature of one message is then
# worth about 2 nats. Of 0, 0.5, 1, 1.5, 2 and 4, with one writer held out at a time
# (tools/train_crisis_model.py), 1 caught the most people in danger within the false-alarm bars: 98.9%, 16
# of the explicit kinds missed, against 98.5% and 24 with none. (With it, PRIOR_WEIGHT 5 and 20 and
# EVIDENCE_PRIOR 2 and 6 caught no more than 10 and 4, nor SENTENCE_MARGIN 0.5 and 1.5 than 1, in check.py.)
RARE_FLOOR = 1.0
# How many letters of a longer word make its stem ("~hopel" for hopeless, hopelessly, hopelessness): of
# 4, 5 and 6, 5 caught the most crisis messages of a writer held out at the same false alarms.
STEM_LENGTH = 5


def features(words: Sequence[str]) -> set[str]:
    """The words of a message, its pairs of neighbouring words, and the stems of its longer words.

    Stems let a wording one writer uses ("hoping", "pretending") count as the evidence of the wording
    another used ("hope", "pretend") without a list of word forms.
    """
    pairs = {f"{first} {second}" for first, second in itertools.pairwise(words)}
    stems = {f"~{word[:STEM_LENGTH]}" for word in words if len(word) > STEM_LENGTH}
    return set(words) | pairs | stems


class Evidence(NamedTuple):
    """What the words of one or more messages say: per class (in CLASSES order) the summed log-probabilities
    of their known features, without the prior, and how many features they have."""

    scores: tuple[float, ...]
    features: int

    def joined(self, other: Evidence) -> Evidence:
        """The evidence of two messages read as one (a feature both hold counts twice)."""
        return Evidence(
            tuple(a + b for a, b in zip(self.scores, other.scores, strict=True)),
            self.features + other.features,
        )


class CrisisModel(NamedTuple):
    """Log-probabilities per class (in CLASSES order): a prior, one per known feature, one for an unseen one.

    The known features' log-probabilities sit in one flat array, a row of len(CLASSES) per feature,
    and `rows` says which row is whose: an array of floats pickles (into the prebuilt Bot) and loads
    many times faster than as many Python floats.
    """

    priors: tuple[float, ...]
    rows: Mapping[str, int]
    weights: Sequence[float]  # row-major: weights[row * len(CLASSES) + class index]
    unseen: tuple[float, ...]
    threshold: float  # how much likelier crisis must be than ordinary, per known feature (see margin)

    def evidence(self, words: Sequence[str]) -> Evidence:
        """What the words of a message say for each class: the evidence `margin` weighs."""
        width = len(CLASSES)
        counted = features(words)
        found = [self.rows[feature] * width for feature in counted if feature in self.rows]
        scores = tuple(math.fsum(self.weights[start + index] for start in found) for index in range(width))
        return Evidence(scores, len(counted))

    def judge(self, evidence: Evidence) -> tuple[str, float]:
        """The likelier crisis kind for this evidence, and how much likelier than ordinary (see margin)."""
        scores = {
            name: prior + score
            for name, prior, score in zip(CLASSES, self.priors, evidence.scores, strict=True)
        }
        kind = max(CRISIS_CLASSES, key=scores.__getitem__)
        return kind, (scores[kind] - scores["none"]) / math.sqrt(evidence.features + EVIDENCE_PRIOR)

    def margin(self, words: Sequence[str]) -> tuple[str, float]:
        """The likelier crisis kind, and how much likelier than ordinary it is, scaled by the message's size.

        Naive Bayes adds evidence up word by word, so a long ordinary story piles up as much as a
        short crisis message; dividing by the square root of the number of features keeps one
        threshold meaningful for both. All the message's features count, known or not: a message
        mostly of words the model never saw ("Kitchen Table Kibitzing: Ketamine, Anyone?") is judged
        on its few known ones, and they should not speak for the whole of it. (Counting only the known
        ones, three such ordinary questions held the threshold where 97.6% of the held-out writers'
        people in danger were caught; counting all, 99.0%.) EVIDENCE_PRIOR more features are counted
        than the message has, so that a line of two or three words is judged less surely.
        """
        return self.judge(self.evidence(words))

    def classify(self, words: Sequence[str]) -> str | None:
        """ "suicide", "despair" or "emergency" when the message reads as a crisis, else None.

        A message of a single word ("1", a menu choice; "thanks") is left to the patterns.
        """
        if len(set(words)) < MIN_WORDS:
            return None
        kind, margin = self.margin(words)
        return kind if margin >= self.threshold else None


def train(examples: Iterable[tuple[Sequence[str], str]], threshold: float) -> CrisisModel:
    """A model counted from labelled messages (their words, and a class of CLASSES each).

    Each class's rate of a feature is smoothed towards the feature's rate over all messages (a prior
    worth PRIOR_WEIGHT messages), so that a word a small class has never seen is no evidence for or
    against it: add-a-constant smoothing would make every rare ordinary word a vote for the smallest class.
    """
    counts: dict[str, Counter[str]] = {name: Counter() for name in CLASSES}
    overall: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for words, label in examples:
        found = features(words)
        counts[label].update(found)
        overall.update(found)
        totals[label] += 1
    everyone = max(1, sum(totals.values()))
    denominators = [totals[name] + PRIOR_WEIGHT for name in CLASSES]
    rows = {feature: row for row, feature in enumerate(overall)}
    log = math.log
    share = PRIOR_WEIGHT / (everyone + 1)
    floors = [RARE_FLOOR * totals[name] / everyone for name in CLASSES]
    by_class = [
        (counts[name], denominator, floor)
        for name, denominator, floor in zip(CLASSES, denominators, floors, strict=True)
    ]
    # One list per class, then interleaved row by row: a flat loop per class is a third the time of one
    # generator over features and classes, and each weight is the same expression.
    per_class = [
        [log((get(feature, 0) + share * (n + 0.5) + floor) / denominator) for feature, n in overall.items()]
        for get, denominator, floor in (
            (counted.get, denominator, floor) for counted, denominator, floor in by_class
        )
    ]
    weights = array("d", itertools.chain.from_iterable(zip(*per_class, strict=True)))
    unseen = tuple(
        log((PRIOR_WEIGHT * 0.5 / (everyone + 1) + floor) / denominator)
        for denominator, floor in zip(denominators, floors, strict=True)
    )
    priors = tuple(log(max(totals[name], 1) / everyone) for name in CLASSES)
    return CrisisModel(priors, rows, weights, unseen, threshold)
