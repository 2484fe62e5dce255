"""Synthetic knowledge files of any size, and query streams for them, for the scaling benchmarks.

    python benchmarks/synthetic.py 10000 /tmp/kb10k.yaml [--seed 1]

The text is made to stress the matcher the way real text would. Entries are questions about
treatments, conditions and procedures, written from templates of everyday wording; the domain
terms are drawn from tens of thousands of made-up but plausible drug, condition and procedure
names with a Zipf (long-tail) frequency, so a few words are in thousands of phrasings (long
postings lists in the inverted index) and most words are rare, as in real text. The file is
valid against the knowledge schema: `messages` are copied from the shipped file, every entry
has at least five distinct phrasings, and no phrasing is repeated anywhere in the file.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import yaml

from chatbot.knowledge import load_knowledge
from chatbot.text import phrase_key

MAX_ENTRIES = 20_000  # the loader's limit; 100,000 phrasings need at least five per entry
PHRASINGS_PER_ENTRY = 6  # on average; every entry gets at least MIN_PHRASINGS
MIN_PHRASINGS = 5
MAX_PHRASINGS = 10
UNRELATED_SHARE = 0.2  # of a query stream: questions about something else entirely
ZIPF_EXPONENT = 0.8  # with the pool sizes below, gives roughly Heaps' law for English (see RESULTS.md)
CONTEXT_SHARE = 0.4  # of phrasings: a clause about the asker ("as a teacher", "at the Braxon clinic")

# Templates: {t} is a treatment (drug, procedure, therapy), {c} a condition or body part.
# Every template names both, so phrasings of different entries never collide.
INTENTS: dict[str, tuple[str, ...]] = {
    "duration": (
        "How long does {t} take to work for {c}?",
        "how long until {t} helps {c}",
        "when will I notice {t} working on my {c}",
        "how many weeks before {t} improves {c}",
        "{t} for {c}: how fast does it act",
        "does {t} work quickly for {c}",
        "time for {t} to kick in with {c}",
        "how soon can {t} relieve {c}",
    ),
    "side-effects": (
        "What are the side effects of {t} for {c}?",
        "does {t} have side effects in people with {c}",
        "is {t} hard to tolerate with {c}",
        "{t} side effects when you have {c}",
        "what problems can {t} cause for {c} patients",
        "will {t} make me feel sick if I have {c}",
        "common reactions to {t} in {c}",
        "any risks of {t} with {c}",
    ),
    "effectiveness": (
        "Does {t} work for {c}?",
        "is {t} effective against {c}",
        "how well does {t} treat {c}",
        "can {t} help with {c}",
        "evidence for {t} in {c}",
        "has {t} been studied for {c}",
        "success rate of {t} for {c}",
        "is {t} worth trying for {c}",
        "do doctors recommend {t} for {c}",
    ),
    "procedure": (
        "What happens during {t} for {c}?",
        "what should I expect from {t} with {c}",
        "walk me through {t} for {c}",
        "how is {t} done for {c}",
        "what is the {t} procedure like for {c}",
        "steps of {t} when treating {c}",
        "is {t} painful for someone with {c}",
        "do I stay awake during {t} for {c}",
    ),
    "eligibility": (
        "Who can get {t} for {c}?",
        "am I a good candidate for {t} with {c}",
        "who should avoid {t} if they have {c}",
        "can older adults with {c} have {t}",
        "is {t} suitable for teenagers with {c}",
        "requirements for {t} in {c}",
        "can I have {t} while pregnant with {c}",
        "is {t} allowed with {c} and heart problems",
    ),
    "comparison": (
        "Is {t} better than surgery for {c}?",
        "{t} versus physical therapy for {c}",
        "how does {t} compare with painkillers for {c}",
        "should I choose {t} or injections for {c}",
        "{t} compared to exercise for {c}",
        "which is stronger for {c}, {t} or massage",
        "difference between {t} and acupuncture for {c}",
        "is {t} safer than opioids for {c}",
    ),
    "preparation": (
        "How do I prepare for {t} for {c}?",
        "what to do before {t} for {c}",
        "can I eat before {t} for {c}",
        "should I fast before {t} with {c}",
        "preparing for my first {t} session for {c}",
        "what to bring to a {t} appointment for {c}",
        "do I need a driver after {t} for {c}",
        "getting ready for {t} with {c}",
    ),
    "recovery": (
        "How long is recovery after {t} for {c}?",
        "can I go back to work after {t} for {c}",
        "when can I drive after {t} for {c}",
        "recovery time from {t} with {c}",
        "what does aftercare look like after {t} for {c}",
        "how will I feel the day after {t} for {c}",
        "can I exercise after {t} for {c}",
        "rest needed following {t} for {c}",
    ),
    "interactions": (
        "Can {t} be combined with other treatments for {c}?",
        "does {t} interact with antidepressants in {c}",
        "is it safe to mix {t} with alcohol when you have {c}",
        "{t} together with physiotherapy for {c}",
        "can {t} be used alongside supplements for {c}",
        "what medicines clash with {t} for {c}",
        "combining {t} and counselling for {c}",
        "does {t} interfere with sleep aids in {c}",
    ),
    "mechanism": (
        "How does {t} work on {c}?",
        "why does {t} reduce {c}",
        "what does {t} do to the nerves in {c}",
        "the science behind {t} for {c}",
        "by what mechanism does {t} ease {c}",
        "what part of the body does {t} target in {c}",
        "explain how {t} calms {c}",
        "does {t} change the brain in {c}",
    ),
    "frequency": (
        "How often is {t} given for {c}?",
        "how many sessions of {t} do I need for {c}",
        "is {t} a one time treatment for {c}",
        "schedule for {t} with {c}",
        "do I need repeat {t} for {c}",
        "how frequently should {t} be repeated for {c}",
        "number of {t} treatments for {c}",
        "are follow up rounds of {t} needed for {c}",
    ),
    "availability": (
        "Where can I get {t} for {c}?",
        "which clinics offer {t} for {c}",
        "is {t} available near me for {c}",
        "can my family doctor refer me for {t} for {c}",
        "is {t} covered by insurance for {c}",
        "waiting list for {t} with {c}",
        "can I get {t} at home for {c}",
        "is {t} approved for {c} in my country",
    ),
}

# Clauses people add about themselves; they bring words that are not the entry's subject.
CONTEXTS = (
    "after {n} years of {c}",
    "while already on {t}",
    "at the {place} clinic",
    "as a {job}",
    "since my {event}",
    "for my {relative} with {c}",
    "here in {place}",
    "if I also have {c}",
)
JOBS = (
    "teacher nurse farmer driver cleaner builder student pensioner carer chef electrician plumber "
    "accountant hairdresser pilot soldier shopkeeper musician painter gardener"
).split()
EVENTS = (
    "accident surgery pregnancy fall divorce injury operation retirement diagnosis chemotherapy "
    "car crash sports injury"
).split()
RELATIVES = "mother father wife husband partner son daughter sister brother grandmother friend".split()

SECTIONS = {
    "duration": "Timing and Onset",
    "side-effects": "Risks and Side Effects",
    "effectiveness": "Evidence and Benefits",
    "procedure": "What to Expect",
    "eligibility": "Who It May Suit",
    "comparison": "Alternatives",
    "preparation": "Before Treatment",
    "recovery": "After Treatment",
    "interactions": "Combining Treatments",
    "mechanism": "How It Works",
    "frequency": "Course of Treatment",
    "availability": "Access and Clinics",
}

ANSWERS = (
    "{T} is sometimes offered for {c}. The evidence so far comes from small studies, and results vary "
    "from person to person.",
    "Most people with {c} who try {t} notice a change within {n} weeks, though some need longer. "
    "Side effects such as {s1} or {s2} are usually mild and pass within hours.",
    "A specialist decides whether {t} fits your {c}. They look at your history, other medicines and "
    "how you responded to {alt}.",
    "{T} for {c} is usually given at a clinic, with monitoring of {s1} and {s2}. Plan to rest afterwards "
    "and bring someone to drive you home.",
    "Clinics in {place} and elsewhere report that {t} can ease {c} for a while; it is often combined "
    "with {alt} and regular follow-up.",
)

# Everyday words the templates' slots are made of.
# No chest or face: "chest pain" and "face swelling" rightly raise the emergency alarm before matching.
BODY_PARTS = tuple(
    part.replace("_", " ")
    for part in (
        "back lower_back upper_back neck shoulder knee hip ankle wrist elbow jaw foot hand spine pelvis "
        "abdomen leg arm thigh calf heel toe finger thumb scalp tailbone rib groin buttock forearm shin"
    ).split()
)
PAIN_WORDS = (
    "pain",
    "ache",
    "stiffness",
    "soreness",
    "cramps",
    "tingling",
    "numbness",
    "burning",
    "swelling",
)
ALTERNATIVES = (
    "physical therapy",
    "nerve blocks",
    "anti-inflammatory medicines",
    "talking therapy",
    "acupuncture",
    "massage",
    "exercise programmes",
    "heat packs",
    "pain education",
)
SIDE_EFFECTS = (
    "nausea",
    "dizziness",
    "headache",
    "tiredness",
    "dry mouth",
    "blurred vision",
    "drowsiness",
    "raised blood pressure",
    "vivid dreams",
    "itching",
)

# Pieces of made-up domain terms, in the shape of real drug, condition and procedure names.
_ONSETS = (
    "b br c cl d dr f fl g gr h j k kl l m n p pl pr qu r s sc sk sl sp st t tr v z ch sh th ph x"
).split()
_VOWELS = "a e i o u ae ia io ou ei".split()
_CODAS = "n r l m s x t d k nd rt st lt ng ".split(" ")
_DRUG_SUFFIXES = (
    "mab nib pril sartan olol statin azole cillin vir tide parin dronate lukast setron tropin "
    "profen coxib caine codone morphine pam lam zepam gliptin fenac"
).split()
_CONDITION_ROOTS = (
    "neur arthr my oste derm gastr hepat nephr cardi encephal mening fasci tend burs cost sacro "
    "spondyl radicul plex angi vascul synov chondr ligament capsul cervic lumb thorac"
).split()
_CONDITION_SUFFIXES = "itis algia opathy osis oma odynia ectasia plasia".split()
_PROCEDURE_SUFFIXES = "otomy oplasty oscopy ectomy olysis odesis".split()
_PROCEDURE_PREFIXES = ("ablation", "infusion", "injection", "stimulation", "block", "therapy")
_CONDITION_ADJECTIVES = ("chronic", "recurrent", "post-surgical", "diabetic", "migrating", "persistent")

UNRELATED = (
    "What time does the supermarket close on Sundays?",
    "how do I reset my wifi router",
    "who won the football world cup in 2018",
    "best recipe for banana bread",
    "how tall is mount everest",
    "can you recommend a good science fiction novel",
    "what is the capital of australia",
    "how do I change a flat tyre on my bike",
    "is it going to rain in London tomorrow",
    "translate good morning into Japanese",
    "how many calories are in an avocado",
    "what's the exchange rate between euros and dollars",
    "how do I unblock a kitchen sink",
    "tips for learning to play the guitar",
    "when was the printing press invented",
    "how to make my sourdough starter more active",
    "what does a software engineer earn",
    "how long should I boil an egg",
    "which planet has the most moons",
    "write me a poem about the sea",
    "how do I renew my passport",
    "what's a good name for a golden retriever puppy",
    "how does compound interest work",
    "is it safe to leave my laptop charging overnight",
)
FILLERS = ("hi, ", "quick question: ", "can you tell me ", "i was wondering ", "hello, ", "so ", "um ")
ENDINGS = ("?", " please", " thanks", "??", "")


def _term_pool(rng: random.Random, size: int) -> tuple[list[str], list[str]]:
    """Made-up treatments and conditions, `size` of each kind, in random (Zipf rank) order."""
    treatments: set[str] = set()
    conditions: set[str] = set()
    while len(treatments) < size:
        stem = _pseudo_word(rng, rng.randint(1, 3))
        kind = rng.random()
        if kind < 0.6:
            treatments.add(stem + rng.choice(_DRUG_SUFFIXES))
        elif kind < 0.85:
            treatments.add(rng.choice(_CONDITION_ROOTS) + rng.choice(_PROCEDURE_SUFFIXES) + " " + stem)
        else:
            treatments.add(f"{stem} {rng.choice(_PROCEDURE_PREFIXES)}")
    while len(conditions) < size:
        kind = rng.random()
        root = rng.choice(_CONDITION_ROOTS)
        if kind < 0.45:
            conditions.add(_pseudo_word(rng, rng.randint(1, 2)) + root + rng.choice(_CONDITION_SUFFIXES))
        elif kind < 0.75:
            conditions.add(f"{rng.choice(BODY_PARTS)} {rng.choice(PAIN_WORDS)}")
            conditions.add(f"{_pseudo_word(rng, 2)} {rng.choice(BODY_PARTS)} {rng.choice(PAIN_WORDS)}")
        else:
            conditions.add(f"{rng.choice(_CONDITION_ADJECTIVES)} {root}{rng.choice(_CONDITION_SUFFIXES)}")
    ordered_treatments = sorted(treatments)
    ordered_conditions = sorted(conditions)
    rng.shuffle(ordered_treatments)
    rng.shuffle(ordered_conditions)
    return ordered_treatments, ordered_conditions


def _pseudo_word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))


class _Zipf:
    """Draws items with probability proportional to 1 / rank ** ZIPF_EXPONENT, as words are in real text."""

    def __init__(self, items: Sequence[str]) -> None:
        self.items = items
        weights = (1.0 / rank**ZIPF_EXPONENT for rank in range(1, len(items) + 1))
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random) -> str:
        point = rng.random() * self.cumulative[-1]
        return self.items[min(bisect.bisect_right(self.cumulative, point), len(self.items) - 1)]


def generate(phrasings: int, seed: int = 0) -> dict[str, object]:
    """A knowledge document (plain data, ready for YAML) with exactly `phrasings` phrasings."""
    if phrasings < MIN_PHRASINGS:
        raise ValueError(f"need at least {MIN_PHRASINGS} phrasings")
    rng = random.Random(seed)
    entry_count = min(MAX_ENTRIES, max(1, phrasings // PHRASINGS_PER_ENTRY))
    counts = [MIN_PHRASINGS] * entry_count
    for _ in range(phrasings - MIN_PHRASINGS * entry_count):
        index = rng.randrange(entry_count)
        while counts[index] >= MAX_PHRASINGS:
            index = (index + 1) % entry_count
        counts[index] += 1
    vocabulary = _Vocabulary(rng, phrasings)
    intents = list(INTENTS)
    subjects: set[tuple[str, str, str]] = set()
    seen: set[str] = set()
    entries: list[dict[str, object]] = []
    for number, count in enumerate(counts):
        intent, treatment, condition = _new_subject(rng, intents, vocabulary, subjects)
        templates = rng.sample(INTENTS[intent], min(count, len(INTENTS[intent])))
        questions: list[str] = []
        attempts = 0
        while len(questions) < count:
            attempts += 1
            template = templates[len(questions)] if len(questions) < len(templates) else rng.choice(templates)
            text = template.format(t=treatment, c=condition)
            if rng.random() < CONTEXT_SHARE:
                text = f"{text.rstrip('?')} {vocabulary.context(rng)}" + ("?" if text.endswith("?") else "")
            if len(questions) >= len(templates) or attempts > count * 3:
                text = _vary(rng, text)
            if phrase_key(text) not in seen:
                seen.add(phrase_key(text))
                questions.append(text)
        entry: dict[str, object] = {
            "id": f"{intent}-{number}",
            "section": SECTIONS[intent],
            "questions": questions,
            "answer": _answer(rng, treatment, condition),
        }
        if number and rng.random() < 0.3:
            entry["related"] = [str(entries[rng.randrange(len(entries))]["id"])]
        entries.append(entry)
    shipped = load_knowledge()
    return {
        "format": 1,
        "topic": f"Synthetic knowledge of {phrasings:,} phrasings",
        "source": "Generated by benchmarks/synthetic.py for the load and latency benchmarks; not medical.",
        "messages": shipped.messages._asdict(),
        "entries": entries,
    }


class _Vocabulary:
    """The made-up terms of one file; their number grows with the file (Heaps' law), as in real text."""

    def __init__(self, rng: random.Random, phrasings: int) -> None:
        size = max(50, int(20 * phrasings**0.7))
        treatments, conditions = _term_pool(rng, size)
        self.treatments, self.conditions = _Zipf(treatments), _Zipf(conditions)
        self.places = _Zipf(sorted({_pseudo_word(rng, rng.randint(1, 2)).title() for _ in range(size // 3)}))

    def context(self, rng: random.Random) -> str:
        return rng.choice(CONTEXTS).format(
            n=rng.randint(2, 30),
            c=self.conditions.draw(rng),
            t=self.treatments.draw(rng),
            place=self.places.draw(rng),
            job=rng.choice(JOBS),
            event=rng.choice(EVENTS),
            relative=rng.choice(RELATIVES),
        )


def _new_subject(
    rng: random.Random, intents: list[str], vocabulary: _Vocabulary, subjects: set[tuple[str, str, str]]
) -> tuple[str, str, str]:
    while True:
        subject = (rng.choice(intents), vocabulary.treatments.draw(rng), vocabulary.conditions.draw(rng))
        if subject not in subjects:
            subjects.add(subject)
            return subject


def _vary(rng: random.Random, text: str) -> str:
    """Another wording of a phrasing, for entries with more phrasings than their intent has templates."""
    extra = rng.choice(("in simple words", "for a friend", "honestly", "in my case", "at my age", "again"))
    return f"{text.rstrip('?')} {extra} {rng.randint(2, 99)}"


def _answer(rng: random.Random, treatment: str, condition: str) -> str:
    sentences = rng.sample(ANSWERS, 2)
    side_effects = rng.sample(SIDE_EFFECTS, 2)
    return " ".join(
        sentence.format(
            t=treatment,
            T=treatment[:1].upper() + treatment[1:],
            c=condition,
            n=rng.randint(1, 8),
            s1=side_effects[0],
            s2=side_effects[1],
            alt=rng.choice(ALTERNATIVES),
            place=_pseudo_word(rng, 2).title(),
        )
        for sentence in sentences
    )


def write(path: str | Path, phrasings: int, seed: int = 0) -> Path:
    """Generate a knowledge file of `phrasings` phrasings at `path`."""
    document = generate(phrasings, seed)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1000)
    target = Path(path)
    target.write_text(text, encoding="utf-8")
    return target


class Query(NamedTuple):
    """A question for the benchmarks, and the entry it was made from (None for an unrelated one)."""

    text: str
    entry_id: str | None


def queries(entries: Sequence[tuple[str, Sequence[str]]], count: int, seed: int = 0) -> list[Query]:
    """A query stream: phrasings of (entry id, phrasings) pairs with typos, dropped words and filler,
    and a share of unrelated questions."""
    rng = random.Random(seed)
    stream = []
    for _ in range(count):
        if rng.random() < UNRELATED_SHARE:
            stream.append(Query(_unrelated(rng), None))
        else:
            entry_id, phrasings = rng.choice(entries)
            stream.append(Query(perturb(rng.choice(phrasings), rng), entry_id))
    return stream


def perturb(text: str, rng: random.Random) -> str:
    """The same question as a person might type it: one or two of typo, lost word, filler, lower case."""
    words = text.rstrip("?").split()
    for change in rng.sample(("typo", "drop", "filler", "swap", "lower"), rng.randint(1, 2)):
        if change == "typo":
            long_words = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
            if long_words:
                index = rng.choice(long_words)
                words[index] = _typo(words[index], rng)
        elif change == "drop" and len(words) >= 4:
            del words[rng.randrange(len(words))]
        elif change == "swap" and len(words) >= 3:
            index = rng.randrange(len(words) - 1)
            words[index], words[index + 1] = words[index + 1], words[index]
        elif change == "lower":
            words = [word.lower() for word in words]
        elif change == "filler":
            words.insert(0, rng.choice(FILLERS).strip())
    return " ".join(words) + rng.choice(ENDINGS)


def _typo(word: str, rng: random.Random) -> str:
    position = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:  # a letter left out
        return word[:position] + word[position + 1 :]
    if kind == 1:  # two letters swapped
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if kind == 2:  # a wrong letter
        return word[:position] + letter + word[position + 1 :]
    return word[:position] + letter + word[position:]  # a letter too many


def _unrelated(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return rng.choice(UNRELATED)
    return " ".join(_pseudo_word(rng, rng.randint(1, 3)) for _ in range(rng.randint(2, 6))) + "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic knowledge file for the benchmarks.")
    parser.add_argument("phrasings", type=int, help="how many phrasings (at least 5)")
    parser.add_argument("path", help="where to write the YAML file")
    parser.add_argument("--seed", type=int, default=0, help="random seed (the same seed gives the same file)")
    options = parser.parse_args(argv)
    write(options.path, options.phrasings, options.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
