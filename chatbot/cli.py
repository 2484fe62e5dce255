"""The command line: `ketamine-faq` chats, `ketamine-faq ask` answers once, `check`/`validate` test knowledge.

The only modules that talk to a terminal are this one and `chat.py`. Heavy imports
(prompt_toolkit) happen only on the path that needs them, so one-shot and pipe use start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

import chatbot
from chatbot.console import (
    EXIT_FAILURES,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    is_terminal,
    terminal_columns,
    write_json,
)
from chatbot.errors import CasesError, ChatbotError, KnowledgeError
from chatbot.text import sanitize

if TYPE_CHECKING:
    from chatbot.matching import Candidate

# What this module imports at its top is light (the standard library, chatbot.console/errors/text):
# the bot, rapidfuzz and the rest are imported by command() once Ctrl-C is in hand, or on first use.

__all__ = [
    "EXIT_FAILURES", "EXIT_OK", "EXIT_USAGE", "build_parser", "command", "main", "sanitize", "write_reply",
]  # fmt: skip

EMPTY_QUESTION_HINT = (
    'usage: ketamine-faq ask QUESTION, for example: ketamine-faq ask "Is ketamine addictive?"'
)
EXPLAIN_LIMIT = 5  # candidates shown by --explain: the clarify choices and a little beyond
# Problems of a broken file printed: a screen or two, enough to start mending; a file broken in
# thousands of places (a generated one, say) would otherwise flood the terminal.
MAX_PROBLEMS_SHOWN = 50
# Characters of a piped line read before the rest is dropped: one more than the bot reads, so that it
# still sees that the line was cut and says so.
MAX_LINE_CHARS = 1001  # chatbot.bot.MAX_QUESTION_CHARS + 1

EXAMPLES = """\
examples:
  ketamine-faq                                  chat in the terminal
  ketamine-faq ask "How long does an infusion take?"
  ketamine-faq ask --explain "is it addictive"  the reply, then how the question scored
  ketamine-faq ask --json "what is ketamine"    one reply as a JSON object
  echo "what is ketamine" | ketamine-faq --json one JSON line per input line
  ketamine-faq --kb my_topic.yaml ask "..."     use another knowledge file
  ketamine-faq --history ~/.ketamine-faq-history
                                                chat, keeping what you type in a file (mode 0600)
  ketamine-faq serve                            a chat page and a JSON API at http://127.0.0.1:8000
                                                (pip install 'ketamine-faq[serve]')

When standard input is not a terminal, each input line gets one reply (plain text with a blank
line between replies, or one JSON object per line with --json), in one conversation: a follow-up
("are they permanent?") is read with the last answer, "2" picks choice 2 of the previous reply,
"more" offers more questions, and a goodbye ("bye") ends it.

exit status: 0 done, 1 cases failed (check) or the output cannot be written,
2 bad usage or a file that cannot be used.
This bot gives educational information from one article, not medical advice.
"""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help, as wide as the replies: one-line descriptions wrapped, text laid out in
    lines by hand (the examples, the exit statuses) kept as written.

    Told no width, argparse imports shutil to ask the terminal's size, and it asks whenever a
    parser is built, help or no help: about 1.5 ms of every one-shot `ask`.
    """

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        from chatbot import render

        if width is None:  # less 2, as argparse does with the terminal's width
            width = render.line_width(terminal_columns(render.MAX_LINE_WIDTH)) - 2
        super().__init__(prog, indent_increment, max_help_position, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text.strip():
            return super()._fill_text(text, width, indent)
        return argparse.HelpFormatter._fill_text(self, text, width, indent)


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors return through main() as exit code 2 instead of exiting, and
    help is laid out by _HelpFormatter unless a parser asks for another."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        # The message may quote what was typed ("invalid choice: '\x1b]0;…'"): no escape reaches a terminal.
        raise _UsageError(
            f"{self.prog}: error: {sanitize(message)}\n{self.format_usage().strip()}\n"
            f"Try 'ketamine-faq --help' for examples."
        )


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; `--kb` and `--json` are accepted before or after a subcommand."""
    shared = _Parser(add_help=False)
    shared.add_argument(
        "--kb", metavar="PATH", default=argparse.SUPPRESS, help="another knowledge file (YAML)"
    )
    shared.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    parser = _Parser(
        prog="ketamine-faq",
        description="Answers questions about ketamine therapy for chronic pain, "
        "from one educational article. Not medical advice. With no COMMAND, chats.",
        epilog=EXAMPLES,
        parents=[shared],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {chatbot.__version__}")
    parser.add_argument(
        "--no-color", action="store_true", help="no colour in the chat (NO_COLOR is honoured too)"
    )
    parser.add_argument(
        "--history", metavar="FILE", help="keep chat input history in FILE (created mode 0600)"
    )
    parser.set_defaults(handler=_converse)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_commands(commands, shared)
    return parser


def _add_commands(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """The one place subcommands are registered. Each sets `handler`, a function(options) -> exit
    code, with `set_defaults`; main() calls it. Pass `parents=[shared]` for --kb and --json."""
    from chatbot import regression_cli, serve_cli

    _add_ask(commands, shared)
    regression_cli.add_subcommands(commands, shared)
    serve_cli.add_subcommand(commands, shared)


def _add_ask(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    ask = commands.add_parser(
        "ask",
        parents=[shared],
        help="print the reply to one question",
        description="Print the reply to one question.",
        epilog='example: ketamine-faq ask --explain "How long does an infusion take?"',
    )
    ask.add_argument("question", nargs="+", help="the question (quote it, or give it as several words)")
    ask.add_argument("--explain", action="store_true", help="also show the scores and the article's quotes")
    ask.set_defaults(handler=_ask)


def command() -> int:
    """The `ketamine-faq` command and `python -m chatbot`: main(), in a process of its own.

    Ctrl-C is in hand from the first line: `import chatbot` and this module import almost nothing,
    and the modules main() needs (the bot, rapidfuzz, the renderer) are imported here, where an
    interrupt ends the command quietly (exit 130) instead of printing a traceback from an import.

    Everything imported by now (this package, rapidfuzz, the standard library under them) lives
    until the process ends. gc.freeze() tells the cyclic garbage collector so: the collections
    CPython runs at exit then skip those objects instead of traversing them all and taking the
    modules' cycles of functions and classes apart one by one, work whose memory the operating
    system takes back anyway. That is about 5 ms of a one-shot `ask` (benchmarks/RESULTS.md).
    main() itself leaves the collector alone: a program that calls it owns its process.
    """
    try:
        import chatbot.bot
        import chatbot.prebuilt
        import chatbot.regression_cli
        import chatbot.render  # noqa: F401
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    gc.freeze()
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    if sys.stdout is None:  # started with standard output closed (`>&-`): nowhere to say anything but here
        _complain("ketamine-faq: standard output is closed")
        return EXIT_FAILURES
    _tolerate_unencodable_output()
    try:
        code = _run(argv)
        sys.stdout.flush()  # a full disk shows here, not as an "Exception ignored" at exit
        return code
    except ChatbotError as error:
        _complain(f"ketamine-faq: {sanitize(error_message(error))}")
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as error:  # a full disk, say: the output is lost, and the person must know
        _silence_stdout()
        _complain(f"ketamine-faq: cannot write the output: {sanitize(error.strerror or str(error))}")
        return EXIT_FAILURES
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _run(argv: Sequence[str] | None) -> int:
    try:
        options = build_parser().parse_args(argv)
    except _UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as done:  # --help and --version print, then exit through argparse
        return done.code if isinstance(done.code, int) else EXIT_OK
    return options.handler(options)


def error_message(error: ChatbotError) -> str:
    """The error as printed: a broken file's problems cut to the first MAX_PROBLEMS_SHOWN."""
    if isinstance(error, KnowledgeError | CasesError):
        return error.summary(MAX_PROBLEMS_SHOWN)
    return str(error)


def load_bot(options: argparse.Namespace) -> chatbot.Bot:
    """The bot for `--kb PATH`, or for the shipped knowledge. Raises KnowledgeError."""
    return chatbot.load(getattr(options, "kb", None))


def _ask(options: argparse.Namespace) -> int:
    question = " ".join(options.question)
    if not question.strip():
        print(f"ketamine-faq ask: error: the question is empty\n{EMPTY_QUESTION_HINT}", file=sys.stderr)
        return EXIT_USAGE
    bot = load_bot(options)
    reply = bot.ask(question)
    candidates = bot.explain(question, EXPLAIN_LIMIT) if options.explain else None
    if getattr(options, "json", False):
        record = reply.to_dict()
        if candidates is not None:
            record["candidates"] = [
                {"entry_id": c.entry_id, "score": c.score, "phrasing": c.phrasing} for c in candidates
            ]
        write_json(record, sys.stdout)
        return EXIT_OK
    if is_terminal(sys.stdout):
        from chatbot import render

        width = render.line_width(terminal_columns(render.MAX_LINE_WIDTH))
        sys.stdout.write(render.plain(render.reply_fragments(reply, width)))
    else:
        write_reply(reply, sys.stdout, as_json=False)
    if candidates is not None:
        write_candidates(candidates, sys.stdout, bot.knowledge)
        write_quotes(reply, sys.stdout)
    sys.stdout.flush()
    return EXIT_OK


def _converse(options: argparse.Namespace) -> int:
    """No subcommand: a chat on a terminal, otherwise one reply per line of standard input."""
    bot = load_bot(options)
    as_json = getattr(options, "json", False)
    if as_json or not (is_terminal(sys.stdin) and is_terminal(sys.stdout)):
        return answer_lines(bot, sys.stdin, sys.stdout, as_json=as_json)
    from pathlib import Path

    from chatbot import chat  # prompt_toolkit is imported here only: the other paths start faster

    history = Path(options.history).expanduser() if options.history else None
    if history is not None:
        try:
            chat.prepare_history_file(history)
        except OSError as error:
            reason = sanitize(error.strerror or str(error))
            message = f"ketamine-faq: cannot use history file {sanitize(str(history))}: {reason}"
            print(message, file=sys.stderr)
            return EXIT_USAGE
    color = not options.no_color and not os.environ.get("NO_COLOR")
    return chat.run_chat(bot, history_path=history, color=color)


def answer_lines(bot: chatbot.Bot, lines: TextIO | None, out: TextIO, *, as_json: bool) -> int:
    """One reply per non-blank input line, in one conversation, each written and flushed at once,
    until a goodbye."""
    if lines is None:  # started with standard input closed
        return EXIT_OK
    with contextlib.suppress(AttributeError, ValueError):  # bytes not UTF-8 become U+FFFD, not a crash
        lines.reconfigure(errors="replace")  # type: ignore[attr-defined]
    conversation = bot.conversation()
    for line in bounded_lines(lines, MAX_LINE_CHARS):
        question = line.strip()
        if question:
            reply = conversation.ask(question)
            write_reply(reply, out, as_json=as_json)
            out.flush()
            if reply.ends_conversation:  # "bye": the lines after it are not read
                break
    return EXIT_OK


def bounded_lines(stream: TextIO, limit: int) -> Iterator[str]:
    """The lines of `stream`, each cut to `limit` characters; the rest of a longer line is read in
    pieces of that size and dropped, so memory does not grow with the length of a line."""
    while True:
        line = stream.readline(limit)
        if not line:
            return
        if len(line) == limit and not line.endswith("\n"):
            while (rest := stream.readline(limit)) and not rest.endswith("\n"):
                pass
        yield line


def write_reply(reply: chatbot.Reply, out: TextIO, *, as_json: bool) -> None:
    """One reply: a JSON object on one line, or the reply's text and a blank line."""
    if as_json:
        write_json(reply.to_dict(), out)
    else:
        out.write(sanitize(reply.text) + "\n\n")


def write_candidates(candidates: Sequence[Candidate], out: TextIO, knowledge: chatbot.Knowledge) -> None:
    """How the question scored: one line per candidate entry, best first."""
    out.write("Top candidates (score, entry, its question, the phrasing that matched):\n")
    if not candidates:
        out.write("  none: no entry shares a word with the question\n")
    for candidate in candidates:
        try:
            question = knowledge.entry(candidate.entry_id).question
        except KeyError:
            question = ""
        out.write(
            f"  {candidate.score:.3f}  {sanitize(candidate.entry_id)}  {sanitize(question)}"
            f"  (matched: {sanitize(candidate.phrasing)})\n"
        )


def write_quotes(reply: chatbot.Reply, out: TextIO) -> None:
    """The passages of the article that back the reply's answer, word for word, if it has any."""
    if not reply.quotes:
        return
    out.write(f"\nFrom the article, section \u201c{sanitize(reply.source or '')}\u201d:\n")
    for quote in reply.quotes:
        out.write("".join(f"  {line}\n" for line in f"\u201c{sanitize(quote)}\u201d".splitlines()))


def _tolerate_unencodable_output() -> None:
    """On a terminal whose encoding lacks "—" or "é", print "?" rather than end with a traceback."""
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]


def _complain(message: str) -> None:
    """`message` on standard error, if there is a standard error that can take it."""
    with contextlib.suppress(OSError, ValueError):
        print(message, file=sys.stderr)


def _silence_stdout() -> None:
    """After a closed pipe or a failed write, point stdout at /dev/null so that Python's exit flush,
    which would try the unwritten output again, stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
