"""A Conversation remembers what it last said, so that "2", "yes" or "more" can follow it up.

Its `state` is a small JSON-ready dict: a host bot that serves each message in a fresh request
(a web or messaging bot) keeps it per user and continues with `bot.conversation(state)`.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from chatbot.reply import Kind, Reply
from chatbot.text import phrase_key

if TYPE_CHECKING:
    from chatbot.bot import Bot

STATE_FORMAT = 1  # bump when the meaning of a state's fields changes: an older state then starts afresh
MAX_STATE_SUGGESTIONS = 20
_PICK = re.compile(r"^(?:#|no\.?|number|option|choice)?\s*(\d{1,2})\s*[.)]?$")
_YES = frozenset({"yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "yes please", "that one"})
_MORE = frozenset(
    {"more", "tell me more", "more please", "more info", "go on", "and", "what else", "anything else",
     "more information", "tell me more please", "more details", "continue"}
)  # fmt: skip


class Turn(NamedTuple):
    """What a follow-up needs of the previous reply."""

    kind: Kind
    entry_id: str | None
    suggestions: tuple[str, ...]  # the entry ids of the numbered choices, in order


class Conversation:
    """One person's conversation with a Bot. Safe to share between threads."""

    def __init__(self, bot: Bot, state: Mapping[str, object] | None = None) -> None:
        self._bot = bot
        self._lock = threading.Lock()
        self._last: Reply | None = None
        self._turn: Turn | None = _turn_from_state(state, bot) if state is not None else None

    @property
    def last(self) -> Reply | None:
        """The last reply given in this conversation object, if any."""
        return self._last

    @property
    def state(self) -> dict[str, object]:
        """What this conversation remembers, as a small JSON-ready dict (with a format version)."""
        turn = self._turn
        record: dict[str, object] = {"format": STATE_FORMAT, "knowledge": knowledge_fingerprint(self._bot)}
        if turn is not None:
            record["last"] = {
                "kind": turn.kind.value,
                "entry_id": turn.entry_id,
                "suggestions": list(turn.suggestions),
            }
        return record

    def ask(self, text: str) -> Reply:
        """The reply to `text`, read in the light of the previous reply."""
        from chatbot.bot import MAX_QUESTION_CHARS

        with self._lock:
            reply = self._follow_up(str(text)[:MAX_QUESTION_CHARS]) or self._bot.ask(text)
            self._last = reply
            self._turn = Turn(reply.kind, reply.entry_id, tuple(s.entry_id for s in reply.suggestions))
            return reply

    def _follow_up(self, text: str) -> Reply | None:
        last = self._turn
        words = phrase_key(text)
        if last is None:
            return self._bot.follow_ups(None) if words in _MORE else None
        if last.suggestions:
            picked = _PICK.match(words)
            if picked and 1 <= int(picked.group(1)) <= len(last.suggestions):
                return self._bot.reply_for(last.suggestions[int(picked.group(1)) - 1])
            if words in _YES and last.kind is Kind.CLARIFY and len(last.suggestions) == 1:
                return self._bot.reply_for(last.suggestions[0])
        if words in _MORE:
            return self._bot.follow_ups(last.entry_id if last.kind is Kind.ANSWER else None)
        return None


def knowledge_fingerprint(bot: Bot) -> str:
    """A short checksum of the bot's entry ids, so a state saved with other knowledge is not applied."""
    ids = "\n".join(entry.id for entry in (*bot.knowledge.entries, *bot.knowledge.smalltalk))
    return f"{zlib.crc32(ids.encode('utf-8')):08x}"


def _turn_from_state(state: object, bot: Bot) -> Turn | None:
    """The turn a saved state describes, or None for anything forged, truncated, stale or foreign."""
    if not isinstance(state, Mapping) or state.get("format") != STATE_FORMAT:
        return None
    if state.get("knowledge") != knowledge_fingerprint(bot):
        return None
    last = state.get("last")
    if not isinstance(last, Mapping):
        return None
    kind, entry_id, suggestions = last.get("kind"), last.get("entry_id"), last.get("suggestions")
    known = {entry.id for entry in (*bot.knowledge.entries, *bot.knowledge.smalltalk)}
    if not isinstance(kind, str) or kind not in {k.value for k in Kind} or not isinstance(suggestions, list):
        return None
    if entry_id is not None and (not isinstance(entry_id, str) or entry_id not in known):
        return None
    if len(suggestions) > MAX_STATE_SUGGESTIONS or not all(
        isinstance(item, str) and item in known for item in suggestions
    ):
        return None
    return Turn(Kind(str(kind)), entry_id if isinstance(entry_id, str) else None, tuple(suggestions))
