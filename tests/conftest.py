"""Fixtures shared by the test modules: the shipped knowledge, loaded once."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

import chatbot

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def programs_started_from_this_checkout_load_the_bot_ready_built() -> None:
    """The programs the tests start (about eighty) load the shipped Bot ready-built, as an installed package
    does, instead of each training its classifier and crisis model again (a second or more apiece).

    The file is the one the wheel's build hook writes (chatbot/prebuilt.py), beside the shipped knowledge,
    where git ignores it; its header ties it to this knowledge and these sources, so a stale one is rebuilt
    here and never trusted by a program. Each worker writes it whole and renames it into place. Bots the tests
    build in their own process from YAML still train from the sources."""
    from chatbot.bot import Bot
    from chatbot.knowledge import load_knowledge, shipped_knowledge_path
    from chatbot.prebuilt import load_prebuilt, prebuilt_path, write_prebuilt

    shipped = shipped_knowledge_path()
    if load_prebuilt(shipped) is None:
        part = f"{prebuilt_path(shipped)}.{os.getpid()}.part"
        try:
            write_prebuilt(Bot(load_knowledge(shipped)), shipped, part)
            os.replace(part, prebuilt_path(shipped))
        except OSError:  # a read-only checkout: the programs build the Bot themselves, only slower
            pass


@functools.cache
def shared_bot() -> chatbot.Bot:
    """The shipped bot, loaded once per process: hypothesis tests cannot take session fixtures directly."""
    return chatbot.load()


@pytest.fixture(scope="session")
def bot() -> chatbot.Bot:
    return shared_bot()


@pytest.fixture(scope="session")
def knowledge(bot: chatbot.Bot) -> chatbot.Knowledge:
    return bot.knowledge


# The test files that take longest (each runs whole on one worker, `--dist loadfile`), started first: when the
# slowest came last in file order, one worker was still on it long after the other had finished.
SLOWEST_FILES = ("test_safety_patterns.py", "test_lint.py", "test_broken_pipes.py", "test_conversation.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    order = {name: rank for rank, name in enumerate(SLOWEST_FILES)}
    items.sort(key=lambda item: order.get(item.path.name, len(order)))
