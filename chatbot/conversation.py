"""A Conversation reads each message in the light of what it last said.

"2", "the second one" or "option b" pick from the last numbered list; "more" offers follow-ups not
yet shown; "yes" and "no" are taken as such; a goodbye ends the conversation. A follow-up that
leans on the last answer ("are they permanent?", "and how long?") is read with that
answer's subject, through `Bot.assess` like any message. A line is read for a crisis together with the
line before when that one was a crisis or leaned towards one ("i have my pills", then "tonight"); after a
crisis reply, an acknowledgement, thanks or a goodbye gets the help again.

Its `state` is a small JSON-ready dict: a host bot that serves each message in a fresh request
(a web or messaging bot) keeps it per user and continues with `bot.conversation(state)`, in any
process, with a freshly loaded Bot.
"""

from __future__ import annotations

import math
import re
import threading
import zlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from chatbot.assessment import Assessment, Verdict
from chatbot.chat_words import (
    GOODBYE_FILLERS,
    GOODBYES,
    LAST,
    MORE,
    NO,
    OK,
    ORDINALS,
    PICK_FILLERS,
    PICK_PREFIXES,
    YES,
)
from chatbot.reply import Kind, Reply
from chatbot.safety import Alarm, Evidence, leaning, read_after
from chatbot.safety.model import CLASSES
from chatbot.text import phrase_key

if TYPE_CHECKING:
    from chatbot.bot import Bot
    from chatbot.knowledge import Knowledge
    from chatbot.subject import Subject

STATE_FORMAT = 2  # bump when the meaning of a state's fields changes: an older state then starts afresh
READABLE_FORMATS = (1, 2)  # format 1 (the last reply only) is read as a format 2 state with no history
MAX_STATE_SUGGESTIONS = 20  # more numbered choices than any reply shows (3 to clarify, a few follow-ups)
MAX_STATE_SHOWN = 60  # entries remembered as shown, for "more": more than the shipped knowledge holds
# A state's "lean" (what the crisis model read in the last line) within these bounds; anything else is forged.
MAX_EVIDENCE = 1e6  # nats per class: far beyond any message of MAX_QUESTION_CHARS
MAX_FEATURES = 10_000  # features of one message of MAX_QUESTION_CHARS: far fewer
MORE_CHOICES = 3  # follow-ups offered per "more": as many as a "did you mean" offers
MORE_DEPTH = 2  # "more" offers the topic's related entries and theirs: further off, it is another topic
MAX_FRAGMENT_WORDS = 6  # a message this short that matches nothing on its own may be an ellipsis
# A follow-up read with the last answer's subject is answered only from this confidence on. Chosen on
# tests/test_conversation.py's dialogues: the weakest right reading there ("over what time frame" after
# the number of infusions) scores 0.40; below 0.35, a reading ranked among a handful of entries is a guess.
CONTEXT_MIN_CONFIDENCE = 0.35

CRISIS_ALARMS = frozenset(alarm.value for alarm in Alarm if alarm.is_crisis)
GOODBYE = "Goodbye, and take care."  # when the knowledge has no small-talk goodbye of its own
WHICH_ONE = "Which one? Reply with a number from 1 to {count}, or ask me something else."
OUT_OF_RANGE = "There {are} only {count} {choices} just now: reply with a number from 1 to {count}."
NO_LIST = (
    "There's no numbered list to pick from just now. Ask me a question, or type /topics to see "
    "everything I can answer."
)
GO_AHEAD = "Go ahead: ask me a question in your own words, or type /topics to see everything I can answer."
NONE_OF_THOSE = (
    "OK, none of those. Try asking in other words, or type /topics to see everything I can answer."
)
ALL_RIGHT = (
    "All right. Ask me something else whenever you like, or type /topics to see everything I can answer."
)

_LETTERS = "abcdefghij"
# Words that stand for something said before: a message holding one leans on the last answer.
_PRONOUNS = frozenset("it its they them their theirs that those these this he him his she her hers".split())
_PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(_PRONOUNS, key=len, reverse=True))})\b", re.IGNORECASE)
# Pronouns that stand for something named before, not for the therapy itself ("it", "this").
_NAMED_PRONOUNS = frozenset("they them their theirs those these he him his she her hers".split())
# A question that opens with its verb and subject ("can you switch providers", "do i need a referral") says
# what it asks about; a fragment ("over what time frame", "how often") leans on what was said before.
_WHOLE_QUESTION = re.compile(
    r"(?:can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|have|has) "
    r"(?:i|you|we|they|there|someone|anyone|people|one|ketamine|my|the|a|an)\b"
)
# Openings that carry on from the last answer: "and how long?", "what about fibro?".
_CONTINUATIONS = ("and", "but", "also", "so", "then", "or", "what about", "how about", "what if")


class Turn(NamedTuple):
    """What the conversation remembers between messages."""

    kind: Kind  # the last reply's kind
    entry_id: str | None  # the last reply's entry
    suggestions: tuple[str, ...]  # the entry ids of the last reply's numbered choices, in order
    topic: str | None = None  # the entry the thread is about: what "they" and "it" stand for
    shown: tuple[str, ...] = ()  # entries answered or offered so far, oldest first (for "more")
    alarm: str | None = None  # after a crisis reply, which one ("suicide", "despair", "emergency")
    # what the crisis model read in the last line when it was a crisis or leaned towards one (never its
    # words): the next line is read with it
    lean: Evidence | None = None


class Conversation:
    """One person's conversation with a Bot. Safe to share between threads."""

    def __init__(self, bot: Bot, state: Mapping[str, object] | None = None) -> None:
        self._bot = bot
        self._lock = threading.Lock()
        self._last: Reply | None = None
        self._turn: Turn | None = _turn_from_state(state, bot) if state is not None else None

    @property
    def last(self) -> Reply | None:
        """The last reply given in this conversation object, if any."""
        return self._last

    @property
    def state(self) -> dict[str, object]:
        """What this conversation remembers, as a small JSON-ready dict (with a format version)."""
        turn = self._turn
        record: dict[str, object] = {"format": STATE_FORMAT, "knowledge": knowledge_fingerprint(self._bot)}
        if turn is not None:
            record["last"] = {
                "kind": turn.kind.value,
                "entry_id": turn.entry_id,
                "suggestions": list(turn.suggestions),
            }
            record["topic"] = turn.topic
            record["shown"] = list(turn.shown)
            record["alarm"] = turn.alarm
            if turn.lean is not None:
                record["lean"] = {
                    "scores": [round(x, 4) for x in turn.lean.scores],
                    "features": turn.lean.features,
                }
        return record

    def ask(self, text: str) -> Reply:
        """The reply to `text`, read in the light of the previous reply. Never raises for any text."""
        with self._lock:
            fresh = self._read_with_the_line_before(self._bot.assess(str(text)))
            alarm = fresh.alarm if fresh.verdict is Verdict.CRISIS else None
            if fresh.verdict in (Verdict.CRISIS, Verdict.DOSING):  # help before anything else
                reply, topic = self._bot.reply_to(fresh), None
            else:
                reply, topic, alarm = *self._respond(fresh), self._repeated_alarm(fresh)
            self._remember(reply, topic, alarm.value if alarm is not None else None, self._lean(fresh, reply))
            return reply

    def goodbye(self) -> Reply:
        """The reply that ends the conversation (also what the chat shows on Ctrl-D)."""
        reply = self._bot.ask("goodbye")
        if reply.kind is not Kind.SMALLTALK:
            reply = self._bot.say(GOODBYE)
        return reply._replace(ends_conversation=True)

    def _respond(self, fresh: Assessment) -> tuple[Reply, str | None]:
        """The reply to a message that is no crisis, and the topic the thread is about after it."""
        last = self._turn or Turn(Kind.SMALLTALK, None, ())
        key = phrase_key(fresh.text)
        if last.alarm is not None and self._acknowledges(fresh):
            # "ok", "no", "thanks", "i am done" after a crisis reply: the help again, never "All right, ask me
            # something else" or "Take care! I hope this helped"; a goodbye still ends the conversation
            crisis = fresh._replace(verdict=Verdict.CRISIS, alarm=Alarm(last.alarm), confidence=1.0)
            reply = self._bot.reply_to(crisis)
            return (reply._replace(ends_conversation=True) if _is_goodbye(key) else reply), None
        if _is_goodbye(key):
            return self.goodbye(), last.topic
        number = _pick(key, len(last.suggestions))
        if number is not None:
            return self._picked(number, last)
        if key in YES or (key in OK and last.kind is Kind.CLARIFY and len(last.suggestions) == 1):
            return self._yes(last), last.topic
        if key in NO or key in OK:
            return self._bot.say(NONE_OF_THOSE if last.kind is Kind.CLARIFY else ALL_RIGHT), last.topic
        if key in MORE:
            return self._more(last), last.topic
        assessment = self._in_context(fresh, last.topic)
        if assessment.verdict is Verdict.ANSWER:
            return self._bot.reply_to(assessment), assessment.entry_id
        keeps_topic = assessment.verdict in (Verdict.UNANSWERABLE, Verdict.NOT_ENGLISH, Verdict.TOPICS)
        return self._bot.reply_to(assessment), last.topic if keeps_topic else None

    def _repeated_alarm(self, fresh: Assessment) -> Alarm | None:
        """The crisis a reply to `fresh` repeated (an acknowledgement after a crisis reply), if any."""
        last = self._turn
        if last is None or last.alarm is None:
            return None
        return Alarm(last.alarm) if self._acknowledges(fresh) else None

    def _acknowledges(self, fresh: Assessment) -> bool:
        """Whether a message only acknowledges a reply or takes leave: yes, no, OK, small talk, goodbye."""
        key = phrase_key(fresh.text)
        smalltalk = fresh.verdict is Verdict.ANSWER and fresh.entry_id in self._bot.smalltalk_ids
        return key in YES or key in NO or key in OK or _is_goodbye(key) or smalltalk

    def _read_with_the_line_before(self, fresh: Assessment) -> Assessment:
        """A message read for a crisis together with the line before, when that line was a crisis or leaned
        towards one: people in distress type short lines ("i have all my pills in front of me", "tonight")."""
        last = self._turn
        if last is None or last.lean is None or fresh.verdict in (Verdict.CRISIS, Verdict.NOT_ENGLISH):
            return fresh
        model = self._bot.crisis_model
        alarm = read_after(fresh.text, last.lean, model, leaning_itself=last.alarm is not None)
        if alarm is None:
            return fresh
        return fresh._replace(verdict=Verdict.CRISIS, alarm=alarm, confidence=1.0)

    def _lean(self, fresh: Assessment, reply: Reply) -> Evidence | None:
        """What the next line is read with: what the model read in this one, if it was a crisis or leaned
        towards one; after the help said again to an acknowledgement, what it was read with."""
        if fresh.verdict is Verdict.NOT_ENGLISH:
            return None
        if fresh.verdict is Verdict.CRISIS:
            return leaning(fresh.text, self._bot.crisis_model, always=True)
        if reply.kind is Kind.CRISIS and self._turn is not None:
            return self._turn.lean
        return leaning(fresh.text, self._bot.crisis_model)

    def _picked(self, number: int, last: Turn) -> tuple[Reply, str | None]:
        count = len(last.suggestions)
        if not count:
            return self._bot.say(NO_LIST), last.topic
        if not 1 <= number <= count:
            are, choices = ("is", "choice") if count == 1 else ("are", "choices")
            return self._bot.say(OUT_OF_RANGE.format(are=are, count=count, choices=choices)), last.topic
        entry_id = last.suggestions[number - 1]
        return self._bot.reply_for(entry_id), entry_id

    def _yes(self, last: Turn) -> Reply:
        if last.kind is Kind.CLARIFY and len(last.suggestions) == 1:
            return self._bot.reply_for(last.suggestions[0])
        if last.suggestions:
            return self._bot.say(WHICH_ONE.format(count=len(last.suggestions)))
        return self._bot.say(GO_AHEAD)

    def _more(self, last: Turn) -> Reply:
        """Follow-ups of the thread's topic not shown yet: its related entries, then theirs."""
        if last.topic is None:
            return self._bot.offer(())
        knowledge = self._bot.knowledge
        shown = {last.topic, *last.shown, *last.suggestions}
        visited = {last.topic}
        offered: list[str] = []
        layer = [last.topic]
        for _ in range(MORE_DEPTH):
            following = [related for entry_id in layer for related in _related(knowledge, entry_id)]
            layer = [entry_id for entry_id in dict.fromkeys(following) if entry_id not in visited]
            visited.update(layer)
            offered += [entry_id for entry_id in layer if entry_id not in shown]
        return self._bot.offer(offered[:MORE_CHOICES], knowledge.entry(last.topic).source)

    def _in_context(self, fresh: Assessment, topic: str | None) -> Assessment:
        """The message read with the thread's subject when it leans on it, if that reading is
        confident; otherwise the message as read on its own.

        A pronoun ("are they permanent?") is replaced by the subject's words; a message that
        carries on ("and how long?") or a fragment ("over what time frame") is read followed by the
        subject's canonical question. The reading ranks the subject's entries only. It never takes
        over a fresh answer that names its own subject ("what about fibro?", "is it addictive?"), nor
        any fresh answer to a message without a pronoun; it may turn a fresh "did you mean" or "I
        don't know that" into an answer, or into a "did you mean" within the subject.
        """
        bot = self._bot
        if topic is None or fresh.verdict not in (Verdict.ANSWER, Verdict.CLARIFY, Verdict.FALLBACK):
            return fresh
        subject = bot.subject(topic)
        pronoun = _PRONOUN.search(fresh.text) is not None
        if subject is None or not (pronoun or (_carries_on(fresh) and bot.known_words(fresh.text))):
            return fresh  # stands on its own, or holds nothing to read with the subject ("hmm", "lol")
        if fresh.verdict is Verdict.ANSWER and not _may_override(fresh, subject, bot):
            return fresh
        if pronoun and not subject.tokens:
            return fresh  # no rare word names the subject: its words would drown the message's own
        if pronoun:
            text = _PRONOUN.sub(subject.words, fresh.text, count=1)
        else:
            text = f"{fresh.text.rstrip(' ?.!')} {bot.knowledge.entry(topic).question}"
        # Among the entries that name the subject and those its author tied to it as follow-ups
        # ("what happens after it?" after the length of a session); should that be a close call,
        # among the choices it offers that name the subject.
        related = frozenset(bot.knowledge.entry(topic).related)
        reading = bot.assess(text, among=subject.entry_ids | related)
        if reading.verdict is Verdict.CLARIFY:
            naming = subject.entry_ids.intersection(c.entry_id for c in reading.decision.chosen)
            reading = bot.assess(text, among=naming) if naming else fresh
        if reading is fresh or reading.confidence < CONTEXT_MIN_CONFIDENCE:
            return fresh
        if reading.verdict is Verdict.ANSWER:
            return reading
        # A fresh answer got this far only if it may give way (_may_override): the subject's choices are
        # likelier what was meant than an answer that ignores the thread.
        return reading if reading.verdict is Verdict.CLARIFY else fresh

    def _remember(
        self, reply: Reply, topic: str | None, alarm: str | None = None, lean: Evidence | None = None
    ) -> None:
        suggestions = tuple(s.entry_id for s in reply.suggestions)[:MAX_STATE_SUGGESTIONS]
        previous = self._turn.shown if self._turn is not None else ()
        answered = (reply.entry_id,) if reply.kind is Kind.ANSWER and reply.entry_id else ()
        shown = tuple(dict.fromkeys((*previous, *answered, *suggestions)))[-MAX_STATE_SHOWN:]
        if reply.kind is Kind.CRISIS:
            topic, shown = None, ()
        self._last = reply
        self._turn = Turn(reply.kind, reply.entry_id, suggestions, topic, shown, alarm, lean)


def _is_goodbye(key: str) -> bool:
    """Whether a message only says goodbye: "bye", "ok bye then", "thanks, that's all"."""
    if key in GOODBYES:
        return True
    words = key.split()
    while words and words[0] in GOODBYE_FILLERS and " ".join(words) not in GOODBYES:
        words.pop(0)
    while words and words[-1] in GOODBYE_FILLERS and " ".join(words) not in GOODBYES:
        words.pop()
    return " ".join(words) in GOODBYES


def _pick(key: str, count: int) -> int | None:
    """The number of the choice a message picks ("2 please", "the second one", "option b", "the last
    one"), or None when it picks nothing. A pick names nothing but the choice."""
    words = key.split()
    if words in (["one"], ["the", "one"]):
        return 1
    words = [word for word in words if word not in PICK_FILLERS]
    prefixed = len(words) == 2 and words[0] in PICK_PREFIXES
    if prefixed:
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0]
    if word.isdecimal() and len(word) <= 2:  # what int() reads: "²" and "𑁒" are digits, not decimals
        return int(word)
    if word in ORDINALS:
        return ORDINALS[word]
    if word in LAST:
        return count if count else 0
    if len(word) == 1 and word in _LETTERS and (prefixed or word not in "ai"):
        return _LETTERS.index(word) + 1
    return None


def _may_override(fresh: Assessment, subject: Subject, bot: Bot) -> bool:
    """Whether a fresh answer may give way to the thread's subject: only a short message ("are they
    permanent?") whose pronoun stands for something named before ("they", "those", "him") rather
    than for the therapy itself, as "it" nearly always does here ("is it addictive?"), and whose
    answer names nothing of its entry's own subject. Read against the blind question sets asked after
    an answer, any looser rule took over right answers ("do they check you over properly…")."""
    words = phrase_key(fresh.text).split()
    own = bot.subject(fresh.entry_id) if fresh.entry_id is not None else None
    return (
        len(words) <= MAX_FRAGMENT_WORDS
        and not _NAMED_PRONOUNS.isdisjoint(words)
        and fresh.entry_id not in subject.entry_ids
        and own is not None
        and bool(own.tokens)
        and own.tokens.isdisjoint(bot.known_words(fresh.text))
    )


def _carries_on(fresh: Assessment) -> bool:
    """Whether a message carries on from what was said before: it opens so ("and how long?", "what
    about fibro?"), or it is a short fragment that matches nothing on its own ("over what time frame")."""
    key = phrase_key(fresh.text)
    if any(key == opening or key.startswith(opening + " ") for opening in _CONTINUATIONS):
        return True
    if _WHOLE_QUESTION.match(key):
        return False  # "can you switch providers": a question of its own, however short, not an ellipsis
    return fresh.verdict is not Verdict.ANSWER and len(key.split()) <= MAX_FRAGMENT_WORDS


def _related(knowledge: Knowledge, entry_id: str) -> Sequence[str]:
    try:
        return knowledge.entry(entry_id).related
    except KeyError:
        return ()


def knowledge_fingerprint(bot: Bot) -> str:
    """A short checksum of the bot's entry ids, so a state saved with other knowledge is not applied."""
    ids = "\n".join(entry.id for entry in (*bot.knowledge.entries, *bot.knowledge.smalltalk))
    return f"{zlib.crc32(ids.encode('utf-8')):08x}"


def _turn_from_state(state: object, bot: Bot) -> Turn | None:
    """The turn a saved state describes, or None for anything forged, truncated, stale or foreign."""
    if not isinstance(state, Mapping) or type(state.get("format")) is not int:  # not True, not 2.0
        return None
    if state["format"] not in READABLE_FORMATS or state.get("knowledge") != knowledge_fingerprint(bot):
        return None
    last = state.get("last")
    if not isinstance(last, Mapping):
        return None
    known = {entry.id for entry in (*bot.knowledge.entries, *bot.knowledge.smalltalk)}
    kind, entry_id, suggestions = last.get("kind"), last.get("entry_id"), last.get("suggestions")
    if not isinstance(kind, str) or kind not in {k.value for k in Kind}:
        return None
    if entry_id is not None and (not isinstance(entry_id, str) or entry_id not in known):
        return None
    if not _ids(suggestions, known, MAX_STATE_SUGGESTIONS):
        return None
    topic = state.get("topic", entry_id if kind == Kind.ANSWER.value else None)
    shown = state.get("shown", [])
    if topic is not None and (not isinstance(topic, str) or topic not in known):
        return None
    if not _ids(shown, known, MAX_STATE_SHOWN):
        return None
    alarm = state.get("alarm")
    if alarm is not None and alarm not in CRISIS_ALARMS:
        return None
    lean = state.get("lean")
    if lean is not None and (lean := _evidence_from_state(lean)) is None:
        return None
    return Turn(Kind(kind), entry_id, tuple(suggestions), topic, tuple(shown), alarm, lean)  # type: ignore[arg-type]


def _evidence_from_state(value: object) -> Evidence | None:
    """The evidence a state's "lean" holds, or None for anything forged."""
    if not isinstance(value, Mapping):
        return None
    scores, features = value.get("scores"), value.get("features")
    if not (isinstance(scores, list) and len(scores) == len(CLASSES)):
        return None
    if not all(type(x) in (int, float) and math.isfinite(x) and abs(x) <= MAX_EVIDENCE for x in scores):
        return None
    if type(features) is not int or not 0 <= features <= MAX_FEATURES:
        return None
    return Evidence(tuple(float(x) for x in scores), features)


def _ids(value: object, known: set[str], limit: int) -> bool:
    """Whether `value` is a list of at most `limit` known entry ids."""
    return (
        isinstance(value, list)
        and len(value) <= limit
        and all(isinstance(item, str) and item in known for item in value)
    )
