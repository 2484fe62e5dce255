"""Answers that hold for every phrasing: what an audit of the shipped answers found, kept fixed.

The routing of these questions is in knowledge/ketamine_chronic_pain.cases.yaml; here, what the reply says.
"""

from __future__ import annotations

import pytest

import chatbot
from chatbot.citations import bare_yes_or_no


def test_no_answer_takes_a_side_with_a_bare_yes_or_no(knowledge: chatbot.Knowledge) -> None:
    openings = {
        entry.id: bare_yes_or_no(entry.answer) for entry in (*knowledge.entries, *knowledge.smalltalk)
    }
    assert {entry_id: opening for entry_id, opening in openings.items() if opening} == {}


@pytest.mark.parametrize(
    ("question", "entry_id", "says"),
    [
        # "without the same risk", not no risk; and no claim that it is safer overall
        ("does ketamine cause respiratory depression", "non-opioid", "not a promise of no risk"),
        ("is ketamine safer than opioids", "non-opioid", "or call it safer overall"),
        ("will I build up a tolerance", "non-opioid", "doesn't say how likely these are with ketamine"),
        ("will I be left alone during the infusion", "monitoring", "whether someone stays beside you"),
        ("what if I have a side effect during the infusion", "monitoring", "what is done if a side effect"),
        ("what checks do they do before ketamine", "screening", "doesn't say what the screening checks"),
        (
            "will ketamine become more widely accepted",
            "ketamine-like-compounds",
            "these compounds could lead",
        ),
        (
            "how long do the effects of ketamine last",
            "long-term-relief",
            "each session is followed by a recovery",
        ),
        (
            "does ketamine reduce inflammation in the body",
            "mechanism-anti-inflammatory",
            "elsewhere in the body",
        ),
        ("can a nurse give it", "who-gives-it", "doesn't name a profession"),
        ("could my GP give it", "who-gives-it", "doesn't name a profession"),
        ("can I have ketamine while I'm in rehab for drugs", "not-suitable", "active substance abuse"),
    ],
)
def test_an_audited_question_gets_an_answer_that_answers_it(
    bot: chatbot.Bot, question: str, entry_id: str, says: str
) -> None:
    reply = bot.ask(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id)
    assert says in " ".join(reply.answer.split())


@pytest.mark.parametrize(
    "question",
    ["he also has heart problems, is it safe for him", "I have a heart condition, can I have ketamine"],
)
def test_a_heart_condition_gets_what_the_article_does_say(bot: chatbot.Bot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback"
    answer = " ".join(reply.answer.split())
    assert "raised blood pressure or heart rate" in answer  # a listed side effect
    assert "uncontrolled hypertension" in answer  # a reason it may not be appropriate


def test_other_health_conditions_are_not_told_about_the_heart(bot: chatbot.Bot) -> None:
    reply = bot.ask("is ketamine safe if I have kidney problems")
    assert reply.kind == "fallback"
    assert "heart" not in reply.answer


@pytest.mark.parametrize("question", ["how long?", "how many", "why?", "how often", "what?", "where is it?"])
def test_a_question_word_alone_is_answered_with_choices_never_a_guess(
    bot: chatbot.Bot, question: str
) -> None:
    """ "How long?" asks how long, but not of what (a session, a course, the relief): among every entry an
    answer would be a guess, so the reply offers the likeliest instead."""
    reply = bot.ask(question)
    assert reply.kind is chatbot.Kind.CLARIFY and reply.suggestions
    assert reply.entry_id is None


def test_small_talk_is_answered_below_the_medical_answer_confidence(knowledge: chatbot.Knowledge) -> None:
    """Small talk is never offered as a choice: below the bar for a medical answer, "are you a chatbot" is
    still answered (a wrong one costs a line about the bot), down to its own lower bar."""
    from chatbot.decision import Thresholds

    strict = chatbot.Bot(knowledge, thresholds=Thresholds(answer=0.999))
    stricter = chatbot.Bot(knowledge, thresholds=Thresholds(answer=0.999, smalltalk=0.999))
    for question, entry in (("Are you a chatbot?", "who-are-you"), ("What can I ask?", "help")):
        reply = strict.ask(question)
        assert (reply.kind, reply.entry_id) == (chatbot.Kind.SMALLTALK, entry)
        assert reply.confidence < 0.999
        assert stricter.ask(question).kind is chatbot.Kind.FALLBACK
    # a longer message holding a word of small talk is not answered with it below the medical bar
    long = "thanks so much for everything you have told me today, it was a lot to take in for my mum"
    assert strict.ask(long).kind is not chatbot.Kind.SMALLTALK
