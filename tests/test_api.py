"""The public API is a contract with every bot that embeds us: these tests pin it down."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest
from conftest import shared_bot
from hypothesis import given, settings
from hypothesis import strategies as st

import chatbot
from chatbot import Kind, Reply, Suggestion

CANONICAL = "How long does a ketamine infusion session last?"


def test_the_public_names_are_exactly_the_promised_ones() -> None:
    promised = {
        "load", "Bot", "Conversation", "Reply", "Kind", "Suggestion", "Entry", "Knowledge", "KnowledgeError",
        "Assessment", "Verdict", "CasesError", "ChatbotError", "Problem", "__version__",
    }  # fmt: skip
    assert set(chatbot.__all__) == promised
    for name in chatbot.__all__:
        assert hasattr(chatbot, name), name


def test_kind_is_a_str_enum_that_compares_with_plain_strings() -> None:
    assert [kind.value for kind in Kind] == ["answer", "clarify", "fallback", "smalltalk", "crisis"]
    assert Kind.ANSWER == "answer"
    assert isinstance(Kind.CRISIS, str)


def test_a_canonical_question_gets_its_answer(bot: chatbot.Bot) -> None:
    reply = bot.ask(CANONICAL)
    entry = bot.knowledge.entry("session-length")
    assert reply.kind == "answer"
    assert reply.entry_id == "session-length"
    assert reply.answer == entry.answer
    assert 0.0 < reply.confidence <= 1.0
    assert reply.text.startswith(entry.answer)
    assert str(reply) == reply.text
    assert reply.source == entry.source


def test_an_answer_suggests_its_related_entries(bot: chatbot.Bot) -> None:
    reply = bot.ask(CANONICAL)
    entry = bot.knowledge.entry("session-length")
    assert tuple(s.entry_id for s in reply.suggestions) == entry.related
    assert all(isinstance(s, Suggestion) for s in reply.suggestions)
    for number, suggestion in enumerate(reply.suggestions, start=1):
        assert f"{number}. {suggestion.question}" in reply.text


def test_text_ends_with_the_disclaimer_then_the_consult_prompt(bot: chatbot.Bot) -> None:
    messages = bot.knowledge.messages
    for question in (CANONICAL, "hello", "how much does it cost", "I want to kill myself", "", "infusion"):
        reply = bot.ask(question)
        assert reply.text.endswith(f"{messages.disclaimer}\n{messages.consult}"), question
        assert messages.disclaimer not in reply.answer


def test_replies_are_frozen_values(bot: chatbot.Bot) -> None:
    reply = bot.ask(CANONICAL)
    with pytest.raises(AttributeError):
        reply.kind = Kind.FALLBACK  # type: ignore[misc]
    with pytest.raises(AttributeError):
        bot.knowledge.entries[0].answer = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        reply.extra = "anything"  # type: ignore[attr-defined]
    assert reply._replace(answer="changed").answer == "changed" and reply.answer != "changed"
    assert copy.copy(reply) == reply == pickle.loads(pickle.dumps(reply))


def test_a_reply_cannot_be_made_without_disclaimer_or_consult_prompt() -> None:
    with pytest.raises(ValueError, match="disclaimer"):
        Reply(Kind.ANSWER, "hi", None, 1.0, (), disclaimer="", consult="See a provider.")
    with pytest.raises(ValueError, match="disclaimer"):
        Reply(Kind.ANSWER, "hi", None, 1.0, (), disclaimer="Not advice.", consult="  ")
    made = Reply(Kind.ANSWER, "hi", None, 1.0, (), disclaimer="Not advice.", consult="See a provider.")
    with pytest.raises(ValueError, match="disclaimer"):  # a copy with changes is checked as well
        made._replace(disclaimer="")
    with pytest.raises(ValueError, match="confidence"):
        made._replace(confidence=1.5)


def test_entries_expose_id_questions_answer_source_related(knowledge: chatbot.Knowledge) -> None:
    assert len(knowledge.entries) >= 40
    ids = {entry.id for entry in knowledge.entries}
    for entry in knowledge.entries:
        assert isinstance(entry, chatbot.Entry)
        assert len(entry.questions) >= 5
        assert entry.question == entry.questions[0]
        assert entry.answer.strip()
        assert entry.source.strip()
        assert set(entry.related) <= ids


def test_the_disclaimer_says_educational_not_advice_and_consult(knowledge: chatbot.Knowledge) -> None:
    disclaimer = knowledge.messages.disclaimer.lower()
    assert "educational" in disclaimer
    assert "not medical advice" in disclaimer
    assert "healthcare provider" in disclaimer


def test_loading_another_file_and_its_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\ntopic: x\nentries: []\n", encoding="utf-8")
    with pytest.raises(chatbot.KnowledgeError) as raised:
        chatbot.load(broken)
    problems = raised.value.problems
    assert problems, "the error carries its located problems"
    assert all(problem.path == str(broken) for problem in problems)
    assert any(problem.field == "messages" for problem in problems)
    assert any(problem.field == "entries" and problem.line == 3 for problem in problems)


def test_the_bot_keeps_no_state_between_questions(bot: chatbot.Bot) -> None:
    """ "2" picks a choice only inside the conversation that offered it, never through `bot.ask`."""
    alone = bot.ask("2")
    conversation = bot.conversation()
    assert conversation.ask("infusion").suggestions, "a list to pick from"
    assert conversation.ask("2").kind == "answer"
    assert bot.ask("2") == alone and alone.kind != "answer"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I want to end my life", "crisis"),
        ("my husband isn't breathing after his infusion", "crisis"),
        ("what kills the pain fastest", None),
        ("ketamine for depression", None),
        ("how much does an infusion cost?", "fallback"),
        ("does gabapentin help CRPS?", None),
        ("what dose of ketamine should I take?", "fallback"),
        ("hello", "smalltalk"),
    ],
)
def test_safety_and_scope(bot: chatbot.Bot, question: str, kind: str | None) -> None:
    reply = bot.ask(question)
    if kind is None:
        assert reply.kind != "crisis", "no false alarm on an ordinary question"
    else:
        assert reply.kind == kind
    if question.startswith("does gabapentin"):
        assert reply.kind in ("fallback", "clarify"), "a question about another drug is not answered"
    if question.startswith("how much does"):
        assert reply.entry_id is None and "session-length" not in {s.entry_id for s in reply.suggestions}


def test_crisis_replies_name_the_lifeline_and_emergency_numbers(bot: chatbot.Bot) -> None:
    suicide = bot.ask("I want to kill myself").answer
    assert "988" in suicide and "911" in suicide and "988lifeline.org" in suicide
    emergency = bot.ask("I think I overdosed and can't breathe").answer
    assert "911" in emergency and "1-800-222-1222" in emergency


@pytest.mark.parametrize(
    "question",
    [
        "should I increase my dose of oxycodone?",
        "how many co-codamol can I take in a day?",
        "how much of my tramadol should I take on infusion day?",
        "can I take two lozenges if the pain comes back?",
    ],
)
def test_a_dosing_request_is_sent_to_the_treating_provider(bot: chatbot.Bot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback"
    assert reply.answer == bot.knowledge.messages.dosing


@pytest.mark.parametrize("question", ["how many infusions should I have?", "how many sessions will I need?"])
def test_a_question_about_the_course_is_no_dosing_request(bot: chatbot.Bot, question: str) -> None:
    assert bot.ask(question).answer != bot.knowledge.messages.dosing


class TestConversation:
    def test_a_number_picks_a_suggestion(self, bot: chatbot.Bot) -> None:
        conversation = bot.conversation()
        first = conversation.ask(CANONICAL)
        second = conversation.ask("2")
        assert second.kind == "answer"
        assert second.entry_id == first.suggestions[1].entry_id

    def test_more_gives_follow_ups_not_shown_yet_then_says_so(self, bot: chatbot.Bot) -> None:
        conversation = bot.conversation()
        answer = conversation.ask(CANONICAL)
        shown = {answer.entry_id, *(s.entry_id for s in answer.suggestions)}
        assert {s.entry_id for s in answer.suggestions} == set(bot.knowledge.entry("session-length").related)
        more = conversation.ask("tell me more")
        assert more.kind == "clarify"
        offered = [s.entry_id for s in more.suggestions]
        assert offered and not shown & set(offered)
        second = conversation.ask("more")
        assert second.kind == "clarify", "a second batch: the follow-ups of the follow-ups"
        assert not (shown | set(offered)) & {s.entry_id for s in second.suggestions}
        replies = [conversation.ask("more") for _ in range(5)]
        assert replies[-1].answer == bot.knowledge.messages.more_none
        assert conversation.ask("1").kind != "answer" or replies[-1].suggestions

    def test_a_number_picks_a_clarify_choice_and_yes_needs_one_choice(self, tmp_path: Path) -> None:
        from tiny_knowledge import CLARIFY_QUESTION, write_tiny_knowledge

        bot = chatbot.load(write_tiny_knowledge(tmp_path))
        conversation = bot.conversation()
        clarify = conversation.ask(CLARIFY_QUESTION)
        assert clarify.kind == "clarify"
        assert len(clarify.suggestions) == 2
        assert conversation.ask("yes").kind != "answer", "yes is no choice between two"
        conversation.ask(CLARIFY_QUESTION)
        assert conversation.ask("2").entry_id == clarify.suggestions[1].entry_id

    def test_yes_picks_the_only_choice_of_a_clarify(self, knowledge: chatbot.Knowledge) -> None:
        from chatbot.decision import Thresholds

        always_unsure = chatbot.Bot(knowledge, thresholds=Thresholds(answer=2.0, exact=2.0, max_choices=1))
        conversation = always_unsure.conversation()
        clarify = conversation.ask(CANONICAL)
        assert clarify.kind == "clarify"
        assert [s.entry_id for s in clarify.suggestions] == ["session-length"]
        assert conversation.ask("yes").entry_id == "session-length"

    def test_anything_else_is_matched_afresh(self, bot: chatbot.Bot) -> None:
        conversation = bot.conversation()
        conversation.ask(CANONICAL)
        assert conversation.ask("what is ketamine").entry_id == "what-is-ketamine"
        assert conversation.ask("9").kind != "answer", "no list has a ninth choice"

    def test_conversations_are_independent(self, bot: chatbot.Bot) -> None:
        one, two = bot.conversation(), bot.conversation()
        one.ask(CANONICAL)
        assert two.ask("more").entry_id is None
        assert one.ask("more").kind == "clarify"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_reply_ending_with_the_disclaimer(text: str) -> None:
    bot = shared_bot()
    reply = bot.ask(text)
    assert isinstance(reply, Reply)
    assert reply.kind in set(Kind)
    assert reply.text.endswith(reply.footer)
    assert reply.footer.startswith(bot.knowledge.messages.disclaimer)
    assert 0.0 <= reply.confidence <= 1.0


@pytest.mark.parametrize("request_text", ["/topics", "topics", "Show me the topics!", "list all topics"])
def test_a_request_for_the_topics_lists_every_question(bot: chatbot.Bot, request_text: str) -> None:
    """The messages say "type /topics" wherever the bot runs, so the library answers it, not only the chat."""
    reply = bot.ask(request_text)
    assert reply.kind == "smalltalk"
    assert reply.answer.startswith(bot.knowledge.messages.topics)
    listed = reply.answer.splitlines()
    for section, entries in bot.knowledge.sections():
        assert section in listed
        for entry in entries:
            assert f"- {entry.question}" in listed
    assert reply.text.endswith(reply.footer)


def test_a_question_about_topics_is_not_mistaken_for_the_request(bot: chatbot.Bot) -> None:
    assert bot.ask("what topics do you cover").entry_id == "help"


STORY = "Long story, my sister swears by her herbal teas and thinks I am wasting my time. "


def test_a_story_then_a_question_is_answered_from_the_question(bot: chatbot.Bot) -> None:
    """The whole message matches nothing; its last sentence asks something the article answers."""
    reply = bot.ask(STORY + "Can ketamine help with fibromyalgia?")
    assert (reply.kind, reply.entry_id) == ("answer", "fibromyalgia")
    assert bot.ask(STORY).kind == "fallback"


def test_a_last_sentence_that_leans_on_the_story_is_not_answered_alone(bot: chatbot.Bot) -> None:
    """Read alone, "Is ketamine one?" looks like "what is ketamine"; with its story it is not that."""
    reply = bot.ask("I want to get off oxycodone and never touch another opiate again. Is ketamine one?")
    assert reply.entry_id != "what-is-ketamine"
    assert reply.kind in ("fallback", "clarify")


def test_a_story_that_mentions_a_topic_is_answered_with_what_its_question_asks(bot: chatbot.Bot) -> None:
    """The whole message is about CRPS; what it asks is the side effects."""
    reply = bot.ask("I have CRPS. My doctor suggested ketamine. What are the side effects?")
    assert (reply.kind, reply.entry_id) == ("answer", "side-effects")


def test_a_story_that_asks_nothing_is_offered_its_topics_never_answered(bot: chatbot.Bot) -> None:
    """A forum update ("CRPS can improve, folks!") asks no question: a confident answer would be a guess at
    one. Its entries are offered; a single line without a question mark is still a query."""
    story = (
        "Six infusions in and I can walk to the shops again. My physio says my foot has come on leaps and "
        "bounds. CRPS can improve, folks!"
    )
    reply = bot.ask(story)
    assert reply.kind == "clarify"
    assert "crps" in [s.entry_id for s in reply.suggestions]
    assert bot.ask("CRPS can improve, folks!").kind == "answer"
    assert bot.ask("ketamine side effects").entry_id == "side-effects"


@pytest.mark.parametrize(
    ("question", "entry_id", "topic"),
    [
        ("how long is each session and is it covered by insurance?", "session-length", "insurance"),
        ("How much does it cost? What are the side effects?", "side-effects", "cost"),
    ],
)
def test_a_question_asked_beside_a_topic_the_article_skips_is_answered_and_the_topic_told(
    bot: chatbot.Bot, question: str, entry_id: str, topic: str
) -> None:
    """Neither is silently dropped: the answer, then the topic's own "I don't know that"."""
    assessment = bot.assess(question)
    assert (assessment.verdict, assessment.entry_id, assessment.unanswerable_id) == (
        "answer",
        entry_id,
        topic,
    )
    reply = bot.reply_to(assessment)
    topic_reply = bot.ask("is it covered by insurance" if topic == "insurance" else "how much does it cost")
    assert reply.answer.startswith(bot.knowledge.entry(entry_id).answer)
    assert reply.answer.endswith(topic_reply.answer)
    assert topic_reply.kind == "fallback"


@pytest.mark.parametrize(
    "question",
    [
        "can i keep taking my meds during ketamine treatment",
        "can I take my usual medications before the infusion",
        "Can I still take my painkillers while having ketamine?",
        "is it ok to carry on taking my tablets on infusion days",
    ],
)
def test_whether_to_go_on_taking_ones_medicines_is_told_the_article_skips_interactions(
    bot: chatbot.Bot, question: str
) -> None:
    """Before, these got a "did you mean" of monitoring and what an infusion feels like: the article says
    nothing of other medicines, and a pharmacist or the prescriber is who can say."""
    assessment = bot.assess(question)
    assert (assessment.verdict, assessment.unanswerable_id) == ("unanswerable", "interactions")
    assert "pharmacist" in bot.reply_to(assessment).answer


@pytest.mark.parametrize(
    "question", ["can ketamine replace my pain medication", "will ketamine mean less pain medication"]
)
def test_whether_ketamine_can_replace_ones_medicines_is_no_question_of_interactions(
    bot: chatbot.Bot, question: str
) -> None:
    assert bot.assess(question).unanswerable_id is None


def test_two_questions_joined_by_and_answer_the_first_and_offer_the_second_first(bot: chatbot.Bot) -> None:
    reply = bot.ask("how long is each session and what are the side effects")
    assert (reply.kind, reply.entry_id) == ("answer", "session-length")
    assert reply.suggestions[0].entry_id == "side-effects"


def test_a_topic_the_article_skips_asked_twice_over_is_still_its_own_reply(bot: chatbot.Bot) -> None:
    assert (
        bot.assess("How much does ketamine therapy cost? Is it covered by insurance?").verdict
        == "unanswerable"
    )


def test_explain_shows_the_scores_the_reply_was_chosen_on(bot: chatbot.Bot) -> None:
    question = STORY + "Can ketamine help with fibromyalgia?"
    assert bot.explain(question) == bot.ask(question).candidates
    assert bot.explain(question)[0].entry_id == "fibromyalgia"
