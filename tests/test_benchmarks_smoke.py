"""The benchmarks' shared scorer and peers, checked on small made-up outcomes.

No timing here: the benchmarks measure (python benchmarks/run.py); these tests check that what they
count is counted right, since the tests of matching quality count with the same scorer.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import peers, scoring
from benchmarks.scoring import Outcome, Question


def test_a_right_answer_an_offer_and_a_wrong_answer_are_told_apart() -> None:
    questions = [Question("a", "x"), Question("b", "x"), Question("c", "x"), Question("d", "x", also=("y",))]
    outcomes = [
        Outcome("answer", "x"),
        Outcome("clarify", None, ("z", "x")),
        Outcome("answer", "z"),
        Outcome("answer", "y"),
    ]
    found = scoring.tally(questions, outcomes)
    assert (found.in_scope, found.right, found.offered, found.wrong) == (4, 2, 3, 1)


def test_out_of_scope_is_held_by_a_fallback_or_a_clarify_and_wrong_when_answered() -> None:
    questions = [Question("a", "none"), Question("b", "none"), Question("c", "none")]
    outcomes = [Outcome("fallback"), Outcome("clarify", None, ("x",)), Outcome("answer", "x")]
    found = scoring.tally(questions, outcomes)
    assert (found.out_of_scope, found.held, found.wrong) == (3, 2, 1)


def test_a_partly_covered_question_is_no_error_when_held_back() -> None:
    questions = [
        Question("a", "x", partial=True),
        Question("b", "x", partial=True),
        Question("c", "x", partial=True),
    ]
    found = scoring.tally(questions, [Outcome("fallback"), Outcome("answer", "x"), Outcome("answer", "q")])
    assert (found.partial, found.partial_right, found.wrong, found.in_scope) == (3, 1, 1, 0)


def test_both_formats_load_with_their_labels(tmp_path: Path) -> None:
    written = tmp_path / "w.yaml"
    written.write_text("cases:\n  - {question: hi there, expect: fallback}\n  - {question: q, expect: e1}\n")
    real = tmp_path / "r.yaml"
    real.write_text(
        "pages:\n  - url: https://www.a.nhs.uk/x\n    kind: leaflet\n    questions:\n"
        "      - {text: t, expect: e2, also: [e3], partial: true}\n"
    )
    assert [(q.text, q.expect) for q in scoring.load(written)] == [("hi there", "none"), ("q", "e1")]
    assert scoring.load(real) == [Question("t", "e2", ("e3",), True, "https://www.a.nhs.uk/x", "leaflet")]
    assert scoring.domain("https://www.a.nhs.uk/x") == "a.nhs.uk"
    assert scoring.domain("https://clinic.example.com/faq") == "example.com"


def test_a_peer_gets_the_threshold_with_most_right_answers_at_the_hold_rate() -> None:
    questions = [Question("a", "x"), Question("b", "y"), Question("c", "none"), Question("d", "none")]
    found = [("x", 0.9), ("y", 0.5), ("x", 0.6), ("y", 0.4)]
    threshold, tally = peers.best_at_hold_rate(questions, found, frozenset(), hold_rate=1.0)
    assert threshold == 0.9 and tally.right == 1 and tally.held == 2
    threshold, tally = peers.best_at_hold_rate(questions, found, frozenset(), hold_rate=0.5)
    assert threshold == 0.5 and tally.right == 2 and tally.held == 1


def test_the_hostile_benchmark_crafts_valid_files(tmp_path: Path) -> None:
    """benchmarks/hostile.py's crafted files load (they are meant to be valid), at a small size."""
    import random

    import yaml

    import chatbot
    from benchmarks import hostile

    for kind in ("random phrasings", "one word in every phrasing", "keywords starting with zz", "synonyms"):
        path = tmp_path / "crafted.yaml"
        path.write_text(yaml.safe_dump(hostile.crafted(kind, 60, random.Random(1))), encoding="utf-8")
        bot = chatbot.load(path)
        assert all(bot.ask(question).text for question in hostile.hostile_questions(random.Random(2)))
