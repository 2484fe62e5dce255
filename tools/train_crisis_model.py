"""Choose the crisis model's threshold (chatbot/safety/training.py: THRESHOLD) on training data only.

    python tools/train_crisis_model.py

The model itself is trained when the package first needs it (chatbot/safety/training.py), from the
training messages only: safety_train.yaml, safety_dev*.yaml, dev*_questions.yaml and the shipped
knowledge's phrasings. No measuring set is read here either (safety_test.yaml, crisis_heldout.yaml,
heldout*_questions.yaml). The threshold is chosen by five-fold cross-validation: the lowest one at
which no more than MAX_FALSE_ALARMS of the ordinary messages held out in a fold would get a crisis
reply from the model. Copy the printed value into THRESHOLD.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chatbot.safety.model import train
from chatbot.safety.training import training_examples

MAX_FALSE_ALARMS = 0.0025  # of ordinary messages, in cross-validation: about 1 in 400
FOLDS = 5


def choose_threshold(data: list[tuple[list[str], str]]) -> float:
    shuffled = data[:]
    random.Random(7).shuffle(shuffled)
    ordinary: list[float] = []
    crisis: list[float] = []
    for fold in range(FOLDS):
        held = shuffled[fold::FOLDS]
        model = train((item for index, item in enumerate(shuffled) if index % FOLDS != fold), 0.0)
        for words, label in held:
            (crisis if label != "none" else ordinary).append(model.margin(words)[1])
    ordinary.sort(reverse=True)
    threshold = ordinary[int(MAX_FALSE_ALARMS * len(ordinary))] + 0.01
    caught = sum(margin >= threshold for margin in crisis)
    alarms = sum(margin >= threshold for margin in ordinary)
    print(f"cross-validated: threshold {threshold:.2f}, crisis caught by it alone {caught}/{len(crisis)}")
    print(f"ordinary messages it would alarm: {alarms}/{len(ordinary)}")
    return threshold


def main() -> None:
    data = training_examples()
    print(f"{len(data)} messages: " + ", ".join(f"{n} {c}" for c, n in Counter(c for _, c in data).items()))
    print(f"THRESHOLD = {choose_threshold(data):.2f}")


if __name__ == "__main__":
    main()
