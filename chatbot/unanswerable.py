"""Topics the source does not cover: find the first of their keyword phrases that occurs in a question."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence


class UnanswerableIndex:
    """Keyword phrases indexed by their first word, so a question is scanned once, word by word."""

    def __init__(self, keywords: Iterable[tuple[str, Sequence[str]]]) -> None:
        """`keywords` holds (the topic's answer, one keyword phrase as tokens) pairs, in file order."""
        by_first: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
        for order, (answer, phrase) in enumerate(keywords):
            if phrase:
                by_first.setdefault(phrase[0], []).append((tuple(phrase), answer, order))
        self._by_first: Mapping[str, tuple[tuple[tuple[str, ...], str, int], ...]] = {
            first: tuple(options) for first, options in by_first.items()
        }

    def find(self, tokens: Sequence[str]) -> str | None:
        """The answer of the topic whose keyword (earliest in the file) occurs in `tokens`, if any."""
        found: tuple[int, str] | None = None
        count = len(tokens)
        for index, token in enumerate(tokens):
            for phrase, answer, order in self._by_first.get(token, ()):
                end = index + len(phrase)
                if (
                    end <= count
                    and tuple(tokens[index:end]) == phrase
                    and (found is None or order < found[0])
                ):
                    found = (order, answer)
        return None if found is None else found[1]
