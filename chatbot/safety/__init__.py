"""Crisis detection, before any matching: the patterns, the crisis model, and the check that uses both."""

from chatbot.safety.check import Alarm, asks_for_dosing, check, leaning, read_after, words_for_safety
from chatbot.safety.model import CrisisModel, Evidence
from chatbot.safety.training import shipped_model

__all__ = [
    "Alarm",
    "CrisisModel",
    "Evidence",
    "asks_for_dosing",
    "check",
    "leaning",
    "read_after",
    "shipped_model",
    "words_for_safety",
]
