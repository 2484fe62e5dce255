"""Quotes from the source article: loaded, checked by `ketamine-faq validate`, and shown with answers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pet_knowledge
import pytest
import yaml

import chatbot
from chatbot.citations import bare_yes_or_no, check_citations, fold_quote, named_terms, numbers, terms_in
from chatbot.cli import main
from chatbot.lint import Severity, lint

# A made-up article for the pet knowledge: a bulleted list of problems, a "such as" list, numbers.
ARTICLE = """\
How Cats Sleep
Cats sleep for 12\u201316 hours a day, more than most pets.
Common problems of indoor cats include:
- Fleas or ticks
- Hairballs
- Obesity (usually mild)
Dogs need exercise such as long walks and fetch. A puppy\u2019s walks should stay short.
"""
QUOTES = {
    "cat-sleep": ["Cats sleep for 12\u201316 hours a day, more than most pets."],
    "dog-walks": ["Dogs need exercise such as long walks and fetch."],
    "fish-tank": ["Common problems of indoor cats include:\n- Fleas or ticks"],
}
ANSWERS = {
    "cat-sleep": "Cats sleep for 12\u201316 hours a day.",
    "dog-walks": "Dogs need exercise, such as long walks and fetch.",
    "fish-tank": "The guide mentions fleas or ticks among the problems of indoor cats.",
}


def write_pets(
    directory: Path,
    *,
    quotes: dict[str, list[str]] | None = None,
    answers: dict[str, str] | None = None,
    source_file: str | None = "article.txt",
) -> Path:
    """The pet knowledge with an article beside it, quotes and answers changed as asked."""
    (directory / "article.txt").write_text(ARTICLE, encoding="utf-8")
    document = pet_knowledge.document()
    if source_file is not None:
        document = {"source_file": source_file, **document}
    chosen_quotes = QUOTES if quotes is None else quotes
    chosen_answers = {**ANSWERS, **(answers or {})}
    for entry in document["entries"]:  # type: ignore[union-attr]
        entry["answer"] = chosen_answers[entry["id"]]
        if chosen_quotes.get(entry["id"]):
            entry["quotes"] = chosen_quotes[entry["id"]]
    path = directory / "pets.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def findings(path: Path) -> list[tuple[bool, str, str, str]]:
    """(collision, check, entry id, text) of every citation finding, in order."""
    return [(f.collision, f.check, f.entry_id, f.text) for f in check_citations(chatbot.load(path).knowledge)]


def line_of(path: Path, text: str) -> int:
    """The 1-based line of the first line of `path` that holds `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


# ---- the loader


def test_quotes_and_the_source_file_load_as_values(tmp_path: Path) -> None:
    knowledge = chatbot.load(write_pets(tmp_path)).knowledge
    assert knowledge.source_file == str(tmp_path / "article.txt")
    assert knowledge.entry("cat-sleep").quotes == tuple(QUOTES["cat-sleep"])
    assert knowledge.entry("greeting").quotes == ()


def test_both_keys_are_optional(tmp_path: Path) -> None:
    knowledge = chatbot.load(write_pets(tmp_path, quotes={}, source_file=None)).knowledge
    assert knowledge.source_file is None
    assert all(entry.quotes == () for entry in knowledge.entries)


def test_the_source_file_is_found_beside_the_knowledge_file_wherever_it_is_run_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    write_pets(folder)
    monkeypatch.chdir(tmp_path)
    knowledge = chatbot.load(Path("kb/pets.yaml")).knowledge
    assert Path(knowledge.source_file or "").resolve() == (folder / "article.txt").resolve()
    moved = knowledge.moved_to(str(tmp_path / "elsewhere" / "pets.yaml"))
    assert moved.source_file == str(tmp_path / "elsewhere" / "article.txt")


def test_a_quote_that_is_not_text_is_a_located_problem(tmp_path: Path) -> None:
    path = write_pets(tmp_path, quotes={"cat-sleep": ["Cats sleep a lot.", {"page": 3}]})  # type: ignore[list-item]
    with pytest.raises(chatbot.KnowledgeError) as raised:
        chatbot.load(path)
    [problem] = raised.value.problems
    assert (problem.path, problem.field) == (str(path), "entries.0.quotes.1")
    assert problem.line == line_of(path, "page: 3")


# ---- the checks behind `ketamine-faq validate`


def test_the_pet_file_with_its_article_has_no_citation_findings(tmp_path: Path) -> None:
    assert findings(write_pets(tmp_path)) == []


def test_quotes_are_compared_after_folding_white_space_and_typographic_marks(tmp_path: Path) -> None:
    retyped = "Cats  sleep for 12-16 hours\n a day, more than most pets."  # a hyphen for the en dash
    assert fold_quote(retyped) == fold_quote(QUOTES["cat-sleep"][0])
    apostrophe = "A puppy's walks should stay short."  # a straight apostrophe for the article's curly one
    quotes = {**QUOTES, "cat-sleep": [retyped], "dog-walks": [*QUOTES["dog-walks"], apostrophe]}
    assert findings(write_pets(tmp_path, quotes=quotes)) == []


def test_a_quote_not_in_the_article_is_a_collision_on_its_line(tmp_path: Path) -> None:
    made_up = "Cats sleep for 20 hours a day."
    path = write_pets(tmp_path, quotes={**QUOTES, "cat-sleep": [made_up]})
    assert ("quote-not-found", "cat-sleep", made_up) in [(c, e, t) for _, c, e, t in findings(path)]
    [finding] = [f for f in check_citations(chatbot.load(path).knowledge) if f.check == "quote-not-found"]
    assert finding.collision
    assert (finding.path, finding.line) == (str(path), line_of(path, made_up))


def test_a_changed_word_is_not_verbatim(tmp_path: Path) -> None:
    changed = "Cats sleep for 12\u201316 hours a day, more than many pets."
    path = write_pets(tmp_path, quotes={**QUOTES, "cat-sleep": [changed]})
    assert (True, "quote-not-found", "cat-sleep", changed) in findings(path)


def test_a_source_file_that_cannot_be_read_is_a_collision_on_its_line(tmp_path: Path) -> None:
    path = write_pets(tmp_path, source_file="missing.txt")
    [finding] = check_citations(chatbot.load(path).knowledge)
    assert (finding.collision, finding.check) == (True, "source-file")
    assert "missing.txt" in finding.message
    assert finding.line == line_of(path, "source_file:")


def test_quotes_without_a_source_file_cannot_be_checked(tmp_path: Path) -> None:
    path = write_pets(tmp_path, source_file=None)
    assert findings(path) == [(True, "source-file", "cat-sleep", "")]


def test_an_answer_stating_a_number_its_quotes_lack_is_a_warning(tmp_path: Path) -> None:
    answer = "Cats sleep for 12\u201316 hours, or about three days a week."
    path = write_pets(tmp_path, answers={"cat-sleep": answer})
    assert findings(path) == [(False, "unbacked", "cat-sleep", "three")]


def test_an_answer_naming_a_listed_condition_its_quotes_lack_is_a_warning(tmp_path: Path) -> None:
    # "Hairballs" is an item of the article's bulleted list; none of dog-walks' quotes names it.
    answer = "Dogs need exercise such as long walks and fetch, which also keeps hairballs away."
    path = write_pets(tmp_path, answers={"dog-walks": answer})
    assert findings(path) == [(False, "unbacked", "dog-walks", "Hairballs")]
    [finding] = check_citations(chatbot.load(path).knowledge)
    assert finding.line == line_of(path, "answer: Dogs need exercise")


def test_an_answer_opening_with_a_bare_yes_or_no_is_a_warning(tmp_path: Path) -> None:
    path = write_pets(tmp_path, answers={"cat-sleep": "Yes. Cats sleep for 12\u201316 hours a day."})
    assert findings(path) == [(False, "bare-yes-no", "cat-sleep", "Yes.")]


def test_an_entry_without_quotes_is_a_warning_when_the_file_names_its_article(tmp_path: Path) -> None:
    path = write_pets(tmp_path, quotes={key: value for key, value in QUOTES.items() if key != "fish-tank"})
    assert findings(path) == [(False, "no-quotes", "fish-tank", "")]


def test_a_file_without_an_article_or_quotes_gets_no_citation_findings(tmp_path: Path) -> None:
    assert findings(write_pets(tmp_path, quotes={}, source_file=None)) == []


@pytest.mark.parametrize(
    ("answer", "opening"),
    [
        ("Yes.", "Yes."),
        ("No, ketamine is not an opioid.", "No,"),
        ("Yes \u2014 it can.", "Yes \u2014"),
        ("yes! it is", "yes!"),
        ("No one can promise that.", ""),
        ("Nobody can promise that.", ""),
        ("Yesterday's research says", ""),
        ("Not always: it varies.", ""),
    ],
)
def test_a_bare_yes_or_no_is_told_from_words_that_begin_alike(answer: str, opening: str) -> None:
    assert bare_yes_or_no(answer) == opening


def test_numbers_in_digits_and_in_words() -> None:
    assert numbers("4\u20136 infusions over two weeks, since the 1960s") == {"4", "6", "two", "1960"}
    assert numbers("one of the ways") == frozenset()


def test_named_terms_come_from_the_articles_lists_with_the_synonyms_forms() -> None:
    terms = named_terms(ARTICLE, [("fleas", ("flea infestation",))])
    names = {term.name for term in terms}
    assert {"Fleas", "ticks", "Hairballs", "Obesity", "long walks", "fetch"} <= names
    assert "usually mild" not in names  # a qualifier in parentheses is not a name
    assert "How Cats Sleep" not in names  # a heading is not a list
    [fleas] = terms_in("a flea infestation", terms)
    assert fleas.name == "Fleas"


def test_validate_fails_naming_file_and_line_of_a_quote_not_in_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made_up = "Dogs need ten walks a day."
    path = write_pets(tmp_path, quotes={**QUOTES, "dog-walks": [made_up]})
    assert main(["validate", "--no-leave-one-out", "--kb", str(path)]) == 1
    out = capsys.readouterr().out
    assert "1 collision:" in out
    assert f"{path}:{line_of(path, made_up)}: quote 'Dogs need ten walks a day.' of entry 'dog-walks'" in out


def test_validate_passes_with_citation_warnings_and_reports_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pets(tmp_path, answers={"fish-tank": "No. The guide mentions fleas or ticks."})
    assert main(["validate", "--json", "--no-leave-one-out", "--kb", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [(w["check"], w["entry_ids"], w["line"]) for w in record["warnings"]] == [
        ("bare-yes-no", ["fish-tank"], line_of(path, "No. The guide"))
    ]
    report = lint(chatbot.load(path).knowledge, leave_one_out=False)
    assert [f.severity for f in report.findings] == [Severity.WARNING]


# ---- the shipped knowledge


def test_the_shipped_knowledge_names_its_article_and_ships_it(knowledge: chatbot.Knowledge) -> None:
    assert knowledge.source_file is not None
    assert Path(knowledge.source_file).name == "article.txt"
    assert Path(knowledge.source_file).is_file()


def test_every_shipped_entry_has_quotes_and_every_check_is_clean(knowledge: chatbot.Knowledge) -> None:
    assert all(entry.quotes for entry in knowledge.entries)
    assert check_citations(knowledge) == []


def test_the_shipped_quotes_keep_the_articles_typographic_apostrophes(knowledge: chatbot.Knowledge) -> None:
    quotes = [quote for entry in knowledge.entries for quote in entry.quotes]
    article = Path(knowledge.source_file or "").read_text(encoding="utf-8")
    assert all(quote in article or fold_quote(quote) in fold_quote(article) for quote in quotes)
    assert any("\u2019" in quote for quote in quotes)
    assert not any("'" in quote for quote in quotes)  # the article has no straight apostrophe


def test_a_copied_knowledge_file_without_its_article_still_loads_but_fails_the_check(
    tmp_path: Path, knowledge: chatbot.Knowledge
) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copy(knowledge.path, copy)
    copied = chatbot.load(copy)
    assert copied.ask("what is ketamine").entry_id == "what-is-ketamine"
    [finding] = check_citations(copied.knowledge)
    assert (finding.collision, finding.check, finding.path) == (True, "source-file", str(copy))
    assert finding.line == line_of(copy, "source_file:")


# ---- quotes shown with answers


def test_an_answer_carries_its_entrys_quotes(bot: chatbot.Bot) -> None:
    reply = bot.ask("How long does a ketamine infusion session last?")
    assert reply.quotes == bot.knowledge.entry("session-length").quotes
    assert reply.to_dict()["quotes"] == list(reply.quotes)
    assert "Most sessions last 40\u201360 minutes, followed by a recovery period." in reply.quotes


def test_replies_without_an_entry_have_no_quotes(bot: chatbot.Bot) -> None:
    for question in ("how much does it cost", "hi", "infusion"):
        reply = bot.ask(question)
        assert reply.quotes == ()
        assert "quotes" not in reply.to_dict()


def test_ask_explain_shows_the_quotes_after_the_scores(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--explain", "How long does a ketamine infusion session last?"]) == 0
    out = capsys.readouterr().out
    section = "What to Expect During a Ketamine Infusion"
    scores, quoted = out.split(f"From the article, section \u201c{section}\u201d:")
    assert "Top candidates" in scores
    assert "  \u201cMost sessions last 40\u201360 minutes, followed by a recovery period.\u201d" in quoted
