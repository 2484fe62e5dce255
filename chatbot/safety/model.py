"""A second net under the crisis patterns: a naive Bayes model of the words of crisis messages.

The patterns in safety.py catch what they name; people in crisis often write around any name
("pills counted out", "the car running in the garage", "pass on my thanks, this is goodbye").
This model, trained by tools/train_crisis_model.py on labelled crisis and ordinary messages, scores
the words and word pairs of a message; above its threshold the message gets a crisis reply too.
The weights ship as chatbot/safety/crisis_model.json and are read once per process.
"""

from __future__ import annotations

import itertools
import math
import os
from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "crisis_model.json")
CLASSES = ("suicide", "emergency", "none")


def features(words: Sequence[str]) -> set[str]:
    """The words of a message, and its pairs of neighbouring words."""
    return set(words) | {f"{first} {second}" for first, second in itertools.pairwise(words)}


class CrisisModel(NamedTuple):
    """Log-probabilities per class (in CLASSES order): a prior, one per known feature, one for an unseen one.

    The known features' log-probabilities sit in one flat array, a row of len(CLASSES) per feature,
    and `rows` says which row is whose: the model is read at every start-up,
    and an array of floats reads many times faster than as many Python floats.
    """

    priors: tuple[float, ...]
    rows: Mapping[str, int]
    weights: Sequence[float]  # row-major: weights[row * len(CLASSES) + class index]
    unseen: tuple[float, ...]
    threshold: float  # how much likelier crisis must be than ordinary, per known feature (see margin)

    @classmethod
    def from_tables(
        cls,
        priors: Mapping[str, float],
        weights: Mapping[str, Mapping[str, float]],
        unseen: Mapping[str, float],
        threshold: float,
    ) -> CrisisModel:
        """A model from per-class tables, as training makes them and the JSON file keeps them."""
        known = sorted({feature for name in CLASSES for feature in weights[name]})
        return cls(
            tuple(priors[name] for name in CLASSES),
            {feature: row for row, feature in enumerate(known)},
            array("d", (weights[name].get(feature, unseen[name]) for feature in known for name in CLASSES)),
            tuple(unseen[name] for name in CLASSES),
            threshold,
        )

    def margin(self, words: Sequence[str]) -> tuple[str, float]:
        """The likelier crisis kind, and how much likelier than ordinary it is, per known feature.

        Naive Bayes adds evidence up word by word, so a long ordinary story piles up as much as a
        short crisis message; dividing by the square root of the number of known features keeps one
        threshold meaningful for both.
        """
        found = self._found(words)
        scores = self._scores(found)
        kind = "suicide" if scores["suicide"] >= scores["emergency"] else "emergency"
        return kind, (scores[kind] - scores["none"]) / math.sqrt(max(1, len(found)))

    def classify(self, words: Sequence[str]) -> str | None:
        """ "suicide" or "emergency" when the message reads as a crisis, else None."""
        kind, margin = self.margin(words)
        return kind if margin >= self.threshold else None

    def _found(self, words: Sequence[str]) -> list[int]:
        """Where in `weights` the rows of the message's known features start."""
        width = len(CLASSES)
        return [self.rows[feature] * width for feature in features(words) if feature in self.rows]

    def _scores(self, found: Sequence[int]) -> dict[str, float]:
        """The log-probability of each class for these features (up to a shared constant)."""
        return {
            name: self.priors[index] + math.fsum(self.weights[start + index] for start in found)
            for index, name in enumerate(CLASSES)
        }

    @classmethod
    def from_json(cls, text: str) -> CrisisModel:
        import json  # here, not at the top: the ready-built Bot holds the model already read

        data = json.loads(text)
        return cls.from_tables(data["priors"], data["weights"], data["unseen"], float(data["threshold"]))

    def to_json(self) -> str:
        import json

        width = len(CLASSES)
        data = {
            "priors": dict(zip(CLASSES, self.priors, strict=True)),
            "weights": {
                name: {feature: self.weights[row * width + index] for feature, row in self.rows.items()}
                for index, name in enumerate(CLASSES)
            },
            "unseen": dict(zip(CLASSES, self.unseen, strict=True)),
            "threshold": self.threshold,
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"))


@cache
def shipped_model() -> CrisisModel:
    """The shipped model, read once per process (a cache of an immutable value)."""
    return load_model(MODEL_PATH)


def load_model(path: str | os.PathLike[str]) -> CrisisModel:
    """A model from its JSON file."""
    with open(path, encoding="utf-8") as stream:
        return CrisisModel.from_json(stream.read())
