"""Fit the decision's confidence model and answer threshold (chatbot/decision.py); `python benchmarks/tune.py`.

Through `Bot.assess`: each question's Signals, and whether the best entry was right. Tuning questions only:
the real tuning half, scored in five folds by source domain with the wordings only that fold's pages use
taken out of the knowledge (as unseen questions' are), and the written dev, dev3 and heldout sets. The threshold printed is
the lowest at which confident wrong answers stay within MAX_CONFIDENT_WRONG of the real tuning questions.

Some questions the bot answers, or holds back, whatever their confidence: one worded as a phrasing of its best
entry is answered; a best entry asking the other way round, a tie, a question that only asks ("how long?") or a
message that tells without asking is not. The threshold is chosen as the bot decides, with those outcomes
fixed (`Sample.forced`), so a wrong answer to a worded-as-a-phrasing question counts at every threshold.
"""

from __future__ import annotations

import math
import sys
import zlib
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import chatbot
from benchmarks import scoring
from chatbot import Verdict
from chatbot.decision import Signals, Thresholds
from chatbot.text import phrase_key

MAX_CONFIDENT_WRONG = 0.03  # of the real tuning questions, out of fold: the product's bar
FOLDS = 5
REAL_WEIGHT = 2.0  # a real question counts twice a written one: real questions are the yardstick
WRITTEN = ("dev_questions.yaml", "dev3_questions.yaml", "heldout_questions.yaml")


class Sample(NamedTuple):
    signals: Signals
    right: bool  # whether the best entry was right
    name: str  # the set's name
    # True: answered whatever the confidence; False: never answered; None: answered from the threshold up
    forced: bool | None


def samples(bot: chatbot.Bot, questions: list[scoring.Question], name: str) -> list[Sample]:
    found = []
    for question in questions:
        if question.expect in ("crisis", "smalltalk"):
            continue
        assessment = bot.assess(question.text)
        signals = assessment.decision.signals
        if assessment.verdict not in (Verdict.ANSWER, Verdict.CLARIFY, Verdict.FALLBACK) or signals is None:
            continue
        answered = assessment.verdict is Verdict.ANSWER
        # the bot's own confidence against its own threshold: an outcome the other way was forced
        sure = assessment.decision.confidence >= Thresholds().answer
        forced = answered if answered != sure else None
        found.append(Sample(signals, scoring.best_is_right(question, assessment), name, forced))
    return found


def real_samples(knowledge: chatbot.Knowledge) -> list[Sample]:
    questions = scoring.load(scoring.REAL_TUNE)
    fold_of = {q.source: zlib.crc32(scoring.domain(q.source).encode()) % FOLDS for q in questions}
    found: list[Sample] = []
    for fold in range(FOLDS):
        held = [q for q in questions if fold_of[q.source] == fold]
        # The fold's wordings are taken out of the knowledge, as for questions never seen, unless a page of
        # another fold asks the same: a wording many sites use ("What is ketamine infusion therapy?") is
        # one the bot knows from them, as it does for the test half's pages.
        elsewhere = {phrase_key(q.text) for q in questions if fold_of[q.source] != fold}
        keys = {phrase_key(q.text) for q in held} - elsewhere
        entries = tuple(
            e._replace(questions=tuple(p for p in e.questions if phrase_key(p) not in keys) or e.questions)
            for e in knowledge.entries
        )
        found += samples(chatbot.Bot(knowledge._replace(entries=entries)), held, "real_tune")
    return found


def fit(
    data: list[Sample], steps: int = 3000, rate: float = 0.5, l2: float = 1e-3
) -> tuple[list[float], float]:
    """Logistic regression by gradient descent, real questions weighted REAL_WEIGHT."""
    import numpy as np

    x = np.array([list(s.signals) for s in data])
    y = np.array([float(s.right) for s in data])
    weight = np.array([REAL_WEIGHT if s.name == "real_tune" else 1.0 for s in data])
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * weight / weight.sum()
        w -= rate * (x.T @ g + l2 * w)
        b -= rate * g.sum()
    return [float(v) for v in w], float(b)


def probability(weights: list[float], bias: float, signals: Signals) -> float:
    z = bias + math.fsum(w * x for w, x in zip(weights, signals, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def answered_from(weights: list[float], bias: float, sample: Sample) -> float:
    """What the answer threshold is held against for the sample: its probability, unless its outcome is
    forced (infinite when answered whatever the threshold, 0 when never). A best entry asking the other way
    round is never answered (decision.py)."""
    if sample.forced is not None:
        return math.inf if sample.forced else 0.0
    return 0.0 if sample.signals.mismatch else probability(weights, bias, sample.signals)


def main() -> None:
    knowledge = chatbot.load_knowledge()
    real = real_samples(knowledge)
    bot = chatbot.Bot(knowledge)
    written = [s for name in WRITTEN for s in samples(bot, scoring.load(scoring.DATA / name), name)]
    total_real = len(scoring.load(scoring.REAL_TUNE))
    # Out of fold for the real questions: fit on the other folds' real questions and the written ones.
    held_out: list[tuple[float, bool]] = []
    for fold in range(FOLDS):
        weights, bias = fit([s for i, s in enumerate(real) if i % FOLDS != fold] + written)
        held_out += [
            (answered_from(weights, bias, s), s.right) for i, s in enumerate(real) if i % FOLDS == fold
        ]
    wrong_at = {t: sum(p >= t / 100 and not right for p, right in held_out) for t in range(50, 100)}
    threshold = next(t for t in range(50, 100) if wrong_at[t] <= MAX_CONFIDENT_WRONG * total_real) / 100
    weights, bias = fit(real + written)
    print("CONFIDENCE_WEIGHTS = Signals(" + ", ".join(f"{n}={w:.3f}" for n, w in zip(Signals._fields, weights, strict=True)) + ")")  # fmt: skip
    print(f"CONFIDENCE_BIAS = {bias:.3f}\nThresholds.answer = {threshold:.2f}")
    print(
        f"\nOut of fold, of the {total_real} real tuning questions:\n\n| answer from | right | wrong |\n|---|---|---|"
    )
    for t in range(60, 100, 5):
        found = [right for p, right in held_out if p >= t / 100]
        print(f"| {t / 100:.2f} | {sum(found)} | {len(found) - sum(found)} |")


if __name__ == "__main__":
    main()
