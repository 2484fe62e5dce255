"""What the bot made of a message before replying: the public step between scoring and replying.

`Bot.assess(text)` returns an Assessment; `Bot.ask` is `Bot.reply_to(Bot.assess(text))`. A host bot
that wants its own policy (hand off to a human below some confidence, say) reads the Assessment.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from chatbot.decision import Decision, Outcome
from chatbot.matching import Candidate
from chatbot.safety import Alarm


class Verdict(StrEnum):
    """What the reply to a message will be, in the order the checks run."""

    CRISIS = "crisis"  # a person in danger: the suicide, despair or emergency message, before any matching
    DOSING = "dosing"  # a request for personal dosing or medication advice: never answered
    NOT_ENGLISH = "not_english"  # another language: the bot says, in English, that it reads English only
    TOPICS = "topics"  # a request for the list of everything the bot answers
    UNANSWERABLE = "unanswerable"  # a topic the source does not cover: its honest reply
    ANSWER = "answer"  # one entry, confidently
    CLARIFY = "clarify"  # a close call: "did you mean…" with numbered choices
    FALLBACK = "fallback"  # nothing fits: "I don't know that"


class Assessment(NamedTuple):
    """Every signal behind one reply, and the decision made from them."""

    text: str  # the message as read: control characters removed, cut to the length limit
    truncated: bool  # whether the message was longer than the limit and was cut
    verdict: Verdict
    alarm: Alarm | None  # what the safety check raised, if anything (RISK: the reply adds the risk note)
    # the topic the source does not cover that the reply tells of: all of it (UNANSWERABLE), or after the
    # answer to a question the message asks beside it (ANSWER)
    unanswerable_id: str | None
    candidates: tuple[Candidate, ...]  # the ranked entries the decision was made on, best first
    decision: Decision  # the matcher's decision on those candidates
    confidence: float  # 0..1: how sure the verdict is (for an answer, the chance it is the right entry)
    also_asked: str | None = None  # an entry a second question of the message asks for, offered first

    @property
    def entry_id(self) -> str | None:
        """The entry answered, when the verdict is an answer."""
        return self.decision.chosen[0].entry_id if self.verdict is Verdict.ANSWER else None


__all__ = ["Assessment", "Decision", "Outcome", "Verdict"]
