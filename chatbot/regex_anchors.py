"""Anchors of a regular expression: strings of which every match must contain at least one.

If none of a pattern's anchors occurs in a text, the pattern cannot match it, so it need not be
compiled, let alone run. safety.py uses this to compile its hundreds of crisis patterns only when
a message holds words they need: compiling them all took longer than the rest of start-up.

The analysis reads the parse tree of Python's own `re` parser and errs one way only: when it cannot
tell, it says "no anchors" (None), and the pattern is always compiled. It is used by
tools/build_index_cache.py and the tests, never when the chatbot runs (parsing is the slow part).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Set
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's node names
from re import _parser as sre_parse  # type: ignore[attr-defined]

MAX_EXACT = 64  # largest set of exact strings kept for one part of a pattern before giving up on it
MAX_RANGE = 10  # largest character range spelled out as single characters ([5-9] is; [a-z] is not)

_Exact = frozenset[str] | None  # every string a part can match, or None: too many, or unbounded


def anchors(pattern: str) -> tuple[str, ...] | None:
    """Strings of which every match of `pattern` contains one, or None if no such set was found.

    The strings are sorted; a set holding the empty string would say nothing, so it is None.
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    needed = _necessary(list(parsed))
    if needed is None:
        return None
    # An anchor that holds another is redundant: wherever it occurs, the other does too.
    return tuple(sorted(text for text in needed if not any(other in text for other in needed - {text})))


def _necessary(items: list) -> frozenset[str] | None:
    """Anchors of a sequence: the best set that one of its parts, or a run of parts, offers.

    A run of parts that each match one of a few exact strings matches one of their concatenations,
    contiguously, so every run's concatenations are a choice; so are the anchors of any one part.
    """
    exacts = [_exact(op, value) for op, value in items]
    options: list[frozenset[str]] = []
    for start in range(len(items)):
        run: frozenset[str] | None = frozenset({""})
        for exact in exacts[start:]:
            run = _product(run, exact) if run is not None and exact is not None else None
            if run is None:
                break
            options.append(run)
    options += [
        needed
        for (op, value), exact in zip(items, exacts, strict=True)
        if exact is None and (needed := _necessary_of(op, value)) is not None
    ]
    useful = [option for option in options if option and "" not in option]
    return max(useful, key=_strength) if useful else None


def _necessary_of(op: object, value: object) -> frozenset[str] | None:
    """Anchors of one part that has no small exact set."""
    if op is sre.SUBPATTERN:
        _group, added, removed, items = value  # type: ignore[misc]
        return None if added or removed else _necessary(list(items))
    if op is sre.ATOMIC_GROUP:
        return _necessary(list(value))  # type: ignore[arg-type]
    if op is sre.BRANCH:
        return _union(value[1], _necessary)  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, items = value  # type: ignore[misc]
        return _necessary(list(items)) if low >= 1 else None
    return None


def _exact(op: object, value: object) -> _Exact:
    """Every string one part can match, if there are few."""
    if op is sre.LITERAL:
        return frozenset({chr(value)})  # type: ignore[arg-type]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""})  # zero width: what it asserts only narrows the matches further
    if op is sre.IN:
        return _characters(value)  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        _group, added, removed, items = value  # type: ignore[misc]
        return None if added or removed else _exact_sequence(list(items))
    if op is sre.BRANCH:
        exact = _union(value[1], _exact_sequence)  # type: ignore[index]
        return exact if exact is not None and len(exact) <= MAX_EXACT else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, items = value  # type: ignore[misc]
        once = _exact_sequence(list(items))
        if once is None or high is sre.MAXREPEAT or high > 3:
            return None
        found = set()
        for count in range(low, high + 1):
            repeated = _product_all(itertools.repeat(once, count))
            if repeated is None:
                return None
            found |= repeated
        return frozenset(found) if len(found) <= MAX_EXACT else None
    return None


def _exact_sequence(items: list) -> _Exact:
    return _product_all(_exact(op, value) for op, value in items)


def _union(branches: Iterable[list], of: Callable[[list], frozenset[str] | None]) -> frozenset[str] | None:
    """What any one of the alternatives offers (None if one of them offers nothing)."""
    found: set[str] = set()
    for branch in branches:
        part = of(list(branch))
        if part is None:
            return None
        found |= part
    return frozenset(found)


def _characters(items: list) -> _Exact:
    found: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            found.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < MAX_RANGE:
            found.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # a negated set, a category (\w, \d) or a wide range
    return frozenset(found)


def _product_all(parts: Iterable[_Exact]) -> _Exact:
    result: _Exact = frozenset({""})
    for part in parts:
        if part is None or result is None:
            return None
        result = _product(result, part)
    return result


def _product(left: Set[str], right: Set[str]) -> frozenset[str] | None:
    if len(left) * len(right) > MAX_EXACT:
        return None
    return frozenset(first + second for first in left for second in right)


GOOD_LENGTH = 4  # an anchor this long already rules out most texts; beyond it, fewer anchors is better


def _strength(option: frozenset[str]) -> tuple[int, int, int]:
    """How well a set of anchors rules texts out: its shortest string long enough, few strings, and
    then the longer the better."""
    shortest = min(len(text) for text in option)
    return min(GOOD_LENGTH, shortest), -len(option), shortest


def anchor_table(patterns: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The anchors of each pattern that has any."""
    table = {}
    for pattern in patterns:
        found = anchors(pattern)
        if found is not None:
            table[pattern] = found
    return table


def table_module(table: dict[str, tuple[str, ...]], made_by: str) -> str:
    """Python source that defines `table` as ANCHORS (a literal, so reading it needs no parsing)."""
    lines = [
        f'"""Anchors of the safety patterns (see regex_anchors.py). Written by {made_by}; do not edit."""',
        "",
        "ANCHORS: dict[str, tuple[str, ...]] = {",
    ]
    lines += [f"    {pattern!r}: {found!r}," for pattern, found in table.items()]
    lines += ["}", ""]
    return "\n".join(lines)
