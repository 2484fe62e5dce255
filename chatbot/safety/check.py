"""The safety check: whether a person is in danger now, asks about a risk, or asks for a personal dose.

Checked on the folded words of a message (lower case, apostrophes dropped: "can't" is "cant")
before any matching, so that no phrasing of any knowledge file can shadow them. The tiers, in order:
an emergency or a suicide now, then passive despair (all three a crisis reply); then a question
about overdose, mixing or poisoning (no alarm, but its reply names 911 and Poison Control); then a
request for a dose. The patterns (patterns.py) decide first; the crisis model (model.py) catches
crisis messages written around them. Past events that are over, and idioms, raise nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from enum import Enum

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.chat_words import only_steering
from chatbot.normalize import common_words
from chatbot.safety.model import CrisisModel, Evidence
from chatbot.safety.patterns import (
    A_PERSON,
    AN_AGE,
    ANOTHERS_DOSE,
    ASKED_ABOUT,
    ASKED_AHEAD,
    ASKED_OF_NOW,
    ASKS,
    ASLEEP_CONDITION,
    BACK_AGAIN,
    BARE_SUICIDE_WORD,
    CAUSE_QUESTION,
    CONDITIONAL,
    CRISIS_WORDS,
    CURRENT,
    DANGER_SIGN,
    DENIED,
    DEPICTED,
    DESPAIR,
    DESPAIR_AT_A_DISTANCE,
    DOSING,
    ELIGIBILITY,
    EMERGENCY,
    FICTION,
    FIRST_PERSON_NOW,
    GENERAL_QUESTION,
    GIVEN_AWAY,
    HAPPENING_NOW,
    HEARSAY,
    HOW_MUCH_ASKED,
    HYPERBOLE,
    HYPOTHETICAL,
    IDIOM,
    IF_CLAUSE,
    INTENSIFIERS,
    LANDED_SOFTLY,
    LEAVING_FOR_A_REASON,
    MANAGED,
    ME_TOO,
    MEANT_NOW,
    MORE_THAN_USUAL,
    NEGATED,
    NOT_TYPOS,
    NOW,
    ONGOING,
    PAST,
    POINTS_BACK,
    POLITENESS,
    PROTECTIVE,
    READ_ABOUT_THE_TREATMENT,
    READING_THE_SCREEN,
    RECOVERED,
    RECURRING,
    RESEARCH,
    RISK,
    RISK_ASKED,
    SCHEDULE_SHIFT,
    SELF_HARM,
    SLEEPING_IN,
    SLEEPY_AND_CALM,
    SOMEONE_ELSES_ATTEMPT,
    SOMEONE_GONE,
    SOMEONE_IS,
    SPORTING,
    STILL_NOW,
    SUICIDAL_NOW,
    SUICIDE,
    SUICIDE_AS_A_NAME,
    TAKEN,
    TAKEN_BY_SOMEONE,
    TREATMENT_NEWS,
    TURNED_TO_NOW,
    TYPOS,
    WELL_NOW,
    Patterns,
    compiled,
)
from chatbot.text import phrase_key

# How much surer the model must be of one sentence read alone than of a whole message: a short sentence is
# little evidence ("Thrilling life I lead."). With each of writers K, L, N and O held out of training in
# turn, reading sentences alone caught 6 more of their 575 people in danger and raised 16 more false alarms
# among their 625 look-alikes; with this margin, 5 more and 6 more. (tools/train_crisis_model.py chooses
# THRESHOLD running this reading too.)
SENTENCE_MARGIN = 1.0
# Words a turn to now tells, besides the turn itself and an age, from which it can tell something new: "now i
# know how" and "now im done" are too few to say what they are about ("Nowadays I teach yoga to pensioners").
TELLS_SOMETHING_NEW = 4
# Where a sentence ends, and where a clause turns to now ("last year I was in a dark place, but now...").
_SENTENCE_END = re.compile(r"(?<=[.?!;])\s+|\n+|,?\s+(?=(?:but|and) now\b)", re.IGNORECASE)
# A sentence that dates the one before it ("That was 12 years ago.").
_THAT_WAS = re.compile(r"(?:that|this|it|which|all that|all this) (?:was|were|happened|all happened)\b")


# A line that leans towards a crisis without raising one: the crisis model at least this share of the way to
# its threshold. A conversation keeps what the model read in such a line (never its words) and reads the next
# line with it: "i have all my pills in front of me" then "tonight". On writer CA's 120 chat threads (training
# data), 0.25, 0.5 and 0.75 caught as many people in danger with as few look-alike threads alarmed (98.6%,
# 30%); 1 caught one fewer. The middle one, as no set tells them apart.
UNEASE = 0.5


class Alarm(Enum):
    """What a message is, for safety's sake, before anything else is decided."""

    SUICIDE = "suicide"  # thoughts, plans or means of suicide, goodbyes, self-harm: the 988 reply
    DESPAIR = "despair"  # hopelessness, worthlessness, giving up: the gentler 988 reply
    EMERGENCY = "emergency"  # an overdose, a poisoning or a medical emergency now: 911 first
    RISK = "risk"  # a question about overdose, mixing or poisoning: its reply, then 911 and Poison Control
    DOSING = "dosing"  # a request for a personal dose or a change of medication: never answered

    @property
    def is_crisis(self) -> bool:
        """Whether a person may be in danger now: a crisis reply, before any matching."""
        return self in (Alarm.SUICIDE, Alarm.DESPAIR, Alarm.EMERGENCY)


_PLUS = re.compile(r"\s+\+\s*(?=\S)|(?<=\S)\+\s+")  # spaced: "k + oxy", not "alt+f4"


def folded_for_safety(text: str) -> str:
    """A message folded as the safety checks and the crisis model read it: a plus sign with a space beside it
    read as the word ("k + oxy ok?" is "k plus oxy ok"), which folding would otherwise drop."""
    return phrase_key(_PLUS.sub(" plus ", text))


def words_for_safety(text: str) -> str:
    """The folded, respelled words of a message, as the safety checks read them."""
    return _respell(folded_for_safety(text))


def check(text: str, model: CrisisModel | None = None) -> Alarm | None:
    """The alarm a message raises, if any: a crisis first, then a question about risk, then dosing.

    The patterns decide first; `model`, when given, catches crisis messages written around them.
    """
    words = words_for_safety(text)
    if not words:
        return None
    parts = _SENTENCE_END.split(text.strip())
    folded = (
        [(words, text.rstrip().endswith("?"))]
        if len(parts) == 1
        else [(words_for_safety(part), part.rstrip().endswith("?")) for part in parts]
    )
    sentences = [sentence for sentence, _ in folded if sentence]
    asked = frozenset(sentence for sentence, question in folded if question)
    alarm = _crisis(words, model, sentences)
    if alarm is not None:
        alarm = _said_of_now(sentences, asked, alarm, model)
    if alarm is not None:
        return alarm
    if RISK.search(words) and not IDIOM.search(words) and not _is_over(words):
        # "which is more lethal, ketamine or fentanyl? i have access to both and im done"
        if any(MEANT_NOW.search(sentence) for sentence in (words, *sentences)):
            return Alarm.SUICIDE
        return Alarm.RISK
    return Alarm.DOSING if DOSING.search(words) else None


def leaning(text: str, model: CrisisModel, *, always: bool = False) -> Evidence | None:
    """What the crisis model read in a message that leans towards a crisis (UNEASE of the way to its
    threshold), or in any message when `always`; else None."""
    words = words_for_safety(text).split()
    if not words:
        return None
    evidence = model.evidence(words)
    return evidence if always or model.judge(evidence)[1] >= UNEASE * model.threshold else None


def read_after(
    text: str, before: Evidence, model: CrisisModel, *, leaning_itself: bool = False
) -> Alarm | None:
    """The crisis a message raises read together with the line before it (`before`: what the model read in
    that line), by the model, unless the message holds it at a distance. With `leaning_itself`, only a message
    that leans towards a crisis itself: after a crisis reply, a line about something else is not more of it
    ("ive got the rope" then "for the climbing wall lol")."""
    words = words_for_safety(text)
    if not words or only_steering(words.split()):
        return None
    own = model.evidence(words.split())
    if leaning_itself and model.judge(own)[1] < UNEASE * model.threshold:
        return None
    kind, margin = model.judge(before.joined(own))
    return _model_alarm(words, kind) if margin >= model.threshold else None


def asks_for_dosing(text: str) -> bool:
    """Whether a message asks for a personal dose or a change of medication (a risk question may too)."""
    return DOSING.search(words_for_safety(text))


def _crisis(words: str, model: CrisisModel | None, sentences: Sequence[str] = ()) -> Alarm | None:
    """Suicide, an emergency or despair now, by the patterns, then by the model: of the whole message,
    or else of any one of its `sentences` (a story drowns a crisis told in one of them)."""
    awake = SLEEPING_IN.sub(" ", words)  # "my 15 yr old won't wake up for school"
    if EMERGENCY.search(awake) and not _is_exempt_from_emergency(awake, sentences):
        return Alarm.EMERGENCY
    unnamed = SUICIDE_AS_A_NAME.sub(" ", words)  # "suicide sprints at practice", "the suicide squad"
    if SUICIDE.search(unnamed) and not _is_exempt_from_suicide(unnamed, sentences):
        return Alarm.SUICIDE
    if DESPAIR.search(words) and not _is_exempt_from_despair(words, sentences):
        # hopeless words beside a plan the model reads: "cant take one more day... tonight is the end"
        planned = model is not None and model.classify(words.split()) == "suicide"
        return Alarm.SUICIDE if planned and _model_alarm(words, "suicide") else Alarm.DESPAIR
    if model is None or only_steering(words.split()):
        return None  # "the second one", "2 please": steering the chat, whatever the model makes of "second"
    # the model reads a message without its polite opening: "forgive me, i am new here" is no goodbye
    verdict = model.classify(POLITENESS.sub(" ", words).split())
    if verdict is None and len(sentences) > 1:
        stricter = model._replace(threshold=model.threshold + SENTENCE_MARGIN)
        plain = (POLITENESS.sub(" ", sentence).split() for sentence in sentences)
        verdict = next(filter(None, map(stricter.classify, plain)), None)
    if verdict is None or TREATMENT_NEWS.search(words):
        return None  # the news that a treatment was had, alone: read after a line that leans, it still counts
    return _model_alarm(words, verdict)


def _model_alarm(words: str, verdict: str) -> Alarm | None:
    """The crisis the model read in a message, unless the message holds it at a distance."""
    if _is_hypothetical_or_over(words) or (IDIOM.search(words) and not GIVEN_AWAY.search(words)):
        return None
    if READING_THE_SCREEN.search(words):
        return None  # "big letters please, I cannot see"
    if LEAVING_FOR_A_REASON.search(words) and not (RISK.search(words) or DANGER_SIGN.search(words)):
        return None  # "I won't be back after today, I'm transferring to the Bristol clinic"
    if SOMEONE_GONE.search(words):
        return None  # grief for someone who has died, told of them (the patterns name a wish to join them)
    if GENERAL_QUESTION.search(words) and not A_PERSON.search(words):
        return None  # a question about the treatment or the clinic that names nobody it happens to
    if verdict == "despair" and (
        _is_exempt_from_despair(words) or (ELIGIBILITY.search(words) and not FIRST_PERSON_NOW.search(words))
    ):
        return None  # hopeless words held at a distance, or a question whether someone can have it
    if verdict == "emergency" and (_is_exempt_from_emergency(words) or _calm_or_only_asked(words)):
        return None
    if verdict == "suicide" and LANDED_SOFTLY.search(words):
        return None  # "my daughter jumped off the shed roof onto the trampoline again", as for the patterns
    if verdict == "suicide" and _asked_to_keep_someone_safe(words) and not SUICIDE.search(words):
        return None  # "how many of the lozenges would be too many, I worry my grandson might get into them"
    return Alarm(verdict)


def _asked_to_keep_someone_safe(words: str) -> bool:
    """A question about how much is too much, asked to keep a medicine safe from someone, with nothing of the
    writer's own danger in it, nor of now ("so i get it right this time"): its reply names 911, Poison Control
    and 988 all the same."""
    return bool(
        PROTECTIVE.search(words)
        and RISK.search(words)
        and ASKS.search(words)
        and not any(p.search(words) for p in (DESPAIR, SUICIDAL_NOW, MEANT_NOW, RECURRING))
    )


def _calm_or_only_asked(words: str) -> bool:
    """What the model alone may read as an emergency and the patterns would not: sleepiness after the
    treatment told calmly, with no sign of danger beside it, or a question whether a mix may be had that says
    none was taken (the risk note answers it)."""
    if SLEEPY_AND_CALM.search(words) and not DANGER_SIGN.search(words):
        return True  # "she's so sleepy she can barely keep her eyes open, but she's smiling"
    if SCHEDULE_SHIFT.search(words) and not MORE_THAN_USUAL.search(words):
        return True  # "I took my tramadol at 8 instead of 7 this morning, is that ok?"
    if WELL_NOW.search(words) and not (
        DANGER_SIGN.search(words) or RISK.search(words) or ANOTHERS_DOSE.search(words)
    ):
        return True  # "its been 3 hours since my infusion and i feel great"
    return bool(
        RISK.search(words)
        and RISK_ASKED.search(words)
        and not (TAKEN.search(words) or HAPPENING_NOW.search(words) or STILL_NOW.search(words))
    )  # "can he have a gin and tonic after his ketamine?"


def _said_of_now(
    sentences: Sequence[str], asked: frozenset[str], alarm: Alarm, model: CrisisModel | None
) -> Alarm | None:
    """The alarm of a story told in several sentences, read from what it says of now.

    People tell a crisis long past before they ask about the treatment ("Three years ago I tried to take
    my own life. I'm in a much better place now. How many sessions do people need?"). A sentence that
    tells a danger as over (a time long past, and nothing of now in the same sentence) is set aside,
    and the rest decides: only when it asks something (a question mark, or a question's opening words),
    says the writer is well now, or turns to now ("Now he's talking about a fishing trip", "31 now"), and
    never when it says the danger is back or happening ("again", "tonight", "still", "do the same",
    "another"). A rest that only goes on ("I've got it here") keeps the alarm:
    the past marker may belong to something else. A clause that turns to now (", but now...") counts
    as a sentence of its own.
    """
    following = dict(itertools.pairwise(sentences))
    now = [
        s
        for s in sentences
        if not (_holds_danger(s, model) and (_told_as_over(s) or _dated_by_the_next(s, following.get(s, ""))))
    ]
    if len(now) == len(sentences) or not now:
        return alarm
    rest = " ".join(now)
    if RECURRING.search(rest) or HAPPENING_NOW.search(rest):
        return alarm
    moves_on = any(s in asked or ASKS.search(s) or _turns_to_now(s, model) for s in now)
    if not (moves_on or RECOVERED.search(rest)):
        return alarm
    return _crisis(rest, model, now)


def _dated_by_the_next(sentence: str, after: str) -> bool:
    """A sentence dated long past by the one after it, told as over together: "said he wanted to die. that was
    2021"."""
    return bool(_THAT_WAS.match(after)) and _told_as_over(f"{sentence} {after}")


def _turns_to_now(sentence: str, model: CrisisModel | None) -> bool:
    """A sentence that turns to now and tells something new, not more of the danger: "Now he's talking about
    a fishing trip", "31 now", not "Now I have 80", "now its worse", a few words that could be either ("now
    im done", "now i know how") nor anything the model reads as a crisis."""
    if not TURNED_TO_NOW.search(sentence):
        return False
    told = AN_AGE.sub(" ", TURNED_TO_NOW.sub(" ", sentence))
    if POINTS_BACK.search(told) or 0 < len(told.split()) < TELLS_SOMETHING_NEW:
        return False  # "now im done": too few words to tell what it is about
    return model is None or model.classify(sentence.split()) is None


def _holds_danger(words: str, model: CrisisModel | None) -> bool:
    """Whether words hold a danger, however it is told: the crisis patterns, a word of overdose or too much
    ("in a psych ward in the 80s after an overdose"), or the model."""
    if any(tier.search(words) for tier in (EMERGENCY, SUICIDE, DESPAIR, RISK)):
        return True
    return model is not None and model.classify(words.split()) is not None


def _told_as_over(sentence: str) -> bool:
    """A sentence that tells of a time long past and says nothing of now."""
    return bool(PAST.search(sentence)) and not (
        CURRENT.search(sentence)
        or HAPPENING_NOW.search(sentence)
        or RECURRING.search(sentence)
        or ONGOING.search(sentence)
    )


def _is_over(words: str) -> bool:
    """A past event that is over: recovered from, asked about for eligibility, or with nothing of now."""
    if not PAST.search(words):
        return False
    return bool(RECOVERED.search(words) or ELIGIBILITY.search(words) or not CURRENT.search(words))


def _is_exempt_from_despair(words: str, sentences: Sequence[str] = ()) -> bool:
    """Hopeless words about something else, or a low time that is over: what is left once the figure of
    speech or the words held at a distance are taken out holds no despair ("does ketamine lift mood? i feel
    like a burden" is still despair).

    Of several `sentences`, a condition holds off only the sentences it is in: "whats the point of the
    ketamine if nothing ever sticks. whats the point of me" is despair, though its first sentence asks what
    if. A figure of speech or a distance may be told in a sentence of its own ("im broken. physically i
    mean"), and holds off the whole message."""
    told = [sentence for sentence in sentences if DESPAIR.search(sentence)] or [words]
    if all(HYPOTHETICAL.search(sentence) for sentence in told):
        return True
    for distance in (IDIOM, DESPAIR_AT_A_DISTANCE):
        if distance.search(words) and not DESPAIR.search(distance.sub(" ", words)):
            return True
    return bool(PAST.search(words) and RECOVERED.search(words))


def _is_hypothetical_or_over(words: str) -> bool:
    """Plainly not a crisis now: planning for what might happen, research, or a past that is over."""
    held_off = HYPOTHETICAL.search(words) and not (_now_beyond_its_condition(words) or _happening_now(words))
    if held_off or NEGATED.search(words) or _only_a_story(words):
        return True
    if PAST.search(words) and (RECOVERED.search(words) or ELIGIBILITY.search(words)):
        return True
    # research, unless something is happening now ("student nurse on placement, patient just had spray and
    # now jerking limbs")
    return bool(RESEARCH.search(words) and not (FIRST_PERSON_NOW.search(words) or _happening_now(words)))


def _only_a_story(words: str) -> bool:
    """A story on screen, in print or heard of, that the writer does not take as their own ("i think about
    doing it too")."""
    return bool(FICTION.search(words) and not ME_TOO.search(words))


# What holds an emergency at a distance: a condition, a story or hearsay, a condition while asleep.
_FRAMES = (HYPOTHETICAL, FICTION, ASLEEP_CONDITION)


def _framed_in_itself(sentence: str) -> bool:
    """A sentence that tells its emergency inside a frame: not "my husband is having a seizure, what should i
    do if it lasts", where the emergency is said of now before the condition begins."""
    if not any(frame.search(sentence) for frame in _FRAMES) or _emergency_before(sentence, _FRAMES):
        return False
    if _now_beyond_its_condition(sentence):
        return False  # "what should i do if hes not breathing, hes blue"
    # nor one told as done after a condition: "what should i do if he stops breathing, he already took all his
    # pills" (a story on screen may tell what its characters took)
    return not (_told_as_done(sentence) and not FICTION.search(sentence))


def _emergency_before(words: str, frames: Sequence[Patterns]) -> bool:
    """Whether an emergency is told as happening or as done before the first of `frames` begins: "he took 20
    pills, what do i do if he never wakes up" asks about what is already so, whatever its condition says."""
    starts = [
        found.start()
        for frame in frames
        for source in frame.sources
        if (found := compiled(source).search(words)) is not None
    ]
    if not starts:
        return False
    before = words[: min(starts)]
    return bool(EMERGENCY.search(before) and (STILL_NOW.search(before) or _told_as_done(before)))


def _told_as_done(words: str) -> bool:
    """Something taken, swallowed or mixed by someone named, told with no time long past: "my son swallowed
    two troches"."""
    return bool(TAKEN_BY_SOMEONE.search(words) and not PAST.search(words))


def _is_exempt_from_emergency(words: str, sentences: Sequence[str] = ()) -> bool:
    """An emergency word in an ordinary question, a figure of speech, a story on screen, someone's death,
    or a past that is over; never one said to be happening now.

    An ordinary question, a condition in hand or someone's death exempts only the sentences that tell it:
    "how long does the infusion take? also my face has gone numb on one side" is an emergency told after a
    question, and "my late husband had heart trouble. I have crushing chest pain" one told after a death."""
    if _happening_now(words):
        return False
    # The sentences that tell it; or two neighbouring clauses, when it is told across them ("vomiting
    # nonstop | and now there's blood in it"); or else the whole message.
    told = (
        [s for s in sentences if EMERGENCY.search(s)]
        or [f"{a} {b}" for a, b in itertools.pairwise(sentences) if EMERGENCY.search(f"{a} {b}")]
        or [words]
    )
    # a question excuses the sentence it is in, unless another says it is so now: "can ketamine cause
    # seizures? my son is having one now"
    now_elsewhere = any(NOW.search(s) and STILL_NOW.search(s) for s in sentences if s not in told)
    unexcused = [s for s in told if now_elsewhere or not (_asks_about_a_risk(s) or _of_something_in_hand(s))]
    # A figure of speech excuses the sentence it is in, when nothing of an emergency is left without it: "the
    # waiting is killing me" says nothing of "and now my husband has collapsed". A condition, a story or
    # hearsay, or a condition while asleep excuses the sentence it is in, and any other that says nothing of
    # now: "i heard people stopped breathing on ketamine" does not excuse "my dads lips are blue".
    framed = any(frame.search(words) for frame in _FRAMES)
    unexcused = [
        s
        for s in unexcused
        if not (IDIOM.search(s) and not EMERGENCY.search(IDIOM.sub(" ", s)))
        and not _framed_in_itself(s)
        and not (framed and not (STILL_NOW.search(s) or _told_as_done(s)))
    ]
    if not unexcused:
        return True
    if PAST.search(words) and RECOVERED.search(words):
        return True  # told of as over, and recovered from
    # or told of as over in the very sentences that tell it, with nothing that says it is so now: in a long
    # story a time long past elsewhere ("a knee replacement last year") says nothing of the emergency
    return _each_told_as_past(unexcused, sentences) and not STILL_NOW.search(words)


def _each_told_as_past(told: Sequence[str], sentences: Sequence[str]) -> bool:
    """Whether each sentence of `told` tells of a time long past, itself or in the sentence right after it
    ("...and thought about ending it. That was 12 years ago")."""
    following = dict(itertools.pairwise(sentences))
    return all(
        PAST.search(sentence) or (_THAT_WAS.match(after) and PAST.search(after))
        for sentence in told
        for after in (following.get(sentence, ""),)
    )


def _happening_now(words: str) -> bool:
    """Whether words say an emergency is happening now. In a question asked ahead, its condition counts only
    beside a "now" outside it: "what should a family member do if a patient on home ketamine isnt responding"
    says nothing of now, "what is the best thing to do if my wife is not responding, she is on the sofa now"
    does."""
    if not HAPPENING_NOW.search(words):
        return False
    if not ASKED_AHEAD.search(words):
        return True
    rest = IF_CLAUSE.sub(" ", words)
    return bool(HAPPENING_NOW.search(rest) or NOW.search(rest))


def _now_beyond_its_condition(words: str) -> bool:
    """Whether a question asked ahead says, outside its condition, how someone is now: "what should i do if
    hes not breathing, hes blue" (the condition's own words are set aside; a person's state after it is
    not)."""
    if not IF_CLAUSE.search(words):
        return False  # no condition whose words end where a statement begins
    rest = IF_CLAUSE.sub(" ", words)
    return bool(SOMEONE_IS.search(rest) and STILL_NOW.search(rest))


def _of_something_in_hand(words: str) -> bool:
    """A condition kept under control, or someone who has died, and nothing that says it is so now."""
    return bool((MANAGED.search(words) or SOMEONE_GONE.search(words)) and not STILL_NOW.search(words))


def _asks_about_a_risk(words: str) -> bool:
    """An ordinary question with an emergency word in it, and nothing that says it is so now."""
    if ASKED_OF_NOW.search(words) and not ELIGIBILITY.search(words):
        return False  # "is it bad if my husbands breathing is only like 6 breaths a minute"
    # "what must i do first if my client has difficulty breathing after the nasal spray": what its condition
    # says is set aside ("if my wife does not wake"), what the rest says of now is not, nor an emergency told
    # before the question ("my son swallowed two troches, what do i do if he gets sleepy")
    asked_ahead = (
        ASKED_AHEAD.search(words)
        and not _happening_now(words)
        and not _emergency_before(words, (ASKED_AHEAD,))
        and not _told_as_done(words)
    )
    if asked_ahead and not STILL_NOW.search(IF_CLAUSE.sub(" ", words)):
        return True
    held_off = CONDITIONAL.search(words) and not _now_beyond_its_condition(words)
    said_of_now = STILL_NOW.search(words) and not held_off
    if GENERAL_QUESTION.search(words) and not (said_of_now or _told_as_done(words)):
        # "can ketamine make you stop breathing", not "is this an emergency? im wheezing" nor "whats the
        # number to call, my partner took too many lozenges and shes barely conscious"
        return True
    return bool(CAUSE_QUESTION.search(words) and not STILL_NOW.search(words))  # "could it set off a seizure"


def _respell(words: str) -> str:
    """Undo the misspellings of crisis words that people in distress type ("sucidal", "overdoes"), and leave
    out the swearing that only intensifies ("whats the fucking point")."""
    return " ".join(filter(None, map(respelled_word, words.split())))


def respelled_word(word: str) -> str:
    """One folded word, or the crisis word it misspells; a dropped g put back ("thinkin", "endin"); "" for
    swearing that only intensifies.

    A common English word is no misspelling: "reaching", "breaking" and "creating" are near "breathing",
    "overcome" near "overdose"."""
    if word in INTENSIFIERS:
        return ""
    everyday = common_words()
    if len(word) >= 5 and word.endswith("in") and word not in everyday and f"{word}g" in everyday:
        word = f"{word}g"
    fixed = TYPOS.get(word)
    if (
        fixed is None
        and len(word) >= 6
        and word not in CRISIS_WORDS
        and word not in NOT_TYPOS
        and word not in everyday
    ):
        cutoff = 1 if len(word) < 8 else 2
        best = process.extractOne(word, CRISIS_WORDS, scorer=OSA.distance, score_cutoff=cutoff)
        fixed = best[0] if best is not None else None
    return fixed or word


def _is_exempt_from_suicide(words: str, sentences: Sequence[str] = ()) -> bool:
    """A mention that is plainly not about the writer now: a past that is over, research, or danger denied.

    In a story of several sentences, a past that is over is one the sentences telling the danger tell as
    past: "sober for six years" says nothing of "tonight I pressed the knife hard enough to draw blood"."""
    if (
        PAST.search(words)
        and (RECOVERED.search(words) or ELIGIBILITY.search(words))
        and _each_told_as_past([s for s in sentences if SUICIDE.search(s)], sentences)
    ):
        return not BACK_AGAIN.search(words)  # "...and im thinking about it again"
    of_the_writer_now = bool(SUICIDAL_NOW.search(words) or FIRST_PERSON_NOW.search(words))
    if HYPERBOLE.search(words) and not of_the_writer_now:
        return True  # "one more insurance form and im going to jump off a bridge": exasperation
    if (
        _asked_to_keep_someone_safe(words)
        and not of_the_writer_now
        and not SUICIDE.search(HOW_MUCH_ASKED.sub(" ", compiled(BARE_SUICIDE_WORD).sub(" ", words)))
    ):
        # "what's the lethal dose for an older person? my daughter worries about me having it in the house",
        # "how many would be too many, I worry my grandson might get into them": nothing is left once the
        # question is taken out
        return True
    told = [s for s in sentences if SUICIDE.search(s)] or [words]
    if (
        FICTION.search(words)
        and DEPICTED.search(words)
        and not (of_the_writer_now or ME_TOO.search(words))
        and all(FICTION.search(s) or DEPICTED.search(s) for s in told)
    ):
        return True  # "reading a novel where the main character thinks about ending it all"
    if (
        PAST.search(words)
        and SOMEONE_ELSES_ATTEMPT.search(words)
        and not (of_the_writer_now or RECURRING.search(words) or ME_TOO.search(words))  # "i tried last week"
        and not SUICIDE.search(SOMEONE_ELSES_ATTEMPT.sub(" ", words))
    ):
        return True  # "my aunt tried to take her life in the eighties": someone else's history
    if IDIOM.search(words) and not SUICIDE.search(IDIOM.sub(" ", words)):
        return True  # "prior authorisation forms make me want to die": the figure of speech is all of it
    if DENIED.search(words) and not SUICIDE.search(DENIED.sub(" ", words)):
        return True  # "im safe, no thoughts of harming myself, but a bit low": nothing else says danger
    only_the_word = not SUICIDE.search(compiled(BARE_SUICIDE_WORD).sub(" ", words))
    if not only_the_word or ME_TOO.search(words):
        return False  # more than the word, or the writer takes it as their own ("i think about doing it too")
    if NEGATED.search(words) or FICTION.search(words) or HEARSAY.search(words) or SPORTING.search(words):
        return True
    if READ_ABOUT_THE_TREATMENT.search(words) and not SUICIDAL_NOW.search(words):
        return True  # "I've been reading about ketamine for depression and suicidal thoughts"
    # "if someone has suicidal thoughts, is ketamine dangerous for them", "could ketamine make someone
    # suicidal", "does the intake form ask about suicidal thoughts?": a question about a risk or screening
    if not of_the_writer_now and any(p.search(words) for p in (HYPOTHETICAL, CAUSE_QUESTION, ASKED_ABOUT)):
        return True
    if not (of_the_writer_now or A_PERSON.search(words)) and ASKS.search(words) and RISK.search(words):
        # "what is the lethal dose of ketamine": a question about a risk, that names nobody it is for; its
        # reply names 911, Poison Control and 988
        return True
    if PAST.search(words) and not (SUICIDAL_NOW.search(words) or BACK_AGAIN.search(words)):
        # self-harm that is over ("used to cut myself as a teen"), unless anything of now is said with it
        return not (SELF_HARM.search(words) and CURRENT.search(words))
    return bool(RESEARCH.search(words) and not FIRST_PERSON_NOW.search(words))
