"""The pytest plugin: `test_*.cases.yaml` files become one test per case, in any project."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

import pet_knowledge
import pytest

pytest_plugins = ["pytester"]

THREE = """\
cases:
  - question: "How long does a ketamine infusion session last?"
    expect: session-length
  - question: "hello"
    expect: greeting
  - question: "1"
    before: ["How long does a ketamine infusion session last?"]
    expect: recovery
"""
WRONG = """\
cases:
  - question: "How long does a ketamine infusion session last?"
    expect: crps
"""


def test_the_plugin_is_registered_through_the_pytest11_entry_point() -> None:
    plugins = {point.name: point.value for point in entry_points(group="pytest11")}
    assert plugins.get("ketamine_faq") == "chatbot.pytest_plugin"


def test_a_fresh_run_collects_one_item_per_case(pytester: pytest.Pytester) -> None:
    """A new pytest process finds the plugin through the installed entry point alone."""
    pytester.makefile(".cases.yaml", test_x=THREE)
    result = pytester.runpytest_subprocess("-v", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(
        [
            "*collected 3 items",
            "test_x.cases.yaml::How long does a ketamine infusion session last? PASSED*",
            "test_x.cases.yaml::hello PASSED*",
            "test_x.cases.yaml::1 (after How long does a ketamine infusion session last?) PASSED*",
        ]
    )
    assert result.ret == pytest.ExitCode.OK


@pytest.fixture
def run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Callable[..., pytest.RunResult]:
    """pytest in this process with only our plugin: other installed plugins cost a second a run."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")

    def run_pytest(*args: str) -> pytest.RunResult:
        return pytester.runpytest("-p", "chatbot.pytest_plugin", "-p", "no:cacheprovider", *args)

    return run_pytest


def test_only_test_star_cases_yaml_files_are_collected(
    pytester: pytest.Pytester, run: Callable[..., pytest.RunResult]
) -> None:
    pytester.makefile(".cases.yaml", test_x=THREE, x=WRONG, test_=WRONG)
    pytester.makefile(".yaml", test_other=WRONG, notes=WRONG)
    pytester.makefile(".yml", test_x=WRONG)
    pytester.makefile(".txt", test_x=WRONG)
    pytester.makepyfile(test_plain="def test_plain():\n    pass\n")
    result = run()
    result.assert_outcomes(passed=4)


def test_a_failing_case_gives_a_readable_message(
    pytester: pytest.Pytester, run: Callable[..., pytest.RunResult]
) -> None:
    pytester.makefile(".cases.yaml", test_wrong=WRONG)
    result = run()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*test_wrong.cases.yaml:2: the reply is not what the case expects",
            "question:   How long does a ketamine infusion session last?",
            "expected:   answer crps",
            "got:        answer session-length (confidence *)",
            "candidates: *  session-length  *",
        ]
    )
    assert "Traceback" not in result.stdout.str()
    assert "runtest" not in result.stdout.str()  # no Python stack, only the case


def test_the_knowledge_key_selects_the_knowledge(
    pytester: pytest.Pytester, run: Callable[..., pytest.RunResult]
) -> None:
    pet_knowledge.write(Path(pytester.path) / "pets.yaml")
    pytester.makefile(
        ".cases.yaml",
        test_pets="knowledge: pets.yaml\ncases:\n"
        "  - {question: How much do cats sleep?, expect: cat-sleep}\n"
        "  - {question: How long does a ketamine infusion session last?, expect: fallback}\n",
    )
    run().assert_outcomes(passed=2)


def test_a_bad_cases_file_is_a_located_collection_error(
    pytester: pytest.Pytester, run: Callable[..., pytest.RunResult]
) -> None:
    pytester.makefile(".cases.yaml", test_bad="cases:\n  - question: hi\n    expect: nobody-knows-me\n")
    result = run()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*test_bad.cases.yaml:2: cases.0.expect: 'nobody-knows-me' is not an entry id*"]
    )
    assert "Traceback" not in result.stdout.str()


def test_cases_with_the_same_question_get_distinct_names(
    pytester: pytest.Pytester, run: Callable[..., pytest.RunResult]
) -> None:
    pytester.makefile(
        ".cases.yaml",
        test_twice="cases:\n  - {question: hi, expect: greeting}\n  - {question: hi, expect: smalltalk}\n",
    )
    result = run("--collect-only", "-q")
    result.stdout.fnmatch_lines(["test_twice.cases.yaml::hi", "test_twice.cases.yaml::hi #2"])


def test_a_failure_prints_nothing_invisible_or_directional(
    pytester: pytest.Pytester, run: Callable[..., pytest.RunResult]
) -> None:
    pytester.makefile(
        ".cases.yaml",
        test_bidi='cases:\n  - question: "How long does a session last?\\u202e\\u2067\\U000E0041"\n'
        "    expect: crps\n",
    )
    result = run()
    result.assert_outcomes(errors=1)
    output = result.stdout.str()
    assert "has an invisible format character (U+202E" in output
    assert not any(character in output for character in "\u202e\u2067\U000e0041")


def test_a_cases_file_with_thousands_of_problems_prints_a_bounded_report(
    pytester: pytest.Pytester, run: Callable[..., pytest.RunResult]
) -> None:
    pytester.makefile(".cases.yaml", test_broken="cases:\n" + "  - {question: 7, expect: []}\n" * 5000)
    result = run()
    assert len(result.stdout.lines) < 200
    result.stdout.fnmatch_lines(["*\u2026and * more*"])
