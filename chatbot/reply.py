"""What the library hands back for a question: a Reply, its Kind and its Suggestions."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any, NamedTuple

from chatbot.matching import Candidate


class Kind(StrEnum):
    """What sort of reply this is; compares equal to its plain string ("answer", …)."""

    ANSWER = "answer"
    CLARIFY = "clarify"
    FALLBACK = "fallback"
    SMALLTALK = "smalltalk"
    CRISIS = "crisis"


class Suggestion(NamedTuple):
    """A question a person may pick next: a clarify choice or a related follow-up."""

    entry_id: str
    question: str


class _ReplyFields(NamedTuple):
    """A Reply's fields; Reply adds the checks (a named tuple cannot define __new__ itself)."""

    kind: Kind
    answer: str
    entry_id: str | None
    confidence: float
    suggestions: tuple[Suggestion, ...]
    disclaimer: str
    consult: str
    suggestions_heading: str = ""
    source: str | None = None
    candidates: tuple[Candidate, ...] = ()
    quotes: tuple[str, ...] = ()  # the passages of the article that back the answer, word for word
    ends_conversation: bool = False  # a goodbye: the chat and the pipe stop after showing it


class Reply(_ReplyFields):
    """One reply. `text` is everything a person is shown and always ends with the disclaimer
    and the consult prompt: they are required fields, checked here, so no path can skip them."""

    __slots__ = ()

    def __new__(
        cls,
        kind: Kind | str,
        answer: str,
        entry_id: str | None,
        confidence: float,
        suggestions: tuple[Suggestion, ...],
        disclaimer: str,
        consult: str,
        suggestions_heading: str = "",
        source: str | None = None,
        candidates: tuple[Candidate, ...] = (),
        quotes: tuple[str, ...] = (),
        ends_conversation: bool = False,
    ) -> Reply:
        if not disclaimer.strip() or not consult.strip():
            raise ValueError("every reply needs a disclaimer and a consult prompt")
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"confidence must be within 0..1, not {confidence}")
        fields = (Kind(kind), answer, entry_id, confidence, suggestions, disclaimer, consult)
        return super().__new__(
            cls, *fields, suggestions_heading, source, candidates, tuple(quotes), bool(ends_conversation)
        )

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Reply:
        """As a named tuple's, but through the checks, so that `_replace` cannot skip them (copies and
        pickles call __new__, and are checked too)."""
        return cls(*iterable)

    @property
    def footer(self) -> str:
        """The disclaimer and the consult prompt, as they end `text`."""
        return f"{self.disclaimer}\n{self.consult}"

    @property
    def text(self) -> str:
        """The message, the numbered suggestions, then the disclaimer and the consult prompt."""
        parts = [self.answer]
        if self.suggestions:
            lines = [self.suggestions_heading] if self.suggestions_heading else []
            lines += [f"{number}. {s.question}" for number, s in enumerate(self.suggestions, start=1)]
            parts.append("\n".join(lines))
        parts.append(self.footer)
        return "\n\n".join(parts)

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready view: kind, answer, text, entry_id, confidence, suggestions, and the quotes
        from the article when the answer has them."""
        record: dict[str, object] = {
            "kind": self.kind.value,
            "answer": self.answer,
            "text": self.text,
            "entry_id": self.entry_id,
            "confidence": self.confidence,
            "suggestions": [{"entry_id": s.entry_id, "question": s.question} for s in self.suggestions],
            "ends_conversation": self.ends_conversation,
        }
        if self.quotes:
            record["quotes"] = list(self.quotes)
        return record
