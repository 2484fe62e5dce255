"""The entry classifier (chatbot/classifier.py): it learns which words tell sibling entries apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import chatbot
from chatbot.classifier import EntryClassifier, trained
from chatbot.normalize import raw_tokens

# Two entries that share most of their words: only "long" or "often" tells them apart.
HOW_LONG = [["how", "long", "does", "an", "infusion", "take"], ["how", "long", "is", "a", "session"],
            ["how", "long", "will", "i", "be", "there"]]  # fmt: skip
HOW_OFTEN = [["how", "often", "do", "i", "need", "an", "infusion"], ["how", "often", "are", "sessions"],
             ["how", "often", "will", "i", "go"]]  # fmt: skip
COST = [
    ["what", "does", "it", "cost"],
    ["how", "much", "is", "a", "session"],
    ["price", "of", "an", "infusion"],
]
GROUPS = (HOW_LONG, HOW_OFTEN, COST)


def best(classifier: EntryClassifier, tokens: list[str]) -> int:
    scores = classifier.scores(tokens)
    return max(range(len(scores)), key=scores.__getitem__)


def test_the_word_that_tells_siblings_apart_decides() -> None:
    classifier = EntryClassifier.train(GROUPS)
    assert best(classifier, ["how", "long", "do", "sessions", "take"]) == 0
    assert best(classifier, ["how", "often", "does", "an", "infusion", "happen"]) == 1
    assert best(classifier, ["price", "of", "a", "session"]) == 2


def test_a_phrasing_it_was_trained_on_reads_as_its_entry_and_as_no_other() -> None:
    classifier = EntryClassifier.train(GROUPS)
    for entry, group in enumerate(GROUPS):
        for tokens in group:
            scores = classifier.scores(tokens)
            assert scores[entry] > 0
            assert all(score < 0 for other, score in enumerate(scores) if other != entry)


def test_training_is_reproducible_and_cached_for_the_same_phrasings() -> None:
    frozen = tuple(tuple(tuple(tokens) for tokens in group) for group in GROUPS)
    assert EntryClassifier.train(GROUPS) == EntryClassifier.train(GROUPS)
    assert trained(frozen) is trained(frozen)


@given(st.lists(st.text(alphabet="abcdefg hij", max_size=12), max_size=30))
def test_any_words_get_one_finite_score_per_entry(tokens: list[str]) -> None:
    scores = trained(tuple(tuple(tuple(t) for t in group) for group in GROUPS)).scores(tokens)
    assert len(scores) == len(GROUPS)
    assert all(abs(score) < 100 for score in scores)


def test_the_order_of_the_phrasings_in_the_file_does_not_change_what_is_learnt() -> None:
    """The phrasings are visited in an order of their own words, so a phrasing added or moved leaves the
    others' order as it was (with a shuffle, four phrasings added changed the answers to about a dozen real
    tuning questions)."""
    entries = chatbot.load_knowledge().entries
    groups = [[raw_tokens(question) for question in entry.questions] for entry in entries]
    questions = [raw_tokens(text) for text in ("how long does it last", "who should not have ketamine")]
    as_filed = EntryClassifier.train(groups)
    moved = EntryClassifier.train([group[::-1] for group in groups])
    for tokens in questions:
        assert moved.scores(tokens) == pytest.approx(as_filed.scores(tokens), abs=1e-9)
