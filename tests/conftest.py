"""Fixtures shared by the test modules: the shipped knowledge, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

import chatbot

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def bot() -> chatbot.Bot:
    return chatbot.load()


@pytest.fixture(scope="session")
def knowledge(bot: chatbot.Bot) -> chatbot.Knowledge:
    return bot.knowledge
