"""Broken knowledge files: each one is refused with located problems, never a crash, hang or flood.

The small files live in tests/knowledge_corpus/ (each is tests/knowledge_corpus/valid.yaml broken in
one way); the big or endless ones (50 MB, a billion laughs, 100,000 levels of nesting, more entries
than the limit) are written into tmp_path at test time. Every case is checked from the library
(`chatbot.load` raises KnowledgeError whose problems name the file and the line) and from the
command line (exit code 2, a message naming file and line, no traceback); a few run as real
processes under a 1 GiB address-space limit, so that a reader that loads too much fails.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chatbot
from chatbot import cli, yaml_source
from chatbot.knowledge import MAX_ENTRIES, MAX_QUESTION_CHARS

CORPUS = Path(__file__).resolve().parent / "knowledge_corpus"
VALID = CORPUS / "valid.yaml"
MEMORY_LIMIT = 1024 * 1024 * 1024  # address space for the subprocess runs: a reader that loads 50 MB
# into Python objects, or expands a billion laughs, needs far more
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SYNTAX = "not valid yaml"


@dataclass(frozen=True)
class Expected:
    """The problem a broken file must get: its line (None where a line makes no sense) and a hint,
    found case-insensitively in the problem's field or message."""

    line: int | None
    hint: str


# Lines are the lines of the break in each file (the files are small: open one to see).
EXPECTED: dict[str, Expected] = {
    # not text, or not UTF-8
    "empty": Expected(1, "empty"),
    "whitespace_only": Expected(1, "empty"),
    "comments_only": Expected(1, "empty"),
    "null_document": Expected(1, "empty"),
    "binary": Expected(3, "nul byte"),
    "utf16_with_bom": Expected(1, "utf-16"),
    "utf16_without_bom": Expected(1, "nul byte"),
    "utf32_with_bom": Expected(1, "utf-32"),
    "latin1": Expected(34, "utf-8"),
    "invalid_utf8_sequence": Expected(24, "utf-8"),
    "raw_control_character": Expected(34, "u+001b"),
    # invisible format characters: text that shows one thing and says another
    "bidi_override_in_answer": Expected(34, "u+202e"),
    "bidi_isolate_escape_in_answer": Expected(34, "u+2067"),
    "tag_characters_in_question": Expected(29, "u+e0069"),
    "soft_hyphen_and_word_joiner_in_answer": Expected(34, "u+00ad"),
    # not YAML
    "unclosed_bracket": Expected(26, SYNTAX),
    "unclosed_quote": Expected(10, SYNTAX),
    "bad_indentation": Expected(24, SYNTAX),
    "tab_indentation": Expected(34, SYNTAX),
    "colon_in_plain_value": Expected(34, SYNTAX),
    "two_documents": Expected(35, "more than one yaml document"),
    # YAML, but not the plain YAML a knowledge file may use
    "duplicate_key": Expected(35, "repeats the key"),
    "alias": Expected(7, "alias"),
    "merge_key": Expected(26, "merge key"),
    "python_object_apply_tag": Expected(34, "python/object/apply"),
    "python_name_tag": Expected(34, "python/name"),
    "python_object_tag_on_mapping": Expected(26, "python/object"),
    "custom_tag": Expected(34, "!include"),
    "binary_tag": Expected(34, "binary"),
    "set_tag": Expected(25, "set"),
    "complex_key": Expected(26, "key"),
    "long_key": Expected(36, "key longer"),
    "key_with_escape_sequence": Expected(36, "control character"),
    "deep_nesting": Expected(36, "nested too deeply"),
    "escape_sequence_in_answer": Expected(34, "control character"),
    "nul_escape_in_answer": Expected(34, "control character"),
    "sexagesimal_number": Expected(34, "number longer"),
    "huge_integer": Expected(34, "number longer"),
    # plain YAML, but not a knowledge file
    "list_at_top_level": Expected(1, "mapping"),
    "text_at_top_level": Expected(1, "mapping"),
    "wrong_format_version": Expected(1, "format"),
    "missing_messages": Expected(1, "messages"),
    "missing_one_message": Expected(4, "messages.consult"),
    "missing_entries": Expected(1, "entries"),
    "empty_entries": Expected(15, "entries"),
    "entries_is_a_mapping": Expected(15, "entries"),
    "missing_answer": Expected(26, "entries.1.answer"),
    "empty_answer": Expected(34, "entries.1.answer"),
    "answer_is_a_number": Expected(34, "entries.1.answer"),
    "answer_is_a_date": Expected(34, "entries.1.answer"),
    "answer_too_long": Expected(34, "entries.1.answer"),
    "questions_is_text": Expected(28, "entries.1.questions"),
    "questions_null": Expected(28, "entries.1.questions"),
    "too_few_questions": Expected(28, "entries.1.questions"),
    "question_is_a_mapping": Expected(30, "entries.1.questions.1"),
    "missing_id": Expected(26, "entries.1.id"),
    "bad_id": Expected(26, "entries.1.id"),
    "id_too_long": Expected(26, "entries.1.id"),
    "duplicate_ids": Expected(26, "duplicate"),
    "unknown_related_id": Expected(25, "entries.0.related.1"),
    "related_to_itself": Expected(25, "entries.0.related.0"),
    "quotes_is_text": Expected(35, "entries.1.quotes"),
    "quote_is_a_mapping": Expected(27, "entries.0.quotes.1"),
    "source_file_is_a_number": Expected(4, "source_file"),
    "phrasing_in_two_entries": Expected(33, "entries.1.questions.4"),
    "phrasing_repeated_in_entry": Expected(33, "entries.1.questions.4"),
    "phrasing_too_long": Expected(33, "entries.1.questions.4"),
    "phrasing_without_words": Expected(33, "entries.1.questions.4"),
    "unknown_top_level_key": Expected(35, "entires"),
    "unknown_entry_key": Expected(35, "entries.1.answr"),
    "synonyms_not_a_mapping": Expected(35, "synonyms"),
    "synonym_variant_too_long_and_repeated": Expected(37, "synonyms.infusion.0"),
    "unanswerable_missing_keywords": Expected(36, "unanswerable.0.keywords"),
}


def _valid_text() -> str:
    return VALID.read_text(encoding="utf-8")


def _fifty_megabytes(directory: Path) -> Path:
    path = directory / "fifty_megabytes.yaml"
    with path.open("w", encoding="utf-8") as out:
        out.write(_valid_text())
        out.write("synonyms:\n  padding: [")
        chunk = "padding word, " * 10_000
        while out.tell() < 50 * 1024 * 1024:
            out.write(chunk)
        out.write("end]\n")
    return path


def _billion_laughs(directory: Path) -> Path:
    lines = ['lol0: "lol"']
    lines += [f"lol{n}: &lol{n} [{', '.join([f'*lol{n - 1}'] * 10)}]" for n in range(1, 10)]
    lines[0] = 'lol0: &lol0 "lol"'
    path = directory / "billion_laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _nested_100000_levels(directory: Path) -> Path:
    path = directory / "nested_100000_levels.yaml"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    return path


def _megabyte_sexagesimal(directory: Path) -> Path:
    path = directory / "megabyte_sexagesimal.yaml"
    path.write_text(_valid_text().replace("answer: Mint.", "answer: 1" + ":00" * 330_000), encoding="utf-8")
    return path


def _too_many_entries(directory: Path) -> Path:
    head = _valid_text().split("entries:\n")[0]
    entries = "".join(
        f"  - {{id: e{n}, section: S, questions: [q{n} a, q{n} b, q{n} c, q{n} d, q{n} e], answer: x}}\n"
        for n in range(MAX_ENTRIES + 1)
    )
    path = directory / "too_many_entries.yaml"
    path.write_text(head + "entries:\n" + entries, encoding="utf-8")
    return path


def _directory(directory: Path) -> Path:
    return directory


def _missing_file(directory: Path) -> Path:
    return directory / "no_such_file.yaml"


def _endless_file(directory: Path) -> Path:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    return Path("/dev/zero")


GENERATED: dict[str, tuple[Callable[[Path], Path], Expected]] = {
    "fifty_megabytes": (_fifty_megabytes, Expected(None, "larger than")),
    "billion_laughs": (_billion_laughs, Expected(2, "alias")),
    "nested_100000_levels": (_nested_100000_levels, Expected(1, "nested too deeply")),
    "megabyte_sexagesimal": (_megabyte_sexagesimal, Expected(34, "value longer than 100,000")),
    "too_many_entries": (_too_many_entries, Expected(15, "entries")),
    "a_directory": (_directory, Expected(None, "cannot be read")),
    "missing_file": (_missing_file, Expected(None, "cannot be read")),
    "endless_file": (_endless_file, Expected(None, "a device, not a regular file")),
}


def _corpus_path(name: str) -> Path:
    return CORPUS / f"{name}.yaml"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Writes a generated case once per module, on first use."""
    made: dict[str, Path] = {}

    def make(name: str) -> Path:
        if name not in made:
            made[name] = GENERATED[name][0](tmp_path_factory.mktemp(name))
        return made[name]

    return make


@pytest.fixture
def case(request: pytest.FixtureRequest, generated: Callable[[str], Path]) -> tuple[Path, Expected]:
    """The path and the expected problem of the case named by the test's `name` parameter."""
    name = request.node.callspec.params["name"]
    if name in GENERATED:
        return generated(name), GENERATED[name][1]
    return _corpus_path(name), EXPECTED[name]


ALL_CASES = [*EXPECTED, *GENERATED]


def _has_expected_problem(problems: tuple[chatbot.Problem, ...], expected: Expected) -> bool:
    return any(
        problem.line == expected.line and expected.hint in f"{problem.field} {problem.message}".lower()
        for problem in problems
    )


def _load_problems(path: Path) -> tuple[chatbot.Problem, ...]:
    with pytest.raises(chatbot.KnowledgeError) as caught:
        chatbot.load(path)
    return caught.value.problems


def _assert_short_and_clean(path: Path, problems: tuple[chatbot.Problem, ...]) -> None:
    """Whatever the file holds, its problems print as a few short lines with no control characters."""
    assert len(problems) <= 100
    for problem in problems:
        assert len(str(problem)) <= 500 + len(str(path)), str(problem)[:200]
        assert not _CONTROL.search(str(problem))


def test_the_corpus_holds_at_least_25_files_each_with_an_expectation() -> None:
    names = {path.stem for path in CORPUS.glob("*.yaml")} - {VALID.stem}
    assert names == set(EXPECTED)
    assert len(names) >= 25


def test_the_corpus_breaks_a_file_that_otherwise_loads() -> None:
    bot = chatbot.load(VALID)
    assert bot.ask("How long does a session last?").entry_id == "session-length"


@pytest.mark.parametrize("name", ALL_CASES)
def test_the_library_refuses_it_naming_the_file_and_the_line(name: str, case: tuple[Path, Expected]) -> None:
    path, expected = case
    problems = _load_problems(path)
    assert problems
    assert all(problem.path == str(path) for problem in problems)
    assert _has_expected_problem(problems, expected), "\n".join(map(str, problems))
    _assert_short_and_clean(path, problems)


@pytest.mark.parametrize("name", ["id_too_long", "missing_messages"])
def test_one_thing_wrong_is_one_problem(name: str) -> None:
    """A value too long is not quoted again by the checks after; a missing `messages:` is not also
    each message missing."""
    problems = _load_problems(_corpus_path(name))
    assert len(problems) == 1, "\n".join(map(str, problems))


def test_a_quoted_value_is_cut_short(tmp_path: Path) -> None:
    """A phrasing of the most characters allowed, repeated: the message quotes its start only."""
    phrasing = "what does the lozenge taste like " * 15
    assert len(phrasing) <= MAX_QUESTION_CHARS
    path = tmp_path / "repeated.yaml"
    text = _valid_text().replace("- lozenge taste\n", f"- {phrasing}\n      - {phrasing}\n", 1)
    path.write_text(text, encoding="utf-8")
    (problem,) = _load_problems(path)
    assert "is repeated in this entry" in problem.message
    assert "\u2026" in problem.message and len(problem.message) < 100, problem.message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_pure_python_parser_finds_the_same_line(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without libyaml (PyYAML built without it), the reader refuses the same files at the same lines."""
    monkeypatch.setattr(yaml_source, "_SafeLoader", yaml.SafeLoader)
    problems = _load_problems(_corpus_path(name))
    assert _has_expected_problem(problems, EXPECTED[name]), "\n".join(map(str, problems))


def test_python_tags_run_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: calls.append(args) or 0)
    monkeypatch.chdir(tmp_path)
    for name in ("python_object_apply_tag", "python_name_tag", "python_object_tag_on_mapping"):
        _load_problems(_corpus_path(name))
    assert calls == []
    assert list(tmp_path.iterdir()) == []


def test_the_value_limit_is_enforced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_source, "MAX_NODES", 50)
    problems = _load_problems(VALID)
    assert any("more than 50 values" in problem.message and problem.line for problem in problems)


def test_the_file_size_limit_is_enforced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_source, "MAX_FILE_BYTES", 100)
    problems = _load_problems(VALID)
    assert any("larger than" in problem.message for problem in problems)


def test_line_numbers_point_at_the_key_of_a_value() -> None:
    document, problems = yaml_source.read_yaml(VALID)
    assert document is not None and not problems
    text = VALID.read_text(encoding="utf-8").splitlines()
    assert text[document.line_of(("entries", 1, "questions")) - 1].strip() == "questions:"
    assert (
        text[document.line_of(("entries", 1, "questions", 2)) - 1].strip() == "- how does the lozenge taste"
    )
    assert text[document.line_of(("entries", 1, "answer")) - 1].strip() == "answer: Mint."
    assert document.line_of(("entries", 1, "no-such-key")) == document.line_of(("entries", 1))
    assert document.line_of(("entries", 99)) == document.line_of(("entries",))
    assert len(document.lines) == len(list(document.lines))
    assert ("entries", 0, "related", 0) in document.lines


# --- any bytes, any edit ---------------------------------------------------------------------------

YAML_PIECES = st.sampled_from(
    ["a", "b: ", ": ", "- ", "\n", "  ", "\t", "[", "]", "{", "}", ",", "&x ", "*x", "!!str ", "!!int ",
     "!!python/object:os.system ", "!x ", "<<: ", "? ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "---\n",
     "...\n", "'", '"', "\\e", "\\0", "\\ud800", "#", "|", ">", "1:00:00", "0x1F", "2024-13-45", "~",
     "yes", ".inf", "1e999", "é", "\ufeff", "\x85", "\u2028", "entries:", "format: 1\n", "@", "`"]
)  # fmt: skip
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(text=st.lists(YAML_PIECES, max_size=40).map("".join), raw=st.binary(max_size=300), pure=st.booleans())
def test_any_bytes_give_a_document_or_located_problems(
    text: str, raw: bytes, pure: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by this test: "!!int " with no digits made PyYAML raise IndexError."""
    monkeypatch.setattr(yaml_source, "_SafeLoader", yaml.SafeLoader if pure else yaml.CSafeLoader)
    for data in (text.encode("utf-8", "surrogatepass"), raw):
        document, problems = yaml_source.parse_yaml_bytes(data, "fuzz.yaml")
        assert (document is None) == bool(problems)
        assert all(problem.path == "fuzz.yaml" and problem.message for problem in problems)


EDITS = st.lists(
    st.tuples(
        st.integers(min_value=0),
        st.sampled_from(["", "~", "1", "true", "[]", "{}", "[a, b]", "{a: b}", "[[a]]", "'  '", "2024-01-01",
                         "[session-length, session-length]", "[lozenge-taste]", "-", "[a, a]"]),
        st.sampled_from(["value", "delete", "repeat", "indent"]),
    ),
    min_size=1,
    max_size=4,
)  # fmt: skip


@FUZZ
@given(edits=EDITS)
def test_any_edit_of_a_good_file_loads_or_is_refused(
    edits: list[tuple[int, str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Values swapped for other types, lines deleted, repeated or indented: KnowledgeError or a bot."""
    lines = _valid_text().splitlines()
    for position, value, edit in edits:
        index = position % len(lines)
        if edit == "value" and ":" in lines[index]:
            lines[index] = lines[index].split(":", 1)[0] + ": " + value
        elif edit == "delete":
            del lines[index]
        elif edit == "repeat":
            lines.insert(index, lines[index])
        elif edit == "indent":
            lines[index] = "  " + lines[index]
    path = tmp_path_factory.mktemp("edited") / "edited.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        bot = chatbot.load(path)
    except chatbot.KnowledgeError as error:
        assert error.problems and all(problem.path == str(path) for problem in error.problems)
    else:
        reply = bot.ask("How long does a session last?")
        assert reply.text.endswith(reply.footer)


# --- the command line -----------------------------------------------------------------------------


def _where(path: Path, line: int | None) -> str:
    return str(path) if line is None else f"{path}:{line}"


# too_many_entries is left to the library test: here it would only parse the same 3 MB again.
@pytest.mark.parametrize("name", [name for name in ALL_CASES if name != "too_many_entries"])
def test_the_command_line_exits_2_naming_file_and_line(
    name: str, case: tuple[Path, Expected], capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = case
    assert cli.main(["--kb", str(path), "ask", "hi"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert _where(path, expected.line) in captured.err
    assert "Traceback" not in captured.err


def test_the_command_line_prints_the_first_problems_of_many(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file broken in a thousand places: the first problems, then how many more, not a thousand lines."""
    head = _valid_text().split("entries:\n")[0]
    entries = "".join(
        f"  - {{id: Bad{n}, section: S, questions: [q{n} a, q{n} b, q{n} c, q{n} d, q{n} e], answer: x}}\n"
        for n in range(1000)
    )
    path = tmp_path / "broken_everywhere.yaml"
    path.write_text(head + "entries:\n" + entries, encoding="utf-8")
    with pytest.raises(chatbot.KnowledgeError) as caught:
        chatbot.load(path)
    hidden = caught.value.total - cli.MAX_PROBLEMS_SHOWN
    assert hidden > 0
    assert cli.main(["--kb", str(path), "ask", "hi"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert sum(str(path) in line for line in lines) == cli.MAX_PROBLEMS_SHOWN
    assert lines[-1].strip() == f"\u2026and {hidden:,} more"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m chatbot ARGS` as a real process with at most MEMORY_LIMIT of address space."""
    return subprocess.run(
        [sys.executable, "-m", "chatbot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        preexec_fn=_limit_memory,
        timeout=120,  # a guard against a hang, not a timing assertion
        check=False,
    )


# One of each kind of break, as a real process: what only a process shows (exit-time flushes,
# stderr encoding, an interpreter that runs out of memory) shows here.
PROCESS_CASES = [
    "fifty_megabytes",
    "billion_laughs",
    "nested_100000_levels",
    "binary",
    "python_object_apply_tag",
    "duplicate_ids",
]


@pytest.mark.parametrize("name", PROCESS_CASES)
def test_a_real_process_exits_2_in_bounded_memory(
    name: str, case: tuple[Path, Expected], tmp_path: Path
) -> None:
    path, expected = case
    result = run_cli("--kb", str(path), "ask", "hi", cwd=tmp_path)
    assert result.returncode == 2, result.stderr[-2000:]
    assert _where(path, expected.line) in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "corpus-pwned").exists()


def test_the_worst_file_within_the_limits_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """One value more than MAX_NODES, each 31 levels deep: the most the reader ever holds."""
    depth = yaml_source.MAX_NESTING - 1
    path = tmp_path / "worst.yaml"
    with path.open("w", encoding="utf-8") as out:
        out.write("".join(f"k{level}: {{" for level in range(depth - 1)) + "k: [")
        out.write("x," * yaml_source.MAX_NODES + "x]")
        out.write("}" * (depth - 1) + "\n")
    assert path.stat().st_size <= yaml_source.MAX_FILE_BYTES
    result = run_cli("--kb", str(path), "ask", "hi")
    assert result.returncode == 2, result.stderr[-2000:]
    assert f"{path}:1: has more than" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_name_with_an_escape_sequence_does_not_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "\x1b]0;pwned\x07\x1b[31mred.yaml"
    path.write_bytes((CORPUS / "alias.yaml").read_bytes())
    result = run_cli("--kb", str(path), "ask", "hi")
    assert result.returncode == 2
    assert "pwned" in result.stderr and "alias" in result.stderr
    assert not _CONTROL.search(result.stderr.replace("\n", ""))
