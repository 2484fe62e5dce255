"""The Bot answers one question at a time; a Conversation remembers the last reply for follow-ups."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence

from chatbot.crisis_model import load_model as load_crisis_model
from chatbot.decision import Decision, Outcome, Thresholds, decide
from chatbot.knowledge import Entry, Knowledge
from chatbot.matching import Candidate, Matcher, Weights
from chatbot.normalize import Normalizer, common_words, raw_tokens, stem
from chatbot.reply import Kind, Reply, Suggestion
from chatbot.safety import Alarm, check
from chatbot.text import phrase_key, strip_control
from chatbot.topics import TopicIndex

MAX_QUESTION_CHARS = 1000  # longer input is cut: no real question is longer, and cost stays bounded
LONG_INPUT_NOTE = f"(Your message was long, so I read only its first {MAX_QUESTION_CHARS:,} characters.)"
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_PICK = re.compile(r"^(?:#|no\.?|number|option|choice)?\s*(\d{1,2})\s*[.)]?$")
_YES = frozenset({"yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "yes please", "that one"})
# A request for the list of everything the bot answers; the messages say "type /topics" wherever
# the bot is used, so the library answers it too, not only the chat.
_TOPICS = frozenset(
    {"topics", "topic", "topic list", "list topics", "list all topics", "list the topics", "show topics",
     "show all topics", "show the topics", "show me the topics", "all topics"}
)  # fmt: skip
_MORE = frozenset(
    {"more", "tell me more", "more please", "more info", "go on", "and", "what else", "anything else",
     "more information", "tell me more please", "more details", "continue"}
)  # fmt: skip


class Bot:
    """Answers questions from one knowledge file. Stateless after construction, so thread-safe."""

    def __init__(
        self, knowledge: Knowledge, *, weights: Weights | None = None, thresholds: Thresholds | None = None
    ) -> None:
        self._knowledge = knowledge
        self._thresholds = thresholds or Thresholds()
        texts = [q for entry in (*knowledge.entries, *knowledge.smalltalk) for q in entry.questions]
        texts += [entry.answer for entry in knowledge.entries]
        keywords = [keyword for topic in knowledge.unanswerable for keyword in topic.keywords]
        split = {text: raw_tokens(text) for text in texts}
        everyday = common_words()
        self._normalizer = Normalizer.build(texts, knowledge.synonyms, everyday, split, keywords)
        everyday_stems = frozenset(stem(word) for word in everyday)
        self._matcher = Matcher(knowledge, self._normalizer, weights, everyday_stems, split)
        self._topics = TopicIndex(
            (topic.answer, self._normalizer.keyword_tokens(raw_tokens(keyword)))
            for topic in knowledge.unanswerable
            for keyword in topic.keywords
        )
        self._crisis_model = load_crisis_model()
        self._smalltalk_ids = frozenset(entry.id for entry in knowledge.smalltalk)
        self._entries = {entry.id: entry for entry in (*knowledge.entries, *knowledge.smalltalk)}

    def moved_to(self, path: str) -> Bot:
        """This bot, its knowledge said to come from `path` (a ready-built Bot records where it was
        built, not where it is installed)."""
        moved = copy.copy(self)
        moved._knowledge = self._knowledge.moved_to(path)
        return moved

    @property
    def knowledge(self) -> Knowledge:
        return self._knowledge

    def conversation(self) -> Conversation:
        """A new multi-turn conversation with this bot."""
        return Conversation(self)

    def ask(self, text: str) -> Reply:
        """The reply to one question, on its own. Never raises for any text."""
        text, note = _cleaned(text)
        alarm = check(text, self._crisis_model)
        if alarm is Alarm.SUICIDE:
            return self._message(Kind.CRISIS, self._knowledge.messages.crisis_suicide, note)
        if alarm is Alarm.EMERGENCY:
            return self._message(Kind.CRISIS, self._knowledge.messages.crisis_emergency, note)
        if alarm is Alarm.DOSING:
            return self._message(Kind.FALLBACK, self._knowledge.messages.dosing, note)
        if phrase_key(text) in _TOPICS:
            return self.topics()
        words = raw_tokens(text)
        candidates = self._matcher.rank(self._normalizer.canonical(words))
        topic_answer = self._topics.find(self._normalizer.keyword_tokens(words))
        if topic_answer and not (candidates and candidates[0].score >= self._thresholds.topic_override):
            return self._message(Kind.FALLBACK, topic_answer, note, candidates)
        decision, candidates = self._decided(text, candidates)
        if decision.outcome is Outcome.ANSWER:
            return self.reply_for(decision.chosen[0].entry_id, decision.chosen[0].score, candidates, note)
        choices = [c for c in decision.chosen if c.entry_id not in self._smalltalk_ids]
        if decision.outcome is Outcome.CLARIFY and choices:
            return self._clarify(choices, candidates, note)
        return self._message(Kind.FALLBACK, self._knowledge.messages.fallback, note, candidates)

    def _decided(
        self, text: str, candidates: tuple[Candidate, ...], limit: int = 5
    ) -> tuple[Decision, tuple[Candidate, ...]]:
        """The decision on a message's ranked candidates, and the candidates it was made on.

        People often tell their story first and ask last, and the story drowns the question. When
        the whole message is no confident match, its last sentence may settle it: only by answering,
        confidently, the entry the whole message ranks first. Read alone, a last sentence loses what
        "it" or "one" meant, so it may confirm the message's best guess but never replace it.
        """
        decision = decide(candidates, self._thresholds)
        sentences = [part for part in _SENTENCE_END.split(text) if part.strip()]
        if decision.outcome is not Outcome.FALLBACK or len(sentences) < 2 or not candidates:
            return decision, candidates
        last = self._matcher.rank(self._normalizer.canonical(raw_tokens(sentences[-1])), limit)
        retried = decide(last, self._thresholds)
        agreed = retried.outcome is Outcome.ANSWER and retried.chosen[0].entry_id == candidates[0].entry_id
        return (retried, last) if agreed else (decision, candidates)

    def explain(self, text: str, limit: int = 5) -> tuple[Candidate, ...]:
        """The best-scoring entries for `text` and their scores, as `ask` ranked them to choose its reply
        (for a story that ends in a question, those of the last sentence when it settled the reply)."""
        text = _cleaned(text)[0]
        return self._decided(text, self._matcher.rank(self._normalizer.tokens(text), limit), limit)[1]

    def reply_for(
        self, entry_id: str, confidence: float = 1.0, candidates: Sequence[Candidate] = (), note: str = ""
    ) -> Reply:
        """The reply that gives one entry's answer, with its related follow-ups."""
        entry = self._entries[entry_id]
        kind = Kind.SMALLTALK if entry_id in self._smalltalk_ids else Kind.ANSWER
        return self._reply(
            kind,
            _with_note(note, entry.answer),
            entry_id=entry.id,
            confidence=confidence,
            suggestions=self._suggestions(entry.related),
            suggestions_heading=self._knowledge.messages.related,
            source=None if kind is Kind.SMALLTALK else entry.source,
            candidates=candidates,
            quotes=entry.quotes,
        )

    def topics(self) -> Reply:
        """Every question this bot answers, under the source section it is from (the reply to "/topics")."""
        lines = [self._knowledge.messages.topics]
        for section, entries in self._knowledge.sections():
            lines += ["", section, *(f"- {entry.question}" for entry in entries)]
        return self._message(Kind.SMALLTALK, "\n".join(lines))

    def follow_ups(self, entry_id: str | None) -> Reply:
        """The related questions of an entry, as numbered choices ("more" after an answer)."""
        entry = self._entries.get(entry_id) if entry_id else None
        if entry is None or not entry.related:
            return self._message(Kind.SMALLTALK, self._knowledge.messages.more_none)
        return self._reply(
            Kind.CLARIFY,
            self._knowledge.messages.related,
            entry_id=None,
            confidence=1.0,
            suggestions=self._suggestions(entry.related),
            source=entry.source,
        )

    def _clarify(self, choices: Sequence[Candidate], candidates: Sequence[Candidate], note: str) -> Reply:
        return self._reply(
            Kind.CLARIFY,
            _with_note(note, self._knowledge.messages.clarify),
            entry_id=None,
            confidence=choices[0].score,
            suggestions=self._suggestions(c.entry_id for c in choices),
            candidates=candidates,
        )

    def _message(
        self, kind: Kind, message: str, note: str = "", candidates: Sequence[Candidate] = ()
    ) -> Reply:
        confidence = 1.0 if kind in (Kind.CRISIS, Kind.SMALLTALK) else 0.0
        return self._reply(kind, _with_note(note, message), None, confidence, (), candidates=candidates)

    def _reply(
        self,
        kind: Kind,
        answer: str,
        entry_id: str | None,
        confidence: float,
        suggestions: tuple[Suggestion, ...],
        *,
        suggestions_heading: str = "",
        source: str | None = None,
        candidates: Sequence[Candidate] = (),
        quotes: tuple[str, ...] = (),
    ) -> Reply:
        """The one place a Reply is made, so every reply carries this knowledge's disclaimer and consult."""
        messages = self._knowledge.messages
        return Reply(
            kind=kind,
            answer=answer,
            entry_id=entry_id,
            confidence=min(1.0, max(0.0, round(confidence, 4))),
            suggestions=suggestions,
            disclaimer=messages.disclaimer,
            consult=messages.consult,
            suggestions_heading=suggestions_heading,
            source=source,
            candidates=tuple(candidates),
            quotes=quotes,
        )

    def _suggestions(self, entry_ids: Iterable[str]) -> tuple[Suggestion, ...]:
        entries: list[Entry] = [self._entries[i] for i in entry_ids if i in self._entries]
        return tuple(Suggestion(entry.id, entry.question) for entry in entries)


class Conversation:
    """Remembers the last reply so that "2", "yes" or "more" can follow it up. Safe to share."""

    def __init__(self, bot: Bot) -> None:
        import threading  # here, not at the top: a one-shot `ask` holds no conversation

        self._bot = bot
        self._lock = threading.Lock()
        self._last: Reply | None = None

    @property
    def last(self) -> Reply | None:
        """The last reply given in this conversation, if any."""
        return self._last

    def ask(self, text: str) -> Reply:
        """The reply to `text`, read in the light of the previous reply."""
        with self._lock:
            reply = self._follow_up(str(text)[:MAX_QUESTION_CHARS]) or self._bot.ask(text)
            self._last = reply
            return reply

    def _follow_up(self, text: str) -> Reply | None:
        last = self._last
        words = phrase_key(text)
        if last is None:
            return self._bot.follow_ups(None) if words in _MORE else None
        if last.suggestions:
            picked = _PICK.match(words)
            if picked and 1 <= int(picked.group(1)) <= len(last.suggestions):
                return self._bot.reply_for(last.suggestions[int(picked.group(1)) - 1].entry_id)
            if words in _YES and last.kind is Kind.CLARIFY and len(last.suggestions) == 1:
                return self._bot.reply_for(last.suggestions[0].entry_id)
        if words in _MORE:
            return self._bot.follow_ups(last.entry_id if last.kind is Kind.ANSWER else None)
        return None


def _cleaned(text: str) -> tuple[str, str]:
    """The question without control characters and cut to the limit, and the note saying if it was cut."""
    text = strip_control(str(text))
    if len(text) > MAX_QUESTION_CHARS:
        return text[:MAX_QUESTION_CHARS], LONG_INPUT_NOTE
    return text, ""


def _with_note(note: str, message: str) -> str:
    return f"{note}\n\n{message}" if note else message
