"""Score a question against every phrasing of a knowledge file, one score per entry.

Two signals are combined. Fuzzy similarity (rapidfuzz) of the whole normalised question to
each phrasing catches re-orderings and typos; a content-word overlap weighted by rarity (IDF)
decides *what* is asked, so that "how much does an infusion cost" is not "how long does an
infusion take": the rare word "cost" is in no phrasing of the latter. Words the knowledge
never uses lower the overlap, which is how questions about other drugs or topics fall through
to a fallback instead of a near miss.

Candidates are prefiltered with an inverted index of content words, so a reply costs the
same whether the knowledge holds a hundred phrasings or a hundred thousand.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz, process

from chatbot.knowledge import Entry, Knowledge
from chatbot.normalize import STOPWORDS, Normalizer


class Weights(NamedTuple):
    """How the signals combine into one score in 0..1. Chosen by benchmarks/tune.py (see decision.py)."""

    fuzzy: float = 0.524  # the three shares sum to 1, so that a score stays within 0..1
    coverage: float = 0.286
    precision: float = 0.190
    answer_word: float = 0.5  # a question word found only in an entry's answer counts this much
    unknown_penalty: float = 1.6  # how much words the knowledge never uses pull a score down
    common_word: float = 0.3  # weight of an everyday word the knowledge does not use ("foot", "sister")
    unknown_word: float = 0.75  # weight of any other unknown word, as a share of the rarest known word's
    max_fuzzy_candidates: int = 400  # phrasings scored with rapidfuzz after the index prefilter
    # Postings the prefilter reads per question, rarest word first: the most any question of the
    # held-out sets reads on the shipped file is 1,960, so they never reach it; a file where every
    # phrasing shares a word no longer makes each question read them all.
    max_postings_read: int = 5000


class Candidate(NamedTuple):
    """One entry's score for a question, and the phrasing that scored best."""

    entry_id: str
    score: float
    phrasing: str


class Matcher:
    """An index of every phrasing of a knowledge file, ready to rank entries for a question."""

    def __init__(
        self,
        knowledge: Knowledge,
        normalizer: Normalizer,
        weights: Weights | None = None,
        common_words: frozenset[str] = frozenset(),
        canonical: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """Index `knowledge`; `canonical` may hold texts already normalised, to save work."""
        self.weights = weights or Weights()
        self.common_words = common_words

        def tokens_of(text: str) -> tuple[str, ...]:
            known = canonical.get(text) if canonical is not None else None
            return tuple(known) if known is not None else normalizer.tokens(text)

        self.entries: tuple[Entry, ...] = (*knowledge.entries, *knowledge.smalltalk)
        entry_words: list[set[str]] = []
        answer_words: list[set[str]] = []
        raw_phrasings: list[tuple[int, str, tuple[str, ...]]] = []
        for index, entry in enumerate(self.entries):
            words: set[str] = set()
            for question in entry.questions:
                tokens = tokens_of(question)
                raw_phrasings.append((index, question, tokens))
                words.update(_content(tokens))
            entry_words.append(words)
            answer_words.append(set(_content(tokens_of(entry.answer))) - words)
        document_frequency: dict[str, int] = {}
        for words, extra in zip(entry_words, answer_words, strict=True):
            for word in words | extra:
                document_frequency[word] = document_frequency.get(word, 0) + 1
        count = len(self.entries)
        self.idf: Mapping[str, float] = {
            word: math.log((count + 1) / (frequency + 0.5)) for word, frequency in document_frequency.items()
        }
        self.unknown_idf = math.log((count + 1) / 0.5) * self.weights.unknown_word
        self._entry_words = tuple(frozenset(words) for words in entry_words)
        self._answer_words = tuple(frozenset(words) for words in answer_words)
        self._index_of = {entry.id: index for index, entry in enumerate(self.entries)}
        # One tuple per field of a phrasing, indexed by phrasing id: a ready-built Bot holds about a
        # thousand phrasings, and reading five tuples back is far quicker than a thousand objects.
        self._entry_of = tuple(entry_index for entry_index, _, _ in raw_phrasings)
        self._text = tuple(text for _, text, _ in raw_phrasings)
        self._normalized = tuple(" ".join(tokens) for _, _, tokens in raw_phrasings)
        self._content = tuple(frozenset(_content(tokens)) for _, _, tokens in raw_phrasings)
        self._content_weight = tuple(
            math.fsum(self.idf.get(word, 0.0) for word in content) for content in self._content
        )
        postings: dict[str, list[int]] = {}
        for phrasing_id, content in enumerate(self._content):
            for word in content:
                postings.setdefault(word, []).append(phrasing_id)
        self._postings = {word: tuple(ids) for word, ids in postings.items()}
        self._wordless = tuple(i for i, content in enumerate(self._content) if not content)

    def unknown_share(self, tokens: Sequence[str]) -> float:
        """How much of a normalised question's content (by weight) the knowledge never uses, 0..1."""
        return self._weighed(tokens)[2]

    def uncovered_share(self, tokens: Sequence[str], entry_id: str) -> float:
        """How much of a normalised question's known content (by weight) an entry neither asks nor answers,
        0..1: "what causes chronic back pain" against the entry on what causes chronic pain leaves "back"."""
        _, known, _ = self._weighed(tokens)
        index = self._index_of.get(entry_id)
        total = math.fsum(known.values())
        if index is None or not total:
            return 0.0
        words, answer = self._entry_words[index], self._answer_words[index]
        return math.fsum(w for word, w in known.items() if word not in words and word not in answer) / total

    def _weighed(self, tokens: Sequence[str]) -> tuple[list[str], dict[str, float], float]:
        """A question's content words, the known ones with their weights, and the unknown share."""
        content = list(dict.fromkeys(_content(tokens)))
        known = {word: self.idf[word] for word in content if word in self.idf}
        # An everyday word, a number or a stray letter ("x", "b") the knowledge does not use says little
        # of what is asked; any other unknown word may be the subject itself ("does insurance cover it")
        unknown = math.fsum(
            self.weights.common_word
            if word in self.common_words or word.isdigit() or len(word) == 1
            else self.unknown_idf
            for word in content
            if word not in self.idf
        )
        known_total = math.fsum(known.values())
        return content, known, unknown / (known_total + unknown) if unknown else 0.0

    def rank(self, tokens: Sequence[str], limit: int = 5) -> tuple[Candidate, ...]:
        """The best `limit` entries for a normalised question, best first."""
        query = " ".join(tokens)
        weights = self.weights
        content, known, unknown_share = self._weighed(tokens)
        known_total = math.fsum(known.values())
        damping = max(0.0, 1.0 - weights.unknown_penalty * unknown_share)
        share_total = weights.fuzzy + weights.coverage + weights.precision
        candidate_ids = self._candidates(list(known))
        if not candidate_ids:
            return ()
        choices = {i: self._normalized[i] for i in candidate_ids}
        fuzzy_scores = process.extract(query, choices, scorer=fuzz.ratio, limit=None)
        best: dict[int, tuple[float, str]] = {}
        coverages: dict[int, float] = {}
        for _, fuzzy_score, phrasing_id in fuzzy_scores:
            entry_index = self._entry_of[phrasing_id]
            content = self._content[phrasing_id]
            if known:
                coverage = coverages.get(entry_index)
                if coverage is None:
                    coverage = coverages[entry_index] = self._coverage(entry_index, known) / known_total
                shared = math.fsum(known[word] for word in content & known.keys())
                content_weight = self._content_weight[phrasing_id]
                precision = shared / content_weight if content_weight else 0.0
                score = (
                    (
                        weights.fuzzy * fuzzy_score / 100
                        + weights.coverage * coverage
                        + weights.precision * precision
                    )
                    * damping
                    / share_total
                )
            else:
                # Nothing but common words ("who are you", "thanks"): only the whole wording can tell.
                score = fuzzy_score / 100 * damping if not content else 0.0
            if score > best.get(entry_index, (-1.0, ""))[0]:
                best[entry_index] = (score, self._text[phrasing_id])
        ranked = sorted(best.items(), key=lambda item: item[1][0], reverse=True)[:limit]
        return tuple(Candidate(self.entries[i].id, round(score, 4), text) for i, (score, text) in ranked)

    def entries_using(self, tokens: frozenset[str]) -> frozenset[str]:
        """The ids of the entries whose phrasings, together, use every one of `tokens`."""
        return frozenset(
            entry.id for entry, words in zip(self.entries, self._entry_words, strict=True) if tokens <= words
        )

    def _coverage(self, entry_index: int, query_weights: Mapping[str, float]) -> float:
        words = self._entry_words[entry_index]
        answer = self._answer_words[entry_index]
        total = 0.0
        for word, weight in query_weights.items():
            if word in words:
                total += weight
            elif word in answer:
                total += weight * self.weights.answer_word
        return total

    def _candidates(self, content: Sequence[str]) -> list[int]:
        if not content:
            return list(self._wordless)
        votes: dict[int, float] = {}
        budget = self.weights.max_postings_read
        known = sorted((-self.idf[word], word) for word in set(content) if word in self.idf)
        for negative_weight, word in known:
            if budget <= 0:
                break
            postings = self._postings.get(word, ())[:budget]
            budget -= len(postings)
            for phrasing_id in postings:
                votes[phrasing_id] = votes.get(phrasing_id, 0.0) - negative_weight
        limit = self.weights.max_fuzzy_candidates
        if len(votes) <= limit:
            return list(votes)
        return heapq.nlargest(limit, votes, key=votes.__getitem__)


# "how" followed by one of these asks something specific ("how many people", "how long does it
# take"): the pair is kept as one more content word, so that "how many" and "how long" differ.
HOW_FOLLOWERS = frozenset(
    {"many", "much", "long", "often", "soon", "quick", "quickly", "fast", "safe", "old"}
)


def _content(tokens: Sequence[str]) -> list[str]:
    words = [token for token in tokens if token not in STOPWORDS]
    words += [
        f"how {following}"
        for how, following in itertools.pairwise(tokens)
        if how == "how" and following in HOW_FOLLOWERS
    ]
    return words
