"""Conversations: follow-ups read with the last answer's subject, picks, "more", yes and no, goodbyes,
other languages, and a state that a host bot keeps between requests.

Each two-turn dialogue is checked in the library, through a pipe, and in the chat on a real
pseudo-terminal, as people use them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
import yaml
from conftest import shared_bot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chatbot
from chatbot.assessment import Verdict
from chatbot.conversation import (
    ALL_RIGHT,
    GO_AHEAD,
    MAX_STATE_SHOWN,
    NO_LIST,
    STATE_FORMAT,
    knowledge_fingerprint,
)
from chatbot.reply import Kind

PROCESS_TIMEOUT = 60  # seconds; only a guard against a hang, never a measurement
SESSION = "How long does a ketamine infusion session last?"  # follow-ups: recovery, treatment-course, …


class Dialogue(NamedTuple):
    """Two turns, and what the reply to the second must be."""

    first: str
    second: str
    entry_ids: tuple[str, ...] = ()  # the second reply answers one of these, or offers them (first)
    says: str = ""  # or: the second reply's message holds this
    ends: bool = False  # the second reply ends the conversation

    def check(self, reply: chatbot.Reply) -> None:
        if self.entry_ids:
            offered = {s.entry_id for s in reply.suggestions}
            answered = reply.kind == Kind.ANSWER and reply.entry_id in self.entry_ids
            narrowed = (
                reply.kind == Kind.CLARIFY
                and bool(offered)
                and (offered <= set(self.entry_ids) or reply.suggestions[0].entry_id in self.entry_ids)
            )  # a "did you mean" within the subject, or with the right entry first
            assert answered or narrowed, (reply.kind, reply.entry_id, offered)
        if self.says:
            assert self.says in reply.answer
        assert reply.ends_conversation is self.ends


DIALOGUES = {
    # A pronoun stands for the last answer's subject.
    "they-side-effects": Dialogue(
        "what are the side effects of ketamine", "are they permanent?", ("side-effects", "rare-risks")
    ),
    "they-last": Dialogue(
        "what are the side effects of ketamine", "how long do they last?", ("side-effects", "rare-risks")
    ),
    "it-sensitization": Dialogue(
        "what is central sensitization",
        "how does ketamine help with it?",
        # the entry on it, or the one on how ketamine eases pain, whose answer names resetting it as one of
        # the three ways (read alone, "how does ketamine help with it" asks that, with "it" the pain)
        ("mechanism-central-sensitization", "how-it-relieves-pain"),
    ),
    "him-crps": Dialogue("my dad has CRPS", "can ketamine help him?", ("crps",)),
    "those-lozenges": Dialogue(
        "tell me about lozenges and nasal sprays",
        "are those used instead of infusions?",
        ("lozenges-nasal-sprays",),
    ),
    "it-follow-up": Dialogue(SESSION, "what happens after it?", ("recovery",)),
    # An ellipsis carries on from it.
    "time-frame": Dialogue("how many infusions will I need", "over what time frame", ("treatment-course",)),
    "and-how-long": Dialogue(SESSION, "and how long?", ("session-length",)),
    # A follow-up that names its own subject is matched on its own.
    "what-about-fibro": Dialogue(
        "what conditions can ketamine treat", "what about fibro?", ("fibromyalgia",)
    ),
    "it-addictive": Dialogue(
        "what are the side effects of ketamine", "is it addictive?", ("addiction-risk",)
    ),
    "new-question": Dialogue("my dad has CRPS", "how long does an infusion take?", ("session-length",)),
    # Choosing from the last list, and saying which numbers are valid.
    "second-one": Dialogue(SESSION, "the second one", ("treatment-course",)),
    "two-please": Dialogue(SESSION, "2 please", ("treatment-course",)),
    "last-one": Dialogue(SESSION, "the last one", ("infusion-experience",)),
    "option-a": Dialogue(SESSION, "option a", ("recovery",)),
    "out-of-range": Dialogue(SESSION, "5", says="from 1 to 3"),
    "no-list": Dialogue("hi", "2", says=NO_LIST),
    # Yes, no, goodbye, another language.
    "no-after-answer": Dialogue(SESSION, "no", says=ALL_RIGHT),
    "yes-after-follow-ups": Dialogue(SESSION, "yes", says="Which one? Reply with a number from 1 to 3"),
    "yes-after-hello": Dialogue("hi", "yes", says=GO_AHEAD),
    "goodbye": Dialogue("what is ketamine", "ok bye then", says="Take care", ends=True),
    "thats-all": Dialogue("what is ketamine", "thanks, that's all", says="Take care", ends=True),
    "spanish": Dialogue("what is ketamine", "¿La ketamina es adictiva?", says="only understand English"),
}
# Through a pipe and in a pseudo-terminal too, one of each kind that the terminal or the pipe handles on its
# own (each costs a process; the library runs them all): a pronoun, a pick, a goodbye, another language.
IN_A_PROCESS = ("they-side-effects", "second-one", "goodbye", "spanish")


def converse(bot: chatbot.Bot, dialogue: Dialogue) -> chatbot.Reply:
    conversation = bot.conversation()
    conversation.ask(dialogue.first)
    return conversation.ask(dialogue.second)


@pytest.mark.parametrize(
    "second", ["can you switch providers", "do i need a referral", "is there an age limit for it"]
)
def test_a_whole_question_after_an_answer_is_not_read_as_its_ellipsis(bot: chatbot.Bot, second: str) -> None:
    """A short question of its own that the article does not answer gets no answer borrowed from the
    last subject (a forum post: "Can you switch providers?" after how many infusions)."""
    conversation = bot.conversation()
    conversation.ask("how many infusions will I need")
    reply = conversation.ask(second)
    assert not (reply.kind is Kind.ANSWER and reply.entry_id in ("treatment-course", "treatment-varies"))


@pytest.mark.parametrize("name", DIALOGUES)
def test_a_two_turn_dialogue_in_the_library(bot: chatbot.Bot, name: str) -> None:
    dialogue = DIALOGUES[name]
    reply = converse(bot, dialogue)
    dialogue.check(reply)
    assert reply.text.endswith(f"{bot.knowledge.messages.disclaimer}\n{bot.knowledge.messages.consult}")


@pytest.mark.parametrize("name", IN_A_PROCESS)
def test_a_two_turn_dialogue_through_a_pipe(bot: chatbot.Bot, name: str) -> None:
    dialogue = DIALOGUES[name]
    lines = f"{dialogue.first}\n{dialogue.second}\nwhat is ketamine\n"
    result = subprocess.run(
        [sys.executable, "-m", "chatbot", "--json"],
        input=lines.encode(),
        capture_output=True,
        timeout=PROCESS_TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert records[1] == converse(bot, dialogue).to_dict()
    assert len(records) == (2 if dialogue.ends else 3), "a goodbye ends the pipe: no reply after it"


@pytest.mark.parametrize("name", IN_A_PROCESS)
def test_a_two_turn_dialogue_in_the_chat(bot: chatbot.Bot, name: str) -> None:
    from test_chat_pty import CTRL_D, finish, ready, screen_text, spawn

    dialogue = DIALOGUES[name]
    expected = converse(bot, dialogue)
    consult = bot.knowledge.messages.consult
    child = spawn()
    try:
        child.expect_exact(consult)
        ready(child)
        child.sendline(dialogue.first)
        child.expect_exact(consult)
        ready(child)
        child.sendline(dialogue.second)
        child.expect_exact(consult)
        shown = screen_text(child.before)
        if dialogue.ends:
            finish(child)
            assert child.exitstatus == 0, "a goodbye ends the chat"
        else:
            ready(child)
            child.send(CTRL_D)
            finish(child)
    finally:
        if child.isalive():
            child.terminate(force=True)
    assert " ".join(expected.answer.split()) in shown
    for number, suggestion in enumerate(expected.suggestions, start=1):
        assert f"{number}. {suggestion.question}" in shown


def test_context_never_turns_a_confident_fresh_answer_into_another(bot: chatbot.Bot) -> None:
    """Every canonical question, asked after every kind of answer, gets the entry it gets alone."""
    firsts = ["what are the side effects of ketamine", "my dad has CRPS", SESSION, "what is ketamine"]
    for first in firsts:
        for entry in bot.knowledge.entries:
            conversation = bot.conversation()
            conversation.ask(first)
            assert conversation.ask(entry.question).entry_id == entry.id, (first, entry.id)


@pytest.mark.parametrize(
    "first", ["what are the side effects of ketamine", "tell me about lozenges and nasal sprays"]
)
def test_blind_questions_answered_right_alone_are_answered_so_after_an_answer(
    bot: chatbot.Bot, first: str
) -> None:
    """The unseen question set, each asked after an answer on another subject: context takes over no
    right answer (a looser rule lost up to 13 of heldout2's 135, "do they check you over properly…")."""
    import yaml
    from conftest import DATA

    known = {entry.id for entry in bot.knowledge.entries}
    cases = yaml.safe_load((DATA / "heldout3_questions.yaml").read_text(encoding="utf-8"))["cases"]
    for case in cases:
        if case["expect"] in known and bot.ask(case["question"]).entry_id == case["expect"]:
            conversation = bot.conversation()
            conversation.ask(first)
            assert conversation.ask(case["question"]).entry_id == case["expect"], case["question"]


def test_a_message_that_holds_nothing_is_not_read_with_the_subject(bot: chatbot.Bot) -> None:
    for text in ("hmm", "whatever", "lol", "asdf"):
        conversation = bot.conversation()
        conversation.ask("how many infusions will I need")
        reply = conversation.ask(text)
        assert (reply.kind, reply.entry_id) == (bot.ask(text).kind, bot.ask(text).entry_id), text


def test_more_never_repeats_what_was_shown_and_then_says_so(bot: chatbot.Bot) -> None:
    conversation = bot.conversation()
    answer = conversation.ask(SESSION)
    shown = [answer.entry_id, *(s.entry_id for s in answer.suggestions)]
    for _ in range(20):
        more = conversation.ask("more")
        if more.kind != Kind.CLARIFY:
            break
        offered = [s.entry_id for s in more.suggestions]
        assert not set(offered) & set(shown), offered
        shown += offered
    assert more.answer == bot.knowledge.messages.more_none


def test_a_crisis_comes_before_any_pick_or_goodbye(bot: chatbot.Bot) -> None:
    conversation = bot.conversation()
    conversation.ask(SESSION)
    assert conversation.ask("I want to kill myself").kind == Kind.CRISIS
    assert conversation.state.get("topic") is None, "a crisis ends the thread"


@pytest.mark.parametrize("answer", ["no", "ok", "yes"])
def test_an_acknowledgement_after_a_crisis_reply_gets_the_help_again(bot: chatbot.Bot, answer: str) -> None:
    """Never "All right. Ask me something else" to someone just given the crisis line, in any process."""
    conversation = bot.conversation()
    crisis = conversation.ask("I want to kill myself")
    assert crisis.kind == Kind.CRISIS
    assert conversation.ask(answer).answer == crisis.answer
    later = bot.conversation(json.loads(json.dumps(conversation.state)))
    assert later.ask(answer).answer == crisis.answer
    assert later.ask("what is ketamine").entry_id == "what-is-ketamine"
    assert later.ask(answer).kind != Kind.CRISIS


@pytest.mark.parametrize("closing", ["thanks", "i am done", "bye"])
def test_thanks_or_a_goodbye_after_a_crisis_reply_gets_the_help_again(bot: chatbot.Bot, closing: str) -> None:
    """Never "Take care! I hope this helped" to someone just given the crisis line; a goodbye still leaves."""
    conversation = bot.conversation()
    crisis = conversation.ask("i feel so hopeless")
    assert crisis.kind == Kind.CRISIS
    reply = conversation.ask(closing)
    assert reply.answer == crisis.answer
    assert reply.ends_conversation == (closing == "bye")


# Danger told across short lines, none of which raises an alarm on its own.
SPREAD_OVER_LINES = [
    ("the pain is worse than ever", "i have my pills", "tonight"),
    ("i have all my pills in front of me", "tonight"),
]


@pytest.mark.parametrize("lines", SPREAD_OVER_LINES)
def test_danger_told_across_short_lines_gets_the_crisis_reply(
    bot: chatbot.Bot, lines: tuple[str, ...]
) -> None:
    *before, last = lines
    assert bot.ask(last).kind != Kind.CRISIS, "the last line alone is no alarm"
    conversation = bot.conversation()
    for line in before:
        conversation.ask(line)
    assert conversation.ask(last).kind == Kind.CRISIS


def test_the_line_before_travels_in_the_state_as_numbers_not_words(bot: chatbot.Bot) -> None:
    conversation = bot.conversation()
    for line in SPREAD_OVER_LINES[0][:-1]:
        conversation.ask(line)
    state = json.loads(json.dumps(conversation.state))
    assert "pills" not in json.dumps(state) and "pain" not in json.dumps(state)
    assert bot.conversation(state).ask("tonight").kind == Kind.CRISIS
    assert bot.conversation().ask("tonight").kind != Kind.CRISIS


def test_after_a_crisis_reply_a_line_about_something_else_is_not_more_of_it(bot: chatbot.Bot) -> None:
    conversation = bot.conversation()
    assert conversation.ask("ive got the rope").kind == Kind.CRISIS
    assert conversation.ask("for the climbing wall lol").kind != Kind.CRISIS
    assert conversation.ask("what is ketamine").entry_id == "what-is-ketamine"


def test_an_ordinary_line_after_one_that_leaned_stays_ordinary(bot: chatbot.Bot) -> None:
    conversation = bot.conversation()
    conversation.ask("the pain is worse than ever")
    assert conversation.ask("how long does an infusion take").kind == Kind.ANSWER


@pytest.mark.parametrize(
    "lines",
    [
        ("my wife took her lozenge", "and a lot of wine"),
        ("she drank a whole bottle of vodka", "my wife took her lozenge"),
    ],
)
def test_the_news_that_a_treatment_was_taken_is_no_alarm_alone_but_counts_beside_danger(
    bot: chatbot.Bot, lines: tuple[str, str]
) -> None:
    assert bot.ask("my wife took her lozenge").kind != Kind.CRISIS
    assert bot.ask("my husband had his infusion today").kind != Kind.CRISIS
    conversation = bot.conversation()
    conversation.ask(lines[0])
    assert conversation.ask(lines[1]).kind == Kind.CRISIS


def test_everyday_lines_in_one_thread_raise_no_alarm_the_lines_alone_do_not(bot: chatbot.Bot) -> None:
    """Writer DA's 400 lines about the treatment day (training data), typed one after another."""
    path = Path(__file__).resolve().parent / "data" / "ordinary_chat_da.yaml"
    lines = [item["text"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]]
    conversation = bot.conversation()
    in_thread = [line for line in lines if conversation.ask(line).kind == Kind.CRISIS]
    alone = [line for line in lines if bot.ask(line).kind == Kind.CRISIS]
    assert in_thread == alone
    assert len(alone) < 0.03 * len(lines)


@pytest.mark.parametrize("text", ["ok", "no"])
def test_the_gentler_reply_is_said_again_in_another_process(bot: chatbot.Bot, text: str) -> None:
    """A state after the despair reply is read back (it once looked forged, and the thread started afresh)."""
    conversation = bot.conversation()
    despair = conversation.ask("i feel so hopeless")
    later = bot.conversation(json.loads(json.dumps(conversation.state)))
    assert later.ask(text).answer == despair.answer


# ---- other languages


@pytest.mark.parametrize(
    "text",
    [
        "¿La ketamina es adictiva?",
        "la ketamina es buena para el dolor",
        "est-ce que la kétamine est dangereuse pour le coeur",
        "Ist Ketamin gefährlich für das Herz?",
        "a cetamina é perigosa para o coração",
        "氯胺酮会上瘾吗\uff1f",
        "Вызывает ли кетамин привыкание?",
        "هل الكيتامين يسبب الإدمان؟",
    ],
)
def test_another_language_is_told_only_english_is_understood(bot: chatbot.Bot, text: str) -> None:
    assert bot.assess(text).verdict is Verdict.NOT_ENGLISH
    reply = bot.ask(text)
    assert reply.answer == bot.knowledge.messages.not_english
    assert "English" in reply.answer and reply.text.endswith(reply.footer)


def test_no_english_question_of_the_question_sets_is_taken_for_another_language(bot: chatbot.Bot) -> None:
    import yaml
    from conftest import DATA

    for name in ("dev", "heldout", "heldout2", "heldout3", "dev3"):
        cases = yaml.safe_load((DATA / f"{name}_questions.yaml").read_text(encoding="utf-8"))["cases"]
        for case in cases:
            assert bot.assess(case["question"]).verdict is not Verdict.NOT_ENGLISH, case["question"]


@pytest.mark.parametrize(
    "text", ["wat r the side efects of ketamin", "y r u a bot", "ta", "is gabapentin ok"]
)
def test_english_with_typos_and_text_speak_is_english(bot: chatbot.Bot, text: str) -> None:
    assert bot.assess(text).verdict is not Verdict.NOT_ENGLISH


def test_the_safety_check_comes_before_the_language_check(
    bot: chatbot.Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Crisis words in Spanish ("quiero morir") are the safety patterns' to catch; whatever they catch
    must reach the crisis reply, not the "only English" one."""
    import chatbot.bot as bot_module
    from chatbot.safety import Alarm, check

    def spanish_aware(text: str, model: object) -> Alarm | None:
        return Alarm.SUICIDE if "quiero morir" in text.lower() else check(text, model)  # type: ignore[arg-type]

    monkeypatch.setattr(bot_module, "check", spanish_aware)
    assert bot.ask("quiero morir").kind == Kind.CRISIS
    assert bot.conversation().ask("Quiero morir, ya no aguanto").kind == Kind.CRISIS


def test_the_not_english_message_is_optional_in_a_knowledge_file(tmp_path: os.PathLike[str]) -> None:
    from pathlib import Path

    from tiny_knowledge import write_tiny_knowledge

    from chatbot.knowledge import OPTIONAL_MESSAGES

    tiny = chatbot.load(write_tiny_knowledge(Path(tmp_path)))
    assert tiny.ask("¿La ketamina es adictiva?").answer == OPTIONAL_MESSAGES["not_english"]


# ---- the state a host bot keeps


def test_a_state_round_trips_through_json_into_a_new_process(bot: chatbot.Bot) -> None:
    conversation = bot.conversation()
    conversation.ask("what are the side effects of ketamine")
    saved = json.dumps(conversation.state)
    program = (
        "import json, sys, chatbot\n"
        "conversation = chatbot.load().conversation(json.loads(sys.stdin.read()))\n"
        "follow_up = conversation.ask('are they permanent?')\n"
        "offered = [s.entry_id for s in follow_up.suggestions]\n"
        "pick = conversation.ask('1')\n"
        "print(json.dumps([follow_up.entry_id, offered, pick.entry_id, conversation.state]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], input=saved.encode(), capture_output=True, timeout=PROCESS_TIMEOUT
    )
    assert result.returncode == 0, result.stderr
    follow_up, offered, pick, state = json.loads(result.stdout)
    here = bot.conversation(json.loads(saved))
    again = here.ask("are they permanent?")
    assert (follow_up, offered) == (again.entry_id, [s.entry_id for s in again.suggestions])
    assert "side-effects" in {follow_up, offered[0]}, "about the side effects: answered, or offered first"
    assert pick == here.ask("1").entry_id == offered[0]
    assert state == here.state
    assert state["format"] == STATE_FORMAT


def test_a_state_is_small(bot: chatbot.Bot) -> None:
    conversation = bot.conversation()
    for question in [entry.question for entry in bot.knowledge.entries] + ["more"] * 10:
        conversation.ask(question)
    assert len(conversation.state["shown"]) <= MAX_STATE_SHOWN  # type: ignore[arg-type]
    assert len(json.dumps(conversation.state)) < 4096


def test_a_format_1_state_is_still_read(bot: chatbot.Bot) -> None:
    state = {
        "format": 1,
        "knowledge": knowledge_fingerprint(bot),
        "last": {
            "kind": "answer",
            "entry_id": "session-length",
            "suggestions": ["recovery", "treatment-course"],
        },
    }
    assert bot.conversation(state).ask("2").entry_id == "treatment-course"


def _valid_state(bot: chatbot.Bot) -> dict[str, object]:
    conversation = bot.conversation()
    conversation.ask(SESSION)
    return conversation.state


@pytest.mark.parametrize(
    "forge",
    [
        lambda state: {**state, "format": 99},
        lambda state: {**state, "format": True},
        lambda state: {**state, "format": 2.0},
        lambda state: {**state, "knowledge": "0badc0de"},
        lambda state: {**state, "last": {**state["last"], "suggestions": ["no-such-entry"]}},
        lambda state: {**state, "last": {**state["last"], "suggestions": ["recovery"] * 100_000}},
        lambda state: {**state, "last": {**state["last"], "entry_id": 7}},
        lambda state: {**state, "last": {**state["last"], "kind": "answer!"}},
        lambda state: {**state, "last": "answer"},
        lambda state: {**state, "topic": ["session-length"]},
        lambda state: {**state, "topic": "no-such-entry"},
        lambda state: {**state, "shown": "recovery"},
        lambda state: {**state, "shown": [None]},
        lambda state: {**state, "alarm": "dosing"},
        lambda state: {**state, "lean": "tonight"},
        lambda state: {**state, "lean": {"scores": [1.0, 2.0], "features": 3}},
        lambda state: {**state, "lean": {"scores": [float("nan"), 0.0, 0.0, 0.0], "features": 3}},
        lambda state: {**state, "lean": {"scores": [0.0, 0.0, 0.0, 0.0], "features": True}},
        lambda state: {**state, "lean": {"scores": [1e300, 0.0, 0.0, 0.0], "features": 3}},
        lambda state: {key: value for key, value in state.items() if key != "last"},
        lambda state: [],
        lambda state: None,
    ],
)
def test_a_forged_truncated_or_foreign_state_starts_afresh(bot: chatbot.Bot, forge: object) -> None:
    state = forge(_valid_state(bot))  # type: ignore[operator]
    conversation = bot.conversation(state)
    assert conversation.ask("2").answer == NO_LIST, "nothing of the forged state was used"
    assert conversation.state["format"] == STATE_FORMAT


def test_a_state_of_another_knowledge_file_is_not_applied(
    bot: chatbot.Bot, tmp_path: os.PathLike[str]
) -> None:
    from pathlib import Path

    from tiny_knowledge import write_tiny_knowledge

    tiny = chatbot.load(write_tiny_knowledge(Path(tmp_path)))
    state = _valid_state(tiny)
    assert bot.conversation(state).ask("2").answer == NO_LIST


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
STATE_KEYS = st.sampled_from(
    ["format", "knowledge", "last", "topic", "shown", "kind", "entry_id", "suggestions"]
)


@st.composite
def states(draw: st.DrawFn) -> object:
    """Arbitrary JSON-like values, and valid states with some fields replaced by arbitrary values."""
    if draw(st.booleans()):
        return draw(JSON_VALUES)
    state = json.loads(json.dumps(_valid_state(shared_bot())))
    for key in draw(st.lists(STATE_KEYS, max_size=3)):
        target = state["last"] if key in ("kind", "entry_id", "suggestions") else state
        if isinstance(target, dict):  # an earlier draw may have replaced "last" itself
            target[key] = draw(JSON_VALUES)
    return state


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(states(), st.sampled_from(["2", "more", "yes", "are they permanent?", "what is ketamine"]))
def test_any_state_gives_a_conversation_that_answers(state: object, text: str) -> None:
    bot = shared_bot()
    conversation = bot.conversation(state)  # type: ignore[arg-type]
    reply = conversation.ask(text)
    assert reply.text.endswith(reply.footer)
    assert json.loads(json.dumps(conversation.state)) == conversation.state


def test_the_readme_web_handler_keeps_each_users_thread() -> None:
    """The README's example, run as written: two users, each request with a state read back from JSON."""
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = next(block for block in readme.split("```python\n")[1:] if "def handle(" in block).split("```")[0]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    handle = namespace["handle"]
    store: dict[str, str] = {}
    handle("ann", "what are the side effects of ketamine", store)  # type: ignore[operator]
    handle("bob", "my dad has CRPS", store)  # type: ignore[operator]
    ann = handle("ann", "are they permanent?", store)  # type: ignore[operator]
    assert "side-effects" in {
        ann["entry_id"],
        ann["suggestions"][0]["entry_id"],
    }  # answered, or offered first
    assert handle("bob", "can ketamine help him?", store)["entry_id"] == "crps"  # type: ignore[operator]
    assert handle("bob", "bye", store)["ends_conversation"] is True  # type: ignore[operator]
    saved = "".join(store.values())
    assert "permanent" not in saved and "dad" not in saved, "the state holds entry ids, not what was asked"


@pytest.mark.parametrize("pick", ["𑁒", "number 𑁒", "option 𑁒𑁒"])
def test_a_unicode_digit_int_cannot_read_is_no_pick_and_no_crash(bot: chatbot.Bot, pick: str) -> None:
    """str.isdigit() holds for "𑁒" (a Brahmi number), which int() refuses and folding keeps ("²" folds to
    "2", a pick like any): a pick is read from decimals only."""
    conversation = bot.conversation()
    offered = conversation.ask("how long?")  # what is asked, not about what: always choices
    assert offered.kind is Kind.CLARIFY
    reply = conversation.ask(pick)
    assert reply.entry_id not in {s.entry_id for s in offered.suggestions}
    assert reply.disclaimer and reply.consult
