"""A second net under the crisis patterns: a naive Bayes model of the words of crisis messages.

The patterns in safety.py catch what they name; people in crisis often write around any name
("pills counted out", "the car running in the garage", "pass on my thanks, this is goodbye").
This model, trained by tools/train_crisis_model.py on labelled crisis and ordinary messages, scores
the words and word pairs of a message; above its threshold the message gets a crisis reply too.
The weights ship as chatbot/crisis_model.json and are read once, when a Bot is made.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "crisis_model.json"
CLASSES = ("suicide", "emergency", "none")


def features(words: Sequence[str]) -> set[str]:
    """The words of a message, and its pairs of neighbouring words."""
    return set(words) | {f"{first} {second}" for first, second in itertools.pairwise(words)}


@dataclass(frozen=True)
class CrisisModel:
    """Log-probabilities per class: a prior, one per known feature, one for an unseen feature."""

    priors: Mapping[str, float]
    weights: Mapping[str, Mapping[str, float]]
    unseen: Mapping[str, float]
    threshold: float  # how much likelier crisis must be than ordinary, per known feature (see margin)

    def scores(self, words: Sequence[str]) -> dict[str, float]:
        """The log-probability of each class for these words (up to a shared constant)."""
        found = [feature for feature in features(words) if self._known(feature)]
        return {
            name: self.priors[name]
            + math.fsum(self.weights[name].get(feature, self.unseen[name]) for feature in found)
            for name in CLASSES
        }

    def margin(self, words: Sequence[str]) -> tuple[str, float]:
        """The likelier crisis kind, and how much likelier than ordinary it is, per known feature.

        Naive Bayes adds evidence up word by word, so a long ordinary story piles up as much as a
        short crisis message; dividing by the square root of the number of known features keeps one
        threshold meaningful for both.
        """
        scores = self.scores(words)
        kind = "suicide" if scores["suicide"] >= scores["emergency"] else "emergency"
        count = sum(1 for feature in features(words) if self._known(feature))
        return kind, (scores[kind] - scores["none"]) / math.sqrt(max(1, count))

    def classify(self, words: Sequence[str]) -> str | None:
        """ "suicide" or "emergency" when the message reads as a crisis, else None."""
        kind, margin = self.margin(words)
        return kind if margin >= self.threshold else None

    def _known(self, feature: str) -> bool:
        return any(feature in self.weights[name] for name in CLASSES)

    @classmethod
    def from_json(cls, text: str) -> CrisisModel:
        data = json.loads(text)
        return cls(data["priors"], data["weights"], data["unseen"], float(data["threshold"]))

    def to_json(self) -> str:
        data = {
            "priors": self.priors,
            "weights": self.weights,
            "unseen": self.unseen,
            "threshold": self.threshold,
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"))


def load_model(path: Path = MODEL_PATH) -> CrisisModel:
    """The shipped model."""
    return CrisisModel.from_json(path.read_text(encoding="utf-8"))
