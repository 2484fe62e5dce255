"""Fixtures shared by the test modules: the shipped knowledge, loaded once."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import chatbot

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


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
