"""Load a knowledge file (YAML) into checked, immutable values.

Every problem found is collected, located (file, line, field) and raised at once as a
`KnowledgeError`, so that a person can mend a file in one pass.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, NamedTuple

from chatbot.errors import MAX_PROBLEMS, KnowledgeError, Problem
from chatbot.package_files import PACKAGE_DIRECTORY
from chatbot.text import phrase_key

if TYPE_CHECKING:  # yaml_source (and PyYAML) are imported only when a file is parsed
    from chatbot.yaml_source import KeyPath, LocatedDocument

DEFAULT_KNOWLEDGE_NAME = "ketamine_chronic_pain.yaml"
FORMAT_VERSION = 1
MIN_QUESTIONS = 5  # per entry: fewer phrasings than this leave too little for paraphrases to match
MIN_SMALLTALK_QUESTIONS = 3
MAX_ENTRIES = 20_000
MAX_QUESTION_CHARS = 500  # one phrasing; longer ones are a mistake (a pasted answer, say)
MAX_ANSWER_CHARS = 20_000
MAX_QUOTE_CHARS = 2_000  # one quote: a sentence or a clause of the source, never a page of it
MAX_SYNONYM_CHARS = 100  # one variant: a word or a short phrase, like a keyword or a related id
MAX_QUOTED_CHARS = 60  # of a value quoted in a problem message: enough to recognise it, short enough to read
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MESSAGE_KEYS = (
    "welcome",
    "disclaimer",
    "consult",
    "fallback",
    "clarify",
    "related",
    "more_none",
    "dosing",
    "crisis_suicide",
    "crisis_emergency",
)
# Messages a file may leave out, and what they say then.
OPTIONAL_MESSAGES = {
    "topics": "These are the questions I can answer, grouped by section:",
    "crisis_despair": (
        "I'm sorry things feel so heavy right now. You don't have to carry this alone: you can call or"
        " text 988 to talk with someone at the 988 Suicide & Crisis Lifeline, any time, or chat at"
        " 988lifeline.org. If you might act on thoughts of harming yourself, call 911."
    ),
    "risk": (
        "If someone may have taken too much of any medicine or drug, or mixed it with alcohol or opioids:"
        " call 911 if they are hard to wake, not breathing normally or having a seizure; if they are awake"
        " and breathing normally, call Poison Control at 1-800-222-1222. If you are thinking of harming"
        " yourself, call or text 988 (the Suicide & Crisis Lifeline), any time."
    ),
    "not_english": (
        "Sorry, I only understand English. Please ask your question in English, or ask your healthcare "
        "provider or an interpreter for help."
    ),
}


class Entry(NamedTuple):
    """One question/answer pair: `questions` holds its phrasings, the canonical one first; `quotes`
    holds the passages of the source article, copied word for word, that back the answer."""

    id: str
    questions: tuple[str, ...]
    answer: str
    source: str
    related: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()

    @property
    def question(self) -> str:
        """The canonical phrasing, as shown in suggestions."""
        return self.questions[0]


class UnanswerableTopic(NamedTuple):
    """A topic the source does not cover, the words that mark it, and the honest reply it gets."""

    id: str
    keywords: tuple[str, ...]
    answer: str


class Messages(NamedTuple):
    """The fixed texts of a knowledge file: disclaimer, consult prompt, crisis and fallback replies."""

    welcome: str
    disclaimer: str
    consult: str
    fallback: str
    clarify: str
    related: str
    more_none: str
    dosing: str
    crisis_suicide: str
    crisis_emergency: str
    topics: str = OPTIONAL_MESSAGES["topics"]  # heads the list of every question, the reply to "/topics"
    crisis_despair: str = OPTIONAL_MESSAGES["crisis_despair"]  # hopelessness: gentler, still 988 and 911
    risk: str = OPTIONAL_MESSAGES["risk"]  # follows the reply to a question on overdose, mixing or poisoning
    not_english: str = OPTIONAL_MESSAGES["not_english"]  # the reply to a message in another language


class Knowledge(NamedTuple):
    """Everything one knowledge file says, checked. `source_file` is the article's text file, its path
    resolved against the knowledge file's folder, or None when the file names none."""

    path: str
    topic: str
    source: str
    messages: Messages
    entries: tuple[Entry, ...]
    smalltalk: tuple[Entry, ...] = ()
    synonyms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    unanswerable: tuple[UnanswerableTopic, ...] = ()
    source_file: str | None = None

    def entry(self, entry_id: str) -> Entry:
        """The entry (or small-talk entry) with this id; KeyError if there is none."""
        for entry in (*self.entries, *self.smalltalk):
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def sections(self) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
        """Entries grouped by the article section they come from, in file order."""
        groups: dict[str, list[Entry]] = {}
        for entry in self.entries:
            groups.setdefault(entry.source, []).append(entry)
        return tuple((section, tuple(entries)) for section, entries in groups.items())

    def moved_to(self, path: str) -> Knowledge:
        """This knowledge, said to come from `path`, its source file moved along with it."""
        source_file = self.source_file
        if source_file is not None:
            relative = os.path.relpath(source_file, os.path.dirname(os.path.abspath(self.path)))
            source_file = _resolved(path, relative)
        return self._replace(path=path, source_file=source_file)


def shipped_knowledge_path() -> str:
    """The shipped knowledge file, inside the installed package or beside it in a source checkout."""
    packaged = os.path.join(PACKAGE_DIRECTORY, "knowledge", DEFAULT_KNOWLEDGE_NAME)
    if os.path.isfile(packaged):
        return packaged
    return os.path.join(os.path.dirname(PACKAGE_DIRECTORY), "knowledge", DEFAULT_KNOWLEDGE_NAME)


NOT_KNOWLEDGE = "is not a knowledge file (a YAML mapping with `format: 1` and `entries`)"


def load_knowledge(path: str | os.PathLike[str] | None = None, *, quote: bool = True) -> Knowledge:
    """Read and check a knowledge file; raise KnowledgeError naming every problem.

    With `quote=False` (a path named inside another file, which may point anywhere), a file that is
    not a knowledge file at all gets one problem, NOT_KNOWLEDGE, that quotes nothing of it."""
    from pathlib import Path

    from chatbot.yaml_source import read_yaml

    chosen = Path(shipped_knowledge_path() if path is None else path)
    document, problems = read_yaml(chosen)
    if not quote and (document is None or not _looks_like_knowledge(document.value)):
        raise KnowledgeError([Problem(str(chosen), None, "", NOT_KNOWLEDGE)])
    if document is None:
        raise KnowledgeError(problems)
    return _Checker(document).knowledge()


def _looks_like_knowledge(root: object) -> bool:
    return isinstance(root, dict) and root.get("format") == FORMAT_VERSION and "entries" in root


class _Checker:
    """Walks a parsed document against the schema, collecting located problems."""

    def __init__(self, document: LocatedDocument) -> None:
        self.document = document
        self.problems: list[Problem] = []
        self.more = 0  # problems past MAX_PROBLEMS: counted, never built

    def problem(self, key_path: KeyPath, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.more += 1
        else:
            self.problems.append(self.document.problem(key_path, message))

    def knowledge(self) -> Knowledge:
        root = self.document.value
        if not isinstance(root, dict):
            self.problem((), "the file must be a mapping with keys format, topic, source, messages, entries")
            raise KnowledgeError(self.problems, self.more)
        known = {
            "format", "topic", "source", "source_file", "messages", "synonyms", "unanswerable", "entries",
            "smalltalk",
        }  # fmt: skip
        for key in root:
            if key not in known:
                self.problem((key,), f"unknown key; expected one of {', '.join(sorted(known))}")
        if root.get("format") != FORMAT_VERSION:
            self.problem(("format",), f"must be {FORMAT_VERSION}")
        topic = self.text(root, ("topic",))
        source = self.text(root, ("source",))
        source_file = self.text(root, ("source_file",), limit=1_000) if "source_file" in root else ""
        messages = self.messages(root.get("messages"))
        entries = self.entries(root.get("entries"), ("entries",), MIN_QUESTIONS, needs_section=True)
        smalltalk = self.entries(root.get("smalltalk", []), ("smalltalk",), MIN_SMALLTALK_QUESTIONS)
        synonyms = self.synonyms(root.get("synonyms", {}))
        unanswerable = self.unanswerable(root.get("unanswerable", []))
        self.check_ids(entries, smalltalk, unanswerable)
        if self.problems:
            raise KnowledgeError(self.problems, self.more)
        return Knowledge(
            path=self.document.path,
            topic=topic,
            source=source,
            messages=messages,
            entries=tuple(entry for entry, _ in entries),
            smalltalk=tuple(entry for entry, _ in smalltalk),
            synonyms=synonyms,
            unanswerable=tuple(topic for topic, _ in unanswerable),
            source_file=_resolved(self.document.path, source_file) if source_file else None,
        )

    def text(self, mapping: dict[str, object], key_path: KeyPath, limit: int = MAX_ANSWER_CHARS) -> str:
        value = mapping.get(str(key_path[-1]))
        if value is None:
            self.problem(key_path, "is missing")
            return ""
        if not isinstance(value, str):
            self.problem(key_path, f"must be text, not {_type_name(value)}")
            return ""
        if not value.strip():
            self.problem(key_path, "is empty")
            return ""
        if len(value) > limit:  # reported here, and dropped so that no other check quotes it again
            self.problem(key_path, f"is longer than {limit:,} characters")
            return ""
        return value.strip()

    def text_list(self, mapping: dict[str, object], key_path: KeyPath, minimum: int, limit: int) -> list[str]:
        value = mapping.get(str(key_path[-1]))
        if value is None:
            if minimum:
                self.problem(key_path, "is missing")
            return []
        if not isinstance(value, list):
            self.problem(key_path, f"must be a list, not {_type_name(value)}")
            return []
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.problem((*key_path, index), "must be non-empty text")
            elif len(item) > limit:
                self.problem((*key_path, index), f"is longer than {limit:,} characters")
            else:
                items.append(item.strip())
        if len(value) < minimum:
            self.problem(key_path, f"needs at least {minimum} items, has {len(value)}")
        return items

    def messages(self, value: object) -> Messages:
        if not isinstance(value, dict):  # one problem: not one more for each message the mapping lacks
            self.problem(("messages",), "is missing" if value is None else "must be a mapping")
            return Messages(**dict.fromkeys(MESSAGE_KEYS, ""))
        known = (*MESSAGE_KEYS, *OPTIONAL_MESSAGES)
        for key in value:
            if key not in known:
                self.problem(("messages", key), f"unknown message; expected one of {', '.join(known)}")
        texts = {key: self.text(value, ("messages", key)) for key in MESSAGE_KEYS}
        texts |= {key: self.text(value, ("messages", key)) for key in OPTIONAL_MESSAGES if key in value}
        return Messages(**texts)

    def entries(
        self, value: object, key_path: KeyPath, minimum_questions: int, *, needs_section: bool = False
    ) -> list[tuple[Entry, KeyPath]]:
        if not isinstance(value, list):
            self.problem(key_path, "is missing" if value is None else "must be a list of entries")
            return []
        if needs_section and not value:
            self.problem(key_path, "needs at least one entry")
        if len(value) > MAX_ENTRIES:
            self.problem(key_path, f"has more than {MAX_ENTRIES:,} entries")
            return []
        result = []
        for index, item in enumerate(value):
            path = (*key_path, index)
            if not isinstance(item, dict):
                self.problem(path, "must be a mapping with id, questions and answer")
                continue
            allowed = {"id", "section", "questions", "answer", "related", "quotes"}
            for key in item:
                if key not in allowed:
                    self.problem((*path, key), f"unknown key; expected one of {', '.join(sorted(allowed))}")
            entry_id = self.text(item, (*path, "id"), limit=100)
            if entry_id and not ID_PATTERN.match(entry_id):
                message = f"{_quoted(entry_id)} must be lowercase letters, digits and hyphens"
                self.problem((*path, "id"), message)
            section = self.text(item, (*path, "section"), limit=200) if needs_section else "Small talk"
            if not needs_section and "section" in item:
                section = self.text(item, (*path, "section"), limit=200)
            questions = self.text_list(item, (*path, "questions"), minimum_questions, MAX_QUESTION_CHARS)
            answer = self.text(item, (*path, "answer"))
            related = self.text_list(item, (*path, "related"), 0, 100)
            quotes = self.text_list(item, (*path, "quotes"), 0, MAX_QUOTE_CHARS)
            entry = Entry(entry_id, tuple(questions), answer, section, tuple(related), tuple(quotes))
            result.append((entry, path))
        return result

    def synonyms(self, value: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
        if not isinstance(value, dict):
            self.problem(("synonyms",), "must be a mapping of a term to its list of variants")
            return ()
        pairs = []
        owner: dict[str, str] = {}
        for canonical, variants in value.items():
            path: KeyPath = ("synonyms", canonical)
            if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
                self.problem(path, "must be a list of non-empty variants")
                continue
            cleaned = []
            for index, variant in enumerate(variants):
                if len(variant) > MAX_SYNONYM_CHARS:
                    self.problem((*path, index), f"is longer than {MAX_SYNONYM_CHARS:,} characters")
                    continue
                key = phrase_key(variant)
                if key in owner and owner[key] != canonical:
                    message = f"{_quoted(variant)} is already a variant of {_quoted(owner[key])}"
                    self.problem((*path, index), message)
                    continue
                owner[key] = canonical
                cleaned.append(variant.strip())
            pairs.append((canonical.strip(), tuple(cleaned)))
        canonicals = {phrase_key(canonical) for canonical, _ in pairs}
        for canonical, variants in pairs:
            for index, variant in enumerate(variants):
                if phrase_key(variant) in canonicals and phrase_key(variant) != phrase_key(canonical):
                    message = f"{_quoted(variant)} is itself a canonical term"
                    self.problem(("synonyms", canonical, index), message)
        return tuple(pairs)

    def unanswerable(self, value: object) -> list[tuple[UnanswerableTopic, KeyPath]]:
        if not isinstance(value, list):
            self.problem(("unanswerable",), "must be a list of topics")
            return []
        result = []
        for index, item in enumerate(value):
            path: KeyPath = ("unanswerable", index)
            if not isinstance(item, dict):
                self.problem(path, "must be a mapping with id, keywords and answer")
                continue
            for key in item:
                if key not in {"id", "keywords", "answer"}:
                    self.problem((*path, key), "unknown key; expected one of answer, id, keywords")
            topic_id = self.text(item, (*path, "id"), limit=100)
            keywords = self.text_list(item, (*path, "keywords"), 1, 100)
            answer = self.text(item, (*path, "answer"))
            result.append((UnanswerableTopic(topic_id, tuple(keywords), answer), path))
        return result

    def check_ids(
        self,
        entries: list[tuple[Entry, KeyPath]],
        smalltalk: list[tuple[Entry, KeyPath]],
        unanswerable: list[tuple[UnanswerableTopic, KeyPath]],
    ) -> None:
        first_seen: dict[str, KeyPath] = {}
        for item, path in (*entries, *smalltalk, *unanswerable):
            if not item.id:
                continue
            if item.id in first_seen:
                line = self.document.line_of((*first_seen[item.id], "id"))
                self.problem((*path, "id"), f"duplicate id {_quoted(item.id)} (first used on line {line})")
            else:
                first_seen[item.id] = path
        content_ids = {entry.id for entry, _ in entries}
        phrasing_owner: dict[str, str] = {}
        for entry, path in (*entries, *smalltalk):
            for index, related in enumerate(entry.related):
                if related not in content_ids:
                    self.problem((*path, "related", index), f"{_quoted(related)} is not the id of an entry")
                elif related == entry.id:
                    self.problem((*path, "related", index), "an entry cannot be related to itself")
            seen_here: set[str] = set()
            for index, question in enumerate(entry.questions):
                key = phrase_key(question)
                if not key:
                    self.problem((*path, "questions", index), "has no words")
                elif key in seen_here:
                    message = f"{_quoted(question)} is repeated in this entry"
                    self.problem((*path, "questions", index), message)
                elif key in phrasing_owner:
                    message = f"{_quoted(question)} is also a phrasing of {_quoted(phrasing_owner[key])}"
                    self.problem((*path, "questions", index), message)
                else:
                    phrasing_owner[key] = entry.id
                seen_here.add(key)


def _resolved(knowledge_path: str, source_file: str) -> str:
    """`source_file` as written in the knowledge file at `knowledge_path`: relative to that file's folder."""
    return os.path.normpath(os.path.join(os.path.dirname(knowledge_path), source_file))


def _quoted(value: str) -> str:
    """`value` quoted for a problem message, cut to MAX_QUOTED_CHARS with an ellipsis."""
    if len(value) > MAX_QUOTED_CHARS:
        value = value[: MAX_QUOTED_CHARS - 1] + "\u2026"
    return repr(value)


def _type_name(value: object) -> str:
    names = {dict: "a mapping", list: "a list", int: "a number", float: "a number", bool: "true/false"}
    return names.get(type(value), type(value).__name__)
