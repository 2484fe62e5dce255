"""Every error the library raises, in one place.

ChatbotError
├── KnowledgeError   a knowledge file that cannot be used (every located problem)
└── CasesError       a regression cases file that cannot be used (every located problem)
"""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong with a file, located so that a person can go and mend it."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class ChatbotError(Exception):
    """Base of every error this package raises on purpose."""


class _LocatedError(ChatbotError):
    """An error that carries every located problem of one file."""

    what = "file"

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self._summary())

    def _summary(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the {self.what}"
        return head + ":\n" + "\n".join(f"  {problem}" for problem in self.problems)


class KnowledgeError(_LocatedError):
    """A knowledge file is missing, unreadable or breaks the schema."""

    what = "knowledge file"


class CasesError(_LocatedError):
    """A regression cases file is missing, unreadable or breaks its schema."""

    what = "cases file"
