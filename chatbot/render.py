"""Lay replies and chat messages out for reading: wrapped to a width, as styled fragments.

A fragment is a `(style, text)` pair, the shape prompt_toolkit's FormattedText takes, so the chat
can print it in colour while `ask` on a terminal joins the texts into plain lines. This module
imports nothing from prompt_toolkit: the one-shot and pipe paths stay quick to start.
Every text from the knowledge or from input passes through `sanitize` here, so no control or
escape character reaches a terminal.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from chatbot.knowledge import Knowledge
from chatbot.matching import Candidate
from chatbot.reply import Kind, Reply
from chatbot.text import sanitize

Fragment = tuple[str, str]

MAX_LINE_WIDTH = 100  # longer lines are hard to read; most style guides put the comfortable limit near here
MIN_LINE_WIDTH = 20  # below this, wrapping makes a word per line; let the terminal fold instead
INDENT = "  "  # the bot's text sits two columns in, so it stands apart from what the person typed

# Style classes; the chat maps them to colours and attributes.
ANSWER = "class:answer"
CRISIS = "class:crisis"
HEADING = "class:heading"
NUMBER = "class:number"
CHOICE = "class:choice"
FOOTER = "class:footer"
TITLE = "class:title"
INFO = "class:info"
ERROR = "class:error"
SCORE = "class:score"


def line_width(columns: int) -> int:
    """The width to wrap to on a terminal `columns` wide (one column spare: some terminals wrap early)."""
    return max(MIN_LINE_WIDTH, min(columns - 1, MAX_LINE_WIDTH))


def wrap(text: str, width: int, indent: str = INDENT, hanging: str | None = None) -> str:
    """`text` wrapped to `width`, each line after `indent`; line breaks in the text are kept."""
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
        break_on_hyphens=False,
    )
    lines = []
    for line in sanitize(text).split("\n"):
        lines.append(wrapper.fill(line) if line.strip() else "")
    return "\n".join(lines)


def reply_fragments(reply: Reply, width: int) -> list[Fragment]:
    """A reply laid out: the answer, the numbered choices or follow-ups, then the disclaimer apart."""
    fragments: list[Fragment] = [(CRISIS if reply.kind is Kind.CRISIS else ANSWER, wrap(reply.answer, width))]
    fragments.append(("", "\n"))
    if reply.suggestions:
        if reply.kind is not Kind.CLARIFY or reply.suggestions_heading:  # a clarify's message leads in
            fragments.append(("", "\n"))
        if reply.suggestions_heading:
            fragments += [(HEADING, wrap(reply.suggestions_heading, width)), ("", "\n")]
        fragments += suggestion_fragments([s.question for s in reply.suggestions], width)
    fragments += footer_fragments(reply.footer, width)
    return fragments


def suggestion_fragments(questions: Sequence[str], width: int, indent: str = INDENT * 2) -> list[Fragment]:
    """Numbered choices, each wrapped under its own text so the numbers stand clear."""
    fragments: list[Fragment] = []
    label_width = len(str(len(questions))) + 2
    for number, question in enumerate(questions, start=1):
        label = f"{number}.".rjust(label_width - 1) + " "
        text = wrap(question, width, indent=indent + label, hanging=indent + " " * len(label))
        fragments += [("", indent), (NUMBER, label), (CHOICE, text[len(indent) + len(label) :]), ("", "\n")]
    return fragments


def footer_fragments(footer: str, width: int) -> list[Fragment]:
    """The disclaimer and consult prompt, after a blank line, dimmed by the chat's style."""
    return [("", "\n"), (FOOTER, wrap(footer, width)), ("", "\n")]


def message_fragments(text: str, width: int, style: str = INFO) -> list[Fragment]:
    """A note from the chat itself (help, errors, /source), wrapped."""
    return [(style, wrap(text, width)), ("", "\n")]


def welcome_fragments(knowledge: Knowledge, width: int, hint: str) -> list[Fragment]:
    """The opening screen: the topic, what the bot answers, how to use the chat, the disclaimer."""
    return [
        (TITLE, wrap(knowledge.topic, width)),
        ("", "\n\n"),
        (ANSWER, wrap(knowledge.messages.welcome, width)),
        ("", "\n\n"),
        (INFO, wrap(hint, width)),
        ("", "\n"),
        *footer_fragments(f"{knowledge.messages.disclaimer}\n{knowledge.messages.consult}", width),
    ]


def topics_fragments(knowledge: Knowledge, width: int) -> list[Fragment]:
    """Every canonical question, grouped under the article section it comes from."""
    fragments: list[Fragment] = []
    for number, (section, entries) in enumerate(knowledge.sections()):
        if number:
            fragments.append(("", "\n"))
        fragments += [(HEADING, wrap(section, width)), ("", "\n")]
        for entry in entries:
            fragments += [(CHOICE, wrap(entry.question, width, indent=INDENT * 2 + "- ", hanging=INDENT * 3))]
            fragments.append(("", "\n"))
    return fragments


def candidates_fragments(
    question: str, candidates: Iterable[Candidate], knowledge: Knowledge, width: int
) -> list[Fragment]:
    """How a question scored: the best entries, each with its score and the phrasing that matched."""
    candidates = tuple(candidates)
    if not candidates:
        return message_fragments(f"No entry shares enough with \u201c{question}\u201d to be scored.", width)
    fragments = message_fragments(f"How \u201c{question}\u201d scored (1.0 is a perfect match):", width)
    for candidate in candidates:
        fragments += [("", INDENT * 2), (SCORE, f"{candidate.score:.3f}"), ("", "  ")]
        fragments += [(CHOICE, sanitize(candidate.entry_id)), ("", "\n")]
        phrasing = f"matched: {candidate.phrasing}"
        try:
            entry_question = knowledge.entry(candidate.entry_id).question
        except KeyError:
            entry_question = ""
        if entry_question and entry_question != candidate.phrasing:
            phrasing = f"{entry_question}  (matched: {candidate.phrasing})"
        fragments += [(FOOTER, wrap(phrasing, width, indent=INDENT * 5)), ("", "\n")]
    return fragments


def plain(fragments: Iterable[Fragment]) -> str:
    """The fragments' text without styles."""
    return "".join(text for _, text in fragments)
