"""Crisis detection, before any matching: the patterns, the crisis model, and the check that uses both."""

from chatbot.safety.check import Alarm, check, words_for_safety
from chatbot.safety.model import CrisisModel, shipped_model

__all__ = ["Alarm", "CrisisModel", "check", "shipped_model", "words_for_safety"]
