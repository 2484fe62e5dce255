"""The command line: `main(argv)` in-process for most promises, real processes for what only they show
(pipes, closed pipes, start-up imports, exit codes of the installed command)."""

from __future__ import annotations

import errno
import io
import json
import os
import select
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tiny_knowledge import (
    CLARIFY,
    CLARIFY_QUESTION,
    CONSULT,
    DISCLAIMER,
    SESSION_ANSWER,
    SESSION_QUESTION,
    write_tiny_knowledge,
)

import chatbot
from chatbot import cli, render
from chatbot.reply import Kind

REPLY_KEYS = {"kind", "answer", "text", "entry_id", "confidence", "suggestions", "ends_conversation"}
PROCESS_TIMEOUT = 60  # seconds; only a guard against a hang, never a measurement


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_tiny_knowledge(tmp_path)


def command() -> list[str]:
    """The installed console script, or the module if the script is not on PATH."""
    installed = shutil.which("ketamine-faq")
    return [installed] if installed else [sys.executable, "-m", "chatbot"]


def run(
    *args: str, stdin: bytes | str = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    process = subprocess.run(
        [*command(), *args], input=data, capture_output=True, timeout=PROCESS_TIMEOUT, env=env
    )
    return subprocess.CompletedProcess(
        process.args, process.returncode, process.stdout.decode(), process.stderr.decode()
    )


class TestAsk:
    def test_prints_the_reply_with_its_disclaimer(
        self, bot: chatbot.Bot, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main(["ask", SESSION_QUESTION]) == 0
        out = capsys.readouterr().out
        assert out == bot.ask(SESSION_QUESTION).text + "\n\n"

    def test_question_may_be_given_as_several_words(
        self, tiny: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main(["ask", "--kb", str(tiny), *SESSION_QUESTION.split()]) == 0
        assert SESSION_ANSWER in capsys.readouterr().out

    def test_json_is_one_object_with_the_reply_fields(
        self, bot: chatbot.Bot, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main(["ask", "--json", SESSION_QUESTION]) == 0
        out = capsys.readouterr().out
        assert out.count("\n") == 1
        record = json.loads(out)
        assert set(record) == REPLY_KEYS | {"quotes"}  # quotes: the answer's entry has them
        assert record["quotes"] == list(bot.knowledge.entry("session-length").quotes)
        assert record == bot.ask(SESSION_QUESTION).to_dict()

    def test_explain_shows_candidates_and_scores(
        self, bot: chatbot.Bot, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main(["ask", "--explain", SESSION_QUESTION]) == 0
        out = capsys.readouterr().out
        reply_text, explanation = out.split("Top candidates", 1)
        assert reply_text.strip() == bot.ask(SESSION_QUESTION).text
        best = bot.explain(SESSION_QUESTION)[0]
        assert f"{best.score:.3f}  session-length  {SESSION_QUESTION}" in explanation

    def test_explain_with_json_adds_candidates(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert cli.main(["ask", "--json", "--explain", SESSION_QUESTION]) == 0
        record = json.loads(capsys.readouterr().out)
        assert record["candidates"][0]["entry_id"] == "session-length"
        assert 0 <= record["candidates"][-1]["score"] <= record["candidates"][0]["score"] <= 1

    @pytest.mark.parametrize(
        "argv",
        [
            ["--kb", "{kb}", "ask", SESSION_QUESTION],
            ["ask", "--kb", "{kb}", SESSION_QUESTION],
            ["ask", SESSION_QUESTION, "--kb", "{kb}"],
            ["--json", "ask", "--kb", "{kb}", SESSION_QUESTION],
        ],
    )
    def test_kb_before_or_after_the_subcommand(
        self, tiny: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main([part.replace("{kb}", str(tiny)) for part in argv]) == 0
        out = capsys.readouterr().out
        assert SESSION_ANSWER in out
        assert DISCLAIMER in out

    def test_json_before_the_subcommand(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert cli.main(["--json", "ask", SESSION_QUESTION]) == 0
        assert json.loads(capsys.readouterr().out)["entry_id"] == "session-length"

    def test_installed_command_answers_and_exits_0(self, tiny: Path) -> None:
        result = run("ask", "--kb", str(tiny), SESSION_QUESTION)
        assert result.returncode == 0
        assert result.stdout.startswith(SESSION_ANSWER)
        assert result.stderr == ""

    def test_control_characters_in_the_question_do_not_come_back(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main(["ask", "--explain", "what is \x1b[2J\x1b]0;x\x07ketamine\u202e"]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


class TestUsage:
    @pytest.mark.parametrize(
        "argv",
        [
            ["ask"],
            ["ask", "--nonsense", "q"],
            ["--nonsense"],
            ["nonsense-command"],
            ["--kb"],
            ["ask", "--kb"],
        ],
    )
    def test_bad_usage_exits_2_with_a_message(
        self, argv: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main(argv) == 2
        captured = capsys.readouterr()
        assert "error:" in captured.err
        assert "usage:" in captured.err
        assert captured.out == ""

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert cli.main(["--version"]) == 0
        assert capsys.readouterr().out.strip() == f"ketamine-faq {chatbot.__version__}"

    def test_help_has_examples(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert cli.main(["--help"]) == 0
        out = capsys.readouterr().out
        assert "examples:" in out
        assert "ketamine-faq ask" in out and "--json" in out and "--kb" in out

    def test_help_is_no_wider_than_a_reply(self, capsys: pytest.CaptureFixture[str]) -> None:
        for argv in (["--help"], ["ask", "--help"], ["check", "--help"], ["validate", "--help"]):
            assert cli.main(argv) == 0
            lines = capsys.readouterr().out.splitlines()
            assert any(len(line) > 60 for line in lines), argv  # laid out wide, not at a fallback of 0
            assert max(len(line) for line in lines) <= render.MAX_LINE_WIDTH, argv

    def test_ask_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert cli.main(["ask", "--help"]) == 0
        assert "--explain" in capsys.readouterr().out

    def test_python_dash_m_runs_the_command_line(self) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "chatbot", "--version"],
            capture_output=True,
            text=True,
            timeout=PROCESS_TIMEOUT,
        )
        assert (result.returncode, result.stdout.strip()) == (0, f"ketamine-faq {chatbot.__version__}")


class TestBadKnowledge:
    def bad_file(self, tmp_path: Path) -> tuple[Path, int]:
        """A knowledge file whose one problem (an entry with too few phrasings) is on a known line."""
        good = write_tiny_knowledge(tmp_path).read_text().splitlines()
        line = next(number for number, text in enumerate(good, start=1) if "- infusion duration" in text)
        del good[line - 1]
        path = tmp_path / "bad.yaml"
        path.write_text("\n".join(good) + "\n")
        return path, good.index("    questions:", 0) + 1

    def test_located_message_and_exit_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path, line = self.bad_file(tmp_path)
        assert cli.main(["--kb", str(path), "ask", "hello"]) == 2
        captured = capsys.readouterr()
        assert f"{path}:{line}" in captured.err
        assert "questions" in captured.err and "at least" in captured.err
        assert captured.out == ""

    @pytest.mark.parametrize("argv", [["ask", "hello"], [], ["--json"]])
    def test_no_traceback_from_the_installed_command(self, tmp_path: Path, argv: list[str]) -> None:
        path, line = self.bad_file(tmp_path)
        result = run("--kb", str(path), *argv, stdin="hello\n")
        assert result.returncode == 2
        assert f"{path}:{line}" in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""

    @pytest.mark.parametrize("name", ["missing.yaml", "."])
    def test_unreadable_file(self, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
        assert cli.main(["--kb", str(tmp_path / name), "ask", "hello"]) == 2
        assert "cannot be read" in capsys.readouterr().err

    def test_not_yaml(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "broken.yaml"
        path.write_text("format: 1\nentries: [unclosed\n")
        assert cli.main(["--kb", str(path), "ask", "hello"]) == 2
        assert str(path) in capsys.readouterr().err


@pytest.mark.parametrize("question", ["", "   "])
def test_an_empty_question_is_a_usage_error(question: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ask", question]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "the question is empty" in captured.err


class TestLines:
    """Standard input that is not a terminal: one reply per line, in one conversation."""

    def test_in_process_one_reply_per_non_blank_line(
        self, tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{SESSION_QUESTION}\n\n   \n{CLARIFY_QUESTION}\n"))
        assert cli.main(["--kb", str(tiny)]) == 0
        replies = capsys.readouterr().out.split(f"{CONSULT}\n\n")
        assert replies[-1] == ""
        assert len(replies[:-1]) == 2
        assert replies[0].startswith(SESSION_ANSWER)
        assert replies[1].startswith(CLARIFY)

    def test_plain_multi_turn_through_a_pipe(self, tiny: Path) -> None:
        result = run("--kb", str(tiny), stdin=f"{CLARIFY_QUESTION}\n2\n")
        bot = chatbot.load(tiny)
        clarify = bot.ask(CLARIFY_QUESTION)
        picked = bot.reply_for(clarify.suggestions[1].entry_id)
        assert result.returncode == 0
        assert result.stdout == f"{clarify.text}\n\n{picked.text}\n\n"
        assert result.stderr == ""

    def test_json_lines_multi_turn(self, tiny: Path) -> None:
        lines = [CLARIFY_QUESTION, "", "2", "more", "1", "what about the weather on mars"]
        result = run("--kb", str(tiny), "--json", stdin="\n".join(lines) + "\n")
        assert result.returncode == 0
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert all(set(record) == REPLY_KEYS for record in records)
        # No reply to the blank line; "more" after an answer without follow-ups says so; "1" then has
        # no list to pick from, and says so too.
        kinds = [record["kind"] for record in records]
        assert kinds == ["clarify", "answer", "smalltalk", "smalltalk", "fallback"]
        assert "no numbered list" in records[3]["answer"]
        clarify, picked = records[0], records[1]
        assert picked["entry_id"] == clarify["suggestions"][1]["entry_id"]
        assert all(record["text"].endswith(f"{DISCLAIMER}\n{CONSULT}") for record in records)

    def test_a_pick_from_follow_ups_then_more(self, tiny: Path) -> None:
        result = run("--kb", str(tiny), "--json", stdin=f"{SESSION_QUESTION}\n2\nmore\n")
        answer, picked, more = (json.loads(line) for line in result.stdout.splitlines())
        assert answer["entry_id"] == "session-length"
        assert [s["entry_id"] for s in answer["suggestions"]] == ["lozenge-taste", "capsule-taste"]
        assert picked["entry_id"] == "capsule-taste"
        assert more["kind"] == Kind.SMALLTALK, "every follow-up has been shown: it says so"
        assert more["answer"] == "Tiny nothing more."

    def test_shipped_knowledge_json_line(self) -> None:
        result = run("--json", stdin="what is ketamine\n")
        assert result.returncode == 0
        (line,) = result.stdout.splitlines()
        assert set(json.loads(line)) == REPLY_KEYS | {"quotes"}

    def test_bytes_that_are_not_utf8_do_not_end_the_process(self, tiny: Path) -> None:
        stdin = b"\xff\xfe\xc3(\n" + SESSION_QUESTION.encode() + b"\n\x80\x81 what\n"
        result = run("--kb", str(tiny), "--json", stdin=stdin)
        assert result.returncode == 0
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(records) == 3
        assert records[1]["entry_id"] == "session-length"
        assert "Traceback" not in result.stderr

    def test_windows_line_ends_and_no_final_newline(self, tiny: Path) -> None:
        result = run("--kb", str(tiny), "--json", stdin=f"{CLARIFY_QUESTION}\r\n2")
        picked = json.loads(result.stdout.splitlines()[1])
        assert picked["kind"] == "answer"

    def test_each_reply_is_flushed_before_the_next_line_is_read(self, tiny: Path) -> None:
        """A program driving us waits for each reply before it writes the next question."""
        process = subprocess.Popen(
            [*command(), "--kb", str(tiny), "--json"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdin and process.stdout
        try:
            for question, expected in [(CLARIFY_QUESTION, "clarify"), ("2", "answer"), ("more", "smalltalk")]:
                process.stdin.write(question.encode() + b"\n")
                process.stdin.flush()
                ready, _, _ = select.select([process.stdout], [], [], PROCESS_TIMEOUT)
                assert ready, f"no reply to {question!r} while standard input stays open"
                assert json.loads(process.stdout.readline())["kind"] == expected
            process.stdin.close()
            assert process.wait(timeout=PROCESS_TIMEOUT) == 0
        finally:
            process.kill()
            process.wait()

    def test_closed_standard_input(self, tiny: Path) -> None:
        result = subprocess.run(
            [*command(), "--kb", str(tiny)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=PROCESS_TIMEOUT,
        )
        assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


class TestClosedPipe:
    def test_ask_into_head_ends_quietly(self, tmp_path: Path) -> None:
        script = f"{' '.join(command())} ask x 2>{tmp_path / 'err'} | head -c 10"
        result = subprocess.run(
            ["bash", "-c", script], capture_output=True, text=True, timeout=PROCESS_TIMEOUT
        )
        assert len(result.stdout) == 10
        assert (tmp_path / "err").read_text() == ""

    def test_reader_that_goes_away_mid_stream(self, tiny: Path, tmp_path: Path) -> None:
        questions = tmp_path / "questions.txt"
        # Some 300 kB of replies: far more than a pipe holds, so writing fails once the reader is gone.
        questions.write_text(f"{SESSION_QUESTION}\n" * 2000)
        with questions.open("rb") as stdin:
            process = subprocess.Popen(
                [*command(), "--kb", str(tiny)], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            assert process.stdout and process.stderr
            assert process.stdout.read(10) == SESSION_ANSWER[:10].encode()
            process.stdout.close()
            assert process.wait(timeout=PROCESS_TIMEOUT) == 0
            assert process.stderr.read() == b""


class _Disk(io.RawIOBase):
    """A file on a disk that is full until `full` is set false."""

    full = True

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return len(data)


class TestOutputThatCannotBeWritten:
    @pytest.mark.parametrize("argv", [["ask", "--json", SESSION_QUESTION], ["--version"]])
    def test_a_full_disk_found_at_the_last_flush(
        self, argv: list[str], tiny: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Output to a file is buffered: on a full disk only the flush fails, and main() must flush
        before it returns, or Python reports the failure at exit as an ignored exception."""
        disk = _Disk()
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(disk), encoding="utf-8"))
        try:
            assert cli.main(["--kb", str(tiny), *argv]) == 1
        finally:
            disk.full = False  # so that the buffer, flushed when it is collected, goes quietly
        assert capsys.readouterr().err == "ketamine-faq: cannot write the output: No space left on device\n"

    def test_standard_output_closed(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(sys, "stdout", None)
        assert cli.main(["ask", SESSION_QUESTION]) == 1
        assert capsys.readouterr().err == "ketamine-faq: standard output is closed\n"

    def test_ctrl_c_while_the_command_line_is_imported(self, tmp_path: Path) -> None:
        """`python -m chatbot` interrupted while chatbot.cli loads: exit 130 as main() does, no traceback.
        (Simulated by an argparse that raises KeyboardInterrupt on import: only cli.py imports it.)"""
        (tmp_path / "argparse.py").write_text("raise KeyboardInterrupt\n")
        env = {**os.environ, "PYTHONPATH": str(tmp_path)}
        result = subprocess.run(
            [sys.executable, "-m", "chatbot", "ask", "hi"],
            capture_output=True,
            timeout=PROCESS_TIMEOUT,
            env=env,
        )
        assert result.returncode == 130
        assert result.stderr == b""


class TestStartUp:
    """The one-shot and pipe paths never import prompt_toolkit: it costs start-up time."""

    @pytest.mark.parametrize("argv", [["ask", "what is ketamine"], ["--json"], []])
    def test_prompt_toolkit_is_not_imported(self, argv: list[str]) -> None:
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "chatbot", *argv],
            input="what is ketamine\n",
            capture_output=True,
            text=True,
            timeout=PROCESS_TIMEOUT,
        )
        assert result.returncode == 0
        assert "rapidfuzz" in result.stderr  # the import log is there
        assert "prompt_toolkit" not in result.stderr

    def test_ask_leaves_the_chat_out_and_freezes_what_it_imported(self) -> None:
        """prompt_toolkit is the chat's alone; the console script freezes what it imported (see
        cli.command)."""
        probe = (
            "import gc, json, sys\n"
            "already = set(sys.modules)\n"
            "from chatbot import cli\n"
            "sys.argv = ['ketamine-faq', 'ask', 'what is ketamine']\n"
            "code = cli.command()\n"
            "new = sorted(set(sys.modules) - already)\n"
            "report = {'code': code, 'frozen': gc.get_freeze_count(), 'new': new}\n"
            "print(json.dumps(report), file=sys.stderr)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=PROCESS_TIMEOUT
        )
        report = json.loads(result.stderr)
        assert report["code"] == 0
        assert "NMDA" in result.stdout
        assert report["frozen"] > 1000
        assert "chatbot.bot" in report["new"] and "rapidfuzz" in report["new"]  # the probe sees imports
        assert not any(name.startswith("prompt_toolkit") for name in report["new"])

    def test_importing_the_command_line_imports_none_of_the_bot(self) -> None:
        """The console script imports chatbot.cli before command() can take Ctrl-C in hand: that import
        must stay light, so that an early Ctrl-C ends the command quietly, not in an import's traceback."""
        probe = "import sys, chatbot.cli; print(' '.join(sorted(sys.modules)))"
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
        loaded = set(result.stdout.split())
        assert not {"chatbot.bot", "rapidfuzz", "yaml"} & loaded
        assert {m for m in loaded if m.startswith("chatbot")} == {
            "chatbot", "chatbot.cli", "chatbot.console", "chatbot.errors", "chatbot.text"
        }  # fmt: skip

    def test_the_console_script_and_python_dash_m_enter_through_command(self) -> None:
        import tomllib

        project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
        assert project["project"]["scripts"]["ketamine-faq"] == "chatbot.cli:command"
        main_module = Path(cli.__file__).with_name("__main__.py").read_text(encoding="utf-8")
        assert "SystemExit(command())" in main_module


class TestChatStart:
    """What the command line hands the chat when both ends are a terminal (the chat itself: test_chat*)."""

    @pytest.fixture
    def started(self, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
        from chatbot import chat

        calls: list[dict[str, object]] = []
        monkeypatch.setattr(cli, "is_terminal", lambda stream: True)
        monkeypatch.setattr(chat, "run_chat", lambda bot, **options: calls.append(options) or 0)
        monkeypatch.delenv("NO_COLOR", raising=False)
        return calls

    def test_colour_by_default(self, started: list[dict[str, object]]) -> None:
        assert cli.main([]) == 0
        assert started == [{"history_path": None, "color": True}]

    def test_no_color_option(self, started: list[dict[str, object]]) -> None:
        assert cli.main(["--no-color"]) == 0
        assert started[0]["color"] is False

    def test_no_color_environment(
        self, started: list[dict[str, object]], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("NO_COLOR", "1")
        assert cli.main([]) == 0
        assert started[0]["color"] is False

    def test_json_on_a_terminal_answers_lines(
        self,
        started: list[dict[str, object]],
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO("what is ketamine\n"))
        assert cli.main(["--json"]) == 0
        assert started == []
        assert json.loads(capsys.readouterr().out)["kind"]

    def test_history_file_is_created_private(self, started: list[dict[str, object]], tmp_path: Path) -> None:
        path = tmp_path / "history"
        assert cli.main(["--history", str(path)]) == 0
        assert started[0]["history_path"] == path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    def test_unusable_history_file_exits_2(
        self, started: list[dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert cli.main(["--history", str(tmp_path / "no" / "such" / "dir")]) == 2
        assert "cannot use history file" in capsys.readouterr().err
        assert started == []


def test_output_to_a_terminal_is_wrapped(tiny: Path) -> None:
    """`ask` on a terminal lays the reply out for reading; through a pipe it prints `text` as is."""
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(
        command()[0],
        [*command()[1:], "--kb", str(tiny), "ask", SESSION_QUESTION],
        env={**os.environ, "TERM": "xterm", "COLUMNS": "40", "LINES": "20"},
        dimensions=(20, 40),
        encoding="utf-8",
        timeout=PROCESS_TIMEOUT,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    lines = child.before.splitlines()
    assert max(len(line) for line in lines) <= 39
    assert "  Sessions last about forty minutes in" in lines


def test_topics_through_a_pipe_lists_the_questions(tiny: Path) -> None:
    result = run("--kb", str(tiny), stdin="/topics\n")
    bot = chatbot.load(tiny)
    assert result.returncode == 0
    assert result.stdout == f"{bot.topics().text}\n\n"
    assert all(f"- {entry.question}" in result.stdout for entry in bot.knowledge.entries)
