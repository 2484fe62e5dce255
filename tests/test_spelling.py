"""Spelling correction through SpellingIndex: the word comparing with every known word gives, at any size."""

from __future__ import annotations

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from chatbot.spelling import LONG_WORD_LENGTH, MAX_CORRECTED_CHARS, MAX_SCANNED_GROUP, SpellingIndex


def _brute_force(vocabulary: list[str], token: str) -> str | None:
    """What correction means: the nearest known word of the same first letter within the allowed
    edits, the alphabetically first of the nearest."""
    max_edits = 2 if len(token) >= LONG_WORD_LENGTH else 1
    found = [
        (OSA.distance(token, word), word)
        for word in vocabulary
        if word.isalpha()
        and len(word) <= MAX_CORRECTED_CHARS
        and word[0] == token[0]
        and abs(len(word) - len(token)) <= max_edits
    ]
    found = [pair for pair in found if pair[0] <= max_edits]
    return min(found)[1] if found else None


def _vocabulary(seed: int, size: int) -> list[str]:
    # Few letters, so that words crowd each other and groups outgrow MAX_SCANNED_GROUP.
    rng = random.Random(seed)
    return sorted(
        {"a" + "".join(rng.choice("abcde") for _ in range(rng.randint(3, 11))) for _ in range(size)}
    )


CROWDED = _vocabulary(1, 4000)
SPARSE = _vocabulary(2, 300)


def test_the_crowded_vocabulary_goes_through_the_deletion_index() -> None:
    index = SpellingIndex.build(CROWDED)
    assert index.deletions, "no group outgrew the scan: the test would not test the index"
    assert any(len(group) <= MAX_SCANNED_GROUP for group in index.groups.values())


def _edited(rng: random.Random, word: str) -> str:
    letters = list(word)
    for _ in range(rng.randint(0, 2)):
        where = rng.randrange(1, len(letters) + 1)
        operation = rng.choice("idst")
        if operation == "i":
            letters.insert(where, rng.choice("abcdez"))
        elif operation == "d" and len(letters) > 2 and where < len(letters):
            del letters[where]
        elif operation == "s" and where < len(letters):
            letters[where] = rng.choice("abcdez")
        elif operation == "t" and where < len(letters) - 1:
            letters[where], letters[where + 1] = letters[where + 1], letters[where]
    return "".join(letters)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10**9), st.booleans())
def test_correction_is_the_nearest_known_word_whatever_the_vocabulary(seed: int, crowded: bool) -> None:
    vocabulary = CROWDED if crowded else SPARSE
    index = _INDEXES[crowded]
    rng = random.Random(seed)
    token = _edited(rng, rng.choice(vocabulary))
    assert index.closest(token) == _brute_force(vocabulary, token)


_INDEXES = {True: SpellingIndex.build(CROWDED), False: SpellingIndex.build(SPARSE)}


def test_words_too_long_or_not_alphabetic_are_left_alone() -> None:
    index = SpellingIndex.build(["a" * 30, "abc1defgh", "abcdefgh"])
    assert index.closest("a" * 29) is None
    assert index.closest("abc1defgx") == "abcdefgh"  # the digit word is no target; two edits reach the other
    assert index.closest("z" + string.ascii_lowercase * 40) is None
