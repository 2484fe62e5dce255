"""The Bot: assesses a message (safety, topics, matching, the decision), then replies to the assessment."""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from chatbot.assessment import Assessment, Verdict
from chatbot.decision import Decision, Outcome, Thresholds, decide
from chatbot.knowledge import Entry, Knowledge
from chatbot.language import looks_foreign
from chatbot.matching import Candidate, Matcher, Weights
from chatbot.normalize import STOPWORDS, Normalizer, common_words, raw_tokens, stem
from chatbot.reply import Kind, Reply, Suggestion
from chatbot.safety import Alarm, check, shipped_model
from chatbot.subject import QUESTION_WORDS, Subject, subject_of
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
        # Read once per process and shared by every Bot made in it; a prebuilt Bot carries its own copy
        # in the fast form of its arrays, so that start-up does not parse the model's JSON.
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

    def assess(self, text: str, limit: int = 5, *, among: Collection[str] | None = None) -> Assessment:
        """What this bot makes of a message, in the order it decides: safety first, then another
        language, then a request for the topic list, then matching (an unanswerable topic, the ranked
        entries, the decision). Never raises for any text; `limit` is how many ranked candidates to
        keep. With `among`, only those entries are ranked (a follow-up read within its subject)."""
        text, truncated = _cleaned(text)
        alarm = check(text, self._crisis_model)
        if alarm is not None:
            verdict = Verdict.DOSING if alarm is Alarm.DOSING else Verdict.CRISIS
            return Assessment(text, truncated, verdict, alarm, None, (), _NO_DECISION, 1.0)
        words = raw_tokens(text)
        if looks_foreign(text, words, self._normalizer.spelling):
            return Assessment(text, truncated, Verdict.NOT_ENGLISH, None, None, (), _NO_DECISION, 1.0)
        if phrase_key(text) in _TOPICS:
            return Assessment(text, truncated, Verdict.TOPICS, None, None, (), _NO_DECISION, 1.0)
        tokens = self._normalizer.canonical(words)
        if among is None:
            candidates = self._matcher.rank(tokens, limit)
        else:
            ranked = self._matcher.rank(tokens, len(self._entries))
            candidates = tuple(candidate for candidate in ranked if candidate.entry_id in among)[:limit]
        topic = self._unanswerable.find(self._normalizer.keyword_tokens(words))
        if topic is not None and not (candidates and candidates[0].score >= self._thresholds.topic_override):
            return Assessment(
                text, truncated, Verdict.UNANSWERABLE, None, topic, candidates, _NO_DECISION, 1.0
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
        return Assessment(text, truncated, verdict, None, None, candidates, decision, confidence)

    def reply_to(self, assessment: Assessment) -> Reply:
        """The reply an assessment calls for."""
        note = LONG_INPUT_NOTE if assessment.truncated else ""
        messages = self._knowledge.messages
        verdict, candidates = assessment.verdict, assessment.candidates
        if verdict is Verdict.CRISIS:
            message = (
                messages.crisis_suicide if assessment.alarm is Alarm.SUICIDE else messages.crisis_emergency
            )
            return self._message(Kind.CRISIS, message, note)
        if verdict is Verdict.DOSING:
            return self._message(Kind.FALLBACK, messages.dosing, note)
        if verdict is Verdict.NOT_ENGLISH:
            return self._message(Kind.FALLBACK, messages.not_english, note)
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

    def subject(self, entry_id: str) -> Subject | None:
        """What an entry is about, in the words of its canonical question (None for an unknown id):
        what "they" or "it" in the next message stands for."""
        entry = self._entries.get(entry_id)
        if entry is None:
            return None
        return subject_of(
            entry_id,
            raw_tokens(entry.question),
            self._normalizer.canonical,
            self._matcher.idf,
            len(self._entries),
            self._matcher.entries_using,
        )

    def known_words(self, text: str) -> frozenset[str]:
        """The words of `text` that this knowledge uses and that name something, as the matcher's
        tokens: no stopwords, no question words. A message holding a subject's token names it."""
        tokens = self._normalizer.canonical(raw_tokens(_cleaned(text)[0]))
        idf = self._matcher.idf
        return frozenset(t for t in tokens if t in idf and t not in STOPWORDS and t not in QUESTION_WORDS)

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

    def say(self, message: str, *, ends_conversation: bool = False) -> Reply:
        """A reply that is only a message of the conversation itself ("There is no list to pick
        from"), with the disclaimer and consult prompt like any other."""
        return self._message(Kind.SMALLTALK, message)._replace(ends_conversation=ends_conversation)

    def offer(self, entry_ids: Iterable[str], source: str | None = None) -> Reply:
        """These entries' questions as numbered follow-ups ("more"); the "more_none" message if none."""
        suggestions = self._suggestions(entry_ids)
        if not suggestions:
            return self._message(Kind.SMALLTALK, self._knowledge.messages.more_none)
        return self._reply(
            Kind.CLARIFY, self._knowledge.messages.related, None, 1.0, suggestions, source=source
        )

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
