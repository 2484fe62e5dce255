"""The safety check: whether a message is a crisis, an emergency or a request for personal dosing.

Checked on the folded words of a message (lower case, apostrophes dropped: "can't" is "cant")
before any matching, so that no phrasing of any knowledge file can shadow them. The patterns
(patterns.py) decide first; the crisis model (model.py) catches messages written around them.
"""

from __future__ import annotations

from enum import Enum

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.safety.model import CrisisModel
from chatbot.safety.patterns import (
    BARE_SUICIDE_WORD,
    CRISIS_WORDS,
    CURRENT,
    DOSING,
    ELIGIBILITY,
    EMERGENCY,
    FIRST_PERSON_NOW,
    GENERAL_QUESTION,
    HYPOTHETICAL,
    NEGATED,
    PAST,
    RECOVERED,
    RESEARCH,
    SUICIDE,
    TYPOS,
    compiled,
)
from chatbot.text import phrase_key


class Alarm(Enum):
    """What a message is, for safety's sake, before anything else is decided."""

    SUICIDE = "suicide"
    EMERGENCY = "emergency"
    DOSING = "dosing"


def words_for_safety(text: str) -> str:
    """The folded, respelled words of a message, as the safety checks read them."""
    return _respell(phrase_key(text))


def check(text: str, model: CrisisModel | None = None) -> Alarm | None:
    """The alarm a message raises, if any; crisis words win over dosing.

    The patterns decide first; `model`, when given, catches crisis messages written around them.
    """
    words = words_for_safety(text)
    if not words:
        return None
    if SUICIDE.search(words) and not _is_exempt_from_suicide(words):
        return Alarm.SUICIDE
    if EMERGENCY.search(words) and not _is_exempt_from_emergency(words):
        return Alarm.EMERGENCY
    verdict = model.classify(words.split()) if model is not None else None
    if verdict is not None and not _is_hypothetical_or_over(words):
        return Alarm.SUICIDE if verdict == "suicide" else Alarm.EMERGENCY
    if DOSING.search(words):
        return Alarm.DOSING
    return None


def _is_hypothetical_or_over(words: str) -> bool:
    """Plainly not a crisis now: planning for what might happen, research, or a past that is over."""
    if HYPOTHETICAL.search(words) or NEGATED.search(words):
        return True
    if PAST.search(words) and (RECOVERED.search(words) or ELIGIBILITY.search(words)):
        return True
    return bool(RESEARCH.search(words) and not FIRST_PERSON_NOW.search(words))


def _is_exempt_from_emergency(words: str) -> bool:
    """An emergency word in an ordinary question, or in a past that is over."""
    if GENERAL_QUESTION.search(words) or HYPOTHETICAL.search(words):
        return True
    return bool(
        PAST.search(words)
        and (not CURRENT.search(words) or RECOVERED.search(words) or ELIGIBILITY.search(words))
    )


def _respell(words: str) -> str:
    """Undo the misspellings of crisis words that people in distress type ("sucidal", "overdoes")."""
    respelled = []
    for word in words.split():
        fixed = TYPOS.get(word)
        if fixed is None and len(word) >= 6 and word not in CRISIS_WORDS:
            best = process.extractOne(
                word, CRISIS_WORDS, scorer=OSA.distance, score_cutoff=1 if len(word) < 8 else 2
            )
            fixed = best[0] if best is not None else None
        respelled.append(fixed or word)
    return " ".join(respelled)


def _is_exempt_from_suicide(words: str) -> bool:
    """A mention that is plainly not about the writer now: a past that is over, or research."""
    if PAST.search(words) and (RECOVERED.search(words) or ELIGIBILITY.search(words)):
        return True
    only_the_word = not SUICIDE.search(compiled(BARE_SUICIDE_WORD).sub(" ", words))
    if not only_the_word:
        return False
    if NEGATED.search(words) or PAST.search(words):
        return True
    return bool(RESEARCH.search(words) and not FIRST_PERSON_NOW.search(words))
