"""Hostile chat input: whatever a person types or pastes, a reply comes back, clean and bounded.

Property tests over arbitrary Unicode (lone surrogates, control characters, ANSI and OSC escape
sequences, NUL bytes, right-to-left text, emoji) mixed with real phrasings, plus lines of megabytes:
`Bot.ask` and `Conversation.ask` never raise, every reply ends with its footer, no reply echoes
its input or carries a control character, and long input is cut before any costly step.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import chatbot
from chatbot import bot as bot_module
from chatbot import cli, text
from chatbot.bot import LONG_INPUT_NOTE, MAX_QUESTION_CHARS

# C0 controls but newline and tab, DEL, C1 controls, lone surrogates, and the invisible and
# bidirectional-override characters that strip_control removes.
UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what must never reach a terminal

PASTED = (
    "\x1b]0;pwned\x07",  # OSC: set the window title
    "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink, ST-terminated
    "\x1b]52;c;cHduZWQ=\x07",  # OSC 52: write the clipboard
    "\x1b[31m",
    "\x1b[2J\x1b[H",
    "\x1b[6n",  # ask the terminal to type its cursor position back
    "\x9b31m",  # C1 CSI
    "\x1bP+q544e\x1b\\",  # DCS
    "\x00",
    "\r",
    "\x08\x08\x08",
    "\x7f",
    "\u202eevil\u202c",
    "\u200f",
    "\ufeff",
    "\ud800",
    "\udfff",
    "مرحبا كيف حالك",
    "שלום עולם",
    "😀👩‍👩‍👧🏳️‍🌈",
    "a\u0301\u0301\u0301",
    "\ufdfa",  # one character that NFKC turns into eighteen
    "\t\n\n",
)
FOLLOW_UPS = ("1", "2", "3", "99", "yes", "more", "no", "0", "#2", "-1")


def _phrasings() -> list[str]:
    knowledge = chatbot.load().knowledge
    return [q for entry in (*knowledge.entries, *knowledge.smalltalk) for q in entry.questions]


PHRASINGS = _phrasings()
ANY_CHARACTER = st.characters(exclude_categories=())  # every category, lone surrogates included
PIECE = st.one_of(
    st.text(ANY_CHARACTER, max_size=40),
    st.sampled_from(PASTED),
    st.sampled_from(PHRASINGS),
    st.sampled_from(FOLLOW_UPS),
    st.sampled_from(("I want to die", "overdose", "how much ketamine should I take")),
)
HOSTILE = st.lists(PIECE, max_size=6).map("".join)
MARKER = st.text("bcdfghjklmnpqrstvwxz", min_size=14, max_size=14).map(lambda letters: f"zq{letters}")
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_clean_reply(reply: chatbot.Reply) -> None:
    assert isinstance(reply, chatbot.Reply)
    assert reply.kind in set(chatbot.Kind)
    assert reply.text.endswith(reply.footer)
    assert str(reply) == reply.text
    assert not UNSAFE.search(reply.text), repr(UNSAFE.search(reply.text))
    json.dumps(reply.to_dict(), ensure_ascii=False).encode("utf-8")  # printable and serialisable
    assert 0.0 <= reply.confidence <= 1.0


def _knowledge_text(bot: chatbot.Bot) -> str:
    return json.dumps([entry._asdict() for entry in bot.knowledge.entries]) + str(bot.knowledge.messages)


@SETTINGS
@given(question=HOSTILE)
def test_bot_ask_answers_anything_cleanly(bot: chatbot.Bot, question: str) -> None:
    assert_clean_reply(bot.ask(question))
    assert len(bot.explain(question, limit=3)) <= 3


@SETTINGS
@given(before=HOSTILE, marker=MARKER, after=HOSTILE)
def test_no_reply_echoes_its_input(bot: chatbot.Bot, before: str, marker: str, after: str) -> None:
    assume(marker not in _knowledge_text(bot))
    for sender in (bot.ask, bot.conversation().ask):
        reply = sender(f"{before} {marker} {after}")
        assert marker not in json.dumps(reply.to_dict(), ensure_ascii=False)
        assert marker not in reply.text


@SETTINGS
@given(turns=st.lists(HOSTILE, min_size=1, max_size=8))
def test_a_conversation_answers_anything_cleanly(bot: chatbot.Bot, turns: list[str]) -> None:
    conversation = bot.conversation()
    for turn in ["How long does a ketamine infusion session last?", *turns]:
        reply = conversation.ask(turn)
        assert_clean_reply(reply)
        assert conversation.last is reply


MEGABYTE = 1024 * 1024
LONG_LINES = {
    "letters": "a" * MEGABYTE,
    "a question repeated": "How long does a ketamine infusion session last? " * (MEGABYTE // 48),
    "escape sequences": "\x1b]0;pwned\x07\x1b[31m" * (MEGABYTE // 12),
    "NUL bytes": "\x00" * MEGABYTE,
    "lone surrogates": "\ud800" * MEGABYTE,
    "emoji": "😀" * MEGABYTE,
    "combining accents": "a" + "\u0301" * MEGABYTE,
    "a character NFKC makes eighteen": "\ufdfa" * MEGABYTE,
    "right-to-left": "مرحبا " * (MEGABYTE // 6),
    "one word per line": "pain\n" * (MEGABYTE // 5),
}


@pytest.mark.parametrize("name", sorted(LONG_LINES))
def test_a_megabyte_line_is_cut_with_a_note(bot: chatbot.Bot, name: str) -> None:
    line = LONG_LINES[name]
    for reply in (bot.ask(line), bot.conversation().ask(line)):
        assert_clean_reply(reply)
        if len(text.strip_control(line)) > MAX_QUESTION_CHARS:
            assert reply.answer.startswith(LONG_INPUT_NOTE)


@pytest.fixture
def longest_text_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], int]]:
    """Wraps the text helpers wherever a chatbot module imported them, recording the longest input."""
    longest = [0]
    originals = {name: getattr(text, name) for name in ("fold", "words", "phrase_key")}

    def recording(original: Callable[[str], object]) -> Callable[[str], object]:
        def wrapper(value: str) -> object:
            longest[0] = max(longest[0], len(value))
            return original(value)

        return wrapper

    for module_name, module in list(sys.modules.items()):
        if module_name == "chatbot" or module_name.startswith("chatbot."):
            for name, original in originals.items():
                if getattr(module, name, None) is original:
                    monkeypatch.setattr(module, name, recording(original))
    yield lambda: longest[0]


@pytest.mark.parametrize("name", ["letters", "a character NFKC makes eighteen", "a question repeated"])
def test_no_costly_step_sees_more_than_the_cut(
    bot: chatbot.Bot, name: str, longest_text_seen: Callable[[], int]
) -> None:
    """Folding and word-splitting cost grows with the text: only the cut text may reach them, in a
    conversation (after an answer, where "2" or "more" are looked for) as in a single question."""
    conversation = bot.conversation()
    conversation.ask("How long does a ketamine infusion session last?")
    conversation.ask(LONG_LINES[name])
    bot.ask(LONG_LINES[name])
    # NFKC may lengthen the cut text (U+FDFA is 18 characters), so allow for what folding makes.
    assert longest_text_seen() <= 18 * MAX_QUESTION_CHARS


def test_no_costly_step_sees_more_than_the_cut_can_fail(longest_text_seen: Callable[[], int]) -> None:
    bot_module.phrase_key("x" * (MAX_QUESTION_CHARS * 20))
    assert longest_text_seen() > 18 * MAX_QUESTION_CHARS


# --- what the command line prints -----------------------------------------------------------------


@SETTINGS
@given(value=st.text(ANY_CHARACTER) | HOSTILE)
def test_sanitize_leaves_no_control_character(value: str) -> None:
    cleaned = cli.sanitize(value)
    assert not TERMINAL_CONTROL.search(cleaned)
    assert "\x1b" not in cleaned
    assert cli.sanitize(cleaned) == cleaned
    # and removes nothing a person reads: letters and digits survive, in order
    assert [c for c in value if c.isalnum()] == [c for c in cleaned if c.isalnum()]


@SETTINGS
@given(lines=st.lists(HOSTILE, min_size=1, max_size=5), as_json=st.booleans())
def test_pipe_mode_prints_nothing_unsafe(bot: chatbot.Bot, lines: list[str], as_json: bool) -> None:
    """`ketamine-faq < file`: every input line, however hostile, gets a clean reply."""
    source = io.StringIO("\n".join(lines) + "\n")
    out = io.StringIO()
    assert cli.answer_lines(bot, source, out, as_json=as_json) == 0
    printed = out.getvalue()
    assert not TERMINAL_CONTROL.search(printed.replace("\n", ""))
    if as_json:
        for record in printed.splitlines():
            assert json.loads(record)["text"]


def test_pasted_escape_sequences_do_not_reach_the_terminal_from_ask(
    capsys: pytest.CaptureFixture[str],
) -> None:
    question = "".join(PASTED) + " How long does a ketamine infusion session last?"
    assert cli.main(["ask", question]) == 0
    assert cli.main(["ask", "--json", "--explain", question]) == 0
    printed = capsys.readouterr()
    assert not TERMINAL_CONTROL.search(printed.out.replace("\n", ""))
    assert "pwned" not in printed.out
    assert printed.err == ""
