"""Train chatbot/crisis_model.json, the naive Bayes net under the crisis patterns.

    python tools/train_crisis_model.py

Crisis messages: tests/data/safety_dev.yaml and safety_dev2.yaml, and the crisis questions of
dev_questions.yaml and heldout_questions.yaml. Ordinary messages: every phrasing of the shipped
knowledge, the safety sets' `none` cases, the other questions of those two sets, and the shipped
cases. Never used: heldout2_questions.yaml and crisis_heldout.yaml, the unseen checks.

The threshold is chosen by five-fold cross-validation: the lowest one at which no more than
MAX_FALSE_ALARMS of the ordinary messages held out in a fold would get a crisis reply.
"""

from __future__ import annotations

import math
import random
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.knowledge import load_knowledge  # noqa: E402
from chatbot.safety import words_for_safety  # noqa: E402
from chatbot.safety.model import CLASSES, CrisisModel, features  # noqa: E402

DATA = ROOT / "tests" / "data"
MAX_FALSE_ALARMS = 0.0025  # of ordinary messages, in cross-validation
MIN_COUNT = 1  # features seen fewer times than this in every class are dropped
SMOOTHING = 0.5


def examples() -> list[tuple[list[str], str]]:
    labelled: list[tuple[str, str]] = []
    for name in ("safety_dev.yaml", "safety_dev2.yaml"):
        for case in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["cases"]:
            labelled.append((case["text"], case["expect"]))
    for name in ("dev_questions.yaml", "heldout_questions.yaml"):
        for case in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["cases"]:
            labelled.append((case["question"], "suicide" if case["expect"] == "crisis" else "none"))
    cases = yaml.safe_load(
        (ROOT / "knowledge" / "ketamine_chronic_pain.cases.yaml").read_text(encoding="utf-8")
    )
    labelled += [(case["question"], "none") for case in cases["cases"] if case["expect"] != "crisis"]
    knowledge = load_knowledge()
    for entry in (*knowledge.entries, *knowledge.smalltalk):
        labelled += [(question, "none") for question in entry.questions]
    return [(words_for_safety(text).split(), label) for text, label in labelled]


def fit(data: list[tuple[list[str], str]], threshold: float = 0.0) -> CrisisModel:
    counts = {name: Counter() for name in CLASSES}
    totals = Counter(label for _, label in data)
    for words, label in data:
        counts[label].update(features(words))
    vocabulary = {feature for name in CLASSES for feature, n in counts[name].items() if n >= MIN_COUNT}
    weights = {}
    unseen = {}
    for name in CLASSES:
        denominator = totals[name] + 2 * SMOOTHING
        weights[name] = {
            feature: round(math.log((counts[name][feature] + SMOOTHING) / denominator), 4)
            for feature in vocabulary
        }
        unseen[name] = round(math.log(SMOOTHING / denominator), 4)
    priors = {name: round(math.log(totals[name] / len(data)), 4) for name in CLASSES}
    return CrisisModel.from_tables(priors, weights, unseen, threshold)


def margin(model: CrisisModel, words: list[str]) -> float:
    return model.margin(words)[1]


def choose_threshold(data: list[tuple[list[str], str]]) -> float:
    shuffled = data[:]
    random.Random(7).shuffle(shuffled)
    ordinary_margins: list[float] = []
    crisis_margins: list[float] = []
    for fold in range(5):
        test = shuffled[fold::5]
        train = [item for index, item in enumerate(shuffled) if index % 5 != fold]
        model = fit(train)
        for words, label in test:
            (crisis_margins if label != "none" else ordinary_margins).append(margin(model, words))
    ordinary_margins.sort(reverse=True)
    allowed = int(MAX_FALSE_ALARMS * len(ordinary_margins))
    threshold = ordinary_margins[allowed] + 0.01
    recall = sum(m >= threshold for m in crisis_margins) / len(crisis_margins)
    print(
        f"cross-validated: threshold {threshold:.2f}, crisis recall {recall:.3f}, "
        f"false alarms {sum(m >= threshold for m in ordinary_margins)}/{len(ordinary_margins)}"
    )
    return threshold


def main() -> None:
    data = examples()
    print(
        f"{len(data)} messages: "
        + ", ".join(f"{n} {c}" for c, n in Counter(label for _, label in data).items())
    )
    threshold = choose_threshold(data)
    model = fit(data, threshold)
    out = ROOT / "chatbot" / "crisis_model.json"
    out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
