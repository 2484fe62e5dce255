"""An offline FAQ chatbot that answers questions about ketamine therapy for chronic pain.

import chatbot
bot = chatbot.load()
reply = bot.ask("How long does an infusion take?")
print(reply.text)
"""

from __future__ import annotations

import os

from chatbot.assessment import Assessment, Verdict
from chatbot.bot import Bot
from chatbot.conversation import Conversation
from chatbot.errors import CasesError, ChatbotError, KnowledgeError, Problem
from chatbot.knowledge import Entry, Knowledge, load_knowledge, shipped_knowledge_path
from chatbot.prebuilt import load_prebuilt
from chatbot.reply import Kind, Reply, Suggestion

__version__ = "0.1.0"

__all__ = [
    "Assessment",
    "Bot",
    "CasesError",
    "ChatbotError",
    "Conversation",
    "Entry",
    "Kind",
    "Knowledge",
    "KnowledgeError",
    "Problem",
    "Reply",
    "Suggestion",
    "Verdict",
    "__version__",
    "load",
]


def load(path: str | os.PathLike[str] | None = None) -> Bot:
    """A Bot for the shipped knowledge, or for the knowledge file at `path`.

    Raises KnowledgeError, carrying every located problem, if the file cannot be used.
    """
    if path is None:
        shipped = shipped_knowledge_path()
        prebuilt = load_prebuilt(shipped)
        return prebuilt if prebuilt is not None else Bot(load_knowledge(shipped))
    return Bot(load_knowledge(path))
