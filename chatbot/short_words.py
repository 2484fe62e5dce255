"""Typos of short everyday words ("mnay", "wil", "teh") and "dose" typed for "does".

Spelling correction (normalize.py) leaves words under five letters alone: they have too many real
neighbours one edit away. The short words that carry a question's shape ("how many", "will it")
are few, though, so their one-edit typos (a letter dropped, two swapped) can be listed ahead and
looked up in one step. "dose" is a real word, so no spelling check catches it; read where the
sentence needs a verb ("how long dose it last"), it is "does".
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

# The short words that shape a question, whose typos are worth undoing.
SHAPING_WORDS = (
    "many", "much", "long", "often", "soon", "what", "when", "where", "which", "who", "why", "how",
    "does", "will", "would", "could", "should", "have", "need", "take", "work", "help", "hurt", "safe",
    "the", "they", "them", "there", "their", "this", "that", "with", "about", "after", "before", "from",
)  # fmt: skip
# What follows "dose" when it stands for "does": a subject.
_SUBJECTS = frozenset(
    "it this that ketamine the a an i you he she they we my your his her insurance treatment therapy".split()
)


@cache
def short_typos() -> Mapping[str, str]:
    """Each one-edit typo (a letter dropped, two neighbours swapped) of a shaping word, and the word;
    a typo of two words, or that is a shaping word itself, is left out."""
    found: dict[str, set[str]] = {}
    for word in SHAPING_WORDS:
        variants = {word[:i] + word[i + 1 :] for i in range(len(word))}
        variants |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        for variant in variants - {word}:
            if len(variant) >= 3:
                found.setdefault(variant, set()).add(word)
    return {
        typo: next(iter(words))
        for typo, words in found.items()
        if len(words) == 1 and typo not in SHAPING_WORDS
    }


def dose_as_verb(tokens: list[str]) -> list[str]:
    """`tokens` with "dose" read as "does" where a subject follows it ("how long dose it last")."""
    return [
        "does" if token == "dose" and index + 1 < len(tokens) and tokens[index + 1] in _SUBJECTS else token
        for index, token in enumerate(tokens)
    ]
