"""Anchors let safety.py compile a crisis pattern only when a message may hold it. They must never
let a match through: every string a pattern matches has to contain one of its anchors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbot import safety
from chatbot.regex_anchors import anchor_table, anchors
from chatbot.safety_anchors import ANCHORS

DATA = Path(__file__).resolve().parent / "data"
SOURCES = safety.pattern_sources()


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsuicid\w*\b", ("suicid",)),
        (r"\bcat\b|\bdog\b", ("cat", "dog")),
        (r"(?:very )?sleepy", ("sleepy",)),
        (r"kill|killing", ("kill",)),  # "killing" holds "kill": one anchor is enough
        (r"(?<!nearly )\bhaving a fit\b", ("having a fit",)),
        (r"took (?:all|\d+) pills", (" pills",)),  # of equally few, the longer
        (r"a?b?", None),  # matches the empty string: nothing is needed
        (r"\w+", None),
        (r"(?i)kill", None),  # case-blind: the literal letters prove nothing
        (r"x*y*", None),
    ],
)
def test_anchors_of_known_patterns(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert anchors(pattern) == expected


def test_the_shipped_anchor_table_is_fresh() -> None:
    """Fails after a change to a safety pattern: run `python tools/build_index_cache.py`."""
    assert anchor_table(SOURCES) == ANCHORS


def test_every_safety_pattern_has_anchors() -> None:
    """A pattern without anchors is compiled on every start-up; none of ours needs to be."""
    assert [source for source in SOURCES if source not in ANCHORS] == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SOURCES).flatmap(lambda source: st.tuples(st.just(source), st.from_regex(source))))
def test_every_match_of_a_safety_pattern_holds_one_of_its_anchors(case: tuple[str, str]) -> None:
    source, text = case
    assert re.search(source, text)
    assert any(anchor in text for anchor in ANCHORS[source]), (source, text)


# Patterns of the shapes the analysis has to reason about: literals, classes, alternations,
# optional and repeated groups, word boundaries and lookarounds.
_ATOMS = st.sampled_from(
    ["a", "b", "ab", " ", "ba", r"\w", r"\d", ".", "[ab]", "[0-3]", r"\b", "(?<!b)", "(?!a)"]
)


def _patterns() -> st.SearchStrategy[str]:
    return st.recursive(
        _ATOMS,
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda parts: "(?:" + "|".join(parts) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "{0,2}", "+?"])).map(
                lambda pair: f"(?:{pair[0]}){pair[1]}"
            ),
        ),
        max_leaves=8,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_patterns().flatmap(lambda pattern: st.tuples(st.just(pattern), st.from_regex(pattern))))
def test_any_match_of_any_pattern_holds_one_of_its_anchors(case: tuple[str, str]) -> None:
    pattern, text = case
    found = anchors(pattern)
    assert found is None or any(anchor in text for anchor in found), (pattern, text, found)


def _messages() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            texts.append(case.get("text") or case.get("question") or "")
    return texts


def test_compiling_on_demand_finds_exactly_what_one_big_pattern_finds() -> None:
    """Over every message of the question and safety sets, and every stretch of six words of them."""
    everything = re.compile("|".join(f"(?:{source})" for source in SOURCES))
    patterns = safety.Patterns(*SOURCES)
    checked = 0
    for message in _messages():
        words = safety.words_for_safety(message).split()
        for text in [" ".join(words), *(" ".join(words[i : i + 6]) for i in range(0, len(words), 3))]:
            assert patterns.search(text) == bool(everything.search(text)), text
            checked += 1
    assert checked > 3000
