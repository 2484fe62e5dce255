"""Broken pipes and terminals: closed or full output, signals, EOF mid-line, bytes that are not UTF-8,
a terminal resized or fed escape sequences while the chat runs. Each gets a clean exit or a clean
reply, never a traceback. These run the real program, in pipes and in a pseudo-terminal (pexpect).
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatbot.chat import PROMPT

pexpect = pytest.importorskip("pexpect")

KB = Path(__file__).resolve().parent / "knowledge_corpus" / "valid.yaml"  # small: quick to load
QUESTION = "What does the lozenge taste like?"
ANSWER = "Mint."
FOOTER = "Ask your provider."
PROGRAM = [sys.executable, "-m", "chatbot", "--kb", str(KB)]
# A guard against a hang, never reached when things work; not a timing assertion.
TIMEOUT = int(os.environ.get("BROKEN_PIPES_TIMEOUT", "60"))
# Exit codes of a clean end on a closed pipe: 0, or death by SIGPIPE as a shell reports it or as
# subprocess does.
CLOSED_PIPE_CODES = {0, 128 + signal.SIGPIPE, -signal.SIGPIPE}
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run(*args: str, **options: object) -> subprocess.CompletedProcess[bytes]:
    """The program with `args`; output captured unless `stdout` is given."""
    if "stdout" not in options:
        options["capture_output"] = True
    return subprocess.run([*PROGRAM, *args], timeout=TIMEOUT, check=False, **options)  # type: ignore[call-overload]


def assert_no_traceback(stderr: bytes | str) -> None:
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text, text[-3000:]
    assert "Error" not in text, text[-3000:]


def read_until(stream: io.BufferedReader, marker: bytes) -> bytes:
    seen = b""
    while marker not in seen:
        chunk = stream.read1(65536)
        assert chunk, f"output ended before {marker!r}: {seen[-500:]!r}"
        seen += chunk
    return seen


# --- closed and full output ----------------------------------------------------------------------


@pytest.mark.parametrize("extra", [[], ["--json"], ["--explain"]])
def test_ask_into_a_pipe_closed_before_it_writes(extra: list[str]) -> None:
    """`ketamine-faq ask x | head -c 0`: the reader is gone before the reply is written."""
    process = subprocess.Popen(
        [*PROGRAM, "ask", *extra, QUESTION], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(TIMEOUT) in CLOSED_PIPE_CODES
    assert_no_traceback(stderr)


def test_pipe_mode_into_head() -> None:
    """`yes QUESTION | head -n 3000 | ketamine-faq | head -c 10`, as a shell runs it."""
    command = f'yes "{QUESTION}" | head -n 3000 | "$0" -m chatbot --kb "$1" | head -c 10'
    command += '; echo "status=${PIPESTATUS[2]}"'
    result = subprocess.run(
        ["bash", "-c", command, sys.executable, str(KB)], capture_output=True, timeout=TIMEOUT, check=False
    )
    assert result.stdout.startswith(ANSWER.encode())
    status = int(result.stdout.decode().rsplit("status=", 1)[1])
    assert status in CLOSED_PIPE_CODES
    assert_no_traceback(result.stderr)


def test_pipe_mode_with_the_reader_closed_early() -> None:
    process = subprocess.Popen(PROGRAM, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdin and process.stdout and process.stderr
    process.stdin.write(f"{QUESTION}\n".encode())
    process.stdin.flush()
    assert ANSWER.encode() in read_until(process.stdout, FOOTER.encode())
    process.stdout.close()
    try:
        for _ in range(500):
            process.stdin.write(f"{QUESTION}\n".encode())
        process.stdin.close()
    except BrokenPipeError:  # the program may stop reading once it cannot write: that is fine
        pass
    stderr = process.stderr.read()
    assert process.wait(TIMEOUT) in CLOSED_PIPE_CODES
    assert_no_traceback(stderr)


def test_ask_with_standard_output_closed() -> None:
    """`ketamine-faq ask x >&-`: Python starts with sys.stdout None."""
    result = run("ask", QUESTION, preexec_fn=lambda: os.close(1))
    assert_no_traceback(result.stderr)
    assert result.returncode == 1
    assert b"standard output is closed" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("mode", ["ask", "ask --json", "pipe"])
def test_output_to_a_full_disk(mode: str) -> None:
    """`ketamine-faq ask x > /dev/full`: every write fails with ENOSPC; say so, exit non-zero."""
    with open("/dev/full", "wb") as full:
        if mode == "pipe":
            result = run(input=f"{QUESTION}\n".encode(), stdout=full, stderr=subprocess.PIPE)
        else:
            result = run(*mode.split(), QUESTION, stdout=full, stderr=subprocess.PIPE)
    assert_no_traceback(result.stderr)
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "ketamine-faq: cannot write the output: No space left on device"


# --- signals -------------------------------------------------------------------------------------


def _as_a_shell_starts_it() -> None:
    """The signals' defaults, as a shell gives them to a command: not what the test runner's worker
    may have inherited or blocked (a child inherits an ignored or blocked signal)."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_to_a_running_pipe_mode_loses_no_reply(signum: int) -> None:
    process = subprocess.Popen(
        PROGRAM,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_as_a_shell_starts_it,
    )
    assert process.stdin and process.stdout and process.stderr
    process.stdin.write(f"{QUESTION}\n".encode())
    process.stdin.flush()
    before = read_until(process.stdout, FOOTER.encode())
    process.send_signal(signum)
    # Waited for with its input still open: closing it first would race the signal with an end of input.
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
    after, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode in {-signum, 128 + signum}, stderr.decode(errors="replace")
    assert_no_traceback(stderr)
    assert (before + after).decode().count(ANSWER) == 1  # the reply given is whole, and not repeated


# --- input that ends oddly or is not UTF-8 --------------------------------------------------------


@pytest.mark.parametrize("as_json", [False, True])
def test_eof_in_the_middle_of_a_line(as_json: bool) -> None:
    result = run(*(["--json"] if as_json else []), input=f"hello\n{QUESTION}".encode())
    assert result.returncode == 0
    assert_no_traceback(result.stderr)
    out = result.stdout.decode()
    if as_json:
        records = [json.loads(line) for line in out.splitlines()]
        assert len(records) == 2 and records[1]["answer"] == ANSWER
    else:
        assert out.count(FOOTER) == 2 and ANSWER in out


@pytest.mark.parametrize("as_json", [False, True])
def test_bytes_that_are_not_utf8_on_standard_input(as_json: bool) -> None:
    data = (
        b"\xff\xfe what \xc3\x28 is \x80\x81\n"
        + QUESTION.encode("utf-16")
        + b"\n\xed\xa0\x80\n"
        + QUESTION.encode()
    )
    result = run(*(["--json"] if as_json else []), input=data)
    assert result.returncode == 0
    assert_no_traceback(result.stderr)
    out = result.stdout.decode("utf-8")  # valid UTF-8 out, whatever came in
    assert not TERMINAL_CONTROL.search(out.replace("\n", ""))
    if as_json:
        records = [json.loads(line) for line in out.splitlines()]
        assert len(records) == 4 and records[-1]["answer"] == ANSWER
    else:
        assert out.count(FOOTER) == 4


def test_bytes_that_are_not_utf8_as_arguments() -> None:
    result = subprocess.run(
        [
            *map(os.fsencode, PROGRAM),
            b"ask",
            b"\xff\xfe\x1b]0;pwned\x07 what does the lozenge \xc3\x28 taste like",
        ],
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0
    assert_no_traceback(result.stderr)
    out = result.stdout.decode("utf-8")
    assert FOOTER in out and "pwned" not in out
    assert not TERMINAL_CONTROL.search(out.replace("\n", ""))


@pytest.mark.parametrize("args", [["ask", "tell me about the lozenge — and émojis 😀"], []])
def test_an_output_encoding_that_cannot_show_the_text(args: list[str], tmp_path: Path) -> None:
    """A terminal or pipe set to ASCII: "—" and "é" become "?" rather than a traceback."""
    path = tmp_path / "accented.yaml"
    path.write_text(KB.read_text(encoding="utf-8").replace("Mint.", "Mint — très fraîche."), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "chatbot", "--kb", str(path), *args],
        input=f"{QUESTION}\nhé 😀\n".encode(),
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0
    assert_no_traceback(result.stderr)
    assert FOOTER.encode() in result.stdout


# --- the chat in a pseudo-terminal ---------------------------------------------------------------
# Between prompts the terminal is back in line mode, where the terminal itself acts on ^D, DEL and
# ^U before the chat sees them; so, as a person does, each line is typed once the prompt shows.

SCREEN = (30, 100)


@pytest.fixture
def chat() -> Iterator[pexpect.spawn]:
    environment = {**os.environ, "TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1"}
    environment.pop("NO_COLOR", None)
    child = pexpect.spawn(
        PROGRAM[0],
        PROGRAM[1:],
        env=environment,
        dimensions=SCREEN,
        encoding="utf-8",
        codec_errors="replace",
        timeout=TIMEOUT,
    )
    child.logfile_read = io.StringIO()
    child.expect_exact("Welcome.")
    child.expect_exact(PROMPT)
    yield child
    if child.isalive():
        child.terminate(force=True)


def words_apart(text: str) -> str:
    """A pattern for `text` as a terminal receives it: wrapped lines and styles between its words."""
    return r"(?:\s|\x1b\[[0-9;?]*[A-Za-z])+".join(re.escape(word) for word in text.split())


def expect_reply(child: pexpect.spawn, answer: str = ANSWER) -> None:
    """Wait for a reply with `answer`, then for the next prompt."""
    child.expect(words_apart(answer))
    child.expect(words_apart(FOOTER))
    child.expect_exact(PROMPT)


def leave(child: pexpect.spawn) -> str:
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    return child.logfile_read.getvalue()


def test_resizing_the_terminal_while_chatting(chat: pexpect.spawn) -> None:
    for rows, columns in [(5, 3), (0, 0), (200, 500), (1, 300)]:
        chat.setwinsize(rows, columns)
        chat.sendline(QUESTION)
        for size in [(3, 3), (0, 0), (40, 1), (rows, columns)]:
            chat.setwinsize(*size)  # each one a SIGWINCH, some while the reply is being written
        chat.expect(words_apart(ANSWER))
        chat.expect(words_apart(FOOTER))
        chat.setwinsize(*SCREEN)  # a prompt too small to draw is drawn again at this size
        chat.expect_exact(PROMPT)
        chat.sendline("How long does a session last?")
        expect_reply(chat, "About forty minutes.")
    session = leave(chat)
    assert chat.exitstatus == 0
    assert "Traceback" not in session


PASTES = [
    "\x1b]0;pwned\x07",
    "\x1b]52;c;cHduZWQ=\x07",
    "\x1b]8;;https://example.com\x1b\\",
    "\x1b[31m",
    "\x1bP+q544e\x1b\\",
    "\x9b2J",
    "\x00\x08\x7f",
    "\u202e",
]
BROKEN = "Unhandled exception|Press ENTER to continue"  # prompt_toolkit's report of a crashed handler


def send_pastes(chat: pexpect.spawn, pastes: list[str], *, bracketed: bool) -> str:
    """Each paste then a question, as typed or as a bracketed paste; the whole session once left."""
    for paste in pastes:
        data = f"{paste}{QUESTION}"
        chat.send(f"\x1b[200~{data}\x1b[201~" if bracketed else data)
        chat.send("\r")
        assert chat.expect([words_apart(FOOTER), BROKEN]) == 0, f"{paste!r} broke the chat"
        chat.expect_exact(PROMPT)
    chat.sendline(QUESTION)
    expect_reply(chat)
    session = leave(chat)
    assert chat.exitstatus == 0
    assert "Traceback" not in session
    return session


@pytest.mark.parametrize("bracketed", [False, True])
def test_pasted_escape_sequences_never_reach_the_terminal(chat: pexpect.spawn, bracketed: bool) -> None:
    """Typed or pasted (bracketed paste, as terminals send a paste), an escape sequence is text to
    the chat: it may be shown in caret form, but never written to the terminal as a sequence."""
    pastes = PASTES if bracketed else [paste for paste in PASTES if paste != "\x1b[31m"]
    session = send_pastes(chat, pastes, bracketed=bracketed)
    # (a BEL may be there: prompt_toolkit rings it for a backspace on an empty line)
    for sequence in ("\x1b]0;", "\x1b]52;", "\x1b]8;", "\x1bP", "\x9b", "\x00"):
        assert sequence not in session, repr(sequence)


def test_a_typed_colour_sequence_does_not_break_the_chat(chat: pexpect.spawn) -> None:
    """ESC [ 3 1 m typed (not pasted): prompt_toolkit 3.0.52 parses it as a mouse event whose own
    handler raises, prints "Unhandled exception" and waits for Enter; the chat drops mouse events."""
    send_pastes(chat, ["\x1b[31m"], bracketed=False)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT])
def test_a_signal_to_the_chat_gives_the_terminal_back(signum: int) -> None:
    """`kill PID` of a running chat (or SIGHUP, or Ctrl-\\ as SIGQUIT): the terminal must be usable
    afterwards (echo and line editing back on), which a shell reads with `stty -a` once the chat has gone."""
    environment = {**os.environ, "TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1"}
    inner = 'echo "PID=$$"; exec "$0" -m chatbot --kb "$1"'
    script = f'sh -c \'{inner}\' "$0" "$1"; echo "EXIT=$?"; stty -a'
    child = pexpect.spawn(
        "sh", ["-c", script, sys.executable, str(KB)], env=environment, dimensions=SCREEN,
        encoding="utf-8", codec_errors="replace", timeout=TIMEOUT,
    )  # fmt: skip
    try:
        child.logfile_read = io.StringIO()
        child.expect(r"PID=(\d+)")
        pid = int(child.match.group(1))
        child.expect_exact("Welcome.")
        child.expect_exact(PROMPT)
        child.sendline(QUESTION)
        expect_reply(child)
        os.kill(pid, signum)
        child.expect(r"EXIT=(\d+)")
        status = int(child.match.group(1))
        child.expect(pexpect.EOF)
        settings = child.before
    finally:
        child.close(force=True)
    assert "Traceback" not in child.logfile_read.getvalue()
    assert status == 128 + signum
    modes = set(settings.split())
    assert {"icanon", "echo", "isig"} <= modes, settings
