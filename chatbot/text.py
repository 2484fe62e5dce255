"""Plain-text helpers shared by the loader, the normaliser and the safety checks."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def fold(text: str) -> str:
    """Unicode NFKC, case folded, curly apostrophes made straight, lone surrogates dropped."""
    text = text.encode("utf-8", "ignore").decode("utf-8") if _has_surrogates(text) else text
    return unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)


def words(text: str) -> list[str]:
    """The words of already folded text: runs of letters and digits, inner apostrophes kept.

    Dotted abbreviations count as one word ("i.v." is "iv").
    """
    return _WORD.findall(_DOTTED.sub(lambda match: match.group(0).replace(".", ""), text))


def phrase_key(text: str) -> str:
    """A comparison key for a phrasing: folded words joined by single spaces, apostrophes dropped."""
    return " ".join(word.replace("'", "") for word in words(fold(text)))


def strip_control(text: str) -> str:
    """Remove control and bidirectional-override characters, keeping newlines and tabs."""
    return _CONTROL.sub("", text)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
