"""Choose the crisis model's threshold (chatbot/safety/training.py: THRESHOLD) by leaving one writer out.

    python tools/train_crisis_model.py            # the threshold, and the figures per writer held out
    python tools/train_crisis_model.py --misses   # and the held-out messages the whole check gets wrong

The model itself is trained when the package first needs it (chatbot/safety/training.py), from the training
messages only: the safety sets of writers A, C to L, O, S, T, V and Y and the dev sets, the ordinary tuning
questions (dev*_questions.yaml, the real tuning half), everyday messages (ordinary_chat*.yaml) and the shipped
knowledge's phrasings. No measuring set is read here (safety_test*.yaml, ordinary_chat_test_*.yaml,
crisis_heldout.yaml, heldout*_questions.yaml). Each writer's set is held out in turn, and so are the question
sets and each writer's everyday messages: the model is trained on the others, and the whole check (patterns,
then that model, on the whole message: the stricter reading of single sentences, chatbot/safety/check.py's
SENTENCE_MARGIN, is not simulated here) is scored on the set held out, so that the threshold is chosen for a
style of writing the model has never seen. The threshold is the lowest at which the model adds no more than
MAX_ADDED_FALSE_ALARMS of the safety sets' held-out look-alikes and MAX_QUESTION_ALARMS of the held-out
ordinary questions to the patterns' own false alarms, and the held-out everyday messages get no more than
MAX_EVERYDAY_ALARMS crisis replies in all. Copy the printed value into THRESHOLD. The patterns were written
with all these sets in view, so only the model's part of these figures is unseen; the frozen test sets are
the yardstick.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import NamedTuple

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chatbot.safety import Alarm, check, words_for_safety
from chatbot.safety.model import train
from chatbot.safety.training import (
    ORDINARY_FILES,
    QUESTION_FILES,
    TRAINING_FILES,
    WRITERS,
    cases_of,
    training_examples,
    training_folder,
)

MAX_ADDED_FALSE_ALARMS = 0.01  # of the safety sets' held-out look-alikes, pooled over writers: 1 in 100
# Of the held-out ordinary questions (QUESTION_FILES): 1 in 400; most messages are these.
MAX_QUESTION_ALARMS = 0.0025
# Of the everyday messages of a writer held out (ordinary_chat*.yaml), all crisis replies, patterns' and
# model's: 3 in 100, the bar for look-alikes. The model learns first-person statements from the people in
# danger it reads, and an everyday line in a voice it has not seen ("the door is locked", "Thank you my dear")
# can look like one: with the first two budgets alone, 4.4% of them got a crisis reply.
MAX_EVERYDAY_ALARMS = 0.03
GRID = [step / 20 for step in range(0, 201)]  # thresholds tried: 0 to 10 by 0.05
IN_DANGER = ("suicide", "despair", "emergency", "crisis")
# Held out in turn: each writer of the safety sets, the ordinary questions, each writer of everyday messages.
GROUPS = {
    **WRITERS,
    "questions": QUESTION_FILES,
    **{
        name.removeprefix("ordinary_chat").removesuffix(".yaml").strip("_") or "P": (name,)
        for name in ORDINARY_FILES
    },
}
EVERYDAY = tuple(group for group, files in GROUPS.items() if set(files) <= set(ORDINARY_FILES))
LOOK_ALIKES = ("none", "risk-question")


class HeldOut(NamedTuple):
    writer: str
    text: str
    expect: str
    by_patterns: Alarm | None  # the check without the model
    by_model: Alarm | None  # what the model would add at any threshold (exemptions applied)
    margin: float  # the model's margin: it adds by_model when margin >= threshold


def held_out() -> list[HeldOut]:
    """Every safety message, scored by a model trained without its writer's messages."""
    scored = []
    for writer, files in GROUPS.items():
        others = [name for name in TRAINING_FILES if name not in files]
        model = train(training_examples(others), -math.inf)
        for name in files:
            document = yaml.safe_load(Path(training_folder(), name).read_text(encoding="utf-8"))
            for text, label in cases_of(document):
                patterns = check(text, None)
                anything = check(text, model)
                margin = model.margin(words_for_safety(text).split())[1]
                added = (
                    anything if anything is not None and anything.is_crisis and anything != patterns else None
                )
                expect = label if label in (*IN_DANGER, *LOOK_ALIKES) else "none"
                scored.append(HeldOut(writer, text, expect, patterns, added, margin))
    return scored


def alarm_at(item: HeldOut, threshold: float) -> Alarm | None:
    if item.by_patterns is not None and item.by_patterns.is_crisis:
        return item.by_patterns
    return item.by_model if item.by_model is not None and item.margin >= threshold else item.by_patterns


def caught(item: HeldOut, threshold: float) -> bool:
    alarm = alarm_at(item, threshold)
    if item.expect == "emergency":
        return alarm is Alarm.EMERGENCY
    return alarm is not None and alarm.is_crisis


def false_alarm(item: HeldOut, threshold: float) -> bool:
    alarm = alarm_at(item, threshold)
    return item.expect in LOOK_ALIKES and alarm is not None and alarm.is_crisis


def choose_threshold(items: list[HeldOut]) -> float:
    """The lowest threshold within every budget: the false alarms the model adds to the patterns' own on the
    look-alikes and on the ordinary questions, and all the crisis replies to everyday messages."""
    look_alikes = [
        item for item in items if item.expect in LOOK_ALIKES and item.writer not in ("questions", *EVERYDAY)
    ]
    questions = [item for item in items if item.expect in LOOK_ALIKES and item.writer == "questions"]
    everyday = [item for item in items if item.writer in EVERYDAY]
    budgets = (
        (look_alikes, MAX_ADDED_FALSE_ALARMS * len(look_alikes)),
        (questions, MAX_QUESTION_ALARMS * len(questions)),
    )
    return next(
        t
        for t in GRID
        if all(
            sum(false_alarm(item, t) for item in group) - sum(false_alarm(item, math.inf) for item in group)
            <= budget
            for group, budget in budgets
        )
        and sum(false_alarm(item, t) for item in everyday) <= MAX_EVERYDAY_ALARMS * len(everyday)
    )


def figures(items: list[HeldOut], threshold: float) -> str:
    danger = [item for item in items if item.expect in IN_DANGER]
    look_alikes = [item for item in items if item.expect in LOOK_ALIKES]
    hits = sum(caught(item, threshold) for item in danger)
    alarms = sum(false_alarm(item, threshold) for item in look_alikes)
    explicit = sum(not caught(item, threshold) for item in danger if item.expect in ("suicide", "emergency"))
    return (
        f"caught {hits}/{len(danger)} = {100 * hits / max(1, len(danger)):.1f}%, explicit missed {explicit}, "
        f"false alarms {alarms}/{len(look_alikes)} = {100 * alarms / max(1, len(look_alikes)):.1f}%"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the held-out messages gotten wrong")
    parser.add_argument("--threshold", type=float, help="score this threshold instead of choosing one")
    args = parser.parse_args(argv)
    items = held_out()
    threshold = args.threshold if args.threshold is not None else choose_threshold(items)
    print("patterns only, by writer held out (the patterns saw every writer):")
    for writer in GROUPS:
        print(f"  {writer:>4}: {figures([item for item in items if item.writer == writer], math.inf)}")
    print(f"patterns and a model trained without the writer, threshold {threshold:.2f}:")
    for writer in GROUPS:
        print(f"  {writer:>4}: {figures([item for item in items if item.writer == writer], threshold)}")
    print(f"   all: {figures(items, threshold)}")
    if args.misses:
        for item in items:
            if (item.expect in IN_DANGER and not caught(item, threshold)) or false_alarm(item, threshold):
                got = alarm_at(item, threshold)
                label = f"[{item.expect} -> {got.value if got else '-'}]"
                print(f"  {item.writer} {label} {item.margin:5.2f} {item.text}")
    print(f"THRESHOLD = {threshold:.2f}")


if __name__ == "__main__":
    main()
