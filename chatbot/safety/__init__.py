"""Crisis detection, before any matching: the patterns, the crisis model, and the check that uses both."""

from chatbot.safety.check import Alarm, asks_for_dosing, check, words_for_safety
from chatbot.safety.model import CrisisModel
from chatbot.safety.training import shipped_model

__all__ = ["Alarm", "CrisisModel", "asks_for_dosing", "check", "shipped_model", "words_for_safety"]
