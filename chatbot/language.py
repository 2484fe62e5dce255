"""Whether a message is written in another language than English, by a cheap test on its words.

The bot understands English only. A message in Spanish or Chinese would otherwise be matched word
by word against English phrasings, and "¿La ketamina es adictiva?" would get a misleading "I don't
know that" instead of the plain truth: only English is understood. The test needs positive
evidence, so that an English message full of typos or unknown drug names is never turned away:
letters of a non-Latin script, Spanish inverted punctuation, or more function words of another
language than of English words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container, Sequence

# The most frequent function words of the languages a patient in an English-speaking clinic is most
# likely to write in (Spanish, French, Portuguese, Italian, German, Dutch). Such words carry no
# topic, so a message in those languages holds some whatever it asks. A word that is English too
# ("die", "was", "son") never counts: `looks_foreign` is given the English words and checks them first.
FOREIGN_FUNCTION_WORDS = frozenset(
    """
    el la los las del al es está están son una unos unas que qué por para con sin pero como cómo
    cuál cuáles cuándo cuánto dónde porque muy más mi mis tu su sus yo usted ella ellos nos se le
    les lo hay puede puedo tengo tiene soy estoy ser ni también sí
    le les des du une est et ou avec sans pour dans sur pas ne je tu il elle nous vous ils elles
    mes ses leur qui quoi comment pourquoi quand où combien peut puis suis très
    os um uma umas uns não é são com sem para pelo pela eu ele ela nós você vocês meu minha seu
    sua quando onde porquê muito também
    il lo gli della delle degli di che è non sono con per uno una io tu lui lei noi voi loro mio
    mia perché quando dove molto anche
    der die das und ist nicht ich du er sie wir ihr mit für von zu auf ein eine einen einem kann
    können wie was warum wann wo sehr auch oder aber
    het een en niet ik je jij hij zij wij met voor van op kan hoe waarom wanneer waar ook
    """.split()
)
# Left out: one-letter words ("y", "o", "e"), which people also type for "why", "oh" or by a slip, and
# words English speakers use too ("ma", "ta", "mon").
MIN_NON_LATIN_SHARE = 0.5  # of letters: a message mostly in another script is not English
INVERTED_MARKS = "¿¡"  # Spanish opens questions and exclamations with these; English never does


def looks_foreign(text: str, words: Sequence[str], english: Container[str]) -> bool:
    """Whether `text` (split into folded `words`) is written in another language than English.

    `english` holds words known to be English (everyday words and the knowledge's own): a word in
    it never counts as foreign, however it is spelled in other languages.
    """
    letters = [character for character in text if character.isalpha()]
    if not letters:
        return False
    non_latin = sum(1 for character in letters if not _is_latin(character))
    if non_latin / len(letters) >= MIN_NON_LATIN_SHARE:
        return True
    foreign = sum(1 for word in words if word in FOREIGN_FUNCTION_WORDS and word not in english)
    known = sum(1 for word in words if word in english)
    if any(mark in text for mark in INVERTED_MARKS):
        return foreign > 0 or known < len(words)
    return foreign > 0 and foreign >= known


def _is_latin(character: str) -> bool:
    try:
        return unicodedata.name(character).startswith("LATIN")
    except ValueError:  # a letter with no name (an unassigned code point): not evidence either way
        return True
