"""An offline FAQ chatbot that answers questions about ketamine therapy for chronic pain.

import chatbot
bot = chatbot.load()
reply = bot.ask("How long does an infusion take?")
print(reply.text)
"""

from __future__ import annotations

# Not `from typing import TYPE_CHECKING`: typing (and the re module under it) would cost every start
# of the command line, before it can take Ctrl-C in hand. Type checkers read this name all the same.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import os

    from chatbot.assessment import Assessment, Verdict
    from chatbot.bot import Bot
    from chatbot.conversation import Conversation
    from chatbot.errors import CasesError, ChatbotError, KnowledgeError, Problem
    from chatbot.knowledge import Entry, Knowledge
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

# Where each public name lives. They are imported on first use (PEP 562), so that `import chatbot`
# costs next to nothing: the command line can set itself up, Ctrl-C included, before the heavy imports.
_HOMES = {
    "Assessment": "chatbot.assessment",
    "Verdict": "chatbot.assessment",
    "Bot": "chatbot.bot",
    "Conversation": "chatbot.conversation",
    "CasesError": "chatbot.errors",
    "ChatbotError": "chatbot.errors",
    "KnowledgeError": "chatbot.errors",
    "Problem": "chatbot.errors",
    "Entry": "chatbot.knowledge",
    "Knowledge": "chatbot.knowledge",
    "load_knowledge": "chatbot.knowledge",
    "shipped_knowledge_path": "chatbot.knowledge",
    "load_prebuilt": "chatbot.prebuilt",
    "Kind": "chatbot.reply",
    "Reply": "chatbot.reply",
    "Suggestion": "chatbot.reply",
}


def __getattr__(name: str) -> object:
    import importlib
    import importlib.util

    home = _HOMES.get(name)
    if home is not None:
        return getattr(importlib.import_module(home), name)
    if not name.startswith("_") and importlib.util.find_spec(f"chatbot.{name}") is not None:
        return importlib.import_module(f"chatbot.{name}")  # a submodule, as eager imports once made it
    raise AttributeError(f"module 'chatbot' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


def load(path: str | os.PathLike[str] | None = None) -> Bot:
    """A Bot for the shipped knowledge, or for the knowledge file at `path`.

    Raises KnowledgeError, carrying every located problem, if the file cannot be used.
    """
    from chatbot.bot import Bot
    from chatbot.knowledge import load_knowledge, shipped_knowledge_path
    from chatbot.prebuilt import load_prebuilt

    if path is None:
        shipped = shipped_knowledge_path()
        prebuilt = load_prebuilt(shipped)
        return prebuilt if prebuilt is not None else Bot(load_knowledge(shipped))
    return Bot(load_knowledge(path))
