"""Shared by the benchmark scripts: read a question set and score replies against it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev_questions.yaml"
HELDOUT = ROOT / "tests" / "data" / "heldout_questions.yaml"
HELDOUT2 = ROOT / "tests" / "data" / "heldout2_questions.yaml"
HELDOUT3 = ROOT / "tests" / "data" / "heldout3_questions.yaml"
DEV3 = ROOT / "tests" / "data" / "dev3_questions.yaml"
KINDS = ("fallback", "crisis", "smalltalk")


@dataclass(frozen=True)
class Question:
    text: str
    expect: str  # an entry id, or one of KINDS


@dataclass(frozen=True)
class Outcome:
    kind: str  # answer | clarify | fallback | smalltalk | crisis
    entry_id: str | None


@dataclass(frozen=True)
class Score:
    in_scope: int
    in_scope_right: int
    out_of_scope: int
    out_of_scope_held: int  # fallback or clarify
    crisis: int
    crisis_caught: int
    smalltalk: int
    smalltalk_right: int
    confident_wrong: int
    total: int

    @property
    def in_scope_accuracy(self) -> float:
        return self.in_scope_right / max(1, self.in_scope)

    @property
    def out_of_scope_rate(self) -> float:
        return self.out_of_scope_held / max(1, self.out_of_scope)

    @property
    def crisis_recall(self) -> float:
        return self.crisis_caught / max(1, self.crisis)

    @property
    def smalltalk_accuracy(self) -> float:
        return self.smalltalk_right / max(1, self.smalltalk)

    @property
    def confident_wrong_rate(self) -> float:
        return self.confident_wrong / max(1, self.total)


def load_questions(path: Path) -> list[Question]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return [Question(str(case["question"]), str(case["expect"])) for case in cases]


def is_confident_wrong(question: Question, outcome: Outcome) -> bool:
    """An answer (or small talk) that is not what the question needed."""
    if outcome.kind == "answer":
        return outcome.entry_id != question.expect
    if outcome.kind == "smalltalk":
        return question.expect not in ("smalltalk",)
    return False


def score(questions: Iterable[Question], answer: Callable[[str], Outcome]) -> Score:
    counts = dict.fromkeys(Score.__dataclass_fields__, 0)
    for question in questions:
        outcome = answer(question.text)
        counts["total"] += 1
        counts["confident_wrong"] += is_confident_wrong(question, outcome)
        if question.expect == "fallback":
            counts["out_of_scope"] += 1
            counts["out_of_scope_held"] += outcome.kind in ("fallback", "clarify")
        elif question.expect == "crisis":
            counts["crisis"] += 1
            counts["crisis_caught"] += outcome.kind == "crisis"
        elif question.expect == "smalltalk":
            counts["smalltalk"] += 1
            counts["smalltalk_right"] += outcome.kind == "smalltalk"
        else:
            counts["in_scope"] += 1
            counts["in_scope_right"] += outcome.kind == "answer" and outcome.entry_id == question.expect
    return Score(**counts)


def misses(questions: Iterable[Question], answer: Callable[[str], Outcome]) -> list[tuple[Question, Outcome]]:
    wrong = []
    for question in questions:
        outcome = answer(question.text)
        expected_kind = question.expect if question.expect in KINDS else "answer"
        ok = (
            outcome.kind in ("fallback", "clarify")
            if expected_kind == "fallback"
            else outcome.kind == expected_kind
            and (expected_kind != "answer" or outcome.entry_id == question.expect)
        )
        if not ok:
            wrong.append((question, outcome))
    return wrong
