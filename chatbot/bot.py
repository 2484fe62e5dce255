"""The Bot: assesses a message (safety, topics, matching, the decision), then replies to the assessment."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from chatbot.assessment import Assessment, Verdict
from chatbot.decision import Decision, Outcome, Thresholds, decide
from chatbot.knowledge import Entry, Knowledge
from chatbot.matching import Candidate, Matcher, Weights
from chatbot.normalize import Normalizer, common_words, raw_tokens, stem
from chatbot.reply import Kind, Reply, Suggestion
from chatbot.safety import Alarm, asks_for_dosing, check, shipped_model
from chatbot.text import phrase_key, strip_control
from chatbot.unanswerable import UnanswerableIndex

if TYPE_CHECKING:
    from chatbot.conversation import Conversation

MAX_QUESTION_CHARS = 1000  # longer input is cut: no real question is longer, and cost stays bounded
LONG_INPUT_NOTE = f"(Your message was long, so I read only its first {MAX_QUESTION_CHARS:,} characters.)"
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# A request for the list of everything the bot answers; the messages say "type /topics" wherever
# the bot is used, so the library answers it too, not only the chat.
_TOPICS = frozenset(
    {"topics", "topic", "topic list", "list topics", "list all topics", "list the topics", "show topics",
     "show all topics", "show the topics", "show me the topics", "all topics"}
)  # fmt: skip
_NO_DECISION = Decision(Outcome.FALLBACK, ())


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
        self._unanswerable = UnanswerableIndex(
            (topic.id, self._normalizer.keyword_tokens(raw_tokens(keyword)))
            for topic in knowledge.unanswerable
            for keyword in topic.keywords
        )
        self._unanswerable_answers = {topic.id: topic.answer for topic in knowledge.unanswerable}
        # Trained once per process and shared by every Bot made in it; a prebuilt Bot carries its own
        # copy, so that an installed start-up does not train it.
        self._crisis_model = shipped_model()
        self._smalltalk_ids = frozenset(entry.id for entry in knowledge.smalltalk)
        self._entries = {entry.id: entry for entry in (*knowledge.entries, *knowledge.smalltalk)}

    def moved_to(self, path: str) -> Bot:
        """This bot, its knowledge said to come from `path` (a ready-built Bot records where it was
        built, not where it is installed)."""
        moved = copy.copy(self)
        moved._knowledge = self._knowledge._replace(path=path)
        return moved

    @property
    def knowledge(self) -> Knowledge:
        return self._knowledge

    def conversation(self, state: Mapping[str, object] | None = None) -> Conversation:
        """A multi-turn conversation with this bot, new or continued from a saved `state`
        (`Conversation.state`); a state that does not fit this bot starts a fresh one."""
        from chatbot.conversation import Conversation

        return Conversation(self, state)

    def ask(self, text: str) -> Reply:
        """The reply to one question, on its own. Never raises for any text."""
        return self.reply_to(self.assess(text))

    def assess(self, text: str, limit: int = 5) -> Assessment:
        """What this bot makes of a message, in the order it decides: safety first, then a request for
        the topic list, then matching (an unanswerable topic, the ranked entries, the decision).
        Never raises for any text; `limit` is how many ranked candidates to keep."""
        text, truncated = _cleaned(text)
        alarm = check(text, self._crisis_model)
        if alarm is not None and alarm.is_crisis:
            return Assessment(text, truncated, Verdict.CRISIS, alarm, None, (), _NO_DECISION, 1.0)
        if alarm is Alarm.DOSING or (alarm is Alarm.RISK and asks_for_dosing(text)):
            return Assessment(text, truncated, Verdict.DOSING, alarm, None, (), _NO_DECISION, 1.0)
        if phrase_key(text) in _TOPICS:
            return Assessment(text, truncated, Verdict.TOPICS, None, None, (), _NO_DECISION, 1.0)
        words = raw_tokens(text)
        candidates = self._matcher.rank(self._normalizer.canonical(words), limit)
        topic = self._unanswerable.find(self._normalizer.keyword_tokens(words))
        if topic is not None and not (candidates and candidates[0].score >= self._thresholds.topic_override):
            return Assessment(
                text, truncated, Verdict.UNANSWERABLE, alarm, topic, candidates, _NO_DECISION, 1.0
            )
        decision, candidates = self._decided(text, candidates, limit)
        if decision.outcome is Outcome.CLARIFY:
            decision = decision._replace(
                chosen=tuple(c for c in decision.chosen if c.entry_id not in self._smalltalk_ids)
            )
            if not decision.chosen:
                decision = _NO_DECISION
        verdict = {Outcome.ANSWER: Verdict.ANSWER, Outcome.CLARIFY: Verdict.CLARIFY}.get(
            decision.outcome, Verdict.FALLBACK
        )
        confidence = decision.chosen[0].score if decision.chosen else 0.0
        return Assessment(text, truncated, verdict, alarm, None, candidates, decision, confidence)

    def reply_to(self, assessment: Assessment) -> Reply:
        """The reply an assessment calls for; a question about risk gets the risk note with it."""
        reply = self._reply_to_verdict(assessment)
        if assessment.alarm is not Alarm.RISK:
            return reply
        note = self._knowledge.messages.risk
        if reply.kind is Kind.CLARIFY:  # the note first, so that the question stands above its choices
            return reply._replace(answer=f"{note}\n\n{reply.answer}")
        return reply._replace(answer=f"{reply.answer}\n\n{note}")

    def _reply_to_verdict(self, assessment: Assessment) -> Reply:
        note = LONG_INPUT_NOTE if assessment.truncated else ""
        messages = self._knowledge.messages
        verdict, candidates = assessment.verdict, assessment.candidates
        if verdict is Verdict.CRISIS:
            message = {
                Alarm.SUICIDE: messages.crisis_suicide,
                Alarm.DESPAIR: messages.crisis_despair,
            }.get(assessment.alarm, messages.crisis_emergency)  # type: ignore[arg-type]
            return self._message(Kind.CRISIS, message, note)
        if verdict is Verdict.DOSING:
            return self._message(Kind.FALLBACK, messages.dosing, note)
        if verdict is Verdict.TOPICS:
            return self.topics()
        if verdict is Verdict.UNANSWERABLE and assessment.unanswerable_id is not None:
            return self._message(
                Kind.FALLBACK, self._unanswerable_answers[assessment.unanswerable_id], note, candidates
            )
        chosen = assessment.decision.chosen
        if verdict is Verdict.ANSWER:
            return self.reply_for(chosen[0].entry_id, assessment.confidence, candidates, note)
        if verdict is Verdict.CLARIFY:
            return self._clarify(chosen, assessment.confidence, candidates, note)
        return self._message(Kind.FALLBACK, messages.fallback, note, candidates)

    def _decided(
        self, text: str, candidates: tuple[Candidate, ...], limit: int
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
        """The best-scoring entries for `text` and their scores, as `assess` ranked them to decide
        (for a story that ends in a question, those of the last sentence when it settled the reply)."""
        return self.assess(text, limit).candidates

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

    def _clarify(
        self, choices: Sequence[Candidate], confidence: float, candidates: Sequence[Candidate], note: str
    ) -> Reply:
        return self._reply(
            Kind.CLARIFY,
            _with_note(note, self._knowledge.messages.clarify),
            entry_id=None,
            confidence=confidence,
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
        )

    def _suggestions(self, entry_ids: Iterable[str]) -> tuple[Suggestion, ...]:
        entries: list[Entry] = [self._entries[i] for i in entry_ids if i in self._entries]
        return tuple(Suggestion(entry.id, entry.question) for entry in entries)


def _cleaned(text: str) -> tuple[str, bool]:
    """The question without control characters and cut to the limit, and whether it was cut."""
    text = strip_control(str(text))
    if len(text) > MAX_QUESTION_CHARS:
        return text[:MAX_QUESTION_CHARS], True
    return text, False


def _with_note(note: str, message: str) -> str:
    return f"{note}\n\n{message}" if note else message
