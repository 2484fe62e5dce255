"""The `check` and `validate` subcommands: regression cases and the knowledge lint, on the command line.

cli.py registers them with `add_subcommands`; bad cases or knowledge files raise ChatbotError,
which cli.main() reports (located, no traceback) with exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from chatbot.bot import Bot
from chatbot.console import EXIT_FAILURES, EXIT_OK, is_terminal, write_json
from chatbot.errors import CasesError, Problem
from chatbot.knowledge import load_knowledge, shipped_knowledge_path
from chatbot.text import strip_control

if TYPE_CHECKING:  # the lint and the cases runner are imported by the handlers that use them
    from chatbot.lint import LintReport
    from chatbot.regression import Report

PROGRESS_MIN_CASES = 50  # fewer cases finish before a bar would be worth drawing
PROGRESS_WIDTH = 30
SHOWN_MISANSWERED = 10  # held-out phrasings listed by `validate` before "… and N more"

CHECK_EPILOG = """\
examples:
  ketamine-faq check                          the cases shipped beside the knowledge
  ketamine-faq check my_topic.cases.yaml --kb my_topic.yaml
  ketamine-faq check --json > report.json     a machine-readable report

exit status: 0 all cases pass, 1 some case fails, 2 a cases or knowledge file cannot be used
"""
VALIDATE_EPILOG = """\
exit status: 0 no collisions (warnings are fine), 1 collisions, 2 the knowledge file cannot be used
"""

Handler = Callable[[argparse.Namespace], int]


def add_subcommands(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add `check` and `validate`; each sets `handler` (see HANDLERS) with set_defaults.

    cli.py's parser class lays their help out, descriptions and examples kept as written."""
    check_parser = commands.add_parser(
        "check",
        parents=[shared],
        help="run regression cases against the knowledge",
        description="Ask every question of one or more cases files and report those whose reply is "
        "not what the case expects. With no CASES, runs <knowledge stem>.cases.yaml beside the "
        "knowledge file. --kb overrides a cases file's own `knowledge:` key.",
        epilog=CHECK_EPILOG,
    )
    check_parser.add_argument("cases", nargs="*", metavar="CASES", help="cases files (YAML)")
    check_parser.set_defaults(handler=HANDLERS["check"])
    validate_parser = commands.add_parser(
        "validate",
        parents=[shared],
        help="check the knowledge file and lint it against itself",
        description="Check the knowledge file's schema, then lint it: phrasings that match another "
        "entry at least as well as their own, near-duplicate phrasings under different entries, "
        "misplaced phrasings, entries with few phrasings, and leave-one-out accuracy.",
        epilog=VALIDATE_EPILOG,
    )
    validate_parser.add_argument(
        "--no-leave-one-out",
        dest="leave_one_out",
        action="store_false",
        help="skip leave-one-out (the slow part on a large knowledge file)",
    )
    validate_parser.set_defaults(handler=HANDLERS["validate"])


def check(options: argparse.Namespace) -> int:
    """`ketamine-faq check [CASES ...]`: 0 if every case passes, 1 if any fails."""
    from pathlib import Path  # here, not at the top: cli.py imports this module on every start

    from chatbot.regression import cases_path_for, load_cases, run_cases

    kb = getattr(options, "kb", None)
    paths = [Path(p) for p in getattr(options, "cases", None) or ()]
    if not paths:
        knowledge_path = Path(kb) if kb else Path(shipped_knowledge_path())
        default = cases_path_for(knowledge_path)
        if not default.is_file():
            raise CasesError(
                [Problem(str(default), None, "", f"no cases file beside {knowledge_path}; name one")]
            )
        paths = [default]
    bots: dict[str, Bot] = {}
    reports = []
    for path in paths:
        cases_file = load_cases(path)
        key = str(kb or cases_file.knowledge or "")  # "": the shipped knowledge
        if key not in bots:
            bots[key] = Bot(load_knowledge(kb) if kb else cases_file.load_knowledge())
        with _Progress(sys.stderr, len(cases_file.cases)) as progress:
            reports.append(run_cases(bots[key], cases_file, progress.update))
    if getattr(options, "json", False):
        write_json(_check_record(reports), sys.stdout, indent=2)
    else:
        write_check_report(reports, sys.stdout)
    return EXIT_OK if all(report.ok for report in reports) else EXIT_FAILURES


def validate(options: argparse.Namespace) -> int:
    """`ketamine-faq validate`: 0 if the lint finds no collision, 1 if it does."""
    from chatbot.lint import lint

    knowledge = load_knowledge(getattr(options, "kb", None))
    report = lint(knowledge, leave_one_out=getattr(options, "leave_one_out", True))
    if getattr(options, "json", False):
        write_json(report.to_dict(), sys.stdout, indent=2)
    else:
        write_lint_report(report, sys.stdout)
    return EXIT_OK if report.ok else EXIT_FAILURES


HANDLERS: Mapping[str, Handler] = {"check": check, "validate": validate}


def write_check_report(reports: Sequence[Report], out: TextIO) -> None:
    """Each failure with its question, expectation, reply and candidates; then a summary by kind."""
    from chatbot.regression import describe_failure, merge_tallies

    for report in reports:
        for result in report.failures:
            where = _shown(result.case.path) + (f":{result.case.line}" if result.case.line else "")
            out.write(f"FAIL {_clean(where)}\n")
            out.write("".join(f"  {line}\n" for line in _clean(describe_failure(result)).splitlines()))
            out.write("\n")
    tallies = merge_tallies(reports)
    width = max((len(t.category) for t in tallies), default=0)
    for tally in tallies:
        out.write(f"{tally.category:<{width}}  {tally.passed:>4}/{tally.total:<4} passed\n")
    total = sum(len(report.results) for report in reports)
    failed = sum(len(report.failures) for report in reports)
    files = ", ".join(_clean(_shown(report.cases_path)) for report in reports)
    out.write(f"{total} cases, {total - failed} passed, {failed} failed ({files})\n")


def write_lint_report(report: LintReport, out: TextIO) -> None:
    """The schema verdict, the collisions, the warnings and the leave-one-out accuracy."""
    out.write(
        f"{_clean(_shown(report.knowledge_path))}: schema OK, {report.entries} entries, "
        f"{report.phrasings} phrasings, {report.smalltalk} small-talk entries\n"
    )
    collisions, warnings = report.collisions, report.warnings
    if collisions:
        out.write(f"\n{len(collisions)} collision{'s' if len(collisions) != 1 else ''}:\n")
        out.write("".join(f"  {_clean(str(finding))}\n" for finding in collisions))
    else:
        out.write("No collisions.\n")
    if warnings:
        out.write(f"\n{len(warnings)} warning{'s' if len(warnings) != 1 else ''}:\n")
        out.write("".join(f"  {_clean(str(finding))}\n" for finding in warnings))
    held_out = report.leave_one_out
    if held_out is None:
        return
    out.write(
        f"\nLeave-one-out: {held_out.reached} of {held_out.total} phrasings ({held_out.accuracy:.1%}) "
        f"still get their entry's answer when taken out of the file, and {held_out.offered} "
        f"({held_out.offered / held_out.total if held_out.total else 1.0:.1%}) get it or are offered it; "
        f"{held_out.ranked_first} ({held_out.ranked_first / held_out.total if held_out.total else 1.0:.1%}) "
        f"rank it first ({held_out.rebuilds} bots built, {held_out.seconds:.1f} s).\n"
    )
    misanswered = held_out.misanswered
    if misanswered:
        out.write(f"Taken out, {len(misanswered)} get another entry's answer instead:\n")
        for result in misanswered[:SHOWN_MISANSWERED]:
            out.write(
                f"  {result.entry_id}: {_clean(repr(result.phrasing))} -> "
                f"{result.got_entry_id} ({result.confidence:.2f})\n"
            )
        if len(misanswered) > SHOWN_MISANSWERED:
            out.write(f"  … and {len(misanswered) - SHOWN_MISANSWERED} more (--json lists them all)\n")


def _check_record(reports: Sequence[Report]) -> dict[str, object]:
    from chatbot.regression import merge_tallies

    total = sum(len(report.results) for report in reports)
    failed = sum(len(report.failures) for report in reports)
    return {
        "ok": failed == 0,
        "total": total,
        "passed": total - failed,
        "failed": failed,
        "by_kind": {t.category: {"passed": t.passed, "total": t.total} for t in merge_tallies(reports)},
        "files": [report.to_dict() for report in reports],
    }


def _shown(path: str) -> str:
    """A path as short as it can be said: relative to the working directory when it is inside it."""
    from pathlib import Path

    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except (ValueError, OSError):
        return path


def _clean(text: str) -> str:
    """No control or escape characters from a cases or knowledge file reach the terminal."""
    return strip_control(text)


class _Progress:
    """A progress bar drawn with carriage returns, only on a terminal and only for many cases."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self._stream = stream
        self._drawn = total >= PROGRESS_MIN_CASES and is_terminal(stream)
        self._last = -1
        self._width = 0

    def __enter__(self) -> _Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._drawn and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()

    def update(self, done: int, total: int) -> None:
        if not self._drawn:
            return
        filled = PROGRESS_WIDTH * done // max(1, total)
        if filled == self._last and done != total:
            return
        self._last = filled
        line = f"checking [{'#' * filled}{'.' * (PROGRESS_WIDTH - filled)}] {done}/{total}"
        self._width = len(line)
        self._stream.write("\r" + line)
        self._stream.flush()
