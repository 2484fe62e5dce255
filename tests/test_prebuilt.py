"""The prebuilt Bot the wheel carries for the shipped knowledge: faithful, and never trusted blindly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

import chatbot
from chatbot import prebuilt
from chatbot.bot import Bot
from chatbot.knowledge import load_knowledge, shipped_knowledge_path

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")  # once per worker, however its tests are ordered
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped knowledge with a prebuilt Bot beside it, as the build hook writes it."""
    knowledge = tmp_path_factory.mktemp("prebuilt") / "copy.yaml"
    shutil.copy(shipped_knowledge_path(), knowledge)
    prebuilt.write_prebuilt(Bot(load_knowledge(knowledge)), knowledge, prebuilt.prebuilt_path(knowledge))
    return knowledge


def test_the_prebuilt_bot_answers_exactly_like_one_built_from_the_yaml(written: Path) -> None:
    loaded = prebuilt.load_prebuilt(written)
    assert loaded is not None
    built = Bot(load_knowledge(written))
    questions = [
        case["question"] for case in yaml.safe_load((DATA / "dev_questions.yaml").read_text())["cases"]
    ]
    for question in questions:
        assert loaded.ask(question).to_dict() == built.ask(question).to_dict(), question
    assert loaded.knowledge == built.knowledge, "the same knowledge, and said to come from where it is now"


def test_a_stale_prebuilt_bot_is_ignored(written: Path, tmp_path: Path) -> None:
    knowledge = tmp_path / "edited.yaml"
    shutil.copy(written, knowledge)
    shutil.copy(prebuilt.prebuilt_path(written), prebuilt.prebuilt_path(knowledge))
    assert prebuilt.load_prebuilt(knowledge) is not None
    knowledge.write_text(knowledge.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert prebuilt.load_prebuilt(knowledge) is None


@pytest.mark.parametrize("offset", [0, 5, 40, 300, 5_000, 50_000, -200, -1])
def test_a_damaged_prebuilt_bot_is_never_unpickled(written: Path, tmp_path: Path, offset: int) -> None:
    """Any flipped bit, in the header or in the pickle, means the Bot is built afresh."""
    knowledge = tmp_path / "damaged.yaml"
    shutil.copy(written, knowledge)
    data = bytearray(Path(prebuilt.prebuilt_path(written)).read_bytes())
    data[offset] ^= 0x10
    Path(prebuilt.prebuilt_path(knowledge)).write_bytes(bytes(data))
    assert prebuilt.load_prebuilt(knowledge) is None


def test_a_pickle_beside_another_knowledge_file_is_never_read(tmp_path: Path) -> None:
    knowledge = tmp_path / "mine.yaml"
    shutil.copy(shipped_knowledge_path(), knowledge)
    Path(prebuilt.prebuilt_path(knowledge)).write_bytes(b"not a pickle at all")
    bot = chatbot.load(knowledge)
    assert bot.ask("what is ketamine").entry_id == "what-is-ketamine"


def test_a_source_checkout_needs_no_prebuilt_file() -> None:
    assert not Path(prebuilt.prebuilt_path(shipped_knowledge_path())).exists(), "nothing generated in git"
    assert chatbot.load().ask("what is ketamine").entry_id == "what-is-ketamine"
