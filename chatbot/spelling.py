"""Find the known word a typo stands for, at a cost per word that no vocabulary can grow.

Known words are grouped by first letter and length. A group small enough is compared whole with
the typo (rapidfuzz, in C); a larger one, which only a large vocabulary has (a long English word
list, or a file written to slow the bot down), is reached through a deletion index instead: two
words within n edits of each other (insertions, deletions, substitutions, adjacent transpositions)
become the same string once at most n letters are deleted from each, so the typo's own deletions
name every candidate (the SymSpell idea). Either way a word costs a bounded number of look-ups and
comparisons, whatever the vocabulary holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

# A group of at most this many words is compared whole: rapidfuzz compares 200 short words in about
# 10 µs; the shipped knowledge's largest group holds 32.
MAX_SCANNED_GROUP = 200
# Longer words are never corrected to nor from: the deletions of a word grow with the square of its
# length, and English words this long are rare enough ("electroencephalography" has 22 letters).
MAX_CORRECTED_CHARS = 24
# Words compared per typo through the deletion index, at most: a typo within two edits of more
# known words than this is ambiguous anyway. Found in sorted order, so the choice is reproducible.
MAX_CANDIDATES = 256
# A typo of a word this long may be two edits away, of a shorter word only one: from this length on,
# two wrong letters still leave a word recognisable rather than make another word.
LONG_WORD_LENGTH = 8
# Deletions kept in the index over all large groups (about 100 bytes each in memory, 2 µs each to
# build): room for the 920,000 of benchmarks/synthetic.py's 100,000 phrasings (32,500 words); words
# past the budget are simply never corrected to.
MAX_INDEXED_DELETIONS = 1_000_000


class SpellingIndex(NamedTuple):
    """The known words a typo may become, grouped for bounded look-up."""

    # (first letter, length) -> sorted words, for groups of at most MAX_SCANNED_GROUP words
    groups: Mapping[tuple[str, int], tuple[str, ...]]
    # first letter + a deletion of a word in a larger group -> the words it comes from, sorted (lists
    # never changed after build: making a million tuples of them would add a second to the build)
    deletions: Mapping[str, list[str]]

    @classmethod
    def build(cls, words: Iterable[str]) -> SpellingIndex:
        """Index `words` (any vocabulary); only alphabetic words up to MAX_CORRECTED_CHARS count."""
        grouped: dict[tuple[str, int], list[str]] = {}
        for word in sorted(set(words)):
            if word.isalpha() and len(word) <= MAX_CORRECTED_CHARS:
                grouped.setdefault((word[0], len(word)), []).append(word)
        groups = {key: tuple(group) for key, group in grouped.items() if len(group) <= MAX_SCANNED_GROUP}
        deletions: dict[str, list[str]] = {}
        budget = MAX_INDEXED_DELETIONS
        for key in sorted(key for key in grouped if key not in groups):
            for word in grouped[key]:
                # Two edits reach a word of LONG_WORD_LENGTH letters or more from a typo no shorter, which
                # a shorter word can be only by the typo's own deletions: one of its own is enough.
                variants = _deletions(word, 2 if len(word) >= LONG_WORD_LENGTH else 1)
                budget -= len(variants)
                if budget < 0:
                    break
                head = word[0]
                for variant in variants:
                    found = deletions.get(head + variant)
                    if found is None:
                        deletions[head + variant] = [word]
                    else:
                        found.append(word)
        for found in deletions.values():
            del found[MAX_CANDIDATES:]
        return cls(groups, deletions)

    def closest(self, token: str) -> str | None:
        """The known word of the same first letter nearest `token`, within one edit (two from
        LONG_WORD_LENGTH letters), the alphabetically first of the nearest; None if there is none."""
        max_edits = 2 if len(token) >= LONG_WORD_LENGTH else 1
        if not token or len(token) > MAX_CORRECTED_CHARS + max_edits:
            return None
        first = token[0]
        best: tuple[int, str] | None = None
        for length in range(len(token) - max_edits, len(token) + max_edits + 1):
            group = self.groups.get((first, length))
            if group:
                best = _better(
                    best, process.extractOne(token, group, scorer=OSA.distance, score_cutoff=max_edits)
                )
        if self.deletions:
            candidates = sorted(set(self._indexed(token, max_edits)))
            best = _better(
                best, process.extractOne(token, candidates, scorer=OSA.distance, score_cutoff=max_edits)
            )
        return None if best is None else best[1]

    def _indexed(self, token: str, max_edits: int) -> Iterator[str]:
        shortest, longest = len(token) - max_edits, len(token) + max_edits
        found = 0
        for variant in sorted(_deletions(token, max_edits)):
            for word in self.deletions.get(token[0] + variant, ()):
                if shortest <= len(word) <= longest:
                    yield word
                    found += 1
                    if found >= MAX_CANDIDATES:
                        return


def _deletions(word: str, depth: int) -> set[str]:
    """`word` and every string made from it by deleting up to `depth` letters."""
    once = {word[:index] + word[index + 1 :] for index in range(len(word))}
    if depth < 2:
        return once | {word}
    twice = {text[:index] + text[index + 1 :] for text in once for index in range(len(text))}
    return once | twice | {word}


def _better(best: tuple[int, str] | None, found: tuple[str, float, object] | None) -> tuple[int, str] | None:
    if found is None:
        return best
    candidate = (int(found[1]), found[0])
    return candidate if best is None or candidate < best else best
