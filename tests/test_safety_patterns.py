"""The safety patterns are tried only when a message holds one of their written-out words
(chatbot/safety/patterns.py): that must never skip a pattern that would match."""

from __future__ import annotations

import functools
import itertools
import zlib
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from chatbot.safety import patterns, words_for_safety

DATA = Path(__file__).resolve().parent / "data"
SETS = [value for value in vars(patterns).values() if isinstance(value, patterns.Patterns)]
# Each pattern's top-level alternatives: each is gated by its own words (Patterns).
SOURCES = sorted(
    {part for found in SETS for source in found.sources for part in patterns.top_level_alternatives(source)}
)


@functools.cache
def messages() -> tuple[str, ...]:
    """Every message of the corpora, folded: read once per worker, when a test here first needs them (at
    import, every worker would fold them while collecting, 4 s each)."""
    texts = []
    for path in sorted(DATA.glob("safety_*.yaml")) + sorted(DATA.glob("*_questions.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [item.get("text") or item.get("question") for item in data.get("messages") or data["cases"]]
    return tuple(dict.fromkeys(words_for_safety(text) for text in texts if text))  # each folded message once


@pytest.mark.parametrize("source", SOURCES)
def test_no_pattern_matches_a_message_its_words_would_skip(source: str) -> None:
    """Over two thirds of the corpora, a different two thirds for each pattern: the whole check, 1,272
    patterns over 23,000 messages, took 47 s of the suite's 90 s. (Of the patterns that match any message,
    nine in ten still match one in their part, where a word missing from their gate would show.)"""
    pattern, words = patterns.compiled(source), patterns.literal_words(source)
    left_out = zlib.crc32(source.encode()) % 3
    part = [m for i, m in enumerate(messages()) if i % 3 != left_out]
    skipped = [m for m in part if words and pattern.search(m) and not any(w in m for w in words)]
    assert skipped == []


def test_the_corpora_are_large_enough_to_mean_something() -> None:
    assert len(messages()) > 2000
    matches = (m for m in messages() for found in SETS if found.search(m))
    assert len(list(itertools.islice(matches, 501))) > 500  # counted no further than needed


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=60))
def test_a_set_finds_what_its_patterns_find(text: str) -> None:
    for found in SETS:
        assert found.search(text) == any(patterns.compiled(s).search(text) for s in found.sources)


def test_literal_words_are_words_every_match_holds() -> None:
    assert patterns.literal_words(r"\bpills?\b") == {"pill"}  # the s may be missing
    assert patterns.literal_words(r"\b(?:i|he|she) took (?:\w+ )?pills?\b") == {"took"}  # outside any group
    assert patterns.literal_words(r"\b(?:od|overdose)\b") == {
        "od",
        "overdose",
    }  # one alternative or the other
    assert patterns.literal_words(r"\b(?:od|overdose)\b|\bpills?\b") == {"od", "overdose", "pill"}
    assert patterns.literal_words(r"\b(?:i|me)\b") == frozenset()  # "i" alone is a match: always tried
    # no run outside the groups: the words of the first group every match goes through
    assert patterns.literal_words(r"\b(?:in front of|under) (?:a|the) (?:train|bus)\b") == {"front", "under"}
    assert patterns.literal_words(r"\b(?:so )?(?:a|the) (?:train|bus)\b") == {"train", "bus"}
    assert patterns.top_level_alternatives(r"\b(?:a|b)c|d\|e|[|]f") == [r"\b(?:a|b)c", r"d\|e", "[|]f"]


def test_no_alternative_of_a_pattern_matches_nothing_at_all() -> None:
    """An empty alternative (a stray "|" at the end of a line) would match every message: a crisis
    pattern would alarm on everything, an exemption would silence every alarm."""
    assert [source for source in SOURCES if patterns.compiled(source).search("") is not None] == []


def test_no_quantifier_was_turned_into_a_tuple_by_an_f_string() -> None:
    """In an rf-string "{0,3}" is a Python expression: the pattern gets "(0, 3)", the text of a tuple, and
    its alternative quietly asks for something else (a formatter spaces it out as "{0, 3}" too)."""
    import re

    assert [source for source in SOURCES if re.search(r"\(\d+, \d+\)", source)] == []
