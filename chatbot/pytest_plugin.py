"""A pytest plugin: every `test_*.cases.yaml` file becomes a test module with one test per case.

Registered through the `pytest11` entry point, so installing the package is enough. Only files
named exactly `test_<anything>.cases.yaml` are collected; any other file of a test run is left
alone. A cases file may name its knowledge with a top-level `knowledge:` key (a path relative to
the cases file); without it, the shipped knowledge is used. The chatbot is imported only when such
a file is collected, so the plugin costs nothing in other projects' test runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from chatbot.bot import Bot
    from chatbot.regression import Case, CasesFile, Result

PREFIX = "test_"
SUFFIX = ".cases.yaml"
MAX_NAME_CHARS = 80  # a test's name is its question, cut to this length
_BOTS = pytest.StashKey["dict[str, Bot]"]()  # one Bot per knowledge file, for the whole session


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    name = file_path.name
    if name.startswith(PREFIX) and name.endswith(SUFFIX) and len(name) > len(PREFIX) + len(SUFFIX):
        return CasesModule.from_parent(parent, path=file_path)
    return None


class CasesModule(pytest.File):
    """A cases file: its items are its cases."""

    def collect(self) -> Iterator[CaseItem]:
        from chatbot.regression import expectation_error, load_cases

        cases_file = load_cases(self.path)
        bot = _bot(self.config, cases_file)
        unknown = expectation_error(cases_file, bot.knowledge)
        if unknown is not None:
            raise unknown
        seen: dict[str, int] = {}
        for case in cases_file.cases:
            name = _name(case)
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name = f"{name} #{seen[name]}"
            yield CaseItem.from_parent(self, name=name, case=case, bot=bot)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        from chatbot.errors import ChatbotError
        from chatbot.text import strip_control

        if isinstance(excinfo.value, ChatbotError):
            return strip_control(str(excinfo.value))
        return str(super().repr_failure(excinfo))


class CaseItem(pytest.Item):
    """One case: its question must get the reply it expects."""

    def __init__(self, *, case: Case, bot: Bot, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.case = case
        self.bot = bot

    def runtest(self) -> None:
        from chatbot.regression import run_case

        result = run_case(self.bot, self.case)
        if not result.passed:
            raise CaseFailed(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        from chatbot.regression import describe_failure
        from chatbot.text import strip_control

        if isinstance(excinfo.value, CaseFailed):
            return strip_control(
                f"{self.case.where}: the reply is not what the case expects\n"
                + describe_failure(excinfo.value.result)
            )
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = self.case.line - 1 if self.case.line else None
        return self.path, line, f"case: {self.case.question}"


class CaseFailed(Exception):
    """A case whose reply is not what it expects."""

    def __init__(self, result: Result) -> None:
        super().__init__(result.case.question)
        self.result = result


def _bot(config: pytest.Config, cases_file: CasesFile) -> Bot:
    from chatbot.bot import Bot

    bots = config.stash.setdefault(_BOTS, {})
    knowledge = cases_file.knowledge
    key = str(knowledge.resolve()) if knowledge is not None else ""
    if key not in bots:
        bots[key] = Bot(cases_file.load_knowledge())
    return bots[key]


def _name(case: Case) -> str:
    from chatbot.text import strip_control

    name = case.question if not case.before else f"{case.question} (after {' / '.join(case.before)})"
    name = " ".join(strip_control(name).split()).replace("::", ": :")
    return name if len(name) <= MAX_NAME_CHARS else name[: MAX_NAME_CHARS - 1] + "…"
