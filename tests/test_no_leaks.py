"""Nothing leaks: no network access anywhere, no file written unless --history asks for one, and
that file readable by its owner only.

In this process, socket functions are replaced by ones that fail and an audit hook records every
socket event while the library, the command line and the chat run. Real processes run with a
sitecustomize.py on PYTHONPATH whose audit hook ends the process (exit 86) at the first socket
or name lookup and (exit 87) at the first file opened for writing outside the allowed ones, with
HOME, the working directory, the XDG directories and TMPDIR pointed at empty directories that must
stay empty.
"""

from __future__ import annotations

import io
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.plain_text import PlainTextOutput

import chatbot
from chatbot import cli
from chatbot.chat import PROMPT, Chat

pexpect = pytest.importorskip("pexpect")

QUESTION = "How long does a ketamine infusion session last?"
BAD_KB = Path(__file__).resolve().parent / "knowledge_corpus" / "alias.yaml"
TIMEOUT = 60  # a guard against a hang, never reached when things work; not a timing assertion
NETWORK_EXIT = 86
WRITE_EXIT = 87

SITECUSTOMIZE = f'''\
"""Installed by tests/test_no_leaks.py: end the process at the first network access or file write."""
import os
import sys

_ALLOW_LOCAL_SOCKETS = os.environ.get("NO_LEAKS_ALLOW_LOCAL_SOCKETS") == "1"
_ALLOWED_WRITES = set(filter(None, os.environ.get("NO_LEAKS_ALLOWED_WRITES", "").split(os.pathsep)))
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_AF_UNIX = 1


def _stop(code, message):
    os.write(2, message.encode("utf-8", "replace") + b"\\n")
    os._exit(code)


def _hook(event, args):
    if event == "socket.__new__" and _ALLOW_LOCAL_SOCKETS and len(args) > 1 and args[1] == _AF_UNIX:
        return  # asyncio's self-pipe (a socketpair inside this process), used by prompt_toolkit
    if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")):
        _stop({NETWORK_EXIT}, f"NETWORK ACCESS: {{event}} {{args!r}}")
    if event == "open" and len(args) == 3:
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        name = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else ""
        if writing and name and not name.startswith("/dev/") and name not in _ALLOWED_WRITES:
            _stop({WRITE_EXIT}, f"FILE WRITE: {{name}} {{mode!r}} {{flags!r}}")


sys.addaudithook(_hook)
'''


# --- in this process -----------------------------------------------------------------------------

_NETWORK_EVENTS = ("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")
_armed: list[list[str]] = []  # while a test runs, the list its audit hook records events into


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _armed and event.startswith(_NETWORK_EVENTS):
        is_local_pair = event == "socket.__new__" and len(args) > 1 and args[1] == socket.AF_UNIX
        if not is_local_pair:  # asyncio's self-pipe, a socketpair inside this process
            _armed[-1].append(f"{event} {args!r}")


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one records only while armed


@pytest.fixture
def network_events(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every network attempt made while the test runs; the socket functions also fail outright."""
    events: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        events.append("socket function called")
        raise OSError("network access in a test of an offline program")

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    _armed.append(events)
    yield events
    _armed.remove(events)


def test_the_audit_hook_sees_a_socket(network_events: list[str]) -> None:
    """The in-process check can fail."""
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 9))
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    assert len(network_events) >= 2


def test_the_library_cli_and_chat_open_no_socket(
    network_events: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bot = chatbot.load()
    bot.ask(QUESTION)
    bot.explain(QUESTION)
    conversation = bot.conversation()
    for turn in (QUESTION, "more", "1", "I want to die", "how much does it cost"):
        conversation.ask(turn)
    with pytest.raises(chatbot.KnowledgeError):
        chatbot.load(BAD_KB)
    assert cli.main(["ask", "--explain", QUESTION]) == 0
    assert cli.main(["ask", "--json", QUESTION]) == 0
    assert cli.main(["--kb", str(BAD_KB), "ask", "hi"]) == 2
    assert cli.answer_lines(bot, io.StringIO(f"{QUESTION}\nmore\n"), io.StringIO(), as_json=True) == 0
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text(f"{QUESTION}\r/topics\r/why\r\x04")
        chat = Chat(bot, input=pipe, output=DummyOutput(), screen=PlainTextOutput(screen))  # type: ignore[arg-type]
        assert chat.run() == 0
    assert "40" in screen.getvalue()  # "40 to 60 minutes": the chat did answer
    capsys.readouterr()
    assert network_events == []


# --- real processes ------------------------------------------------------------------------------


class Sandbox:
    """Empty HOME, working directory, XDG directories and TMPDIR, and the environment pointing there."""

    def __init__(self, root: Path) -> None:
        self.hook = root / "hook"
        self.hook.mkdir()
        (self.hook / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        self.dirs = {name: root / name for name in ("home", "cwd", "config", "cache", "data", "state", "tmp")}
        for directory in self.dirs.values():
            directory.mkdir()
        path = os.pathsep.join(filter(None, [str(self.hook), os.environ.get("PYTHONPATH", "")]))
        self.env = {
            **os.environ,
            "PYTHONPATH": path,
            "PYTHONDONTWRITEBYTECODE": "1",  # Python's own cache files are not ours to test
            "HOME": str(self.dirs["home"]),
            "XDG_CONFIG_HOME": str(self.dirs["config"]),
            "XDG_CACHE_HOME": str(self.dirs["cache"]),
            "XDG_DATA_HOME": str(self.dirs["data"]),
            "XDG_STATE_HOME": str(self.dirs["state"]),
            "TMPDIR": str(self.dirs["tmp"]),
            "TERM": "xterm-256color",
            "PROMPT_TOOLKIT_NO_CPR": "1",
        }

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """`python -m chatbot ARGS` in the sandbox."""
        return self.python("-m", "chatbot", *args, stdin=stdin)

    def python(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.dirs["cwd"],
            env=self.env,
            timeout=TIMEOUT,
            check=False,
        )

    def written(self) -> list[str]:
        """Every file or directory that appeared in the sandbox directories."""
        return sorted(str(path) for directory in self.dirs.values() for path in directory.rglob("*"))


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    return Sandbox(tmp_path)


def test_the_sandbox_can_fail(sandbox: Sandbox) -> None:
    """The hook really ends a process that opens a socket or writes a file."""
    for code, expected in [
        ("import socket; socket.socket()", NETWORK_EXIT),
        ("import socket; socket.getaddrinfo('localhost', 80)", NETWORK_EXIT),
        ("open('x.txt', 'w')", WRITE_EXIT),
        ("import os; os.open('y.txt', os.O_CREAT | os.O_WRONLY)", WRITE_EXIT),
    ]:
        result = sandbox.python("-c", code)
        assert result.returncode == expected, (code, result.stderr)
    assert sandbox.written() == []


@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["ask", QUESTION], "", 0),
        (["ask", "--json", "--explain", QUESTION], "", 0),
        ([], f"{QUESTION}\nmore\n1\n", 0),
        (["--json"], f"{QUESTION}\nI want to die\n", 0),
        (["--kb", str(BAD_KB), "ask", "hi"], "", 2),
        (["--history", "history.txt"], f"{QUESTION}\n", 0),  # pipe mode keeps no history
    ],
)
def test_a_real_process_opens_no_socket_and_writes_no_file(
    sandbox: Sandbox, args: list[str], stdin: str, code: int
) -> None:
    result = sandbox.run(*args, stdin=stdin)
    assert result.returncode == code, result.stderr[-2000:]
    assert "NETWORK ACCESS" not in result.stderr and "FILE WRITE" not in result.stderr
    assert sandbox.written() == []


def _spawn_chat(sandbox: Sandbox, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "chatbot", *args],
        cwd=str(sandbox.dirs["cwd"]),
        env=sandbox.env,
        dimensions=(30, 100),
        encoding="utf-8",
        codec_errors="replace",
        timeout=TIMEOUT,
    )
    child.logfile_read = io.StringIO()
    return child


def _chat_once(child: pexpect.spawn) -> str:
    child.expect_exact(PROMPT)
    child.sendline(QUESTION)
    child.expect("40")  # from "40 to 60 minutes", the shipped answer
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    return child.logfile_read.getvalue()


def test_the_chat_writes_nothing_without_history(sandbox: Sandbox) -> None:
    sandbox.env["NO_LEAKS_ALLOW_LOCAL_SOCKETS"] = "1"
    session = _chat_once(_spawn_chat(sandbox))
    assert "NETWORK ACCESS" not in session and "FILE WRITE" not in session
    assert sandbox.written() == []


@pytest.mark.parametrize(("existing_mode", "umask"), [(None, 0o022), (None, 0o000), (0o600, 0o022)])
def test_the_history_file_is_the_only_file_and_its_owners_alone(
    sandbox: Sandbox, existing_mode: int | None, umask: int
) -> None:
    history = sandbox.dirs["home"] / ".ketamine-faq-history"
    if existing_mode is not None:
        history.write_text("")
        history.chmod(existing_mode)
    sandbox.env["NO_LEAKS_ALLOW_LOCAL_SOCKETS"] = "1"
    sandbox.env["NO_LEAKS_ALLOWED_WRITES"] = str(history)
    previous = os.umask(umask)  # inherited by the child
    try:
        session = _chat_once(_spawn_chat(sandbox, "--history", "~/.ketamine-faq-history"))
    finally:
        os.umask(previous)
    assert "NETWORK ACCESS" not in session and "FILE WRITE" not in session
    assert sandbox.written() == [str(history)]
    assert stat.S_IMODE(history.stat().st_mode) == 0o600
    assert QUESTION in history.read_text(encoding="utf-8")


def test_a_history_file_others_can_read_is_refused_and_left_as_it_is(sandbox: Sandbox) -> None:
    """A file made 0666 by someone else would let them read every question: one line, exit 2."""
    history = sandbox.dirs["home"] / ".ketamine-faq-history"
    history.write_text("")
    history.chmod(0o666)
    sandbox.env["NO_LEAKS_ALLOWED_WRITES"] = str(history)  # opened to be checked, never written
    child = _spawn_chat(sandbox, "--history", "~/.ketamine-faq-history")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert "make it private with chmod 600" in child.logfile_read.getvalue()
    assert "Traceback" not in child.logfile_read.getvalue()
    assert stat.S_IMODE(history.stat().st_mode) == 0o666
    assert history.read_text(encoding="utf-8") == ""
