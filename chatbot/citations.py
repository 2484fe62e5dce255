"""Checks of a knowledge file against the article it is written from, for `ketamine-faq validate`.

A knowledge file that names its article (`source_file`) backs each entry's answer with `quotes`,
passages copied from the article word for word. These checks hold the answers to them:

- quote-not-found (a collision): a quote that is not in the article, compared after folding white
  space and typographic quotes, apostrophes and dashes;
- source-file (a collision): an article that cannot be read, or quotes in a file that names no
  article to check them against;
- unbacked (a warning): an answer that states a number, or names a term the article names, that none
  of its entry's quotes contains. The terms are read from the article itself: the short items of its
  bulleted lists (conditions, side effects) and the items of its "such as", "like" and "history of"
  lists, each with the forms the knowledge's synonyms give it;
- no-quotes (a warning): an entry without quotes, in a file that names its article;
- bare-yes-no (a warning): an answer, small talk too, that opens with a bare "Yes" or "No". Every
  phrasing of an entry gets the same answer, and one phrasing's "yes" is another's "no" ("is ketamine
  an opioid?", "is ketamine a non-opioid painkiller?"), so an answer must hold whatever was asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from chatbot.knowledge import Entry, Knowledge
from chatbot.normalize import stem
from chatbot.text import phrase_key
from chatbot.yaml_source import KeyPath, LocatedDocument, read_yaml

MAX_SOURCE_BYTES = 32 * 1024 * 1024  # as for a knowledge file: an article is a few pages, never this
# The longest list item read as a term: the article's named conditions and side effects are one to
# five words ("Complex Regional Pain Syndrome (CRPS)"); its longer bullets are sentences.
MAX_BULLET_TERM_WORDS = 5
# In running text a list's last item runs on into the sentence ("…and nerve injury can cause
# persistent nerve pain"); items longer than this are that run-on, not a name.
MAX_LISTED_TERM_WORDS = 4
MAX_SHOWN = 60  # characters of a quote shown in a finding: enough to find it in the file

# Folded before comparing a quote with the article: the same text typed on another keyboard.
_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-",
    }
)  # fmt: skip
_WHITE_SPACE = re.compile(r"\s+")
_BARE_YES_NO = re.compile(r"^\W*(?:yes|no)\b\s*(?:[.,;:!?\-\u2013\u2014]|$)", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_LETTERS = re.compile(r"[a-z]+")
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion dozen half twice".split()
)  # "one" is left out: it is far more often a pronoun ("one of", "no one") than a count
_BULLET = re.compile(r"^\s*[-*\u2022]\s+(.+?)\s*$")  # not "1. …": the article numbers its headings
_LIST_MARKER = re.compile(
    r"(?<![\w-])(?:such as|like|history of)\s+(.+?)(?=[.;:!?()\u2013\u2014]|$)", re.IGNORECASE
)
_PARENTHESES = re.compile(r"\(([^()]*)\)")
_ITEM_SEPARATOR = re.compile(r",|\band\b|\bor\b", re.IGNORECASE)


class CitationFinding(NamedTuple):
    """One thing the citation checks found, located in the knowledge file when it can be read."""

    collision: bool  # True: makes validate fail; False: a warning
    check: str  # quote-not-found | source-file | unbacked | no-quotes | bare-yes-no
    message: str
    entry_id: str
    text: str  # the quote, the unbacked term or number, or the answer's opening
    path: str
    line: int | None


class Term(NamedTuple):
    """A name the article gives (a condition, a side effect…) and every form it may take in an answer."""

    name: str
    forms: tuple[str, ...]  # stemmed phrase keys


def fold_quote(text: str) -> str:
    """Text as a quote is compared with its source: typographic marks plain, white space single."""
    return _WHITE_SPACE.sub(" ", text.translate(_TYPOGRAPHIC)).strip()


def bare_yes_or_no(answer: str) -> str:
    """The opening of an answer that takes one side of a yes/no question ("Yes.", "No,", "Yes —"), or ""."""
    opening = _BARE_YES_NO.match(answer)
    return opening.group(0).strip() if opening else ""


def numbers(text: str) -> frozenset[str]:
    """The numbers a text states, in digits ("40", "1960") or in words ("three", "million")."""
    folded = fold_quote(text).lower()
    found = {match.replace(",", "") for match in _DIGITS.findall(folded)}
    found |= {word for word in _LETTERS.findall(folded) if word in NUMBER_WORDS}
    return frozenset(found)


def named_terms(source: str, synonyms: Sequence[tuple[str, Sequence[str]]] = ()) -> tuple[Term, ...]:
    """The terms the article names in its lists, each with the forms the synonyms give it."""
    names: dict[str, str] = {}
    for line in source.splitlines():
        bullet = _BULLET.match(line)
        if bullet:
            for name in _list_items(bullet.group(1), MAX_BULLET_TERM_WORDS, whole=True):
                names.setdefault(phrase_key(name), name)
        for listed in _LIST_MARKER.finditer(line):
            for name in _list_items(listed.group(1), MAX_LISTED_TERM_WORDS, whole=False):
                names.setdefault(phrase_key(name), name)
    groups = [(canonical, *variants) for canonical, variants in synonyms]
    group_of = {_stemmed(form): group for group in groups for form in group}
    terms: dict[tuple[str, ...], Term] = {}  # "CRPS" and "Complex Regional Pain Syndrome" are one term
    for key, name in names.items():
        forms = {_stemmed(key)}
        words = key.split()
        for start in range(len(words) - 1 if len(words) > 1 else 1):  # the name, and its ends of 2+ words
            group = group_of.get(_stemmed(" ".join(words[start:])))
            if group is not None:
                forms |= {_stemmed(form) for form in group}
        term = Term(name, tuple(sorted(form for form in forms if form)))
        terms.setdefault(term.forms, term)
    return tuple(terms.values())


def terms_in(text: str, terms: Iterable[Term]) -> tuple[Term, ...]:
    """The terms that `text` names, in any of their forms."""
    stemmed = f" {_stemmed(text)} "
    return tuple(term for term in terms if any(f" {form} " in stemmed for form in term.forms))


def check_citations(knowledge: Knowledge) -> list[CitationFinding]:
    """Every citation finding for a loaded knowledge file (see the module docstring)."""
    locate = _Locator(knowledge)
    findings: list[CitationFinding] = []
    for entry in (*knowledge.entries, *knowledge.smalltalk):
        opening = bare_yes_or_no(entry.answer)
        if opening:
            message = (
                f"the answer of entry {entry.id!r} opens with a bare {opening!r}: every phrasing gets it, "
                "so it must hold whichever way the question is put"
            )
            findings.append(locate.finding(False, "bare-yes-no", message, entry, ("answer",), opening))
    quoted = [entry for entry in (*knowledge.entries, *knowledge.smalltalk) if entry.quotes]
    if knowledge.source_file is None:
        if quoted:
            message = (
                f"entry {quoted[0].id!r} has quotes, but the file names no source_file to check them against"
            )
            findings.append(locate.finding(True, "source-file", message, quoted[0], ("quotes",), ""))
        return findings
    source, problem = _read_source(knowledge.source_file)
    if source is None:
        findings.append(locate.source_file_finding(f"source_file: {problem}"))
        return findings
    findings += _quotes_not_found(knowledge, source, locate)
    terms = named_terms(source, knowledge.synonyms)
    for entry in knowledge.entries:
        if not entry.quotes:
            message = f"entry {entry.id!r} has no quotes from the source to back its answer"
            findings.append(locate.finding(False, "no-quotes", message, entry, (), ""))
            continue
        findings += _unbacked(entry, terms, locate)
    return findings


def _quotes_not_found(knowledge: Knowledge, source: str, locate: _Locator) -> Iterator[CitationFinding]:
    folded_source = fold_quote(source)
    for entry in (*knowledge.entries, *knowledge.smalltalk):
        for index, quote in enumerate(entry.quotes):
            if fold_quote(quote) not in folded_source:
                yield locate.finding(
                    True,
                    "quote-not-found",
                    f"quote {_shown(quote)} of entry {entry.id!r} is not in {knowledge.source_file} word for "
                    "word (copy it from the source: only white space and typographic quotes, apostrophes "
                    "and dashes may differ)",
                    entry,
                    ("quotes", index),
                    quote,
                )


def _unbacked(entry: Entry, terms: Sequence[Term], locate: _Locator) -> Iterator[CitationFinding]:
    quoted = " ".join(entry.quotes)
    for number in sorted(numbers(entry.answer) - numbers(quoted)):
        yield locate.finding(
            False,
            "unbacked",
            f"the answer of entry {entry.id!r} states {number!r}, which none of its quotes contains",
            entry,
            ("answer",),
            number,
        )
    backed = set(terms_in(quoted, terms))
    for term in terms_in(entry.answer, terms):
        if term not in backed:
            yield locate.finding(
                False,
                "unbacked",
                f"the answer of entry {entry.id!r} names {term.name!r}, which none of its quotes names",
                entry,
                ("answer",),
                term.name,
            )


def _list_items(text: str, max_words: int, *, whole: bool) -> Iterator[str]:
    """The names in one list's text: split at commas, "and", "or"; an abbreviation in parentheses is a
    name of its own, other parenthesised words ("usually temporary") are dropped."""
    for inner in _PARENTHESES.findall(text):
        if inner.strip() and inner.strip().isupper():
            yield inner.strip()
    text = _PARENTHESES.sub(" ", text)
    if whole and len(text.split()) > max_words + 2:  # a bullet that is a sentence, not a list of names
        return
    for item in _ITEM_SEPARATOR.split(text):
        item = item.strip(" \"'\u201c\u201d")
        if item and len(item.split()) <= max_words and any(character.isalpha() for character in item):
            yield item


def _stemmed(text: str) -> str:
    return " ".join(stem(word) for word in phrase_key(text).split())


def _read_source(path: str) -> tuple[str | None, str]:
    """The article's text, or None and why it cannot be read."""
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_SOURCE_BYTES + 1)
    except OSError as error:
        return None, f"cannot read {path}: {error.strerror or error}"
    if len(raw) > MAX_SOURCE_BYTES:
        return None, f"{path} is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MiB"
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError as error:
        return None, f"{path} is not UTF-8 text (byte {error.start})"


def _shown(text: str) -> str:
    return repr(text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "\u2026")


class _Locator:
    """Lines of entries' fields in the knowledge file, found by entry id, when the file can be read."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._path = knowledge.path
        self._document: LocatedDocument | None = None
        self._entries: dict[str, KeyPath] = {}
        if Path(knowledge.path).is_file():
            self._document = read_yaml(knowledge.path)[0]
        root = self._document.value if self._document is not None else None
        if not isinstance(root, dict):
            return
        for section in ("entries", "smalltalk"):
            items = root.get(section)
            for index, item in enumerate(items if isinstance(items, list) else ()):
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    self._entries.setdefault(item["id"].strip(), (section, index))

    def line(self, entry: Entry, field: KeyPath) -> int | None:
        where = self._entries.get(entry.id)
        if self._document is None or where is None:
            return None
        return self._document.line_of((*where, *field))

    def finding(
        self, collision: bool, check: str, message: str, entry: Entry, field: KeyPath, text: str
    ) -> CitationFinding:
        return CitationFinding(collision, check, message, entry.id, text, self._path, self.line(entry, field))

    def source_file_finding(self, message: str) -> CitationFinding:
        line = self._document.line_of(("source_file",)) if self._document is not None else None
        return CitationFinding(True, "source-file", message, "", "", self._path, line)
