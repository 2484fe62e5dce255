"""The prebuilt Bot the wheel carries for the shipped knowledge: faithful, and never trusted blindly."""

from __future__ import annotations

import shutil
import subprocess
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


def test_a_prebuilt_bot_is_stale_once_a_training_message_of_its_crisis_model_changes(
    written: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The crisis model a prebuilt Bot carries is also what a Bot for any other knowledge file reads messages
    with (safety/training.py: shipped_model), so its training messages are part of what the header checks."""
    from chatbot.safety import training

    folder = tmp_path / "training"
    for name in training.TRAINING_FILES:  # the same messages, elsewhere: still fresh
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(training.training_folder(), name), folder / name)
    monkeypatch.setattr(training, "training_folder", lambda: str(folder))
    assert prebuilt.load_prebuilt(written) is not None
    with open(folder / training.TRAINING_FILES[-1], "a", encoding="utf-8") as stream:
        stream.write("# one line more\n")
    assert prebuilt.load_prebuilt(written) is None


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


def test_a_source_checkout_needs_no_prebuilt_file(tmp_path: Path) -> None:
    """Nothing generated is in git: the prebuilt Bot the test session writes beside the shipped knowledge
    (conftest.py) is ignored, and a checkout without one builds the Bot from the YAML."""
    root = Path(__file__).resolve().parent.parent
    if (root / ".git").exists():
        tracked = subprocess.run(
            ["git", "ls-files", "*.bot.pickle"], cwd=root, capture_output=True, text=True, check=True
        )
        assert tracked.stdout == ""
        ignored = subprocess.run(
            ["git", "check-ignore", "-q", prebuilt.prebuilt_path(shipped_knowledge_path())],
            cwd=root,
            check=False,
        )
        assert ignored.returncode == 0
    knowledge = tmp_path / "shipped-copy.yaml"
    shutil.copy(shipped_knowledge_path(), knowledge)
    assert not Path(prebuilt.prebuilt_path(knowledge)).exists()
    assert chatbot.load(knowledge).ask("what is ketamine").entry_id == "what-is-ketamine"
