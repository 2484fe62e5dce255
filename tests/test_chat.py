"""The chat loop, driven through prompt_toolkit's pipe input with a dummy output; replies captured as text."""

from __future__ import annotations

import asyncio
import io
import os
import re
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.application.current import set_app
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import DummyInput, create_pipe_input
from prompt_toolkit.input.vt100_parser import Vt100Parser
from prompt_toolkit.key_binding import KeyPress
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import ColorDepth, DummyOutput
from prompt_toolkit.output.plain_text import PlainTextOutput
from prompt_toolkit.output.vt100 import Vt100_Output
from tiny_knowledge import CLARIFY_QUESTION, write_tiny_knowledge

import chatbot
from chatbot import render
from chatbot.chat import (
    COMMANDS,
    INTERRUPT_HINT,
    MAX_HISTORY_BYTES,
    Chat,
    PrivateFileHistory,
    QuestionCompleter,
    prepare_history_file,
)
from chatbot.reply import Kind, Reply

SESSION_QUESTION = "How long does a ketamine infusion session last?"  # canonical phrasing of "session-length"
CTRL_C, CTRL_D = "\x03", "\x04"


def flat(text: str) -> str:
    """Text with every run of white space made one space, so wrapping does not matter."""
    return " ".join(text.split())


def chat_transcript(bot: chatbot.Bot, keys: str, **options: object) -> tuple[int, str]:
    """Run a chat fed `keys` (ending with a way out); the exit code and everything printed."""
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        chat = Chat(bot, input=pipe, output=DummyOutput(), screen=PlainTextOutput(screen), **options)  # type: ignore[arg-type]
        code = chat.run()
    return code, screen.getvalue()


@pytest.fixture
def tiny(tmp_path: Path) -> chatbot.Bot:
    return chatbot.load(write_tiny_knowledge(tmp_path))


def test_welcome_answer_and_goodbye_carry_the_disclaimer(bot: chatbot.Bot) -> None:
    code, screen = chat_transcript(bot, f"{SESSION_QUESTION}\n{CTRL_D}")
    messages = bot.knowledge.messages
    assert code == 0
    assert flat(messages.welcome) in flat(screen)
    assert flat(bot.reply_for("session-length").answer) in flat(screen)
    welcome, answer, goodbye = flat(screen).split(flat(messages.disclaimer))[:3]
    assert flat(messages.welcome) in welcome
    assert flat(bot.reply_for("session-length").answer) in answer
    assert "goodbye" in goodbye.lower() or "take care" in goodbye.lower()
    assert flat(screen).endswith(flat(f"{messages.disclaimer}\n{messages.consult}"))


def test_replies_are_wrapped_and_suggestions_numbered(bot: chatbot.Bot) -> None:
    _, screen = chat_transcript(bot, f"{SESSION_QUESTION}\n/quit\n")
    width = render.line_width(DummyOutput().get_size().columns)
    assert max(len(line) for line in screen.splitlines()) <= width
    reply = bot.reply_for("session-length")
    for number, suggestion in enumerate(reply.suggestions, start=1):
        assert f"{number}. {suggestion.question}" in flat(screen)


def test_number_after_clarify_picks_that_choice(tiny: chatbot.Bot) -> None:
    clarify = tiny.ask(CLARIFY_QUESTION)
    assert clarify.kind is Kind.CLARIFY and len(clarify.suggestions) == 2
    code, screen = chat_transcript(tiny, f"{CLARIFY_QUESTION}\n2\n{CTRL_D}")
    chosen = tiny.reply_for(clarify.suggestions[1].entry_id).answer
    other = tiny.reply_for(clarify.suggestions[0].entry_id).answer
    assert code == 0
    assert flat(tiny.knowledge.messages.clarify) in flat(screen)
    assert chosen in flat(screen)
    assert other not in flat(screen)


def test_more_follows_an_answer_up_with_questions_not_shown_yet(bot: chatbot.Bot) -> None:
    _, screen = chat_transcript(bot, f"{SESSION_QUESTION}\nmore\n/quit\n")
    conversation = bot.conversation()
    answer = conversation.ask(SESSION_QUESTION)
    more = conversation.ask("more")
    assert more.suggestions and not set(more.suggestions) & set(answer.suggestions)
    after_answer = flat(screen).split(flat(answer.answer))[1]
    assert flat(more.answer) in after_answer
    for number, suggestion in enumerate(more.suggestions, start=1):
        assert f"{number}. {suggestion.question}" in after_answer


def test_topics_lists_every_question_under_its_section(bot: chatbot.Bot) -> None:
    _, screen = chat_transcript(bot, "/topics\n/quit\n")
    for section, entries in bot.knowledge.sections():
        assert flat(section) in flat(screen)
        for entry in entries:
            assert flat(entry.question) in flat(screen)
    order = [flat(screen).index(flat(section)) for section, _ in bot.knowledge.sections()]
    assert order == sorted(order)


def test_source_names_the_section_of_the_last_answer(bot: chatbot.Bot) -> None:
    _, screen = chat_transcript(bot, f"/source\n{SESSION_QUESTION}\n/source\n/quit\n")
    before, after = flat(screen).split(flat(bot.reply_for("session-length").answer))
    assert "Ask a question first" in before
    assert bot.knowledge.entry("session-length").source in after
    quote = bot.knowledge.entry("session-length").quotes[0]
    assert f"It says: \u201c{quote}\u201d" in after


def test_why_shows_candidates_and_scores(bot: chatbot.Bot) -> None:
    _, screen = chat_transcript(bot, f"/why\n{SESSION_QUESTION}\n/why\n/quit\n")
    after = flat(screen).split(flat(bot.reply_for("session-length").answer))[1]
    best = bot.explain(SESSION_QUESTION)[0]
    assert best.entry_id == "session-length"
    assert f"{best.score:.3f} session-length" in after
    assert "I replied with: answer" in after


def test_why_after_a_pick_explains_the_question_before_it(tiny: chatbot.Bot) -> None:
    _, screen = chat_transcript(tiny, f"{CLARIFY_QUESTION}\n1\n/why\n/quit\n")
    picked = tiny.reply_for(tiny.ask(CLARIFY_QUESTION).suggestions[0].entry_id)
    after_pick = flat(screen).split(picked.answer)[1]
    assert "picked from a list" in after_pick
    assert f"How \u201c{CLARIFY_QUESTION}\u201d scored" in after_pick
    assert "I replied with: clarify" in after_pick


def test_help_and_unknown_commands(bot: chatbot.Bot) -> None:
    _, screen = chat_transcript(bot, "/help\n/nonsense\n/quit\n")
    for command, _ in COMMANDS:
        assert command in screen
    assert "I don't know the command \u201c/nonsense\u201d" in flat(screen)


@pytest.mark.parametrize("leave", ["bye", "exit", "Quit", "/quit", "/exit", CTRL_D])
def test_ways_to_leave_end_with_the_disclaimer_and_read_no_further(bot: chatbot.Bot, leave: str) -> None:
    ending = leave if leave == CTRL_D else leave + "\n"
    code, screen = chat_transcript(bot, f"{ending}{SESSION_QUESTION}\n{CTRL_D}")
    assert code == 0
    assert flat(bot.reply_for("session-length").answer) not in flat(screen)
    assert flat(screen).endswith(flat(bot.knowledge.messages.consult))
    assert flat(screen).count(flat(bot.knowledge.messages.disclaimer)) == 2  # the welcome and the goodbye


def test_ctrl_c_clears_the_line_and_the_chat_goes_on(bot: chatbot.Bot) -> None:
    code, screen = chat_transcript(bot, f"half a question{CTRL_C}{CTRL_C}{SESSION_QUESTION}\n{CTRL_D}")
    assert code == 0
    assert screen.count(INTERRUPT_HINT) == 1
    assert flat(bot.reply_for("session-length").answer) in flat(screen)


def test_a_typed_colour_sequence_is_not_taken_for_a_mouse_event(bot: chatbot.Bot) -> None:
    """ESC [ 3 1 m typed reads as a mouse report to prompt_toolkit, whose own handler raises on it and
    stops the chat (3.0.52); the chat, which has no mouse support, drops it. The keys go straight to
    the prompt's key processor: run as a whole chat, a failure here would wait for Enter forever."""
    keys: list[KeyPress] = []
    parser = Vt100Parser(keys.append)
    parser.feed("\x1b[31m")
    parser.flush()
    assert [key.key for key in keys] == [Keys.Vt100MouseEvent]
    chat = Chat(bot, input=DummyInput(), output=DummyOutput())
    assert chat.session is not None
    app = chat.session.app

    async def press() -> None:
        with set_app(app):
            app.key_processor.feed_multiple(keys)
            app.key_processor.process_keys()

    asyncio.run(press())
    assert chat.session.default_buffer.text == ""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT])
@pytest.mark.parametrize("when", ["during a prompt", "between prompts"])
def test_an_ending_signal_ends_the_chat(bot: chatbot.Bot, signum: int, when: str) -> None:
    """`kill PID`: the prompt under way ends, so that prompt_toolkit gives the terminal back, and the
    chat exits with 128 + the signal, as a shell reports a death by it; the handler from before the
    chat is back afterwards. Should the chat miss the signal, Ctrl-D is typed: it fails, not hangs."""
    screen = io.StringIO()
    with create_pipe_input() as pipe:

        def fallback(signum: int, frame: object) -> None:
            pipe.send_text(CTRL_D)

        before = signal.signal(signum, fallback)
        try:
            chat = Chat(bot, input=pipe, output=DummyOutput(), screen=PlainTextOutput(screen))
            assert chat.session is not None
            app = chat.session.app
            if when == "during a prompt":

                def type_ctrl_d_into_any_further_prompt() -> None:
                    if app.future is not None and not app.future.done():  # this one goes on
                        pipe.send_text(CTRL_D)
                    else:  # or a next one starts
                        app.pre_run_callables.append(lambda: pipe.send_text(CTRL_D))

                def send_the_signal() -> None:  # as the prompt starts, in its event loop
                    os.kill(os.getpid(), signum)
                    loop = asyncio.get_running_loop()  # two turns of the loop later: the chat had its go
                    loop.call_soon(loop.call_soon, type_ctrl_d_into_any_further_prompt)

                app.pre_run_callables.append(send_the_signal)
            else:  # while the reply to the first question is worked out
                chat.conversation = _SignalledConversation(chat.conversation, signum)  # type: ignore[assignment]
                pipe.send_text(f"{SESSION_QUESTION}\n{CTRL_D}")
            with pytest.raises(SystemExit) as exited:
                chat.run()
            assert exited.value.code == 128 + signum
            assert signal.getsignal(signum) is fallback
        finally:
            signal.signal(signum, before)
    assert "goodbye" not in screen.getvalue().lower()


class _SignalledConversation:
    """A conversation that receives `signum` while it works out each reply."""

    def __init__(self, conversation: chatbot.Conversation, signum: int) -> None:
        self.conversation = conversation
        self.signum = signum

    def __getattr__(self, name: str) -> object:
        return getattr(self.conversation, name)

    def ask(self, text: str) -> Reply:
        os.kill(os.getpid(), self.signum)
        return self.conversation.ask(text)


def test_blank_lines_are_ignored(bot: chatbot.Bot) -> None:
    _, screen = chat_transcript(bot, f"\n   \n{CTRL_D}")
    assert flat(bot.knowledge.messages.fallback) not in flat(screen)


def test_nothing_typed_or_known_reaches_the_terminal_as_a_control_character(bot: chatbot.Bot) -> None:
    screen = io.StringIO()
    chat = Chat(bot, input=DummyInput(), output=DummyOutput(), screen=PlainTextOutput(screen))
    hostile = "what is \x1b[2J\x1b]0;pwned\x07ketamine\u202e\x9b31m\x00"
    chat.handle(hostile)
    chat.handle("/why")
    chat.handle("/\x1b[31mred")
    shown = screen.getvalue().replace("\r\n", "\n")  # the terminal's own line ends
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", shown)
    assert "pwned" in shown  # the words themselves are shown, only the controls are gone


def test_a_reply_with_control_characters_is_laid_out_without_them() -> None:
    reply = Reply(
        kind=Kind.CLARIFY,
        answer="clear \x1b[2Jthe screen\r",
        entry_id=None,
        confidence=0.5,
        suggestions=(chatbot.Suggestion("a", "first\x07 \u202echoice"),),
        disclaimer="disclaimer\x1b",
        consult="consult\x85",
    )
    text = render.plain(render.reply_fragments(reply, 60))
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", text)
    assert "1. first choice" in text


def test_without_colour_nothing_is_coloured_but_the_footer_is_still_dim(bot: chatbot.Bot) -> None:
    def printed(color: bool) -> str:
        stream = io.StringIO()
        screen = Vt100_Output(stream, lambda: DummyOutput().get_size(), term="xterm-256color")
        chat = Chat(bot, input=DummyInput(), output=DummyOutput(), screen=screen, color=color)
        chat.handle(SESSION_QUESTION)
        return stream.getvalue()

    assert sgr_codes(printed(color=True)) & COLOUR_CODES
    plain = sgr_codes(printed(color=False))
    assert not plain & COLOUR_CODES
    assert 2 in plain  # dim: an attribute, not a colour
    assert (
        Chat(bot, input=DummyInput(), output=DummyOutput(), color=False).color_depth is ColorDepth.MONOCHROME
    )


COLOUR_CODES = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}


def sgr_codes(output: str) -> set[int]:
    """Every number in the terminal's "select graphic rendition" sequences (colours, bold, dim…)."""
    return {
        int(code) for params in re.findall(r"\x1b\[([0-9;]*)m", output) for code in params.split(";") if code
    }


def test_history_is_kept_in_memory_by_default(bot: chatbot.Bot, tmp_path: Path) -> None:
    os.chdir(tmp_path)
    chat_transcript(bot, f"{SESSION_QUESTION}\n{CTRL_D}")
    assert list(tmp_path.iterdir()) == []


def test_history_file_is_private_and_records_questions(bot: chatbot.Bot, tmp_path: Path) -> None:
    path = tmp_path / "history"
    prepare_history_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    history = PrivateFileHistory(path)
    chat_transcript(bot, f"{SESSION_QUESTION}\n{CTRL_D}", history=history)
    history.close()
    assert SESSION_QUESTION in path.read_text()
    assert list(PrivateFileHistory(path).load_history_strings()) == [SESSION_QUESTION]
    path.chmod(0o644)  # made readable by others since: refused, and left as it is
    with pytest.raises(OSError, match="chmod 600"):
        prepare_history_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_history_file_is_read_back_only_in_part(bot: chatbot.Bot, tmp_path: Path) -> None:
    path = tmp_path / "history"
    path.touch(mode=0o600)
    entry = "\n# 2026-01-01\n+" + "x" * 99 + "\n"
    path.write_text(entry * (2 * MAX_HISTORY_BYTES // len(entry)) + "\n# now\n+the last question\n")
    strings = list(PrivateFileHistory(path).load_history_strings())
    assert strings[0] == "the last question"
    assert sum(map(len, strings)) <= MAX_HISTORY_BYTES


@pytest.mark.parametrize(
    "kind", ["link to a file", "link to nothing", "fifo", "shared", "directory", "another user's", "device"]
)
def test_a_history_file_that_could_be_turned_against_its_owner_is_refused_untouched(
    tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "other-file"
    target.write_text("someone else's\n")
    target.chmod(0o644)
    path = tmp_path / "history"
    if kind == "link to a file":
        path.symlink_to(target)
    elif kind == "link to nothing":
        path.symlink_to(tmp_path / "missing")
    elif kind == "fifo":
        os.mkfifo(path, 0o600)
    elif kind == "shared":
        path.write_text("")
        path.chmod(0o666)
    elif kind == "device":  # a copy of /dev/zero: read back, it would fill memory
        if os.geteuid() != 0:
            pytest.skip("only root can make a device file")
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    elif kind == "another user's":
        if os.geteuid() != 0:
            pytest.skip("only root can give a file to another user")
        path.write_text("")
        path.chmod(0o600)
        os.chown(path, 65534, 65534)
    else:
        path.mkdir(mode=0o700)
    before = {entry.name: (entry.lstat().st_mode, entry.lstat().st_size) for entry in tmp_path.iterdir()}
    with pytest.raises(OSError):
        prepare_history_file(path)
    with pytest.raises(OSError):
        PrivateFileHistory(path)
    assert {
        entry.name: (entry.lstat().st_mode, entry.lstat().st_size) for entry in tmp_path.iterdir()
    } == before


class TestCompletion:
    @pytest.fixture
    def completer(self, bot: chatbot.Bot) -> QuestionCompleter:
        return QuestionCompleter(entry.question for entry in bot.knowledge.entries)

    @staticmethod
    def offered(completer: QuestionCompleter, typed: str, requested: bool = False) -> list[str]:
        event = CompleteEvent(completion_requested=requested)
        return [completion.text for completion in completer.get_completions(Document(typed), event)]

    def test_questions_are_offered_from_words_in_any_order(self, completer: QuestionCompleter) -> None:
        assert SESSION_QUESTION in self.offered(completer, "how long infus")
        assert SESSION_QUESTION in self.offered(completer, "session long")

    def test_misspellings_are_forgiven(self, completer: QuestionCompleter) -> None:
        assert SESSION_QUESTION in self.offered(completer, "how long infusoin sesion")

    def test_the_completion_replaces_the_whole_line(self, completer: QuestionCompleter) -> None:
        event = CompleteEvent()
        completion = next(iter(completer.get_completions(Document("how long infus"), event)))
        assert completion.start_position == -len("how long infus")

    def test_a_number_or_a_short_reply_is_not_completed(self, completer: QuestionCompleter) -> None:
        assert self.offered(completer, "2") == []
        assert self.offered(completer, "ok") == []

    def test_tab_on_an_empty_line_offers_questions(self, completer: QuestionCompleter) -> None:
        assert self.offered(completer, "", requested=True)

    def test_words_in_no_question_offer_nothing(self, completer: QuestionCompleter) -> None:
        assert self.offered(completer, "zebra xylophone") == []

    def test_a_pronoun_stands_for_what_a_question_names(self, completer: QuestionCompleter) -> None:
        offered = self.offered(completer, "is it")
        assert "Is ketamine addictive?" in offered[:4]
        first_other = next(i for i, question in enumerate(offered) if not question.startswith("Is "))
        assert all(question.startswith("Is ") for question in offered[:first_other])
        assert self.offered(completer, "is it addictive") == ["Is ketamine addictive?"]

    def test_a_long_question_is_shown_by_the_words_that_tell_it_apart(self) -> None:
        from chatbot.chat import _fitted

        question = "Can ketamine help complex regional pain syndrome (CRPS)?"
        assert _fitted(question, 80, ["can", "ketamine", "help"]) == question
        shown = _fitted(question, 33, ["can", "ketamine", "help"])
        assert len(shown) <= 33 and shown.startswith("\u2026") and shown.endswith("(CRPS)?")
        assert _fitted(question, None, []) == question

    def test_a_slash_completes_commands(self, completer: QuestionCompleter) -> None:
        assert self.offered(completer, "/to") == ["/topics"]
        assert set(self.offered(completer, "/")) == {command for command, _ in COMMANDS}


@pytest.fixture(autouse=True)
def _keep_cwd() -> Iterator[None]:
    cwd = os.getcwd()
    yield
    os.chdir(cwd)
