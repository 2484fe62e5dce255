"""Regression cases: questions and the reply each must get, checked against a knowledge file.

A cases file (YAML) holds a list of cases; each names a question and what it expects:

    knowledge: ../my_topic.yaml     # optional; relative to this file (default: the shipped knowledge)
    cases:
      - question: "how long do the drips take"
        expect: session-length      # an entry id (or a small-talk id)
      - question: "1"
        before: ["how long does an infusion take"]   # earlier turns of the same conversation
        expect: recovery

`expect` is an entry id (the reply must answer with that entry), a small-talk id (that small-talk
reply), or one of the kinds in EXPECTATIONS (a kind wins over an entry that happens to share its
name). `fallback` is strict: a "did you mean…" reply does not pass; write `fallback-or-clarify`
where offering choices is acceptable too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import process

from chatbot.bot import Bot
from chatbot.errors import MAX_PROBLEMS, CasesError, KnowledgeError, Problem
from chatbot.knowledge import Knowledge
from chatbot.matching import Candidate
from chatbot.reply import Kind, Reply
from chatbot.yaml_source import KeyPath, LocatedDocument, read_yaml

CASES_SUFFIX = ".cases.yaml"
FALLBACK_OR_CLARIFY = "fallback-or-clarify"
# What `expect` may say besides an id, and which reply kinds pass it.
EXPECTATIONS: dict[str, frozenset[Kind]] = {
    "fallback": frozenset({Kind.FALLBACK}),
    FALLBACK_OR_CLARIFY: frozenset({Kind.FALLBACK, Kind.CLARIFY}),
    "clarify": frozenset({Kind.CLARIFY}),
    "smalltalk": frozenset({Kind.SMALLTALK}),
    "crisis": frozenset({Kind.CRISIS}),
}
# The groups of the summary, in the order they are shown; an id expects "answer" (or "smalltalk").
CATEGORIES = ("answer", "smalltalk", "fallback", "clarify", "crisis")
MAX_TEXT_CHARS = 2000  # a question or an earlier turn; the bot reads only the first 1,000 anyway
SHOWN_CANDIDATES = 3  # candidates shown with a failure


@dataclass(frozen=True)
class Case:
    """One question (after optional earlier turns) and what its reply must be."""

    question: str
    expect: str
    before: tuple[str, ...] = ()
    path: str = ""
    line: int | None = None

    @property
    def where(self) -> str:
        """`path:line` of the case in its file."""
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class CasesFile:
    """The cases of one file, and the knowledge file it names (None: the caller's choice)."""

    path: str
    cases: tuple[Case, ...]
    knowledge: Path | None = None
    knowledge_line: int | None = None  # where the file names its knowledge

    def load_knowledge(self) -> Knowledge:
        """The knowledge this file names (the shipped one if none). The path may point anywhere, so a
        file that is not a knowledge file is refused in one line quoting nothing of it."""
        from chatbot.knowledge import NOT_KNOWLEDGE, load_knowledge

        try:
            return load_knowledge(self.knowledge, quote=self.knowledge is None)
        except KnowledgeError as error:
            if error.problems and error.problems[0].message == NOT_KNOWLEDGE:
                message = f"names {self.knowledge}, which {NOT_KNOWLEDGE}"
                raise CasesError([Problem(self.path, self.knowledge_line, "knowledge", message)]) from None
            raise


@dataclass(frozen=True)
class Result:
    """What one case got, and whether that is what it expected."""

    case: Case
    passed: bool
    category: str  # one of CATEGORIES: what sort of reply was expected
    kind: Kind
    entry_id: str | None
    confidence: float
    suggestions: tuple[str, ...]  # entry ids offered as numbered choices
    candidates: tuple[Candidate, ...]  # the best-scoring entries for the question

    @property
    def expected(self) -> str:
        """The expectation in words: "answer session-length", "fallback or clarify", …"""
        expect = self.case.expect
        if expect in EXPECTATIONS:
            return expect.replace("-or-", " or ")
        return f"{self.category} {expect}"

    @property
    def got(self) -> str:
        """The reply in words: "answer recovery", "clarify: crps, fibromyalgia", "fallback", …"""
        if self.entry_id:
            return f"{self.kind.value} {self.entry_id}"
        if self.suggestions:
            return f"{self.kind.value}: {', '.join(self.suggestions)}"
        return self.kind.value

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.case.path,
            "line": self.case.line,
            "question": self.case.question,
            "before": list(self.case.before),
            "expect": self.case.expect,
            "category": self.category,
            "passed": self.passed,
            "kind": self.kind.value,
            "entry_id": self.entry_id,
            "confidence": self.confidence,
            "suggestions": list(self.suggestions),
            "candidates": [
                {"entry_id": c.entry_id, "score": c.score, "phrasing": c.phrasing} for c in self.candidates
            ],
        }


@dataclass(frozen=True)
class Tally:
    """Passed and total cases of one category."""

    category: str
    passed: int
    total: int


@dataclass(frozen=True)
class Report:
    """The results of running one cases file against one knowledge file."""

    cases_path: str
    knowledge_path: str
    results: tuple[Result, ...]

    @property
    def failures(self) -> tuple[Result, ...]:
        return tuple(result for result in self.results if not result.passed)

    @property
    def ok(self) -> bool:
        return not self.failures

    def by_category(self) -> tuple[Tally, ...]:
        """Passed and total per category, in the order of CATEGORIES, only those with cases."""
        tallies = []
        for category in CATEGORIES:
            group = [result for result in self.results if result.category == category]
            if group:
                tallies.append(Tally(category, sum(result.passed for result in group), len(group)))
        return tuple(tallies)

    def to_dict(self) -> dict[str, object]:
        return {
            "cases": self.cases_path,
            "knowledge": self.knowledge_path,
            "ok": self.ok,
            "total": len(self.results),
            "passed": len(self.results) - len(self.failures),
            "failed": len(self.failures),
            "by_kind": {t.category: {"passed": t.passed, "total": t.total} for t in self.by_category()},
            "results": [result.to_dict() for result in self.results],
        }


def merge_tallies(reports: Iterable[Report]) -> tuple[Tally, ...]:
    """The per-category tallies of several reports added up."""
    totals: dict[str, list[int]] = {}
    for report in reports:
        for tally in report.by_category():
            counts = totals.setdefault(tally.category, [0, 0])
            counts[0] += tally.passed
            counts[1] += tally.total
    return tuple(Tally(c, *totals[c]) for c in CATEGORIES if c in totals)


def cases_path_for(knowledge_path: str | Path) -> Path:
    """The default cases file of a knowledge file: `<stem>.cases.yaml` beside it."""
    path = Path(knowledge_path)
    return path.with_name(path.stem + CASES_SUFFIX)


def load_cases(path: str | Path, knowledge: Knowledge | None = None) -> CasesFile:
    """Read and check a cases file; raise CasesError naming every problem, located.

    With `knowledge`, an `expect` that names no entry of it is a problem too.
    """
    document, problems = read_yaml(path)
    if document is None:
        raise CasesError(problems)
    cases_file = _CasesReader(document).read()
    if knowledge is not None:
        unknown = expectation_error(cases_file, knowledge)
        if unknown is not None:
            raise unknown
    return cases_file


def expectation_error(cases_file: CasesFile, knowledge: Knowledge) -> CasesError | None:
    """The error to raise when an `expect` is neither a kind nor an id of `knowledge`: each located,
    the first MAX_PROBLEMS of them described, the others only counted."""
    ids = [entry.id for entry in (*knowledge.entries, *knowledge.smalltalk)]
    known = frozenset(ids)
    topics = frozenset(topic.id for topic in knowledge.unanswerable)
    problems = []
    more = 0
    for index, case in enumerate(cases_file.cases):
        if case.expect in EXPECTATIONS or case.expect in known:
            continue
        if len(problems) >= MAX_PROBLEMS:
            more += 1
            continue
        if case.expect in topics:
            message = f"{case.expect!r} is an unanswerable topic, not an entry; expect fallback instead"
        else:
            message = f"{case.expect!r} is not an entry id of {knowledge.path}"
            guess = process.extractOne(case.expect, ids, score_cutoff=75)
            if guess:
                message += f" (did you mean {guess[0]!r}?)"
            else:
                message += f"; expected an entry id or one of {', '.join(EXPECTATIONS)}"
        problems.append(Problem(cases_file.path, case.line, f"cases.{index}.expect", message))
    return CasesError(problems, more) if problems else None


def run_case(bot: Bot, case: Case) -> Result:
    """Ask the case's earlier turns, then its question, in one conversation, and judge the reply.

    An `expect` naming no entry simply fails here; load_cases(path, knowledge) and run_cases refuse it.
    """
    conversation = bot.conversation()
    for turn in case.before:
        conversation.ask(turn)
    reply = conversation.ask(case.question)
    smalltalk_ids = {entry.id for entry in bot.knowledge.smalltalk}
    if case.expect in EXPECTATIONS:
        passed = reply.kind in EXPECTATIONS[case.expect]
        category = "fallback" if case.expect == FALLBACK_OR_CLARIFY else case.expect
    else:
        category = "smalltalk" if case.expect in smalltalk_ids else "answer"
        passed = reply.kind == category and reply.entry_id == case.expect
    candidates = reply.candidates or (() if passed else bot.explain(case.question))
    return Result(
        case=case,
        passed=passed,
        category=category,
        kind=reply.kind,
        entry_id=reply.entry_id,
        confidence=reply.confidence,
        suggestions=tuple(s.entry_id for s in reply.suggestions) if _offers_choices(reply) else (),
        candidates=tuple(candidates),
    )


def run_cases(bot: Bot, cases_file: CasesFile, progress: Callable[[int, int], None] | None = None) -> Report:
    """Run every case of a file against `bot`; `progress(done, total)` is called after each case.

    Raises CasesError if an `expect` names no entry of the bot's knowledge.
    """
    unknown = expectation_error(cases_file, bot.knowledge)
    if unknown is not None:
        raise unknown
    results = []
    total = len(cases_file.cases)
    for done, case in enumerate(cases_file.cases, start=1):
        results.append(run_case(bot, case))
        if progress is not None:
            progress(done, total)
    return Report(cases_file.path, bot.knowledge.path, tuple(results))


def describe_failure(result: Result) -> str:
    """A failed case in a few plain lines: question, expected, got, confidence, top candidates."""
    case = result.case
    lines = [f"question:   {case.question}"]
    if case.before:
        lines.append(f"after:      {' / '.join(case.before)}")
    lines.append(f"expected:   {result.expected}")
    lines.append(f"got:        {result.got} (confidence {result.confidence:.2f})")
    shown = result.candidates[:SHOWN_CANDIDATES]
    width = max((len(c.entry_id) for c in shown), default=0)
    for number, candidate in enumerate(shown):
        label = "candidates:" if number == 0 else ""
        lines.append(
            f"{label:<11} {candidate.score:.3f}  {candidate.entry_id:<{width}}  ({candidate.phrasing})"
        )
    if not shown:
        lines.append("candidates: none (no phrasing shares a word with the question)")
    return "\n".join(lines)


def _offers_choices(reply: Reply) -> bool:
    return reply.kind is Kind.CLARIFY


class _CasesReader:
    """Walks a parsed cases document, collecting located problems."""

    TOP_KEYS = ("cases", "knowledge")
    CASE_KEYS = ("question", "expect", "before")

    def __init__(self, document: LocatedDocument) -> None:
        self.document = document
        self.problems: list[Problem] = []
        self.more = 0  # problems past MAX_PROBLEMS: counted, never built

    def problem(self, key_path: KeyPath, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.more += 1
        else:
            self.problems.append(self.document.problem(key_path, message))

    def read(self) -> CasesFile:
        root = self.document.value
        if not isinstance(root, dict):
            self.problem((), "the file must be a mapping with a `cases` list")
            raise CasesError(self.problems, self.more)
        for key in root:
            if key not in self.TOP_KEYS:
                self.problem((key,), f"unknown key; expected one of {', '.join(self.TOP_KEYS)}")
        knowledge = self.knowledge(root.get("knowledge"))
        cases = self.cases(root.get("cases"))
        if self.problems:
            raise CasesError(self.problems, self.more)
        line = self.document.line_of(("knowledge",)) if knowledge is not None else None
        return CasesFile(self.document.path, tuple(cases), knowledge, line)

    def knowledge(self, value: object) -> Path | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(("knowledge",), "must be the path of a knowledge file, relative to this file")
            return None
        path = Path(self.document.path).parent / value.strip()
        if not path.exists():
            self.problem(("knowledge",), f"no knowledge file at {path}")
        elif not path.is_file():  # a FIFO would wait for a writer, a device never end
            self.problem(("knowledge",), f"names {path}, which is not a regular file")
        return path

    def cases(self, value: object) -> list[Case]:
        if value is None:
            self.problem(("cases",), "is missing: the file needs a `cases` list")
            return []
        if not isinstance(value, list):
            self.problem(("cases",), "must be a list of cases (each with question and expect)")
            return []
        if not value:
            self.problem(("cases",), "is empty: add at least one case")
        cases = []
        for index, item in enumerate(value):
            case = self.case(item, ("cases", index))
            if case is not None:
                cases.append(case)
        return cases

    def case(self, item: object, path: KeyPath) -> Case | None:
        if not isinstance(item, dict):
            self.problem(path, "must be a mapping with question and expect")
            return None
        for key in item:
            if key not in self.CASE_KEYS:
                self.problem((*path, key), f"unknown key; expected one of {', '.join(self.CASE_KEYS)}")
        question = self.text(item.get("question"), (*path, "question"))
        expect = self.text(item.get("expect"), (*path, "expect"))
        before = self.turns(item.get("before"), (*path, "before"))
        if question is None or expect is None or before is None:
            return None
        return Case(question, expect, before, self.document.path, self.document.line_of(path))

    def text(self, value: object, path: KeyPath) -> str | None:
        if value is None:
            self.problem(path, "is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(path, "must be text (put it in quotes)")
            return None
        text = str(value).strip()
        if not text:
            self.problem(path, "is empty")
            return None
        if len(text) > MAX_TEXT_CHARS:
            self.problem(path, f"is longer than {MAX_TEXT_CHARS:,} characters")
            return None
        return text

    def turns(self, value: object, path: KeyPath) -> tuple[str, ...] | None:
        if value is None:
            return ()
        if not isinstance(value, str | list):
            self.problem(path, "must be a list of earlier questions")
            return None
        items: Sequence[object] = [value] if isinstance(value, str) else value
        turns = [self.text(item, (*path, index)) for index, item in enumerate(items)]
        return None if any(turn is None for turn in turns) else tuple(t for t in turns if t is not None)
