"""Topics the source does not cover: find the first of their keyword phrases that occurs in a question."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from chatbot.normalize import phrase_lengths


class UnanswerableIndex:
    """Keyword phrases in a dict keyed by the whole phrase, so a question is scanned once, word by
    word, with one look-up per distinct phrase length: no group of phrases that a file can grow."""

    def __init__(self, keywords: Iterable[tuple[str, Sequence[str]]]) -> None:
        """`keywords` holds (the topic's answer, one keyword phrase as tokens) pairs, in file order."""
        first_seen: dict[tuple[str, ...], tuple[int, str]] = {}
        for order, (answer, phrase) in enumerate(keywords):
            if phrase:
                first_seen.setdefault(tuple(phrase), (order, answer))
        self._phrases: Mapping[tuple[str, ...], tuple[int, str]] = first_seen
        self._lengths = phrase_lengths(first_seen)

    def find(self, tokens: Sequence[str]) -> str | None:
        """The answer of the topic whose keyword (earliest in the file) occurs in `tokens`, if any."""
        found: tuple[int, str] | None = None
        count = len(tokens)
        for index, token in enumerate(tokens):
            for length in self._lengths.get(token, ()):
                if index + length > count:
                    continue
                hit = self._phrases.get(tuple(tokens[index : index + length]))
                if hit is not None and (found is None or hit < found):
                    found = hit
        return None if found is None else found[1]
