"""Turn a person's words into the tokens the matcher compares.

The steps, each undoing one way people write the same thing differently: Unicode NFKC and
case folding, contractions ("what's", "dont"), plural endings, spelling correction against the
knowledge's own vocabulary, then synonyms and abbreviations mapped onto one canonical term
(IV / drip / intravenous, CRPS / RSD, fibro / fibromyalgia).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import NamedTuple

from rapidfuzz.distance import OSA

from chatbot.package_files import package_file
from chatbot.short_words import dose_as_verb, short_typos
from chatbot.spelling import SpellingIndex
from chatbot.text import fold, words

# Words that carry no topic of their own. They still count for fuzzy similarity of whole
# phrasings, but not for the content-word overlap that decides *what* is being asked.
# Question words (what, when, why, who, how…) are not among them: "when is pain chronic"
# and "why ketamine for chronic pain" differ in little else.
STOPWORDS = frozenset(
    """
    a about above after again all also am an and any anyone anything are around as at be been being
    before both but by can could did do does doing done each either else even ever every for from get
    gets getting go goes going got had has have having he her here hers him his i if in into is it its
    itself just kind know let like lot lots may maybe me might mine more most much must my myself need
    needs nor now of off ok okay on once one only or other our out over own please pls really same say
    she should so some someone something sort such tell than thank thanks that the their them then there
    these they thing things this those though through thus to too u under until up upon us use used very
    want wanted wants was we well were whats whether while whom whose will with wonder wondering would
    yes yet you your yours yourself hey hi hello hiya im ive id dont doesnt didnt cant wont isnt arent
    wasnt youre thats theres heres hows whos gonna wanna gotta lol
    exactly actually honestly seriously simply definitely certainly basically literally truly anyway
    anyways totally genuinely generally rather kinda sorta perhaps tbh imo btw fyi
    """.split()
)

# Contractions and their apostrophe-less spellings, expanded so that "dont" and "do not" agree.
CONTRACTIONS: Mapping[str, tuple[str, ...]] = {
    "can't": ("can", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "wont": ("will", "not"),
    "i'm": ("i", "am"),
    "im": ("i", "am"),
    "i've": ("i", "have"),
    "ive": ("i", "have"),
    "i'd": ("i", "would"),
    "i'll": ("i", "will"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "whats": ("what", "is"),
    "hows": ("how", "is"),
    "thats": ("that", "is"),
    "youre": ("you", "are"),
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "pls": ("please",),
    "plz": ("please",),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    # Text-speak: short enough that spelling correction leaves them alone (see MIN_CORRECTED_LENGTH).
    "wat": ("what",),
    "wot": ("what",),
    "wut": ("what",),
    "wats": ("what", "is"),
    "wots": ("what", "is"),
    "wen": ("when",),
    "ppl": ("people",),
    "abt": ("about",),
    "bout": ("about",),
    "cuz": ("because",),
    "coz": ("because",),
    "tho": ("though",),
    "shud": ("should",),
    "cud": ("could",),
    "wud": ("would",),
    "smth": ("something",),
    "sth": ("something",),
    "hrs": ("hours",),
    "mins": ("minutes",),
    "yrs": ("years",),
    "wks": ("weeks",),
    "ty": ("thank", "you"),
    "thx": ("thanks",),
    "thnx": ("thanks",),
    "tmrw": ("tomorrow",),
    "nite": ("night",),
}
_AUXILIARIES = frozenset(
    "is are was were do does did have has had should would could must need might ca wo sha".split()
)
_SUFFIX_EXPANSIONS = {"n't": ("not",), "'re": ("are",), "'ve": ("have",), "'ll": ("will",), "'m": ("am",)}

MIN_CORRECTED_LENGTH = 5  # shorter words have too many real neighbours one edit away ("cost"/"post")
# The shortest part of two words typed glued together that is read apart ("howlong"): a single letter makes
# too many words of others ("a" + "side" is not what "aside" says).
MIN_GLUED_PART = 2


@cache
def common_words() -> frozenset[str]:
    """Everyday English words (chatbot/common_words.txt), read once on first use.

    A word the knowledge never uses but that is on this list ("foot", "sister") says little about
    what is asked; an unknown word that is not on it ("acupuncture", "gabapentin") usually names
    something the knowledge does not cover.
    """
    with open(package_file("common_words.txt"), encoding="utf-8") as stream:
        return frozenset(stream.read().split())


def stem(word: str) -> str:
    """A light English suffix stripper, so that "monitored", "monitoring" and "monitor" agree.

    Plural, -ing, -ed and -ly endings and a final e go; stopwords and short words stay whole. It is
    a fraction of Porter's rules, written here because it runs on every word of every question and
    must cost about a microsecond (a full Snowball stemmer costs thirty).
    """
    if word in STOPWORDS or len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix, shortest in (("ing", 3), ("ed", 3), ("ly", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest and _has_vowel(word[: -len(suffix)]):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "tripping" -> "trip"
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha():
        return word[:-1]
    return word


def _has_vowel(text: str) -> bool:
    return any(letter in "aeiouy" for letter in text)


def raw_tokens(text: str) -> list[str]:
    """Folded words with contractions expanded and possessives dropped, before spelling and synonyms."""
    tokens: list[str] = []
    for word in words(fold(text)):
        expansion = CONTRACTIONS.get(word)
        if expansion is not None:
            tokens.extend(expansion)
        elif word.endswith("nt") and word[:-2] in _AUXILIARIES:  # "shouldnt", "isnt", "wont"
            tokens.extend(({"ca": "can", "wo": "will"}.get(word[:-2], word[:-2]), "not"))
        elif "'" in word:
            tokens.extend(_expand_apostrophe(word))
        else:
            tokens.append(word)
    return dose_as_verb(tokens)


def _expand_apostrophe(word: str) -> tuple[str, ...]:
    for suffix, expansion in _SUFFIX_EXPANSIONS.items():
        if word.endswith(suffix):
            head = word[: -len(suffix)]
            return ({"ca": "can", "wo": "will", "sha": "shall"}.get(head, head), *expansion)
    plain = word.removesuffix("'s").replace("'", "")
    return (plain,) if plain else ()


Phrase = tuple[str, ...]


class Normalizer(NamedTuple):
    """Maps text to canonical tokens; built once from a knowledge file's words and synonyms."""

    spelling: frozenset[str]  # whole words taken as spelled right: the knowledge's and everyday English
    stems_of: Mapping[str, str]  # the stem of every word the knowledge uses, worked out once
    synonyms: Mapping[Phrase, Phrase]  # variant -> canonical, as stemmed tokens
    # first word -> the lengths (in words) of the variants that start with it, longest first
    synonym_lengths: Mapping[str, tuple[int, ...]]
    corrections: SpellingIndex  # what a typo may become: the knowledge's own words
    # two neighbouring words of the knowledge typed without the space ("infusiontherapy") -> the two words
    glued: Mapping[str, tuple[str, str]]
    everyday_corrections: SpellingIndex  # or an everyday English word ("everyting"), when nearer

    @classmethod
    def build(
        cls,
        texts: Iterable[str],
        synonyms: Iterable[tuple[str, Iterable[str]]],
        everyday_words: Iterable[str] = (),
        split: Mapping[str, list[str]] | None = None,
        keywords: Iterable[str] = (),
    ) -> Normalizer:
        """Learn the vocabulary from `texts` and the synonym table from (canonical, variants) pairs.

        `split` may hold texts already split by `raw_tokens`, to save splitting them twice."""
        own_words: set[str] = set()
        glued: dict[str, tuple[str, str]] = {}
        pairs: list[tuple[list[str], list[str]]] = []
        for canonical, variants in synonyms:
            canonical_raw = raw_tokens(canonical)
            own_words.update(canonical_raw)
            for variant in variants:
                variant_raw = raw_tokens(variant)
                own_words.update(variant_raw)
                pairs.append((variant_raw, canonical_raw))
        for text in texts:
            words = split[text] if split is not None and text in split else raw_tokens(text)
            own_words.update(words)
            for first, second in itertools.pairwise(words):
                if len(first) >= MIN_GLUED_PART and len(second) >= MIN_GLUED_PART:
                    glued.setdefault(first + second, (first, second))
        keyword_words = {word for keyword in keywords for word in raw_tokens(keyword)} - own_words
        stems = {word: stem(word) for word in own_words}
        table: dict[Phrase, Phrase] = {}
        for variant_raw, canonical_raw in pairs:
            variant_tokens = tuple(stems[token] for token in variant_raw)
            canonical_tokens = tuple(stems[token] for token in canonical_raw)
            if variant_tokens and variant_tokens != canonical_tokens:
                table.setdefault(variant_tokens, canonical_tokens)
        return cls(
            spelling=frozenset(own_words | keyword_words | STOPWORDS | set(everyday_words)),
            stems_of=stems,
            synonyms=table,
            synonym_lengths=phrase_lengths(table),
            corrections=SpellingIndex.build(own_words),
            glued={joined: parts for joined, parts in glued.items() if joined not in own_words},
            everyday_corrections=SpellingIndex.build(set(everyday_words) - own_words),
        )

    def tokens(self, text: str) -> Phrase:
        """Canonical tokens of `text`: folded, expanded, spelling-corrected, stemmed, synonyms mapped."""
        return self.canonical(raw_tokens(text))

    def canonical(self, raw: Sequence[str]) -> Phrase:
        """Canonical tokens of words already split by `raw_tokens`."""
        stems = self.stems_of
        stemmed = []
        typos = short_typos()
        for token in raw:
            known = stems.get(token)
            if known is None and token not in self.spelling:
                token = typos.get(token, token)
                known = stems.get(token)
            if known is not None:
                stemmed.append(known)
                continue
            corrected = self.correct(token)
            glued = self.unglued(token) if corrected == token else None
            if glued is not None:
                stemmed.extend(stems[word] for word in glued)
            else:
                stemmed.append(stem(corrected))
        return self.map_synonyms(stemmed)

    def unglued(self, token: str) -> tuple[str, str] | None:
        """The two neighbouring words of the knowledge an unknown word is, typed without the space between
        them ("infusiontherapy", "sideeffects", "howlong"); None when it is known or no such pair."""
        return None if token in self.spelling else self.glued.get(token)

    def keyword_tokens(self, raw: Sequence[str]) -> Phrase:
        """Tokens for matching topic keywords, from words split by `raw_tokens`: spelling-corrected
        but not stemmed, so that the keyword "fasting" does not fire on "how fast does it work"."""
        return tuple(_singular(self.correct(token)) for token in raw)

    def correct(self, token: str) -> str:
        """The known word `token` is a typo of, or `token` itself when it is known or no typo."""
        if token in self.spelling or len(token) < MIN_CORRECTED_LENGTH or not token.isalpha():
            return token
        own = self.corrections.closest(token)
        everyday = self.everyday_corrections.closest(token)
        if everyday is not None and (own is None or OSA.distance(token, everyday) < OSA.distance(token, own)):
            return everyday  # a typo of an everyday word the knowledge never uses: read, not guessed at
        return token if own is None else own

    def map_synonyms(self, tokens: Sequence[str]) -> Phrase:
        """Replace every variant phrase by its canonical term, longest phrase first."""
        result: list[str] = []
        index = 0
        count = len(tokens)
        while index < count:
            for length in self.synonym_lengths.get(tokens[index], ()):
                canonical = self.synonyms.get(tuple(tokens[index : index + length]))
                if canonical is not None and index + length <= count:
                    result.extend(canonical)
                    index += length
                    break
            else:
                result.append(tokens[index])
                index += 1
        return tuple(result)


def phrase_lengths(phrases: Iterable[Phrase]) -> Mapping[str, tuple[int, ...]]:
    """For each first word, the distinct lengths of the phrases that start with it, longest first:
    the only slices worth looking up at a word, however many phrases share it."""
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        if phrase:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}
