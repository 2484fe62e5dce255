"""The installed `ketamine-faq` chatting in a real pseudo-terminal, as a person would use it.

Between prompts the terminal is in line mode, where the terminal itself acts on ^D, DEL and ^U
before the chat sees them; so, as a person does, each key is typed once the prompt shows (`ready`).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tiny_knowledge import (
    CLARIFY,
    CLARIFY_QUESTION,
    CONSULT,
    DISCLAIMER,
    SECTIONS,
    SESSION_ANSWER,
    SESSION_QUESTION,
    WELCOME,
    write_tiny_knowledge,
)

import chatbot
from chatbot.chat import PROMPT

pexpect = pytest.importorskip("pexpect")

TIMEOUT = 30  # seconds; generous so a slow machine never fails, and only reached if something is wrong
ROWS, COLUMNS = 30, 100
CTRL_D = "\x04"
SGR = re.compile(r"\x1b\[([0-9;]*)m")  # "select graphic rendition": colours and attributes
COLOUR_CODES = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}
SHOW_CURSOR = "\x1b[?25h"  # prompt_toolkit ends every drawing of the prompt with it
ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>])")


def command() -> list[str]:
    installed = shutil.which("ketamine-faq")
    return [installed] if installed else [sys.executable, "-m", "chatbot"]


def spawn(*args: str, term: str = "xterm-256color", columns: int = COLUMNS, **env: str) -> pexpect.spawn:
    environment = {**os.environ, "TERM": term, "COLUMNS": str(columns), "LINES": str(ROWS)}
    environment.pop("NO_COLOR", None)
    # A real terminal answers prompt_toolkit's cursor-position requests; pexpect does not, and an
    # unanswered request costs a second's wait at the end of every prompt.
    environment |= {"PROMPT_TOOLKIT_NO_CPR": "1", **env}
    program, *rest = command()
    child = pexpect.spawn(
        program,
        [*rest, *args],
        env=environment,
        dimensions=(ROWS, columns),
        encoding="utf-8",
        codec_errors="replace",
        timeout=TIMEOUT,
    )
    child.logfile_read = io.StringIO()  # everything the terminal received, for whole-session checks
    return child


def received(child: pexpect.spawn) -> str:
    return child.logfile_read.getvalue()


def numbered(number: int, text: str) -> str:
    """A pattern for a numbered choice as the terminal receives it: styles may sit between its parts."""
    return rf"{number}\.(?:\s|\x1b\[[0-9;]*m)*{re.escape(text)}"


def ready(child: pexpect.spawn) -> None:
    """Wait until the chat draws its prompt: what is typed before then may be eaten by the terminal."""
    child.expect_exact(PROMPT)


def ask_the_session_question(child: pexpect.spawn) -> None:
    """Ask the tiny file's session question and wait for its whole reply and the next prompt."""
    child.sendline(SESSION_QUESTION)
    child.expect_exact(SESSION_ANSWER)
    child.expect_exact(CONSULT)
    ready(child)


def finish(child: pexpect.spawn) -> str:
    """Wait for the chat to end; everything it wrote since the last match."""
    child.expect(pexpect.EOF)
    rest = child.before
    child.close()
    return rest


def screen_text(raw: str) -> str:
    """What a person reads: escape sequences removed, white space runs made one space."""
    return " ".join(ESCAPE_SEQUENCE.sub("", raw).split())


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_tiny_knowledge(tmp_path)


@pytest.fixture
def child_processes() -> Iterator[list[pexpect.spawn]]:
    children: list[pexpect.spawn] = []
    yield children
    for child in children:
        if child.isalive():
            child.terminate(force=True)


def test_a_conversation(tiny: Path, child_processes: list[pexpect.spawn]) -> None:
    clarify = chatbot.load(tiny).ask(CLARIFY_QUESTION)
    picked = chatbot.load(tiny).reply_for(clarify.suggestions[1].entry_id)
    child = spawn("--kb", str(tiny))
    child_processes.append(child)

    child.expect_exact(WELCOME)
    child.expect_exact(CONSULT)
    ready(child)
    ask_the_session_question(child)

    child.sendline(CLARIFY_QUESTION)
    child.expect_exact(CLARIFY)
    child.expect(numbered(1, clarify.suggestions[0].question))
    child.expect(numbered(2, clarify.suggestions[1].question))
    child.expect_exact(CONSULT)
    ready(child)

    child.sendline("2")
    child.expect_exact(picked.answer)
    child.expect_exact(CONSULT)
    ready(child)

    child.sendline("/topics")
    child.expect_exact(SECTIONS[0])
    child.expect_exact(SESSION_QUESTION)
    child.expect_exact(SECTIONS[1])
    ready(child)

    child.send(CTRL_D)
    goodbye = screen_text(finish(child))
    assert "Goodbye" in goodbye
    assert goodbye.endswith(f"{DISCLAIMER} {CONSULT}")
    assert "Traceback" not in goodbye
    assert child.exitstatus == 0


def test_ctrl_c_keeps_the_chat_and_up_recalls_a_question(
    tiny: Path, child_processes: list[pexpect.spawn]
) -> None:
    child = spawn("--kb", str(tiny))
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    child.send("half a question")
    child.sendcontrol("c")
    child.expect_exact("Ctrl-C clears the line")
    ready(child)
    ask_the_session_question(child)
    child.send("\x1b[A")  # the Up arrow brings the question back
    child.send("\r")
    child.expect_exact(SESSION_ANSWER)
    child.expect_exact(CONSULT)
    ready(child)
    child.sendline("bye")
    rest = screen_text(finish(child))
    assert rest.endswith(f"{DISCLAIMER} {CONSULT}")
    assert child.exitstatus == 0


def test_dumb_terminal_gets_no_escape_sequences(tiny: Path, child_processes: list[pexpect.spawn]) -> None:
    child = spawn("--kb", str(tiny), term="dumb")
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    child.sendline(SESSION_QUESTION)
    child.expect_exact(SESSION_ANSWER)
    ready(child)
    child.sendline("/quit")
    rest = finish(child)
    assert child.exitstatus == 0
    assert "Goodbye" in rest
    assert WELCOME in received(child)
    assert "\x1b" not in received(child)


@pytest.mark.parametrize("switch", ["--no-color", "NO_COLOR=1"])
def test_no_colour(tiny: Path, switch: str, child_processes: list[pexpect.spawn]) -> None:
    if switch.startswith("--"):
        child = spawn("--kb", str(tiny), switch)
    else:
        child = spawn("--kb", str(tiny), NO_COLOR="1")
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    ask_the_session_question(child)
    child.sendline("/quit")
    finish(child)
    assert child.exitstatus == 0
    codes = {int(code) for params in SGR.findall(received(child)) for code in params.split(";") if code}
    assert 2 in codes  # the disclaimer is still dimmed: an attribute, not a colour
    assert not codes & COLOUR_CODES


def test_colour_by_default(tiny: Path, child_processes: list[pexpect.spawn]) -> None:
    child = spawn("--kb", str(tiny))
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    child.sendline("/quit")
    finish(child)
    codes = {int(code) for params in SGR.findall(received(child)) for code in params.split(";") if code}
    assert codes & COLOUR_CODES


def test_history_file_keeps_questions_privately(
    tiny: Path, tmp_path: Path, child_processes: list[pexpect.spawn]
) -> None:
    history = tmp_path / "history"
    child = spawn("--kb", str(tiny), "--history", str(history))
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    ask_the_session_question(child)
    child.send(CTRL_D)
    finish(child)
    assert child.exitstatus == 0
    assert stat.S_IMODE(history.stat().st_mode) == 0o600
    assert SESSION_QUESTION in history.read_text()


def test_bad_knowledge_file_in_a_terminal(tmp_path: Path, child_processes: list[pexpect.spawn]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("format: 2\n")
    child = spawn("--kb", str(path))
    child_processes.append(child)
    rest = finish(child)
    assert child.exitstatus == 2
    assert f"{path}:1" in rest
    assert "Traceback" not in rest


# ---- terminal details


def rendered(child: pexpect.spawn, columns: int = COLUMNS) -> tuple[list[str], list[str]]:
    """What a terminal shows after all the chat sent: the scrollback's lines and the screen's."""
    import pyte

    screen = pyte.HistoryScreen(columns, ROWS, history=2000)
    stream = pyte.Stream(screen)
    stream.feed(received(child))
    scrollback = ["".join(line[x].data for x in range(columns)).rstrip() for line in screen.history.top]
    return scrollback, [line.rstrip() for line in screen.display]


def test_the_history_suggestion_is_dimmed_without_colour(
    tiny: Path, child_processes: list[pexpect.spawn]
) -> None:
    """Under NO_COLOR the rest of an earlier question, offered as you type, must not look typed."""
    child = spawn("--kb", str(tiny), NO_COLOR="1")
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    child.sendline("tell me about lozenges please")
    child.expect_exact(CONSULT)
    ready(child)
    start = len(received(child))
    child.send("tell me ab")
    child.expect_exact("out lozenges please")
    drawn = received(child)[start:]
    before = drawn[: drawn.index("out lozenges please")]
    last_style = SGR.findall(before)[-1]
    assert "2" in last_style.split(";"), f"the suggestion is drawn with {last_style!r}, not dimmed"
    child.sendcontrol("c")
    ready(child)
    child.sendline("/quit")
    finish(child)


def test_a_dumb_terminal_promises_no_arrow_keys_and_says_so_when_one_is_pressed(
    tiny: Path, child_processes: list[pexpect.spawn]
) -> None:
    from chatbot.chat import ARROWS_IN_A_DUMB_TERMINAL

    child = spawn("--kb", str(tiny), term="dumb")
    child_processes.append(child)
    child.expect_exact(CONSULT)
    welcome = screen_text(received(child))
    assert "arrow" not in welcome and "Tab" not in welcome
    ready(child)
    child.send("\x1b[A\r")  # Up, then Enter
    child.expect_exact(ARROWS_IN_A_DUMB_TERMINAL.split(":")[0])
    ready(child)
    child.sendline("/help")
    child.expect_exact("/topics")
    ready(child)
    child.sendline("/quit")
    finish(child)
    assert "Tiny fallback." not in received(child)
    assert "Tab or Down" not in screen_text(received(child))


def test_ctrl_l_clears_the_screen_and_keeps_the_scrollback_without_a_second_prompt(
    tiny: Path, child_processes: list[pexpect.spawn]
) -> None:
    child = spawn("--kb", str(tiny))
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    ask_the_session_question(child)
    child.send("half typed")
    child.expect_exact("half typed")
    child.sendcontrol("l")
    child.expect_exact("half typed")  # drawn again, at the top
    child.expect_exact(SHOW_CURSOR)  # the prompt drawn whole
    scrollback, display = rendered(child)
    everything = scrollback + display
    assert sum(SESSION_ANSWER in line for line in scrollback) == 1, "the answer is kept in the scrollback"
    assert sum("half typed" in line for line in everything) == 1, "one prompt line, not two"
    assert display[0].startswith(PROMPT + "half typed")
    assert not any(SESSION_ANSWER in line for line in display), "the screen is clean"
    child.sendcontrol("c")
    ready(child)
    child.sendline("/quit")
    finish(child)
    assert child.exitstatus == 0


def test_a_terminal_that_does_not_answer_cursor_position_requests(
    tiny: Path, child_processes: list[pexpect.spawn]
) -> None:
    """No warning, and a Ctrl-D typed at once after a reply ends the chat."""
    child = spawn("--kb", str(tiny), PROMPT_TOOLKIT_NO_CPR="0")
    child_processes.append(child)
    child.expect_exact(CONSULT)
    ready(child)
    ask_the_session_question(child)
    child.send(CTRL_D)
    rest = screen_text(finish(child))
    assert "Goodbye" in rest
    assert child.exitstatus == 0
    assert "\x1b[6n" not in received(child), "no cursor-position request is sent"
    assert "WARNING" not in received(child) and "CPR" not in received(child)


def test_completion_for_a_pronoun_offers_what_it_stands_for(child_processes: list[pexpect.spawn]) -> None:
    child = spawn()
    child_processes.append(child)
    child.expect_exact(chatbot.load().knowledge.messages.consult)
    ready(child)
    child.send("is it")
    child.expect_exact("Is ketamine")  # the menu, as you type
    child.send("\t")  # Tab takes the first
    child.send("\r")
    child.expect_exact(chatbot.load().knowledge.messages.consult)
    shown = screen_text(child.before)
    answers = {
        chatbot.load().reply_for(entry).answer for entry in ("non-opioid", "addiction-risk", "risks-overview")
    }
    assert any(" ".join(answer.split()) in shown for answer in answers), shown
    ready(child)
    child.send(CTRL_D)
    finish(child)


def test_a_narrow_terminal_shows_the_words_that_tell_completions_apart(
    child_processes: list[pexpect.spawn],
) -> None:
    columns = 40
    child = spawn(columns=columns)
    child_processes.append(child)
    child.expect_exact("Please talk to")
    ready(child)
    child.send("can ketamine help")
    child.expect_exact("fibromyalgia?")
    child.expect_exact(SHOW_CURSOR)  # the menu drawn whole
    _, display = rendered(child, columns)
    menu = "\n".join(display)
    for words in ("(CRPS)?", "fibromyalgia?", "(neuropathic pain)?", "cancer pain?"):
        assert words in menu, menu
    child.sendcontrol("c")
    ready(child)
    child.send(CTRL_D)
    finish(child)


def test_an_empty_question_in_a_terminal_is_a_usage_error(child_processes: list[pexpect.spawn]) -> None:
    child = spawn("ask", "")
    child_processes.append(child)
    rest = finish(child)
    assert child.exitstatus == 2
    assert "the question is empty" in rest
