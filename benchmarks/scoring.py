"""Read a question set and score what a bot (or a peer) did with it; shared by the tests and the benchmarks.

Two formats: the written sets (`cases:` of question/expect) and the real sets (`pages:` of url and
questions with expect, also, partial). `expect` is an entry id, `none` (the article does not cover
it; the written sets say `fallback`), `crisis` or `smalltalk`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

import yaml

import chatbot
from chatbot import Verdict

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
REAL_TUNE = DATA / "real" / "real_tune.yaml"
REAL_TEST = DATA / "real" / "real_test.yaml"
REAL_TEST_PATIENTS = DATA / "real" / "real_test_patients.yaml"  # a second frozen batch, collected later
REAL_FORUM_CHECK = DATA / "real" / "real_forum_check.yaml"  # forum threads, for the new-user check


class Question(NamedTuple):
    text: str
    expect: str  # an entry id, "none", "crisis" or "smalltalk"
    also: tuple[str, ...] = ()  # other entries that answer it as well
    partial: bool = False  # the entry answers only part of it: holding back is no error either
    source: str = ""  # the page it was copied from, or the set's name
    kind: str = ""  # what sort of page: clinic-faq, forum, …


class Outcome(NamedTuple):
    kind: str  # answer | clarify | fallback | crisis | smalltalk
    entry_id: str | None = None
    choices: tuple[str, ...] = ()


def load(path: Path) -> list[Question]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "cases" in data:
        expect = {"fallback": "none"}
        return [Question(str(c["question"]), expect.get(c["expect"], str(c["expect"])), source=path.stem) for c in data["cases"]]  # fmt: skip
    return [
        Question(
            str(q["text"]), str(q["expect"]), tuple(q.get("also") or ()), bool(q.get("partial")), page["url"],
            page.get("kind", ""),
        )
        for page in data["pages"]
        for q in page["questions"]
    ]  # fmt: skip


def domain(url: str) -> str:
    """The site a page belongs to ("www.a.nhs.uk/x" -> "a.nhs.uk"): the unit the real sets are split by."""
    parts = (urlparse(url).hostname or url).removeprefix("www.").split(".")
    country = len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "org", "nhs", "ac", "com", "gov", "net")  # fmt: skip
    return ".".join(parts[-3:] if country else parts[-2:])


def outcome_of(assessment: chatbot.Assessment, smalltalk_ids: frozenset[str]) -> Outcome:
    verdict = assessment.verdict
    if verdict is Verdict.ANSWER:
        entry = assessment.entry_id
        return Outcome("smalltalk" if entry in smalltalk_ids else "answer", entry)
    if verdict is Verdict.CLARIFY:
        return Outcome("clarify", None, tuple(c.entry_id for c in assessment.decision.chosen))
    if verdict is Verdict.CRISIS:
        return Outcome("crisis")
    return Outcome("smalltalk" if verdict is Verdict.TOPICS else "fallback")


def best_is_right(question: Question, assessment: chatbot.Assessment) -> bool:
    """Whether the entry ranked first is one that answers the question (never, for one out of scope)."""
    best = assessment.candidates[0].entry_id if assessment.candidates else None
    return question.expect != "none" and best in {question.expect, *question.also}


def bot_answerer(bot: chatbot.Bot) -> Callable[[str], Outcome]:
    smalltalk = frozenset(entry.id for entry in bot.knowledge.smalltalk)
    return lambda text: outcome_of(bot.assess(text), smalltalk)


class Tally(NamedTuple):
    total: int = 0
    in_scope: int = 0  # fully covered by an entry
    right: int = 0  # answered with that entry
    offered: int = 0  # right, or the entry among the "did you mean" choices
    partial: int = 0  # partly covered
    partial_right: int = 0
    partial_wrong: int = 0  # partly covered, and answered with an entry that is not its
    out_of_scope: int = 0
    held: int = 0  # out of scope and not answered
    crisis: int = 0
    caught: int = 0
    smalltalk: int = 0
    smalltalk_right: int = 0
    wrong: int = 0  # of all: an answer (or small talk) that is not what the question needed

    def rate(self, part: str, whole: str) -> float:
        return getattr(self, part) / max(1, getattr(self, whole))


# An expectation other than an entry: what it counts in, what counts as met, and the kinds that meet it.
_SPECIAL = {
    "none": ("out_of_scope", "held", frozenset({"fallback", "clarify"})),
    "crisis": ("crisis", "caught", frozenset({"crisis"})),
    "smalltalk": ("smalltalk", "smalltalk_right", frozenset({"smalltalk"})),
}


def tally(questions: Sequence[Question], outcomes: Iterable[Outcome]) -> Tally:
    counts = dict.fromkeys(Tally._fields, 0)
    for question, outcome in zip(questions, outcomes, strict=True):
        accepted = {question.expect, *question.also}
        answered = outcome.kind in ("answer", "smalltalk")
        counts["total"] += 1
        special = _SPECIAL.get(question.expect)
        if special is not None:
            group, success, kinds = special
            counts[group] += 1
            counts[success] += outcome.kind in kinds
            counts["wrong"] += answered and outcome.kind not in kinds
            continue
        right = outcome.kind == "answer" and outcome.entry_id in accepted
        group = "partial" if question.partial else "in_scope"
        counts[group] += 1
        counts["partial_right" if question.partial else "right"] += right
        counts["partial_wrong"] += question.partial and answered and not right
        if not question.partial:
            counts["offered"] += right or bool(accepted & set(outcome.choices))
        counts["wrong"] += answered and not right
    return Tally(**counts)


def score(questions: Sequence[Question], answer: Callable[[str], Outcome]) -> Tally:
    return tally(questions, [answer(question.text) for question in questions])
