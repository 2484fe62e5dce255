"""A small knowledge file about pets, written by tests that need outcomes they control.

Its three entries use words no other entry uses, so a question about one of them cannot drift to
another whatever the matcher's weights are.
"""

from __future__ import annotations

from pathlib import Path

import yaml

MESSAGES = {
    "welcome": "Ask me about pets.",
    "disclaimer": "This is general information, not veterinary advice.",
    "consult": "Please talk to your vet about your own pet.",
    "fallback": "I don't know that: the pet guide doesn't cover it.",
    "clarify": "I'm not sure which of these you mean. Reply with a number:",
    "related": "You could also ask:",
    "more_none": "That's all I have on that.",
    "dosing": "Only your vet can decide on a dose.",
    "crisis_suicide": "Please call or text 988 now.",
    "crisis_emergency": "Please call 911 now.",
}

ENTRIES = {
    "cat-sleep": [
        "How much do cats sleep?",
        "how much do cats sleep each day",
        "how many hours do cats sleep",
        "cat sleeping hours",
        "do cats sleep all day",
        "why is my cat always asleep",
        "is it normal for a kitten to nap a lot",
        "feline sleep patterns",
        "my cat naps constantly",
    ],
    "dog-walks": [
        "How often should I walk my dog?",
        "dog walking frequency",
        "how many walks does a puppy need",
        "how long should a dog walk be",
        "daily exercise for dogs",
        "should I walk my dog twice a day",
        "walkies schedule for a terrier",
        "is one walk enough for a labrador",
    ],
    "fish-tank": [
        "How big should a fish tank be?",
        "aquarium size for goldfish",
        "tank volume for tropical fish",
        "how many litres does an aquarium need",
        "what size aquarium for guppies",
        "is a bowl big enough for a goldfish",
        "minimum tank for bettas",
        "gallons per fish",
    ],
}
RELATED = {"cat-sleep": ["dog-walks"], "dog-walks": ["fish-tank", "cat-sleep"], "fish-tank": ["cat-sleep"]}


def document(entries: dict[str, list[str]] | None = None) -> dict[str, object]:
    """The knowledge as plain values, ready to change and dump."""
    entries = ENTRIES if entries is None else entries
    return {
        "format": 1,
        "topic": "Pets",
        "source": "A made-up pet guide",
        "messages": dict(MESSAGES),
        "unanswerable": [
            {"id": "price", "keywords": ["price", "cost"], "answer": "The guide has no prices."}
        ],
        "entries": [
            {
                "id": entry_id,
                "section": "Pets",
                "questions": list(questions),
                "answer": f"An answer about {entry_id.replace('-', ' ')}.",
                "related": [r for r in RELATED.get(entry_id, []) if r in entries],
            }
            for entry_id, questions in entries.items()
        ],
        "smalltalk": [{"id": "greeting", "questions": ["hi", "hello", "good morning"], "answer": "Hello!"}],
    }


def write(path: Path, entries: dict[str, list[str]] | None = None) -> Path:
    """Write the pet knowledge (or one with other entries) to `path`; return `path`."""
    path.write_text(yaml.safe_dump(document(entries), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def moved(phrasing: str, source: str, target: str) -> dict[str, list[str]]:
    """The entries with one phrasing moved from entry `source` to entry `target`."""
    entries = {entry_id: list(questions) for entry_id, questions in ENTRIES.items()}
    entries[source].remove(phrasing)
    entries[target].append(phrasing)
    return entries
