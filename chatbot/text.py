"""Plain-text helpers shared by the loader, the normaliser and the safety checks."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_OPTIONAL_PLURAL = re.compile(r"(?<=[^\W\d_])\((e?s)\)")  # "infusion(s)": the plural, not a word "s"
# Invisible format characters (Unicode category Cf, as of Unicode 15, and the whole tag block): bidi
# overrides and isolates (U+202E, U+2067, U+061C), zero-width and word joiners, the soft hyphen,
# interlinear annotation (U+FFF9-U+FFFB), tags. Printed, they reorder or hide what a person reads.
FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
)
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{FORMAT_CHARACTERS}]")


def fold(text: str) -> str:
    """Unicode NFKC, case folded, curly apostrophes made straight, lone surrogates dropped."""
    text = text.encode("utf-8", "ignore").decode("utf-8") if _has_surrogates(text) else text
    return unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)


def words(text: str) -> list[str]:
    """The words of already folded text: runs of letters and digits, inner apostrophes kept.

    Dotted abbreviations count as one word ("i.v." is "iv"), and a plural marked as optional counts as the
    plural ("infusion(s)" is "infusions").
    """
    text = _OPTIONAL_PLURAL.sub(r"\1", text)
    return _WORD.findall(_DOTTED.sub(lambda match: match.group(0).replace(".", ""), text))


def phrase_key(text: str) -> str:
    """A comparison key for a phrasing: folded words joined by single spaces, apostrophes dropped."""
    return " ".join(word.replace("'", "") for word in words(fold(text)))


def strip_control(text: str) -> str:
    """Remove control characters and invisible format ones (bidi, zero-width, tags); keep newline and tab."""
    return _CONTROL.sub("", text)


def sanitize(text: str) -> str:
    """Text safe to print: no control or escape characters from input or knowledge reach the terminal."""
    return strip_control(text).expandtabs(4)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
