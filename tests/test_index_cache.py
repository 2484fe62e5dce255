"""The ready-built Bot shipped for the shipped knowledge: fresh, faithful, and never trusted blindly."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

import chatbot
from chatbot.bot import Bot
from chatbot.index_cache import cache_path, load_cached, write_cache
from chatbot.knowledge import default_knowledge_path, load_knowledge

DATA = Path(__file__).resolve().parent / "data"


def test_the_shipped_cache_is_fresh() -> None:
    """Fails after a change to the knowledge or the code: run `python tools/build_index_cache.py`."""
    assert load_cached(default_knowledge_path()) is not None


def test_the_cached_bot_answers_exactly_like_one_built_from_the_yaml() -> None:
    cached = load_cached(default_knowledge_path())
    assert cached is not None
    built = Bot(load_knowledge())
    questions = [
        case["question"] for case in yaml.safe_load((DATA / "dev_questions.yaml").read_text())["cases"]
    ]
    for question in questions:
        assert cached.ask(question).to_dict() == built.ask(question).to_dict(), question
    assert cached.knowledge == built.knowledge, "the same knowledge, and said to come from where it is now"


def test_a_stale_cache_is_ignored(tmp_path: Path) -> None:
    knowledge = tmp_path / "copy.yaml"
    shutil.copy(default_knowledge_path(), knowledge)
    write_cache(Bot(load_knowledge(knowledge)), knowledge)
    assert load_cached(knowledge) is not None
    knowledge.write_text(knowledge.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_cached(knowledge) is None


def test_a_pickle_beside_another_knowledge_file_is_never_read(tmp_path: Path) -> None:
    knowledge = tmp_path / "mine.yaml"
    shutil.copy(default_knowledge_path(), knowledge)
    Path(cache_path(knowledge)).write_bytes(b"not a pickle at all")
    bot = chatbot.load(knowledge)
    assert bot.ask("what is ketamine").entry_id == "what-is-ketamine"
