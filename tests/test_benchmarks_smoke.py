"""The benchmark harness's own pieces work: synthetic knowledge loads, baselines pick thresholds.

No timing here: the benchmarks measure (python benchmarks/run.py); these tests only check that
what they measure is what they claim to measure.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

import chatbot

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> dict[str, ModuleType]:
    """The benchmark scripts' modules, imported as the scripts import each other."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    names = ("synthetic", "baselines", "questions", "timing")
    return {name: importlib.import_module(name) for name in names}


def test_synthetic_file_loads_with_the_asked_number_of_phrasings(bench, tmp_path, knowledge) -> None:
    path = bench["synthetic"].write(tmp_path / "kb.yaml", 60, seed=3)
    loaded = chatbot.load(path)
    counts = [len(entry.questions) for entry in loaded.knowledge.entries]
    assert sum(counts) == 60
    assert min(counts) >= 5
    assert loaded.knowledge.messages == knowledge.messages


def test_synthetic_phrasings_are_answered_with_their_entry(bench, tmp_path) -> None:
    bot = chatbot.load(bench["synthetic"].write(tmp_path / "kb.yaml", 60, seed=3))
    entry = bot.knowledge.entries[0]
    reply = bot.ask(entry.question)
    assert (reply.kind, reply.entry_id) == ("answer", entry.id)


def test_same_seed_same_file_other_seed_other_file(bench, tmp_path) -> None:
    synthetic = bench["synthetic"]
    first = synthetic.write(tmp_path / "a.yaml", 40, seed=1).read_text(encoding="utf-8")
    again = synthetic.write(tmp_path / "b.yaml", 40, seed=1).read_text(encoding="utf-8")
    other = synthetic.write(tmp_path / "c.yaml", 40, seed=2).read_text(encoding="utf-8")
    assert first == again
    assert first != other


def test_query_stream_mixes_perturbed_phrasings_and_unrelated_questions(bench) -> None:
    entries = [("a", ["how long does zorbamab take to work for knee pain"]), ("b", ["is kelvopril safe"])]
    stream = bench["synthetic"].queries(entries, 200, seed=5)
    assert len(stream) == 200
    assert {query.entry_id for query in stream} == {"a", "b", None}
    assert all(query.text.strip() for query in stream)


def test_baseline_threshold_keeps_confident_wrong_within_the_bar(bench) -> None:
    questions, baselines = bench["questions"], bench["baselines"]
    phrasings = baselines.Phrasings(("p", "q"), ("right", "other"), frozenset())
    asked = [
        questions.Question("in scope", "right"),
        questions.Question("off topic", "fallback"),
    ]
    bests = [baselines.Best("right", 0.9), baselines.Best("other", 0.5)]
    choice = baselines.choose_threshold(phrasings, asked, bests, "bar")
    assert 0.5 < choice.threshold <= 0.9
    assert choice.dev.in_scope_right == 1
    assert choice.dev.confident_wrong == 0


def test_percentile_interpolates_between_ranks(bench) -> None:
    percentile = bench["timing"].percentile
    assert percentile([4, 1, 3, 2], 50) == 2.5
    assert percentile([7], 99) == 7


def test_the_hostile_benchmark_crafts_valid_files(bench, tmp_path, monkeypatch) -> None:
    """benchmarks/hostile.py's crafted files load (they are meant to be valid), at a small size."""
    import random

    import yaml

    monkeypatch.syspath_prepend(str(BENCHMARKS))
    hostile = importlib.import_module("hostile")
    for kind in ("random phrasings", "one word in every phrasing", "keywords starting with zz", "synonyms"):
        path = tmp_path / "crafted.yaml"
        path.write_text(yaml.safe_dump(hostile.crafted(kind, 60, random.Random(1))), encoding="utf-8")
        bot = chatbot.load(path)
        assert all(bot.ask(question).text for question in hostile.hostile_questions(random.Random(2)))
