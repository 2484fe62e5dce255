"""The knowledge lint behind `ketamine-faq validate`: collisions, warnings, leave-one-out."""

from __future__ import annotations

import json
from pathlib import Path

import pet_knowledge
import pytest

import chatbot
from chatbot.cli import main
from chatbot.lint import FEW_PHRASINGS, ROUNDS, LintReport, Severity, lint

CAT = "how much do cats sleep each day"  # has close siblings in cat-sleep, and no word of fish-tank


def pets(tmp_path: Path, entries: dict[str, list[str]] | None = None, **changes: object) -> chatbot.Knowledge:
    path = pet_knowledge.write(tmp_path / "pets.yaml", entries)
    if changes:
        import yaml

        document = pet_knowledge.document(entries)
        document.update(changes)
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return chatbot.load(path).knowledge


@pytest.fixture(scope="session")
def shipped_lint(bot: chatbot.Bot) -> LintReport:
    """Linted once per worker: a module-scoped fixture is rebuilt whenever a worker runs this module's tests
    apart (it was, twice a run, at 13 s each)."""
    return lint(bot.knowledge)


def test_a_clean_knowledge_file_has_no_findings(tmp_path: Path) -> None:
    report = lint(pets(tmp_path))
    assert report.findings == ()
    assert report.ok
    assert (report.entries, report.smalltalk) == (3, 1)
    held_out = report.leave_one_out
    assert held_out is not None
    assert held_out.total == report.phrasings == sum(len(q) for q in pet_knowledge.ENTRIES.values())
    assert {(r.entry_id, r.phrasing) for r in held_out.results} == {
        (entry_id, q) for entry_id, questions in pet_knowledge.ENTRIES.items() for q in questions
    }
    assert 0 < held_out.reached <= held_out.total
    assert held_out.rebuilds >= max(len(q) for q in pet_knowledge.ENTRIES.values())


def test_a_phrasing_moved_to_the_wrong_entry_is_a_collision_naming_it(tmp_path: Path) -> None:
    report = lint(pets(tmp_path, pet_knowledge.moved(CAT, "cat-sleep", "fish-tank")))
    assert not report.ok
    [finding] = report.collisions
    assert finding.check == "misplaced"
    assert finding.entry_ids == ("fish-tank", "cat-sleep")
    assert finding.phrasings == (CAT,)
    assert finding.line is not None
    lines = (tmp_path / "pets.yaml").read_text(encoding="utf-8").splitlines()
    assert CAT in lines[finding.line - 1]
    assert str(finding).startswith(f"{tmp_path / 'pets.yaml'}:{finding.line}: ")


def test_near_duplicate_phrasings_under_different_entries_collide(tmp_path: Path) -> None:
    entries = {entry_id: list(questions) for entry_id, questions in pet_knowledge.ENTRIES.items()}
    entries["fish-tank"].append("do cat sleep all day")  # cat-sleep has "do cats sleep all day"
    report = lint(pets(tmp_path, entries))
    duplicates = [f for f in report.collisions if f.check == "near-duplicate"]
    assert [(f.entry_ids, f.phrasings) for f in duplicates] == [
        (("cat-sleep", "fish-tank"), ("do cats sleep all day", "do cat sleep all day"))
    ]
    assert "% alike" in duplicates[0].message


def test_two_phrasings_asking_opposite_ways_round_are_not_near_duplicates(tmp_path: Path) -> None:
    """ "how many hours a day do cats sleep" and "... do cats not sleep" ask two questions."""
    entries = {entry_id: list(questions) for entry_id, questions in pet_knowledge.ENTRIES.items()}
    entries["cat-sleep"].append("how many hours a day do cats sleep")
    entries["fish-tank"].append("how many hours a day do cats not sleep")
    report = lint(pets(tmp_path, entries), leave_one_out=False)
    assert [f for f in report.collisions if f.check == "near-duplicate"] == []


def test_a_phrasing_that_matches_another_entry_as_well_as_its_own_collides(tmp_path: Path) -> None:
    # Different words, the same tokens once synonyms are applied: a tie between two entries.
    entries = {entry_id: list(questions) for entry_id, questions in pet_knowledge.ENTRIES.items()}
    entries["dog-walks"].append("sizing the aquarium")
    entries["fish-tank"].append("sizing the fishbowl")
    report = lint(pets(tmp_path, entries, synonyms={"aquarium": ["fishbowl"]}))
    better = [f for f in report.collisions if f.check == "better-match"]
    assert {f.phrasings[0] for f in better} == {"sizing the aquarium", "sizing the fishbowl"}
    assert all(set(f.entry_ids) == {"dog-walks", "fish-tank"} for f in better)


def test_few_phrasings_and_unanswerable_phrasings_are_warnings_only(tmp_path: Path) -> None:
    entries = {entry_id: list(questions) for entry_id, questions in pet_knowledge.ENTRIES.items()}
    entries["dog-walks"] = entries["dog-walks"][:5]
    entries["cat-sleep"].append("my cat sleeps so much I want to kill myself")
    report = lint(pets(tmp_path, entries))
    assert report.ok
    assert [(f.severity, f.check, f.entry_ids) for f in report.warnings] == [
        (Severity.WARNING, "not-answered", ("cat-sleep",)),
        (Severity.WARNING, "few-phrasings", ("dog-walks",)),
    ]
    assert "gets a crisis" in report.warnings[0].message
    assert f"only 5 phrasings; {FEW_PHRASINGS} or more" in report.warnings[1].message


def test_leave_one_out_can_be_skipped(tmp_path: Path) -> None:
    assert lint(pets(tmp_path), leave_one_out=False).leave_one_out is None


def test_the_report_is_json_ready(tmp_path: Path) -> None:
    report = lint(pets(tmp_path, pet_knowledge.moved(CAT, "cat-sleep", "fish-tank")))
    record = json.loads(json.dumps(report.to_dict()))
    assert record["ok"] is False
    assert record["collisions"][0]["check"] == "misplaced"
    assert record["leave_one_out"]["total"] == report.phrasings
    assert len(record["leave_one_out"]["missed"]) == report.phrasings - record["leave_one_out"]["reached"]


def test_the_shipped_knowledge_has_no_collisions(shipped_lint: LintReport) -> None:
    assert shipped_lint.collisions == (), "\n".join(str(f) for f in shipped_lint.collisions)


def test_leave_one_out_holds_out_every_shipped_phrasing_once(
    shipped_lint: LintReport, knowledge: chatbot.Knowledge
) -> None:
    held_out = shipped_lint.leave_one_out
    assert held_out is not None
    phrasings = [(entry.id, q) for entry in knowledge.entries for q in entry.questions]
    assert sorted((r.entry_id, r.phrasing) for r in held_out.results) == sorted(phrasings)
    rounds = min(ROUNDS, max(len(entry.questions) for entry in knowledge.entries))
    assert rounds <= held_out.rebuilds < len(phrasings) // 4  # far fewer bots than one per phrasing
    assert held_out.rebuilds < max(len(entry.questions) for entry in knowledge.entries)  # not one per place
    assert 0.0 <= held_out.accuracy <= 1.0


def test_leave_one_out_counts_the_phrasings_offered_their_entry_and_those_it_ranks_first(
    shipped_lint: LintReport,
) -> None:
    held_out = shipped_lint.leave_one_out
    assert held_out is not None
    offered = [result for result in held_out.results if result.offered]
    assert offered and all(result.kind is chatbot.Kind.CLARIFY for result in offered)
    assert held_out.offered == held_out.reached + len(offered)
    assert held_out.to_dict()["offered"] == held_out.offered
    first = [result for result in held_out.results if result.ranked_first]
    # an answer is the entry ranked first; a "did you mean" may rank the right entry first too
    assert all(result.ranked_first for result in held_out.results if result.reached)
    assert any(result.kind is chatbot.Kind.CLARIFY for result in first)
    assert not any(result.ranked_first for result in held_out.misanswered)
    assert held_out.reached < held_out.ranked_first == len(first) == held_out.to_dict()["ranked_first"]


# ---- ketamine-faq validate


def test_validate_exits_0_for_a_clean_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pets(tmp_path)
    assert main(["validate", "--kb", str(tmp_path / "pets.yaml")]) == 0
    out = capsys.readouterr().out
    assert "schema OK, 3 entries, 25 phrasings, 1 small-talk entries" in out
    assert "No collisions." in out
    assert "Leave-one-out: " in out and " of 25 phrasings (" in out


def test_validate_exits_1_naming_each_collision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pets(tmp_path, pet_knowledge.moved(CAT, "cat-sleep", "fish-tank"))
    assert main(["--kb", str(tmp_path / "pets.yaml"), "validate"]) == 1
    out = capsys.readouterr().out
    assert "1 collision:" in out
    assert f"{CAT!r} is under entry 'fish-tank', but taken out it is answered as 'cat-sleep'" in out


def test_validate_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pets(tmp_path)
    assert main(["validate", "--json", "--no-leave-one-out", "--kb", str(tmp_path / "pets.yaml")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["ok"], record["collisions"], record["leave_one_out"]) == (True, [], None)


def test_validate_exits_2_with_located_schema_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("format: 1\ntopic: Pets\n", encoding="utf-8")
    assert main(["validate", "--kb", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{path}:1: messages: is missing" in err
    assert "Traceback" not in err


def test_a_large_file_is_linted_on_a_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_EXACT_PHRASINGS, one round over a sample of entries, with near duplicates still found."""
    from chatbot import lint as lint_module

    monkeypatch.setattr(lint_module, "MAX_EXACT_PHRASINGS", 10)
    monkeypatch.setattr(lint_module, "SAMPLED_ENTRIES", 2)
    entries = {entry_id: list(questions) for entry_id, questions in pet_knowledge.ENTRIES.items()}
    entries["fish-tank"].append("do cat sleep all day")
    report = lint(pets(tmp_path, entries))
    held_out = report.leave_one_out
    assert held_out is not None and held_out.rebuilds == 1
    assert 0 < held_out.total < report.phrasings
    assert [f.check for f in report.collisions] == ["near-duplicate"]
