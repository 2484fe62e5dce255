"""The words of steering a conversation: yes, no, OK, more, goodbye, and picks from a numbered list.

The conversation (conversation.py) reads them; the safety check (safety/check.py) knows a message made only
of them ("the second one", "2 please") carries no danger, whatever its rare words weigh in the crisis model.
"""

from __future__ import annotations

from types import MappingProxyType

YES = frozenset(
    {"yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "please", "yes please", "that one", "of course",
     "definitely", "yes i would", "yes i do"}
)  # fmt: skip
NO = frozenset(
    {"no", "n", "nope", "nah", "no thanks", "no thank you", "not really", "none", "none of them",
     "none of those", "neither", "not that", "no i dont", "no not really"}
)  # fmt: skip
# "OK" takes the only choice offered, and otherwise acknowledges an answer, as "no" does.
OK = frozenset(
    {"ok", "okay", "k", "got it", "i see", "alright", "all right", "fine", "cool", "great", "good",
     "ok thanks", "okay thanks"}
)  # fmt: skip
MORE = frozenset(
    {"more", "tell me more", "more please", "more info", "go on", "and", "what else", "anything else",
     "more information", "tell me more please", "more details", "continue", "more questions",
     "show me more", "other questions"}
)  # fmt: skip
GOODBYES = frozenset(
    {"bye", "goodbye", "bye bye", "byebye", "see you", "see ya", "see you later", "farewell", "good night",
     "goodnight", "night", "thats all", "that is all", "thats it", "all done", "quit", "exit", "leave",
     "the end"}
)  # fmt: skip
# Not among them: "I'm done", which may be despair as much as a goodbye. It gets the knowledge's reply,
# and the conversation stays open.
# Words around a goodbye that do not change it: "ok bye then", "thanks, that's all", "bye for now".
GOODBYE_FILLERS = frozenset(
    "ok okay alright right well so then thanks thank you cheers cool great for now and".split()
)
# Words a pick may be wrapped in: "the second one please", "I'll take number 2", "go with option b".
PICK_FILLERS = frozenset(
    "the one please pls plz ok okay id ill i like want take pick choose go with lets let me give show "
    "just how about thanks thank you".split()
)
PICK_PREFIXES = frozenset({"number", "no", "option", "choice", "item", "question", "letter"})
ORDINALS = MappingProxyType({
    "first": 1, "1st": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3, "three": 3,
    "fourth": 4, "4th": 4, "four": 4, "fifth": 5, "5th": 5, "five": 5, "sixth": 6, "6th": 6, "six": 6,
    "seventh": 7, "7th": 7, "seven": 7, "eighth": 8, "8th": 8, "eight": 8, "ninth": 9, "9th": 9,
    "nine": 9, "tenth": 10, "10th": 10, "ten": 10,
})  # fmt: skip
LAST = frozenset({"last", "final", "bottom"})

# Every word of the sets above: a message of these words alone (and numbers, letters) steers the chat.
STEERING_WORDS = frozenset(
    word
    for phrase in (
        *YES,
        *NO,
        *OK,
        *MORE,
        *GOODBYES,
        *GOODBYE_FILLERS,
        *PICK_FILLERS,
        *PICK_PREFIXES,
        *ORDINALS,
        *LAST,
    )
    for word in phrase.split()
)


def only_steering(words: list[str]) -> bool:
    """Whether folded words are all steering words, numbers or single letters ("option b", "2 please")."""
    return bool(words) and all(w in STEERING_WORDS or w.isdigit() or len(w) == 1 for w in words)
