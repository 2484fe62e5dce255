"""Cases files: loading with located errors, running them, the shipped cases, and `ketamine-faq check`."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pet_knowledge
import pytest
import yaml
from conftest import DATA, ROOT

import chatbot
from chatbot.cli import main
from chatbot.errors import CasesError
from chatbot.regression import (
    CATEGORIES,
    EXPECTATIONS,
    Case,
    CasesFile,
    cases_path_for,
    describe_failure,
    load_cases,
    run_case,
    run_cases,
)
from chatbot.text import phrase_key

SHIPPED_KNOWLEDGE = ROOT / "knowledge" / "ketamine_chronic_pain.yaml"
SHIPPED_CASES = ROOT / "knowledge" / "ketamine_chronic_pain.cases.yaml"
SHIPPED = load_cases(SHIPPED_CASES)


@pytest.fixture(scope="module")
def pets_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pet_knowledge.write(tmp_path_factory.mktemp("pets") / "pets.yaml")


@pytest.fixture(scope="module")
def pets(pets_path: Path) -> chatbot.Bot:
    return chatbot.load(pets_path)


def write_cases(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---- loading


def test_a_cases_file_loads_into_cases_with_their_lines(tmp_path: Path) -> None:
    path = write_cases(
        tmp_path / "x.cases.yaml",
        'cases:\n  - question: "how long"\n    expect: session-length\n'
        "  - question: 1\n    before: how long\n    expect: recovery\n"
        "  - question: more\n    before: [a, b]\n    expect: fallback-or-clarify\n",
    )
    cases = load_cases(path)
    assert cases.knowledge is None
    assert [(c.question, c.expect, c.before, c.line) for c in cases.cases] == [
        ("how long", "session-length", (), 2),
        ("1", "recovery", ("how long",), 4),
        ("more", "fallback-or-clarify", ("a", "b"), 7),
    ]
    assert cases.cases[1].where == f"{path}:4"


@pytest.mark.parametrize(
    ("text", "field", "line", "message"),
    [
        ("- question: a\n", "", 1, "must be a mapping"),
        ("knowledge: x.yaml\n", "cases", 1, "is missing"),
        ("cases: {}\n", "cases", 1, "must be a list"),
        ("cases: []\n", "cases", 1, "is empty"),
        ("cases:\n  - just a question\n", "cases.0", 2, "must be a mapping"),
        ("cases:\n  - question: a\n", "cases.0.expect", 2, "is missing"),
        ("cases:\n  - expect: fallback\n", "cases.0.question", 2, "is missing"),
        ('cases:\n  - question: "  "\n    expect: fallback\n', "cases.0.question", 2, "is empty"),
        ("cases:\n  - question: yes\n    expect: fallback\n", "cases.0.question", 2, "must be text"),
        ("cases:\n  - question: [a]\n    expect: fallback\n", "cases.0.question", 2, "must be text"),
        (
            "cases:\n  - question: a\n    expect: fallback\n    expected: x\n",
            "cases.0.expected",
            4,
            "unknown key",
        ),
        (
            "cases:\n  - question: a\n    expect: fallback\n    before: {a: 1}\n",
            "cases.0.before",
            4,
            "a list",
        ),
        (
            "cases:\n  - question: a\n    expect: fallback\n    before: [a, null]\n",
            "cases.0.before.1",
            4,
            "missing",
        ),
        ("tests: []\ncases:\n  - question: a\n    expect: fallback\n", "tests", 1, "unknown key"),
        (
            "knowledge: nowhere.yaml\ncases:\n  - {question: a, expect: fallback}\n",
            "knowledge",
            1,
            "no knowledge",
        ),
        ("knowledge: 3\ncases:\n  - {question: a, expect: fallback}\n", "knowledge", 1, "must be the path"),
    ],
)
def test_a_broken_cases_file_is_refused_with_located_problems(
    tmp_path: Path, text: str, field: str, line: int, message: str
) -> None:
    path = write_cases(tmp_path / "bad.cases.yaml", text)
    with pytest.raises(CasesError) as raised:
        load_cases(path)
    problems = [(p.field, p.line) for p in raised.value.problems if message in p.message]
    assert problems == [(field, line)], raised.value.problems
    assert all(p.path == str(path) for p in raised.value.problems)


def test_every_problem_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    path = write_cases(tmp_path / "bad.cases.yaml", "cases:\n  - question: a\n  - expect: b\n  - 3\n")
    with pytest.raises(CasesError) as raised:
        load_cases(path)
    assert [p.line for p in raised.value.problems] == [2, 3, 4]
    assert "3 problems in the cases file" in str(raised.value)


def test_a_file_that_is_not_yaml_or_missing_gets_a_located_error(tmp_path: Path) -> None:
    path = write_cases(tmp_path / "bad.cases.yaml", "cases:\n  - question: [unclosed\n")
    with pytest.raises(CasesError) as raised:
        load_cases(path)
    assert raised.value.problems[0].line is not None
    with pytest.raises(CasesError, match="cannot be read"):
        load_cases(tmp_path / "missing.cases.yaml")


def test_an_unknown_entry_id_is_a_located_error_with_a_suggestion(tmp_path: Path, pets: chatbot.Bot) -> None:
    path = write_cases(
        tmp_path / "x.cases.yaml",
        "cases:\n  - {question: a, expect: cat-sleep}\n  - {question: b, expect: cat-sleeps}\n"
        "  - {question: c, expect: zebra}\n  - {question: d, expect: price}\n",
    )
    with pytest.raises(CasesError) as raised:
        load_cases(path, pets.knowledge)
    problems = raised.value.problems
    assert [(p.line, p.field) for p in problems] == [
        (3, "cases.1.expect"),
        (4, "cases.2.expect"),
        (5, "cases.3.expect"),
    ]
    assert "did you mean 'cat-sleep'" in problems[0].message
    assert "one of fallback" in problems[1].message
    assert "unanswerable topic" in problems[2].message
    with pytest.raises(CasesError):
        run_cases(pets, load_cases(path))


def test_the_knowledge_key_is_relative_to_the_cases_file(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "sub").mkdir()
    knowledge = pet_knowledge.write(tmp_path / "kb" / "pets.yaml")
    text = "knowledge: ../kb/pets.yaml\ncases:\n  - {question: a, expect: fallback}\n"
    path = write_cases(tmp_path / "sub" / "x.cases.yaml", text)
    assert load_cases(path).knowledge.resolve() == knowledge.resolve()  # type: ignore[union-attr]


def test_the_default_cases_file_sits_beside_the_knowledge() -> None:
    assert cases_path_for(SHIPPED_KNOWLEDGE) == SHIPPED_CASES
    assert cases_path_for("a/b/my.topic.yaml") == Path("a/b/my.topic.cases.yaml")


@pytest.mark.parametrize("path", sorted(DATA.glob("*_questions.yaml")), ids=lambda p: p.name)
def test_the_question_sets_are_valid_cases_files(path: Path, knowledge: chatbot.Knowledge) -> None:
    assert len(load_cases(path, knowledge).cases) >= 100


# ---- running


def case(question: str, expect: str, *before: str) -> Case:
    return Case(question, expect, tuple(before))


@pytest.mark.parametrize(
    ("question", "before", "expect", "passes"),
    [
        ("How much do cats sleep?", (), "cat-sleep", True),
        ("How much do cats sleep?", (), "dog-walks", False),
        ("How much do cats sleep?", (), "fallback-or-clarify", False),
        ("hello", (), "greeting", True),
        ("hello", (), "smalltalk", True),
        ("hello", (), "cat-sleep", False),
        ("what is the capital of france", (), "fallback", True),
        ("what is the capital of france", (), "fallback-or-clarify", True),
        ("what is the capital of france", (), "clarify", False),
        ("how much does a fish tank cost", (), "fallback", True),
        ("I want to kill myself", (), "crisis", True),
        ("I want to kill myself", (), "fallback", False),
        ("more", ("How much do cats sleep?",), "clarify", True),
        ("more", ("How much do cats sleep?",), "fallback-or-clarify", True),
        ("more", ("How much do cats sleep?",), "fallback", False),  # fallback is strict: no clarify
        ("1", ("How much do cats sleep?",), "dog-walks", True),
        ("1", ("How much do cats sleep?", "more"), "fish-tank", True),  # "more": what was not shown yet
        ("1", (), "dog-walks", False),
    ],
)
def test_what_each_expectation_accepts(
    pets: chatbot.Bot, question: str, before: tuple[str, ...], expect: str, passes: bool
) -> None:
    result = run_case(pets, case(question, expect, *before))
    assert result.passed is passes, (result.kind, result.entry_id)


def test_a_result_says_what_was_expected_and_what_came(pets: chatbot.Bot) -> None:
    wrong = run_case(pets, case("How much do cats sleep?", "fish-tank"))
    assert (wrong.category, wrong.expected, wrong.got) == ("answer", "answer fish-tank", "answer cat-sleep")
    assert wrong.confidence >= 0.99  # an exact phrasing: as sure as the confidence model gets
    assert wrong.candidates[0].entry_id == "cat-sleep"
    offered = run_case(pets, case("more", "fallback", "How much do cats sleep?"))
    assert (offered.category, offered.expected, offered.got) == ("fallback", "fallback", "clarify: fish-tank")
    lenient = run_case(pets, case("x", "fallback-or-clarify"))
    assert (lenient.category, lenient.expected) == ("fallback", "fallback or clarify")
    assert run_case(pets, case("hello", "greeting")).expected == "smalltalk greeting"


def test_a_failure_is_described_with_question_expectation_reply_and_candidates(pets: chatbot.Bot) -> None:
    text = describe_failure(run_case(pets, case("How much do cats sleep?", "fish-tank", "hi")))
    lines = text.splitlines()
    assert lines[0] == "question:   How much do cats sleep?"
    assert lines[1] == "after:      hi"
    assert lines[2] == "expected:   answer fish-tank"
    assert lines[3] == "got:        answer cat-sleep (confidence 1.00)"
    assert lines[4].startswith("candidates: 1.000  cat-sleep")
    assert "(How much do cats sleep?)" in lines[4]
    alone = dataclasses.replace(run_case(pets, case("I want to kill myself", "cat-sleep")), candidates=())
    assert "candidates: none" in describe_failure(alone)


def test_a_report_counts_by_kind_and_is_json_ready(pets: chatbot.Bot, pets_path: Path) -> None:
    cases = CasesFile(
        "x.cases.yaml",
        (
            case("How much do cats sleep?", "cat-sleep"),
            case("How much do cats sleep?", "fish-tank"),
            case("hello", "greeting"),
            case("I want to kill myself", "crisis"),
            case("what is the capital of france", "fallback"),
        ),
    )
    progress: list[tuple[int, int]] = []
    report = run_cases(pets, cases, lambda done, total: progress.append((done, total)))
    assert progress == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert not report.ok
    assert [r.case.expect for r in report.failures] == ["fish-tank"]
    assert [(t.category, t.passed, t.total) for t in report.by_category()] == [
        ("answer", 1, 2),
        ("smalltalk", 1, 1),
        ("fallback", 1, 1),
        ("crisis", 1, 1),
    ]
    record = json.loads(json.dumps(report.to_dict()))
    assert record["knowledge"] == str(pets_path)
    assert (record["total"], record["passed"], record["failed"]) == (5, 4, 1)
    assert record["by_kind"]["answer"] == {"passed": 1, "total": 2}
    assert record["results"][1]["candidates"][0]["entry_id"] == "cat-sleep"


# ---- the shipped cases


def test_the_shipped_cases_cover_every_kind_and_every_entry(knowledge: chatbot.Knowledge) -> None:
    load_cases(SHIPPED_CASES, knowledge)  # every expect names a real entry
    assert len(SHIPPED.cases) >= 200
    expected = {c.expect for c in SHIPPED.cases}
    assert {entry.id for entry in knowledge.entries} <= expected
    smalltalk = {entry.id for entry in knowledge.smalltalk} | {"smalltalk"}
    counts = {
        "fallback": sum(c.expect == "fallback" for c in SHIPPED.cases),
        "crisis": sum(c.expect == "crisis" for c in SHIPPED.cases),
        "smalltalk": sum(c.expect in smalltalk for c in SHIPPED.cases),
        "multi-turn": sum(bool(c.before) for c in SHIPPED.cases),
    }
    assert min(counts.values()) >= 10, counts
    canonical = {entry.question for entry in knowledge.entries}
    assert canonical <= {c.question for c in SHIPPED.cases}


def test_the_shipped_cases_keep_the_held_out_questions_unseen(knowledge: chatbot.Knowledge) -> None:
    held_out = {phrase_key(str(c["question"])) for c in yaml.safe_load(
        (DATA / "heldout_questions.yaml").read_text(encoding="utf-8"))["cases"]}  # fmt: skip
    own_phrasings = {phrase_key(q) for entry in knowledge.entries for q in entry.questions}
    copied = [c.question for c in SHIPPED.cases if phrase_key(c.question) in held_out - own_phrasings]
    assert copied == []


@pytest.mark.parametrize("shipped_case", SHIPPED.cases, ids=lambda c: f"line {c.line}: {c.question[:50]}")
def test_shipped_case(bot: chatbot.Bot, shipped_case: Case) -> None:
    """Every case of knowledge/ketamine_chronic_pain.cases.yaml, one test each (as `check` runs them)."""
    result = run_case(bot, shipped_case)
    if not result.passed:
        pytest.fail(f"{shipped_case.where}\n{describe_failure(result)}", pytrace=False)


def test_every_expectation_keyword_has_a_summary_category() -> None:
    assert {"fallback" if k == "fallback-or-clarify" else k for k in EXPECTATIONS} <= set(CATEGORIES)


# ---- ketamine-faq check


def pet_cases(directory: Path, text: str, name: str = "pets.cases.yaml") -> Path:
    return write_cases(directory / name, text)


GOOD = (
    "cases:\n  - {question: How much do cats sleep?, expect: cat-sleep}\n"
    "  - {question: hi, expect: greeting}\n"
)
BAD = GOOD + "  - question: How much do cats sleep?\n    expect: fish-tank\n"


def test_check_runs_the_cases_beside_the_knowledge_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge = pet_knowledge.write(tmp_path / "pets.yaml")
    pet_cases(tmp_path, GOOD)
    assert main(["check", "--kb", str(knowledge)]) == 0
    out, err = capsys.readouterr()
    assert "FAIL" not in out
    assert "2 cases, 2 passed, 0 failed" in out
    assert err == ""  # no progress bar when standard error is not a terminal


def test_check_names_each_failure_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    knowledge = pet_knowledge.write(tmp_path / "pets.yaml")
    cases = pet_cases(tmp_path, BAD, "mine.cases.yaml")
    assert main(["--kb", str(knowledge), "check", str(cases)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL {cases}:4" in out
    assert "  question:   How much do cats sleep?" in out
    assert "  expected:   answer fish-tank" in out
    assert "  got:        answer cat-sleep (confidence 1.00)" in out
    assert "  candidates: 1.000  cat-sleep" in out
    assert re.search(r"^answer\s+1/2\s+passed$", out, re.MULTILINE)
    assert "3 cases, 2 passed, 1 failed" in out


def test_check_uses_the_knowledge_named_in_the_cases_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pet_knowledge.write(tmp_path / "pets.yaml")
    cases = pet_cases(tmp_path, "knowledge: pets.yaml\n" + GOOD, "x.cases.yaml")
    assert main(["check", str(cases)]) == 0
    assert "2 cases, 2 passed" in capsys.readouterr().out


def test_check_json_is_a_machine_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    knowledge = pet_knowledge.write(tmp_path / "pets.yaml")
    good = pet_cases(tmp_path, GOOD, "a.cases.yaml")
    bad = pet_cases(tmp_path, BAD, "b.cases.yaml")
    assert main(["check", str(good), str(bad), "--kb", str(knowledge), "--json"]) == 1
    record = json.loads(capsys.readouterr().out)
    assert (record["ok"], record["total"], record["passed"], record["failed"]) == (False, 5, 4, 1)
    assert record["by_kind"] == {"answer": {"passed": 2, "total": 3}, "smalltalk": {"passed": 2, "total": 2}}
    assert [f["cases"] for f in record["files"]] == [str(good), str(bad)]
    failed = [r for r in record["files"][1]["results"] if not r["passed"]]
    assert failed[0]["expect"] == "fish-tank" and failed[0]["entry_id"] == "cat-sleep"


@pytest.mark.parametrize(
    ("text", "located"),
    [
        ("cases:\n  - question: a\n", "x.cases.yaml:2: cases.0.expect: is missing"),
        ("cases:\n  - {question: a, expect: zebra}\n", "x.cases.yaml:2: cases.0.expect: 'zebra'"),
    ],
)
def test_check_exits_2_on_a_bad_cases_file_with_a_located_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, located: str
) -> None:
    knowledge = pet_knowledge.write(tmp_path / "pets.yaml")
    cases = pet_cases(tmp_path, text, "x.cases.yaml")
    assert main(["check", str(cases), "--kb", str(knowledge)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert located in err
    assert "Traceback" not in err


def test_check_exits_2_without_cases_or_with_bad_knowledge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge = pet_knowledge.write(tmp_path / "pets.yaml")
    assert main(["check", "--kb", str(knowledge)]) == 2
    assert "no cases file beside" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\n", encoding="utf-8")
    pet_cases(tmp_path, GOOD, "broken.cases.yaml")
    assert main(["check", "--kb", str(broken)]) == 2
    assert "broken.yaml" in capsys.readouterr().err


def test_check_fails_naming_a_canonical_phrasing_moved_to_the_wrong_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = yaml.safe_load(SHIPPED_KNOWLEDGE.read_text(encoding="utf-8"))
    entries = {entry["id"]: entry for entry in document["entries"]}
    moved = entries["session-length"]["questions"].pop(0)
    entries["crps"]["questions"].append(moved)
    knowledge = tmp_path / "moved.yaml"
    knowledge.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    cases = tmp_path / "moved.cases.yaml"
    cases.write_text(f'cases:\n  - question: "{moved}"\n    expect: session-length\n', encoding="utf-8")
    assert main(["check", "--kb", str(knowledge)]) == 1
    out = capsys.readouterr().out
    assert f"question:   {moved}" in out
    assert "expected:   answer session-length" in out


def test_check_draws_a_progress_bar_only_on_a_terminal_for_many_cases() -> None:
    import io

    from chatbot.regression_cli import PROGRESS_MIN_CASES, _Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    with _Progress(terminal, PROGRESS_MIN_CASES) as progress:
        for done in range(1, PROGRESS_MIN_CASES + 1):
            progress.update(done, PROGRESS_MIN_CASES)
    drawn = terminal.getvalue()
    assert drawn.startswith("\rchecking [")
    assert f"] {PROGRESS_MIN_CASES}/{PROGRESS_MIN_CASES}" in drawn
    assert drawn.endswith("\r") and drawn.rstrip("\r").endswith(" ")  # the bar is wiped at the end
    few, pipe = Terminal(), io.StringIO()
    for stream, total in ((few, PROGRESS_MIN_CASES - 1), (pipe, PROGRESS_MIN_CASES)):
        with _Progress(stream, total) as progress:
            progress.update(1, total)
    assert few.getvalue() == pipe.getvalue() == ""
