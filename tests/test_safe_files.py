"""Files and input that could stall, flood or misdirect the command line: each gets one bounded answer.

FIFOs and devices are refused before they are read; a file broken in thousands of places keeps its
first problems and counts the rest, and a long path is said once; a cases file's `knowledge:` that
names some other YAML file says so without quoting it; piped lines are read in bounded pieces;
nothing invisible or directional from a knowledge file or an argument is printed.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

import chatbot
from chatbot import cli, errors, yaml_source
from chatbot.bot import LONG_INPUT_NOTE

CORPUS = Path(__file__).resolve().parent / "knowledge_corpus"
VALID = CORPUS / "valid.yaml"
INVISIBLE = "\u202e\u2067\u061c\u2060\u00ad\ufff9\ufffa\ufffb\U000e0041\U000e007f\u200b"


def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("where", ["--kb", "cases file", "knowledge: of a cases file"])
def test_a_fifo_is_refused_in_one_line_without_waiting(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opened for reading, a FIFO waits for a writer forever; it is never opened."""
    fifo = _fifo(tmp_path, "pipe.yaml")
    if where == "--kb":
        argv = ["--kb", str(fifo), "ask", "hi"]
    elif where == "cases file":
        argv = ["check", str(fifo)]
    else:
        cases = tmp_path / "c.cases.yaml"
        cases.write_text("knowledge: pipe.yaml\ncases:\n  - {question: hi, expect: fallback}\n")
        argv = ["check", str(cases)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "not a regular file" in err or "not a knowledge file" in err


def test_a_device_is_refused_without_being_read(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    assert cli.main(["--kb", "/dev/zero", "ask", "hi"]) == 2
    assert "a device, not a regular file" in capsys.readouterr().err


def _broken_everywhere(path: Path, count: int) -> Path:
    head = VALID.read_text(encoding="utf-8").split("entries:\n")[0]
    path.write_text(head + "entries:\n  - id: a\n    questions: [" + ", ".join(["''"] * count) + "]\n")
    return path


def test_problems_past_the_limit_are_counted_not_kept(tmp_path: Path) -> None:
    with pytest.raises(chatbot.KnowledgeError) as raised:
        chatbot.load(_broken_everywhere(tmp_path / "broken.yaml", 5000))
    assert len(raised.value.problems) == errors.MAX_PROBLEMS
    assert raised.value.total > 5000
    text = str(raised.value)
    assert len(text.splitlines()) == errors.MAX_PROBLEMS + 2
    assert text.splitlines()[-1].strip() == f"\u2026and {raised.value.total - errors.MAX_PROBLEMS:,} more"


def test_a_long_path_is_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path.joinpath(*["d" * 200] * 3)
    directory.mkdir(parents=True)
    path = _broken_everywhere(directory / "broken.yaml", 500)
    assert cli.main(["--kb", str(path), "ask", "hi"]) == 2
    err = capsys.readouterr().err
    assert err.count(str(path)) == 1
    assert re.search(r"\n  line \d+: entries\.0\.questions\.0: must be non-empty text\n", err)


def test_values_that_are_not_text_are_limited(tmp_path: Path) -> None:
    path = tmp_path / "typed.yaml"
    path.write_text("format: 1\nentries: [" + ", ".join(["yes", "1:2:3", "0x1f"] * 4000) + "]\n")
    with pytest.raises(chatbot.KnowledgeError, match="values that are not text"):
        chatbot.load(path)


def test_a_cases_file_reveals_nothing_of_a_file_that_is_not_knowledge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "config.yaml"
    secret.write_text("database_password: hunter2\nsecret_key_name: value\n")
    cases = tmp_path / "c.cases.yaml"
    cases.write_text("knowledge: config.yaml\ncases:\n  - {question: hi, expect: fallback}\n")
    assert cli.main(["check", str(cases)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert f"{cases}:1: knowledge: names {secret}, which is not a knowledge file" in err
    assert "hunter2" not in err and "password" not in err and "secret_key" not in err


def test_a_cases_file_shows_the_problems_of_its_own_broken_knowledge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A knowledge file with a mistake in it is still a knowledge file: its problems are shown."""
    (tmp_path / "kb.yaml").write_text(VALID.read_text(encoding="utf-8").replace("answer: Mint.", "answer: 7"))
    cases = tmp_path / "c.cases.yaml"
    cases.write_text("knowledge: kb.yaml\ncases:\n  - {question: hi, expect: fallback}\n")
    assert cli.main(["check", str(cases)]) == 2
    assert "must be text" in capsys.readouterr().err


class _OnlyBoundedReads(io.StringIO):
    """A stream that fails any read that is not bounded, and notes the largest piece asked for."""

    largest = 0

    def readline(self, size: int | None = -1, /) -> str:
        assert size is not None and size > 0, "an unbounded readline"
        self.largest = max(self.largest, size)
        return super().readline(size)

    def __iter__(self) -> _OnlyBoundedReads:
        raise AssertionError("iterating reads whole lines")


def test_piped_lines_are_read_in_bounded_pieces() -> None:
    lines = _OnlyBoundedReads("what is ketamine " * 200_000 + "\nhow long does an infusion take\n")
    out = io.StringIO()
    assert cli.answer_lines(chatbot.load(), lines, out, as_json=True) == 0
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(replies) == 2
    assert LONG_INPUT_NOTE in replies[0]["text"]
    assert lines.largest <= cli.MAX_LINE_CHARS


def test_an_escape_in_an_argument_is_not_printed_raw(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["\x1b]0;pwned\x07\u202e"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err


@pytest.mark.parametrize("argv", [["ask"], ["ask", "--json"], ["ask", "--json", "--explain"]])
def test_invisible_characters_of_a_question_are_not_printed(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([*argv, f"what is{INVISIBLE} ketamine {INVISIBLE}"]) == 0
    out = capsys.readouterr().out
    assert not any(character in out for character in INVISIBLE)


def test_a_cases_file_with_invisible_characters_is_refused_at_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cases files are read by the same reader as knowledge files, and refused the same way."""
    cases = tmp_path / "c.cases.yaml"
    cases.write_text(f'cases:\n  - question: "what is{INVISIBLE} ketamine"\n    expect: fallback\n')
    assert cli.main(["check", "--json", str(cases)]) == 2
    captured = capsys.readouterr()
    assert f"{cases}:2: has an invisible format character (U+202E" in captured.err
    assert not any(character in captured.out + captured.err for character in INVISIBLE)


def test_piped_json_replies_print_nothing_invisible() -> None:
    out = io.StringIO()
    cli.answer_lines(chatbot.load(), io.StringIO(f"what is{INVISIBLE} ketamine\n"), out, as_json=True)
    assert json.loads(out.getvalue())["kind"]
    assert not any(character in out.getvalue() for character in INVISIBLE)


def test_the_loader_refuses_every_invisible_character(tmp_path: Path) -> None:
    text = VALID.read_text(encoding="utf-8")
    for character in INVISIBLE:
        path = tmp_path / f"u{ord(character):x}.yaml"
        path.write_text(text.replace("answer: Mint.", f"answer: Mi{character}nt."), encoding="utf-8")
        document, problems = yaml_source.read_yaml(path)
        assert document is None and f"U+{ord(character):04X}" in problems[0].message
