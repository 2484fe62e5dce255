"""Choose the crisis model's threshold (chatbot/safety/training.py: THRESHOLD) by leaving one writer out.

    python tools/train_crisis_model.py            # the threshold, and the figures per writer held out
    python tools/train_crisis_model.py --misses   # and the held-out messages the whole check gets wrong

The model itself is trained when the package first needs it (chatbot/safety/training.py), from the training
messages only: the safety sets of the writers in its WRITERS (the dev sets among them),
the ordinary tuning questions (dev*_questions.yaml, the real tuning half), everyday messages
(ordinary_chat*.yaml) and the shipped knowledge's phrasings. No measuring set is read here (safety_test*.yaml,
ordinary_chat_test_*.yaml, crisis_heldout.yaml, heldout*_questions.yaml). Each writer's set is held out in
turn, and so are the question sets and each writer's everyday messages: the model is trained on the others,
and the whole check, as the bot runs it (patterns, then that model on the whole message and on each sentence,
chatbot/safety/check.py), is run on the set held out at each threshold of GRID, so that the threshold is
chosen for a style of writing the model has never seen. The threshold is the lowest (the most people in danger
reached) at which the crisis replies stay within the product's bars: MAX_LOOK_ALIKE_ALARMS of the safety sets'
held-out look-alikes and MAX_EVERYDAY_ALARMS of the held-out everyday messages get one, and the model adds no
more than MAX_QUESTION_ALARMS of the held-out ordinary questions to the patterns' own. (The model does not
read a message worded as a phrasing of the knowledge: Bot.assess.) Copy the printed value into THRESHOLD. The
patterns were written with all these sets in view, so only the model's part of these figures is unseen; the
frozen test sets are the yardstick."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chatbot.safety import Alarm, check, words_for_safety
from chatbot.safety.model import train
from chatbot.safety.training import (
    IN_DANGER,
    LOOK_ALIKES,
    ORDINARY_FILES,
    QUESTION_FILES,
    TRAINING_FILES,
    WRITERS,
    cases_of,
    training_examples,
    training_folder,
)

# Of the safety sets' held-out look-alikes, pooled over writers, all crisis replies: 3 in 100, the target.
# (Until the tool ran the check sentence by sentence as the bot does, the budget was 1 in 100 added by the
# model; run exactly, that held the threshold at 4.3, where 38 of the explicit kinds were missed against 23 at
# 3.8.)
MAX_LOOK_ALIKE_ALARMS = 0.03
# Of the held-out ordinary questions (QUESTION_FILES): 1 in 400; most messages are these.
MAX_QUESTION_ALARMS = 0.0025
# Of the everyday messages of a writer held out (ordinary_chat*.yaml), all crisis replies, patterns' and
# model's: 3 in 100, the bar for look-alikes. The model learns first-person statements from the people in
# danger it reads, and an everyday line in a voice it has not seen ("the door is locked", "Thank you my dear")
# can look like one: with the first two budgets alone, 4.4% of them got a crisis reply.
MAX_EVERYDAY_ALARMS = 0.03
# Thresholds tried, 2 to 6 by 0.1: at each, the whole check is run as the bot runs it, sentences and all.
GRID = tuple(step / 10 for step in range(20, 61))
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


class HeldOut(NamedTuple):
    writer: str
    text: str
    expect: str
    by_patterns: Alarm | None  # the check without the model
    by_threshold: Mapping[float, Alarm | None]  # the whole check with the model at each threshold of GRID
    margin: float  # the model's margin on the whole message (sentences read alone have their own)


def held_out(grid: Sequence[float] = GRID) -> list[HeldOut]:
    """Every safety message, checked with a model trained without its writer's messages, at each threshold."""
    scored = []
    for writer, files in GROUPS.items():
        others = [name for name in TRAINING_FILES if name not in files]
        model = train(training_examples(others), math.inf)
        for name in files:
            document = yaml.safe_load(Path(training_folder(), name).read_text(encoding="utf-8"))
            for text, label in cases_of(document):
                patterns = check(text, None)
                alarms = {t: check(text, model._replace(threshold=t)) for t in grid}
                margin = model.margin(words_for_safety(text).split())[1]
                expect = label if label in (*IN_DANGER, *LOOK_ALIKES) else "none"
                scored.append(HeldOut(writer, text, expect, patterns, alarms, margin))
    return scored


def alarm_at(item: HeldOut, threshold: float) -> Alarm | None:
    return item.by_patterns if threshold == math.inf else item.by_threshold[threshold]


def caught(item: HeldOut, threshold: float) -> bool:
    alarm = alarm_at(item, threshold)
    if item.expect == "emergency":
        return alarm is Alarm.EMERGENCY
    return alarm is not None and alarm.is_crisis


def false_alarm(item: HeldOut, threshold: float) -> bool:
    alarm = alarm_at(item, threshold)
    return item.expect in LOOK_ALIKES and alarm is not None and alarm.is_crisis


def choose_threshold(items: list[HeldOut]) -> float:
    """The lowest threshold within every budget: all the crisis replies to look-alikes and to everyday
    messages, and those the model adds to the patterns' own on the ordinary questions."""
    look_alikes = [
        item for item in items if item.expect in LOOK_ALIKES and item.writer not in ("questions", *EVERYDAY)
    ]
    questions = [item for item in items if item.expect in LOOK_ALIKES and item.writer == "questions"]
    everyday = [item for item in items if item.writer in EVERYDAY]
    questions_alone = sum(false_alarm(item, math.inf) for item in questions)
    return next(
        t
        for t in GRID
        if sum(false_alarm(item, t) for item in look_alikes) <= MAX_LOOK_ALIKE_ALARMS * len(look_alikes)
        and sum(false_alarm(item, t) for item in everyday) <= MAX_EVERYDAY_ALARMS * len(everyday)
        and sum(false_alarm(item, t) for item in questions) - questions_alone
        <= MAX_QUESTION_ALARMS * len(questions)
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
    items = held_out(GRID if args.threshold is None else (*GRID, args.threshold))
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
