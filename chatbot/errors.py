"""Every error the library raises, in one place.

ChatbotError
├── KnowledgeError   a knowledge file that cannot be used (every located problem)
└── CasesError       a regression cases file that cannot be used (every located problem)
"""

from __future__ import annotations

from typing import NamedTuple

# Problems kept per file: a person mends a file from its first problems, and a generated file broken
# in a million places must be refused as fast as one broken in three (the rest are only counted).
MAX_PROBLEMS = 100
# A path longer than this is said once, at the head, not again on every problem's line.
MAX_REPEATED_PATH_CHARS = 100


class Problem(NamedTuple):
    """One thing wrong with a file, located so that a person can go and mend it."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        return self.located(self.path)

    def located(self, path: str) -> str:
        """The problem as one line, its place given as `path` (empty: by line only)."""
        if path:
            where = path if self.line is None else f"{path}:{self.line}"
        else:
            where = "" if self.line is None else f"line {self.line}"
        field = f"{self.field}:" if self.field else ""
        return " ".join(part for part in (f"{where}:" if where else "", field, self.message) if part)


class ChatbotError(Exception):
    """Base of every error this package raises on purpose."""


class _LocatedError(ChatbotError):
    """An error that carries every located problem of one file."""

    what = "file"

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], more: int = 0) -> None:
        """`problems` as found (only the first MAX_PROBLEMS are kept); `more`: others only counted."""
        problems = tuple(problems)
        self.problems: tuple[Problem, ...] = problems[:MAX_PROBLEMS]
        self.more = more + len(problems) - len(self.problems)  # problems found but not kept
        super().__init__(self.summary())

    @property
    def total(self) -> int:
        """Every problem found, kept or only counted."""
        return len(self.problems) + self.more

    def summary(self, shown: int = MAX_PROBLEMS) -> str:
        """The error as lines: a head, the first `shown` problems, then how many more there are.

        A long path is said once in the head; a short one starts each line, where editors find it."""
        count = self.total
        if count == 1:
            return str(self.problems[0])
        paths = {problem.path for problem in self.problems}
        path = paths.pop() if len(paths) == 1 else ""
        said_once = len(path) > MAX_REPEATED_PATH_CHARS
        head = f"{count:,} problem{'s' if count != 1 else ''} in the {self.what}"
        head += f" {path}:" if said_once else ":"
        lines = [head, *(f"  {p.located('' if said_once else p.path)}" for p in self.problems[:shown])]
        if count > min(shown, len(self.problems)):
            lines.append(f"  \u2026and {count - min(shown, len(self.problems)):,} more")
        return "\n".join(lines)


class KnowledgeError(_LocatedError):
    """A knowledge file is missing, unreadable or breaks the schema."""

    what = "knowledge file"


class CasesError(_LocatedError):
    """A regression cases file is missing, unreadable or breaks its schema."""

    what = "cases file"
