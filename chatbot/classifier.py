"""A third ranker, trained as a Bot is built: a linear classifier of the entries over their phrasings' words.

The matcher (matching.py) and the n-gram ranker (ngrams.py) both ask how alike a question is to what an
entry holds. Neither learns which words tell one entry from its siblings ("does it work" from "how does it
work"). This one does: a one-vs-rest linear support vector machine (L2 loss, solved by dual coordinate
descent, as LIBLINEAR does) over the TF-IDF of each phrasing's canonical words and word pairs. On the real
tuning questions held out by source, it ranks the right entry first more often than either of the others,
and blended with them more often still (benchmarks/tune.py; the module constants were chosen there).

Training is counting plus a few passes over the phrasings per entry, in pure Python: about a quarter of a
second for the shipped knowledge. Its cost grows with entries times phrasings, so a file past
MAX_TRAINING_WORK is ranked without it. Scoring a question touches only the question's own features.
"""

from __future__ import annotations

import itertools
import math
import operator
import random
import zlib
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

C = 0.5  # cost of a margin violation: of 0.1, 0.5 and 2, 0.5 answered most real questions right (tune.py)
PASSES = 3  # passes of coordinate descent: most of the gain is in the first; more cost time, not rank
TOLERANCE = 0.1  # a pass whose largest projected gradient is below this ends training for that entry
MAX_TRAINING_WORK = 400_000  # entries times phrasings (the shipped file: about 80,000)
MIN_WEIGHT = 0.05  # smaller weights are dropped: a fifth of them stay, and the ranking is the same (tune.py)
SEED = 20261203  # the order of the later passes: fixed, so that every build trains the same model

_Vector = tuple[tuple[int, ...], tuple[float, ...]]  # feature ids and their values


def features(tokens: Sequence[str]) -> Counter[str]:
    """A text's canonical words and its pairs of neighbouring words, counted."""
    found = Counter(tokens)
    found.update(f"{first} {second}" for first, second in itertools.pairwise(tokens))
    return found


class EntryClassifier(NamedTuple):
    """Weights per feature and entry, laid out flat as in ngrams.NgramRanker: feature `f` has the row
    `rows[f]`, its inverse document frequency `idf[row]`, and its non-zero weights for the entries
    `entries[starts[row]:starts[row + 1]]` at the same places in `weights`."""

    rows: Mapping[str, int]
    idf: Sequence[float]
    starts: Sequence[int]
    entries: Sequence[int]
    weights: Sequence[float]
    biases: Sequence[float]  # one per entry

    @classmethod
    def train(cls, groups: Sequence[Sequence[Sequence[str]]]) -> EntryClassifier:
        """`groups[i]` holds entry i's phrasings as canonical tokens."""
        counted = [(index, features(tokens)) for index, group in enumerate(groups) for tokens in group]
        frequency = Counter(feature for _, found in counted for feature in found)
        total = len(counted)
        names = list(frequency)
        ids = {feature: number for number, feature in enumerate(names)}
        idf = [math.log((1 + total) / (1 + frequency[feature])) + 1.0 for feature in names]
        vectors = [_unit(found, ids, idf) for _, found in counted]
        tokens = [phrasing for group in groups for phrasing in group]
        labels = [index for index, _ in counted]
        # The first pass visits the phrasings in an order of their own words' checksums, not a shuffle: a
        # phrasing added to the file takes its place among the others and leaves their order as it was. (A
        # shuffle put every phrasing somewhere new, and three passes do not settle the same weights from
        # every order: four phrasings added moved the real tuning questions out of fold by 6 more confidently
        # wrong, as much as another seed does; in this order, by one fewer.)
        first = sorted(
            range(len(vectors)),
            key=lambda i: zlib.crc32(" ".join(tokens[i]).encode()),
        )
        postings: dict[int, list[tuple[int, float]]] = {}
        biases = array("d")
        for entry in range(len(groups)):
            weights, bias = _one_against_rest(vectors, labels, entry, first, len(names))
            biases.append(bias)
            for feature, weight in enumerate(weights):
                if abs(weight) >= MIN_WEIGHT:
                    postings.setdefault(feature, []).append((entry, weight))
        rows: dict[str, int] = {}
        idfs, starts, entries, values = array("d"), array("i", [0]), array("i"), array("d")
        for feature, found in postings.items():
            rows[names[feature]] = len(idfs)
            idfs.append(idf[feature])
            for entry, weight in found:
                entries.append(entry)
                values.append(weight)
            starts.append(len(entries))
        return cls(rows, idfs, starts, entries, values, biases)

    def scores(self, tokens: Sequence[str]) -> list[float]:
        """The decision value of every entry for a question (by entry index): above 0 reads as that entry."""
        rows, idf, starts, entries, weights, biases = self
        counted = features(tokens).items()
        weighted = {rows[f]: (1.0 + math.log(n)) * idf[rows[f]] for f, n in counted if f in rows}
        norm = math.sqrt(math.fsum(value * value for value in weighted.values())) or 1.0
        totals = list(biases)
        for row, value in weighted.items():
            share = value / norm
            for place in range(starts[row], starts[row + 1]):
                totals[entries[place]] += share * weights[place]
        return totals


def _unit(found: Mapping[str, int], ids: Mapping[str, int], idf: Sequence[float]) -> _Vector:
    """Sublinear TF-IDF of counted features, scaled to length 1: (feature ids, values)."""
    numbers = tuple(ids[feature] for feature in found)
    weighted = [
        (1.0 + math.log(count)) * idf[number] for count, number in zip(found.values(), numbers, strict=True)
    ]
    norm = math.sqrt(math.fsum(value * value for value in weighted)) or 1.0
    return numbers, tuple(value / norm for value in weighted)


def _one_against_rest(
    vectors: Sequence[_Vector], labels: Sequence[int], entry: int, first: list[int], width: int
) -> tuple[list[float], float]:
    """Weights (by feature id) and bias of the L2-loss linear SVM that tells `entry`'s phrasings from all
    others, by dual coordinate descent with shrinking (Hsieh et al., 2008); the bias is a feature of
    constant 1.

    The vectors have length 1, so each coordinate's curvature is the same: 1 + 1 (the bias) + 1 / 2C. The
    first pass visits the phrasings in `first` (shared: shuffling them anew for each entry would cost
    more than the pass); later passes, over the few phrasings still active, in an order of their own.
    Dot products run in C (map over the weights' list); only updates loop in Python."""
    inverse = 1.0 / (2.0 + 1.0 / (2.0 * C))
    diagonal = 1.0 / (2.0 * C)
    alphas = [0.0] * len(vectors)
    weights = [0.0] * width
    weight_at = weights.__getitem__
    bias = 0.0
    active = first
    order = random.Random(SEED + entry)
    for done in range(PASSES):
        if done:
            order.shuffle(active)
        kept: list[int] = []
        largest = 0.0
        for i in active:
            numbers, values = vectors[i]
            sign = 1.0 if labels[i] == entry else -1.0
            alpha = alphas[i]
            gradient = (
                sign * (bias + sum(map(operator.mul, map(weight_at, numbers), values)))
                - 1.0
                + diagonal * alpha
            )
            if alpha == 0.0 and gradient > 0.0:
                continue  # beyond the margin and not a support vector: settled, dropped from later passes
            kept.append(i)
            largest = max(largest, abs(gradient))
            new = max(alpha - gradient * inverse, 0.0)
            step = (new - alpha) * sign
            if step:
                alphas[i] = new
                for number, value in zip(numbers, values, strict=True):
                    weights[number] += step * value
                bias += step
        active = kept
        if largest < TOLERANCE:
            break
    return weights, bias


@lru_cache(maxsize=4)
def trained(groups: tuple[tuple[tuple[str, ...], ...], ...]) -> EntryClassifier:
    """The classifier of these phrasings, trained once per process for the same phrasings: a process that
    builds several Bots of one knowledge file (a server's workers, a test run) trains it once."""
    return EntryClassifier.train(groups)
