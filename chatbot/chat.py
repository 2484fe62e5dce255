"""The terminal chat: prompt_toolkit input with completion and history; replies laid out by `render`.

The only module that imports prompt_toolkit. `cli.py` imports it lazily, when both ends are a terminal.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import shutil
import signal
import stat
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType

from prompt_toolkit import PromptSession
from prompt_toolkit.application import Application, get_app, get_app_or_none
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import ColorDepth, Output, create_output
from prompt_toolkit.output.plain_text import PlainTextOutput
from prompt_toolkit.output.vt100 import Vt100_Output
from prompt_toolkit.shortcuts import print_formatted_text
from prompt_toolkit.styles import Style
from prompt_toolkit.utils import is_dumb_terminal
from rapidfuzz import fuzz

from chatbot import render
from chatbot.bot import Bot
from chatbot.normalize import STOPWORDS
from chatbot.reply import Kind, Reply
from chatbot.text import fold, words

COMMANDS = (
    ("/help", "how to use this chat"),
    ("/topics", "everything I can answer, by article section"),
    ("/source", "which part of the article the last answer came from, in its words"),
    ("/why", "how your last question scored against what I know"),
    ("/quit", "leave the chat"),
)
ALIASES = {
    "/?": "/help",
    "/h": "/help",
    "/topic": "/topics",
    "/exit": "/quit",
    "/bye": "/quit",
    "/q": "/quit",
}
HINT = (
    "Type a question and press Enter. Questions I know are offered as you type (Tab or the arrow keys "
    "to choose); /topics lists them all, /help shows more. Ctrl-D or /quit leaves."
)
HELP = """\
Ask in your own words, for example "What are the side effects?", then follow up: "are they permanent?".
When I show a numbered list, type a number ("2", "the second one") to pick; "more" shows more questions.
Questions I know are offered as you type: Tab or Down to choose one, Enter to ask it.
Up and Down recall what you asked before (kept in memory only, unless you started me with --history FILE).
Ctrl-L clears the screen; what was on it stays in your terminal's scrollback.

  /topics   everything I can answer, grouped by the article's sections
  /source   which part of the article the last answer came from, and what it says there
  /why      how your last question scored against what I know
  /help     this help
  /quit     leave (so do "bye", "that's all" and Ctrl-D); Ctrl-C only clears the line"""
# A dumb terminal reads whole lines: no completion, no arrow keys, so its hint promises neither.
DUMB_HINT = (
    "Type a question and press Enter. /topics lists everything I can answer, /help shows more. "
    "/quit or Ctrl-D leaves."
)
ARROWS_IN_A_DUMB_TERMINAL = (
    "The arrow keys and Tab don't work in this terminal (TERM=dumb): please type your question in full. "
    "/topics lists everything I can answer."
)
# What an arrow key or another special key sends, as a dumb terminal hands it over in a line. (A Tab
# arrives as a tab, which could as well be pasted within a question: that is read as a space.)
SPECIAL_KEY = re.compile(r"\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])")
# A dumb terminal has no completion and no arrow keys: its help leaves them out.
DUMB_HELP = "\n".join(
    line for line in HELP.splitlines() if not any(key in line for key in ("Tab", "Up and Down", "Ctrl-L"))
)
PROMPT = "\u203a "
INTERRUPT_HINT = "(Ctrl-C clears the line. To leave, press Ctrl-D or type /quit.)"
# Fewer typed characters ("2", "ok") are picks and replies, not questions to complete.
MIN_COMPLETION_CHARS = 3
MAX_COMPLETIONS = 10  # more than a screenful of suggestions is noise; /topics lists everything
MENU_MARGINS = 3  # columns a completion menu takes beside its text: a space each side, and its scroll bar
MIN_COMPLETION_WIDTH = 12  # narrower, an item shows too little to be told apart: let the menu cut it
ELLIPSIS = "\u2026"
# Typed pronouns stand for what the question names; they need not be found in it.
PRONOUNS = frozenset("it its they them this that these those he him she her".split())
TYPO_SIMILARITY = 80  # rapidfuzz ratio from which a typed word counts as a misspelling of a question's word
MIN_TYPO_CHARS = 4  # shorter words are matched by prefix only: one wrong letter in three is another word
# Signals that end the chat (`kill PID`, a closed terminal window, Ctrl-\\). Their default, death on the
# spot (with a core dump, for SIGQUIT), would leave the terminal of a prompt in raw mode: no echo, no
# line editing.
ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
# The end of a history file read back for Up and Down: about 10,000 questions. A file grown larger,
# or replaced by something endless, costs no more memory than this.
MAX_HISTORY_BYTES = 1024 * 1024

STYLE = Style.from_dict(
    {
        "prompt": "bold fg:ansicyan",
        "crisis": "bold fg:ansired",
        "title": "bold",
        "heading": "bold",
        "number": "bold fg:ansicyan",
        "footer": "dim",  # an attribute, not a colour: still set apart under NO_COLOR
        "info": "fg:ansicyan",
        "error": "fg:ansired",
        "score": "fg:ansigreen",
        "placeholder": "dim",
        # The rest of an earlier question, offered as you type: an attribute, not a colour, so that it
        # never looks typed under NO_COLOR (Right arrow takes it; Enter sends only what was typed).
        "auto-suggestion": "dim",
        "bottom-toolbar": "noreverse dim",
        "completion-menu.completion": "bg:ansibrightblack fg:ansiwhite",
        "completion-menu.completion.current": "bg:ansicyan fg:ansiblack",
    }
)


class HistoryFileError(OSError):
    """A history file that could be turned against the person typing: it is refused, untouched."""


def open_history_file(path: Path) -> int:
    """A descriptor for reading and appending to the history file: people type health questions there.

    A new file is created for its owner alone (0600); an existing one is used only when it is a
    regular file of this user that no one else may read or write. A symbolic link is never followed
    (it could point at another file to append to), and nothing on disk is changed to make a file fit:
    HistoryFileError (an OSError) says what is wrong instead."""
    flags = os.O_RDWR | os.O_APPEND | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    found = os.lstat(path)
    _check_history_file(found)
    descriptor = os.open(path, flags | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        opened = os.fstat(descriptor)
        if (opened.st_dev, opened.st_ino) != (found.st_dev, found.st_ino):
            raise HistoryFileError(0, "it was replaced while being opened")
        _check_history_file(opened)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _check_history_file(found: os.stat_result) -> None:
    if stat.S_ISLNK(found.st_mode):
        raise HistoryFileError(0, "it is a symbolic link; give the file itself")
    if not stat.S_ISREG(found.st_mode):
        raise HistoryFileError(0, "it is not a regular file")
    if found.st_uid != os.geteuid():
        raise HistoryFileError(0, "it belongs to another user")
    if found.st_mode & 0o077:
        mode = f"{stat.S_IMODE(found.st_mode):04o}"
        raise HistoryFileError(
            0, f"others may read or write it (mode {mode}); make it private with chmod 600"
        )


def prepare_history_file(path: Path) -> None:
    """Check (or create, mode 0600) the history file as `open_history_file` does; OSError if unusable."""
    os.close(open_history_file(path))


class PrivateFileHistory(History):
    """prompt_toolkit's FileHistory, kept in a file opened by `open_history_file`: it never follows a
    link, and reads back only the last MAX_HISTORY_BYTES."""

    def __init__(self, path: Path) -> None:
        self.descriptor = open_history_file(path)
        super().__init__()

    def load_history_strings(self) -> Iterable[str]:
        size = os.fstat(self.descriptor).st_size
        start = max(0, size - MAX_HISTORY_BYTES)
        text = os.pread(self.descriptor, size - start, start).decode("utf-8", errors="replace")
        if start:  # the first line read may be cut: it starts after the first line break
            text = text.partition("\n")[2]
        strings: list[str] = []
        lines: list[str] = []
        for line in text.split("\n"):
            if line.startswith("+"):
                lines.append(line[1:] + "\n")
            else:
                if lines:
                    strings.append("".join(lines)[:-1])
                lines = []
        if lines:
            strings.append("".join(lines)[:-1])
        return reversed(strings)

    def store_string(self, string: str) -> None:
        lines = [f"\n# {datetime.datetime.now()}\n", *(f"+{line}\n" for line in string.split("\n"))]
        os.write(self.descriptor, "".join(lines).encode("utf-8", errors="replace"))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.descriptor)


def run_chat(bot: Bot, *, history_path: Path | None = None, color: bool = True) -> int:
    """Chat on this terminal until the person leaves; the exit code. OSError if the history file fails."""
    if history_path is None:
        return Chat(bot, history=InMemoryHistory(), color=color, dumb=is_dumb_terminal()).run()
    history = PrivateFileHistory(history_path)
    try:
        return Chat(bot, history=history, color=color, dumb=is_dumb_terminal()).run()
    finally:
        history.close()


def _end_prompt(app: Application[str]) -> None:
    """In the prompt's event loop: end the prompt as Enter would, giving the terminal back."""
    if app.future is not None and not app.future.done():
        app.exit(result="")


def _key_bindings() -> KeyBindings:
    """The chat's own keys, over prompt_toolkit's."""
    bindings = KeyBindings()

    @bindings.add(Keys.Vt100MouseEvent)
    def _(event: KeyPressEvent) -> None:
        """Typed "ESC [ 3 1 m" looks like a mouse report to prompt_toolkit (3.0.52), whose own mouse
        handler then fails on it and stops the chat. The chat has no mouse support: drop such input."""

    @bindings.add("c-l")
    def _(event: KeyPressEvent) -> None:
        clear_screen(event.app)

    return bindings


def clear_screen(app: Application[str]) -> None:
    """Ctrl-L: a clean screen with the prompt at the top, what was on the screen kept in the
    scrollback once, and the line being typed not left behind in it.

    prompt_toolkit's own clearing sends "erase screen", which some terminals (xterm) simply lose and
    others (VTE, iTerm) push into the scrollback as it stands. Here the prompt is erased first, then
    the screen is scrolled up a screenful, which every terminal keeps in its scrollback.
    """
    renderer, output = app.renderer, app.output
    renderer.erase(leave_alternate_screen=False)
    rows = output.get_size().rows
    output.cursor_goto(rows, 1)
    output.write_raw("\n" * rows)
    output.cursor_goto(1, 1)
    output.flush()
    renderer.request_absolute_cursor_position()


def terminal_output() -> Output:
    """prompt_toolkit's output for this terminal, with no cursor-position requests: a terminal that
    does not answer them gets a warning printed and, for two seconds after each reply, keys such as
    Ctrl-D go astray. The chat needs the position only to place the completion menu, and prompt_toolkit
    places it well enough without."""
    output = create_output()
    if isinstance(output, Vt100_Output):
        output.enable_cpr = False
    return output


class Chat:
    """The chat loop: read a line, act on a command or ask the conversation, show the reply."""

    def __init__(
        self,
        bot: Bot,
        *,
        history: History | None = None,
        color: bool = True,
        input: Input | None = None,
        output: Output | None = None,
        screen: Output | None = None,
        dumb: bool = False,
    ) -> None:
        """`input`/`output` drive the prompt (tests pass a pipe and a dummy); replies are printed to
        `screen`, by default the prompt's own output. A `dumb` terminal (TERM=dumb, Emacs' shell)
        shows escape sequences as litter, which even prompt_toolkit's plain mode sends, so there
        lines are read with `input()` and everything is printed as plain text."""
        self.bot = bot
        self.conversation = bot.conversation()
        self.color_depth = None if color else ColorDepth.MONOCHROME
        self.last_question: str | None = None  # the last text that went through matching, for /why
        self.last_question_reply: Reply | None = None
        self.interrupted = False
        self.ending_signal: int | None = None  # an ending signal received: the chat ends at once
        self.history = history or InMemoryHistory()
        self.session: PromptSession[str] | None = None
        if dumb:
            self.screen: Output = PlainTextOutput(sys.stdout)
            return
        questions = [entry.question for entry in bot.knowledge.entries]
        self.session = PromptSession(
            message=[("class:prompt", PROMPT)],
            completer=QuestionCompleter(questions),
            complete_while_typing=True,
            history=self.history,
            auto_suggest=AutoSuggestFromHistory(),
            style=STYLE,
            include_default_pygments_style=False,
            color_depth=self.color_depth,
            placeholder=self.placeholder,
            bottom_toolbar=[("class:bottom-toolbar", " /topics  /help  /quit \u00b7 Ctrl-D leaves")],
            key_bindings=_key_bindings(),
            input=input,
            output=output if output is not None else terminal_output(),
        )
        self.screen = screen or self.session.output

    def placeholder(self) -> list[render.Fragment]:
        """A hint in the empty input line, gone once the prompt is done (so no leftover on Ctrl-D)."""
        return [] if get_app().is_done else [("class:placeholder", "ask a question, or /help")]

    def run(self) -> int:
        """Chat until the person leaves; the exit code (0). SIGTERM, SIGHUP or SIGQUIT end it by
        SystemExit(128 + signal), the status a shell gives a death by that signal."""
        with self.ending_signals_handled():
            return self.converse()

    def converse(self) -> int:
        hint = HINT if self.session is not None else DUMB_HINT
        self.show([*render.welcome_fragments(self.bot.knowledge, self.width, hint), ("", "\n")])
        while True:
            try:
                text = self.read()
            except KeyboardInterrupt:
                self.on_interrupt()
                continue
            except EOFError:
                self.goodbye()
                return 0
            try:
                if not self.handle(text):
                    return 0
            except KeyboardInterrupt:
                self.on_interrupt()

    @contextlib.contextmanager
    def ending_signals_handled(self) -> Iterator[None]:
        """While the chat runs, the ENDING_SIGNALS are noted (`on_ending_signal`) rather than fatal:
        death on the spot would leave the terminal of a prompt in raw mode. A dumb terminal is never
        raw, and signal handlers can only be set in the main thread: there the default stays."""
        if self.session is None or threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {signum: signal.signal(signum, self.on_ending_signal) for signum in ENDING_SIGNALS}
        try:
            yield
        finally:
            for signum, handler in previous.items():
                if handler is not None:  # None: set outside Python, so it cannot be put back from here
                    signal.signal(signum, handler)

    def on_ending_signal(self, signum: int, frame: FrameType | None) -> None:
        """Note the signal and end the prompt under way; `read` then raises SystemExit. Never raise
        here: a signal handler's exception lands wherever Python is, inside prompt_toolkit's tasks
        say, and the terminal would stay raw."""
        self.ending_signal = signum
        if self.session is None:
            return
        app = self.session.app
        if app.loop is not None and not app.loop.is_closed():
            app.loop.call_soon_threadsafe(_end_prompt, app)

    def leave_if_signalled(self) -> None:
        if self.ending_signal is not None:
            raise SystemExit(128 + self.ending_signal)

    def read(self) -> str:
        """The next line typed; KeyboardInterrupt on Ctrl-C, EOFError on Ctrl-D; SystemExit after
        an ending signal."""
        if self.session is not None:
            self.leave_if_signalled()  # a signal since the last prompt, or one that ended it
            return self.session.prompt()
        self.screen.write(PROMPT)
        self.screen.flush()
        text = input()
        if text.strip():
            self.history.append_string(text)
        return text

    def handle(self, text: str) -> bool:
        """Act on one line typed; False when the person is leaving."""
        if self.session is None and SPECIAL_KEY.search(text):  # a dumb terminal passed the keys on
            self.note(ARROWS_IN_A_DUMB_TERMINAL)
            return True
        text = text.strip()
        if not text:
            return True
        if text.startswith("/"):
            return self.command(text.split()[0].lower())
        reply = self.conversation.ask(text)
        if reply.candidates:
            self.last_question, self.last_question_reply = text, reply
        self.show([("", "\n"), *render.reply_fragments(reply, self.width), ("", "\n")])
        return not reply.ends_conversation

    def command(self, name: str) -> bool:
        """Run a slash command; False for /quit."""
        name = ALIASES.get(name, name)
        width = self.width
        if name == "/quit":
            self.goodbye()
            return False
        if name == "/help":
            self.note(HELP if self.session is not None else DUMB_HELP)
        elif name == "/topics":
            self.show([("", "\n"), *render.topics_fragments(self.bot.knowledge, width)])
            self.note("Type any of these questions, or your own; they are offered as you type.")
        elif name == "/source":
            self.note(self.source_text())
        elif name == "/why":
            self.show_why()
        else:
            known = "  ".join(command for command, _ in COMMANDS)
            self.note(f"I don't know the command \u201c{name}\u201d. Commands: {known}", render.ERROR)
        return True

    def source_text(self) -> str:
        last = self.conversation.last
        if last is None:
            return "Ask a question first; /source then shows which part of the article the answer came from."
        if last.source is None:
            return f"My last reply did not come from the article (it was a {last.kind.value} message)."
        where = f"That came from the section \u201c{last.source}\u201d of the article I'm based on."
        if not last.quotes:
            return where
        return "\n".join([f"{where} It says:", *(f"\u201c{quote}\u201d" for quote in last.quotes)])

    def show_why(self) -> None:
        if self.last_question is None or self.last_question_reply is None:
            self.note("Ask a question first; /why then shows how it scored against what I know.")
            return
        width = self.width
        fragments: list[render.Fragment] = [("", "\n")]
        if self.conversation.last is not self.last_question_reply:
            note = "Your last message picked from a list or was a safety message: nothing was scored."
            fragments += render.message_fragments(f"{note} Your question before it:", width)
        candidates = self.bot.explain(self.last_question)
        fragments += render.candidates_fragments(self.last_question, candidates, self.bot.knowledge, width)
        reply = self.last_question_reply
        verdict = f"I replied with: {reply.kind.value}"
        if reply.kind in (Kind.ANSWER, Kind.CLARIFY):
            verdict += f" (confidence {reply.confidence:.2f})"
        self.show([*fragments, *render.message_fragments(verdict, width), ("", "\n")])

    def goodbye(self) -> None:
        """A goodbye that still carries the disclaimer (Ctrl-D, /quit)."""
        reply = self.conversation.goodbye()
        fragments = [("", "\n"), *render.message_fragments(reply.answer, self.width, render.ANSWER)]
        self.show([*fragments, *render.footer_fragments(reply.footer, self.width)])

    def on_interrupt(self) -> None:
        """Ctrl-C clears the line; the first time, say how to leave."""
        if not self.interrupted:
            self.interrupted = True
            self.note(INTERRUPT_HINT)

    def note(self, text: str, style: str = render.INFO) -> None:
        self.show([("", "\n"), *render.message_fragments(text, self.width, style), ("", "\n")])

    def show(self, fragments: Sequence[render.Fragment]) -> None:
        print_formatted_text(
            FormattedText(list(fragments)),
            end="",
            style=STYLE,
            output=self.screen,
            color_depth=self.color_depth,
            include_default_pygments_style=False,
        )

    @property
    def width(self) -> int:
        if self.session is None:
            return render.line_width(shutil.get_terminal_size().columns)
        return render.line_width(self.session.output.get_size().columns)


class QuestionCompleter(Completer):
    """Offers the knowledge's questions as you type: every word typed must begin a word of the
    question, in any order, misspellings forgiven; a leading "/" completes commands instead."""

    def __init__(self, questions: Iterable[str]) -> None:
        self.questions = tuple(render.sanitize(question) for question in questions)
        self.question_words = tuple(tuple(words(fold(question))) for question in self.questions)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        typed = document.text_before_cursor
        start = -len(typed)
        if typed.lstrip().startswith("/"):
            for command, meta in COMMANDS:
                if command.startswith(typed.strip().lower()):
                    yield Completion(command, start, display_meta=meta)
            return
        if len(typed.strip()) < MIN_COMPLETION_CHARS and not complete_event.completion_requested:
            return
        typed_words = words(fold(typed))
        partial = typed_words[-1] if typed_words and not typed[-1:].isspace() else None
        # Small words ("a", "an", "does") may be phrased differently, and a pronoun stands for what a
        # question names ("is it addictive": "Is ketamine addictive?"); every other word must match.
        required = [
            word
            for word in typed_words
            if word not in PRONOUNS and (word not in STOPWORDS or word == partial)
        ]
        ranked = []
        for index, question_words in enumerate(self.question_words):
            matched = [word for word in typed_words if _begins_a_word(word, question_words)]
            if all(word in matched for word in required) and (matched or not typed_words):
                # A question that opens as the typed text does ("is…") comes before one that only
                # holds its words ("What is…"), then the closest.
                same_start = bool(typed_words and question_words) and question_words[0] == typed_words[0]
                closeness = fuzz.token_set_ratio(" ".join(typed_words), " ".join(question_words))
                ranked.append((not same_start, -closeness, index))
        width = _menu_width()
        for _, _, index in sorted(ranked)[:MAX_COMPLETIONS]:
            question = self.questions[index]
            yield Completion(question, start, display=_fitted(question, width, typed_words))


def _menu_width() -> int | None:
    """How many columns a completion can show: the terminal's width less the prompt and the menu's
    margins (None outside a running prompt)."""
    app = get_app_or_none()
    if app is None:
        return None
    try:
        columns = app.output.get_size().columns
    except OSError:  # an output that cannot tell: show questions whole
        return None
    return max(MIN_COMPLETION_WIDTH, columns - len(PROMPT) - MENU_MARGINS)


def _fitted(question: str, width: int | None, typed_words: Sequence[str]) -> str:
    """A question as the completion menu shows it in `width` columns. prompt_toolkit cuts a long item
    at its end, which is where questions differ ("Can ketamine help complex regional pa..."); so the
    words already typed go first, then the start, each marked by an ellipsis."""
    if width is None or len(question) <= width:
        return question
    shown = question.split()
    typed = set(typed_words)
    while len(shown) > 1 and all(word in typed for word in words(fold(shown[0]))):
        shown.pop(0)
    text = ELLIPSIS + " ".join(shown)
    if len(text) <= width:
        return text
    tail = text[len(text) - width + len(ELLIPSIS) :]
    if " " in tail[:-1]:
        tail = tail[tail.index(" ") + 1 :]
    return ELLIPSIS + tail


def _begins_a_word(typed: str, question_words: Sequence[str]) -> bool:
    for word in question_words:
        if word.startswith(typed):
            return True
        if len(typed) >= MIN_TYPO_CHARS and fuzz.ratio(typed, word[: len(typed)]) >= TYPO_SIMILARITY:
            return True
    return False
