"""A second, independent ranker: each entry as the centroid of its phrasings' character and word n-grams.

The matcher (matching.py) compares a question with one phrasing at a time, so it leans on phrasings
worded like the question. This ranker pools every phrasing of an entry into one TF-IDF vector of
character n-grams (which survive typos and unfamiliar endings) and word n-grams (which keep "how
long" apart from "how often"), and scores a question by its cosine with each entry's vector. When
both rankers put the same entry first, that entry is far more often right than when either alone
does; the decision (decision.py) uses that agreement.

Cost per question is bounded whatever a knowledge file holds: a question has a bounded number of
n-grams, and each n-gram's posting list is cut to the entries that weigh it most.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

CHAR_SIZES = (3, 4, 5)  # character n-gram lengths: 3 to 5 survive a typo and an unfamiliar ending alike
MAX_QUERY_TOKENS = 60  # a question's first tokens; longer ones add cost, not meaning
MAX_POSTINGS = 256  # entries kept per n-gram, the heaviest: the cost of a question stays bounded
ANSWER_WEIGHT = 0.35  # an entry's answer joins its centroid at this weight: its words are evidence too
MAX_SHARE = 0.5  # n-grams found in more than this share of entries ("the", " th") are dropped: they
# tell no entry apart, and dropping them halves the cost of scoring a question


def features(tokens: Sequence[str], grams_of: dict[str, tuple[str, ...]] | None = None) -> dict[str, float]:
    """Sublinear term frequencies of a text's word unigrams, word bigrams and character n-grams.

    `grams_of` may hold the n-grams of tokens already seen, and learns the new ones (a build's cache)."""
    tokens = tokens[:MAX_QUERY_TOKENS]
    found: list[str] = [f"b {first} {second}" for first, second in itertools.pairwise(tokens)]
    for token in tokens:
        grams = grams_of.get(token) if grams_of is not None else None
        if grams is None:
            grams = _grams(token)
            if grams_of is not None:
                grams_of[token] = grams
        found.extend(grams)
    return {feature: 1.0 + math.log(count) if count > 1 else 1.0 for feature, count in Counter(found).items()}


def _grams(token: str) -> tuple[str, ...]:
    """A token's own feature and its character n-grams, padded with a space at each end."""
    padded = f" {token} "
    grams = [padded[start : start + size] for size in CHAR_SIZES for start in range(len(padded) - size + 1)]
    return ("w " + token, *grams)


class NgramRanker(NamedTuple):
    """Entry centroids as posting lists, laid out flat: a prebuilt Bot reads a few arrays back many
    times faster than thousands of tuples.

    Row `r` of an n-gram (`rows[ngram]`) has the weight `idf[r]`, and its postings, heaviest first, are
    `entries[starts[r]:starts[r + 1]]` with the centroids' values at the same places in `values`.
    """

    rows: Mapping[str, int]
    idf: Sequence[float]
    starts: Sequence[int]
    entries: Sequence[int]
    values: Sequence[float]

    @classmethod
    def build(
        cls, phrasings: Sequence[Sequence[Sequence[str]]], answers: Sequence[Sequence[str]] = ()
    ) -> NgramRanker:
        """`phrasings[i]` holds entry i's phrasings as canonical tokens; `answers[i]` its answer's."""
        seen: dict[str, tuple[str, ...]] = {}
        vectors = [[features(tokens, seen) for tokens in group] for group in phrasings]
        answer_vectors = [features(tokens, seen) for tokens in answers]
        document_frequency: dict[str, int] = {}
        for group in vectors:
            for feature in set().union(*group) if group else ():
                document_frequency[feature] = document_frequency.get(feature, 0) + 1
        count = len(vectors)
        most = max(1.0, MAX_SHARE * count)
        idf = {
            feature: math.log((count + 1) / (frequency + 0.5))
            for feature, frequency in document_frequency.items()
            if frequency <= most
        }
        postings: dict[str, list[tuple[int, float]]] = {}
        for index, group in enumerate(vectors):
            centroid: dict[str, float] = {}
            extra = [(answer_vectors[index], ANSWER_WEIGHT)] if index < len(answer_vectors) else []
            for vector, weight in [*((vector, 1.0) for vector in group), *extra]:
                kept = [
                    (feature, value * idf[feature]) for feature, value in vector.items() if feature in idf
                ]
                norm = math.sqrt(math.fsum(value * value for _, value in kept))
                for feature, value in kept:
                    centroid[feature] = centroid.get(feature, 0.0) + weight * value / norm
            norm = math.sqrt(math.fsum(value * value for value in centroid.values()))
            for feature, value in centroid.items():
                postings.setdefault(feature, []).append((index, value / norm))
        rows: dict[str, int] = {}
        weights, starts, entries, values = array("d"), array("i", [0]), array("i"), array("d")
        for feature, found in postings.items():
            rows[feature] = len(weights)
            weights.append(idf[feature])
            if len(found) > MAX_POSTINGS:  # only then does the order matter: the heaviest are kept
                found = sorted(found, key=lambda pair: pair[1], reverse=True)[:MAX_POSTINGS]
            for entry, value in found:
                entries.append(entry)
                values.append(value)
            starts.append(len(entries))
        return cls(rows, weights, starts, entries, values)

    def scores(self, tokens: Sequence[str]) -> dict[int, float]:
        """Cosine of the question with each entry that shares an n-gram with it, by entry index."""
        rows, idf, starts, entries, values = self
        weighted = {rows[f]: value * idf[rows[f]] for f, value in features(tokens).items() if f in rows}
        norm = math.sqrt(math.fsum(value * value for value in weighted.values()))
        totals: dict[int, float] = {}
        for row, value in weighted.items():
            share = value / norm
            for place in range(starts[row], starts[row + 1]):
                entry = entries[place]
                totals[entry] = totals.get(entry, 0.0) + share * values[place]
        return totals


def _unit(vector: Mapping[str, float], idf: Mapping[str, float]) -> dict[str, float]:
    """`vector` weighted by `idf` (unknown features dropped; an empty `idf` weighs every feature 1) and
    scaled to length 1."""
    weighted = {
        feature: value * (idf[feature] if idf else 1.0)
        for feature, value in vector.items()
        if not idf or feature in idf
    }
    norm = math.sqrt(math.fsum(value * value for value in weighted.values()))
    return {feature: value / norm for feature, value in weighted.items()} if norm else {}
