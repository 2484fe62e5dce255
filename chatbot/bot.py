"""The Bot: assesses a message (safety, topics, matching, the decision), then replies to the assessment."""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from chatbot.assessment import Assessment, Verdict
from chatbot.classifier import MAX_TRAINING_WORK, trained
from chatbot.decision import LONG_MESSAGE, Decision, Outcome, Signals, Thresholds, closest, decide
from chatbot.knowledge import Entry, Knowledge
from chatbot.language import looks_foreign
from chatbot.matching import HOW_FOLLOWERS, Candidate, Matcher, Weights
from chatbot.ngrams import NgramRanker
from chatbot.normalize import STOPWORDS, Normalizer, common_words, raw_tokens, stem
from chatbot.polarity import adjusted, asks_both_ways, is_negative
from chatbot.reply import Kind, Reply, Suggestion
from chatbot.safety import Alarm, CrisisModel, asks_for_dosing, check, shipped_model
from chatbot.subject import QUESTION_WORDS, Subject, subject_of
from chatbot.text import phrase_key, strip_control
from chatbot.unanswerable import UnanswerableIndex

if TYPE_CHECKING:
    from chatbot.conversation import Conversation

MAX_QUESTION_CHARS = 1000  # longer input is cut: no real question is longer, and cost stays bounded
LONG_INPUT_NOTE = f"(Your message was long, so I read only its first {MAX_QUESTION_CHARS:,} characters.)"
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# A sentence end, or "and" (also, plus) opening a second question: "how long does it take and does insurance
# cover it?"
_CLAUSES = re.compile(
    _SENTENCE_END.pattern + r"|,?\s+\b(?:and|also|plus)\s+"
    r"(?=(?:does|do|is|are|can|could|will|would|how|what|when|where|who|which|should)\b)",
    re.IGNORECASE,
)
# A request for the list of everything the bot answers; the messages say "type /topics" wherever
# the bot is used, so the library answers it too, not only the chat.
_TOPICS = frozenset(
    {"topics", "topic", "topic list", "list topics", "list all topics", "list the topics", "show topics",
     "show all topics", "show the topics", "show me the topics", "all topics"}
)  # fmt: skip
_NO_DECISION = Decision(Outcome.FALLBACK, ())
RANK_DEPTH = 8  # candidates ranked for a decision: the choices, the polarity swap, a second opinion
# The n-gram ranker's weight beside the matcher's in the ranking: with it, the right entry comes first for
# 78% of phrasings held out of the file (73% without) and 74% of the real tuning questions held out by
# source (72% without); 0.25 to 1.0 differ by about a point.
BLEND = 0.5
# What an entry the matcher did not find at all is taken to score, when it found only one: such entries
# share no word with the message, yet a lead over nothing ("can you switch providers" meets one
# phrasing with "switch") is no evidence; this is where the decision stops offering anything.
UNSEEN_RUNNER_UP = 0.30
# The classifier's decision values (classifier.py) join the blended score at this weight. For the real tuning
# questions held out by source, the right entry comes first for 79% with it (73% without); 0.2 to 0.4 differ
# by a question, 0.6 and 1.0 lose a point.
SVM_WEIGHT = 0.3
# The n-gram ranker is built for files up to this many phrasings (the shipped one has about 1,300): its
# build grows with the file, about a second per 2,000 phrasings here, and beyond this it would cost a
# large file's start more than it adds; such a file is ranked by the matcher alone, and answers less often.
MAX_NGRAM_PHRASINGS = 10_000
MAX_SMALLTALK_WORDS = 8  # small talk is short: longer, it is answered only as confidently as any answer
# Question words as normalised tokens are ("where" is stemmed to "wher"), and what may follow "how".
_ASKING_WORDS = QUESTION_WORDS | HOW_FOLLOWERS | frozenset(stem(word) for word in QUESTION_WORDS)
MAX_SENTENCES = 8  # of one message read sentence by sentence: a longer story adds cost, not questions
# A message of this many sentences or more, none of which asks anything, is a story or an update, not a
# question: it is offered the entries it is near, never answered ("...my physio says my range of motion is
# up 30 degrees. CRPS can improve, folks!"). Shorter ones are queries, question mark or not.
MIN_STORY_SENTENCES = 3
# What asks: a question mark, a sentence opening with a question word or an auxiliary, or a request.
_ASKS = re.compile(
    r"\?|^\W*(?:what|how|why|when|who|where|which|whose|is|are|am|was|were|can|could|do|does|did|should|"
    r"shall|will|would|has|have|may|might|must|any|anyone|anybody|please)\b|\b(?:wonder\w*|want to know|"
    r"like to know|need to know|tell me|explain|advice|anyone|anybody|any tips|help me|information|info)\b",
    re.IGNORECASE,
)


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
        canonical = {text: self._normalizer.canonical(words) for text, words in split.items()}
        everyday_stems = frozenset(stem(word) for word in everyday)
        self._matcher = Matcher(knowledge, self._normalizer, weights, everyday_stems, canonical)
        entries = (*knowledge.entries, *knowledge.smalltalk)
        self._entry_ids = tuple(entry.id for entry in entries)
        phrasings = sum(len(entry.questions) for entry in entries)
        self._ngrams = (
            NgramRanker.build(
                [[canonical[q] for q in entry.questions] for entry in entries],
                [canonical[entry.answer] for entry in knowledge.entries],
            )
            if phrasings <= MAX_NGRAM_PHRASINGS
            else None
        )
        self._classifier = (
            trained(tuple(tuple(tuple(canonical[q]) for q in entry.questions) for entry in entries))
            if len(entries) * phrasings <= MAX_TRAINING_WORK
            else None
        )
        self._negative_phrasings = frozenset(
            question for entry in entries for question in entry.questions if is_negative(canonical[question])
        )
        self._negative_share = {
            entry.id: sum(q in self._negative_phrasings for q in entry.questions) / len(entry.questions)
            for entry in entries
            if entry.questions
        }
        self._unanswerable = UnanswerableIndex(
            (topic.id, self._normalizer.keyword_tokens(raw_tokens(keyword)))
            for topic in knowledge.unanswerable
            for keyword in topic.keywords
        )
        self._unanswerable_answers = {topic.id: topic.answer for topic in knowledge.unanswerable}
        # Trained once per process and shared by every Bot made in it; a prebuilt Bot carries its own
        # copy, so that an installed start-up does not train it.
        self._crisis_model = shipped_model()
        # The knowledge's own phrasings, as keys: the file says an entry answers each, so the crisis model (a
        # guess from words) does not read a message worded as one; the patterns still do. ("liquid ketamine to
        # swallow", four words, read as an emergency below a threshold that reaches more people in danger.)
        self._phrasing_keys = frozenset(phrase_key(q) for entry in entries for q in entry.questions)
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

    @property
    def crisis_model(self) -> CrisisModel:
        """The model that reads messages for crises written around the safety patterns."""
        return self._crisis_model

    @property
    def smalltalk_ids(self) -> frozenset[str]:
        """The ids of the small-talk entries (greetings, thanks, goodbyes)."""
        return self._smalltalk_ids

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
        words = raw_tokens(text)
        foreign = looks_foreign(text, words, self._normalizer.spelling)
        # In another language only the patterns speak (they know crisis words in a few): the model learnt
        # English, and reads any foreign words as the rare crisis messages it saw in them. The shipped reply
        # to a foreign message names 988 and 911 all the same. Nor does the model read a phrasing of the
        # knowledge (see __init__).
        ordinary = foreign or phrase_key(text) in self._phrasing_keys
        alarm = check(text, None if ordinary else self._crisis_model)
        if alarm is not None and alarm.is_crisis:
            return Assessment(text, truncated, Verdict.CRISIS, alarm, None, (), _NO_DECISION, 1.0)
        if alarm is Alarm.DOSING or (alarm is Alarm.RISK and asks_for_dosing(text)):
            return Assessment(text, truncated, Verdict.DOSING, alarm, None, (), _NO_DECISION, 1.0)
        if foreign:
            return Assessment(text, truncated, Verdict.NOT_ENGLISH, None, None, (), _NO_DECISION, 1.0)
        if phrase_key(text) in _TOPICS:
            return Assessment(text, truncated, Verdict.TOPICS, None, None, (), _NO_DECISION, 1.0)
        candidates, decision = self._read(self._normalizer.canonical(words), limit, among)
        topic = self._unanswerable.find(self._normalizer.keyword_tokens(words))
        if topic is not None and not (candidates and candidates[0].score >= self._thresholds.topic_override):
            beside = self._asked_beside(text, limit) if among is None else None
            if beside is None:
                return Assessment(
                    text, truncated, Verdict.UNANSWERABLE, alarm, topic, candidates, _NO_DECISION, 1.0
                )
            # "how long does it take and does insurance cover it?": the question the article answers, and
            # the topic's own reply after it, so that neither is silently dropped
            candidates, decision = beside
            return Assessment(
                text, truncated, Verdict.ANSWER, alarm, topic, candidates, decision, decision.confidence
            )
        if among is None:
            decision, candidates, also_asked = self._sentence_by_sentence(text, candidates, decision, limit)
        else:
            also_asked = None
        if decision.outcome is Outcome.ANSWER and _tells_without_asking(text):
            choices = self._closest_questions(candidates)
            decision = decision._replace(outcome=Outcome.CLARIFY, chosen=choices) if choices else _NO_DECISION
        verdict = {Outcome.ANSWER: Verdict.ANSWER, Outcome.CLARIFY: Verdict.CLARIFY}.get(
            decision.outcome, Verdict.FALLBACK
        )
        confidence = decision.confidence if decision.chosen else 0.0
        return Assessment(text, truncated, verdict, alarm, None, candidates, decision, confidence, also_asked)

    def _read(
        self, tokens: Sequence[str], limit: int, among: Collection[str] | None = None
    ) -> tuple[tuple[Candidate, ...], Decision]:
        """Both rankers' view of normalised tokens (of the entries `among`, if given), and the decision."""
        if among is None:
            found = self._matcher.rank(tokens, max(limit, RANK_DEPTH))
        else:
            every = self._matcher.rank(tokens, len(self._entries))
            found = tuple(c for c in every if c.entry_id in among)[: max(limit, RANK_DEPTH)]
        if not found:
            return (), _NO_DECISION
        scored = self._ngrams.scores(tokens) if self._ngrams is not None else {}
        ngram = {self._entry_ids[index]: score for index, score in scored.items()}
        decided = self._classifier.scores(tokens) if self._classifier is not None else []
        svm = {self._entry_ids[index]: max(-2.0, min(2.0, value)) for index, value in enumerate(decided)}
        svm_best = self._entry_ids[max(range(len(decided)), key=decided.__getitem__)] if decided else ""
        # Worded as one of an entry's phrasings, and as none of another's: that entry comes first, as the
        # knowledge file says (and a phrasing filed under the wrong entry shows in `ketamine-faq check`).
        runner_up = found[1].score if len(found) > 1 else 0.0
        margin = self._thresholds.margin
        exact = found[0].score >= self._thresholds.exact and runner_up < found[0].score - margin
        # Ranked by the three rankers' scores blended (and the polarity), shown with the matcher's own score,
        # which says how close the wording is: 1.0 is a question worded as one of the entry's phrasings.
        blended = [
            c._replace(
                score=round(
                    (c.score + BLEND * ngram.get(c.entry_id, 0.0)) / (1 + BLEND)
                    + SVM_WEIGHT * svm.get(c.entry_id, 0.0),
                    4,
                )
            )
            for c in found
        ]
        negative = is_negative(tokens)
        blended.sort(key=lambda c: c.score, reverse=True)
        ranked, mismatch = adjusted(blended, negative, self._negative_phrasings.__contains__)
        if mismatch and asks_both_ways(self._negative_share.get(ranked[0].entry_id, 0.0), negative):
            mismatch = False  # its best wording asks the other way, the entry itself asks both
        if exact:
            ranked.sort(key=lambda c: c.entry_id != found[0].entry_id)  # stable: the rest keep their order
            mismatch = False  # worded as its own phrasing: asked its way round, whatever the blend put first
        by_entry = {c.entry_id: c for c in found}
        candidates = tuple(by_entry[c.entry_id] for c in ranked)
        ordered = [*sorted(ngram.values(), reverse=True), 0.0, 0.0]
        ngram_best = max(ngram, key=ngram.__getitem__) if ngram else ""
        best = candidates[0]
        signals = Signals(
            best=ranked[0].score,
            lead=max(0.0, ranked[0].score - (ranked[1].score if len(ranked) > 1 else UNSEEN_RUNNER_UP)),
            ngram=ngram.get(best.entry_id, 0.0),
            ngram_lead=ordered[0] - ordered[1],
            agree=float(ngram_best == best.entry_id),
            unknown=self._matcher.unknown_share(tokens),
            mismatch=float(mismatch),
            svm=svm.get(best.entry_id, 0.0),
            svm_agree=float(svm_best == best.entry_id),
            uncovered=self._matcher.uncovered_share(tokens, best.entry_id),
            length=min(len(tokens), LONG_MESSAGE) / LONG_MESSAGE,
        )
        thresholds = self._thresholds
        if among is None and not exact and _only_asks(tokens):
            # "how long", "why", "how many": what is asked, but not about what; among every entry, a guess
            thresholds = thresholds._replace(answer=math.inf)
        decision = decide(candidates, signals, thresholds, (svm_best,), exact=exact)
        # Small talk is never offered as a choice; a short line is answered from a lower confidence, for a
        # wrong one costs a line about the bot itself, never medical content ("what can I ask", "are you a
        # bot"). A longer message is a question or a story, whatever word of small talk it holds.
        if (
            decision.outcome is Outcome.CLARIFY
            and best.entry_id in self._smalltalk_ids
            and len(tokens) <= MAX_SMALLTALK_WORDS
            and decision.confidence >= self._thresholds.smalltalk
            and signals.lead >= self._thresholds.margin
        ):
            return candidates[:limit], decision._replace(outcome=Outcome.ANSWER, chosen=(best,))
        if decision.outcome is Outcome.CLARIFY:
            choices = tuple(c for c in decision.chosen if c.entry_id not in self._smalltalk_ids)
            if not choices and _only_asks(tokens):  # "what?": small talk first, so the likeliest questions
                choices = self._closest_questions(candidates)
            decision = decision._replace(chosen=choices) if choices else _NO_DECISION
        return candidates[:limit], decision

    def _closest_questions(self, candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
        """The best entries that are not small talk, as a "did you mean" offers them."""
        questions = [c for c in candidates if c.entry_id not in self._smalltalk_ids]
        return tuple(closest(questions, self._thresholds))

    def _sentence_by_sentence(
        self, text: str, candidates: tuple[Candidate, ...], decision: Decision, limit: int
    ) -> tuple[Decision, tuple[Candidate, ...], str | None]:
        """The decision for a message of several sentences, and a second question it also asks.

        People tell their story before or after the question, and the story drowns it; some ask two
        things at once. Each sentence is read on its own too. When the whole message is no confident
        answer, the most confident sentence may settle it, but only with an entry the whole message
        also ranks near the top: read alone, a sentence loses what "it" or "one" meant. When two
        questions are each answered confidently, with different entries, the first is answered and
        the second returned, to be offered first; two questions joined by "and" count as two ("how long is
        each session and what are the side effects").
        """
        sentences = [part for part in _SENTENCE_END.split(text) if part.strip()][:MAX_SENTENCES]
        settled = decision.outcome is Outcome.ANSWER
        if settled:  # only a second question is still to be found, in a sentence or a clause that asks one
            sentences = [part for part in _clauses(text) if part.rstrip().endswith("?") or _ASKS.search(part)]
        if len(sentences) < 2:
            return decision, candidates, None
        nearby = {c.entry_id for c in candidates}
        readings = []
        for sentence in sentences:
            sentence_candidates, sentence_decision = self._read(
                self._normalizer.canonical(raw_tokens(sentence)), limit
            )
            if sentence_decision.outcome is Outcome.ANSWER and sentence_decision.chosen[0].entry_id in nearby:
                asks = settled or sentence.rstrip().endswith("?")
                readings.append((asks, sentence_candidates, sentence_decision))
        questions = [(c, d) for asks, c, d in readings if asks]
        asked = list(dict.fromkeys(d.chosen[0].entry_id for _, d in questions))
        if len(asked) >= 2:  # two questions, each answered confidently: the first, and the second offered
            candidates, decision = questions[0]
            return decision, candidates, asked[1]
        if questions and (decision.outcome is not Outcome.ANSWER or decision.chosen[0].entry_id not in asked):
            # what the message asks, rather than what its story is about ("I have CRPS. My doctor suggested
            # ketamine. What are the side effects?")
            candidates, decision = questions[0]
        elif decision.outcome is not Outcome.ANSWER and readings:
            _, candidates, decision = max(readings, key=lambda reading: reading[2].confidence)
        return decision, candidates, None

    def _asked_beside(self, text: str, limit: int) -> tuple[tuple[Candidate, ...], Decision] | None:
        """A question a message asks beside a topic the source does not cover, answered confidently when
        read on its own (a sentence, or a clause that opens a second question after "and"), if any."""
        parts = _clauses(text)
        if len(parts) < 2:
            return None
        for part in parts:
            words = raw_tokens(part)
            if not _ASKS.search(part) or self._unanswerable.find(self._normalizer.keyword_tokens(words)):
                continue
            candidates, decision = self._read(self._normalizer.canonical(words), limit)
            if decision.outcome is Outcome.ANSWER and decision.chosen[0].entry_id not in self._smalltalk_ids:
                return candidates, decision
        return None

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
            reply = self.reply_for(
                chosen[0].entry_id, assessment.confidence, candidates, note, also_asked=assessment.also_asked
            )
            if assessment.unanswerable_id is None:
                return reply
            # a topic the source does not cover, asked beside the question answered: its reply follows
            return reply._replace(
                answer=f"{reply.answer}\n\n{self._unanswerable_answers[assessment.unanswerable_id]}"
            )
        if verdict is Verdict.CLARIFY:
            return self._clarify(chosen, assessment.confidence, candidates, note)
        return self._message(Kind.FALLBACK, messages.fallback, note, candidates)

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
        (for a message of several sentences, those of the sentence that settled the reply)."""
        return self.assess(text, limit).candidates

    def reply_for(
        self,
        entry_id: str,
        confidence: float = 1.0,
        candidates: Sequence[Candidate] = (),
        note: str = "",
        *,
        also_asked: str | None = None,
    ) -> Reply:
        """The reply that gives one entry's answer, with its related follow-ups (led by the entry of a
        second question the message also asked, so that nothing asked is silently dropped)."""
        entry = self._entries[entry_id]
        kind = Kind.SMALLTALK if entry_id in self._smalltalk_ids else Kind.ANSWER
        follow_ups = [also_asked] if also_asked else []
        follow_ups += [related for related in entry.related if related != also_asked]
        return self._reply(
            kind,
            _with_note(note, entry.answer),
            entry_id=entry.id,
            confidence=confidence,
            suggestions=self._suggestions(follow_ups),
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


def _clauses(text: str) -> list[str]:
    """A message's sentences, a clause that opens a second question after "and" counted as one of its own;
    at most MAX_SENTENCES of them."""
    return [part for part in _CLAUSES.split(text) if part and part.strip()][:MAX_SENTENCES]


def _only_asks(tokens: Sequence[str]) -> bool:
    """Whether a message holds nothing but question and function words ("how long?", "where is it")."""
    return all(token in STOPWORDS or token in _ASKING_WORDS for token in tokens)


def _tells_without_asking(text: str) -> bool:
    """Whether a message is a story of MIN_STORY_SENTENCES sentences or more in which nothing is asked."""
    sentences = [part for part in _SENTENCE_END.split(text) if part.strip()]
    return len(sentences) >= MIN_STORY_SENTENCES and not any(_ASKS.search(part) for part in sentences)


def _cleaned(text: str) -> tuple[str, bool]:
    """The question without control characters and cut to the limit, and whether it was cut."""
    text = strip_control(str(text))
    if len(text) > MAX_QUESTION_CHARS:
        return text[:MAX_QUESTION_CHARS], True
    return text, False


def _with_note(note: str, message: str) -> str:
    return f"{note}\n\n{message}" if note else message
